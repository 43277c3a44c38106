"""The year and typo rules of RULES.md §3, as properties over every day."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from crawler.extract.dates import infer_year, parse_date

days = st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31))


@given(shown=days, as_of=days)
def test_yearless_date_is_the_latest_not_in_the_future(shown: date, as_of: date) -> None:
    inferred = infer_year(shown.month, shown.day, as_of)
    if inferred is None:  # 02-29 with no leap year in as_of's year or the one before
        assert (shown.month, shown.day) == (2, 29)
        return
    assert (inferred.month, inferred.day) == (shown.month, shown.day)
    assert inferred <= as_of + timedelta(days=1)
    assert inferred > as_of + timedelta(days=1) - timedelta(days=366 + 365)
    if inferred.year == as_of.year - 1:  # the year before only when this year is the future
        assert date(as_of.year, shown.month, shown.day) > as_of + timedelta(days=1)


@given(shown=days, as_of=days)
def test_full_dates_after_tomorrow_are_typos(shown: date, as_of: date) -> None:
    parsed = parse_date(f"{shown.year}年{shown.month}月{shown.day}日", as_of)
    assert parsed == (shown if shown <= as_of + timedelta(days=1) else None)


@given(shown=days, as_of=days)
def test_month_day_reads_like_the_full_form_in_the_past(shown: date, as_of: date) -> None:
    text = f"[{shown.month:02d}-{shown.day:02d}]"
    parsed = parse_date(text, as_of)
    assert parsed == infer_year(shown.month, shown.day, as_of)
