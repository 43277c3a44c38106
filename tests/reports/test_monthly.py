"""Monthly bulletin figures, computed by hand from the runs built here."""

from __future__ import annotations

from datetime import date

from checks.model import PortalConfig
from reports.monthly import MONTH_FAIL, NOT_RECTIFIED, build_monthly, to_json
from reports.periods import Month
from reports.scoring import Scoring
from tests.reports.conftest import finding, run

NOV = Month(2026, 11)


def by_unit(doc: dict) -> dict:  # type: ignore[type-arg]
    return {u["unit"]: u for u in doc["units"]}


def test_month_result_problems_and_first_seen(config: PortalConfig, scoring: Scoring) -> None:
    runs = [
        # Oct 26 (Mon): fgj's 工作动态 stale — first seen here, in the month before.
        run(
            1,
            date(2026, 10, 26),
            [finding("fgj", "column_stale", newest="2026-10-01", age_days=25, max_age_days=14)],
        ),
        run(
            2,
            date(2026, 11, 2),
            [
                finding("fgj", "column_stale", newest="2026-10-01", age_days=32, max_age_days=14),
                finding("jyj", "column_empty", "tzgg"),
            ],
        ),
        run(
            3,
            date(2026, 11, 9),
            [
                finding("jyj", "column_empty", "tzgg"),
                finding("mzj", "extraction_failed", severity="warn"),
            ],
        ),
        run(4, date(2026, 11, 16), []),
    ]
    doc = to_json(build_monthly(config, runs, NOV, scoring))
    units = by_unit(doc)
    assert doc["month"] == "2026-11"
    assert [u["unit"] for u in doc["units"]] == ["fgj", "jyj", "mzj", "jqz"]
    assert {k: u["result"] for k, u in units.items()} == {
        "fgj": "fail",
        "jyj": "fail",
        "mzj": "pass",
        "jqz": "pass",
    }
    stale = units["fgj"]["problems"]
    assert len(stale) == 1
    assert stale[0]["check"] == "column_stale" and stale[0]["run"] == 2
    assert stale[0]["observed"] == {"newest": "2026-10-01", "age_days": 32, "max_age_days": 14}
    assert stale[0]["first_seen"] == "2026-10-26"
    # 5 working days after Mon 26 Oct is Mon 2 Nov; rectified on 9 Nov: late.
    assert stale[0]["deadline"] == "2026-11-02"
    assert (stale[0]["state"], stale[0]["rectified_on"], stale[0]["late"]) == (
        "rectified",
        "2026-11-09",
        True,
    )
    empty = units["jyj"]["problems"][0]
    assert (
        empty["first_seen"],
        empty["deadline"],
        empty["rectified_on"],
        empty["seen_in_runs"],
    ) == ("2026-11-02", "2026-11-09", "2026-11-16", [2, 3])
    assert empty["late"] is True  # rectified on 16 Nov, after the 9 Nov deadline
    assert units["mzj"]["problems"] == []  # a warning is no problem
    assert units["fgj"]["failed_last_month"] is True
    assert units["jyj"]["failed_last_month"] is False
    assert doc["summary"]["failed_this_and_last_month"] == ["fgj"]
    assert doc["summary"] | {"problems_by_check": None} == {
        "as_of": "2026-11-30",
        "units": 4,
        "units_checked": 4,
        "runs_counted": 3,
        "passed": 2,
        "failed": 2,
        "problems_by_check": None,
        "failed_this_and_last_month": ["fgj"],
    }
    assert doc["summary"]["problems_by_check"] == {"column_empty": 1, "column_stale": 1}
    assert units["fgj"]["consequences"] == [MONTH_FAIL, NOT_RECTIFIED]
    assert units["mzj"]["consequences"] == []


def test_unfinished_runs_are_listed_not_counted(config: PortalConfig, scoring: Scoring) -> None:
    runs = [
        run(1, date(2026, 11, 2), []),
        run(2, date(2026, 11, 9), [finding("fgj", "column_stale")], status="interrupted"),
        run(3, date(2026, 11, 16), [finding("jyj", "column_stale")], status="running"),
    ]
    doc = to_json(build_monthly(config, runs, NOV, scoring))
    assert {u["result"] for u in doc["units"]} == {"pass"}
    assert doc["summary"]["runs_counted"] == 1
    assert doc["runs"] == [{"id": 1, "as_of": "2026-11-02"}]
    assert doc["unfinished_runs"] == [
        {"id": 2, "as_of": "2026-11-09", "status": "interrupted"},
        {"id": 3, "as_of": "2026-11-16", "status": "running"},
    ]


