"""`govwatch`: the command line of INTERFACE.md.

People read stderr (progress, summaries, errors in Chinese and English);
scripts read stdout, which with `--format json` carries JSON and nothing else.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import sys
from datetime import date, datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import click

from config import ConfigError
from govwatch.app import App

EXIT_CONFIG = 2
EXIT_STORE = 3


class Failure(click.ClickException):
    """An operator problem: printed without a traceback, with its own exit status."""

    def __init__(self, message: str, exit_code: int = EXIT_CONFIG) -> None:
        super().__init__(message)
        self.status = exit_code
        vars(self)["exit_code"] = exit_code  # click reads `exit_code` from the instance

    def show(self, file: Any = None) -> None:
        click.echo(self.message, err=True)


def parse_day(value: str | None, config_zone: str) -> date:
    """`--as-of` is a calendar day in the portal's time zone; today by default."""
    if value is None:
        return datetime.now(ZoneInfo(config_zone)).date()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(
            f"日期格式应为 YYYY-MM-DD / expected YYYY-MM-DD, got {value!r}", param_hint="--as-of"
        ) from exc


def load(app: App) -> App:
    """Load configuration and store up front so both kinds of error stop the command cleanly."""
    from store import StoreError

    try:
        app.config  # noqa: B018 - validates the configuration
    except ConfigError as exc:
        raise Failure(str(exc), EXIT_CONFIG) from exc
    try:
        app.store  # noqa: B018 - opens and, for SQLite, migrates the database
    except StoreError as exc:
        raise Failure(f"数据库不可用 / database unavailable: {exc}", EXIT_STORE) from exc
    return app


class _LazyGroup(click.Group):
    """Loads the report and alert commands only when they are used: `crawl` starts faster."""

    lazy: ClassVar[dict[str, tuple[str, str]]] = {
        "report": ("govwatch.cli_report", "report"),
        "alerts": ("govwatch.cli_alerts", "alerts"),
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            module, attr = self.lazy[cmd_name]
            self.add_command(getattr(importlib.import_module(module), attr), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config", "config_path", metavar="PATH", help="门户配置 / portal configuration (YAML)"
)
@click.option("--db", "db_url", metavar="URL", help="数据库 / SQLAlchemy database URL")
@click.option("-v", "--verbose", count=True, help="更多日志 / more logging on stderr")
@click.version_option(package_name="govwatch")
@click.pass_context
def main(ctx: click.Context, config_path: str | None, db_url: str | None, verbose: int) -> None:
    """govwatch — 政务公开网站监测 / open-government portal monitor."""
    logging.basicConfig(
        level=logging.WARNING - 10 * min(verbose, 2),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    ctx.obj = App.from_options(config_path, db_url)
    ctx.call_on_close(ctx.obj.close)


@main.command()
@click.option(
    "--unit", "unit_ids", multiple=True, metavar="ID", help="只检查这些单位 / only these units"
)
@click.option(
    "--as-of", "as_of", metavar="DATE", help="检查日 / the day the check counts for (YYYY-MM-DD)"
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_obj
def crawl(app: App, unit_ids: tuple[str, ...], as_of: str | None, fmt: str) -> None:
    """周检查：抓取每个单位并记录问题 / the weekly check, now."""
    from govwatch.progress import crawl_with_progress

    load(app)
    day = parse_day(as_of, app.config.portal.timezone)
    _known_units(app, unit_ids)
    try:
        summary = crawl_with_progress(app, day, list(unit_ids) or None)
    except ConfigError as exc:  # the `alerts:` section, read when the crawl starts
        raise Failure(str(exc), EXIT_CONFIG) from exc
    if fmt == "json":
        click.echo(json.dumps(summary, ensure_ascii=False))


@main.command()
@click.argument("unit_id", metavar="UNIT")
@click.option("--as-of", "as_of", metavar="DATE", help="检查日 / the day the check counts for")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_obj
def recheck(app: App, unit_id: str, as_of: str | None, fmt: str) -> None:
    """复查一个单位，并说明哪些问题已整改 / recheck one unit and say what is rectified."""
    from govwatch.recheck import recheck_unit

    load(app)
    _known_units(app, (unit_id,))
    day = parse_day(as_of, app.config.portal.timezone)
    recheck_unit(app, unit_id, day, fmt)


@main.command()
@click.option(
    "--run", "run", metavar="ID|latest", help="哪一次检查 / which run (default: latest per unit)"
)
@click.option("--unit", "unit_id", metavar="ID")
@click.option("--check", "check", metavar="NAME")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_obj
def findings(app: App, run: str | None, unit_id: str | None, check: str | None, fmt: str) -> None:
    """列出检查发现的问题 / the findings of a run."""
    from govwatch.output import print_findings

    load(app)
    selected: int | str | None = run
    if run is not None and run != "latest":
        if not run.isdigit():
            raise click.BadParameter("应为数字或 latest / a run id or 'latest'", param_hint="--run")
        selected = int(run)
    rows = app.store.findings(run=selected, unit=unit_id, check=check)  # type: ignore[arg-type]
    print_findings(app, rows, fmt)


@main.command()
@click.argument("target", metavar="URL|FILE")
@click.option("--as-of", "as_of", metavar="DATE")
@click.option("--selector", help="条目 CSS 选择器 / CSS selector of the list items")
@click.option("--date-selector", "date_selector", help="日期 CSS 选择器 / CSS selector of the date")
@click.option(
    "--column",
    "names",
    multiple=True,
    metavar="NAME",
    help="栏目名称（可多次）/ the column's name, repeatable: picks its box on a page of several "
    "lists, as the crawl does with the configured name and category names",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_obj
def inspect(
    app: App,
    target: str,
    as_of: str | None,
    selector: str | None,
    date_selector: str | None,
    names: tuple[str, ...],
    fmt: str,
) -> None:
    """显示抽取器在一个页面上看到的内容 / what the extractor sees on one page."""
    from govwatch.inspection import inspect_target

    zone = "Asia/Shanghai"
    with contextlib.suppress(ConfigError):  # inspect works without a configuration
        zone = app.config.portal.timezone
    day = parse_day(as_of, zone)
    inspect_target(app, target, day, selector, date_selector, fmt, names=names)


@main.command()
@click.pass_obj
def serve(app: App) -> None:
    """无人值守服务：定时检查、通报与提醒 / the unattended service, until stopped."""
    from govwatch.serve import run_service

    load(app)
    try:
        run_service(app)
    except ConfigError as exc:
        raise Failure(str(exc), EXIT_CONFIG) from exc


@main.group()
def db() -> None:
    """数据库维护 / database maintenance."""


@db.command("upgrade")
@click.pass_obj
def db_upgrade(app: App) -> None:
    """升级数据库结构到最新 / bring the schema to the latest migration."""
    from store import StoreError, default_db_url, make_engine, upgrade

    url = app.db_url or default_db_url()
    try:
        upgrade(make_engine(url))
    except StoreError as exc:
        raise Failure(f"数据库不可用 / database unavailable: {exc}", EXIT_STORE) from exc
    click.echo("数据库已是最新结构 / database schema is up to date", err=True)


def _known_units(app: App, unit_ids: tuple[str, ...]) -> None:
    known = {u.id for u in app.config.units}
    unknown = [u for u in unit_ids if u not in known]
    if unknown:
        raise Failure(
            f"未知单位 / unknown unit: {', '.join(unknown)} "
            f"(已配置 / configured: {', '.join(sorted(known))})",
            EXIT_CONFIG,
        )
