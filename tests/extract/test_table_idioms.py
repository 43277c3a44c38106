"""Old table-layout sites (动易, 新云, DedeCMS) and the ASP/IIS error pages they answer with
200 (portal24s's repro pages, S1–S6 of tests/portal24s/DISCREPANCIES.md), each read as a
reader sees it on 2027-05-18."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checks.model import Fetched, PageRole, Unreachable
from crawler.decode import Decoded, decode_html
from crawler.extract import parse_html, read_list
from crawler.extract.errorpage import error_page_reason
from crawler.extract.listing import ListReading
from crawler.reader import Page, Reading, read_page

REPRO = Path(__file__).resolve().parents[1] / "portal24s" / "repro"
AS_OF = date(2027, 5, 18)
URL = "http://www.example.gov.cn/bm/x/Article/ShowClass.asp?ClassID=3"
HTML = "text/html"  # the header names no charset: the page's <meta> does (gb2312)


def repro(name: str) -> str:
    """A repro page's text, decoded as the crawler decodes its GBK bytes."""
    decoded = decode_html((REPRO / name).read_bytes(), HTML)
    assert isinstance(decoded, Decoded), decoded
    return decoded.text


def listed(html: str) -> ListReading:
    return read_list(parse_html(html), URL, AS_OF)


def read(html: str, role: PageRole) -> Reading:
    return read_page(Page(html.encode("utf-8"), HTML, 200, URL, role, AS_OF))


def read_repro(name: str, role: PageRole) -> Reading:
    return read_page(Page((REPRO / name).read_bytes(), HTML, 200, URL, role, AS_OF))


# S1: the box title stands in an earlier <tr> of the box's table (or before its table): the
# list's container is the <tbody> the parser inserts, so it is looked for around the table.
S1 = repro("s1-table-side-box.html")
BOX_TITLE = "<tr><td><b>最新更新</b></td></tr>"


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(S1, id="title-row"),
        # the same box titled only by an image, as xz_sg's is
        pytest.param(
            S1.replace("<b>最新更新</b>", '<img src="t.gif" alt="最新更新">'), id="img-alt"
        ),
        # a 1-pixel spacer row between the title row and the rows
        pytest.param(
            S1.replace(BOX_TITLE, BOX_TITLE + '<tr><td height="1" bgcolor="#CCCCCC"></td></tr>'),
            id="spacer-row",
        ),
        # a 热点文章 box (点击排行): the most read, not the column's list
        pytest.param(S1.replace("最新更新", "热点文章"), id="hot-box"),
    ],
)
def test_a_left_cell_box_loses_to_the_column_list(html: str) -> None:
    reading = listed(html)
    assert reading.newest == date(2027, 4, 28)  # the column's own list, 20 days old
    assert any("box titled" in c.why for c in reading.candidates)


def test_a_title_just_before_the_box_table_is_read() -> None:
    # <div><b>最新更新</b></div><table>rows</table>: a title outside the table, right before it
    rows_start = S1.index("<tr><td><table", S1.index(BOX_TITLE))
    inner = S1[S1.index("<table", rows_start) : S1.index("</table>", rows_start) + 8]
    box = S1[S1.index('<table width="100%" border="0">') : S1.index("</table>\n</td>") + 8]
    html = S1.replace(box, f"<div><b>最新更新</b></div>{inner}", 1)
    assert "最新更新" in html and html != S1
    reading = listed(html)
    assert reading.newest == date(2027, 4, 28)


def test_a_table_box_titled_with_the_column_name_is_its_list() -> None:
    # two equal boxes, 通知公告 | 工作动态, no 最新更新 word: the tie goes to the first in the
    # page, unless the column's name picks its own box by the title row of its table
    hub = S1.replace("最新更新", "通知公告")
    assert listed(hub).newest == date(2027, 5, 18)
    named = read_list(parse_html(hub), URL, AS_OF, names=("工作动态",))
    assert named.newest == date(2027, 4, 28)
    assert "its box titled '工作动态'" in named.newest_rule


# S2: the 最新更新 box put off the content, the blank column's own table says 共 0 篇.
def test_a_blank_column_beside_a_newest_box_is_empty() -> None:
    reading = listed(repro("s2-empty-with-side-box.html"))
    assert reading.items == ()
    assert reading.empty_marker is not None and "共" in reading.empty_marker


