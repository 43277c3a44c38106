"""The monthly bulletin's 站点无法访问 line comes from the stored probes of the month (days in the
portal's zone), in the scheduled bulletin and in `govwatch report monthly` alike."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from click.testing import CliRunner

from checks.availability import Probe
from checks.model import PortalConfig
from config import parse_config
from govwatch.cli import main
from govwatch.scheduled import month_availability, monthly_bulletin
from reports.periods import Month
from sampleportal.config import config_yaml
from store import Store
from store.service import ServiceStore

BASE = "http://127.0.0.1:9/"  # never fetched: the probes are stored by the test
ZONE = ZoneInfo("Asia/Shanghai")
OCT = Month(2026, 10)  # a month before any day the tests run on: `report` cuts at today
START = datetime(2026, 9, 30, 16, 0, tzinfo=UTC)  # 1 Oct 00:00 in Shanghai
END = datetime(2026, 10, 31, 16, 0, tzinfo=UTC)  # 1 Nov 00:00 in Shanghai


def setup(store: Store) -> PortalConfig:
    """One complete October run (the lines need one), and the month's probes:
    41 of the home page inside October, 2 of them failed; others outside or elsewhere."""
    config = parse_config(config_yaml(BASE, delay_s=0))
    units = [u.id for u in config.units]
    run_id = store.open_run(date(2026, 10, 16), units)
    for unit in units:
        store.record_unit(run_id, unit, [], [])
    store.finish_run(run_id)
    home = config.portal.base_url
    inside = [Probe(home, START + timedelta(hours=17 * k), ok=k not in (7, 30)) for k in range(41)]
    assert inside[-1].at < END
    ServiceStore(store.engine).add_probes([
        *inside,
        Probe(home, START - timedelta(minutes=1), ok=False),  # 30 Sep 23:59 local: September's
        Probe(home, END, ok=False),  # 1 Nov 00:00 local: November's
        Probe(config.units[0].subpage, START + timedelta(days=3), ok=False),  # not the home page
    ])
    return config


def unavailable(doc: dict[str, Any]) -> dict[str, Any]:
    lines: dict[str, dict[str, Any]] = {x["line"]: x for x in doc["national"]["lines"]}
    return lines["unavailable_share"]


def test_month_availability_counts_the_home_page_in_the_portal_zone(store: Store) -> None:
    config = setup(store)
    assert month_availability(config, store, OCT) == 39 / 41
    # up to 1 Oct (local): the probes at 00:00 and 17:00 local time
    assert month_availability(config, store, OCT, until=date(2026, 10, 1)) == 1.0
    assert month_availability(config, store, Month(2026, 8)) is None  # no probes: no data


def test_scheduled_bulletin_carries_the_measured_share(store: Store, tmp_path: Path) -> None:
    config = setup(store)
    due = datetime(2026, 11, 1, 6, 0, tzinfo=ZONE)
    monthly_bulletin(config, store, due, tmp_path)
    line = unavailable(json.loads((tmp_path / "2026-10.json").read_text(encoding="utf-8")))
    # 2/41 = 4.88 %: over the 3 % early warning, under the 5 % veto
    assert (line["value"], line["level"]) == (0.0488, "warning")


def test_report_monthly_command_carries_the_measured_share(
    store: Store, db_url: str, tmp_path: Path
) -> None:
    setup(store)
    path = tmp_path / "portal.yaml"
    path.write_text(config_yaml(BASE, delay_s=0), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--config", str(path), "--db", db_url, "report", "monthly", "2026-10",
               "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    line = unavailable(json.loads(result.stdout))
    assert (line["value"], line["level"]) == (0.0488, "warning")
    august = CliRunner().invoke(
        main, ["--config", str(path), "--db", db_url, "report", "monthly", "2026-08",
               "--format", "json"]
    )
    assert august.exit_code == 0, august.output
    assert unavailable(json.loads(august.stdout))["level"] == "no_data"
