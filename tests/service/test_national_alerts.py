"""National-line alerts after each weekly run: the office hears once per crossing of a line
(home page age, blank / stale column counts), through the outbox, at a loopback receiver."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from checks.alerts import AlertPolicy
from checks.model import Fetched, Finding, Observation, PortalConfig
from config import parse_config
from govwatch.notify import drain
from govwatch.scheduled import NATIONAL, PORTAL, national_alerts
from sampleportal.config import config_yaml
from store import Store
from store.service import ServiceStore
from tests.service.conftest import Receiver

BASE = "http://127.0.0.1:9/"  # never fetched: the runs are stored by the test


def week(config: PortalConfig, store: Store, as_of: date, blank: int, home: date | None) -> int:
    """A complete run with `blank` empty columns and the home page's newest item `home`."""
    columns = [(u, c) for u in config.units for c in u.columns][:blank]
    units = [u.id for u in config.units]
    run_id = store.open_run(as_of, units)
    for index, unit in enumerate(config.units):
        found = [
            Finding(u.id, "column_empty", "fail", c.url, "空白栏目", column=c.name,
                    category=c.category)
            for u, c in columns
            if u.id == unit.id
        ]
        seen = []
        if index == 0 and home is not None:
            page = config.portal.base_url
            seen = [Observation(page, "home", Fetched(200, page, "utf-8", newest=home))]
        store.record_unit(run_id, unit.id, seen, found)
    store.finish_run(run_id)
    return run_id


def test_one_alert_per_crossing_of_a_national_line(store: Store, receiver: Receiver) -> None:
    config = parse_config(config_yaml(BASE, delay_s=0))
    states = ServiceStore(store.engine)
    policy = AlertPolicy(default=(receiver.apprise_url,))
    now = datetime(2026, 11, 2, 2, tzinfo=UTC)
    said: list[list[str]] = []

    def weekly(as_of: date, blank: int, home: date | None, run_id: int | None = None) -> None:
        run = run_id if run_id is not None else week(config, store, as_of, blank, home)
        national_alerts(config, store, states, policy, run, now + (as_of - date(2026, 11, 2)))
        before = len(receiver.posts)
        drain(states, now=lambda: now + timedelta(days=60))
        said.append([p["title"] + "\n" + p["message"] for p in receiver.posts[before:]])

    weekly(date(2026, 11, 2), 0, date(2026, 10, 30))  # all safe: nothing to say
    weekly(date(2026, 11, 9), 4, date(2026, 10, 30))  # 4 blank: warning; home 10 days: warning
    weekly(date(2026, 11, 16), 4, date(2026, 11, 13))  # blank unchanged; home 3 days: safe again
    last = week(config, store, date(2026, 11, 23), 5, None)  # 5 blank: over; home unread
    weekly(date(2026, 11, 23), 5, None, last)
    weekly(date(2026, 11, 23), 5, None, last)  # the same run again: nothing new

    assert [len(w) for w in said] == [0, 2, 1, 1, 0]
    blank_warn, home_warn = sorted(said[1], key=lambda m: "首页" in m)
    assert "「空白栏目」预警" in blank_warn and "空白栏目：4 个（预警线 4，否决线 5）" in blank_warn
    first = next(c for u in config.units for c in u.columns)
    assert first.url in blank_warn
    assert "「首页未更新天数」预警" in home_warn and "10 天" in home_warn
    assert "「首页未更新天数」已回到安全范围" in said[2][0] and "原为预警" in said[2][0]
    assert "「空白栏目」超线（单项否决）" in said[3][0]
    levels = {s.subject: s.state for s in states.alert_states(PORTAL).values()
              if s.check == NATIONAL}
    # the unread home page left its line as last said (safe), not cleared or raised
    assert levels == {"home_age_days": "safe", "blank": "over"}


def test_no_office_no_messages_but_the_level_is_kept(store: Store) -> None:
    config = parse_config(config_yaml(BASE, delay_s=0))
    states = ServiceStore(store.engine)
    run = week(config, store, date(2026, 11, 9), 5, date(2026, 11, 8))
    now = datetime(2026, 11, 9, 2, tzinfo=UTC)
    assert national_alerts(config, store, states, AlertPolicy(), run, now) == 0
    assert states.outbox() == []
    levels = {s.subject: s.state for s in states.alert_states(PORTAL).values()}
    assert levels == {"blank": "over"}
