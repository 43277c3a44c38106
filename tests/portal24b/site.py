"""The second 24-unit trap portal: traps of real government CMSs not in `tests.portal24`.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule). Ages are literal. The reference day is
`AS_OF` (2027-01-02, a Saturday just after new year: `[01-01]` is yesterday, `[12-28]` last
year). The page chrome and helpers come from `tests.portal24`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from sampleportal.pages import Route
from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import CATEGORIES, MAX_AGE, Expect, Unit, config_yaml
from tests.portal24.site import Portal as _Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml", "site"]

AS_OF = date(2027, 1, 2)
Fmt = Callable[[date], str]


def iso(d: date) -> str:
    return d.isoformat()


class Portal(_Portal):
    """`head_status`: paths whose HEAD answers differ from their GET."""

    def __init__(self, today: date, refused_port: int = 0) -> None:
        super().__init__(today, refused_port)
        self.head_status: dict[str, int] = {}

    def raw(self, path: str, body: bytes, ctype: str, **route: object) -> None:
        self.routes[path] = Route(body=body, content_type=ctype, **route)  # type: ignore[arg-type]


def ul(
    items: Sequence[Item],
    fmt: Fmt = iso,
    *,
    tag: str = "span",
    first: bool = False,
    cls: str = "list_con",
) -> str:
    """ul/li lines; the date in `tag`, after the title or (`first`) before it."""
    lines = []
    for i in items:
        when = f"<{tag}>{fmt(i.when)}</{tag}>" if i.when else ""
        link = f'<a href="{escape(i.href)}" target="_blank">{escape(i.title)}</a>'
        top = '<font color="red">[置顶]</font>' if i.pinned else ""
        lines.append(f"<li>{top}{when}{link}</li>" if first else f"<li>{top}{link}{when}</li>")
    return f'<ul class="{cls}">\n' + "\n".join(lines) + "\n</ul>"


def xxgk_table(rows: Sequence[tuple[Item, date]], unit_code: str = "11610302MB1586023X") -> str:
    """信息公开目录: 索引号 | 名称 | 发文字号 | 成文日期 | 发布日期 (Item.when is 发布日期)."""
    head = (
        "<tr><th>索引号</th><th>名称</th><th>发文字号</th><th>成文日期</th><th>发布日期</th></tr>"
    )
    body = "".join(
        f"<tr><td>{unit_code}/{i.when.year if i.when else 2026}-{120 + n:05d}</td>"
        f'<td><a href="{escape(i.href)}" target="_blank">{escape(i.title)}</a></td>'
        f"<td>渭财发〔{written.year}〕{12 + n}号</td><td>{written:%Y-%m-%d}</td>"
        f"<td>{i.when:%Y-%m-%d}</td></tr>"
        for n, (i, written) in enumerate(rows)
        if i.when
    )
    return f'<table class="xxgk_table" width="100%">{head}{body}</table>'


def xxgk_detail(title: str, today: date, column: str, written: date, published: date) -> str:
    """A 信息公开 article: its metadata table carries 成文日期 and 发布日期."""
    table = (
        '<table class="xxgk-meta"><tr><td>索引号：</td><td>11610302MB1586023X/2026-00121</td>'
        "<td>发布机构：</td><td>区财政局</td></tr>"
        f"<tr><td>成文日期：</td><td>{written:%Y-%m-%d}</td>"
        f"<td>发布日期：</td><td>{published:%Y-%m-%d}</td></tr>"
        f"<tr><td>名　　称：</td><td colspan=3>{escape(title)}</td></tr></table>"
    )
    body = f'<div class="article">{table}<h1>{escape(title)}</h1><p>各镇街、各部门：……</p></div>'
    return h.page(
        title=title,
        head=h.meta(
            column,
            column,
            ArticleTitle=title,
            PubDate=f"{published:%Y-%m-%d} 10:00",
            ContentSource="区财政局",
        ),
        today=today,
        crumbs=[("首页", "/")],
        main=body,
    )


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    return p


def site(portal: Portal):
    from sampleportal.pages import StaticSite

    return StaticSite(portal.today, portal.routes)


def stale(p: Portal, unit: str, base: str, name: str, cat: str, age: int, rule: str) -> None:
    p.expect(unit, "column_stale", base + "index.html", rule, column=name, category=cat, age=age)


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2.
# =========================================================================================


def _u01_czj(p: Portal) -> None:
    """信息公开目录 table with 索引号, 发文字号 〔2026〕 and two date columns (成文 / 发布):
    政策文件 published 190 days ago (stale); 通知公告 the same table sorted by 索引号 (oldest
    first), undated detail URLs, newest row 40 days old (fresh);
    工作动态 dates 2026年12月28日 inside <em> (5 days)."""
    u = p.unit("czj", "区财政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [5, 9, 16])
    fmt: Fmt = lambda d: f"{d.year}年{d.month}月{d.day}日"  # noqa: E731
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items, fmt, tag="em")))
    for name, cat, slug, ages in (
        ("通知公告", "notice", "tzgg", [300, 260, 220, 150, 40]),  # by 索引号, oldest first
        ("政策文件", "policy", "zcwj", [190, 230, 300]),
    ):
        base = p.col(u, name, cat, slug)
        rows = []
        for n, age in enumerate(ages):
            p._n += 1
            when, written = p.d(age), p.d(age + 6)
            path = (
                f"{base}content_{p._n}.html"
                if cat == "notice"
                else f"{base}{when:%Y%m}/t{when:%Y%m%d}_{p._n}.html"
            )
            title = f"关于印发《渭滨区财政资金管理办法（{n + 1}）》的通知"
            p.add(path, xxgk_detail(title, p.today, name, written, when))
            rows.append((Item(title, path, when), written))
        p.add(base + "index.html", p.column_page(u, name, xxgk_table(rows)))
    stale(p, "czj", base, "政策文件", "policy", 190, "R3.newest: the 发布日期 column; R3.age")
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u02_gxj(p: Portal) -> None:
    """置顶 blocks as separate <ul>s above the list: 通知公告's pinned lines are recent (12
    days) over a list 246 days old — the column is fresh; 工作动态's pinned lines are old over
    a fresh list. 政策文件 dates [2026-09-24] in <em>."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    pinned = p.items(base, "通知公告", [12, 20], pinned=(0, 1))
    rest = p.items(base, "通知公告", [246, 260, 300, 320])
    main = ul(pinned, cls="top-list") + ul(rest)
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    # RULES §3: the newest date is the maximum over the first list page, pinned items included.

    base = p.col(u, "工作动态", "dynamic", "gzdt")
    pinned = p.items(base, "工作动态", [300, 400], pinned=(0, 1))
    rest = p.items(base, "工作动态", [3, 6, 10])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(pinned, cls="zd") + ul(rest)))

    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [100, 140])
    p.add(
        base + "index.html", p.column_page(u, "政策文件", ul(items, lambda d: f"[{d}]", tag="em"))
    )
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u03_kjj(p: Portal) -> None:
    """Date first, title after (15 days: stale); 2026.07.03 in <i> (183 days: fresh); year-less
    (06-20) in <font> (196 days: stale)."""
    u = p.unit("kjj", "区科学技术局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [15, 19, 33])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items, first=True)))
    stale(p, "kjj", base, "工作动态", "dynamic", 15, "R3.age: 15 > 14 (date before the title)")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [183, 199])
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", ul(items, lambda d: f"{d:%Y.%m.%d}", tag="i")),
    )
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [196, 230], style="plain")
    p.add(
        base + "index.html",
        p.column_page(u, "政策文件", ul(items, lambda d: f"({d:%m-%d})", tag="font")),
    )
    stale(p, "kjj", base, "政策文件", "policy", 196, "R3.newest month-day; R3.age")
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u04_zrj(p: Portal) -> None:
    """A time after the date: 2026-12-20 09:30 (13 days: fresh); 规划计划 365 days with seconds
    (fresh); 人事信息 366 days (stale)."""
    u = p.unit("zrj", "区自然资源局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [13, 20])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items, lambda d: f"{d} 09:30")))
    p.fresh(u, "通知公告", "notice", "tzgg", age=70)
    p.fresh(u, "政策文件", "policy", "zcwj", age=80)
    base = p.col(u, "规划计划", "plan", "ghjh")
    items = p.items(base, "规划计划", [365, 500])
    p.add(base + "index.html", p.column_page(u, "规划计划", ul(items, lambda d: f"{d} 16:45:10")))
    base = p.col(u, "人事信息", "personnel", "rsxx")
    items = p.items(base, "人事信息", [366, 400])
    p.add(base + "index.html", p.column_page(u, "人事信息", ul(items, lambda d: f"{d} 08:05")))
    stale(p, "zrj", base, "人事信息", "personnel", 366, "R3.age: 366 > 365")
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u05_byz(p: Portal) -> None:
    """A town on 2 January: 乡镇动态 [01-01] is yesterday (fresh); 通知公告 6月20日 (196: stale)."""
    u = p.unit("byz", "八鱼镇", "town")
    base = p.col(u, "乡镇动态", "dynamic", "xzdt")
    items = p.items(base, "乡镇动态", [1, 5, 18], style="plain")
    p.add(base + "index.html", p.column_page(u, "乡镇动态", ul(items, lambda d: f"[{d:%m-%d}]")))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [196, 250], style="plain")
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", ul(items, lambda d: f"{d.month}月{d.day}日")),
    )
    stale(p, "byz", base, "通知公告", "notice", 196, "R3.newest month-day; R3.age")
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u06_jgj(p: Portal) -> None:
    """Redirects: 工作动态 configured without its slash, 301 to the directory (relative links
    resolve against the final URL); 通知公告 a chain of three 302s (200 days: stale);
    政策文件 a relative Location header."""
    u = p.unit("jgj", "区机关事务服务中心", "department")
    base = "/bm/jgj/gzdt/"
    u.columns.append(_col("工作动态", "dynamic", "/bm/jgj/gzdt"))
    p.add("/bm/jgj/gzdt", "", status=301, location="/bm/jgj/gzdt/")
    items = p.items(base, "工作动态", [4, 8, 12])
    p.add(base, p.column_page(u, "工作动态", h.trs_ul(items)))

    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(base + "index.html", "", status=302, location="/bm/jgj/tzgg/r1.html")
    p.add(base + "r1.html", "", status=302, location="/bm/jgj/r2.html")
    p.add("/bm/jgj/r2.html", "", status=302, location="/bm/jgj/tzgg2026/index.html")
    items = p.items("/bm/jgj/tzgg2026/", "通知公告", [200, 260])
    p.add("/bm/jgj/tzgg2026/index.html", p.column_page(u, "通知公告", h.trs_ul(items)))
    stale(p, "jgj", base, "通知公告", "notice", 200, "R3.unreachable: redirects followed; R3.age")

    base = p.col(u, "政策文件", "policy", "zcwj")
    p.add(base + "index.html", "", status=302, location="list.html")
    items = p.items(base, "政策文件", [50, 90])
    p.add(base + "list.html", p.column_page(u, "政策文件", h.trs_ul(items)))
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _col(name: str, cat: str, path: str):
    from tests.portal24.site import Column

    return Column(name, cat, path)


