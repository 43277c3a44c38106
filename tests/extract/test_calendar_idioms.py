"""Year-less dates around the turn of the year (portal24p's repro pages, D1–D5 of
tests/portal24p/DISCREPANCIES.md), each read as a reader sees it on 2028-01-04."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crawler.extract import parse_html, read_list
from crawler.extract.dates import names_year

REPRO = Path(__file__).resolve().parents[1] / "portal24p" / "repro"
AS_OF = date(2028, 1, 4)
URL = "http://www.example.gov.cn/bm/x/gzdt/index.html"


def newest(name: str) -> date | None:
    return read_list(parse_html((REPRO / name).read_text("utf-8")), URL, AS_OF).newest


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # D1: the line's own [12-20] cell, not the full date its summary cites (older or newer)
        ("d1a-summary-older-full-date.html", date(2027, 12, 20)),
        ("d1b-summary-newer-full-date.html", date(2027, 12, 16)),
        # D2: a year heading with a count beside it (2027年 共2条) gives its lines their year
        ("d2-counted-year-heading.html", date(2027, 1, 2)),
        # D3: the new year's one line under h3 2028年 is a line of the list, not a box apart
        ("d3-new-year-small-group.html", date(2028, 1, 3)),
        # D4: a hit count 点击：2036 writes no year: the 2027年 heading dates the lines
        ("d4-hit-count-year-heading.html", date(2027, 1, 3)),
        # D5: under 2028年, [01-30] lies after the check day: a typo, ignored
        ("d5-heading-year-typo.html", date(2027, 12, 10)),
    ],
)
def test_month_days_around_the_new_year(name: str, expected: date) -> None:
    assert newest(name) == expected


def test_a_number_is_not_a_written_year() -> None:
    assert not names_year("[01-03] 点击：2036")
    assert names_year("[01-03] 2027-01-03")
    assert names_year("12-20 2025")
