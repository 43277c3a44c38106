"""List, date and article idioms of real CMSs (portal24h's repro pages), each read right.

Every page here once fooled the reader (tests/portal24h/DISCREPANCIES.md, H1–H18); the
expected dates are the ones a person reads off the page on the reference day.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crawler.decode import decode_html
from crawler.extract import parse_html, read_detail, read_list
from crawler.extract.blocks import read_blocks
from crawler.extract.dates import DateReader
from crawler.extract.forward import forwarded_to
from crawler.extract.listing import candidates_of
from crawler.extract.splitdate import split_date

REPRO = Path(__file__).resolve().parents[1] / "portal24h" / "repro"
AS_OF = date(2027, 2, 16)
URL = "http://www.example.gov.cn/bm/x/gzdt/index.html"


def tree_of(name: str):  # type: ignore[no-untyped-def]
    return parse_html((REPRO / name).read_text("utf-8"))


@pytest.mark.parametrize(
    ("page", "newest"),
    [
        ("h1-today-title.html", date(2027, 2, 12)),  # a headline starting 今天是 is a line
        ("h1-icp-title.html", date(2026, 9, 19)),  # a notice about ICP 备案 is a line
        ("h10-update-label.html", date(2026, 1, 10)),  # 更新时间 labels every line
        ("h2-time-inside-link.html", date(2027, 2, 13)),  # a > h3.title + p.time
        ("h2-date-text-in-link.html", date(2026, 12, 26)),  # a > ·标题[2026-12-26]
        ("h2-yearless-span-in-link.html", date(2027, 2, 12)),  # a > span [02-12]
        ("h9-badge-in-link.html", date(2026, 7, 31)),  # a > div.date (b 31 + span 2026-07)
        ("h3-attachment-icon.html", date(2026, 10, 19)),  # title + icon link + date
        ("h8-two-links-per-row.html", date(2026, 7, 31)),  # PDF title | date | DOC版
        ("h5-dotted-month-day.html", date(2027, 2, 10)),  # 02.10
        ("h6-weeks-ago.html", date(2027, 2, 9)),  # 1周前
        ("h7-year-apart.html", date(2025, 12, 20)),  # 12-20 over 2025
        ("h7-year-first.html", date(2026, 2, 10)),  # 2026 over 02-10
        ("h11-summary-deadline.html", date(2026, 7, 10)),  # 发布时间 beats a deadline
        ("h12-effective-column.html", date(2026, 8, 5)),  # 发布日期 column, not 施行日期
        ("h13-hidden-stamp.html", date(2026, 7, 1)),  # a display:none stamp is unseen
        ("h14-document-write-list.html", date(2026, 6, 11)),  # document.write lines
        ("h16-date-headings.html", date(2027, 1, 27)),  # a date heading over each day
    ],
)
def test_the_newest_date_is_the_one_a_reader_sees(page: str, newest: date) -> None:
    reading = read_list(tree_of(page), URL, AS_OF)
    assert reading.newest == newest, (reading.newest_rule, reading.skipped[:5])


def test_the_attachment_icon_does_not_split_its_line_from_the_list() -> None:
    reading = read_list(tree_of("h3-attachment-icon.html"), URL, AS_OF)
    assert len(reading.items) == 4
    assert not any(i.url and i.url.endswith(".docx") for i in reading.items)


def test_published_beats_issued_on_an_article() -> None:
    reading = read_detail(tree_of("h4-fawen-before-fabu.html"), URL, AS_OF)
    assert reading.published == date(2026, 8, 25)
    assert "发布日期" in reading.why


def test_a_coming_soon_page_is_a_blank_column() -> None:
    reading = read_list(tree_of("h17-coming-soon.html"), URL, AS_OF)
    assert reading.items == () and reading.empty_marker == "敬请期待"


@pytest.mark.parametrize(
    "page", ["h15-script-redirect-in-chrome.html", "h15-control-bare-stub.html"]
)
def test_a_script_that_only_redirects_is_followed_inside_the_chrome(page: str) -> None:
    assert forwarded_to(tree_of(page), URL) == (
        "http://www.example.gov.cn/bm/x/gzdt/list_1.html",
        "script redirect",
    )


@pytest.mark.parametrize(
    "script",
    [
        "if (/iPhone|Android/i.test(navigator.userAgent)) { location.href = '/m/'; }",
        "function go() { window.location.href = 'list_1.html'; }",
        "window.location.href = 'http://elsewhere.example.com/list.html';",
    ],
)
def test_a_conditional_or_foreign_redirect_in_a_full_page_is_not_followed(script: str) -> None:
    chrome = "".join(f"<p>第{n}段：区政府信息公开工作有关情况说明。</p>" for n in range(30))
    tree = parse_html(f"<html><body>{chrome}<script>{script}</script></body></html>")
    assert forwarded_to(tree, URL) is None


def test_pixel_links_are_hidden_links_with_their_alt_words() -> None:
    blocks = read_blocks(tree_of("h18-pixel-links.html"), URL)
    pixels = [b for b in blocks if b.hidden_by and "img" in b.hidden_by]
    assert {b.text for b in pixels} == {"澳门新葡京", "太阳城娱乐", "皇冠体育投注"}
    assert all(b.links and b.links[0][1].startswith("http://www.") for b in pixels)


def test_a_spacer_image_beside_a_links_text_hides_nothing() -> None:
    tree = parse_html(
        "<html><body><a href='http://other.example.com/'>友情链接"
        "<img src='dot.gif' width='1' height='1'></a></body></html>"
    )
    assert not [b for b in read_blocks(tree, URL) if b.hidden_by]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发布时间：2026-07-10 请于2026年9月30日前报送", date(2026, 7, 10)),
        # 截止时间 labels no publication: its date is another day, the line's is its other
        ("截止时间：2026-09-30 2026-07-10", date(2026, 7, 10)),
        ("截止时间：2026-09-30", date(2026, 9, 30)),  # the only date a line has still dates it
        ("02.10", date(2027, 2, 10)),
        ("3.14", None),  # a number, not a month-day
        ("增长12.15%", None),
        ("3周前", date(2027, 1, 26)),
        ("1个月前", date(2027, 1, 17)),
    ],
)
def test_date_reader_idioms(text: str, expected: date | None) -> None:
    assert DateReader(AS_OF).read(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12-20 2025", (2025, 12, 20)), ("2026 02-10", (2026, 2, 10)), ("2026 第3期", None)],
)
def test_a_year_apart_from_its_month_day(text: str, expected: tuple[int, int, int] | None) -> None:
    assert split_date(text) == expected


def test_documents_are_not_read_as_pages() -> None:
    assert "PDF" in str(decode_html(b"%PDF-1.4\n%\xc3\xa2\n1 0 obj", "application/pdf"))
    assert "application/msword" in str(decode_html(b"<html></html>", "application/msword"))
    text = decode_html(b"<html><body>ok</body></html>", "application/octet-stream")
    assert getattr(text, "text", "") == "<html><body>ok</body></html>"


def test_a_clock_before_the_menu_dates_no_lines() -> None:
    """A top bar's date (no label) right before an undated menu: the menu stays undated, and
    the undated main list is dated from its articles, not by the clock."""
    menu = "".join(f"<li><a href='/c{n}/'>栏目导航第{n}项</a></li>" for n in range(8))
    rows = "".join(
        f"<li><a href='a{n}.html'>关于做好第{n}批次重点工作的通知要求</a></li>" for n in range(12)
    )
    tree = parse_html(
        f"<html><body><div class='top'><div class='date'>2027年2月16日 星期二</div>"
        f"<ul class='menu'>{menu}</ul></div><div class='main'><ul>{rows}</ul></div></body></html>"
    )
    reading = read_list(tree, URL, AS_OF)
    assert reading.newest is None
    assert len(reading.items) == 12
    groups, _ = candidates_of(tree, URL, AS_OF)  # every block read, none left out
    assert [g.dated for g in groups] == [0, 0]


REPRO_I = Path(__file__).resolve().parents[1] / "portal24i" / "repro"
AS_OF_I = date(2027, 3, 23)


def page_i(name: str):  # type: ignore[no-untyped-def]
    return parse_html((REPRO_I / name).read_text("utf-8"))


@pytest.mark.parametrize(
    ("page", "newest", "names"),
    [
        ("i02-icp-short-title.html", date(2027, 3, 10), ()),  # 关于开展ICP备案核查的通知
        ("i02-icp-in-summary.html", date(2027, 3, 20), ()),  # ICP备案 in a summary
        ("i03-glued-hits-typo.html", date(2027, 3, 2), ()),  # 2027-3-2 | 6 hits
        ("i03-glued-hits.html", date(2027, 3, 1), ()),  # 2027-3-1 | 8 hits
        ("i06-json-utc.html", date(2027, 3, 9), ()),  # …T17:30:00Z is the 9th in Beijing
        ("i20-json-epoch-ms.html", date(2026, 9, 4), ()),  # epoch milliseconds
        ("i21-dl-two-dd.html", date(2026, 9, 4), ()),  # dt, dd summary, dd date
        ("i05-zhuanti-heading.html", date(2027, 3, 20), ("耕地保护专题",)),
        ("i05-hotspot-column.html", date(2027, 2, 11), ("热点回应",)),
    ],
)
def test_more_cms_idioms(page: str, newest: date, names: tuple[str, ...]) -> None:
    reading = read_list(page_i(page), URL, AS_OF_I, names=names)
    assert reading.newest == newest, (reading.newest_rule, reading.skipped[:5])


def test_a_hotspot_box_on_another_column_stays_a_side_box() -> None:
    """热点 puts a box off the content unless the column's own name holds the word."""
    reading = read_list(page_i("i05-hotspot-column.html"), URL, AS_OF_I, names=("工作动态",))
    assert reading.empty_marker == "暂无数据"