# S3–S6: server-side errors answered 200 are unreachable pages.
@pytest.mark.parametrize(
    ("name", "role"),
    [
        # S3: an ADODB error after the chrome and a 最新更新 box (the page stops there)
        ("s3-adodb-after-chrome.html", "column"),
        # S4: a VBScript run-time error and nothing else, in place of a column
        ("s4-vbscript-error.html", "column"),
        # S5: an ODBC (Access) error in place of the unit's subpage
        ("s5-odbc-error-subpage.html", "subpage"),
        # S6: IIS 5's 500-100.asp page (无法显示网页) in place of an article: no date
        ("s6-iis-500-100-article.html", "detail"),
    ],
)
def test_a_server_error_page_is_unreachable(name: str, role: PageRole) -> None:
    reading = read_repro(name, role)
    assert isinstance(reading, Unreachable), reading
    assert reading.status == 200


@pytest.mark.parametrize(
    "body",
    [
        "<h2>“/”应用程序中的服务器错误。</h2><h3>未将对象引用设置到对象的实例。</h3>"
        + "<pre>堆栈跟踪: at Index.Page_Load()</pre>" * 200,  # long: the stack trace
        "<h1>Server Error in '/' Application.</h1><p>Object reference not set.</p>",
        "<b>Fatal error</b>: Call to undefined function mysql_connect() in"
        " <b>/www/index.php</b> on line <b>12</b>",
        "<b>Warning</b>: mysql_connect() [function.mysql-connect]: Access denied in /www/conn.php",
        "Microsoft JET Database Engine 错误 '80040e14' 语法错误 (操作符丢失)。 /list.asp，行 9",
    ],
    ids=["aspnet-zh-long", "aspnet-en", "php-fatal", "php-mysql-warning", "jet"],
)
def test_other_server_errors_are_error_pages(body: str) -> None:
    html = f"<html><head><meta charset=utf-8></head><body>{body}</body></html>"
    assert error_page_reason(parse_html(html)) is not None


NOTICE = (
    "<html><head><meta charset=utf-8><title>关于我局网站部分栏目访问异常的情况说明</title></head>"
    "<body><h1>关于我局网站部分栏目访问异常的情况说明</h1><p>发布时间：2027-05-10</p>"
    "<p>近日，部分群众反映访问我局网站时页面出现{quote}ADODB.Recordset 错误 '800a0bcd'{end}"
    "提示。经排查，系数据库升级所致，现已修复。</p><p>特此说明。</p></body></html>"
)


@pytest.mark.parametrize(("quote", "end"), [("“", "”"), ("", "的")])
def test_an_article_about_an_error_is_an_article(quote: str, end: str) -> None:
    html = NOTICE.format(quote=quote, end=end)
    assert error_page_reason(parse_html(html)) is None
    reading = read(html, "detail")
    assert isinstance(reading, Fetched)
    assert reading.newest == date(2027, 5, 10)


def test_an_article_titled_by_an_error_is_an_article() -> None:
    html = (
        "<html><head><meta charset=utf-8><title>ADODB.Recordset 错误 '800a0bcd' 的处理办法"
        "</title></head><body><h1>ADODB.Recordset 错误 '800a0bcd' 的处理办法</h1>"
        "<p>发布时间：2027-05-10</p><p>记录集为空时先判断 EOF。</p></body></html>"
    )
    assert error_page_reason(parse_html(html)) is None


def test_a_long_page_quoting_a_fatal_error_in_code_is_a_page() -> None:
    prose = "<p>本文介绍在政务网站迁移过程中如何排查旧程序的数据库连接问题，供各单位参考。</p>" * 40
    html = (
        "<html><head><meta charset=utf-8><title>网站迁移技术说明</title></head><body>"
        f"<h1>网站迁移技术说明</h1>{prose}<pre>Fatal error: Call to undefined function"
        f" mysql_connect() in /www/conn.php on line 3</pre>{prose}</body></html>"
    )
    assert error_page_reason(parse_html(html)) is None
    assert isinstance(read(html, "detail"), Fetched)
