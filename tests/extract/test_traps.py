"""Synthetic traps: every way a column page has fooled a date reader, and hostile input."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import TypeVar

import pytest

from crawler.extract import (
    parse_date,
    parse_html,
    read_detail,
    read_links,
    read_list,
    read_meta,
    url_date,
)
from crawler.extract.inspect import describe, format_table
from crawler.extract.listing import EMPTY_MARKERS, MAX_ANCHORS
from crawler.extract.page import MAX_LINKS

T = TypeVar("T")

AS_OF = date(2026, 11, 25)
BASE = "http://www.example.gov.cn/col/gzdt/index.html"


def page(body: str, head: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def ul(rows: list[tuple[str, str]], cls: str = "list") -> str:
    lis = "".join(
        f"<li><a href='./2026/a{n}.html'>{title}</a><span>{when}</span></li>"
        for n, (title, when) in enumerate(rows)
    )
    return f"<div class='{cls}'><ul>{lis}</ul></div>"


NAV = (
    "<div class='nav'><ul>"
    + "".join(f"<li><a href='/c{n}/'>栏目{n}</a></li>" for n in range(8))
    + "</ul></div>"
)
FOOTER = (
    "<div class='footer'><p>网站更新时间：2026-11-24</p><p>版权所有 © 2026 某区人民政府"
    " <a href='https://beian.miit.gov.cn'>京ICP备12345678号</a></p></div>"
)


def titles(n: int) -> list[str]:
    return [f"关于第{k}批区级重点项目推进情况的通报" for k in range(n)]


def test_pinned_old_first_item_is_not_the_newest() -> None:
    rows = [("【置顶】2019年政府信息公开工作年度报告", "2019-01-10")]
    rows += [(t, f"2026-11-{20 - k:02d}") for k, t in enumerate(titles(5))]
    reading = read_list(parse_html(page(NAV + ul(rows, "content") + FOOTER)), BASE, AS_OF)
    assert reading.newest == date(2026, 11, 20)
    assert reading.items[0].date == date(2019, 1, 10)
    assert "older" in reading.newest_rule
    assert len(reading.items) == 6


def test_sidebar_with_newer_dates_is_not_the_list() -> None:
    main = ul([(t, f"2026-10-{10 + k:02d}") for k, t in enumerate(titles(8))], "main-list")
    side = (
        "<div class='sidebar'><h3>热点新闻</h3>"
        + ul(
            [
                ("全区召开重要会议部署工作", "2026-11-24"),
                ("区长调研重点项目建设进展", "2026-11-23"),
            ],
            "hot",
        )
        + "</div>"
    )
    reading = read_list(parse_html(page(NAV + main + side + FOOTER)), BASE, AS_OF)
    assert reading.newest == date(2026, 10, 17)
    assert len(reading.items) == 8
    chosen = [c for c in reading.candidates if c.chosen]
    assert len(chosen) == 1 and "main-list" in chosen[0].selector
    assert any("nav/side" in c.why for c in reading.candidates if not c.chosen)


def test_hot_box_by_heading_only() -> None:
    main = ul([(t, f"2026-09-{10 + k:02d}") for k, t in enumerate(titles(4))], "a1")
    box = (
        "<div class='b2'><div class='t'>点击排行</div>"
        + ul([(t, "2026-11-2" + str(k)) for k, t in enumerate(titles(3))], "b3")
        + "</div>"
    )
    reading = read_list(parse_html(page(main + box)), BASE, AS_OF)
    assert reading.newest == date(2026, 9, 13)


def test_footer_update_time_and_copyright_are_skipped() -> None:
    main = ul([(t, "2026-08-01") for t in titles(3)], "content")
    reading = read_list(parse_html(page(main + FOOTER)), BASE, AS_OF)
    assert reading.newest == date(2026, 8, 1)
    assert any("ICP" in s for s in reading.skipped)


def test_breadcrumb_is_not_the_list() -> None:
    crumb = (
        "<div class='crumb'><a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a>"
        " &gt; <a href='./'>工作动态</a></div>"
    )
    main = ul([(t, "2026-11-02") for t in titles(3)], "content")
    reading = read_list(parse_html(page(crumb + main)), BASE, AS_OF)
    assert [i.title for i in reading.items] == titles(3)


def test_oldest_first_list_takes_the_max() -> None:
    rows = [(t, f"2026-0{k + 1}-15") for k, t in enumerate(titles(6))]
    reading = read_list(parse_html(page(ul(rows, "content"))), BASE, AS_OF)
    assert reading.newest == date(2026, 6, 15)
    assert reading.items[0].date == date(2026, 1, 15)


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("2026-11-24", date(2026, 11, 24)),
        ("2026/11/24", date(2026, 11, 24)),
        ("2026.11.24", date(2026, 11, 24)),
        ("2026年11月24日", date(2026, 11, 24)),
        ("[11-24]", date(2026, 11, 24)),
        ("(2026-11-24)", date(2026, 11, 24)),
        ("2023/9/6", date(2023, 9, 6)),
        ("11月24日", date(2026, 11, 24)),
        ("2026-11-24 09:30:00", date(2026, 11, 24)),
    ],
)
def test_every_date_format(shown: str, expected: date) -> None:
    assert parse_date(shown, AS_OF) == expected
    rows = [(t, shown) for t in titles(3)]
    reading = read_list(parse_html(page(ul(rows, "content"))), BASE, AS_OF)
    assert reading.newest == expected


@pytest.mark.parametrize(
    "text",
    ["2026-02-30", "13-45", "电话 0795-3221234", "1-12月", "", "版本 1.2.3", "共2页 1/2", "11月"],
)
def test_not_dates(text: str) -> None:
    assert parse_date(text, AS_OF) is None


def test_split_date_across_elements() -> None:
    lis = "".join(
        f"<li><a href='a{k}.html'>{t}</a><span class='d'><span>2026</span>-<span>11</span>-"
        f"<span>{10 + k}</span></span></li>"
        for k, t in enumerate(titles(3))
    )
    reading = read_list(parse_html(page(f"<ul class='content'>{lis}</ul>")), BASE, AS_OF)
    assert reading.newest == date(2026, 11, 12)


def test_yearless_dates_across_new_year() -> None:
    rows = [(t, d) for t, d in zip(titles(4), ["01-03", "01-02", "12-30", "12-28"], strict=True)]
    reading = read_list(parse_html(page(ul(rows, "content"))), BASE, date(2027, 1, 4))
    assert [i.date for i in reading.items] == [
        date(2027, 1, 3),
        date(2027, 1, 2),
        date(2026, 12, 30),
        date(2026, 12, 28),
    ]
    assert reading.newest == date(2027, 1, 3)


def test_tomorrow_is_allowed_but_a_typo_future_date_is_ignored() -> None:
    rows = [
        ("关于印发某某办法的通知（错录年份）", "2062-11-20"),
        *((t, "2026-11-26") for t in titles(2)),
    ]
    reading = read_list(parse_html(page(ul(rows, "content"))), BASE, AS_OF)
    assert reading.newest == date(2026, 11, 26)  # as_of + 1 day: time-zone slack
    assert reading.items[0].date is None
    assert any("2062-11-20" in s for s in reading.skipped)


def test_jcms_datastore_island() -> None:
    records = "".join(
        f"<record><![CDATA[<li><a href='/art/2026/11/{10 + k}/art_1_{k}.html'>{t}</a>"
        f"<span>2026-11-{10 + k}</span></li>]]></record>"
        for k, t in enumerate(titles(5))
    )
    body = (
        NAV
        + "<div id='content'><script type='text/xml'><datastore>"
        + "<nextgroup><![CDATA[<a href='x'></a>]]>"
        + f"</nextgroup><recordset>{records}</recordset></datastore></script></div>"
        + FOOTER
    )
    tree = parse_html(page(body))
    before = tree.html
    reading = read_list(tree, BASE, AS_OF)
    assert reading.newest == date(2026, 11, 14)
    assert len(reading.items) == 5
    assert reading.items[0].url == "http://www.example.gov.cn/art/2026/11/10/art_1_0.html"
    assert any(c.selector.startswith("script datastore") and c.chosen for c in reading.candidates)
    assert tree.html == before  # the tree is not mutated


def _jcms_page(recordset: str, total: str) -> str:
    return page(
        NAV
        + "<div id='content'><script type='text/xml'><datastore>"
        + "<nextgroup><![CDATA[<a href='x'>下一页</a>]]></nextgroup>"
        + f"<recordset>{recordset}</recordset>{total}</datastore></script></div>"
        + FOOTER
    )


def test_jcms_datastore_counting_zero_records_is_empty() -> None:
    reading = read_list(parse_html(_jcms_page("\n", "<totalrecord>0</totalrecord>")), BASE, AS_OF)
    assert reading.items == () and reading.newest is None
    assert reading.empty_marker == "datastore: totalrecord 0"


@pytest.mark.parametrize(
    ("recordset", "total"),
    [
        ("", ""),  # no count: the page may fill its list some other way
        ("", "<totalrecord>12</totalrecord>"),  # records elsewhere (another page of the pager)
    ],
)
def test_jcms_datastore_without_a_zero_count_is_not_called_empty(
    recordset: str, total: str
) -> None:
    reading = read_list(parse_html(_jcms_page(recordset, total)), BASE, AS_OF)
    assert reading.empty_marker is None


def test_table_list() -> None:
    rows = "".join(
        f"<tr><td>·</td><td><a href='t{k}.html'>{t}</a></td><td>2026-10-{k + 1:02d}</td></tr>"
        for k, t in enumerate(titles(4))
    )
    reading = read_list(parse_html(page(f"<table class='gl_list'>{rows}</table>")), BASE, AS_OF)
    assert reading.newest == date(2026, 10, 4)
    assert len(reading.items) == 4


def test_dl_dt_dd_list() -> None:
    pairs = "".join(
        f"<dt><a href='d{k}.html'>{t}</a></dt><dd>2026-09-{k + 1:02d}</dd>"
        for k, t in enumerate(titles(4))
    )
    reading = read_list(parse_html(page(f"<dl class='news'>{pairs}</dl>")), BASE, AS_OF)
    assert reading.newest == date(2026, 9, 4)
    assert len(reading.items) == 4


def test_div_blocks_flat_list() -> None:
    flat = "".join(
        f"<a href='f{k}.html'>{t}</a><span>2026-07-{k + 1:02d}</span><br>"
        for k, t in enumerate(titles(4))
    )
    reading = read_list(parse_html(page(f"<div class='con'>{flat}</div>")), BASE, AS_OF)
    assert reading.newest == date(2026, 7, 4)
    assert len(reading.items) == 4


def test_list_without_dates_gives_undated_items() -> None:
    lis = "".join(
        f"<li><a href='/2026/t20261120_{k}.html'>{t}</a></li>" for k, t in enumerate(titles(5))
    )
    reading = read_list(parse_html(page(NAV + f"<ul class='content'>{lis}</ul>")), BASE, AS_OF)
    assert len(reading.items) == 5
    assert all(i.date is None and i.date_source is None for i in reading.items)
    assert reading.newest is None
    assert reading.items[0].url == "http://www.example.gov.cn/2026/t20261120_0.html"


def test_empty_column_with_marker() -> None:
    reading = read_list(
        parse_html(page(NAV + "<div class='content'><p>暂无信息</p></div>" + FOOTER)), BASE, AS_OF
    )
    assert reading.items == ()
    assert reading.empty_marker == "暂无信息"
    assert reading.newest is None


@pytest.mark.parametrize("marker", [*EMPTY_MARKERS, "共 0 条", "共0页", "记录数：0", "总条数: 0"])
def test_every_marker_and_zero_count_empties_a_page(marker: str) -> None:
    reading = read_list(
        parse_html(page(NAV + f"<div class='content'><p>{marker}</p></div>" + FOOTER)), BASE, AS_OF
    )
    assert (reading.items, reading.empty_marker) == ((), marker)


def test_marker_in_a_side_box_does_not_empty_a_dated_list() -> None:
    body = (
        ul([(t, "2026-11-01") for t in titles(3)], "content") + "<div class='side'>暂无数据</div>"
    )
    reading = read_list(parse_html(page(body)), BASE, AS_OF)
    assert reading.empty_marker is None
    assert reading.newest == date(2026, 11, 1)


def test_configured_selectors() -> None:
    rows = "".join(
        f"<div class='row'><a href='r{k}.html'>{t}</a><i class='when'>2026年10月{k + 1}日</i></div>"
        for k, t in enumerate(titles(3))
    )
    reading = read_list(
        parse_html(page(rows)), BASE, AS_OF, selector="div.row", date_selector="i.when"
    )
    assert [i.date for i in reading.items] == [
        date(2026, 10, 1),
        date(2026, 10, 2),
        date(2026, 10, 3),
    ]
    assert reading.newest == date(2026, 10, 3)


def test_base_href_and_links() -> None:
    html = page(
        "<a href='a.html'>甲</a><a href='a.html'>甲again</a><a href='javascript:void(0)'>js</a>"
        "<a href='mailto:x@y'>m</a><a href='#top'>top</a><a href='https://o.example/x'>外</a>",
        head="<base href='http://cdn.example.gov.cn/sub/'>",
    )
    links = read_links(parse_html(html), BASE)
    assert links == (("甲", "http://cdn.example.gov.cn/sub/a.html"), ("外", "https://o.example/x"))


def test_meta_names_canonical() -> None:
    head = (
        "<meta name='sitename' content='某区政府'><meta name='ColumnName' content='工作动态'>"
        "<meta name='PubDate' content='2026-11-20 10:00'><meta name='pubdate' content='x'>"
    )
    assert read_meta(parse_html(page("", head))) == {
        "SiteName": "某区政府",
        "ColumnName": "工作动态",
        "PubDate": "2026-11-20 10:00",
    }


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://x/gzdt/202611/t20261124_123.html", date(2026, 11, 24)),
        ("http://x/art/2016/11/22/art_1_2.html", date(2016, 11, 22)),
        ("http://x/politics/2023-12/01/content_1.html", date(2023, 12, 1)),
        ("http://x/a/202611/24/x.html", date(2026, 11, 24)),
        ("http://x/a/202302/", date(2023, 2, 28)),
        ("http://x/a/index.html", None),
    ],
)
def test_url_date(url: str, expected: date | None) -> None:
    assert url_date(url) == expected


def test_url_month_only_capped_at_as_of() -> None:
    assert url_date("http://x/a/202611/x.html", AS_OF) == AS_OF


def test_detail_label_beats_attribute_and_meta() -> None:
    html = page(
        "<h1>标题</h1><div class='info'><span alt='时间：2017-11-08 20:26'>"
        "<i>时间：</i>2019-09-18 06:23</span></div>"
        "<p>会议于2019年9月1日召开。</p>",
        head="<meta name='PubDate' content='2022-04-24 10:00:43'>",
    )
    reading = read_detail(parse_html(html), "http://x/a.html", AS_OF)
    assert reading.published == date(2019, 9, 18)
    assert reading.source == "visible:时间"
    assert "2022-04-24" in reading.why


def test_detail_falls_back_to_meta_then_url() -> None:
    meta_only = page(
        "<p>正文2007年6月29日通过</p>",
        head="<meta name='firstpublishedtime' content='2007-08-20-23:59:59'>",
    )
    assert read_detail(parse_html(meta_only), "http://x/a.html", AS_OF).published == date(
        2007, 8, 20
    )
    url_only = read_detail(
        parse_html(page("<p>正文</p>")), "http://x/art/2016/11/22/art_1.html", AS_OF
    )
    assert (url_only.published, url_only.source) == (date(2016, 11, 22), "url")
    nothing = read_detail(parse_html(page("<p>正文</p>")), "http://x/a.html", AS_OF)
    assert (nothing.published, nothing.source) == (None, "none")


def test_detail_label_ignores_filter_box_and_written_date() -> None:
    html = page(
        "<form>发布时间: <input></form><p>成文日期：2026-01-01</p><p>发布日期：2026-02-03</p>"
    )
    assert read_detail(parse_html(html), "http://x/a.html", AS_OF).published == date(2026, 2, 3)


def test_inspect_describe_and_table() -> None:
    html = page(
        ul([(t, "2026-11-0" + str(k + 1)) for k, t in enumerate(titles(3))], "content"),
        head="<meta name='ColumnName' content='工作动态'>",
    )
    described = describe(BASE, "utf-8", "meta charset", parse_html(html), AS_OF)
    assert described["newest"] == "2026-11-03"
    assert described["published"] is None
    assert described["column_name"] == "工作动态"
    assert described["items"][0] == {
        "title": titles(1)[0],
        "url": "http://www.example.gov.cn/col/gzdt/2026/a0.html",
        "date": "2026-11-01",
        "date_source": "list",
    }
    table = format_table(described)
    assert "2026-11-03" in table and "工作动态" in table


# --- hostile input: every reader returns within a second and never raises ------------


def _deep() -> str:
    return (
        "<div>" * 5000
        + "<a href='x.html'>深层链接的标题文字</a><span>2026-11-01</span>"
        + "</div>" * 5000
    )


def _huge_line() -> str:
    row = (
        "<li><a href='/t20261101_1.html'>很长的单行页面中的一个条目标题</a>"
        "<span>2026-11-01</span></li>"
    )
    return "<ul class='list'>" + row * (5 * 1024 * 1024 // len(row.encode())) + "</ul>"


def _many_links() -> str:
    return "<div>" + "".join(f"<a href='/l{k}.html'>链接{k}</a>" for k in range(100_000)) + "</div>"


HOSTILE = {
    "garbage": "\x00\xff<<<>>>&&&<a href=<li><tr>\ufffd" * 200,
    "empty": "",
    "deep": _deep(),
    "5MB single line": _huge_line(),
    "100k links": _many_links(),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_pages_are_read_quickly_without_raising(name: str) -> None:
    tree = parse_html(HOSTILE[name])
    before = tree.html
    timings: dict[str, float] = {}

    def timed(label: str, call: Callable[[], T]) -> T:
        started = time.perf_counter()
        result = call()
        timings[label] = time.perf_counter() - started
        return result

    reading = timed("read_list", lambda: read_list(tree, BASE, AS_OF))
    detail = timed("read_detail", lambda: read_detail(tree, BASE, AS_OF))
    links = timed("read_links", lambda: read_links(tree, BASE))
    timed("read_meta", lambda: read_meta(tree))
    slow = {label: round(seconds, 2) for label, seconds in timings.items() if seconds >= 1.0}
    assert not slow, f"{name}: {slow}"
    assert tree.html == before
    if name == "5MB single line":
        assert reading.newest == date(2026, 11, 1) and len(reading.items) == MAX_ANCHORS
        assert any("links" in s for s in reading.skipped)
    if name == "100k links":
        assert len(links) == MAX_LINKS
        assert links[0] == ("链接0", "http://www.example.gov.cn/l0.html")
    if name == "deep":
        assert reading.newest == date(2026, 11, 1)
    if name == "empty":
        assert reading.items == () and detail.published is None and links == ()


def _undated_main() -> str:
    lis = "".join(f"<li><a href='u{k}.html'>{t}</a></li>" for k, t in enumerate(titles(8)))
    return f"<div class='main-list'><ul>{lis}</ul></div>"


def _dated_hot_box() -> str:
    rows = [("全区召开重要会议部署工作", "2026-11-24"), ("区长调研重点项目建设进展", "2026-11-23")]
    return "<div class='sidebar'><h3>热点新闻</h3>" + ul(rows, "hot") + "</div>"


def test_undated_main_list_beats_a_dated_hot_box() -> None:
    reading = read_list(parse_html(page(_undated_main() + _dated_hot_box())), BASE, AS_OF)
    assert [i.title for i in reading.items] == titles(8)
    assert reading.newest is None  # the caller dates it from detail pages, not from the box


def test_empty_column_beside_a_dated_hot_box_is_empty() -> None:
    body = "<div class='content'>暂无信息</div>" + _dated_hot_box()
    reading = read_list(parse_html(page(body)), BASE, AS_OF)
    assert (reading.items, reading.newest, reading.empty_marker) == ((), None, "暂无信息")


def test_marker_in_a_side_box_does_not_empty_an_undated_list() -> None:
    body = _undated_main() + "<div class='side'><h3>通知</h3><p>暂无数据</p></div>"
    reading = read_list(parse_html(page(body)), BASE, AS_OF)
    assert reading.empty_marker is None
    assert len(reading.items) == 8


def test_item_headings_are_not_box_titles() -> None:
    """Items titled in <h4> that mention 相关 do not make their own list a 相关 box."""
    lis = "".join(
        f"<li><h4><a href='h{k}.html'>关于相关工作安排的第{k}号通知</a>"
        f"<span>11-{10 + k}</span></h4></li>"
        for k in range(4)
    )
    side = _dated_hot_box()
    reading = read_list(
        parse_html(page(f"<div class='item'><ul>{lis}</ul></div>" + side)), BASE, AS_OF
    )
    assert len(reading.items) == 4
    assert reading.newest == date(2026, 11, 13)


@pytest.mark.parametrize("label", ["更新时间", "成文日期", "截止日期", "会议时间", "网站更新时间"])
def test_detail_other_dates_are_not_publication(label: str) -> None:
    html = page(f"<p>{label}：2026-11-20</p><div><i>时间：</i>2026-10-01 08:00</div>")
    reading = read_detail(parse_html(html), "http://x/a.html", AS_OF)
    assert (reading.published, reading.source) == (date(2026, 10, 1), "visible:时间")


def test_marker_inside_a_script_is_not_seen() -> None:
    body = "<div class='content'><script>var none = '暂无数据';</script></div>"
    reading = read_list(parse_html(page(body)), BASE, AS_OF)
    assert reading.empty_marker is None
    assert reading.newest_rule == "no list found"


def test_pinned_items_in_a_block_of_their_own_belong_to_the_column() -> None:
    pinned = (
        "<ul class='top-list'>"
        "<li><font color='red'>[置顶]</font><a href='t1.html'>关于元旦春节期间值班安排的通知</a>"
        "<span>2026-11-21</span></li></ul>"
    )
    rows = [(t, f"2026-0{k + 3}-01") for k, t in enumerate(titles(4))]
    html = page(f"<div class='main-r'><h2>通知公告</h2>{pinned}{ul(rows, 'list_con')}</div>")
    reading = read_list(parse_html(html), BASE, AS_OF)
    assert reading.newest == date(2026, 11, 21)
    assert len(reading.items) == 5 and "pinned" in reading.newest_rule


def test_a_header_beside_the_list_is_not_a_pinned_block() -> None:
    header = "<div class='top'><a href='/'>设为首页</a> 2026年11月25日 星期三</div>"
    rows = [(t, f"2026-0{k + 3}-01") for k, t in enumerate(titles(4))]
    reading = read_list(parse_html(page(header + ul(rows, "list_con"))), BASE, AS_OF)
    assert reading.newest == date(2026, 6, 1)


def test_rows_opened_by_onclick_are_a_list() -> None:
    rows = "".join(
        f"<tr onclick=\"window.open('./2026/t2026{m:02d}01_{k}.html')\" style='cursor:pointer'>"
        f"<td>{k}</td><td>{t}</td><td>2026-{m:02d}-01</td></tr>"
        for k, (m, t) in enumerate(zip([6, 5, 4], titles(3), strict=True))
    )
    html = page(
        f"<table class='xxgk_table'><tr><th>序号</th><th>标题</th><th>日期</th></tr>{rows}</table>"
    )
    reading = read_list(parse_html(html), BASE, AS_OF)
    assert reading.newest == date(2026, 6, 1)
    assert [i.title for i in reading.items] == titles(3)
    assert reading.items[0].url == "http://www.example.gov.cn/col/gzdt/2026/t20260601_0.html"


def test_a_list_rendered_from_inline_json_is_read_and_its_placeholder_is_not_empty() -> None:
    records = ",".join(
        f'{{"title":"{t}","url":"./content_{k}.html","time":"2026-11-{20 - k:02d}"}}'
        for k, t in enumerate(titles(3))
    )
    body = (
        "<ul id='newsList'><li class='no-data'>暂无数据</li></ul>"
        f"<script>var data = [{records}];\nrender(data);</script>"
    )
    reading = read_list(parse_html(page(body)), BASE, AS_OF)
    assert reading.newest == date(2026, 11, 20) and reading.empty_marker is None
    assert reading.items[0].url == "http://www.example.gov.cn/col/gzdt/content_0.html"


@pytest.mark.parametrize("marker", ["栏目建设中", "共0条记录 首页 上一页", "共 0 条"])
def test_a_column_saying_it_has_nothing_is_empty(marker: str) -> None:
    reading = read_list(
        parse_html(page(NAV + f"<div class='list'>{marker}</div>" + FOOTER)), BASE, AS_OF
    )
    assert reading.items == () and reading.empty_marker is not None


def test_a_pager_counting_many_is_not_empty() -> None:
    reading = read_list(
        parse_html(page(NAV + "<div class='list'>共10条记录</div>" + FOOTER)), BASE, AS_OF
    )
    assert reading.empty_marker is None


def test_dates_in_a_parallel_list_are_paired_with_the_titles() -> None:
    links = "".join(f"<li><a href='c{k}.html'>{t}</a></li>" for k, t in enumerate(titles(3)))
    dates = "".join(f"<li>{d}</li>" for d in ("2026-10-17", "2026-11-20", "2026-09-01"))
    html = page(f"<div class='lb'><ul class='l'>{links}</ul><ul class='r'>{dates}</ul></div>")
    reading = read_list(parse_html(html), BASE, AS_OF)
    assert [i.date for i in reading.items] == [
        date(2026, 10, 17),
        date(2026, 11, 20),
        date(2026, 9, 1),
    ]
    assert reading.newest == date(2026, 11, 20)


def test_a_neighbour_of_another_length_is_no_date_column() -> None:
    links = "".join(f"<li><a href='c{k}.html'>{t}</a></li>" for k, t in enumerate(titles(3)))
    html = page(
        f"<div class='lb'><ul class='l'>{links}</ul><ul class='r'><li>2026-11-20</li></ul></div>"
    )
    assert read_list(parse_html(html), BASE, AS_OF).newest is None


def test_a_table_per_item_is_a_list() -> None:
    tables = "".join(
        f"<table class='t'><tr><td><a href='c{k}.html'>{t}</a></td>"
        f"<td>2026-0{k + 3}-14</td></tr></table>"
        for k, t in enumerate(titles(3))
    )
    reading = read_list(parse_html(page(f"<div class='main-r'>{tables}</div>")), BASE, AS_OF)
    assert reading.newest == date(2026, 5, 14) and len(reading.items) == 3


def test_boxes_of_one_shape_with_different_titles_are_different_lists() -> None:
    def box(title: str, rows: list[tuple[str, str]]) -> str:
        return f"<div class='box'><div class='box-t'><h3>{title}</h3></div>{ul(rows, 'l')}</div>"

    newest = [(t, f"2026-11-{20 + k}") for k, t in enumerate(titles(3))]
    own = [(t, f"2026-0{k + 3}-01") for k, t in enumerate(titles(6))]
    html = page(f"<div class='con-box'>{box('最新发布', newest)}{box('通知公告', own)}</div>")
    reading = read_list(parse_html(html), BASE, AS_OF)
    assert reading.newest == date(2026, 8, 1) and len(reading.items) == 6


def test_the_top_bar_greeting_is_not_a_dated_entry() -> None:
    bar = "<div class='top-bar'>今天是：2026年11月24日 星期二 <a href='/'>首页</a></div>"
    lis = "".join(f"<li><a href='u{k}.html'>{t}</a></li>" for k, t in enumerate(titles(2)))
    reading = read_list(parse_html(page(bar + f"<ul class='list_con'>{lis}</ul>")), BASE, AS_OF)
    assert reading.newest is None


def test_group_titles_inside_one_list_do_not_split_it() -> None:
    def group(name: str, days: list[int]) -> str:
        lis = "".join(
            f"<li><a href='{name}{d}.html'>{t}</a><span>2026-11-{d:02d}</span></li>"
            for t, d in zip(titles(len(days)), days, strict=True)
        )
        return f"<li><h4>{name}</h4><ul class='sub'>{lis}</ul></li>"

    html = page(f"<ul class='grp'>{group('河长制', [9, 1])}{group('防汛抗旱', [22, 5])}</ul>")
    reading = read_list(parse_html(html), BASE, AS_OF)
    assert reading.newest == date(2026, 11, 22) and len(reading.items) == 4


def test_a_date_column_in_the_next_table_cell_is_paired() -> None:
    titles_table = "".join(
        f"<tr><td>·<a href='c{k}.html'>{t}</a></td></tr>" for k, t in enumerate(titles(3))
    )
    dates_table = "".join(
        f"<tr><td>{d}</td></tr>" for d in ("2026-10-01", "2026-11-22", "2026-09-30")
    )
    html = page(
        f"<table><tr><td><table class='t1'>{titles_table}</table></td>"
        f"<td><table class='t2'>{dates_table}</table></td></tr></table>"
    )
    assert read_list(parse_html(html), BASE, AS_OF).newest == date(2026, 11, 22)


# --- a hub page: several equal boxes, one of them the column's --------------------------


def boxes(*spec: tuple[str, str, int]) -> str:
    """Titled boxes of one template: (title, newest date, items) each."""
    out = []
    for title, newest, count in spec:
        start = date.fromisoformat(newest).toordinal()
        lis = "".join(
            f"<li><a href='/{title}/{k}.html'>关于{title}第{k}项重点工作情况的公开信息</a>"
            f"<span>{date.fromordinal(start - 5 * k).isoformat()}</span></li>"
            for k in range(count)
        )
        out.append(
            f"<div class='box'><div class='hd'><h3>{title}</h3><a href='/more'>更多</a>"
            f"</div><ul class='list'>{lis}</ul></div>"
        )
    return page("<div class='main'>" + "".join(out) + "</div>")


HUB = boxes(
    ("通知公告", "2026-09-01", 6), ("政策文件", "2026-07-01", 6), ("工作动态", "2026-11-23", 6)
)


@pytest.mark.parametrize(
    ("names", "newest"),
    [
        (("工作动态", "部门动态"), date(2026, 11, 23)),
        (("部门动态", "工作动态"), date(2026, 11, 23)),  # a category name names it too
        (("【政策文件】",), date(2026, 7, 1)),  # compared as names are: brackets dropped
        (("通知公告",), date(2026, 9, 1)),
    ],
)
def test_on_a_hub_page_the_box_named_for_the_column_is_its_list(
    names: tuple[str, ...], newest: date
) -> None:
    reading = read_list(parse_html(HUB), BASE, AS_OF, names=names)
    assert reading.newest == newest
    assert "as the column is named" in reading.newest_rule or names == ("通知公告",)
    assert len(reading.items) == 6


def test_without_a_matching_name_a_hub_page_reads_as_before() -> None:
    for names in ((), ("机构概况",)):
        reading = read_list(parse_html(HUB), BASE, AS_OF, names=names)
        assert reading.newest == date(2026, 9, 1)  # the first of equal boxes
        assert "as the column is named" not in reading.newest_rule


def test_a_main_list_well_larger_than_a_box_named_for_the_column_stays_the_list() -> None:
    # The main list is titled neutrally: a 最新信息 box is the portal's, never the column's.
    html = boxes(("信息列表", "2026-08-01", 20), ("工作动态", "2026-11-23", 4))
    reading = read_list(parse_html(html), BASE, AS_OF, names=("工作动态",))
    assert reading.newest == date(2026, 8, 1) and len(reading.items) == 20
    close = boxes(("信息列表", "2026-08-01", 7), ("工作动态", "2026-11-23", 6))
    chosen = read_list(parse_html(close), BASE, AS_OF, names=("工作动态",))
    assert chosen.newest == date(2026, 11, 23) and len(chosen.items) == 6


def test_a_title_bar_before_the_list_names_its_box_too() -> None:
    def bar_box(title: str, newest: str, cls: str) -> str:
        start = date.fromisoformat(newest).toordinal()
        lis = "".join(
            f"<li><a href='/{cls}/{k}.html'>关于{title}第{k}项重点工作情况的公开信息</a>"
            f"<span>{date.fromordinal(start - 3 * k).isoformat()}</span></li>"
            for k in range(6)
        )
        return (
            f"<div class='{cls}'><div class='bt'><span>{title}</span>"
            f"<a href='/more'>更多&gt;&gt;</a></div><ul>{lis}</ul></div>"
        )

    html = page(
        "<div class='main'>"
        + bar_box("通知公告", "2026-09-25", "b1")
        + bar_box("工作动态", "2026-11-22", "b2")
        + "</div>"
    )
    assert read_list(parse_html(html), BASE, AS_OF).newest == date(2026, 9, 25)
    named = read_list(parse_html(html), BASE, AS_OF, names=("工作动态",))
    assert named.newest == date(2026, 11, 22)
