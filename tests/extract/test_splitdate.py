"""Two-piece list dates (day beside year-month) are read; anything else is not a date."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.dates import DateReader
from crawler.extract.listing import read_list
from crawler.extract.page import parse_html
from crawler.extract.splitdate import split_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24 2026-11", (2026, 11, 24)),
        ("2026-11 24", (2026, 11, 24)),
        (" 05 2026.09 ", (2026, 9, 5)),
        ("2026/9 5", (2026, 9, 5)),
        ("24日 2026年11月", (2026, 11, 24)),
        ("[2026-11 03]", (2026, 11, 3)),
    ],
)
def test_day_and_year_month_in_either_order(text: str, expected: tuple[int, int, int]) -> None:
    assert split_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["2026-11 第3期", "2026-11", "24", "共 3 页 2026-11 24 条", "关于2026-11 24项工作的通知"],
)
def test_other_texts_are_not_dates(text: str) -> None:
    assert split_date(text) is None


def test_adjacent_day_and_year_month() -> None:
    assert split_date("242026-11") == (2026, 11, 24)


def test_list_with_split_dates_reads_newest() -> None:
    rows = "".join(
        f"<li><span class='day'>{d:02d}</span><span class='ym'>2026-{m:02d}</span>"
        f"<a href='/a/{k}.html'>关于开展第{k}批重点项目建设情况的通知公告</a></li>"
        for k, (m, d) in enumerate([(9, 3), (11, 20), (10, 30), (8, 1)])
    )
    html = f"<html><body><div class='list'><ul>{rows}</ul></div></body></html>"
    reading = read_list(parse_html(html), "http://x.gov.cn/col/", date(2026, 11, 25))
    assert [i.date for i in reading.items] == [
        date(2026, 9, 3),
        date(2026, 11, 20),
        date(2026, 10, 30),
        date(2026, 8, 1),
    ]
    assert reading.newest == date(2026, 11, 20)


def test_split_date_after_as_of_is_a_typo() -> None:
    reading = DateReader(date(2026, 11, 25)).read("28 2026-12")
    assert reading == (None, date(2026, 12, 28))


def test_a_split_date_followed_by_a_summary_is_read() -> None:
    reader = DateReader(date(2026, 11, 25))
    assert reader.read("09 2026-11 开展安全生产大检查（1）……") == (date(2026, 11, 9), None)
    assert reader.read("2026-11 第3期 工作简报") == (None, None)
