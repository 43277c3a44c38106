"""The year and typo rules of RULES.md §3, as properties over every day."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from crawler.extract.dates import DateReader, infer_year, make_date, may_hold_date, parse_date

days = st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31))


@given(shown=days, as_of=days)
def test_yearless_date_is_the_latest_not_in_the_future(shown: date, as_of: date) -> None:
    inferred = infer_year(shown.month, shown.day, as_of)
    if inferred is None:  # 02-29 with no leap year in as_of's year or the one before
        assert (shown.month, shown.day) == (2, 29)
        return
    assert (inferred.month, inferred.day) == (shown.month, shown.day)
    assert inferred <= as_of  # a month-day is never in the future, not even tomorrow
    assert inferred > as_of - timedelta(days=366 + 365)
    this_year = make_date(as_of.year, shown.month, shown.day)
    if inferred.year == as_of.year - 1 and this_year is not None:
        assert this_year > as_of  # the year before only when this year is the future


@given(shown=days, as_of=days)
def test_full_dates_after_tomorrow_are_typos(shown: date, as_of: date) -> None:
    parsed = parse_date(f"{shown.year}年{shown.month}月{shown.day}日", as_of)
    assert parsed == (shown if shown <= as_of + timedelta(days=1) else None)


@given(shown=days, as_of=days)
def test_month_day_reads_like_the_full_form_in_the_past(shown: date, as_of: date) -> None:
    text = f"[{shown.month:02d}-{shown.day:02d}]"
    parsed = parse_date(text, as_of)
    assert parsed == infer_year(shown.month, shown.day, as_of)


def test_an_entry_is_dated_by_its_latest_real_date() -> None:
    """A 信息公开目录 row: 成文日期 before 发布日期; the earlier would call a fresh column stale."""
    reader = DateReader(date(2026, 11, 25))
    assert reader.read("区政办发〔2026〕12号 2026-09-01 2026-11-20") == (date(2026, 11, 20), None)
    # a typo beside a real date: the real one is used, the typo reported
    assert reader.read("2062-11-20 2026-11-02") == (date(2026, 11, 2), date(2062, 11, 20))
    # year-less dates only when no full date is there
    assert reader.read("[11-24] 2026-10-01") == (date(2026, 10, 1), None)
    assert reader.read("[11-24] (10-01)") == (date(2026, 11, 24), None)


def test_dates_in_other_scripts_and_relative_words() -> None:
    reader = DateReader(date(2028, 2, 29))
    assert reader.read("[03-01]") == (date(2027, 3, 1), None)  # tomorrow is last year's
    assert reader.read("２０２８－０２－２４") == (date(2028, 2, 24), None)
    assert reader.read("成文日期：二〇二七年二月二十八日") == (date(2027, 2, 28), None)
    assert reader.read("二〇二七年十二月三十一日") == (date(2027, 12, 31), None)
    assert reader.read("3天前") == (date(2028, 2, 26), None)
    assert reader.read("昨天 10:20") == (date(2028, 2, 28), None)
    assert reader.read("5小时前") == (date(2028, 2, 29), None)
    # a relative word never outranks a real date
    assert reader.read("2028-01-05 今天") == (date(2028, 1, 5), None)


# The characters dates are written with, and some that are not: texts drawn from them hold
# every date form DateReader reads, and many near misses.
_DATE_ALPHABET = (
    "0123456789０１２５年月日号-/.:：[]()【】 " "今天日昨前刚〇○零一二十三周个小时分钟发布时间abc"
)


@given(text=st.text(alphabet=_DATE_ALPHABET, max_size=24), as_of=days)
def test_a_text_without_date_characters_is_never_dated(text: str, as_of: date) -> None:
    """may_hold_date lets a block be ranked unread: it must never say no to a dated text."""
    value, typo = DateReader(as_of).read(text)
    if value is not None or typo is not None:
        assert may_hold_date(text)


def test_each_date_form_may_hold_a_date() -> None:
    forms = ["[11-24]", "２０２８－０２－２４", "二〇二七年二月二十八日", "今天", "昨日", "前天",
             "刚刚", "3天前", "2026年11月24日", "20260815"]
    assert all(may_hold_date(form) for form in forms)
    assert not may_hold_date("首页 机构概况 政务公开 办事服务 互动交流")
