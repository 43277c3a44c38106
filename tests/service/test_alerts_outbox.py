"""Alerts end to end: sample portal → crawl → outbox (same transaction) → apprise → a loopback
receiver. One message per state change across weekly runs, none for a state that persists."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, func, select

from checks.alerts import AlertPolicy
from checks.model import PortalConfig
from config import parse_config
from govwatch.alerting import planner_for
from govwatch.notify import backoff, drain
from govwatch.runner import RunSummary, run_crawl
from sampleportal.config import config_yaml
from sampleportal.site import sample_site
from store import Store
from store.service import ServiceStore
from store.service_tables import OutboxRow
from tests.service.conftest import Portal, Receiver

S = date(2026, 11, 2)  # the sample portal's day: fgj 工作动态's newest item is S - 3
COLUMN = "/bm/fgj/gzdt/index.html"


def fgj_config(base_url: str, recipients: tuple[str, ...]) -> PortalConfig:
    """The sample portal's 区发展和改革局 alone, its contacts at the receiver."""
    config = parse_config(config_yaml(base_url, delay_s=0))
    unit = dataclasses.replace(config.unit("fgj"), alerts=recipients)
    return dataclasses.replace(config, units=(unit,))


def weekly_run(config: PortalConfig, store: Store, outbox: ServiceStore, as_of: date) -> RunSummary:
    planner = planner_for(config, outbox, AlertPolicy(), as_of)
    return asyncio.run(run_crawl(config, store, as_of, planner=planner, workers=2))


def test_one_alert_per_state_change_over_weekly_runs(
    engine: Engine, store: Store, portal: Portal, receiver: Receiver
) -> None:
    config = fgj_config(portal.running.base_url, (receiver.apprise_url,))
    outbox = ServiceStore(engine)
    column_url = portal.running.url(COLUMN)
    sent: list[list[str]] = []

    for as_of in (S + timedelta(days=9), S + timedelta(days=16), S + timedelta(days=23)):
        weekly_run(config, store, outbox, as_of)
        before = len(receiver.posts)
        drain(outbox)
        sent.append([p["title"] for p in receiver.posts[before:]])
    portal.site.current = sample_site(S + timedelta(days=30))  # the unit published again
    weekly_run(config, store, outbox, S + timedelta(days=30))
    before = len(receiver.posts)
    drain(outbox)
    sent.append([p["title"] for p in receiver.posts[before:]])

    assert [len(week) for week in sent] == [1, 1, 0, 1]
    warning, stale, rectified = (p["message"] for p in receiver.posts)
    # 12 days old on S+9: its last fresh day is S+11, stale from S+12 (2026-11-14)
    assert "区发展和改革局「工作动态」栏目将于 2026-11-14 超期（要求 14 天内更新）" in warning
    assert column_url in warning
    assert "栏目超期未更新" in stale and "工作动态" in stale and column_url in stale
    assert "已整改" in rectified and "栏目超期未更新" in rectified
    assert {p["type"] for p in receiver.posts} == {"info"}

    # a crawl of the same week again (a recheck) changes nothing and sends nothing
    weekly_run(config, store, outbox, S + timedelta(days=30))
    assert drain(outbox).sent == 0
    assert len(receiver.posts) == 3
    with engine.connect() as connection:
        rows = connection.scalar(select(func.count()).select_from(OutboxRow))
    assert rows == 3


def test_a_refused_post_is_retried_after_backoff_and_delivered_once(
    engine: Engine, store: Store, portal: Portal, receiver: Receiver
) -> None:
    config = fgj_config(portal.running.base_url, (receiver.apprise_url,))
    outbox = ServiceStore(engine)
    weekly_run(config, store, outbox, S + timedelta(days=16))  # stale: one went_bad alert
    receiver.fail_next = 1
    clock = [datetime.now(UTC)]  # the row was queued at the real now: due from then

    first = drain(outbox, now=lambda: clock[0])
    assert (first.sent, first.failed, receiver.refused, len(receiver.posts)) == (0, 1, 1, 0)
    again = drain(outbox, now=lambda: clock[0])  # not due yet: nothing attempted
    assert (again.sent, again.failed, receiver.refused) == (0, 0, 1)
    clock[0] += backoff(1)
    retried = drain(outbox, now=lambda: clock[0])
    assert (retried.sent, len(receiver.posts)) == (1, 1)
    assert "栏目超期未更新" in receiver.posts[0]["title"]
    clock[0] += timedelta(days=1)
    assert drain(outbox, now=lambda: clock[0]).sent == 0
    assert outbox.outbox()[0][3] == 2  # two attempts: the refused one and the delivered one


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3)] == [60, 120, 240]
    assert backoff(40) == timedelta(hours=6)
