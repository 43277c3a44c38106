"""Printing findings: a table for people, JSON (INTERFACE.md) for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from checks.model import Finding
from govwatch.app import App


def wide_console(*, stderr: bool = False) -> Console:
    """A terminal keeps its width; a pipe or log file gets lines long enough not to fold URLs."""
    stream = sys.stderr if stderr else sys.stdout
    return Console(stderr=stderr, width=None if stream.isatty() else 200)


def findings_json(rows: Sequence[tuple[int, Finding]]) -> str:
    return json.dumps([f.as_json(run) for run, f in rows], ensure_ascii=False, indent=1)


def print_findings(app: App, rows: Sequence[tuple[int, Finding]], fmt: str) -> None:
    if fmt == "json":
        click.echo(findings_json(rows))
        return
    console = wide_console()
    if not rows:
        console.print("没有发现问题 / no findings", highlight=False)
        return
    names = {u.id: u.name for u in app.config.units}
    table = Table(show_lines=False)
    for header in ("run", "单位 unit", "检查 check", "级别", "栏目 column", "说明 message", "url"):
        table.add_column(header, overflow="fold")
    for run, finding in rows:
        cells = (
            str(run),
            f"{finding.unit} {names.get(finding.unit, '')}",
            finding.check,
            "不合格" if finding.severity == "fail" else "提示",
            finding.column or finding.category or "",
            finding.message,
            finding.url,
        )
        table.add_row(*(Text(c) for c in cells))  # Text: crawled strings are never markup
    console.print(table)
    fails = sum(1 for _, f in rows if f.severity == "fail")
    console.print(f"共 {len(rows)} 项：{fails} 项问题，{len(rows) - fails} 项提示", highlight=False)
