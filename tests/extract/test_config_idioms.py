"""Columns as operators configure them (portal24q's repro pages, Q1–Q4 of
tests/portal24q/DISCREPANCIES.md): a selector that matches nothing, a column URL written
otherwise than the subpage links it, a configured later list page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checks.urls import page_key
from crawler.extract import parse_html, read_list
from crawler.extract.forward import first_list_page

REPRO = Path(__file__).resolve().parents[1] / "portal24q" / "repro"
AS_OF = date(2027, 12, 14)


def html_of(name: str) -> str:
    return (REPRO / name).read_text("utf-8")


def test_a_selector_matching_nothing_does_not_empty_a_page_with_a_list() -> None:
    """Q1: a side box's 暂无数据 does not make the column empty; the operator is told."""
    tree = parse_html(html_of("q-bad-selector-column.html"))
    url = "http://x.gov.cn/bm/mzj/gzdt/index.html"
    reading = read_list(tree, url, AS_OF, selector="div.newslist li")
    assert (reading.items, reading.empty_marker) == ((), None)
    assert "matched nothing" in reading.newest_rule
    page = "<html><body><div class='content'><p>暂无信息</p></div></body></html>"
    blank = read_list(parse_html(page), "http://x.gov.cn/a/index.html", AS_OF, selector="li.x")
    assert blank.empty_marker == "暂无信息"  # a page with no list at all still says so


@pytest.mark.parametrize(
    ("configured", "linked"),
    [
        ("http://x.gov.cn/zjj/list.jsp?page=1&cid=12", "http://x.gov.cn/zjj/list.jsp?cid=12&page=1"),
        ("http://x.gov.cn/bm/swj/List.aspx?ClassID=3", "http://X.gov.cn/bm/swj/list.aspx?classid=3"),
        ("http://x.gov.cn/a/list.jsp?cid=13&amp;page=1", "http://x.gov.cn/a/list.jsp?cid=13&page=1"),
    ],
)
def test_one_page_written_two_ways_has_one_key(configured: str, linked: str) -> None:
    """Q2, Q3: query order, an IIS site's letter case and an HTML-escaped `&` name one page."""
    assert page_key(configured) == page_key(linked)
    assert page_key(configured) != page_key(configured + "9")  # another value, another page


def test_a_later_list_page_names_its_first() -> None:
    """Q4: TRS's index_1.html is the second page (当前第2页/共3页, createPageHTML(3, 1, …))."""
    url = "http://x.gov.cn/bm/jtj/tzgg/index_1.html"
    tree = parse_html(html_of("q-page-two-column.html"))
    assert first_list_page(tree, url) == "http://x.gov.cn/bm/jtj/tzgg/index.html"
    first = html_of("q-page-two-column.html").replace("当前第2页", "当前第1页").replace(
        "createPageHTML(3, 1,", "createPageHTML(3, 0,"
    )
    assert first_list_page(parse_html(first), "http://x.gov.cn/bm/jtj/tzgg/index.html") is None
    home = "<html><body><a href='/'>首页</a><ul><li>x</li></ul>第2页/共3页</body></html>"
    assert first_list_page(parse_html(home), url) is None  # the site's 首页 is not the list's