def _u07_mzw(p: Portal) -> None:
    """A Big5 subpage (meta charset only) naming its columns in 繁體, linking to list URLs other
    than the configured ones. Everything fresh; all categories shown."""
    u = p.unit("mzw", "區民族宗教事務局", "department")
    cols = [
        p.fresh(u, "工作动态", "dynamic", "gzdt", age=2),
        p.fresh(u, "通知公告", "notice", "tzgg", age=30),
        p.fresh(u, "政策文件", "policy", "zcwj", age=60),
        p.overview(u),
    ]
    names = ("工作動態", "通知公告", "政策文件", "機構概況")
    links = []
    for name, col in zip(names, cols, strict=True):
        links.append((name, col + "list_1.html"))
        p.add(col + "list_1.html", p.column_page(u, "欄目", "<p>欄目內容</p>"))
    text = p.subpage_html(u, links, charset="big5")
    p.raw(u.subpage, text.encode("big5", errors="replace"), "text/html")


def _u08_xfj(p: Portal) -> None:
    """Encodings: the subpage is UTF-8 with a BOM and a stale <meta charset=gb2312> (the BOM
    wins, as in every browser); its menu links to unconfigured list URLs. 工作动态 is GB18030
    with four-byte characters (a name outside GBK), declared gb2312."""
    u = p.unit("xfj", "区信访局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [6, 11])
    items = [
        Item(f"信访局局长𠇔国强接待来访群众（{n}）", i.href, i.when) for n, i in enumerate(items)
    ]
    text = p.column_page(u, "工作动态", h.trs_ul(items), charset="gb2312")
    p.raw(base + "index.html", text.encode("gb18030"), "text/html")
    cols = [
        base,
        p.fresh(u, "通知公告", "notice", "tzgg", age=40),
        p.fresh(u, "政策文件", "policy", "zcwj", age=90),
        p.overview(u),
    ]
    links = []
    for col, name in zip(cols, ("工作动态", "通知公告", "政策文件", "机构概况"), strict=True):
        links.append((name, col + "list.html"))
        p.add(col + "list.html", p.column_page(u, "栏目", "<p>栏目内容</p>"))
    text = p.subpage_html(u, links, charset="gb2312")
    p.raw(u.subpage, b"\xef\xbb\xbf" + text.encode("utf-8"), "text/html")


def _u09_gaj(p: Portal) -> None:
    """Innocent look-alikes: 反诈/禁毒 news naming 裸聊, 网上赌博, 六合彩 (no spam); 皇冠梨,
    金沙江, 太阳城社区 (place and fruit names); a print stylesheet hiding the 友情链接 box of
    news sites; a hidden 51.la counter on the subpage. No injection anywhere."""
    u = p.unit("gaj", "区公安分局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [2, 4, 7, 9])
    titles = (
        "【反诈课堂】警惕“裸聊”敲诈陷阱，守好自己的钱袋子",
        "一图读懂｜网上赌博的十大危害",
        "远离“六合彩”等私彩，莫让一时贪念毁了全家",
        "全民禁毒宣传月：珍爱生命 远离毒品",
    )
    news = [Item(t, i.href, i.when) for t, i in zip(titles, items, strict=True)]
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(news)))

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [10, 20, 35])
    titles = (
        "辖区皇冠梨喜获丰收 民警护航果品运输",
        "金沙江畔开展跨区域警务协作",
        "太阳城社区警务室开展入户走访",
    )
    news = [Item(t, i.href, i.when) for t, i in zip(titles, items, strict=True)]
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(news)))

    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [25, 70])
    style = '<style type="text/css" media="print">.yqlj,.top-bar{display:none}</style>'
    friends = (
        '<div class="yqlj"><h3>媒体链接</h3><a href="http://www.sxdaily.com.cn/">陕西传媒网</a>'
        '<a href="http://www.baojinews.com/">宝鸡新闻网</a>'
        '<a href="http://www.cnwest.com/">西部网</a></div>'
    )
    p.add(
        base + "index.html",
        p.column_page(u, "政策文件", h.trs_ul(items), side=friends, extra_head=style),
    )
    p.overview(u)
    counter = (
        '<div style="display:none"><script src="http://js.users.51.la/21345678.js"></script>'
        '<noscript><a href="http://www.51.la/?21345678" target="_blank">'
        '<img alt="我要啦免费统计" src="http://img.users.51.la/21345678.asp" /></a>'
        "</noscript></div>"
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=counter))


