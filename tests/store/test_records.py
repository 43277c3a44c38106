"""Round trips, the one-finding-per-key rule, resume semantics and which run is current."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
import sqlalchemy.exc
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from checks.model import Fetched, Finding, Item, Observation, TextBlock, Unreachable, Unreadable
from crawler.fetch import Validators
from store import Store, StoreError, UnitRecord
from store.models import FindingRow, PageCacheRow

AS_OF = date(2025, 3, 10)
BEIJING = timezone(timedelta(hours=8))


def page(newest: date | None = date(2025, 3, 7), **changes: Any) -> Fetched:
    values: dict[str, Any] = {
        "status": 200,
        "final_url": "http://127.0.0.1/fgj/tzgg/index.html",
        "encoding": "gb18030",
        "items": (
            Item("关于开展安全检查的通知", "http://127.0.0.1/fgj/tzgg/1.html", newest, "list"),
            Item("无日期条目", None, None, None),
            Item("详情页日期", "http://127.0.0.1/fgj/tzgg/2.html", date(2025, 2, 1), "detail"),
        ),
        "newest": newest,
        "newest_rule": "列表日期最大值",
        "empty_marker": None,
        "links": (("首页", "http://127.0.0.1/"), ("通知", "http://127.0.0.1/fgj/tzgg/1.html")),
        "meta": {"SiteName": "渭滨区人民政府", "ColumnType": "通知公告"},
        "blocks": (TextBlock("隐藏文字", "display:none", (("链接", "http://127.0.0.1/x"),)),),
        "content_hash": "ab" * 32,
    }
    values.update(changes)
    return Fetched(**values)


def finding(unit: str = "fgj", check: str = "column_stale", **changes: Any) -> Finding:
    values: dict[str, Any] = {
        "unit": unit,
        "check": check,
        "severity": "fail",
        "url": f"http://127.0.0.1/{unit}/tzgg/",
        "message": "栏目超过 14 天未更新",
        "column": "通知公告",
        "category": "notice",
        "observed": {"newest": "2025-02-01", "age_days": 37},
    }
    values.update(changes)
    return Finding(**values)


def observations(unit: str = "fgj") -> list[Observation]:
    at = datetime(2025, 3, 10, 9, 30, tzinfo=BEIJING)
    return [
        Observation(f"http://127.0.0.1/{unit}/", "subpage", page(), at, unit, None),
        Observation(f"http://127.0.0.1/{unit}/tzgg/", "column", page(), at, unit, "通知公告"),
        Observation(
            f"http://127.0.0.1/{unit}/gzdt/", "column", Unreachable("connect timeout", None),
            at, unit, "工作动态",
        ),
        Observation(
            f"http://127.0.0.1/{unit}/zcwj/", "column", Unreadable("not HTML", 200, "utf-8"),
            at, unit, "政策文件",
        ),
    ]


@contextmanager
def counted(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def remember(*args: Any) -> None:
        statements.append(args[2])

    event.listen(engine, "before_cursor_execute", remember)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", remember)


# --- round trips ----------------------------------------------------------------


def without_links(observation: Observation) -> Observation:
    outcome = observation.outcome
    if isinstance(outcome, Fetched):
        outcome = replace(outcome, links=(), blocks=())
    return replace(observation, outcome=outcome)


def test_observations_round_trip_every_outcome(store: Store) -> None:
    run = store.open_run(AS_OF, ["fgj"])
    seen = observations()
    store.record_unit(run, "fgj", seen, [])
    back = store.observations(run, unit="fgj")
    # links and blocks are kept once per URL, in the page cache, not in every week's row
    assert back == [without_links(o) for o in seen]
    assert store.cached_pages([seen[1].url])[seen[1].url].outcome == seen[1].outcome
    assert back[0].fetched_at is not None and back[0].fetched_at.tzinfo is not None
    assert back[0].fetched_at == datetime(2025, 3, 10, 1, 30, tzinfo=UTC)


def test_home_page_is_found_by_role(store: Store) -> None:
    run = store.open_run(AS_OF, ["fgj"])
    home = Observation("http://127.0.0.1/", "home", page(), datetime.now(UTC))
    store.record_unit(run, "_portal", [home], [])
    store.record_unit(run, "fgj", observations(), [])
    assert store.observations(run, role="home") == [without_links(home)]
    assert len(store.observations(run, role="column")) == 3
    assert store.observations(run + 1, role="home") == []


def test_findings_round_trip_with_their_run(store: Store) -> None:
    run = store.open_run(AS_OF, ["fgj"])
    found = [
        finding(observed={"newest": date(2025, 2, 1), "items": [1, 2]}),
        finding(check="column_empty", severity="warn", url="http://127.0.0.1/fgj/gzdt/"),
    ]
    store.record_unit(run, "fgj", observations(), found)
    back = store.findings(run=run)
    assert [r for r, _ in back] == [run, run]
    assert back[0][1] == finding(observed={"newest": "2025-02-01", "items": [1, 2]})  # ISO dates
    assert back[1][1] == found[1]


def test_run_info_and_latest_runs(store: Store) -> None:
    first = store.open_run(AS_OF, ["fgj", "jyj"], config_hash="c1")
    store.record_unit(first, "fgj", [], [finding()])
    store.finish_run(first)
    second = store.open_run(AS_OF + timedelta(days=7), ["fgj"])
    info = store.run_info(first)
    assert info is not None
    assert (info.id, info.as_of, info.status) == (first, AS_OF, "complete")
    assert info.units == ("fgj", "jyj")
    assert info.findings == (finding(),)
    assert info.started is not None and info.finished is not None
    assert info.started.tzinfo is not None and info.finished >= info.started
    assert store.run_info(second + 100) is None
    assert [r.id for r in store.latest_runs()] == [second, first]
    assert [r.id for r in store.latest_runs(limit=1)] == [second]
    assert store.latest_runs()[0].status == "running"


def test_finishing_an_unknown_run_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="999"):
        store.finish_run(999)


# --- one finding per unit, check and subject ------------------------------------------


def test_database_refuses_a_second_finding_for_the_same_key(store: Store, engine: Engine) -> None:
    run = store.open_run(AS_OF, ["fgj"])
    store.record_unit(run, "fgj", [], [finding()])
    row = {
        "run_id": run, "unit": "fgj", "check": "column_stale", "severity": "warn",
        "url": "http://127.0.0.1/fgj/tzgg/", "message": "again", "observed": {},
        "subject": "http://127.0.0.1/fgj/tzgg/",
    }
    with pytest.raises(sqlalchemy.exc.IntegrityError), Session(engine) as session:
        session.add(FindingRow(**row))
        session.commit()
    with Session(engine) as session:
        session.add(FindingRow(**{**row, "subject": "http://127.0.0.1/fgj/other/"}))
        session.commit()
    assert len(store.findings(run=run)) == 2


def test_duplicate_findings_keep_the_fail(store: Store) -> None:
    run = store.open_run(AS_OF, ["fgj"])
    warn, fail = finding(severity="warn", message="warn"), finding(message="fail")
    store.record_unit(run, "fgj", [], [warn, fail, finding(severity="warn", message="late")])
    assert [f for _, f in store.findings(run=run)] == [fail]


def test_category_missing_is_keyed_by_category(store: Store) -> None:
    run = store.open_run(AS_OF, ["fgj"])
    subpage = "http://127.0.0.1/fgj/"
    missing = [
        finding(check="category_missing", url=subpage, category="notice", column=None),
        finding(check="category_missing", url=subpage, category="policy", column=None),
    ]
    store.record_unit(run, "fgj", [], missing)
    assert sorted(f.category or "" for _, f in store.findings(run=run)) == ["notice", "policy"]


def test_findings_of_another_unit_are_refused(store: Store) -> None:
    run = store.open_run(AS_OF, ["fgj"])
    with pytest.raises(ValueError, match="jyj"):
        store.record_unit(run, "fgj", [], [finding(unit="jyj")])
    assert store.units_done(run) == set()


# --- resume -------------------------------------------------------------------------


def test_unfinished_run_of_the_same_day_and_units_is_resumed(store: Store) -> None:
    run = store.open_run(AS_OF, ["fgj", "jyj"])
    assert store.open_run(AS_OF, ["jyj", "fgj"]) == run  # same set, any order
    store.record_unit(run, "fgj", observations(), [finding()])
    store.finish_run(run, "interrupted")
    resumed = store.open_run(AS_OF, ["fgj", "jyj"])
    assert resumed == run
    assert store.units_done(run) == {"fgj"}
    info = store.run_info(run)
    assert info is not None and info.status == "running" and info.finished is None


def test_other_days_other_units_and_finished_runs_get_a_new_run(store: Store) -> None:
    run = store.open_run(AS_OF, ["fgj", "jyj"])
    assert store.open_run(AS_OF + timedelta(days=1), ["fgj", "jyj"]) != run
    assert store.open_run(AS_OF, ["fgj"]) != run
    store.finish_run(run)
    again = store.open_run(AS_OF, ["fgj", "jyj"])
    assert again != run
    assert store.units_done(again) == set()


def test_recording_a_unit_twice_replaces_its_record(store: Store, engine: Engine) -> None:
    run = store.open_run(AS_OF, ["fgj", "jyj"])
    store.record_unit(run, "jyj", observations("jyj"), [finding(unit="jyj")])
    store.record_unit(run, "fgj", observations(), [finding(), finding(check="column_empty")])
    store.record_unit(run, "fgj", observations()[:1], [finding(message="second time")])
    assert store.observations(run, unit="fgj") == [without_links(o) for o in observations()[:1]]
    assert [f for _, f in store.findings(run=run, unit="fgj")] == [finding(message="second time")]
    assert len(store.observations(run, unit="jyj")) == 4  # the other unit untouched
    assert [f.unit for _, f in store.findings(run=run)] == ["fgj", "jyj"]
    assert store.units_done(run) == {"fgj", "jyj"}


# --- which run is current -------------------------------------------------------------


def test_default_selection_takes_each_units_current_record(store: Store) -> None:
    week1 = store.open_run(AS_OF, ["fgj", "jyj", "mzj"])
    for unit in ("fgj", "jyj", "mzj"):
        store.record_unit(week1, unit, [], [finding(unit=unit, message="week 1")])
    store.finish_run(week1)
    # Week 2 is interrupted after fgj: a complete run is preferred, so week 1 still counts.
    week2 = store.open_run(AS_OF + timedelta(days=7), ["fgj", "jyj", "mzj"])
    store.record_unit(week2, "fgj", [], [finding(message="week 2")])
    store.finish_run(week2, "interrupted")
    # A complete recheck of jyj later that week: newest complete record of jyj.
    recheck = store.open_run(AS_OF + timedelta(days=8), ["jyj"])
    store.record_unit(recheck, "jyj", [], [finding(unit="jyj", message="recheck")])
    store.finish_run(recheck)
    # Checked only in an unfinished run: that record is all there is.
    store.record_unit(week2, "zfj", [], [finding(unit="zfj", message="week 2")])

    current = {(f.unit, f.message, run) for run, f in store.findings()}
    assert current == {
        ("fgj", "week 1", week1),
        ("jyj", "recheck", recheck),
        ("mzj", "week 1", week1),
        ("zfj", "week 2", week2),
    }
    assert [(r, f.unit) for r, f in store.findings(unit="jyj")] == [(recheck, "jyj")]
    assert store.findings(check="column_empty") == []
    assert {f.unit for _, f in store.findings(run="latest")} == {"jyj"}
    assert {f.unit for _, f in store.findings(run=week2)} == {"fgj", "zfj"}


def test_latest_with_no_runs_is_empty(store: Store) -> None:
    assert store.findings(run="latest") == []
    assert store.findings() == []


def test_a_clean_current_record_hides_older_findings(store: Store) -> None:
    week1 = store.open_run(AS_OF, ["fgj"])
    store.record_unit(week1, "fgj", [], [finding()])
    store.finish_run(week1)
    week2 = store.open_run(AS_OF + timedelta(days=7), ["fgj"])
    store.record_unit(week2, "fgj", [], [])
    store.finish_run(week2)
    assert store.findings() == []
    assert len(store.findings(run=week1)) == 1


# --- runs of a period -----------------------------------------------------------------


def test_runs_between_loads_findings_in_two_statements(store: Store, engine: Engine) -> None:
    ids = []
    for week in range(4):
        run = store.open_run(AS_OF + timedelta(days=7 * week), ["fgj", "jyj"])
        store.record_unit(run, "fgj", [], [finding(message=f"week {week}")])
        store.record_unit(run, "jyj", [], [finding(unit="jyj"), finding(unit="jyj", check="x")])
        store.finish_run(run)
        ids.append(run)
    with counted(engine) as statements:
        runs = store.runs_between(AS_OF + timedelta(days=7), AS_OF + timedelta(days=21))
    assert [r.id for r in runs] == ids[1:]
    assert [len(r.findings) for r in runs] == [3, 3, 3]
    assert runs[0].findings[0] == finding(message="week 1")
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 2
    assert store.runs_between(AS_OF - timedelta(days=7), AS_OF - timedelta(days=1)) == []


# --- page cache -----------------------------------------------------------------------


def test_pages_read_anew_are_cached_with_their_validators(store: Store, engine: Engine) -> None:
    run = store.open_run(AS_OF, ["fgj"])
    seen = observations()
    tzgg = seen[1].url
    validators = Validators('"v1"', "Fri, 07 Mar 2025 01:00:00 GMT")
    store.record_unit(run, "fgj", seen, [], pages={tzgg: (validators, page())})
    with counted(engine) as statements:
        cached = store.cached_pages([tzgg, seen[0].url, "http://127.0.0.1/never"])
    assert len(statements) == 1
    assert set(cached) == {tzgg}
    assert cached[tzgg].validators == validators
    assert cached[tzgg].outcome == page()
    assert store.observations(run, unit="fgj")[1] == without_links(seen[1])

    newer = page(newest=date(2025, 3, 9), content_hash="cd" * 32)
    store.record_unit(run, "fgj", seen, [], pages={tzgg: (Validators('"v2"'), newer)})
    again = store.cached_pages([tzgg])[tzgg]
    assert (again.validators, again.outcome) == (Validators('"v2"'), newer)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(PageCacheRow)) == 1


def test_without_pages_fresh_readings_are_cached_but_304_reuses_are_not(store: Store) -> None:
    run = store.open_run(AS_OF, ["fgj"])
    reused = Observation(
        "http://127.0.0.1/fgj/reused/", "column", page(not_modified=True), None, "fgj", "x"
    )
    store.record_unit(run, "fgj", [*observations(), reused], [])
    cached = store.cached_pages(o.url for o in [*observations(), reused])
    assert set(cached) == {"http://127.0.0.1/fgj/", "http://127.0.0.1/fgj/tzgg/"}
    assert cached["http://127.0.0.1/fgj/"].validators == Validators()
    assert store.observations(run, unit="fgj")[-1].outcome == replace(
        page(not_modified=True), links=(), blocks=()
    )


def test_no_urls_no_query(store: Store, engine: Engine) -> None:
    with counted(engine) as statements:
        assert store.cached_pages([]) == {}
    assert statements == []


# --- several units in one transaction -------------------------------------------------


def test_units_recorded_together_are_all_there_with_one_commit(
    store: Store, engine: Engine
) -> None:
    run = store.open_run(AS_OF, ["fgj", "jyj", "mzj"])
    shared = "http://127.0.0.1/shared/tzgg/"  # one 通知公告 list linked by two units
    older, newer = page(newest=date(2025, 3, 1)), page(newest=date(2025, 3, 9))
    records = [
        UnitRecord(run, "fgj", observations(), [finding()], {shared: (Validators('"a"'), older)}),
        UnitRecord(run, "jyj", observations("jyj"), [finding(unit="jyj")],
                   {shared: (Validators('"b"'), newer)}),
    ]
    commits: list[object] = []

    def committed(connection: object) -> None:
        commits.append(connection)

    event.listen(engine, "commit", committed)
    try:
        store.record_units(records)
    finally:
        event.remove(engine, "commit", committed)
    assert len(commits) == 1
    assert store.units_done(run) == {"fgj", "jyj"}
    assert store.observations(run, unit="fgj") == [without_links(o) for o in observations()]
    assert store.observations(run, unit="jyj") == [without_links(o) for o in observations("jyj")]
    assert [f for _, f in store.findings(run=run)] == [finding(), finding(unit="jyj")]
    cached = store.cached_pages([shared])[shared]
    assert (cached.validators, cached.outcome) == (Validators('"b"'), newer)  # the later one


def test_a_batch_with_a_bad_record_records_none_of_its_units(store: Store) -> None:
    run = store.open_run(AS_OF, ["fgj", "jyj"])
    good = UnitRecord(run, "fgj", observations(), [finding()])
    bad = UnitRecord(run, "jyj", [], [finding(unit="fgj")])  # another unit's finding
    with pytest.raises(ValueError, match="recorded for unit jyj"):
        store.record_units([good, bad])
    assert store.units_done(run) == set()
    assert store.findings(run=run) == []
