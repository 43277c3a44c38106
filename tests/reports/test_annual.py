"""Annual assessment figures, computed by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from checks.model import PortalConfig
from reports.annual import build_annual, to_json
from reports.scoring import Scoring
from tests.reports.conftest import finding, run


def test_daily_year_end_total_grade_veto_pending(config: PortalConfig, scoring: Scoring) -> None:
    runs = [
        run(1, date(2026, 2, 2), [finding("fgj", "column_stale")]),  # Q1 fgj 98
        run(
            2,
            date(2026, 5, 4),
            [
                finding("fgj", "subpage_unreachable"),  # Q2 fgj 95
                finding("jyj", "broken_link", "x"),
            ],
        ),  # Q2 jyj 99.5
        run(
            3,
            date(2026, 11, 2),
            [
                finding(
                    "mzj", "content_injection", url="http://spam.example/", hidden_by="display:none"
                )
            ],
        ),  # Q4 mzj 80, veto
        run(4, date(2026, 12, 28), [finding("jqz", "content_injection")], status="interrupted"),
        run(5, date(2025, 12, 29), [finding("jqz", "content_injection")]),  # last year
    ]
    year_end = {"fgj": Decimal("88"), "jyj": Decimal("59"), "mzj": Decimal("95")}
    doc = to_json(build_annual(config, runs, 2026, scoring, year_end))
    units = {u["unit"]: u for u in doc["units"]}
    assert doc["year"] == 2026
    assert doc["quarters_with_runs"] == ["2026-Q1", "2026-Q2", "2026-Q4"]
    fgj = units["fgj"]
    # daily = (98 + 95 + 100) / 3 = 97.666…; total = 0.5 × 97.666… + 0.5 × 88 = 92.833… → 92.83
    # (from the exact daily, not the rounded 97.67, which would make it 92.835 → 92.84)
    assert [q["score"] for q in fgj["quarters"]] == [98.0, 95.0, None, 100.0]
    assert fgj["quarters_counted"] == ["2026-Q1", "2026-Q2", "2026-Q4"]
    assert (fgj["daily"], fgj["year_end"], fgj["total"], fgj["grade"], fgj["veto"]) == (
        97.67,
        88.0,
        92.83,
        "优秀",
        False,
    )
    # jyj: (100 + 99.5 + 100) / 3 = 99.833…; 0.5 × 99.833… + 0.5 × 59 = 79.416… → 79.42: 合格
    assert (units["jyj"]["daily"], units["jyj"]["total"], units["jyj"]["grade"]) == (
        99.83,
        79.42,
        "合格",
    )
    mzj = units["mzj"]
    # (100 + 100 + 80) / 3 = 93.33; total 94.17 would be 优秀, but the veto makes it 不合格
    assert (mzj["daily"], mzj["total"], mzj["grade"], mzj["veto"]) == (93.33, 94.17, "不合格", True)
    assert mzj["evidence"] == [
        {
            "run": 3,
            "as_of": "2026-11-02",
            "check": "content_injection",
            "url": "http://spam.example/",
            "message": "content_injection",
            "observed": {"hidden_by": "display:none"},
        }
    ]
    jqz = units["jqz"]  # no year-end score; the interrupted run's injection does not count
    assert (jqz["daily"], jqz["year_end"], jqz["total"], jqz["grade"], jqz["veto"]) == (
        100.0,
        None,
        None,
        "待定",
        False,
    )
    assert "year-end score missing" in jqz["pending"]
    assert fgj["pending"] is None


def test_grade_thresholds_are_inclusive(config: PortalConfig, scoring: Scoring) -> None:
    runs = [run(1, date(2026, 3, 2))]
    year_end = {"fgj": Decimal(80), "jyj": Decimal(60), "mzj": Decimal(20), "jqz": Decimal("19.98")}
    units = {
        u["unit"]: u for u in to_json(build_annual(config, runs, 2026, scoring, year_end))["units"]
    }
    # daily 100 for all: totals 90, 80, 60, 59.99
    assert [(units[u]["total"], units[u]["grade"]) for u in ("fgj", "jyj", "mzj", "jqz")] == [
        (90.0, "优秀"),
        (80.0, "良好"),
        (60.0, "合格"),
        (59.99, "不合格"),
    ]


def test_no_runs_in_year_is_pending(config: PortalConfig, scoring: Scoring) -> None:
    doc = to_json(build_annual(config, [], 2026, scoring, {"fgj": Decimal(90)}))
    fgj = doc["units"][0]
    assert (fgj["daily"], fgj["total"], fgj["grade"]) == (None, None, "待定")
    assert doc["quarters_with_runs"] == []


def test_total_is_graded_exact_and_shown_on_its_side_of_the_line(
    config: PortalConfig, scoring: Scoring
) -> None:
    """Quarters 99.5, 100, 100, 100: daily 99.875; with a year-end 20.12 the total is 59.9975,
    under 60. Rounding the daily (99.88) and then the total (60.00) would make it 合格."""
    runs = [
        run(1, date(2026, 2, 2), [finding("fgj", "broken_link")]),
        run(2, date(2026, 5, 4)),
        run(3, date(2026, 8, 3)),
        run(4, date(2026, 11, 2)),
    ]
    doc = to_json(build_annual(config, runs, 2026, scoring, {"fgj": Decimal("20.12")}))
    fgj = next(u for u in doc["units"] if u["unit"] == "fgj")
    assert (fgj["daily"], fgj["total"], fgj["grade"]) == (99.88, 59.99, "不合格")