SPAM = "http://www.ag8866-vip.com/"


def _u10_dsj(p: Portal) -> None:
    """Injection variants: a hidden block written by document.write in an inline script (subpage);
    a <marquee> of gambling links (工作动态); a class hidden by a <style> inside the body
    (通知公告); position:absolute;top:-999px (政策文件)."""
    u = p.unit("dsj", "区大数据服务中心", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [3, 6])
    marquee = (
        f'<marquee scrollamount="3"><a href="{SPAM}">AG真人视讯</a> <a href="{SPAM}bjl/">百家乐</a>'
        f' <a href="{SPAM}ssc/">重庆时时彩</a> <a href="{SPAM}by/">捕鱼赢钱</a></marquee>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", marquee + h.trs_ul(items)))
    p.expect("dsj", "content_injection", base + "index.html", "R3.injection: phrase block")

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [20, 40])
    classed = (
        '<style>.c8a{display:none}</style><div class="c8a">'
        f'<a href="{SPAM}">澳门葡京</a><a href="{SPAM}2/">真人荷官</a></div>'
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items) + classed))
    p.expect("dsj", "content_injection", base + "index.html", "R3.injection: class in body style")

    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [30, 60])
    off = (
        '<div style="position:absolute; top:-999px; left:0"><a href="http://www.yh-8899.com/">'
        '银河娱乐</a><a href="http://www.yh-8899.com/a/">澳门银河</a></div>'
    )
    p.add(base + "index.html", p.column_page(u, "政策文件", h.trs_ul(items) + off))
    p.expect("dsj", "content_injection", base + "index.html", "R3.injection: top:-999px")
    p.overview(u)
    written = (
        '<script type="text/javascript">document.write(\'<div style="display:none">'
        f'<a href="{SPAM}">澳门新葡京</a><a href="{SPAM}zr/">真人娱乐</a>'
        f'<a href="{SPAM}lhc/">香港六合彩</a></div>\');</script>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=written))
    p.expect("dsj", "content_injection", u.subpage, "R3.injection: hidden links via document.write")


def _u11_ybj(p: Portal) -> None:
    """Hidden but innocent: a hover dropdown (class hidden by the page stylesheet) of media
    links, a carousel's opacity:0 slide of own links. 通知公告 carries an opacity:0 block of
    gambling links (spam terms: injection)."""
    u = p.unit("ybj", "区医疗保障局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [1, 5])
    style = (
        '<style type="text/css">.sub-nav{display:none}.nav-li:hover .sub-nav{display:block}</style>'
    )
    drop = (
        '<div class="nav-li"><span>媒体链接</span><ul class="sub-nav">'
        '<li><a href="http://www.sxdaily.com.cn/">陕西传媒网</a></li>'
        '<li><a href="http://www.cnwest.com/">西部网</a></li>'
        '<li><a href="http://www.baojinews.com/">宝鸡新闻网</a></li></ul></div>'
    )
    slide = (
        '<div class="slide" style="opacity:0"><a href="/bm/ybj/gzdt/index.html">'
        '<img src="/images/logo.png" alt="医保政策宣传"/></a></div>'
    )
    p.add(
        base + "index.html",
        p.column_page(u, "工作动态", slide + h.trs_ul(items), side=drop, extra_head=style),
    )
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [15, 30])
    op = (
        '<div style="opacity:0;height:1px;overflow:hidden"><a href="http://www.bet365-cn.net/">bet365</a>'
        '<a href="http://www.bet365-cn.net/ty/">亚博体育</a><a href="http://www.bet365-cn.net/qp/">'
        "开元棋牌</a></div>"
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items) + op))
    p.expect("ybj", "content_injection", base + "index.html", "R3.injection: spam terms, hidden")
    p.fresh(u, "政策文件", "policy", "zcwj", age=90)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u12_rfb(p: Portal) -> None:
    """Category names: image links named by their alt text, a trailing count 政策文件(23), and
    机构概况 shown only as 更多>> linking to the configured column's directory URL."""
    u = p.unit("rfb", "区人民防空办公室", "department")
    cols = [
        p.fresh(u, "工作动态", "dynamic", "gzdt", age=3),
        p.fresh(u, "通知公告", "notice", "tzgg", age=50),
        p.fresh(u, "政策文件", "policy", "zcwj", age=100),
        p.overview(u),
    ]
    for col in cols[:3]:
        p.add(col + "more.html", p.column_page(u, "栏目", "<p>栏目内容</p>"))
    p.routes[cols[3]] = p.routes[cols[3] + "index.html"]  # the server's directory index
    menu = (
        f'<div class="pic-menu"><a href="{cols[0]}more.html"><img src="/images/logo.png" '
        f'alt="工作动态" /></a><a href="{cols[1]}more.html"><img src="/images/logo.png" '
        'alt="通知公告" /></a></div>'
    )
    links = [("政策文件(23)", cols[2] + "more.html"), ("更多>>", cols[3])]
    p.add(u.subpage, p.subpage_html(u, links, extra=menu))


