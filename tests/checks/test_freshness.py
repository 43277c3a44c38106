"""Freshness checks: unreachable is never stale, unreadable is a warning, ages are strict."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.freshness import check_column, check_unit_freshness, is_stale
from checks.model import (
    Category,
    Column,
    Fetched,
    Item,
    Observation,
    Unit,
    Unreachable,
    Unreadable,
)

AS_OF = date(2026, 11, 24)
DYNAMIC = Category("dynamic", ("工作动态",), 14, ("department",))
OVERVIEW = Category("overview", ("机构概况",), None)
CATEGORIES = {"dynamic": DYNAMIC, "overview": OVERVIEW}
COLUMN = Column("工作动态", "http://gov.test/fgj/gzdt/", "dynamic")
UNIT = Unit("fgj", "区发展和改革局", "department", "http://gov.test/fgj/", (COLUMN,))


def page(*days_old: int, marker: str | None = None, dated: bool = True) -> Fetched:
    items = tuple(
        Item(f"条目{i}", f"http://gov.test/a{i}.html", AS_OF - timedelta(days=d) if dated else None)
        for i, d in enumerate(days_old)
    )
    dates = [i.date for i in items if i.date]
    return Fetched(
        status=200,
        final_url=COLUMN.url,
        encoding="utf-8",
        items=items,
        newest=max(dates) if dates else None,
        empty_marker=marker,
    )


def observe(outcome: object, url: str = COLUMN.url) -> Observation:
    return Observation(url=url, role="column", outcome=outcome)  # type: ignore[arg-type]


def checks_of(outcome: object, category: Category = DYNAMIC) -> list[str]:
    return [f.check for f in check_column(UNIT, COLUMN, category, observe(outcome), AS_OF)]


def test_fresh_column_has_no_finding() -> None:
    assert checks_of(page(3, 40)) == []


def test_stale_column_reports_age_and_limit() -> None:
    [finding] = check_column(UNIT, COLUMN, DYNAMIC, observe(page(40, 90)), AS_OF)
    assert finding.check == "column_stale"
    assert finding.severity == "fail"
    assert (
        finding.url == COLUMN.url and finding.column == "工作动态" and finding.category == "dynamic"
    )
    assert finding.observed["newest"] == "2026-10-15"
    assert finding.observed["age_days"] == 40
    assert finding.observed["max_age_days"] == 14
    assert finding.message == "工作动态 栏目已 40 天未更新（要求 14 天内）"


def test_exactly_max_age_is_fresh_one_more_day_is_stale() -> None:
    assert checks_of(page(14)) == []
    assert checks_of(page(15)) == ["column_stale"]


def test_pinned_old_first_item_does_not_make_a_column_stale() -> None:
    # the newest date is the list's maximum, computed by the extractor and carried on `newest`
    assert checks_of(page(400, 2, 5)) == []


def test_unreachable_column_is_never_stale_or_empty() -> None:
    finding = check_column(UNIT, COLUMN, DYNAMIC, observe(Unreachable("http 404", 404)), AS_OF)
    assert [f.check for f in finding] == ["column_unreachable"]
    assert finding[0].observed == {"error": "http 404", "status": 404}
    assert "HTTP 404" in finding[0].message


def test_unreadable_page_is_a_warning_not_stale() -> None:
    [finding] = check_column(UNIT, COLUMN, DYNAMIC, observe(Unreadable("not text", 200)), AS_OF)
    assert finding.check == "extraction_failed"
    assert finding.severity == "warn"


def test_items_without_dates_are_extraction_failed() -> None:
    [finding] = check_column(UNIT, COLUMN, DYNAMIC, observe(page(1, 2, dated=False)), AS_OF)
    assert (finding.check, finding.severity) == ("extraction_failed", "warn")
    assert finding.observed["items"] == 2


def test_empty_column_needs_the_page_to_say_so() -> None:
    assert checks_of(page(marker="暂无信息")) == ["column_empty"]
    # no items and no marker: we may have failed to read it; ask an operator, do not fail the unit
    assert checks_of(page()) == ["extraction_failed"]


def test_category_without_freshness_rule_is_never_stale() -> None:
    assert checks_of(page(3000), OVERVIEW) == []
    assert checks_of(page(marker="暂无数据"), OVERVIEW) == ["column_empty"]


def test_category_without_freshness_rule_needs_no_date() -> None:
    """A 机构概况 column is often one article: no list, or a list without dates, is fine."""
    assert checks_of(page(), OVERVIEW) == []
    assert checks_of(page(1, 2, dated=False), OVERVIEW) == []
    # the same pages under a deadline still ask an operator to look
    assert checks_of(page(), DYNAMIC) == ["extraction_failed"]
    assert checks_of(page(1, 2, dated=False), DYNAMIC) == ["extraction_failed"]


def test_unit_with_unreachable_subpage_and_columns() -> None:
    subpage = Observation(url=UNIT.subpage, role="subpage", outcome=Unreachable("timeout"))
    findings = check_unit_freshness(
        UNIT, CATEGORIES, subpage, {COLUMN.url: observe(page(1))}, AS_OF
    )
    assert [(f.check, f.url) for f in findings] == [("subpage_unreachable", UNIT.subpage)]
    assert findings[0].observed == {"error": "timeout"}


def test_an_unreadable_subpage_is_a_warning_not_silence() -> None:
    """README: a page govwatch could not read is a warning for an operator (portal24n N3)."""
    outcome = Unreadable("unsupported content-encoding: br", status=200)
    subpage = Observation(url=UNIT.subpage, role="subpage", outcome=outcome)
    findings = check_unit_freshness(
        UNIT, CATEGORIES, subpage, {COLUMN.url: observe(page(1))}, AS_OF
    )
    assert [(f.check, f.severity, f.url) for f in findings] == [
        ("extraction_failed", "warn", UNIT.subpage)
    ]
    assert findings[0].observed == {"reason": "unsupported content-encoding: br", "status": 200}


@given(
    newest=st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    as_of=st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    limit=st.integers(min_value=0, max_value=4000),
)
def test_stale_is_strictly_older_than_the_limit(newest: date, as_of: date, limit: int) -> None:
    age = (as_of - newest).days
    assert is_stale(newest, as_of, limit) == (age > limit)
    if age == limit:
        assert not is_stale(newest, as_of, limit)


@pytest.mark.parametrize("limit", [0, 14, 183, 365])
def test_stale_boundary_for_every_default_window(limit: int) -> None:
    assert not is_stale(AS_OF - timedelta(days=limit), AS_OF, limit)
    assert is_stale(AS_OF - timedelta(days=limit + 1), AS_OF, limit)
