"""The seventh 24-unit trap portal: the traps of portals 24 to 24f, fixed against one minimal page
each, written again as another CMS would write them — other tags, classes, nesting, attribute
spellings, encodings and positions — and two traps on one page.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule; `p.maybe` for a finding acceptable either
way). Ages are literal. The reference day is `AS_OF`, 2027-01-12, a Tuesday early in the year,
so year-less `12/31` belongs to the year before. The server is `tests.portal24f.server`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24c.site import cn_date, fullwidth, simple_detail
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, Portal, config_yaml, stale, std

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 1, 12)
GAMBLING = ("www.hg8868-vip.com", "www.js77888.net", "www.am-pj0099.com")
HOSTILE = "<script>alert(1)</script>"
SPAM_WORDS = ("澳门新葡京", "太阳城娱乐", "皇冠体育投注")


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    p.add("/images/top.gif", "GIF89a", ctype="image/gif")
    return p


def plain(p: Portal, base: str, name: str, ages: Sequence[int], **kw: object) -> list[Item]:
    """Items whose detail URLs carry no date (the list or the detail page must give it)."""
    return p.items(base, name, ages, style="plain", **kw)  # type: ignore[arg-type]


def lines(items: Sequence[Item], fmt: Callable[[Item], str]) -> str:
    return "\n".join(fmt(i) for i in items)


def a(i: Item) -> str:
    t = escape(i.title)
    return f'<a href="{escape(i.href)}" target="_blank" title="{t}">{t}</a>'


def ymd(i: Item) -> str:
    return i.when.isoformat() if i.when else ""


def spam(words: Sequence[str] = SPAM_WORDS) -> str:
    return "".join(
        f'<a href="http://{host}/">{w}</a>' for w, host in zip(words, GAMBLING, strict=False)
    )


def before_footer(p: Portal, path: str, html: str) -> None:
    r = p.routes[path]
    text = r.body.decode("utf-8").replace('<div class="footer">', html + '<div class="footer">', 1)
    p.routes[path] = replace(r, body=text.encode("utf-8"))


def framed(p: Portal, u, name: str, inner: str) -> str:
    """A full page in the portal chrome (meta tags included), for frames and iframes."""
    return p.column_page(u, name, inner)


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2.
# =========================================================================================


def _u01_zdxx(p: Portal) -> None:
    """置顶 blocks beside the list, marked by an image, not by text. 工作动态: a
    `div.zdxx` of three old lines (`<img src=top.gif>`) then `div.newslist`, newest 3 days
    (fresh). 通知公告: a `ul.topnews` whose lines are old, list newest 200 days (stale)."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    top = plain(p, base, "工作动态", [420, 390, 366])
    rest = plain(p, base, "工作动态", [3, 6, 9, 15, 22])
    zd = lines(
        top,
        lambda i: (
            f'<li><img src="/images/top.gif" alt="" border="0" />{a(i)}<span>{ymd(i)}</span></li>'
        ),
    )
    ls = lines(rest, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
    main = f'<div class="zdxx"><ul>{zd}</ul></div><div class="newslist"><ul>{ls}</ul></div>'
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    base = p.col(u, "通知公告", "notice", "tzgg")
    top = plain(p, base, "通知公告", [500, 480])
    rest = plain(p, base, "通知公告", [200, 230, 290])
    zd = lines(top, lambda i: f"<li><b>【顶】</b>{a(i)}<em>{ymd(i)}</em></li>")
    ls = lines(rest, lambda i: f"<li>{a(i)}<em>{ymd(i)}</em></li>")
    main = f'<ul class="topnews">{zd}</ul><ul class="commonlist">{ls}</ul>'
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    stale(p, "gxj", base + "index.html", "通知公告", "notice", 200, "R3.newest: 置顶 lines old")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u02_parallel(p: Portal) -> None:
    """Dates in a parallel column. 工作动态: titles in one `<table>`, dates in the `<td>`s of a
    second table beside it; the first two lines are old 置顶 ones (fresh, newest 4).
    政策文件: titles as `<p>` in `div.bt`, dates as `<p>` in a sibling `div.rq`; the detail pages
    carry no date (stale, 250)."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [400, 380, 4, 8, 12, 19])
    t1 = lines(items, lambda i: f'<tr><td height="28">·{a(i)}</td></tr>')
    t2 = lines(items, lambda i: f'<tr><td height="28" align="right">{ymd(i)}</td></tr>')
    main = (
        '<table width="100%"><tr><td width="80%"><table class="t1">'
        f'{t1}</table></td><td width="20%"><table class="t2">{t2}</table></td></tr></table>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = plain(p, base, "政策文件", [250, 270, 300, 330], visible=False, meta_date=False)
    bt = lines(items, lambda i: f"<p>{a(i)}</p>")
    rq = lines(items, lambda i: f"<p>{ymd(i)}</p>")
    main = f'<div class="wrap clearfix"><div class="bt fl">{bt}</div>'
    main += f'<div class="rq fr">{rq}</div></div>'
    p.add(base + "index.html", p.column_page(u, "政策文件", main))
    stale(p, "fgw", base + "index.html", "政策文件", "policy", 250, "R3.newest: parallel dates")
    p.maybe("fgw", "meta_missing", "*", "RULES §2: detail pages without PubDate")
    std(p, u, skip=("dynamic", "policy"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u03_onclick(p: Portal) -> None:
    """Rows without `<a>`. 工作动态: `<li onclick="location.href='…'">` with the date in a span
    (fresh, 2). 通知公告: `<div class="row" onclick="openwin('…')">` (stale, 220)."""
    u = p.unit("jtj", "区交通运输局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [2, 5, 11, 30])
    li = lines(
        items,
        lambda i: (
            f'<li onclick="location.href=\'{i.href}\'" style="cursor:pointer">'
            f'<span class="t">{escape(i.title)}</span><span class="d">{ymd(i)}</span></li>'
        ),
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="clist">{li}</ul>'))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [220, 240, 300])
    dv = lines(
        items,
        lambda i: (
            f'<div class="row" onclick="openwin(\'{i.href}\')"><div class="c1">'
            f'{escape(i.title)}</div><div class="c2">[{ymd(i)}]</div></div>'
        ),
    )
    script = "<script>function openwin(u){window.open(u,'_blank');}</script>"
    p.add(base + "index.html", p.column_page(u, "通知公告", dv + script))
    stale(p, "jtj", base + "index.html", "通知公告", "notice", 220, "R3.newest: onclick rows")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _json_list(items: Sequence[Item], keys: tuple[str, str, str], var: str) -> str:
    t, url, d = keys
    data = [{t: i.title, url: i.href, d: f"{ymd(i)} 10:00:00"} for i in items]
    return (
        f'<ul id="{var}"></ul><script type="text/javascript">\n'
        f"var {var}Data = {json.dumps(data, ensure_ascii=False)};\n"
        f"for (var i = 0; i < {var}Data.length; i++) {{ var o = {var}Data[i];\n"
        f"document.getElementById('{var}').innerHTML += '<li><a href=\"' + o.{url} + '\">' "
        f"+ o.{t} + '</a><span>' + o.{d}.substring(0, 10) + '</span></li>'; }}\n</script>"
    )


def _u04_json(p: Portal) -> None:
    """Lists in JSON rendered by script. 工作动态: keys docTitle/docUrl/pubDate (fresh, 4).
    通知公告: keys bt/url/fbrq (stale, 300)."""
    u = p.unit("swj", "区商务局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [4, 9, 16, 25])
    main = _json_list(items, ("docTitle", "docUrl", "pubDate"), "docList")
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [300, 320, 350])
    main = _json_list(items, ("bt", "url", "fbrq"), "xxList")
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    stale(p, "swj", base + "index.html", "通知公告", "notice", 300, "R3.newest: JSON list")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u05_fullwidth(p: Portal) -> None:
    """Full-width dates in full-width brackets 【２０２７－０１－０８】 under two old 置顶 lines
    (工作动态 fresh, 4). Undated lists whose detail pages give the date only in Chinese
    numerals: 政策文件 as 发布日期 in a head table (二〇二六年五月二十六日: 231 days, stale),
    人事信息 only in the document's 落款 (400 days, stale)."""
    u = p.unit("qxj", "区气象局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [500, 450, 4, 7, 13])
    li = lines(items, lambda i: f"<li>{a(i)}<i>【{fullwidth(i.when)}】</i></li>")  # type: ignore[arg-type]
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="lb">{li}</ul>'))
    for name, cat, slug, ages, labelled in (
        ("政策文件", "policy", "zcwj", (231, 260, 300), True),
        ("人事信息", "personnel", "rsxx", (400, 430, 500), False),
    ):
        base = p.col(u, name, cat, slug)
        items = []
        for n, age in enumerate(ages):
            path = f"{base}art_{n}.html"
            title = f"区气象局{name}（{n}）"
            when = p.d(age)
            if labelled:  # 发布日期 in Chinese numerals, in a table of the article's head
                body = (
                    '<table class="xxgk"><tr><td>发布日期：</td>'
                    f"<td>{cn_date(when)}</td></tr></table><p>各有关单位：……</p>"
                )
            else:  # only the 落款 of the document
                body = f'<p>各有关单位：……</p><p align="right">区气象局<br/>{cn_date(when)}</p>'
            simple_detail(p, path, title, body, name)
            items.append(Item(title, path, None))
        li = lines(items, lambda i: f"<li>{a(i)}</li>")
        p.add(base + "index.html", p.column_page(u, name, f"<ul>{li}</ul>"))
        stale(p, "qxj", base + "index.html", name, cat, ages[0], "R3.newest: detail dates")
    p.maybe("qxj", "meta_missing", "*", "RULES §2: detail pages without PubDate")
    std(p, u, skip=("dynamic", "policy"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u06_newest_box(p: Portal) -> None:
    """A 最新发布 box in the same wrapper as the list, titled by `<span class="tit">`, same
    `<ul><li>` markup, holding yesterday's items of other columns: 工作动态's own list is 30
    days old (stale)."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    own = plain(p, base, "工作动态", [30, 36, 44, 60])
    other = plain(p, "/bm/mzj/xwzx/", "新闻中心", [1, 1, 2])
    li = lines(own, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
    box = lines(other, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
    main = (
        f'<div class="con"><div class="box"><ul>{li}</ul></div>'
        f'<div class="box"><span class="tit">最新发布</span><ul>{box}</ul></div></div>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    stale(p, "mzj", base + "index.html", "工作动态", "dynamic", 30, "R3.newest: not a side box")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u07_pager_split(p: Portal) -> None:
    """One list in two boxes with the same title, split by a pager bar: the newest (3 days)
    is in the second box (fresh). 通知公告: same shape, newest 190 (stale)."""
    u = p.unit("kjj", "区科学技术局", "department")
    for name, cat, slug, first, second, want in (
        ("工作动态", "dynamic", "gzdt", [40, 45, 50], [3, 8, 12, 20], None),
        ("通知公告", "notice", "tzgg", [400, 420], [190, 200, 260], 190),
    ):
        base = p.col(u, name, cat, slug)
        one = plain(p, base, name, first)
        two = plain(p, base, name, second)
        older = plain(p, base, name, [700, 720])
        box = '<div class="lb"><div class="lbt">{n}</div><ul>{li}</ul></div>'
        li1 = lines(one, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
        li2 = lines(two, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
        pager = (
            '<div class="fy"><span>1</span> <a href="index_1.html">2</a> '
            '<a href="index_1.html">下一页</a></div>'
        )
        main = box.format(n=name, li=li1) + pager + box.format(n=name, li=li2)
        p.add(base + "index.html", p.column_page(u, name, main))
        li3 = lines(older, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
        p.add(base + "index_1.html", p.column_page(u, name, box.format(n=name, li=li3)))
        if want:
            stale(p, "kjj", base + "index.html", name, cat, want, "R3.newest: one list")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def frameset(p: Portal, name: str, left: str, main: str, cols: str = "180,*") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">\n<html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{name}</title>{h.meta(name, name)}</head>\n"
        f'<frameset cols="{cols}" frameborder="no" border="0" framespacing="0">'
        f'<frame src="{left}" name="leftFrame" scrolling="No" noresize="noresize" id="leftFrame">'
        f'<frame src="{main}" name="mainFrame" id="mainFrame">'
        "</frameset><noframes><body>您的浏览器不支持框架。</body></noframes></html>"
    )


def _u08_frames(p: Portal) -> None:
    """Frameset columns, `cols="180,*"`, frames `leftFrame` (a column tree, no dates) and
    `mainFrame` (the list). 工作动态 25 days (stale); 通知公告 10 days (fresh)."""
    u = p.unit("tjj", "区统计局", "department")
    for name, cat, slug, ages, want in (
        ("工作动态", "dynamic", "gzdt", [25, 31, 40], 25),
        ("通知公告", "notice", "tzgg", [10, 70, 90], None),
    ):
        base = p.col(u, name, cat, slug)
        items = plain(p, base, name, ages)
        tree = f'<ul class="tree"><li><a href="{base}main.html" target="mainFrame">{name}</a>'
        tree += "</li></ul>"
        p.add(base + "left.html", framed(p, u, name, tree))
        li = lines(items, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
        p.add(base + "main.html", framed(p, u, name, f"<ul>{li}</ul>"))
        p.add(base + "index.html", frameset(p, name, "left.html", "main.html"))
        if want:
            stale(p, "tjj", base + "index.html", name, cat, want, "R3.newest: mainFrame's list")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u09_iframe(p: Portal) -> None:
    """The list in an `<iframe scrolling="no" frameborder="0">` inside the chrome. 工作动态 20
    days (stale); 通知公告 through an iframe whose list says 暂无相关信息 (empty)."""
    u = p.unit("zrj", "区自然资源局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [20, 26, 33])
    li = lines(items, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
    p.add(base + "list.html", framed(p, u, "工作动态", f"<ul>{li}</ul>"))
    frame = (
        '<iframe src="list.html" width="100%" height="600" scrolling="no" frameborder="0" '
        'marginheight="0" marginwidth="0" allowtransparency="true"></iframe>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", frame))
    stale(p, "zrj", base + "index.html", "工作动态", "dynamic", 20, "R3.newest: iframe list")
    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(
        base + "list.html",
        framed(p, u, "通知公告", '<ul><li class="nodata">暂无相关信息</li></ul>'),
    )
    frame = f'<IFRAME SRC="{base}list.html" WIDTH="100%" HEIGHT="500" SCROLLING="NO" '
    frame += 'FRAMEBORDER="0"></IFRAME>'
    p.add(base + "index.html", p.column_page(u, "通知公告", frame))
    p.expect(
        "zrj",
        "column_empty",
        base + "index.html",
        "R3.empty: the framed list holds nothing",
        column="通知公告",
        category="notice",
    )
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u10_docwrite(p: Portal) -> None:
    """Hidden spam written by `document.write`, split into many `+` pieces and `\\x3c`
    escapes, on the subpage: injection."""
    u = p.unit("whj", "区文化和旅游局", "department")
    std(p, u)
    parts = []
    for w, host in zip(SPAM_WORDS, GAMBLING, strict=False):
        parts += ["'\\x3ca hr'", "'ef=\"http://'", f"'{host[:6]}'", f"'{host[6:]}/\">'"]
        parts += [f"'{w[:2]}'", f"'{w[2:]}'", "'\\x3c/a>'"]
    js = (
        '<script type="text/javascript">document.write(\'\\x3cdiv style="position:absolute;'
        "top:-999px;left:-999px\">' + " + " + ".join(parts) + " + '\\x3c/div>');</script>"
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=js))
    p.expect("whj", "content_injection", u.subpage, "R3.injection: script-written hidden links")


def _u11_late_style(p: Portal) -> None:
    """A class hidden by a second `<style>` block at the end of body: 通知公告's list page
    carries a `div.lj-x` of gambling links (injection). The subpage's `div.m-only` (same way
    hidden) is a mobile menu of own links (innocent)."""
    u = p.unit("ybj", "区医疗保障局", "department")
    std(p, u)
    path = "/bm/ybj/tzgg/index.html"
    before_footer(
        p,
        path,
        f'<div class="lj-x">{spam()}</div><style type="text/css">.lj-x{{display:none}}</style>',
    )
    p.expect("ybj", "content_injection", path, "R3.injection: hidden by a late class rule")
    menu = (
        '<div class="m-only"><a href="/">首页</a><a href="/zwgk/index.html">政务公开</a>'
        '<a href="http://www.gov.cn/">中国政府网</a></div><style>.m-only{display:none;}</style>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=menu))


def _u12_title(p: Portal) -> None:
    """Title hijack with `_` and `,` separators (开云体育_乐鱼体育,九游会_区人社局) on the
    subpage: injection. 工作动态's list is innocent."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    std(p, u)
    html = p.subpage_html(u, p.menu(u))
    html = html.replace(f"<title>{u.name}-", f"<title>开云体育_乐鱼体育,九游会官网_{u.name}-", 1)
    p.add(u.subpage, html)
    p.expect("rsj", "content_injection", u.subpage, "R3.injection: title hijack")


WAF = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    '<meta http-equiv="Pragma" content="no-cache"><script type="text/javascript" r=\'m\'>'
    "$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=83126;$_ts.cd=\"qXrcrrAlEcAqqGqqEGqAqAq"
    'qqqAqtqtWlAcqqAlrcAqrGqlkcAqEGqqEaqAqqqqlqqqqqAq";</script>'
    '<script type="text/javascript" charset="utf-8" src="/4QbVtADbnLVIc/d.FxJzG50F.dfe1675.js"'
    " r='m'></script></head><body></body></html>"
)


def _u13_waf(p: Portal) -> None:
    """通知公告 answers 200 with a 瑞数 `$_ts` puzzle: a warning (extraction_failed), never
    stale, empty or unreachable."""
    u = p.unit("ajj", "区应急管理局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    path = "/bm/ajj/tzgg/index.html"
    p.answer(path, WAF.encode())
    p.expect(
        "ajj",
        "extraction_failed",
        path,
        "R3.extraction: a WAF puzzle, not the list",
        column="通知公告",
        category="notice",
    )
    p.maybe("ajj", "meta_missing", path, "RULES §2: the puzzle carries no tags")


def _island(items: Sequence[Item], total: str, cid: int) -> str:
    recs = "\n".join(
        f'<record><![CDATA[<p class="xx">{a(i)}<b>{ymd(i)}</b></p>]]></record>' for i in items
    )
    return (
        f'<div id="{cid}"><script type="text/xml"><datastore>\n'
        f"<recordset>\n{recs}\n</recordset>\n<totalrecord>{total}</totalrecord>"
        f"<totalpage> 1 </totalpage></datastore></script>\n"
        '<script language="javascript" src="/module/web/jpage/dataproxy.js"></script></div>'
    )


def _u14_jcms(p: Portal) -> None:
    """大汉 JCMS islands: 通知公告 empty with `<totalrecord> 0 </totalrecord>` (empty);
    工作动态 sorted oldest first, newest (2) last (fresh)."""
    u = p.unit("sjj", "区审计局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [60, 40, 25, 12, 2])
    p.add(base + "index.html", p.column_page(u, "工作动态", _island(items, " 5 ", 4411)))
    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(base + "index.html", p.column_page(u, "通知公告", _island([], " 0 ", 4412)))
    p.expect(
        "sjj",
        "column_empty",
        base + "index.html",
        "R3.empty: an empty recordset",
        column="通知公告",
        category="notice",
    )
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u15_relative(p: Portal) -> None:
    """Relative dates: 工作动态's newest lines say 刚刚 and 1天前, the rest are 20+ days old
    (fresh); detail pages carry no date."""
    u = p.unit("wjw", "区卫生健康局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [0, 1, 20, 28, 35], visible=False, meta_date=False)
    shown = ["刚刚", "1天前", *(ymd(i) for i in items[2:])]
    li = "".join(
        f'<li>{a(i)}<span class="sj">{s}</span></li>' for i, s in zip(items, shown, strict=True)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f"<ul>{li}</ul>"))
    p.maybe("wjw", "meta_missing", "*", "RULES §2: detail pages without PubDate")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u16_slash(p: Portal) -> None:
    """Year-less dates with a slash. 工作动态 `12/31` … on 2027-01-12: last year's (12 days,
    fresh). 通知公告 `06/30`: 2026-06-30, 196 days (stale). Detail pages carry no date."""
    u = p.unit("lyj", "区林业局", "department")
    for name, cat, slug, ages, want in (
        ("工作动态", "dynamic", "gzdt", [12, 15, 23, 40], None),
        ("通知公告", "notice", "tzgg", [196, 220, 250], 196),
    ):
        base = p.col(u, name, cat, slug)
        items = plain(p, base, name, ages, visible=False, meta_date=False)
        li = lines(items, lambda i: f"<li>{a(i)}<span>{i.when:%m/%d}</span></li>")  # type: ignore[union-attr]
        p.add(base + "index.html", p.column_page(u, name, f"<ul>{li}</ul>"))
        if want:
            stale(p, "lyj", base + "index.html", name, cat, want, "R3.newest: month-day dates")
    p.maybe("lyj", "meta_missing", "*", "RULES §2: detail pages without PubDate")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u17_empty_td(p: Portal) -> None:
    """通知公告 is a table with a header row and `<td colspan="3">暂无相关信息</td>`: empty."""
    u = p.unit("cgj", "区城市管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    table = (
        '<table class="list" width="100%"><tr class="th"><th>序号</th><th>标题</th>'
        '<th>发布日期</th></tr><tr><td colspan="3" align="center" style="color:#999">'
        "暂无相关信息</td></tr></table>"
    )
    bad = f"/bm/cgj/search404.html?q={HOSTILE}"
    search = f'<p><a href="{escape(bad)}">站内搜索</a></p>'
    p.add(base + "index.html", p.column_page(u, "通知公告", table + search))
    p.expect("cgj", "broken_link", bad, "R3.broken: 404 (a hostile query for the bulletin)")
    p.expect(
        "cgj",
        "column_empty",
        base + "index.html",
        "R3.empty: the table holds no item",
        column="通知公告",
        category="notice",
    )
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u18_backslash(p: Portal) -> None:
    """The subpage's category menu links with backslashes (`.\\gzdt\\index.html`,
    `..\\scj\\tzgg\\index.html`): not broken, and the categories are shown."""
    u = p.unit("scj", "区市场监督管理局", "department")
    std(p, u)
    links = [
        ("工作动态", ".\\gzdt\\index.html"),
        ("通知公告", "..\\scj\\tzgg\\index.html"),
        ("政策文件", "\\bm\\scj\\zcwj\\index.html"),
        ("机构概况", "jggk\\index.html"),
    ]
    p.add(u.subpage, p.subpage_html(u, links))


def _u19_file(p: Portal) -> None:
    """`file:` links. On 通知公告's list page (graded: broken); on the newest detail page of
    工作动态
    (a detail page is not one of the pages whose links are checked: nothing)."""
    u = p.unit("nyj", "区农业农村局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    local = "file:///D:/新建文件夹/2027年春耕备耕工作方案.docx"
    before_footer(p, "/bm/nyj/tzgg/index.html", f'<p>附件下载：<a href="{local}">春耕方案</a></p>')
    p.expect("nyj", "broken_link", "abs:" + local, "R3.broken: an editor's local file")
    detail = next(k for k in p.routes if k.startswith("/bm/nyj/gzdt/2027"))
    before_footer(p, detail, '<a href="file:///C:/Users/admin/Desktop/附件.xls">附件</a>')


def _u20_combo_frames(p: Portal) -> None:
    """Two traps on one column: a frameset (`rows`, frames `topFrame`/`mainFrame`) whose main
    frame is a JCMS island sorted oldest first: 工作动态 newest 18 (stale). 通知公告: an iframe
    whose list has a `zdxx` 置顶 block of old lines beside fresh full-width dates (fresh)."""
    u = p.unit("hbj", "区生态环境分局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [80, 50, 33, 18])
    p.add(base + "main.html", framed(p, u, "工作动态", _island(items, "4", 5511)))
    p.add(base + "top.html", framed(p, u, "工作动态", '<div class="banner"></div>'))
    fs = frameset(p, "工作动态", "top.html", "main.html", cols="").replace(
        'cols=""', 'rows="120,*"'
    )
    fs = fs.replace('name="leftFrame"', 'name="topFrame"')
    p.add(base + "index.html", fs)
    stale(p, "hbj", base + "index.html", "工作动态", "dynamic", 18, "R3.newest: framed island")
    base = p.col(u, "通知公告", "notice", "tzgg")
    top = plain(p, base, "通知公告", [700, 650])
    rest = plain(p, base, "通知公告", [20, 60, 90])
    zd = lines(
        top,
        lambda i: f'<li><img src="/images/top.gif" />{a(i)}<span>{fullwidth(i.when)}</span></li>',
    )  # type: ignore[arg-type]
    ls = lines(rest, lambda i: f"<li>{a(i)}<span>{fullwidth(i.when)}</span></li>")  # type: ignore[arg-type]
    inner = f'<div class="zdxx"><ul>{zd}</ul></div><ul class="list">{ls}</ul>'
    p.add(base + "list.html", framed(p, u, "通知公告", inner))
    p.add(
        base + "index.html",
        p.column_page(
            u,
            "通知公告",
            '<iframe src="list.html" scrolling="no" frameborder="0" width="100%" '
            'height="700"></iframe>',
        ),
    )
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u21_combo_rows(p: Portal) -> None:
    """`<tr onclick="window.open('…')">` rows with year-less `01/08` dates, under an old 置顶 row
    (工作动态 fresh, 4); 通知公告's onclick rows with `[12-20]`-style dates and a 热点 box of
    newer dates beside (stale, 205)."""
    u = p.unit("tyj", "区体育局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [380, 4, 10, 17], visible=False, meta_date=False)
    tr = lines(
        items,
        lambda i: (
            f"<tr onclick=\"window.open('{i.href}')\"><td>{escape(i.title)}</td>"
            f'<td width="80">{i.when:%m/%d}</td></tr>'
        ),  # type: ignore[union-attr]
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<table class="tab">{tr}</table>'))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [205, 240, 280], visible=False, meta_date=False)
    hot = plain(p, "/bm/tyj/rd/", "热点", [1, 2])
    tr = lines(
        items,
        lambda i: (
            f"<tr onclick=\"location='{i.href}'\"><td>{escape(i.title)}</td>"
            f"<td>[{i.when:%m-%d}]</td></tr>"
        ),  # type: ignore[union-attr]
    )
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", f"<table>{tr}</table>", side=h.hot_box(hot)),
    )
    stale(p, "tyj", base + "index.html", "通知公告", "notice", 205, "R3.newest: own list only")
    p.maybe("tyj", "meta_missing", "*", "RULES §2: detail pages without PubDate")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u22_town_names(p: Portal) -> None:
    """A town whose subpage shows its categories by name only, written 【乡镇动态】, ［通知公告］
    and 機構概況 (繁体), linking to an outside platform's pages (not configured columns): all
    present. Its only configured column (机构概况) is healthy."""
    u = p.unit("xz_sm", "石马镇人民政府", "town")
    p.overview(u)
    for slug in ("dt", "gg", "gk"):
        p.add(f"/xxgk/sm/{slug}.html", framed(p, u, slug, "<p>石马镇信息公开</p>"))
    links = [
        ("【乡镇动态】", "/xxgk/sm/dt.html"),
        ("［通知公告］", "/xxgk/sm/gg.html"),
        ("機構概況", "/xxgk/sm/gk.html"),
    ]
    p.add(u.subpage, p.subpage_html(u, links))


def _u23_missing(p: Portal) -> None:
    """Control: the subpage lacks 政策文件 (category_missing). Beside it, innocent text: a
    `<section hidden>` 扫黄打非 notice of own links, and 久久为功/亚洲 in visible news."""
    u = p.unit("gaj", "区公安分局", "department")
    std(p, u, policy=False)
    extra = (
        '<section hidden><a href="/bm/gaj/gzdt/index.html">扫黄打非专项行动</a>'
        '<a href="/bm/gaj/tzgg/index.html">严厉打击赌博违法犯罪</a></section>'
        "<p>我局久久为功推进平安建设，亚洲象保护宣传进社区。</p>"
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect(
        "gaj",
        "category_missing",
        u.subpage,
        "R3.category: 政策文件 not shown",
        category="policy",
    )


def _u24_down(p: Portal) -> None:
    """Control: the subpage answers 502 every time (subpage_unreachable); its columns are
    healthy, one of them behind a 412 `$_ts` puzzle (a warning, not unreachable)."""
    u = p.unit("xz_dg", "东关街道办事处", "town")
    std(p, u, policy=False)
    p.answer(u.subpage, b"<h1>502 Bad Gateway</h1>", status=502)
    p.expect("xz_dg", "subpage_unreachable", u.subpage, "R3.unreachable: 502 after retries")
    p.expect("xz_dg", "broken_link", u.subpage, "R3.broken: the columns' crumbs lead to it")
    path = "/zj/xz_dg/tzgg/index.html"
    p.answer(path, WAF.encode(), status=412)
    p.expect(
        "xz_dg",
        "extraction_failed",
        path,
        "R3.extraction: a WAF puzzle (412), not the list",
        column="通知公告",
        category="notice",
    )
    p.maybe("xz_dg", "meta_missing", path, "RULES §2: the puzzle carries no tags")
    p.maybe(
        "xz_dg",
        "column_unreachable",
        path,
        "judgement: a puzzle is no usable answer either",
        column="通知公告",
        category="notice",
    )


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_zdxx,
    _u02_parallel,
    _u03_onclick,
    _u04_json,
    _u05_fullwidth,
    _u06_newest_box,
    _u07_pager_split,
    _u08_frames,
    _u09_iframe,
    _u10_docwrite,
    _u11_late_style,
    _u12_title,
    _u13_waf,
    _u14_jcms,
    _u15_relative,
    _u16_slash,
    _u17_empty_td,
    _u18_backslash,
    _u19_file,
    _u20_combo_frames,
    _u21_combo_rows,
    _u22_town_names,
    _u23_missing,
    _u24_down,
)
