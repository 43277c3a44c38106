"""Article idioms that date a detail page, or must not (portal24m's repro pages, N5–N10 of
tests/portal24m/DISCREPANCIES.md), each read as a reader sees it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crawler.extract import parse_html, read_detail

REPRO = Path(__file__).resolve().parents[1] / "portal24m" / "repro"
AS_OF = date(2027, 9, 14)
URL = "http://www.example.gov.cn/bm/x/gzdt/content_1.html"


def published(name: str, url: str = URL) -> tuple[date | None, str]:
    reading = read_detail(parse_html((REPRO / name).read_text("utf-8")), url, AS_OF)
    return reading.published, reading.source


def test_a_laws_date_in_the_first_paragraph_is_no_info_line_date() -> None:
    """N5: 来源 and 浏览次数 on the line above do not lend their words to the body's text."""
    assert published("n5-law-date-detail.html") == (None, "none")


def test_an_enumerated_meeting_time_gives_way_to_the_urls_date() -> None:
    """N6: 「一、时间：2027年9月1日」 is the meeting's time; the TRS address dates the notice."""
    url = "http://www.example.gov.cn/bm/sfj/tzgg/202702/t20270226_7120.html"
    assert published("n6_t20270226_7120.html", url) == (date(2027, 2, 26), "url")


def test_a_related_articles_box_does_not_date_the_article() -> None:
    """N7: the date-times of 相关文章 lines (li > a + span) are other articles'."""
    assert published("n7-related-sidebar-detail.html") == (date(2027, 8, 25), "visible:info")


def test_a_date_printed_by_document_write_is_read_after_its_label() -> None:
    """N8: 发布时间：<script>document.write('2027-08-25 16:20')</script>, as a browser shows it."""
    assert published("n8-docwrite-date-detail.html") == (date(2027, 8, 25), "visible:发布时间")


def test_traditional_labels_are_read() -> None:
    """N9: 發布日期 reads as 发布日期."""
    assert published("n9-traditional-labels-detail.html")[0] == date(2027, 2, 20)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "<span>发布：<time datetime='2027-08-28T08:00'>8月28日 08:00</time></span>",
            "visible:发布",
        ),
        ("<span><time datetime='2027-08-28T08:00'>上周六</time></span>", "meta:datetime"),
    ],
)
def test_a_month_day_after_its_label_and_a_time_element_date_the_article(
    head: str, expected: str
) -> None:
    """N10: 发布：8月28日 takes as_of's year; `<time datetime>` is a kin of PubDate."""
    html = f"<html><body><h1>区卫生健康局召开推进会</h1><div>{head}</div><p>会议强调。</p>"
    reading = read_detail(parse_html(html), URL, AS_OF)
    assert (reading.published, reading.source) == (date(2027, 8, 28), expected)
    assert published("n10-time-element-detail.html")[0] == date(2027, 8, 28)
