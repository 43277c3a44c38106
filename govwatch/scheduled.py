"""What the scheduled jobs do besides crawling: the bulletins of the period just ended,
and the availability probes with their alerts.

Each function takes the moment it counts for (`due`, `now`) from the service's
injectable clock, never reading the time itself.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from checks.alerts import Alert, AlertPlan, AlertPolicy, AlertState
from checks.availability import WINDOW, Level, ProbeLines, availability, crossings, message
from checks.model import Fetched, PortalConfig, RunRecord
from crawler.probe import probe_all
from reports import render
from reports.monthly import build_monthly
from reports.national import latest_complete_run
from reports.periods import Month, month_of, quarter_of
from reports.quarterly import build_quarterly
from reports.scoring import parse_scoring
from store import Store
from store.service import ServiceStore

log = logging.getLogger(__name__)

LOOKBACK_DAYS = 400  # as `govwatch report`: first-seen dates of problems that began earlier
PORTAL = "_portal"
AVAILABILITY = "availability"


def _previous_day(due: datetime, zone: ZoneInfo) -> date:
    """The day before the due day: a job due on the 1st reports the period that just ended."""
    return due.astimezone(zone).date() - timedelta(days=1)


def _write(report: render.Report, folder: Path) -> Path:
    """Rendered first, then written: a failure leaves no half-written bulletin."""
    period = render.period_of(report)
    html = render.render_html(report)
    text = json.dumps(render.to_json(report), ensure_ascii=False, indent=1) + "\n"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{period}.html").write_text(html, encoding="utf-8")
    (folder / f"{period}.json").write_text(text, encoding="utf-8")
    return folder / f"{period}.html"


def _home_newest(store: Store, runs: list[RunRecord], month: Month) -> date | None:
    run = latest_complete_run(runs, month)
    if run is None:
        return None
    for observation in store.observations(run.id, role="home"):
        if isinstance(observation.outcome, Fetched):
            return observation.outcome.newest
    return None


def monthly_bulletin(config: PortalConfig, store: Store, due: datetime, folder: Path) -> Path:
    zone = ZoneInfo(config.portal.timezone)
    month = month_of(_previous_day(due, zone))
    runs = store.runs_between(month.first - timedelta(days=LOOKBACK_DAYS), month.last)
    scoring = parse_scoring(config.sections.get("scoring"))
    report = build_monthly(
        config, runs, month, scoring, as_of=month.last, home_newest=_home_newest(store, runs, month)
    )
    return _write(report, folder)


def quarterly_ranking(config: PortalConfig, store: Store, due: datetime, folder: Path) -> Path:
    zone = ZoneInfo(config.portal.timezone)
    quarter = quarter_of(_previous_day(due, zone))
    runs = store.runs_between(quarter.first - timedelta(days=7), quarter.last)
    scoring = parse_scoring(config.sections.get("scoring"))
    return _write(build_quarterly(config, runs, quarter, scoring), folder)


def probe_round(
    config: PortalConfig,
    states: ServiceStore,
    policy: AlertPolicy,
    lines: ProbeLines,
    now: datetime,
) -> int:
    """Probe the home page and every subpage once; alert the office when a line is crossed."""
    urls = list(dict.fromkeys([config.portal.base_url, *(u.subpage for u in config.units)]))
    probes = asyncio.run(probe_all(urls, now))
    states.add_probes(probes)
    window = availability(states.probes_since(now - WINDOW), now, lines, config.portal.base_url)
    before: dict[str, Level] = {
        s.subject: _level(s.state)
        for s in states.alert_states(PORTAL).values()
        if s.check == AVAILABILITY
    }
    changed = crossings(before, window)
    alerts: list[Alert] = []
    saved: list[AlertState] = []
    day = now.astimezone(ZoneInfo(config.portal.timezone)).date()
    for current, _previous in changed:
        title, body = message(current, _previous, config.portal.name)
        key = f"{PORTAL}|{current.url}|{AVAILABILITY}|{current.level}|{now.isoformat()}"
        if policy.default:
            alerts.append(Alert(key, PORTAL, "went_bad", policy.default, title, body))
        saved.append(AlertState(PORTAL, current.url, AVAILABILITY, current.level, day, day))
    if changed:
        states.apply(AlertPlan(tuple(alerts), tuple(saved)), now)
    return sum(1 for p in probes if not p.ok)


def _level(text: str) -> Level:
    return "veto" if text == "veto" else "warn" if text == "warn" else "ok"
