"""What the scheduled jobs do besides crawling: the bulletins of the period just ended,
and the availability probes with their alerts.

Each function takes the moment it counts for (`due`, `now`) from the service's
injectable clock, never reading the time itself.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from checks.alerts import Alert, AlertPlan, AlertPolicy, AlertState
from checks.availability import (
    WINDOW,
    Level,
    ProbeLines,
    availability,
    crossings,
    loaded_share,
    message,
)
from checks.model import Fetched, PortalConfig, RunRecord
from crawler.probe import probe_all
from reports import render
from reports.line_alerts import line_crossings, line_message
from reports.monthly import build_monthly
from reports.national import latest_complete_run, national_lines
from reports.periods import Month, month_of, quarter_of
from reports.quarterly import build_quarterly
from reports.scoring import parse_scoring
from store import Store
from store.service import ServiceStore

log = logging.getLogger(__name__)

LOOKBACK_DAYS = 400  # as `govwatch report`: first-seen dates of problems that began earlier
PORTAL = "_portal"
AVAILABILITY = "availability"
NATIONAL = "national"


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


def month_availability(
    config: PortalConfig, store: Store, month: Month, until: date | None = None
) -> float | None:
    """The share of the month's home-page probes that loaded (days in the portal's zone, up to
    and including `until`); None when the month has no probes — the bulletin says "no data"."""
    zone = ZoneInfo(config.portal.timezone)
    last = min(until or month.last, month.last)
    start = datetime.combine(month.first, time(), zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(), zone).astimezone(UTC)
    probes = ServiceStore(store.engine).probes_since(start - timedelta(microseconds=1))
    return loaded_share(probes, start, end, config.portal.base_url)


def monthly_bulletin(config: PortalConfig, store: Store, due: datetime, folder: Path) -> Path:
    zone = ZoneInfo(config.portal.timezone)
    month = month_of(_previous_day(due, zone))
    runs = store.runs_between(month.first - timedelta(days=LOOKBACK_DAYS), month.last)
    scoring = parse_scoring(config.sections.get("scoring"))
    report = build_monthly(
        config,
        runs,
        month,
        scoring,
        as_of=month.last,
        home_newest=_home_newest(store, runs, month),
        availability=month_availability(config, store, month),
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


def national_alerts(
    config: PortalConfig,
    store: Store,
    states: ServiceStore,
    policy: AlertPolicy,
    run_id: int,
    now: datetime,
) -> int:
    """After a complete weekly run: tell the office when a national line changed level
    (home page age, stale / key stale / blank column counts), once per crossing."""
    run = store.run_info(run_id)
    if run is None or not run.complete:
        return 0
    month = month_of(run.as_of)
    scoring = parse_scoring(config.sections.get("scoring"))
    national = national_lines(
        config, [run], month, scoring, home_newest=_home_newest(store, [run], month)
    )
    before = {
        s.subject: s.state for s in states.alert_states(PORTAL).values() if s.check == NATIONAL
    }
    changed = line_crossings(before, national)
    alerts: list[Alert] = []
    saved: list[AlertState] = []
    for state, previous in changed:
        title, body = line_message(state, previous, config.portal.name)
        if policy.default:
            key = f"{PORTAL}|{state.name}|{NATIONAL}|{state.level}|r{run_id}"
            alerts.append(Alert(key, PORTAL, "went_bad", policy.default, title, body))
        saved.append(AlertState(PORTAL, state.name, NATIONAL, state.level, run.as_of, run.as_of))
    if changed:
        states.apply(AlertPlan(tuple(alerts), tuple(saved)), now)
    return len(alerts)


def _level(text: str) -> Level:
    return "veto" if text == "veto" else "warn" if text == "warn" else "ok"
