"""`govwatch report monthly|quarterly|annual`: read the runs, build the report, print or write it.

The reports themselves are pure (`reports/`); this module only fetches the
runs from the store, reads the manual CSVs, and writes. All inputs are read
and checked before anything is written, so a bad CSV leaves no partial files.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from checks.model import Fetched, RunRecord
from config import ConfigError
from govwatch.app import App
from govwatch.scheduled import month_availability
from reports import render
from reports.annual import build_annual
from reports.manual import ManualInputError, read_adjustments, read_year_end
from reports.monthly import build_monthly
from reports.national import latest_complete_run
from reports.periods import Month, PeriodError, Quarter, parse_month, parse_quarter, parse_year
from reports.quarterly import Adjustment, build_quarterly
from reports.scoring import Scoring, parse_scoring

EXIT_INPUT = 2
# How far back runs are read before a period: first-seen dates of problems that
# began earlier, and last month's result. A problem older than this shows as
# first seen at the window's start, which is still before the deadline matters.
LOOKBACK_DAYS = 400


@dataclass(frozen=True, slots=True)
class Output:
    fmt: str
    out: Path | None


class InputError(click.ClickException):
    """A configuration or CSV problem: the message on stderr, exit status 2, nothing written."""

    exit_code = EXIT_INPUT


def _fail(message: str) -> click.ClickException:
    return InputError(message)


def _scoring(app: App) -> Scoring:
    try:
        return parse_scoring(app.config.sections.get("scoring"))
    except ConfigError as exc:
        raise _fail(str(exc)) from exc


def _runs(app: App, first: date, last: date) -> list[RunRecord]:
    return app.store.runs_between(first, last)


def _load(app: App) -> App:
    """Configuration and store errors stop the command before anything is read or written."""
    from govwatch.cli import load

    return load(app)


def _today(app: App) -> date:
    return datetime.now(ZoneInfo(app.config.portal.timezone)).date()


def _emit(report: render.Report, output: Output) -> None:
    """Everything is rendered first, then written: a failure leaves nothing half-written."""
    period = render.period_of(report)
    if output.fmt == "json":
        text = json.dumps(render.to_json(report), ensure_ascii=False, indent=1)
        if output.out:
            output.out.mkdir(parents=True, exist_ok=True)
            (output.out / f"{period}.json").write_text(text + "\n", encoding="utf-8")
        click.echo(text)
        return
    html = render.render_html(report)
    if output.out:
        output.out.mkdir(parents=True, exist_ok=True)
        (output.out / f"{period}.html").write_text(html, encoding="utf-8")
        render.render_csv(report, output.out / f"{period}.csv")
        click.echo(f"已写入 / written: {output.out / f'{period}.html'}", err=True)
        if sys.stdout.isatty():  # a page of HTML on a terminal helps no one; a pipe gets it
            return
    click.echo(html)


def _home_newest(app: App, runs: list[RunRecord], month: Month) -> date | None:
    run = latest_complete_run(runs, month)
    if run is None:
        return None
    for observation in app.store.observations(run.id, role="home"):
        if isinstance(observation.outcome, Fetched):
            return observation.outcome.newest
    return None


def _adjustments(app: App, path: str | None) -> list[Adjustment]:
    if path is None:
        return []
    try:
        return read_adjustments(path, {u.id for u in app.config.units})
    except ManualInputError as exc:
        raise _fail(str(exc)) from exc


FORMAT = click.option("--format", "fmt", type=click.Choice(["html", "json"]), default="html")
OUT = click.option(
    "--out",
    "out",
    metavar="DIR",
    type=click.Path(file_okay=False, path_type=Path),
    help="同时写入目录 / also write into DIR",
)


@click.group()
def report() -> None:
    """通报与考核 / the bulletins and assessments."""


@report.command()
@click.argument("period", metavar="YYYY-MM")
@FORMAT
@OUT
@click.pass_obj
def monthly(app: App, period: str, fmt: str, out: Path | None) -> None:
    """月通报 / the monthly bulletin."""
    month = parse_month_arg(period)
    _load(app)
    scoring = _scoring(app)
    runs = _runs(app, month.first - timedelta(days=LOOKBACK_DAYS), month.last)
    # Rectification is judged today (the month may be running); a run filed for a later
    # day of the month (a backfill, a crawl with --as-of) is never left out for it.
    filed = [r.as_of for r in runs if month.contains(r.as_of)]
    as_of = min(month.last, max([_today(app), *filed]))
    result = build_monthly(
        app.config,
        runs,
        month,
        scoring,
        as_of=as_of,
        home_newest=_home_newest(app, runs, month),
        availability=month_availability(app.config, app.store, month, as_of),
    )
    _emit(result, Output(fmt, out))


@report.command()
@click.argument("period", metavar="YYYY-Qn")
@click.option(
    "--adjustments",
    "adjustments",
    metavar="CSV",
    type=click.Path(dir_okay=False),
    help="人工加减分 / manual adjustments (unit,points,reason[,quarter])",
)
@FORMAT
@OUT
@click.pass_obj
def quarterly(app: App, period: str, adjustments: str | None, fmt: str, out: Path | None) -> None:
    """季考核排名 / the quarterly ranking."""
    quarter = parse_quarter_arg(period)
    _load(app)
    scoring = _scoring(app)
    manual = _adjustments(app, adjustments)
    runs = _runs(app, quarter.first - timedelta(days=7), quarter.last)
    _emit(build_quarterly(app.config, runs, quarter, scoring, manual), Output(fmt, out))


@report.command()
@click.argument("period", metavar="YYYY")
@click.option(
    "--year-end",
    "year_end",
    metavar="CSV",
    type=click.Path(dir_okay=False),
    help="年终考核分 / year-end scores (unit,score)",
)
@click.option(
    "--adjustments",
    "adjustments",
    metavar="CSV",
    type=click.Path(dir_okay=False),
    help="人工加减分 / manual adjustments of the quarters",
)
@FORMAT
@OUT
@click.pass_obj
def annual(
    app: App,
    period: str,
    year_end: str | None,
    adjustments: str | None,
    fmt: str,
    out: Path | None,
) -> None:
    """年度考核 / the annual assessment."""
    year = parse_year_arg(period)
    _load(app)
    scoring = _scoring(app)
    scores: dict[str, Decimal] = {}
    if year_end is not None:
        try:
            scores = read_year_end(year_end, {u.id for u in app.config.units})
        except ManualInputError as exc:
            raise _fail(str(exc)) from exc
    manual = _adjustments(app, adjustments)
    runs = _runs(app, date(year, 1, 1) - timedelta(days=7), date(year, 12, 31))
    _emit(build_annual(app.config, runs, year, scoring, scores, manual), Output(fmt, out))


def parse_month_arg(text: str) -> Month:
    try:
        return parse_month(text)
    except PeriodError as exc:
        raise click.BadParameter(str(exc), param_hint="YYYY-MM") from exc


def parse_quarter_arg(text: str) -> Quarter:
    try:
        return parse_quarter(text)
    except PeriodError as exc:
        raise click.BadParameter(str(exc), param_hint="YYYY-Qn") from exc


def parse_year_arg(text: str) -> int:
    try:
        return parse_year(text)
    except PeriodError as exc:
        raise click.BadParameter(str(exc), param_hint="YYYY") from exc
