"""A crawl killed with SIGKILL mid-run and crawled again files the same findings as a clean run,
with no duplicates (SQLite; PostgreSQL when GOVWATCH_TEST_PG is set)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select

from sampleportal.config import config_yaml
from sampleportal.server import serve
from sampleportal.site import sample_site
from store.models import FindingRow, RunRow
from tests.service.processes import Govwatch

Key = tuple[str, str, str, str, str | None]


def filed(engine: Engine) -> list[Key]:
    with engine.connect() as connection:
        rows = connection.execute(select(FindingRow.unit, FindingRow.check, FindingRow.severity,
                                         FindingRow.subject, FindingRow.category))
        return sorted((r.unit, r.check, r.severity, r.subject, r.category) for r in rows)


def statuses(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.scalars(select(RunRow.status).order_by(RunRow.id)))


def test_sigkill_mid_crawl_then_recrawl_matches_a_clean_run(
    tmp_path: Path, engine: Engine, db_url: str
) -> None:
    today = date.today()
    as_of = today.isoformat()
    with serve(sample_site(today)) as portal:
        config = tmp_path / "portal.yaml"
        config.write_text(config_yaml(portal.base_url, delay_s=0.05), encoding="utf-8")
        killed = Govwatch(tmp_path, config, db_url, "crawl", "--as-of", as_of)
        try:
            assert portal.wait_for_requests(25)  # well into the run, not done (≈ 120 pages)
            killed.kill()
        finally:
            killed.kill()
        assert killed.process.returncode == -9
        assert statuses(engine) == ["running"]  # died without a word: visibly unfinished
        partial = filed(engine)

        resumed = Govwatch(tmp_path, config, db_url, "crawl", "--as-of", as_of)
        try:
            assert resumed.process.wait(timeout=120) == 0
        finally:
            resumed.kill()
        assert statuses(engine) == ["complete"]  # the same run, resumed
        after = filed(engine)

        clean_db = f"sqlite:///{tmp_path / 'clean.db'}"
        clean = Govwatch(tmp_path, config, clean_db, "crawl", "--as-of", as_of)
        try:
            assert clean.process.wait(timeout=120) == 0
        finally:
            clean.kill()
    from store import make_engine

    reference_engine = make_engine(clean_db)
    try:
        reference = filed(reference_engine)
    finally:
        reference_engine.dispose()
    assert after == reference
    assert len(partial) < len(after)
    assert max(Counter(after).values()) == 1
    assert ("sgjd", "subpage_unreachable", "fail") in {k[:3] for k in after}
