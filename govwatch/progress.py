"""Running the weekly check for a person: a progress bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Sequence
from datetime import date
from typing import Any

import click

from checks.model import Finding, Unit
from crawler.reader import InlineReader, PageReader, ProcessReader
from govwatch.app import App
from govwatch.runner import AlertPlanner, RunSummary, run_crawl

# Pages are read in a worker process from this many units on: the event loop keeps fetching
# while a page is parsed. Fewer units, or one CPU, and the pickling costs more than it saves.
READER_PROCESS_MIN_UNITS = 20

CHECK_NAMES = {
    "subpage_unreachable": "子页面无法访问",
    "column_unreachable": "栏目无法访问",
    "column_empty": "空白栏目",
    "column_stale": "栏目未及时更新",
    "category_missing": "缺少必设栏目",
    "broken_link": "错链断链",
    "content_injection": "暗链/违规内容",
    "extraction_failed": "无法读取日期（需人工核查）",
    "meta_missing": "缺少元数据标签",
}


def crawl_with_progress(app: App, as_of: date, unit_ids: Sequence[str] | None) -> dict[str, Any]:
    """Run the crawl, show progress on stderr, print a summary, return it as JSON-ready data.

    With an `alerts:` section, alert states and outbox rows are written with each unit's
    findings, as under `serve`; sending is left to `serve` or `govwatch alerts send`.
    A ConfigError in the service sections stops the command before anything is fetched.
    """
    config = app.config
    planner = alert_planner(app, as_of)
    total = len(unit_ids) if unit_ids else len(config.units)
    started = time.monotonic()
    reader = page_reader(total)  # forked before the progress bar starts its thread
    try:
        summary = _with_progress(app, as_of, unit_ids, planner, reader, total)
    finally:
        reader.close()
    elapsed = time.monotonic() - started
    _print_summary(summary, elapsed)
    return {
        "run": summary.run_id,
        "as_of": summary.as_of.isoformat(),
        "status": summary.status,
        "units": summary.units,
        "units_resumed": summary.units_skipped,
        "fail": summary.fails,
        "warn": summary.warns,
        "by_check": dict(summary.findings),
        "requests": summary.requests,
        "bytes": summary.bytes_received,
        "links_checked": summary.links_checked,
        "links_not_checked": summary.links_not_checked,
        "seconds": round(elapsed, 2),
    }


def page_reader(units: int) -> PageReader:
    """A worker process to read pages when the run is large enough to gain from one."""
    if units < READER_PROCESS_MIN_UNITS or (os.cpu_count() or 1) < 2:
        return InlineReader()
    return ProcessReader()


def _with_progress(
    app: App,
    as_of: date,
    unit_ids: Sequence[str] | None,
    planner: AlertPlanner | None,
    reader: PageReader,
    total: int,
) -> RunSummary:
    """The crawl with a bar on a terminal, one line per unit otherwise (rich is loaded only
    for the bar: the weekly service and its logs never need it)."""
    if sys.stderr.isatty():
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        from govwatch.output import wide_console

        with Progress(
            TextColumn("[bold]周检查[/] {task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=wide_console(stderr=True),
            transient=True,
        ) as bar:
            task = bar.add_task(str(as_of), total=total)

            def tick(unit: Unit, findings: Sequence[Finding]) -> None:
                bar.update(task, advance=1, description=f"{as_of} {unit.name}")

            return _run(app, as_of, unit_ids, tick, planner, reader)
    done = 0

    def line(unit: Unit, findings: Sequence[Finding]) -> None:
        nonlocal done
        done += 1
        fails = sum(1 for f in findings if f.severity == "fail")
        warns = len(findings) - fails
        click.echo(
            f"[{done}/{total}] {unit.id} {unit.name}: {fails} 项问题 fail, {warns} 项提示 warn",
            err=True,
        )

    return _run(app, as_of, unit_ids, line, planner, reader)


def alert_planner(app: App, as_of: date) -> AlertPlanner | None:
    """The service's planner when the configuration has an `alerts:` section, else None."""
    if app.config.sections.get("alerts") is None:
        return None
    from config.service import service_settings
    from govwatch.alerting import planner_for
    from store.service import ServiceStore

    policy = service_settings(app.config).alerts
    return planner_for(app.config, ServiceStore(app.store.engine), policy, as_of)


def _run(
    app: App,
    as_of: date,
    unit_ids: Sequence[str] | None,
    tick: Any,
    planner: AlertPlanner | None,
    reader: PageReader,
) -> RunSummary:
    return asyncio.run(
        run_crawl(
            app.config,
            app.store,
            as_of,
            unit_ids=unit_ids,
            on_unit_done=tick,
            planner=planner,
            reader=reader,
        )
    )


def _print_summary(summary: RunSummary, elapsed: float) -> None:
    """Plain lines on stderr: URLs in them are crawled text, never markup."""
    resumed = f"（续跑，跳过已完成 {summary.units_skipped} 个）" if summary.units_skipped else ""
    click.echo(
        f"检查完成 / run {summary.run_id} ({summary.as_of}) {summary.status}: "
        f"{summary.units} 个单位{resumed}，{summary.fails} 项问题，{summary.warns} 项提示；"
        f"{summary.requests} 次请求，{summary.bytes_received / 1024:.0f} KB，{elapsed:.1f} 秒",
        err=True,
    )
    for check, count in sorted(summary.findings.items()):
        click.echo(f"  {CHECK_NAMES.get(check, check)} {check}: {count}", err=True)
    click.echo(f"  链接检查 links checked: {summary.links_checked}", err=True)
    if summary.links_not_checked:
        sample = ", ".join(summary.links_not_checked_sample[:3])
        click.echo(
            f"  未检查的链接 links not checked: {summary.links_not_checked}"
            f"（超出每次检查上限或域名无法解析 / over the budget or unresolvable without DNS；"
            f"例 e.g. {sample}）",
            err=True,
        )
