"""Quarterly ranking figures, computed by hand."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from checks.model import PortalConfig
from reports.periods import Quarter
from reports.quarterly import Adjustment, build_quarterly, competition_ranks, to_json
from reports.scoring import Scoring
from tests.reports.conftest import finding, run

Q4 = Quarter(2026, 4)


def test_scores_ranks_ties_and_last_place(config: PortalConfig, scoring: Scoring) -> None:
    links = [finding("mzj", "broken_link", str(i)) for i in range(12)]  # 6 points, capped at 5
    runs = [
        run(1, date(2026, 9, 28), [finding("fgj", "subpage_unreachable")]),  # Q3: not counted
        run(
            2,
            date(2026, 10, 5),
            [finding("fgj", "column_stale"), finding("jyj", "column_empty"), *links],
        ),
        run(
            3,
            date(2026, 11, 2),
            [
                finding("fgj", "category_missing", "dynamic"),
                finding("jyj", "column_unreachable", "tzgg"),
                finding("jyj", "column_unreachable", "ghjh"),
                finding("jqz", "extraction_failed", severity="warn"),
            ],
        ),
        # same ISO week as run 3: a recheck, it deducts nothing
        run(4, date(2026, 11, 4), [finding("jqz", "subpage_unreachable")]),
        run(5, date(2026, 12, 31), [], status="interrupted"),
    ]
    adjustments = [
        Adjustment("jqz", Decimal("-1"), "信息报送不及时"),
        Adjustment("mzj", Decimal("1"), "新媒体", Quarter(2026, 3)),  # other quarter: ignored
    ]
    doc = to_json(build_quarterly(config, runs, Q4, scoring, adjustments))
    assert doc["quarter"] == "2026-Q4"
    table = [(u["unit"], u["score"], u["rank"], u["last_place"]) for u in doc["units"]]
    # fgj 100−2−3 = 95; jyj 100−2−1−1 = 96; mzj 100−5 (cap) = 95; jqz 100−1 = 99
    assert table == [
        ("jqz", 99.0, 1, False),
        ("jyj", 96.0, 2, False),
        ("fgj", 95.0, 3, True),
        ("mzj", 95.0, 3, True),
    ]
    mzj = doc["units"][3]
    assert mzj["deductions"] == [
        {"run": 2, "as_of": "2026-10-05", "check": "broken_link", "count": 12, "points": 5.0}
    ]
    assert mzj["adjustments"] == []
    assert doc["units"][0]["adjustments"][0]["points"] == -1.0
    assert [m["result"] for m in doc["units"][0]["months"]] == ["pass", "fail", None]
    assert doc["runs"] == [2, 3, 4]
    assert doc["unfinished_runs"] == [{"id": 5, "as_of": "2026-12-31", "status": "interrupted"}]


def test_all_equal_means_no_last_place(config: PortalConfig, scoring: Scoring) -> None:
    doc = to_json(build_quarterly(config, [run(1, date(2026, 10, 5))], Q4, scoring))
    assert [(u["rank"], u["last_place"], u["score"]) for u in doc["units"]] == [
        (1, False, 100.0)
    ] * 4


def test_unchecked_unit_is_not_ranked(config: PortalConfig, scoring: Scoring) -> None:
    runs = [run(1, date(2026, 10, 5), [finding("fgj", "column_stale")], units=["fgj", "jyj"])]
    doc = to_json(build_quarterly(config, runs, Q4, scoring))
    assert [(u["unit"], u["score"], u["rank"], u["last_place"]) for u in doc["units"]] == [
        ("jyj", 100.0, 1, False),
        ("fgj", 98.0, 2, True),
        ("jqz", None, None, False),
        ("mzj", None, None, False),
    ]


def test_score_floor(config: PortalConfig, scoring: Scoring) -> None:
    runs = [
        run(i, date(2026, 10, 5) + timedelta(days=7 * i), [finding("fgj", "content_injection")])
        for i in range(6)
    ]  # 6 × 20 = 120 points
    doc = to_json(build_quarterly(config, runs, Q4, scoring))
    assert {u["unit"]: u["score"] for u in doc["units"]}["fgj"] == 0.0


def test_competition_ranks() -> None:
    scores = {"a": Decimal(90), "b": Decimal(80), "c": Decimal(80), "d": Decimal(70)}
    assert competition_ranks(scores) == {"a": 1, "b": 2, "c": 2, "d": 4}


def test_weekly_check_is_the_crawl_of_every_unit(config: PortalConfig, scoring: Scoring) -> None:
    """An on-demand `crawl --unit fgj` on Wednesday, clean, then the week's crawl of every unit
    on Friday, which finds fgj stale: Friday's run is the weekly check and deducts."""
    runs = [
        run(1, date(2026, 10, 7), [], units=["fgj"]),
        run(2, date(2026, 10, 9), [finding("fgj", "column_stale")]),
        run(3, date(2026, 10, 9), [finding("jyj", "column_stale")], units=["jyj"]),  # recheck
    ]
    doc = to_json(build_quarterly(config, runs, Q4, scoring))
    scores = {u["unit"]: u["score"] for u in doc["units"]}
    assert (scores["fgj"], scores["jyj"]) == (98.0, 100.0)
    fgj = next(u for u in doc["units"] if u["unit"] == "fgj")
    assert [(d["run"], d["check"]) for d in fgj["deductions"]] == [(2, "column_stale")]
    assert fgj["runs_counted"] == 1