def _u13_qhz(p: Portal) -> None:
    """A town showing 公示公告 (not a configured name) on an unconfigured URL: 通知公告 missing.
    乡镇动态 and 机构概况 shown."""
    u = p.unit("qhz", "千河镇", "town")
    dyn = p.fresh(u, "乡镇动态", "dynamic", "xzdt", age=6)
    ov = p.overview(u)
    p.add("/zj/qhz/gsgg/index.html", p.column_page(u, "公示公告", "<p>栏目内容</p>"))
    links = [
        ("乡镇动态", dyn + "index.html"),
        ("公示公告", "/zj/qhz/gsgg/index.html"),
        ("机构概况", ov + "index.html"),
    ]
    p.add(u.subpage, p.subpage_html(u, links))
    p.expect(
        "qhz",
        "category_missing",
        u.subpage,
        "R3.category: 公示公告 is not a name",
        category="notice",
    )


def _u14_sw(p: Portal) -> None:
    """Link checking: HEAD refused (403, 404, 500, 501) where GET answers 200 — not broken; a
    404 PDF, a ../ link to a missing page — broken; a file name with spaces and a Chinese path
    with ../ segments — fine."""
    u = p.unit("swj", "区水务局", "department")
    for name, cat, slug, age in (
        ("工作动态", "dynamic", "gzdt", 2),
        ("通知公告", "notice", "tzgg", 20),
        ("政策文件", "policy", "zcwj", 40),
    ):
        p.fresh(u, name, cat, slug, age=age)
    p.overview(u)
    ok = p.column_page(u, "附件", "<p>附件内容</p>")
    for path, status in (
        ("/bm/swj/waf.html", 403),
        ("/bm/swj/app/query.jsp", 404),
        ("/bm/swj/app/hsearch.jsp", 500),
        ("/bm/swj/app/notimpl.jsp", 501),
    ):
        p.add(path, ok)
        p.head_status[path] = status
    p.add("/bm/swj/files/2026 年度 水资源公报.html", ok)
    p.add("/bm/swj/附件/防汛预案.html", ok)
    links = [
        *p.menu(u),
        ("水务查询", "/bm/swj/waf.html"),
        ("在线查询", "/bm/swj/app/query.jsp"),
        ("全文检索", "/bm/swj/app/hsearch.jsp"),
        ("办件查询", "/bm/swj/app/notimpl.jsp"),
        ("2026年度水资源公报", "/bm/swj/files/2026 年度 水资源公报.html"),
        ("防汛预案", "/bm/swj/gzdt/../附件/防汛预案.html"),
        ("河长制公示牌（PDF）", "/bm/swj/files/hzz.pdf"),
        ("旧版专题", "../swj/zt/../ztzl/index.html"),
    ]
    p.add(u.subpage, p.subpage_html(u, links))
    p.expect("swj", "broken_link", "/bm/swj/files/hzz.pdf", "R3.broken: 404 PDF")
    p.expect("swj", "broken_link", "/bm/swj/ztzl/index.html", "R3.broken: ../ resolved, 404")


