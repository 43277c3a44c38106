"""`govwatch recheck UNIT`: check one unit now and say which of its open problems are fixed."""

from __future__ import annotations

import json
from datetime import date

import click

from checks.model import Finding
from govwatch.app import App
from govwatch.progress import crawl_with_progress
from reports.rectification import rectified_by


def recheck_unit(app: App, unit_id: str, as_of: date, fmt: str) -> None:
    before = [f for _, f in app.store.findings(unit=unit_id) if f.severity == "fail"]
    summary = crawl_with_progress(app, as_of, [unit_id])
    after = [f for _, f in app.store.findings(run=summary["run"], unit=unit_id)]
    fixed = rectified_by(before, after)
    still = [f for f in after if f.severity == "fail"]
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "run": summary["run"],
                    "unit": unit_id,
                    "rectified": [f.as_json() for f in fixed],
                    "open": [f.as_json(summary["run"]) for f in still],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    _print(unit_id, fixed, still)


def _print(unit_id: str, fixed: list[Finding], still: list[Finding]) -> None:
    click.echo(f"单位 {unit_id} 复查结果 / recheck of {unit_id}:")
    click.echo(f"  已整改 rectified: {len(fixed)}")
    for f in fixed:
        click.echo(f"    ✓ {f.check} {f.column or f.category or ''} {f.url}")
    click.echo(f"  仍未整改 still open: {len(still)}")
    for f in still:
        click.echo(f"    ✗ {f.message} {f.url}")
