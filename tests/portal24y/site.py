"""The portal24y trap portal: column list pages whose dates are written in idioms a date reader
may misread — a date `<td>` in a separate row under each title row, `2028/3/9 9:05:33`, .NET
`3/9/2028` (month/day/year), `09-03-2028` (day-month-year), `2028.03.09.` with a trailing dot,
full-width `２０２８年３月９日` in a `<font>`, `[2028-03-09 周四]`, a 置顶 line with a typo year
2082, 发布日期 beside a newer 更新日期, `更新时间：` as every line's label, `(2028-03-09)` inside
the link text, a two-column list (`ul.left` / `ul.right`, the newer half on the right), a
'load more' list, and a 信息公开指南 column that is one article — plus controls.

Each `_uNN` function states what a monitor following RULES.md must report (`p.expect`;
`p.maybe` for a judgement call). The reference day is `AS_OF`, 2028-03-14, a Tuesday.
The server is `tests.portal24k.server`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from tests.portal24.html import Item
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, config_yaml, stale, std
from tests.portal24g.site import HOSTILE, a, ymd
from tests.portal24k.site import Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2028, 3, 14)
WEEK = "一二三四五六日"
BAD = f"/bm/gxj/search404.html?q={HOSTILE}"
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    return p


def plain(p: Portal, base: str, name: str, ages: Sequence[int]) -> list[Item]:
    return p.items(base, name, ages, style="plain")


def us(d: date) -> str:
    return f"{d.year}/{d.month}/{d.day} 9:05:33"


def when(i: Item) -> date:
    assert i.when is not None
    return i.when


def column(p: Portal, uid: str, uname: str, name: str, cat: str, slug: str, ages: Sequence[int],
           fmt: Callable[[Item], str], wrap: str = '<ul class="list">{}</ul>',
           kind: str = "department") -> tuple[str, list[Item]]:
    """One unit whose column `name` is written line by line with `fmt`; other columns std."""
    u = p.unit(uid, uname, kind)
    base = p.col(u, name, cat, slug)
    items = plain(p, base, name, ages)
    p.add(base + "index.html", p.column_page(u, name, wrap.format("".join(fmt(i) for i in items))))
    std(p, u, skip=(cat,))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    return base + "index.html", items


def _u01_row_below(p: Portal) -> None:
    """工作动态 table: each title row is followed by its own row `<td class="rq">日期</td>`
    (3, 7, 10 days): fresh. Nothing (R3.newest)."""
    column(p, "ajj", "区应急管理局", "工作动态", "dynamic", "gzdt", [3, 7, 10],
           lambda i: f'<tr><td class="bt">{a(i)}</td></tr><tr><td class="rq">{ymd(i)}</td></tr>',
           '<table class="list" width="100%">{}</table>')


def _u02_us_time(p: Portal) -> None:
    """工作动态 dates `2028/2/23 9:05:33` (20, 25, 30 days): stale at 20 (R3.age 20 > 14)."""
    path, _ = column(
        p, "tjj", "区统计局", "工作动态", "dynamic", "gzdt", [20, 25, 30],
        lambda i: f"<li>{a(i)}<span>{us(when(i))}</span></li>")
    stale(p, "tjj", path, "工作动态", "dynamic", 20, "R3.newest 2028/2/23; R3.age 20 > 14")


def _u03_net_mdy(p: Portal) -> None:
    """工作动态 dates from .NET `3/9/2028` (month/day/year; the list also has `2/13/2028`,
    which only reads as m/d/y): 5, 13, 30 days, fresh. Nothing (read day-first, 3/9 would be a
    future 9 March → ignored, and 3/1 → 3 January: a false stale)."""
    column(p, "mzj", "区民政局", "工作动态", "dynamic", "gzdt", [5, 13, 30],
           lambda i: f"<li>{a(i)}<span>{when(i).month}/{when(i).day}/{when(i).year}</span></li>")


def _u04_dmy(p: Portal) -> None:
    """工作动态 dates `09-03-2028` (day-month-year; the list also has `23-02-2028`): 5, 20, 30
    days, fresh. Nothing."""
    column(p, "jyj", "区教育局", "工作动态", "dynamic", "gzdt", [5, 20, 30],
           lambda i: f"<li>{a(i)}<span>{when(i):%d-%m-%Y}</span></li>")


def _u05_trailing_dot(p: Portal) -> None:
    """工作动态 dates `2028.02.27.` with a trailing dot (16, 20, 25 days): stale at 16."""
    path, _ = column(p, "fgw", "区发展和改革委员会", "工作动态", "dynamic", "gzdt", [16, 20, 25],
                     lambda i: f"<li>{a(i)}<span>{when(i):%Y.%m.%d}.</span></li>")
    stale(p, "fgw", path, "工作动态", "dynamic", 16, "R3.age 16 > 14")


def _u06_fullwidth_font(p: Portal) -> None:
    """工作动态 dates `<font color="#999999">２０２８年３月１３日</font>` (1, 6, 12 days): fresh."""
    def fmt(i: Item) -> str:
        d = when(i)
        s = f"{d.year}年{d.month}月{d.day}日".translate(FW)
        return f'<li>{a(i)}<font color="#999999">{s}</font></li>'
    column(p, "czj", "区财政局", "工作动态", "dynamic", "gzdt", [1, 6, 12], fmt)


def _u07_weekday(p: Portal) -> None:
    """工作动态 dates `[2028-03-09 周四]` (5, 9 days): fresh."""
    column(p, "rsj", "区人力资源和社会保障局", "工作动态", "dynamic", "gzdt", [5, 9],
           lambda i: f"<li>{a(i)}<span>[{ymd(i)} 周{WEEK[when(i).weekday()]}]</span></li>")


def _u08_pinned_2082(p: Portal) -> None:
    """工作动态: a 置顶 line dated 2082-03-10 (a typo for 2028), then lines 18 and 25 days old:
    the typo is later than as_of + 1, ignored (R3.newest): stale at 18."""
    u = p.unit("wjw", "区卫生健康局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [4, 18, 25])
    li = (f'<li class="top"><em>[置顶]</em>{a(items[0])}<span>2082-03-10</span></li>'
          + "".join(f"<li>{a(i)}<span>{ymd(i)}</span></li>" for i in items[1:]))
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>'))
    stale(p, "wjw", base + "index.html", "工作动态", "dynamic", 18,
          "R3.newest: 2082 is a typo, ignored; R3.age 18 > 14")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u09_updated_column(p: Portal) -> None:
    """通知公告 table 标题 | 发布日期 | 更新日期: published 200, 220, 260 days ago, edited 3, 10,
    20 days ago. An edit is no new item (§2 栏目不更新: nothing new published): stale at 200
    (R3.age 200 > 183)."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [200, 220, 260])
    rows = "".join(
        f"<tr><td>{a(i)}</td><td>{ymd(i)}</td><td>{p.d(e):%Y-%m-%d}</td></tr>"
        for i, e in zip(items, [3, 10, 20], strict=True))
    table = ('<table class="list"><tr><th>标题</th><th>发布日期</th><th>更新日期</th></tr>'
             f"{rows}</table>")
    p.add(base + "index.html", p.column_page(u, "通知公告", table))
    stale(p, "scj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: the items' publish dates; 更新日期 is an edit, not a new item")
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u10_updated_label(p: Portal) -> None:
    """工作动态: every line carries `更新时间：2028-03-11` as its date label (3, 8 days): that
    label is the list's date here: fresh. Nothing."""
    column(p, "slj", "区水利局", "工作动态", "dynamic", "gzdt", [3, 8, 15],
           lambda i: f"<li>{a(i)}<span>更新时间：{ymd(i)}</span></li>")