DEAD_TOPIC = "/zt/2025/qfzt/index.html"


def _u15_dup(p: Portal, uid: str, name: str) -> None:
    u = p.unit(uid, name, "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=4)
    p.fresh(u, "通知公告", "notice", "tzgg", age=33)
    p.fresh(u, "政策文件", "policy", "zcwj", age=66)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, [*p.menu(u), ("清风专题", DEAD_TOPIC)]))
    p.expect(uid, "broken_link", DEAD_TOPIC, "R3.broken: the same dead target on two units")


def _u15_tjj(p: Portal) -> None:
    """Two units link the same dead special-topic page: each unit gets its broken_link."""
    _u15_dup(p, "tzb", "区委统战部")


def _u16_xcb(p: Portal) -> None:
    _u15_dup(p, "xcb", "区委宣传部")


def _u17_xqz(p: Portal) -> None:
    """A street office whose subpage answers 200 with a 页面不存在 template: subpage_unreachable
    only (no category findings); its columns are fine."""
    u = p.unit("xqz", "新区街道", "town")
    p.fresh(u, "乡镇动态", "dynamic", "xzdt", age=3)
    p.fresh(u, "通知公告", "notice", "tzgg", age=60)
    p.overview(u)
    p.add(
        u.subpage,
        h.page(
            title="温馨提示",
            head="",
            today=p.today,
            crumbs=[("首页", "/")],
            main='<div class="err404"><p>很抱歉，您访问的页面不存在或已被删除！</p>'
            '<p><a href="/">返回首页</a></p></div>',
        ),
    )
    p.expect("xqz", "subpage_unreachable", u.subpage, "README: a 200 页面不存在 page")


