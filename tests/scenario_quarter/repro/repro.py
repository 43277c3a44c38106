"""Minimal reproductions of DISCREPANCIES.md D1–D3 on the pure reports, no server, no store.

    cd /work/main && .venv/bin/python -m tests.scenario_quarter.repro.repro

Each prints what RULES.md gives and what govwatch gives; exit status 1 while any differs.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal

from reports.annual import build_annual
from reports.monthly import build_monthly, to_json
from reports.periods import Month, Quarter
from reports.quarterly import build_quarterly
from reports.scoring import DEFAULT_SCORING
from tests.reports.conftest import finding, make_config, run


def d1_unchecked_unit_is_pass() -> bool:
    """A unit no run of the month checked: JSON result "pass" (HTML: 未检查, CSV: not_checked)."""
    config = make_config()
    runs = [run(1, date(2027, 1, 4), units=["fgj"])]  # only fgj checked in January
    doc = to_json(build_monthly(config, runs, Month(2027, 1), DEFAULT_SCORING))
    jyj = next(u for u in doc["units"] if u["unit"] == "jyj")
    print(f"D1 jyj January: checked={jyj['checked']} result={jyj['result']!r}; want not 'pass'")
    return bool(jyj["result"] != "pass")


def d2_on_demand_run_is_taken_as_weekly() -> bool:
    """Wed 6 Oct `crawl --unit fgj` (clean), Fri 8 Oct the week's full check (fgj stale)."""
    config = make_config()
    runs = [
        run(1, date(2027, 10, 6), units=["fgj"]),
        run(2, date(2027, 10, 8), [finding("fgj", "column_stale")]),
    ]
    report = build_quarterly(config, runs, Quarter(2027, 4), DEFAULT_SCORING)
    fgj = next(u for u in report.units if u.unit == "fgj")
    print(f"D2 fgj 2027-Q4: score {fgj.score}; want 98 (the Friday weekly run's stale, −2)")
    return fgj.score == Decimal(98)


def d3_grade_from_rounded_total() -> bool:
    """Quarters 99.5, 100, 100, 100 → daily 99.875; year-end 20.12 → total 59.9975 < 60."""
    config = make_config()
    runs = [
        run(1, date(2027, 1, 4), [finding("fgj", "broken_link")]),  # 0.5 → Q1 99.5
        run(2, date(2027, 4, 5)),
        run(3, date(2027, 7, 5)),
        run(4, date(2027, 10, 4)),
    ]
    year_end = {"fgj": Decimal("20.12")}
    report = build_annual(config, runs, 2027, DEFAULT_SCORING, year_end)
    fgj = next(u for u in report.units if u.unit == "fgj")
    print(f"D3 fgj 2027: daily {fgj.daily} total {fgj.total} grade {fgj.grade}; "
          "want total 59.9975, 不合格")
    return fgj.grade == "不合格"


if __name__ == "__main__":
    results = [d1_unchecked_unit_is_pass(), d2_on_demand_run_is_taken_as_weekly(),
               d3_grade_from_rounded_total()]
    sys.exit(0 if all(results) else 1)