def _u11_date_in_link(p: Portal) -> None:
    """工作动态: each link's text ends in `(2028-03-12)`, the line's only date (2, 9 days):
    fresh. Nothing."""
    def fmt(i: Item) -> str:
        return f'<li><a href="{i.href}" target="_blank">{i.title}({ymd(i)})</a></li>'
    column(p, "ybj", "区医疗保障局", "工作动态", "dynamic", "gzdt", [2, 9, 16], fmt)


def _u12_two_columns(p: Portal) -> None:
    """工作动态 in two lists `ul.left` (20, 22, 25 days) and `ul.right` (3, 5, 8 days), half the
    lines each: the column's list is both; newest 3: fresh. Nothing."""
    u = p.unit("whj", "区文化和旅游局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    left = plain(p, base, "工作动态", [20, 22, 25])
    right = plain(p, base, "工作动态", [3, 5, 8])

    def ul(cls: str, items: list[Item]) -> str:
        return (f'<ul class="{cls}">'
                + "".join(f"<li>{a(i)}<span>{ymd(i)}</span></li>" for i in items) + "</ul>")
    main = f'<div class="list2">{ul("left", left)}{ul("right", right)}</div>'
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u13_load_more(p: Portal) -> None:
    """工作动态: 3 static lines (16, 20, 23 days), a 加载更多 button fetching older lines (30,
    40) from JSON: stale at 16."""
    u = p.unit("lyj", "区林业局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [16, 20, 23])
    more = plain(p, base, "工作动态", [30, 40])
    p.add(base + "more.json", json.dumps(
        [{"title": i.title, "url": i.href, "date": ymd(i)} for i in more], ensure_ascii=False),
        ctype="application/json")
    li = "".join(f"<li>{a(i)}<span>{ymd(i)}</span></li>" for i in items)
    main = (f'<ul class="list" id="list">{li}</ul>'
            '<div class="more"><button id="loadMore" type="button">加载更多</button></div>'
            '<script>document.getElementById("loadMore").onclick=function(){'
            f'fetch("{base}more.json").then(function(r){{return r.json();}}).then(function(d){{'
            'd.forEach(function(o){document.getElementById("list").innerHTML+='
            '"<li><a href=\\""+o.url+"\\">"+o.title+"</a><span>"+o.date+"</span></li>";});});};'
            "</script>")
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    stale(p, "lyj", base + "index.html", "工作动态", "dynamic", 16, "R3.age 16 > 14")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u14_guide_article(p: Portal) -> None:
    """机构概况 is the 信息公开指南 as one article (paragraphs, 发布日期 2025-01-06 at the
    bottom): not blank, and 概况 has no freshness rule. Nothing (column_empty would be a false
    fail; extraction_failed acceptable)."""
    u = p.unit("xz_dz", "东风路街道办事处", "town")
    std(p, u, policy=False, skip=("overview",))
    base = p.col(u, "机构概况", "overview", "jggk")
    paras = "".join(f'<p style="text-indent:2em">{t}</p>' for t in [
        "一、主动公开。本机关主动公开的政府信息，通过区政府门户网站、政务公开栏等方式公开。",
        "二、依申请公开。公民、法人或者其他组织可以向本机关申请获取相关政府信息。",
        "三、受理机构：东风路街道党政办公室，办公时间：工作日上午8:30-12:00，下午14:30-18:00。",
        "四、监督方式：对本机关政府信息公开工作有异议的，可向区政务公开办公室投诉。"])
    main = (f'<div class="article"><h1>东风路街道办事处政府信息公开指南</h1>{paras}'
            '<p class="fbrq" style="text-align:right">发布日期：2025-01-06</p></div>')
    p.add(base + "index.html", p.column_page(u, "机构概况", main))
    p.maybe("xz_dz", "extraction_failed", base + "index.html", "R3.extraction: one article",
            column="机构概况", category="overview")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u15_control_town(p: Portal) -> None:
    """A plain healthy town: nothing."""
    u = p.unit("xz_qm", "清姜路街道办事处", "town")
    std(p, u, policy=False)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u16_control_missing(p: Portal) -> None:
    """A department with no 政策文件 column or link: category_missing (R3.category); its
    站内搜索 link answers 404 (R3.broken; the bulletin must show the hostile query escaped)."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    std(p, u, policy=False)
    extra = f'<div class="search"><a href="{escape(BAD)}">站内搜索</a></div>'
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect("gxj", "broken_link", BAD, "R3.broken: 404")
    p.expect("gxj", "category_missing", u.subpage, "R3.category: 政策文件 required",
             category="policy")


UNITS: list[Callable[[Portal], None]] = [
    _u01_row_below, _u02_us_time, _u03_net_mdy, _u04_dmy, _u05_trailing_dot,
    _u06_fullwidth_font, _u07_weekday, _u08_pinned_2082, _u09_updated_column,
    _u10_updated_label, _u11_date_in_link, _u12_two_columns, _u13_load_more,
    _u14_guide_article, _u15_control_town, _u16_control_missing,
]