def _u18_gxz(p: Portal) -> None:
    """A street office whose subpage answers 500 for ever: subpage_unreachable, and a broken
    link from each column's breadcrumb; 乡镇动态 20 days old is still stale."""
    u = p.unit("gxz", "高新街道", "town")
    base = p.col(u, "乡镇动态", "dynamic", "xzdt")
    items = p.items(base, "乡镇动态", [20, 30])
    p.add(base + "index.html", p.column_page(u, "乡镇动态", h.trs_ul(items)))
    stale(p, "gxz", base, "乡镇动态", "dynamic", 20, "R3.age")
    p.fresh(u, "通知公告", "notice", "tzgg", age=9)
    p.overview(u)
    p.add(u.subpage, "<h1>500 Internal Server Error</h1>", status=500)
    p.expect("gxz", "subpage_unreachable", u.subpage, "R3.unreachable: 5xx after retries")
    p.expect("gxz", "broken_link", u.subpage, "R3.broken: breadcrumb to a 500 page")


def _u19_fpb(p: Portal) -> None:
    """Empty or not: 工作动态 says 暂无信息 beside a dated 热点 box (empty); 通知公告 has a hidden
    暂无数据 template and a side box saying 暂无相关信息 beside a real list (fresh)."""
    u = p.unit("fpb", "区乡村振兴局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    hot = h.hot_box(p.items("/bm/fpb/rd/", "热点", [1, 2, 3], style="plain"))
    p.add(
        base + "index.html",
        p.column_page(u, "工作动态", '<ul class="list_con"><li>暂无信息</li></ul>', side=hot),
    )
    p.expect(
        "fpb",
        "column_empty",
        base + "index.html",
        "R3.empty",
        column="工作动态",
        category="dynamic",
    )
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [8, 16, 40])
    tmpl = '<div class="nodata" style="display:none">暂无数据</div>'
    side = '<div class="side-box"><h3>相关下载</h3><ul><li>暂无相关信息</li></ul></div>'
    p.add(base + "index.html", p.column_page(u, "通知公告", tmpl + h.trs_ul(items), side=side))
    p.fresh(u, "政策文件", "policy", "zcwj", age=120)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u20_xzsp(p: Portal) -> None:
    """Script-opened items: 工作动态 links are javascript:void(0) with onclick (dated, fresh);
    政策文件 rows are <tr onclick> with no <a> and visible dates 200 days old (stale)."""
    u = p.unit("xzsp", "区行政审批服务局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [5, 8, 13])
    lines = "".join(
        f'<li><a href="javascript:void(0)" onclick="openwin(\'{i.href}\')">{i.title}</a>'
        f"<span>{i.when}</span></li>"
        for i in items
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list_con">{lines}</ul>'))
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [200, 220, 260])
    rows = "".join(
        f'<tr onclick="window.open(\'{i.href}\')" style="cursor:pointer"><td>{n + 1}</td>'
        f'<td class="bt">{i.title}</td><td>{i.when}</td></tr>'
        for n, i in enumerate(items)
    )
    head = "<tr><th>序号</th><th>标题</th><th>发布日期</th></tr>"
    table = f'<table class="xxgk_table">{head}{rows}</table>'
    p.add(base + "index.html", p.column_page(u, "政策文件", table))
    stale(p, "xzsp", base, "政策文件", "policy", 200, "R3.newest: list dates are visible")
    p.fresh(u, "通知公告", "notice", "tzgg", age=25)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u21_rsb(p: Portal) -> None:
    """公示 lines whose titles carry the 公示期 (later than the publication date): 通知公告
    published 190 days ago, 公示期 ending 176 days ago: stale (the item's date is its
    publication date)."""
    u = p.unit("rsb", "区委组织部", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=6)
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [190, 240])
    titled = []
    for i in items:
        a, b = p.d(190 - 7), p.d(190 - 14)
        t = f"干部任前公示（公示期：{a.year}年{a.month}月{a.day}日至{b.month}月{b.day}日）"
        titled.append(Item(t, i.href, i.when))
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(titled)))
    stale(p, "rsb", base, "通知公告", "notice", 190, "R3.newest: the list date, not the title's")
    p.fresh(u, "政策文件", "policy", "zcwj", age=33)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u22_tjb(p: Portal) -> None:
    """The 14-day window in 年月日 with leading zeros: 工作动态 14 days (fresh), 部门动态 15 days
    (stale); a date column before the title in a table."""
    u = p.unit("tjb", "区退役军人事务局", "department")
    fmt: Fmt = lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日"  # noqa: E731
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [14, 21])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items, fmt)))
    base = p.col(u, "部门动态", "dynamic", "bmdt")
    items = p.items(base, "部门动态", [15, 21])
    rows = "".join(
        f'<tr><td width="120">{fmt(i.when)}</td><td><a href="{i.href}">{i.title}</a></td></tr>'
        for i in items
        if i.when
    )
    p.add(base + "index.html", p.column_page(u, "部门动态", f"<table>{rows}</table>"))
    stale(p, "tjb", base, "部门动态", "dynamic", 15, "R3.age: 15 > 14")
    p.fresh(u, "通知公告", "notice", "tzgg", age=100)
    p.fresh(u, "政策文件", "policy", "zcwj", age=160)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u23_wlj(p: Portal) -> None:
    """Innocent: a visible 友情链接 box and a <select> of other government sites, a hidden QR
    popup of own links, 亚洲开发银行 and 国产化 in prose. No injection."""
    u = p.unit("wlb", "区文物局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=3)
    p.fresh(u, "通知公告", "notice", "tzgg", age=45)
    p.fresh(u, "政策文件", "policy", "zcwj", age=150)
    p.overview(u)
    extra = (
        '<div class="yqlj"><h3>友情链接</h3><a href="http://www.gov.cn/">中国政府网</a>'
        '<a href="http://www.shaanxi.gov.cn/">陕西省人民政府</a>'
        '<a href="http://www.baoji.gov.cn/">宝鸡市人民政府</a></div>'
        '<select onchange="window.open(this.value)"><option>区县政府网站</option>'
        '<option value="http://www.jintai.gov.cn/">金台区</option>'
        '<option value="http://www.chencang.gov.cn/">陈仓区</option></select>'
        '<div class="qr-pop" style="display:none"><a href="/bm/wlb/index.html">'
        '<img src="/images/logo.png" alt="扫码关注"/></a></div>'
        "<p>我局亚洲开发银行贷款文物保护项目顺利验收，信创国产化替代有序推进。</p>"
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))


