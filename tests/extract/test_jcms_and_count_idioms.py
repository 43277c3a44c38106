"""List idioms of a 大汉 JCMS district portal (tests/portal25b/repro/) and dates on list pages
that are no publication date (tests/portal25c/repro/), one minimal page each.

JCMS: a pager's first-page link is the column, the template's 共<span>0</span>条 is the
Ajax script's placeholder, and a datastore's records are the page's links and hidden blocks
(its `<nextgroup>` proxy address is not). Dates: a count beside a year-month or a month-day
is no day and no year; a meeting's, a deadline's, an effective date's or an update's date is
not the line's when the line gives its publication date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checks.injection import check_injection
from checks.model import Fetched, PageRole
from checks.urls import page_key
from config.lexicon import load_lexicon
from crawler.extract import parse_html, read_list
from crawler.reader import Page, read_page

TESTS = Path(__file__).resolve().parents[1]
JCMS = TESTS / "portal25b" / "repro"
DATES = TESTS / "portal25c" / "repro"
URL = "http://127.0.0.1:8000/col/col1/index.html"


def _read(path: Path, role: PageRole, as_of: date) -> Fetched:
    reading = read_page(Page(path.read_bytes(), "text/html", 200, URL, role, as_of))
    assert isinstance(reading, Fetched)
    return reading


def test_a_pagers_first_page_link_is_the_column() -> None:
    assert page_key("http://a.gov.cn/col/col5711/index.html?uid=24001&pageNum=1") == page_key(
        "http://a.gov.cn/col/col5711/index.html"
    )
    assert page_key("http://a.gov.cn/list.aspx?cid=3&page=1") == page_key(
        "http://a.gov.cn/list.aspx?cid=3"
    )
    # The second page is another page, and a uid alone names something else.
    assert page_key("http://a.gov.cn/list.aspx?cid=3&page=2") != page_key(
        "http://a.gov.cn/list.aspx?cid=3"
    )
    assert page_key("http://a.gov.cn/l.jsp?uid=3") != page_key("http://a.gov.cn/l.jsp")


def test_a_count_the_ajax_script_fills_is_no_blank_column() -> None:
    tree = parse_html((JCMS / "d2-xxgk-ajax-zero-count.html").read_text(encoding="utf-8"))
    reading = read_list(tree, URL, date(2026, 11, 30), explain=False)
    assert reading.empty_marker is None and not reading.items


def test_a_datastore_menu_is_the_subpages_links_without_its_proxy() -> None:
    reading = _read(JCMS / "d3-datastore-menu-subpage.html", "subpage", date(2026, 11, 30))
    urls = {url for _, url in reading.links}
    assert "http://127.0.0.1:8000/col/col6812/index.html" in urls
    assert ("乡镇动态", "http://127.0.0.1:8000/col/col6811/index.html") in reading.links
    assert not any("dataproxy.jsp" in url for url in urls)


def test_a_datastore_records_attachment_is_a_link_to_check() -> None:
    reading = _read(JCMS / "d4-datastore-attachment-column.html", "column", date(2026, 11, 30))
    assert any("downfile.jsp" in url for _, url in reading.links)


def test_hidden_datastore_records_are_judged_for_injection() -> None:
    reading = _read(JCMS / "d5-datastore-hidden-spam-column.html", "column", date(2026, 11, 30))
    findings = check_injection("x", [(URL, reading)], load_lexicon(), ("127.0.0.1",))
    assert findings and "www.hg8868-vip.com" in findings[0].observed["link_hosts"]


@pytest.mark.parametrize(
    ("name", "newest"),
    [
        ("d1-year-month-beside-hits.html", None),  # 2026年11月 | 21 views: no day
        ("d2-view-count-as-year.html", date(2026, 12, 3)),  # 12-03 beside 2025 views
        ("d3-meeting-column-table.html", date(2026, 11, 19)),  # 会议时间 | … | 发布时间
        ("d4-meeting-label-inline.html", date(2026, 11, 20)),  # 会议时间：… beside the date
        ("d5-deadline-column-table.html", date(2026, 5, 31)),  # 报名截止 column
        ("d6-effective-label-inline.html", date(2026, 5, 21)),  # 施行日期：… inline
        ("d7-published-beside-updated.html", date(2026, 5, 20)),  # 发布： beside 更新：
        ("d8-written-and-effective-table.html", date(2026, 5, 21)),  # 成文日期 | 施行日期
    ],
)
def test_only_the_publication_date_dates_a_line(name: str, newest: date | None) -> None:
    tree = parse_html((DATES / name).read_text(encoding="utf-8"))
    assert read_list(tree, URL, date(2026, 12, 7), explain=False).newest == newest
