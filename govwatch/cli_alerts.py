"""`govwatch alerts send`: drain the outbox once, for set-ups that crawl from cron, not `serve`.

A manual `govwatch crawl` with an `alerts:` section queues alerts in the
outbox with the findings; this sends what is due now, once, and reports.
Rows that fail are rescheduled with back-off, as under `serve`; the exit
status is 1 when any failed, so a cron job's mail says so.
"""

from __future__ import annotations

import json

import click

from govwatch.app import App


@click.group()
def alerts() -> None:
    """提醒发件箱 / the alert outbox."""


@alerts.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_obj
def send(app: App, fmt: str) -> None:
    """发送到期的提醒（一次）/ send the due alerts once."""
    from govwatch.cli import load
    from govwatch.notify import drain
    from store.service import ServiceStore

    load(app)
    result = drain(ServiceStore(app.store.engine), limit=1000)
    if fmt == "json":
        click.echo(json.dumps({"sent": result.sent, "failed": result.failed}))
    else:
        click.echo(f"已发送 / sent: {result.sent}，待重试 / to retry: {result.failed}", err=True)
    if result.failed:
        raise SystemExit(1)
