"""`govwatch serve` as operators run it: a subprocess on a real database and a loopback portal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from sampleportal.config import config_yaml
from sampleportal.pages import Route, StaticSite
from sampleportal.server import RunningPortal, serve
from sampleportal.site import sample_site
from store.models import RunRow
from store.service_tables import ServiceJobRow
from tests.service.processes import Govwatch


def schedule(tmp_path: Path) -> str:
    return (
        "schedule:\n"
        "  probes_per_day: 0\n"
        "  lock_ttl_s: 5\n"
        "  lock_poll_s: 0.2\n"
        f"  reports_dir: {tmp_path / 'reports'}\n"
    )


@pytest.fixture
def sample() -> Iterator[RunningPortal]:
    with serve(sample_site(date.today())) as running:
        yield running


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "portal.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def runs(engine: Engine) -> list[tuple[int, str, int]]:
    with engine.connect() as connection:
        found = connection.execute(select(RunRow.id, RunRow.status, RunRow.pid).order_by(RunRow.id))
        return [(r.id, r.status, r.pid) for r in found]


def test_serve_catches_up_once_and_stops_on_sigterm(
    tmp_path: Path, engine: Engine, db_url: str, sample: RunningPortal
) -> None:
    config = write_config(tmp_path, config_yaml(sample.base_url, delay_s=0) + schedule(tmp_path))
    first = Govwatch(tmp_path, config, db_url, "serve")
    try:
        first.wait_for("lock acquired")
        for job in ("crawl", "monthly", "quarterly"):
            first.wait_for(f"job {job} finished")
        assert first.terminate() < 10
    finally:
        first.kill()
    assert first.process.returncode == 0
    assert [status for _, status, _ in runs(engine)] == ["complete"]
    assert any("job crawl finished: complete run" in line for line in first.lines)
    with engine.connect() as connection:
        jobs = set(connection.scalars(select(ServiceJobRow.name)))
    assert jobs == {"crawl", "monthly", "quarterly"}

    again = Govwatch(tmp_path, config, db_url, "serve")  # restarted: nothing left to catch up
    try:
        again.wait_for("catch-up: nothing due")
        assert again.terminate() < 10
    finally:
        again.kill()
    assert not any("job crawl started" in line for line in again.lines)
    assert [status for _, status, _ in runs(engine)] == ["complete"]


def hanging_portal_config(base_url: str, tmp_path: Path) -> str:
    """One unit whose column never answers: a crawl that is surely in flight."""
    root = base_url.rstrip("/")
    return (
        f"portal: {{name: 示例区, base_url: {root}/, timezone: Asia/Shanghai}}\n"
        "crawl: {timeout_s: 120, delay_s: 0, retries: 0}\n"
        "categories:\n  - {id: dynamic, names: [工作动态], max_age_days: 14}\n"
        "units:\n"
        f"  - {{id: slow, name: 慢单位, kind: department, subpage: {root}/slow/index.html,\n"
        f"     columns: [{{name: 工作动态, url: {root}/trap/hang.html, category: dynamic}}]}}\n"
        + schedule(tmp_path)
    )


def test_sigterm_cancels_the_crawl_in_flight_within_10_s(
    tmp_path: Path, engine: Engine, db_url: str
) -> None:
    site = StaticSite(date.today(), {
        "/": Route(body=b"<html><body><ul><li>x</li></ul></body></html>"),
        "/slow/index.html": Route(body="<html><body><a href='/trap/hang.html'>工作动态</a>"
                                       "</body></html>".encode()),
        "/trap/hang.html": Route(hang=True),
    })
    with serve(site) as portal:
        config = write_config(tmp_path, hanging_portal_config(portal.base_url, tmp_path))
        service = Govwatch(tmp_path, config, db_url, "serve")
        try:
            service.wait_for("job crawl started")
            assert portal.wait_for_requests(3)  # home, subpage and the hanging column
            took = service.terminate()
        finally:
            service.kill()
    assert took < 10
    assert service.process.returncode == 0
    assert [status for _, status, _ in runs(engine)] == ["interrupted"]
    assert any("job crawl finished: interrupted" in line for line in service.lines)


def test_two_services_on_one_database_one_works(
    tmp_path: Path, engine: Engine, db_url: str, sample: RunningPortal
) -> None:
    config = write_config(tmp_path, config_yaml(sample.base_url, delay_s=0) + schedule(tmp_path))
    first = Govwatch(tmp_path, config, db_url, "serve")
    second: Govwatch | None = None
    try:
        first.wait_for("lock acquired")
        second = Govwatch(tmp_path, config, db_url, "serve")
        second.wait_for("another instance holds the lock")
        first.wait_for("job crawl finished")
        assert first.terminate() < 10
        second.wait_for("lock acquired")  # released on stop: the second takes over
        second.wait_for("catch-up: nothing due")
        assert second.terminate() < 10
    finally:
        first.kill()
        if second is not None:
            second.kill()
    assert [pid for _, _, pid in runs(engine)] == [first.process.pid]