def test_month_edges_by_as_of(config: PortalConfig, scoring: Scoring) -> None:
    runs = [
        run(1, date(2026, 10, 31), [finding("fgj", "column_stale")]),
        run(2, date(2026, 11, 30), [finding("jyj", "column_stale")]),
        run(3, date(2026, 12, 1), [finding("mzj", "column_stale")]),
    ]
    units = by_unit(to_json(build_monthly(config, runs, NOV, scoring)))
    assert [units[u]["result"] for u in ("fgj", "jyj", "mzj")] == ["pass", "fail", "pass"]


def test_unit_not_checked_is_not_a_fail(config: PortalConfig, scoring: Scoring) -> None:
    runs = [run(1, date(2026, 11, 2), [finding("fgj", "column_stale")], units=["fgj"])]
    doc = to_json(build_monthly(config, runs, NOV, scoring))
    units = by_unit(doc)
    assert (units["fgj"]["result"], units["fgj"]["checked"]) == ("fail", True)
    assert (units["jyj"]["result"], units["jyj"]["checked"]) == ("not_checked", False)
    assert doc["summary"]["units_checked"] == 1 and doc["summary"]["passed"] == 0


def test_overdue_open_problem_and_returning_problem(config: PortalConfig, scoring: Scoring) -> None:
    runs = [
        run(1, date(2026, 11, 2), [finding("fgj", "column_stale")]),
        run(2, date(2026, 11, 9), []),
        run(3, date(2026, 11, 16), [finding("fgj", "column_stale")]),
        run(4, date(2026, 11, 23), [finding("fgj", "column_stale")]),
    ]
    problems = by_unit(to_json(build_monthly(config, runs, NOV, scoring)))["fgj"]["problems"]
    assert [(p["first_seen"], p["state"], p["rectified_on"]) for p in problems] == [
        ("2026-11-02", "rectified", "2026-11-09"),
        ("2026-11-16", "overdue", None),  # due 23 Nov, still there on 30 Nov
    ]
    assert problems[1]["deadline"] == "2026-11-23"


def test_national_lines(config: PortalConfig, scoring: Scoring) -> None:
    runs = [
        run(
            1,
            date(2026, 11, 9),
            [finding(u, "column_stale") for u in ("fgj", "jyj", "mzj", "jqz")]
            + [finding("fgj", "column_stale", "tzgg"), finding("jyj", "column_stale", "ghjh")]
            + [finding(u, "column_empty", "ghjh") for u in ("mzj", "jqz")],
        ),
        # a recheck of fgj alone: fgj's state now; the others keep run 1's state
        run(2, date(2026, 11, 12), [], units=["fgj"]),
    ]
    report = build_monthly(
        config, runs, NOV, scoring, home_newest=date(2026, 10, 29), availability=0.96
    )
    lines = {line["line"]: line for line in to_json(report)["national"]["lines"]}
    # key: jyj, mzj, jqz 工作动态 (fgj rectified on the 12th) = 3; all stale adds jyj 规划计划 = 4
    assert (lines["key_stale"]["value"], lines["key_stale"]["level"]) == (3, "safe")
    assert (lines["stale"]["value"], lines["stale"]["level"]) == (4, "safe")
    assert (lines["blank"]["value"], lines["blank"]["level"]) == (2, "safe")
    # latest complete run 12 Nov − 29 Oct = 14 days: exactly the line is not over it
    assert (lines["home_age_days"]["value"], lines["home_age_days"]["level"]) == (14, "warning")
    assert (lines["unavailable_share"]["value"], lines["unavailable_share"]["level"]) == (
        0.04,
        "warning",
    )


def test_national_lines_over_and_no_data(config: PortalConfig, scoring: Scoring) -> None:
    stale = [finding(u, "column_stale", s) for u in ("fgj", "jyj", "mzj") for s in ("gzdt", "tzgg")]
    runs = [run(1, date(2026, 11, 9), stale)]
    doc = to_json(build_monthly(config, runs, NOV, scoring, home_newest=date(2026, 10, 25)))
    lines = {line["line"]: line for line in doc["national"]["lines"]}
    assert (lines["key_stale"]["value"], lines["key_stale"]["level"]) == (6, "over")
    assert len(lines["key_stale"]["columns"]) == 6
    assert (lines["home_age_days"]["value"], lines["home_age_days"]["level"]) == (15, "over")
    assert lines["unavailable_share"]["level"] == "no_data"
    assert lines["unavailable_share"]["value"] is None
