"""A manual `govwatch crawl` queues alerts like the service's crawl does (with an `alerts:`
section), and `govwatch alerts send` delivers them once to a loopback receiver."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from click.testing import CliRunner, Result
from sqlalchemy import Engine, func, select

from govwatch.cli import main
from sampleportal.config import config_yaml
from store.service_tables import OutboxRow
from tests.service.conftest import Portal, Receiver

S = date(2026, 11, 2)  # the sample portal's day: fgj 工作动态 is stale from S + 12


def write_config(tmp_path: Path, base_url: str, alerts: str | None) -> Path:
    path = tmp_path / "portal.yaml"
    text = config_yaml(base_url, delay_s=0)
    path.write_text(text + (f"\nalerts:\n{alerts}\n" if alerts else ""), encoding="utf-8")
    return path


def govwatch(config: Path, db_url: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--config", str(config), "--db", db_url, *args])


def outbox_rows(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(OutboxRow)) or 0)


def test_crawl_queues_alerts_and_alerts_send_delivers_them_once(
    engine: Engine, db_url: str, portal: Portal, receiver: Receiver, tmp_path: Path
) -> None:
    config = write_config(
        tmp_path, portal.running.base_url, f'  default: ["{receiver.apprise_url}"]'
    )
    as_of = (S + timedelta(days=16)).isoformat()
    crawled = govwatch(config, db_url, "crawl", "--unit", "fgj", "--as-of", as_of)
    assert crawled.exit_code == 0, crawled.output
    queued = outbox_rows(engine)
    assert queued >= 1
    assert receiver.posts == []  # a crawl queues; it does not send

    sent = govwatch(config, db_url, "alerts", "send", "--format", "json")
    assert sent.exit_code == 0, sent.output
    assert json.loads(sent.stdout) == {"sent": queued, "failed": 0}
    assert len(receiver.posts) == queued
    stale = [p for p in receiver.posts if "栏目超期未更新" in p["title"]]
    assert len(stale) == 1 and "工作动态" in stale[0]["message"]

    # the same week crawled again changes no state: nothing queued, nothing sent
    again = govwatch(config, db_url, "crawl", "--unit", "fgj", "--as-of", as_of)
    assert again.exit_code == 0, again.output
    assert outbox_rows(engine) == queued
    assert json.loads(govwatch(config, db_url, "alerts", "send", "--format", "json").stdout) == {
        "sent": 0, "failed": 0}
    assert len(receiver.posts) == queued


def test_a_refused_delivery_exits_1_and_is_kept_for_retry(
    engine: Engine, db_url: str, portal: Portal, receiver: Receiver, tmp_path: Path
) -> None:
    config = write_config(
        tmp_path, portal.running.base_url, f'  default: ["{receiver.apprise_url}"]'
    )
    as_of = (S + timedelta(days=16)).isoformat()
    assert govwatch(config, db_url, "crawl", "--unit", "fgj", "--as-of", as_of).exit_code == 0
    queued = outbox_rows(engine)
    receiver.fail_next = 1000
    refused = govwatch(config, db_url, "alerts", "send", "--format", "json")
    assert refused.exit_code == 1
    assert json.loads(refused.stdout) == {"sent": 0, "failed": queued}
    assert receiver.posts == []


def test_crawl_without_an_alerts_section_queues_nothing(
    engine: Engine, db_url: str, portal: Portal, tmp_path: Path
) -> None:
    config = write_config(tmp_path, portal.running.base_url, None)
    as_of = (S + timedelta(days=16)).isoformat()
    result = govwatch(config, db_url, "crawl", "--unit", "fgj", "--as-of", as_of)
    assert result.exit_code == 0, result.output
    assert outbox_rows(engine) == 0


def test_a_bad_alerts_section_stops_the_crawl_before_it_starts(
    engine: Engine, db_url: str, portal: Portal, tmp_path: Path
) -> None:
    config = write_config(tmp_path, portal.running.base_url, "  warn_dayz: 3")
    result = govwatch(config, db_url, "crawl", "--unit", "fgj", "--as-of", S.isoformat())
    assert result.exit_code == 2
    assert "alerts" in result.output and "warn_dayz" in result.output
    assert portal.running.requests() == 0  # nothing fetched
