"""Honest pages beside the triggers of newer reading rules (portal24u's repro pages, U1–U13
of tests/portal24u/DISCREPANCIES.md): each must be read as a reader sees it, not the new
rule's way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from checks.urls import page_key
from crawler.extract import parse_html, read_detail, read_list

REPRO = Path(__file__).resolve().parents[1] / "portal24u" / "repro"
AS_OF = date(2027, 10, 12)
URL = "http://www.example.gov.cn/bm/x/gzdt/index.html"


def tree_of(name: str) -> LexborHTMLParser:
    return parse_html((REPRO / name).read_text("utf-8"))


@pytest.mark.parametrize(
    ("name", "newest", "names"),
    [
        # U1: two halves of one list under a 本局动态 | 查看全部 bar are no tabs
        ("u1-two-halves-title-bar.html", date(2027, 10, 9), ("工作动态",)),
        # U10: the line's 发布时间 over an 活动时间 cell
        ("u10-event-cell-beside-published.html", date(2027, 9, 20), ()),
        # U9: 目前 is no relative date: the line's [09-20], not an event's <time>
        ("u9-event-time-stamp-in-summary.html", date(2027, 9, 20), ()),
    ],
)
def test_list_lines_keep_their_own_dates(name: str, newest: date, names: tuple[str, ...]) -> None:
    assert read_list(tree_of(name), URL, AS_OF, names=names).newest == newest


def test_a_fiscal_year_heading_does_not_date_its_reports() -> None:
    """U2: 2026年度 names what the 年报 reports on; its month-days are 2027's."""
    dates = {i.date for i in read_list(tree_of("u2-fiscal-year-heading.html"), URL, AS_OF).items}
    assert date(2027, 8, 30) in dates and all(d is None or d.year == 2027 for d in dates)


def test_a_counter_script_inside_the_main_block_leaves_its_marker_standing() -> None:
    """U3: `$('.main-r .lm-visit')` names the counter, not the block holding 暂无信息."""
    reading = read_list(tree_of("u3-counter-in-main-column.html"), URL, AS_OF)
    assert reading.empty_marker == "暂无信息"


@pytest.mark.parametrize(
    "name",
    [
        "u4-first-released-prose-detail.html",  # U4: 首次发布于2019年 in prose
        "u5-results-released-detail.html",  # U5: 五、成绩发布：2027年10月11日
        "u12-event-on-info-line-detail.html",  # U12: 活动时间 on the info line
        "u13-related-divs-detail.html",  # U13: a 相关文章 box of div lines
    ],
)
def test_an_articles_other_dates_are_not_its_publication(name: str) -> None:
    reading = read_detail(tree_of(name), "http://www.example.gov.cn/bm/x/content_1.html", AS_OF)
    assert reading.published not in (date(2019, 5, 20), date(2027, 10, 11), date(2027, 10, 5))
    assert reading.published is None or reading.published < date(2027, 10, 10)


def test_query_values_keep_their_case() -> None:
    """U7: `?cid=Qa7T` and `?cid=qA7t` are two pages of a case-sensitive server."""
    assert page_key("http://x.gov.cn/l.jsp?cid=Qa7T") != page_key("http://x.gov.cn/l.jsp?cid=qA7t")
    assert page_key("http://x.gov.cn/List.jsp?CID=3") == page_key("http://x.gov.cn/list.jsp?cid=3")


ROUND_TWO = Path(__file__).resolve().parents[1] / "portal24v" / "repro"
REALISTIC = Path(__file__).resolve().parents[1] / "portal24w" / "repro"


def test_tabs_in_panels_of_their_own_are_told_apart_by_the_columns_name() -> None:
    """portal24v V1: `div.tab-bd > div.tab-con > ul` × 2, tabs 通知公告 | 图片新闻."""
    tree = parse_html((ROUND_TWO / "v1-tab-panels-wrapped.html").read_text("utf-8"))
    assert read_list(tree, URL, date(2027, 11, 9), names=("通知公告",)).newest == date(2027, 4, 23)


def test_a_lines_relative_stamp_beats_its_summarys_event_day() -> None:
    """portal24v V2: `span.ago 3天前` beside a summary naming <time>9月30日</time>."""
    tree = parse_html((ROUND_TWO / "v2-relative-beside-summary-day.html").read_text("utf-8"))
    assert read_list(tree, URL, date(2027, 11, 9)).newest == date(2027, 11, 6)


def test_an_undated_list_of_its_own_beats_a_dated_side_box() -> None:
    """portal24w D1: the column's undated `ul.list_con` beside a 最新信息 box dated today."""
    tree = parse_html((REALISTIC / "d1-newest-box-beats-undated-list.html").read_text("utf-8"))
    reading = read_list(tree, URL, date(2027, 12, 7))
    assert reading.newest is None and len(reading.items) == 3 and not reading.off_content


LISTS = Path(__file__).resolve().parents[1] / "portal24y" / "repro"


@pytest.mark.parametrize(
    ("name", "newest"),
    [
        ("d1-two-column-list.html", date(2028, 3, 11)),  # ul.left + ul.right: one list
        ("d2-updated-column.html", date(2027, 8, 29)),  # 发布日期 beside a newer 更新日期
    ],
)
def test_list_idioms_of_round_three(name: str, newest: date) -> None:
    tree = parse_html((LISTS / name).read_text("utf-8"))
    assert read_list(tree, URL, date(2028, 3, 14)).newest == newest