@pytest.mark.parametrize(
    ("page", "column"),
    [("i04-two-undated-lines.html", "ghjh"), ("i04-one-undated-line.html", "rsxx")],
)
def test_one_or_two_undated_lines_are_the_columns_list(page: str, column: str) -> None:
    url = f"http://www.example.gov.cn/bm/fgw/{column}/index.html"
    reading = read_list(page_i(page), url, AS_OF_I)
    assert reading.items and reading.empty_marker is None


def test_a_lone_link_elsewhere_is_no_list_of_the_column() -> None:
    """A column page whose list did not render, with one long link in its intro (a law on
    another folder): no list, so no article dates the column."""
    tree = parse_html(
        "<html><body><div class='main'><p>本栏目依据<a href='/zcfg/tiaoli/index.html'>"
        "《中华人民共和国政府信息公开条例》全文</a>设立。</p></div></body></html>"
    )
    url = "http://www.example.gov.cn/bm/fgw/rsxx/index.html"
    assert read_list(tree, url, AS_OF_I).items == ()


def test_a_marker_among_the_few_lines_still_empties_the_page() -> None:
    tree = parse_html(
        "<html><body><div class='main'><ul class='list'>"
        "<li><a href='/x/a.html'>区发展和改革委员会2027年工作计划</a></li>"
        "<li class='nodata'>暂无信息</li></ul></div></body></html>"
    )
    assert read_list(tree, URL, AS_OF_I).empty_marker == "暂无信息"


