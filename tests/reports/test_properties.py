"""Property tests for the arithmetic: periods, working days, totals, ranks, deductions."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from reports.annual import weighted_total
from reports.periods import Month, add_working_days, month_of, quarter_of
from reports.quarterly import competition_ranks, run_deductions
from reports.scoring import DEFAULT_SCORING
from tests.reports.conftest import finding, run

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
scores = st.decimals(min_value=0, max_value=100, places=2)
CHECKS = [
    "column_stale",
    "column_empty",
    "column_unreachable",
    "subpage_unreachable",
    "category_missing",
    "broken_link",
    "content_injection",
    "extraction_failed",
]


@given(days)
def test_month_and_quarter_membership(day: date) -> None:
    month, quarter = month_of(day), quarter_of(day)
    assert month.first <= day <= month.last and month.contains(day)
    assert quarter.first <= day <= quarter.last and quarter.contains(day)
    assert month in quarter.months
    assert not month.next().contains(day) and not month.previous().contains(day)
    assert month.next().first == month.last + timedelta(days=1)


@given(st.integers(2000, 2100), st.integers(1, 12))
def test_month_previous_next(year: int, m: int) -> None:
    month = Month(year, m)
    assert month.next().previous() == month
    assert month.previous().last + timedelta(days=1) == month.first


@given(days, st.integers(0, 30))
def test_working_days(start: date, n: int) -> None:
    due = add_working_days(start, n)
    between = [start + timedelta(days=i) for i in range(1, (due - start).days + 1)]
    assert sum(1 for d in between if d.weekday() < 5) == n
    assert n == 0 or due.weekday() < 5


@given(scores, scores)
def test_fifty_fifty_total(daily: Decimal, year_end: Decimal) -> None:
    total = weighted_total(daily, year_end, DEFAULT_SCORING)
    assert abs(total - (daily + year_end) / 2) <= Decimal("0.005")
    assert min(daily, year_end) <= total <= max(daily, year_end)


@given(st.dictionaries(st.text(min_size=1, max_size=3), scores, min_size=1, max_size=20))
def test_rank_ties(table: dict[str, Decimal]) -> None:
    ranks = competition_ranks(table)
    for unit, score in table.items():
        assert ranks[unit] == 1 + sum(1 for other in table.values() if other > score)
    assert min(ranks.values()) == 1


@given(st.lists(st.sampled_from(CHECKS), max_size=40))
def test_deductions_follow_the_rules(checks: list[str]) -> None:
    findings = [
        finding("fgj", "broken_link", str(i))
        if c == "broken_link"
        else finding("fgj", c, str(i))
        if c == "category_missing"
        else finding("fgj", c, url=f"http://x.example/{i}")
        if c in ("subpage_unreachable", "content_injection")
        else finding("fgj", c)
        for i, c in enumerate(checks)
    ]
    got = {
        d.check: d.points
        for d in run_deductions(run(1, date(2026, 1, 5), findings), "fgj", DEFAULT_SCORING)
    }
    for check in set(checks):
        expected = DEFAULT_SCORING.deduction(check) * checks.count(check)
        if check == "broken_link":
            expected = min(expected, Decimal(5))
        assert got[check] == expected
