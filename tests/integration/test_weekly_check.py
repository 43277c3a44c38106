"""The weekly check end to end: the real CLI crawls the sample portal on loopback.

The expected findings are the sample portal's hand-written truth
(`sampleportal.config.expected_findings`), so this fails both on a missed
problem and on a false `fail`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import delete

from govwatch import progress
from govwatch.cli import main
from sampleportal.config import config_yaml, expected_findings
from sampleportal.pages import StaticSite
from sampleportal.server import RunningPortal, serve
from sampleportal.site import sample_site
from store import make_engine, upgrade
from store.models import Base

TODAY = date(2026, 11, 25)
GRADED = {
    "subpage_unreachable",
    "column_unreachable",
    "column_empty",
    "column_stale",
    "category_missing",
    "broken_link",
    "content_injection",
    "extraction_failed",
}


@pytest.fixture(scope="module")
def portal() -> Iterator[RunningPortal]:
    with serve(sample_site(TODAY)) as running:
        yield running


@pytest.fixture
def clean_db(db_url: str) -> str:
    """The shared test database, migrated and emptied."""
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(delete(table))
    engine.dispose()
    return db_url


def govwatch(config: Path, db: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--config", str(config), "--db", db, *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def graded(findings: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    return {
        (f["unit"], f["check"], f["severity"], f["url"], f.get("column"), f.get("category"))
        for f in findings
        if f["check"] in GRADED
    }


@pytest.fixture
def config(tmp_path: Path, portal: RunningPortal) -> Path:
    path = tmp_path / "portal.yaml"
    path.write_text(config_yaml(portal.base_url, delay_s=0), encoding="utf-8")
    return path


def test_crawl_reports_exactly_the_sample_portals_problems(
    config: Path, clean_db: str, portal: RunningPortal
) -> None:
    code, _, stderr = govwatch(config, clean_db, "crawl", "--as-of", TODAY.isoformat())
    assert code == 0, stderr
    code, stdout, _ = govwatch(config, clean_db, "findings", "--format", "json")
    assert code == 0
    found = json.loads(stdout)
    assert graded(found) == graded(expected_findings(TODAY, portal.base_url))
    stale = {f["url"]: f["observed"] for f in found if f["check"] == "column_stale"}
    for truth in expected_findings(TODAY, portal.base_url):
        if truth["check"] == "column_stale":
            assert stale[truth["url"]].items() >= truth["observed"].items()
    for finding in found:
        assert set(finding) >= {"run", "unit", "check", "severity", "url", "message", "observed"}


def test_second_crawl_uses_conditional_requests_and_finds_the_same(
    config: Path, clean_db: str, portal: RunningPortal
) -> None:
    assert govwatch(config, clean_db, "crawl", "--as-of", TODAY.isoformat())[0] == 0
    first = json.loads(govwatch(config, clean_db, "findings", "--format", "json")[1])
    portal.reset_counters()
    assert govwatch(config, clean_db, "crawl", "--as-of", "2026-11-26")[0] == 0
    second = json.loads(govwatch(config, clean_db, "findings", "--format", "json")[1])
    log = portal.request_log()
    not_modified = [r for r in log if r.status == 304]
    assert not_modified, "an unchanged portal must answer the second crawl with 304s"
    assert {r.path for r in not_modified} >= {"/bm/fgj/index.html"}
    assert {f["run"] for f in second} != {f["run"] for f in first}
    # One day later, the same pages: only ages move, so the same subjects are reported
    # (plus any column that crossed its window overnight).
    before = {(f["unit"], f["check"], f["url"]) for f in first if f["check"] in GRADED}
    after = {(f["unit"], f["check"], f["url"]) for f in second if f["check"] in GRADED}
    assert before <= after


def test_a_broken_configuration_crawls_nothing(
    tmp_path: Path, clean_db: str, portal: RunningPortal
) -> None:
    text = config_yaml(portal.base_url, delay_s=0)
    text = text.replace("category: notice", "category: notices", 1)
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    portal.reset_counters()
    code, stdout, stderr = govwatch(path, clean_db, "crawl", "--as-of", TODAY.isoformat())
    assert code == 2
    assert "notices" in stderr and "category" in stderr
    assert stdout == ""
    assert portal.requests() == 0


def test_an_unreachable_database_is_a_clear_error(config: Path, portal: RunningPortal) -> None:
    url = "postgresql+psycopg://nobody:secret@127.0.0.1:1/none"
    code, _, stderr = govwatch(config, url, "crawl", "--as-of", TODAY.isoformat())
    assert code == 3
    assert "secret" not in stderr
    assert "数据库" in stderr


def test_recheck_says_which_problems_are_rectified(tmp_path: Path, clean_db: str) -> None:
    """A unit fixes its stale column; `recheck` reports it rectified and the rest still open."""
    routes = dict(sample_site(TODAY).routes)
    live = StaticSite(
        TODAY, routes
    )  # the same dict, so the test can change a page under the server
    with serve(live) as running:
        config = tmp_path / "portal.yaml"
        config.write_text(config_yaml(running.base_url, delay_s=0), encoding="utf-8")
        assert govwatch(config, clean_db, "crawl", "--as-of", TODAY.isoformat())[0] == 0
        stale = next(
            f
            for f in expected_findings(TODAY, running.base_url)
            if f["check"] == "column_stale" and f["unit"] == "wjj"
        )
        stale_path = "/" + stale["url"].removeprefix(running.base_url)
        routes[stale_path] = routes["/bm/fgj/gzdt/index.html"]  # now lists fresh items
        code, stdout, stderr = govwatch(
            config, clean_db, "recheck", "wjj", "--as-of", TODAY.isoformat(), "--format", "json"
        )
    assert code == 0, stderr
    result = json.loads(stdout)
    assert [(f["check"], f["url"]) for f in result["rectified"]] == [("column_stale", stale["url"])]
    still = {(f["check"], f["url"]) for f in result["open"]}
    others = {
        (f["check"], f["url"])
        for f in expected_findings(TODAY, running.base_url)
        if f["unit"] == "wjj" and f["url"] != stale["url"] and f["severity"] == "fail"
    }
    assert still == others and others


def test_pages_read_in_a_worker_process_make_the_same_findings(
    config: Path, clean_db: str, portal: RunningPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large runs read pages in a forked worker (govwatch.progress); the findings must not move."""
    monkeypatch.setattr(progress, "READER_PROCESS_MIN_UNITS", 1)
    monkeypatch.setattr(progress.os, "cpu_count", lambda: 2)
    started: list[object] = []

    class Counted(progress.ProcessReader):
        def __init__(self) -> None:
            super().__init__()
            started.append(self)

    monkeypatch.setattr(progress, "ProcessReader", Counted)
    code, _, stderr = govwatch(config, clean_db, "crawl", "--as-of", TODAY.isoformat())
    assert code == 0, stderr
    found = json.loads(govwatch(config, clean_db, "findings", "--format", "json")[1])
    assert graded(found) == graded(expected_findings(TODAY, portal.base_url))
    assert len(started) == 1