def test_a_revamp_tip_above_a_dated_list_is_no_soft_404() -> None:
    from crawler.reader import Page, read_page

    body = (REPRO_I / "i01-revamp-tip.html").read_bytes()
    reading = read_page(Page(body, "text/html", 200, URL, "column", AS_OF_I))
    assert getattr(reading, "newest", None) == date(2027, 3, 21)


@pytest.mark.parametrize(
    ("page", "newest"),
    [
        ("i10-toplist-box.html", date(2026, 9, 4)),  # a 阅读排行 box classed toplist
        ("i11-class-hidden-stamp.html", date(2026, 8, 5)),  # .xgsj {display:none}
        ("i12-summary-later-date.html", date(2026, 7, 10)),  # span.date over a summary's dates
        ("i14-today-lead.html", None),  # 今天上午，… is prose
        ("i22-eight-digit-dates.html", date(2026, 8, 15)),  # 20260815
    ],
)
def test_missed_stale_idioms(page: str, newest: date | None) -> None:
    reading = read_list(page_i(page), URL, AS_OF_I)
    assert reading.newest == newest, (reading.newest_rule, reading.skipped[:5])


@pytest.mark.parametrize("text", ["今天 10:30", "[3天前]", "发布：1周前"])
def test_relative_dates_standing_apart_are_read(text: str) -> None:
    assert DateReader(AS_OF).read(text)[0] is not None


def test_a_login_page_and_a_404_that_cannot_be_found_are_not_the_column() -> None:
    from crawler.reader import Page, read_page

    login = (REPRO_I / "i19-login-wall.html").read_bytes()
    url = "http://www.example.gov.cn/sso/login?service=/bm/x/gzdt/index.html"
    assert "login" in str(read_page(Page(login, "text/html", 200, url, "column", AS_OF_I)))
    gone = (REPRO_I / "i18-404-zhaobuhui.html").read_bytes()
    assert "找不回来" in str(read_page(Page(gone, "text/html", 200, URL, "column", AS_OF_I)))


@pytest.mark.parametrize(
    ("page", "newest"),
    [
        ("i15-year-headings.html", date(2025, 12, 20)),  # h3 2025年 over 12-20 lines
        ("i13-effective-date-spans.html", date(2026, 9, 9)),  # 发布日期 | 施行日期 spans
    ],
)
def test_headers_and_headings_give_what_the_lines_leave_out(page: str, newest: date) -> None:
    reading = read_list(page_i(page), URL, AS_OF_I)
    assert reading.newest == newest, (reading.newest_rule, reading.skipped[:5])


def test_a_bare_date_under_the_articles_title_dates_it() -> None:
    reading = read_detail(page_i("i23-bare-date-detail.html"), URL, AS_OF_I)
    assert reading.published == date(2027, 3, 1) and reading.source == "visible:title"


@pytest.mark.parametrize("page", ["i08-latest-box.html", "i08-ticker.html"])
def test_an_undated_list_beats_the_portals_newest_box_or_ticker(page: str) -> None:
    reading = read_list(page_i(page), URL, AS_OF_I)
    assert reading.newest is None and len(reading.items) >= 4
    assert not reading.off_content


def test_a_column_whose_only_list_is_a_side_box_follows_its_list_frame_or_its_404() -> None:
    from crawler.reader import Forward, Page, read_page

    framed = (REPRO_I / "i09-iframe-list-side-box.html").read_bytes()
    reading = read_page(Page(framed, "text/html", 200, URL, "column", AS_OF_I))
    assert isinstance(reading, Forward) and reading.how == "frame"
    gone = (REPRO_I / "i17-soft404-in-chrome.html").read_bytes()
    assert "chrome" in str(read_page(Page(gone, "text/html", 200, URL, "column", AS_OF_I)))
