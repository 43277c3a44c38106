"""The job table and catch-up-once, with a controllable clock (no sleeping)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from checks.alerts import AlertPolicy
from checks.availability import ProbeLines
from config import ConfigError, parse_config
from config.service import Schedule, ServiceSettings, service_settings
from govwatch.service import Service, last_due, missed
from sampleportal.config import config_yaml
from store import Store
from store.service import JobRecord, ServiceStore

CST = ZoneInfo("Asia/Shanghai")
WEDNESDAY = datetime(2026, 11, 25, 10, 0, tzinfo=CST)


def cst(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=CST)


def test_last_due_is_the_latest_fire_time_not_after_now() -> None:
    assert last_due("0 2 * * mon", CST, WEDNESDAY) == cst(2026, 11, 23, 2, 0)
    assert last_due("0 2 * * mon", CST, cst(2026, 11, 23, 2, 0)) == cst(2026, 11, 23, 2, 0)
    assert last_due("0 2 * * mon", CST, cst(2026, 11, 23, 1, 59)) == cst(2026, 11, 16, 2, 0)
    assert last_due("0 6 1 * *", CST, WEDNESDAY) == cst(2026, 11, 1, 6, 0)
    assert last_due("0 6 1 1,4,7,10 *", CST, WEDNESDAY) == cst(2026, 10, 1, 6, 0)


def record(name: str, due: datetime) -> JobRecord:
    return JobRecord(name, due, due, due, "complete")


def test_three_missed_weeks_catch_up_once_and_a_handled_due_time_not_at_all() -> None:
    crons = {"crawl": "0 2 * * mon", "monthly": "0 6 1 * *"}
    records = {
        "crawl": record("crawl", cst(2026, 11, 2, 2, 0)),  # three Mondays missed since
        "monthly": record("monthly", cst(2026, 11, 1, 6, 0)),  # this month's already done
    }
    assert missed(crons, records, CST, WEDNESDAY) == {"crawl": cst(2026, 11, 23, 2, 0)}
    assert missed(crons, {}, CST, WEDNESDAY) == {
        "crawl": cst(2026, 11, 23, 2, 0),
        "monthly": cst(2026, 11, 1, 6, 0),
    }


def settings(tmp_path: Path, **schedule: object) -> ServiceSettings:
    return ServiceSettings(
        Schedule(reports_dir=str(tmp_path / "reports"), **schedule),  # type: ignore[arg-type]
        AlertPolicy(),
        ProbeLines(),
    )


def test_a_restarted_service_runs_each_missed_report_exactly_once(
    engine: Engine, store: Store, tmp_path: Path
) -> None:
    config = parse_config(config_yaml("http://127.0.0.1:9/"))
    clock = [WEDNESDAY.astimezone(UTC)]
    service = Service(
        config, store, ServiceStore(engine), settings(tmp_path), clock=lambda: clock[0]
    )

    due = service.catch_up()
    assert set(due) == {"crawl", "monthly", "quarterly"}
    for name in ("monthly", "quarterly"):
        assert (service.run_job(name, due[name]) or "").startswith("written")
        assert service.run_job(name, due[name]) is None  # the same due time: not again
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == [
        "2026-10.html", "2026-10.json", "2026-Q3.html", "2026-Q3.json",
    ]
    restarted = Service(config, store, ServiceStore(engine), settings(tmp_path),
                        clock=lambda: clock[0])
    assert set(restarted.catch_up()) == {"crawl"}

    clock[0] = cst(2026, 12, 1, 6, 30).astimezone(UTC)  # a month on: November's bulletin is due
    assert set(restarted.catch_up()) == {"crawl", "monthly"}
    assert (restarted.run_job("monthly") or "").startswith("written")
    assert (tmp_path / "reports" / "2026-11.html").is_file()
    assert set(restarted.catch_up()) == {"crawl"}


def test_job_table(engine: Engine, store: Store, tmp_path: Path) -> None:
    config = parse_config(config_yaml("http://127.0.0.1:9/"))
    service = Service(config, store, ServiceStore(engine), settings(tmp_path, probes_per_day=24))
    scheduler = service.scheduler()
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"crawl", "monthly", "quarterly", "probe", "send"}
    nexts = {n: jobs[n].trigger.get_next_fire_time(None, WEDNESDAY) for n in CRON_NAMES}
    assert nexts == {
        "crawl": cst(2026, 11, 30, 2, 0),
        "monthly": cst(2026, 12, 1, 6, 0),
        "quarterly": cst(2027, 1, 1, 6, 0),
    }
    assert jobs["probe"].trigger.interval == timedelta(hours=1)
    assert all(j.coalesce and j.max_instances == 1 for j in jobs.values())
    assert {j.misfire_grace_time for j in jobs.values()} == {Schedule().misfire_grace_s}


CRON_NAMES = ("crawl", "monthly", "quarterly")


def test_service_sections_are_validated_with_the_key_named() -> None:
    base = config_yaml("http://127.0.0.1:9/")
    parsed = service_settings(parse_config(base + 'schedule:\n  crawl: "30 3 * * tue"\n'
                                           "alerts:\n  warn_days: 5\n  default: [json://x/]\n"))
    assert (parsed.schedule.crawl, parsed.alerts.warn_days) == ("30 3 * * tue", 5)
    assert parsed.alerts.default == ("json://x/",)
    with pytest.raises(ConfigError, match=r"schedule\.crawl"):
        service_settings(parse_config(base + 'schedule:\n  crawl: "not cron"\n'))
    with pytest.raises(ConfigError, match=r"alerts\.warn_dayz"):
        service_settings(parse_config(base + "alerts:\n  warn_dayz: 5\n"))
    with pytest.raises(ConfigError, match=r"probes\.veto_share"):
        service_settings(parse_config(base + "probes:\n  veto_share: 2\n"))