def _u24_jrb(p: Portal) -> None:
    """A subpage moved: the configured URL answers 302 to /bm/jrb/v2/ whose menu links are
    relative to the new address (they resolve there; nothing is broken or missing)."""
    u = p.unit("jrb", "区金融工作办公室", "department")
    cols = [
        p.fresh(u, "工作动态", "dynamic", "gzdt", age=5),
        p.fresh(u, "通知公告", "notice", "tzgg", age=15),
        p.fresh(u, "政策文件", "policy", "zcwj", age=25),
        p.overview(u),
    ]
    names = ("工作动态", "通知公告", "政策文件", "机构概况")
    links = []
    for name, col in zip(names, cols, strict=True):
        slug = col.rstrip("/").rsplit("/", 1)[1]
        p.add(f"/bm/jrb/v2/{slug}/index.html", p.column_page(u, name, "<p>栏目内容</p>"))
        links.append((name, f"{slug}/index.html"))
    p.add(u.subpage, "", status=302, location="/bm/jrb/v2/")
    p.add("/bm/jrb/v2/", p.subpage_html(u, links))


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_czj,
    _u02_gxj,
    _u03_kjj,
    _u04_zrj,
    _u05_byz,
    _u06_jgj,
    _u07_mzw,
    _u08_xfj,
    _u09_gaj,
    _u10_dsj,
    _u11_ybj,
    _u12_rfb,
    _u13_qhz,
    _u14_sw,
    _u15_tjj,
    _u16_xcb,
    _u17_xqz,
    _u18_gxz,
    _u19_fpb,
    _u20_xzsp,
    _u21_rsb,
    _u22_tjb,
    _u23_wlj,
    _u24_jrb,
)
assert isinstance(Unit, type) and isinstance(Expect, type)
