"""The nineteenth trap portal: the list and column pages of OLD table-layout government sites,
still common at district level — 动易 SiteWeaver, 织梦 DedeCMS, 帝国 EmpireCMS, PHPCMS v9, 新云,
科汛 KesionCMS and home-grown FrontPage/Dreamweaver templates. Everything is nested `<table>`s
(width=778, layout tables five deep), `<font>` tags, `&nbsp;` padding, GB2312 pages declared by
`<meta http-equiv=Content-Type>`, `<base target=_blank>`, image bullets (`dot.gif`), spacer rows
(`<td height=1 bgcolor=#ccc>`), dotted-line images, truncated titles (`...`, the full title in
`title=`), dates as `2027-5-6`, `[2027-5-6]`, `2027/5/6 9:05:12`, `(05-06)`, `2027年5月6日`,
`5月6日`, a 栏目导航 left cell with a 最新更新 box of its own dates, 热点文章/点击排行 boxes with
`(点击:123)`, a `<marquee direction=up>` of 通知公告 beside a column's list, 动易's article info
line (更新时间 as its only date) and its tooltip titles, 上一篇/下一篇 lines with dates, DedeCMS
`ul.e2` lists, an EmpireCMS `table.listtable`, `list.asp?id=12&page=2` pagers (第1页 共5页 首页
上一页 下一页 尾页 转到第[ ]页) — and classic ASP error pages (`Microsoft VBScript 运行时错误 错误
'800a000d'`, `ADODB.Recordset 错误 '800a0bcd'`, an ODBC Access error, IIS's 「HTTP 500.100 - 内部
服务器错误」 page) answered with status 200 in place of a list, a subpage or an article.

The ASP error pages are judged from RULES.md §3: "Unreachable: no usable answer after retries —
… 5xx …". A server-side script error is a 5xx whatever status line it was sent with (classic ASP
sends it as 200 once the page has started to flush); README extends unreachable to 200 pages
that say the page is not there. A reader (and an inspector) would say the column is broken, not
blank (空白栏目: nothing ever published), not out of date, and not "a list the reader could not
date" (`extraction_failed` is for pages where "items may be there"): so `column_unreachable`
(or `subpage_unreachable`). An article that is an error page gives no date; the next line dates
the column (README: "a line that gives no date — its article gone, a soft 404 — is replaced by
the next one").

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md must
report (`p.expect`; `p.maybe` for a finding acceptable either way). Ages are literal. The
reference day is `AS_OF`, 2027-05-18, a Tuesday. The server is `tests.portal24k.server`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import Unit
from tests.portal24f.server import HP
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, config_yaml, stale
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS
from tests.portal24k.site import Portal as _Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 5, 18)
ENC = "gbk"  # the bytes; the pages declare gb2312 (browsers read gb2312 as GBK)
WEEKDAYS = "一二三四五六日"
Fmt = Callable[[date], str]

TITLES = (
    "区委区政府召开全区重点项目建设暨招商引资工作推进会",
    "我局召开党风廉政建设工作会议",
    "关于开展2027年度安全生产月活动的通知",
    "区政府常务会议研究部署优化营商环境工作",
    "全区春季植树造林工作现场会召开",
    "关于进一步做好防汛抗旱工作的通知",
    "我局开展“放心消费”示范创建活动",
    "关于公布2027年第一批行政许可事项清单的公告",
    "区领导督导检查高考备考及校园安全工作",
    "我区召开农村人居环境整治提升推进会",
    "关于印发《渭滨区政务公开工作目标责任考核办法》的通知",
    "区政府办公室关于做好端午节期间有关工作的通知",
    "我局组织开展法治宣传进社区活动",
    "关于征求《区级国土空间规划》意见的公告",
    "全区安全生产和消防工作会议召开",
    "关于开展2027年“质量月”活动的通知",
    "区人大常委会视察我局重点工作落实情况",
    "我局举办政务信息报送培训班",
    "关于公开招聘社区专职工作人员的公告",
    "区政府与宝鸡文理学院签订战略合作协议",
)


TOP = "<font color=red>[固顶]</font>"


def unpadded(d: date) -> str:
    """VBScript's own date: 2027-5-6."""
    return f"{d.year}-{d.month}-{d.day}"


def bracket(d: date) -> str:
    return f"[{unpadded(d)}]"


def slash_time(d: date) -> str:
    """VBScript `Now()` on a Chinese Windows: 2027/5/6 9:05:12."""
    return f"{d.year}/{d.month}/{d.day} {9 + d.day % 8}:{d.day % 60:02d}:12"


def paren_md(d: date) -> str:
    return f"({d:%m-%d})"


def paren_iso(d: date) -> str:
    return f"({d:%Y-%m-%d})"


def cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def iso(d: date) -> str:
    return d.isoformat()


def trunc(title: str, n: int = 20) -> str:
    """Old templates cut a title to n characters and add `...` (the full one in `title=`)."""
    return title if len(title) <= n else title[:n] + "..."


def when(i: Item) -> date:
    assert i.when is not None
    return i.when


class Portal(_Portal):
    """`listed`: the items each column page lists (for the subpage's column boxes)."""

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.listed: dict[str, list[Item]] = {}
        self._article = 100

    def old(self, path: str, text: str, *, charset_header: bool = False) -> None:
        """An old IIS page: GBK bytes, `text/html` (the charset in the page's meta only)."""
        ctype = "text/html; charset=gb2312" if charset_header else "text/html"
        self.add(path, text, encoding=ENC, ctype=ctype)

    def articles(
        self,
        u: Unit,
        column: str,
        ages: Sequence[int],
        *,
        href: Callable[[int, date], str] | None = None,
        label: str = "发布时间",
        fmt: Fmt = unpadded,
        pubdate: bool = True,
        titles: Sequence[str] | None = None,
        listed: bool = True,
        prevnext: Callable[[int], str] | None = None,
    ) -> list[Item]:
        """Articles of an old CMS (动易 `ShowArticle.asp?ArticleID=n` by default), each with its
        own page; `label` names the date on the article's info line, `pubdate` writes the
        指引 `PubDate` tag, `listed=False` keeps the dates out of the returned items."""
        section = u.subpage.rsplit("/", 1)[0]
        out = []
        for k, age in enumerate(ages):
            self._article += 1
            n = self._article
            d = self.d(age)
            path = href(n, d) if href else f"{section}/Article/ShowArticle.asp?ArticleID={n}"
            title = titles[k] if titles else f"{TITLES[n % len(TITLES)]}"
            nav = prevnext(k) if prevnext else ""
            self.old(path, article(self.today, u, column, title, d, label, fmt, pubdate, nav))
            out.append(Item(title, path, d if listed else None))
        return out


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    for img in ("dot.gif", "arrow.gif", "dotline.gif", "new.gif", "banner.jpg", "lm_bg.gif"):
        p.add(f"/images/{img}", "GIF89a", ctype="image/gif")
    return p


# -- the old chrome --------------------------------------------------------------------------


def shell(
    today: date,
    title: str,
    crumbs: Sequence[tuple[str, str]],
    left: str,
    right: str,
    *,
    meta: str | None,
    footer: bool = True,
    extra_head: str = "",
) -> str:
    """A 778-pixel table page: banner, nav bar, 今天是 bar with the breadcrumb, a two-cell
    table (left 200 px, right 570 px), and the footer (copyright years, 网站标识码, ICP,
    visitor counter, 最后更新). `footer=False` stops the page where an ASP error stopped it."""
    nav = " | ".join(
        f'<a href="{href}"><font color="#FFFFFF">{text}</font></a>'
        for text, href in (
            ("网站首页", "/"),
            ("政务公开", "/zwgk/index.html"),
            ("政务服务", "/zwfw/index.html"),
            ("互动交流", "/hdjl/index.html"),
            ("部门街镇", "/bmjz/index.html"),
        )
    )
    trail = " &gt;&gt; ".join(f'<a href="{href}">{escape(t)}</a>' for t, href in crumbs)
    week = WEEKDAYS[today.weekday()]
    top = (
        "<html>\n<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        f"<title>{escape(title)}</title>\n{meta or ''}\n"
        '<base target="_blank">\n'
        '<link href="/images/style.css" rel="stylesheet" type="text/css">\n'
        '<style type="text/css">\n<!--\ntd { font-size: 12px; line-height: 22px }\n'
        "a:link { color: #000000; text-decoration: none }\n-->\n</style>\n"
        f"{extra_head}</head>\n"
        '<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
        '<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">\n'
        f'  <tr><td><img src="/images/banner.jpg" width="778" height="120" alt="{h.SITE}"></td>'
        "</tr>\n</table>\n"
        '<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" '
        f'bgcolor="#1E5A9C">\n  <tr><td height="28" align="center">{nav}</td></tr>\n</table>\n'
        '<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">\n'
        '  <tr><td width="260" height="25" background="/images/lm_bg.gif">&nbsp;&nbsp;今天是：'
        f"{today.year}年{today.month}月{today.day}日&nbsp;星期{week}</td>\n"
        f'  <td align="right">您现在的位置：{trail}&nbsp;&nbsp;</td></tr>\n</table>\n'
        '<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">\n'
        '  <tr>\n    <td width="200" valign="top" bgcolor="#F2F7FC">\n'
        f"{left}\n    </td>\n"
        '    <td width="8">&nbsp;</td>\n'
        f'    <td width="570" valign="top">\n{right}\n'
    )
    if not footer:
        return top
    return top + (
        "    </td>\n  </tr>\n</table>\n"
        '<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" '
        'bgcolor="#E8E8E8">\n  <tr><td height="80" align="center">'
        f"版权所有：{h.SITE}办公室&nbsp;&nbsp;Copyright &copy; 2005-{today.year}<br>\n"
        f"网站标识码：{h.SITE_ID}&nbsp;&nbsp;陕ICP备05001234号&nbsp;&nbsp;"
        "技术支持：动易网络&nbsp;&nbsp;建议使用1024×768分辨率<br>\n"
        '您是本站第<font color="#FF0000">1283466</font>位访问者&nbsp;&nbsp;'
        f"最后更新：{unpadded(today)}</td></tr>\n</table>\n</body>\n</html>\n"
    )


def box(name: str, inner: str, more: str | None = None, *, image: bool = True) -> str:
    """A column box: the name in a title image (`alt`) or in `<font><b>`, 更多>>, the body."""
    head = (
        f'<img src="/images/lm_bg.gif" width="120" height="24" alt="{name}" align="absmiddle">'
        if image
        else f'<font color="#1E5A9C"><b>{name}</b></font>'
    )
    more_cell = f'<a href="{more}">更多&gt;&gt;</a>&nbsp;' if more else "&nbsp;"
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n'
        f'  <tr><td height="30" background="/images/lm_bg.gif">&nbsp;{head}</td>'
        f'<td align="right" background="/images/lm_bg.gif">{more_cell}</td></tr>\n'
        '  <tr><td colspan="2"><table width="96%" border="0" align="center" cellpadding="0" '
        f'cellspacing="0"><tr><td>\n{inner}\n</td></tr></table></td></tr>\n</table>\n'
    )


def link(i: Item, n: int = 20, dot: bool = True) -> str:
    t = escape(i.title)
    return f'<a href="{i.href}" title="{t}">{"·" if dot else ""}{escape(trunc(i.title, n))}</a>'


def dot_rows(
    items: Sequence[Item],
    fmt: Fmt = unpadded,
    *,
    spacer: str = "bgcolor",
    extra: Callable[[Item], str] | None = None,
) -> str:
    """动易 / FrontPage list: `<tr><td width=12><img src=dot.gif></td><td><a>·标题</a></td>
    <td align=right>date</td></tr>`, rows apart by a 1-pixel spacer row or a dotted image."""
    sep = (
        '<tr><td height="1" colspan="3" bgcolor="#CCCCCC"></td></tr>'
        if spacer == "bgcolor"
        else '<tr><td colspan="3"><img src="/images/dotline.gif" width="540" height="1"></td></tr>'
    )
    rows = []
    for i in items:
        date_cell = f'<font color="#999999">{fmt(i.when)}</font>' if i.when else "&nbsp;"
        more = extra(i) if extra else ""
        rows.append(
            '<tr><td width="12" height="24"><img src="/images/dot.gif" width="5" height="5">'
            f"</td><td>{link(i)}{more}</td>"
            f'<td width="90" align="right">{date_cell}</td></tr>\n{sep}'
        )
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n'
        + "\n".join(rows)
        + "\n</table>"
    )


def br_cell(items: Sequence[Item], fmt: Fmt = paren_iso, *, tail: str = "") -> str:
    """新云 / home-grown: one `<td>` of `<img> <a>` + `<font color=#999>(date)</font>` + `<br>`."""
    lines = "".join(
        f'<img src="/images/arrow.gif" width="7" height="7">&nbsp;{link(i, 24, dot=False)}'
        f'&nbsp;<font color="#999999">{fmt(when(i))}</font>{tail}<br>\n'
        for i in items
    )
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td>\n'
        f"{lines}</td></tr></table>"
    )


def pager(base: str, pages: int = 5, sep: str = "&") -> str:
    """The ASP pager: 第1页 共5页 首页 上一页 下一页 尾页 转到第[ ]页."""
    q = "&" if "?" in base else "?"
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
        f'<td height="30" align="center">共 <b>{pages * 20 - 7}</b> 篇文章&nbsp;&nbsp;'
        f"第1页&nbsp;共{pages}页&nbsp;&nbsp;首页&nbsp;上一页&nbsp;"
        f'<a href="{base}{q}page=2">下一页</a>&nbsp;<a href="{base}{q}page={pages}">尾页</a>'
        f'&nbsp;&nbsp;转到第<input type="text" name="page" size="3" maxlength="5" value="1">页'
        '<input type="button" value="GO" onclick="gopage()"></td></tr></table>'
    )


def later_pages(p: Portal, u: Unit, name: str, base: str, pages: int = 5) -> None:
    """Pages 2..n of an ASP list exist (the pager links on page 1 must not be broken)."""
    q = "&" if "?" in base else "?"
    for n in range(2, pages + 1):
        items = p.articles(u, name, [400 + 30 * n, 410 + 30 * n])
        p.old(f"{base}{q}page={n}", column_html(p, u, name, dot_rows(items), meta=True))


def left_nav(u: Unit, *boxes: str) -> str:
    """The left cell: 栏目导航 (the unit's columns), then any boxes."""
    rows = "".join(
        f'<tr><td height="26" background="/images/lm_bg.gif">&nbsp;&nbsp;'
        f'<img src="/images/arrow.gif" width="7" height="7">&nbsp;'
        f'<a href="{c.path}">{c.name}</a></td></tr>\n'
        for c in u.columns
    )
    nav = (
        '<table width="190" border="0" align="center" cellpadding="0" cellspacing="0">\n'
        '<tr><td height="30" align="center" bgcolor="#1E5A9C"><font color="#FFFFFF"><b>栏目导航'
        f"</b></font></td></tr>\n{rows}</table>\n"
    )
    return nav + "".join(boxes)


def side_box(title: str, rows: str, *, image: bool = False) -> str:
    head = (
        f'<img src="/images/lm_bg.gif" width="190" height="28" alt="{title}">'
        if image
        else f'<font color="#FFFFFF"><b>{title}</b></font>'
    )
    return (
        '<table width="190" border="0" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td height="28" align="center" bgcolor="#3A7BC8">{head}</td></tr>\n'
        f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2">\n{rows}'
        "</table></td></tr>\n</table>\n"
    )


def newest_box(p: Portal, u: Unit, ages: Sequence[int], *, image: bool = False) -> str:
    """最新更新: the unit's newest articles of any column, with their dates — not a list of
    the column the page shows."""
    items = p.articles(u, "最新更新", ages)
    rows = "".join(
        f'<tr><td width="10"><img src="/images/dot.gif" width="5" height="5"></td>'
        f"<td>{link(i, 10, dot=False)}</td>"
        f'<td align="right"><font color="#999999">{when(i):%m-%d}</font></td></tr>\n'
        for i in items
    )
    return side_box("最新更新", rows, image=image)


def hot_box(p: Portal, u: Unit, ages: Sequence[int], hits: Sequence[int]) -> str:
    """热点文章 / 点击排行: dates and `(点击:n)`; the most-read, not the column's list."""
    items = p.articles(u, "热点文章", ages)
    rows = "".join(
        f'<tr><td><font color="#CC0000">{n + 1}.</font>{link(i, 10, dot=False)}'
        f'<font color="#FF6600">(点击:{k})</font><br><font color="#999999">{unpadded(when(i))}'
        "</font></td></tr>\n"
        for n, (i, k) in enumerate(zip(items, hits, strict=True))
    )
    return side_box("热点文章", rows)


def column_html(
    p: Portal,
    u: Unit,
    name: str,
    main: str,
    *,
    left: str | None = None,
    meta: bool = True,
    footer: bool = True,
    box_image: bool = True,
) -> str:
    return shell(
        p.today,
        f"{name}-{u.name}-{h.SITE}",
        [("首页", "/"), (u.name, u.subpage), (name, "#")],
        left if left is not None else left_nav(u),
        box(name, main, image=box_image),
        meta=h.meta(name, name) if meta else None,
        footer=footer,
    )


def article(
    today: date,
    u: Unit,
    column: str,
    title: str,
    published: date,
    label: str,
    fmt: Fmt,
    pubdate: bool,
    nav: str,
) -> str:
    """An old article page: red bold title, the info line (作者 文章来源 点击数 <label>),
    the text, 上一篇/下一篇 lines, 【打印此文】【关闭窗口】."""
    extra: dict[str, str] = {"ArticleTitle": title, "ContentSource": u.name}
    if pubdate:
        extra["PubDate"] = f"{published:%Y-%m-%d} 09:30"
    info = (
        "作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;&nbsp;&nbsp;"
        '点击数：<font color="#FF0000">356</font>&nbsp;&nbsp;&nbsp;&nbsp;'
        f"{label}：{fmt(published)}"
    )
    body = "".join(
        f'<p style="text-indent:2em">{escape(title)}。会议强调，要坚持问题导向，狠抓工作落实，'
        f"确保各项任务按期完成（{n + 1}）。</p>"
        for n in range(3)
    )
    main = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="6">\n'
        f'<tr><td align="center"><font color="#CC0000" style="font-size:16px"><b>{escape(title)}'
        "</b></font></td></tr>\n"
        f'<tr><td align="center" bgcolor="#F2F2F2">{info}</td></tr>\n'
        f"<tr><td>{body}</td></tr>\n"
        f"<tr><td>{nav}</td></tr>\n"
        '<tr><td align="right">【<a href="javascript:window.print()">打印此文</a>】'
        '【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>\n</table>'
    )
    return shell(
        today,
        f"{title}-{u.name}",
        [("首页", "/"), (u.name, u.subpage), (column, "#")],
        "&nbsp;",
        main,
        meta=h.meta(column, column, **extra),
    )


# -- columns and subpages --------------------------------------------------------------------


def column(
    p: Portal,
    u: Unit,
    name: str,
    cat: str,
    slug: str,
    ages: Sequence[int],
    *,
    path: str | None = None,
    fmt: Fmt = unpadded,
) -> str:
    """A plain old column (dot rows, dates right, spacer rows, a pager); returns its path."""
    section = u.subpage.rsplit("/", 1)[0]
    path = path or f"{section}/{slug}/index.asp"
    p.col(u, name, cat, slug, path=path)
    items = p.articles(u, name, ages)
    p.listed[path] = items
    p.old(path, column_html(p, u, name, dot_rows(items, fmt) + pager(path)))
    later_pages(p, u, name, path)
    return path


def old_std(p: Portal, u: Unit, *, skip: Sequence[str] = ()) -> None:
    """The unit's other columns, fresh, in the old chrome; its 机构概况 (no freshness rule)."""
    if "dynamic" not in skip:
        column(p, u, "乡镇动态" if u.kind == "town" else "工作动态", "dynamic", "gzdt", [2, 6, 11])
    if "notice" not in skip:
        column(p, u, "通知公告", "notice", "tzgg", [30, 45, 90])
    if u.kind != "town" and "policy" not in skip:
        column(p, u, "政策文件", "policy", "zcwj", [60, 95, 150])
    if "overview" not in skip:
        column(p, u, "机构概况", "overview", "jggk", [400, 420, 800])


def subpage(
    p: Portal,
    u: Unit,
    menu: Sequence[tuple[str, str]] | None = None,
    *,
    extra: str = "",
    meta: bool = True,
) -> str:
    """A unit's subpage: 栏目导航 on the left (`menu`, or the configured columns by name), the
    unit's introduction and a box per column (3 newest lines, 更多>>) on the right."""
    if menu is None:
        left = left_nav(u)
    else:
        rows = "".join(
            f'<tr><td height="26">&nbsp;&nbsp;<a href="{href}">{text}</a></td></tr>\n'
            for text, href in menu
        )
        left = (
            '<table width="190" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            '<tr><td height="30" align="center" bgcolor="#1E5A9C"><font color="#FFFFFF"><b>'
            f"栏目导航</b></font></td></tr>\n{rows}</table>\n"
        )
    boxes = "".join(
        box(c.name, dot_rows(p.listed[c.path][:3]), c.path if menu is None else None)
        for c in u.columns
        if c.path in p.listed and c.category != "overview"
    )
    intro = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td>'
        f"&nbsp;&nbsp;&nbsp;&nbsp;{u.name}是区政府工作部门，负责本领域政务公开工作。"
        "</td></tr></table>\n"
    )
    html = shell(
        p.today,
        f"{u.name}-{h.SITE}",
        [("首页", "/"), ("部门街镇", "/bmjz/index.html"), (u.name, u.subpage)],
        left,
        intro + boxes + extra,
        meta=h.meta(u.name, "子站首页") if meta else None,
    )
    p.old(u.subpage, html)
    return html


# -- ASP error pages -------------------------------------------------------------------------


def vbscript_error(path: str, line: int = 23) -> str:
    """IIS 6 writing a VBScript run-time error into the page (status 200: already flushed)."""
    return (
        '<font face="宋体" size=2>Microsoft VBScript 运行时错误</font> <font face="宋体" size=2>'
        "错误 '800a000d'</font>\n<p>\n<font face=\"宋体\" size=2>类型不匹配: '[string: &quot;12'"
        "&quot;]'</font>\n<p>\n"
        f'<font face="宋体" size=2>{path}</font><font face="宋体" size=2>，行 {line}</font>\n'
    )


def adodb_error(path: str, line: int = 58) -> str:
    """ADODB on an empty recordset read without an EOF test."""
    return (
        '<font face="宋体" size=2>ADODB.Recordset</font> <font face="宋体" size=2>错误 '
        "'800a0bcd'</font>\n<p>\n<font face=\"宋体\" size=2>BOF 或 EOF 中有一个是“真”，或者当前的"
        "记录已被删除，所需的操作要求一个当前的记录。</font>\n<p>\n"
        f'<font face="宋体" size=2>{path}</font><font face="宋体" size=2>，行 {line}</font>\n'
    )


def odbc_error(path: str) -> str:
    """The Access database locked or moved: the classic 80004005."""
    return (
        '<font face="宋体" size=2>Microsoft OLE DB Provider for ODBC Drivers</font> '
        "<font face=\"宋体\" size=2>错误 '80004005'</font>\n<p>\n<font face=\"宋体\" size=2>"
        "[Microsoft][ODBC Microsoft Access Driver] 常见错误 不能打开注册表关键字 'Temporary "
        "(volatile) Jet DSN for process 0x8fc Thread 0x934 DBC 0x437b94 Jet'。</font>\n<p>\n"
        f'<font face="宋体" size=2>{path}</font><font face="宋体" size=2>，行 12</font>\n'
    )


def iis_500_100(path: str, today: date) -> str:
    """IIS 5's 500-100.asp page: 无法显示网页 … 技术信息 … 时间：<today>, 10:22:31."""
    return (
        "<html><head><title>无法显示网页</title>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        '<style>a:link {font:9pt/11pt 宋体; color:FF0000}</style></head>\n<body bgcolor="FFFFFF">\n'
        '<table width="410" cellpadding="3" cellspacing="5"><tr><td align="left" valign="middle" '
        'width="360"><h1 style="COLOR:000000; FONT: 12pt/15pt 宋体">无法显示网页</h1></td></tr>\n'
        '<tr><td width="400" colspan="2"><font style="COLOR:000000; FONT: 9pt/11pt 宋体">'
        "试图访问的网页出现问题，无法显示。</font></td></tr>\n"
        '<tr><td width="400" colspan="2"><font style="COLOR:000000; FONT: 9pt/11pt 宋体">'
        '<hr color="#C0C0C0" noshade><p>请尝试以下操作：</p><ul>'
        '<li>单击<a href="javascript:location.reload()">刷新</a>按钮，或以后再试。</li>'
        '<li>打开 <a href="/">本站</a> 主页，然后查找指向所需信息的链接。</li></ul>\n'
        '<h2 style="font:9pt/11pt 宋体; color:000000">HTTP 500.100 - 内部服务器错误 - ASP 错误'
        "<br>Internet 信息服务</h2>\n"
        '<hr color="#C0C0C0" noshade><p>技术信息（用于支持人员）</p>\n<ul>'
        "<li>错误类型：<br>Microsoft VBScript 运行时错误 (0x800A000D)<br>类型不匹配: 'CLng'<br>"
        f"<b>{path}, 第 31 行</b><br><br></li>\n"
        "<li>浏览器类型：<br>Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1)<br><br></li>\n"
        f"<li>网页：<br>GET {path}<br><br></li>\n"
        f"<li>时间：<br>{today.year}年{today.month}月{today.day}日, 10:22:31<br><br></li>\n"
        "</ul></font></td></tr></table>\n</body></html>\n"
    )


def bare_error(body: str) -> str:
    """The error alone: a page that failed before writing anything else."""
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        f"</head>\n<body>\n{body}</body>\n</html>\n"
    )


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2; README's check table.
# =========================================================================================


def _u01_dongyi_newest_box(p: Portal) -> None:
    """动易 SiteWeaver. 工作动态 is a dot-row table, dates `2027-5-10` right, 1-pixel spacer
    rows; newest 20 days. The left cell (栏目导航) holds a 最新更新 box of the unit's newest
    articles (0–3 days, `05-18`) in the same kind of rows: not the column's list. Stale at 20
    (R3.newest: the column's own list, not a sidebar; R3.age 20 > 14)."""
    u = p.unit("fgj", "区发展和改革局", "department")
    path = "/bm/fgj/Article/ShowClass.asp?ClassID=3"
    p.col(u, "工作动态", "dynamic", "gzdt", path=path)
    old_std(p, u, skip=("dynamic",))
    items = p.articles(u, "工作动态", [20, 27, 34, 41, 55])
    p.listed[path] = items
    left = left_nav(u, newest_box(p, u, [0, 1, 1, 3, 3]))
    p.old(path, column_html(p, u, "工作动态", dot_rows(items) + pager(path), left=left))
    later_pages(p, u, "工作动态", path)
    stale(p, "fgj", path, "工作动态", "dynamic", 20,
          "R3.newest: the list, not the 最新更新 box in the left cell; R3.age 20 > 14")
    subpage(p, u)


def _u02_br_hot(p: Portal) -> None:
    """新云-style 通知公告: one `<td>` of `<a>` + `<font color=#999>(2027-05-10)</font>` + `<br>`
    lines, newest 200 days; a 热点文章 box (点击排行, `(点击:1234)`, dates 1–9 days) in the left
    cell. Stale at 200 (R3.newest: not a hot-news box; R3.age 200 > 183)."""
    u = p.unit("jyj", "区教育局", "department")
    path = "/bm/jyj/News/NewsList.asp?ClassID=7"
    p.col(u, "通知公告", "notice", "tzgg", path=path)
    old_std(p, u, skip=("notice",))
    items = p.articles(u, "通知公告", [200, 215, 240, 266])
    p.listed[path] = items
    left = left_nav(u, hot_box(p, u, [1, 4, 6, 9], [1234, 987, 856, 612]))
    p.old(path, column_html(p, u, "通知公告", br_cell(items) + pager(path), left=left))
    later_pages(p, u, "通知公告", path)
    stale(p, "jyj", path, "通知公告", "notice", 200,
          "R3.newest: the column's lines, not the 热点文章 box; R3.age 200 > 183")
    subpage(p, u)


def _u03_bracket_hits(p: Portal) -> None:
    """工作动态 `<br>` lines `·标题 [2027-5-9] (点击:1987)` (a hit count in the 1900s beside a
    bracketed unpadded date), newest 9 days: fresh. Nothing."""
    u = p.unit("wjw", "区卫生健康局", "department")
    path = "/bm/wjw/gzdt/index.asp"
    p.col(u, "工作动态", "dynamic", "gzdt", path=path)
    old_std(p, u, skip=("dynamic",))
    items = p.articles(u, "工作动态", [9, 12, 16, 23])
    p.listed[path] = items
    hits = [1987, 2031, 1876, 1999]
    lines = "".join(
        f'{link(i, 24)}&nbsp;{bracket(when(i))}&nbsp;<font color="#999999">(点击:{k})</font>'
        "<br>\n"
        for i, k in zip(items, hits, strict=True)
    )
    main = f'<table width="100%" border="0" cellpadding="4"><tr><td>\n{lines}</td></tr></table>'
    p.old(path, column_html(p, u, "工作动态", main + pager(path)))
    later_pages(p, u, "工作动态", path)
    subpage(p, u)


def _u04_slash_time(p: Portal) -> None:
    """Dates as VBScript `Now()` prints them. 工作动态: a table 文章标题 | 发布时间 | 点击 with
    `2027/5/3 12:03:12`, a [固顶] line of 2026 first; newest 15 days: stale (15 > 14).
    政策文件: `2027/2/7 ...`, 100 days: fresh (183)."""
    u = p.unit("mzj", "区民政局", "department")
    old_std(p, u, skip=("dynamic", "policy"))
    for name, cat, slug, cid, ages in (
        ("工作动态", "dynamic", "gzdt", 11, [300, 15, 19, 26, 33]),
        ("政策文件", "policy", "zcwj", 12, [100, 140, 170]),
    ):
        path = f"/bm/mzj/{slug}/List.asp?id={cid}"
        p.col(u, name, cat, slug, path=path)
        items = p.articles(u, name, ages)
        p.listed[path] = items
        rows = "".join(
            f'<tr><td height="24">{TOP if k == 0 and cat == "dynamic" else ""}'
            f'{link(i)}</td><td align="center">{slash_time(when(i))}</td>'
            f'<td align="center">{120 + 7 * k}</td></tr>\n'
            '<tr><td height="1" colspan="3" bgcolor="#CCCCCC"></td></tr>\n'
            for k, i in enumerate(items)
        )
        table = (
            '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n'
            '<tr bgcolor="#E8F0F8"><td align="center"><b>文章标题</b></td><td width="140" '
            'align="center"><b>发布时间</b></td><td width="50" align="center"><b>点击</b></td>'
            f"</tr>\n{rows}</table>"
        )
        p.old(path, column_html(p, u, name, table + pager(path)))
        later_pages(p, u, name, path)
    stale(p, "mzj", "/bm/mzj/gzdt/List.asp?id=11", "工作动态", "dynamic", 15,
          "R3.newest: max of the list (the [固顶] line is older); R3.age 15 > 14")
    subpage(p, u)


def _u05_paren_md(p: Portal) -> None:
    """Year-less `(05-12)` dates. 工作动态 newest `(05-12)`: 6 days, fresh. 通知公告 newest
    `(11-10)`: 2027-11-10 would be in the future, so 2026-11-10, 189 days: stale (R3.newest:
    the year before; R3.age 189 > 183)."""
    u = p.unit("tjj", "区统计局", "department")
    old_std(p, u, skip=("dynamic", "notice"))
    for name, cat, slug, ages in (
        ("工作动态", "dynamic", "gzdt", [6, 9, 13, 20]),
        ("通知公告", "notice", "tzgg", [189, 202, 245]),
    ):
        path = f"/bm/tjj/{slug}/index.asp"
        p.col(u, name, cat, slug, path=path)
        items = p.articles(u, name, ages)
        p.listed[path] = items
        p.old(path, column_html(p, u, name, br_cell(items, paren_md) + pager(path)))
        later_pages(p, u, name, path)
    stale(p, "tjj", "/bm/tjj/tzgg/index.asp", "通知公告", "notice", 189,
          "R3.newest: year-less 11-10 takes the year before; R3.age 189 > 183")
    subpage(p, u)


def _u06_empire(p: Portal) -> None:
    """帝国 EmpireCMS. 政策文件 is a `table.listtable` (title | `2026-11-16` date), its 页次 pager
    (页次：1/5 每页20 总数87), newest 190 days: stale (190 > 183). 通知公告 dated
    `2027年4月28日` (20 days): fresh."""
    u = p.unit("czj", "区财政局", "department")
    old_std(p, u, skip=("notice", "policy"))
    path = "/bm/czj/zcwj/index.html"
    p.col(u, "政策文件", "policy", "zcwj", path=path)
    href: Callable[[int, date], str] = lambda n, d: f"/bm/czj/zcwj/{d:%Y-%m-%d}/{n}.html"  # noqa: E731
    items = p.articles(u, "政策文件", [190, 201, 233, 260, 300], href=href, fmt=iso)
    p.listed[path] = items
    rows = "".join(
        f'<tr><td class="listtitle"><img src="/images/dot.gif">&nbsp;{link(i, 26, dot=False)}</td>'
        f'<td class="listdate" width="90" align="center">{iso(when(i))}</td></tr>\n'
        for i in items
    )
    pages = "".join(f'<a href="/bm/czj/zcwj/index_{n}.html">{n}</a>&nbsp;' for n in range(2, 6))
    table = (
        f'<table width="100%" border="0" cellpadding="3" cellspacing="1" class="listtable">\n'
        f"{rows}</table>\n"
        '<table width="100%" border="0" cellpadding="3" cellspacing="1"><tr><td align="center" '
        'class="list_page">页次：1/5&nbsp;每页20&nbsp;总数87&nbsp;&nbsp;&nbsp;&nbsp;首页&nbsp;&nbsp;'
        f"上一页&nbsp;&nbsp;<b>1</b>&nbsp;{pages}"
        '<a href="/bm/czj/zcwj/index_2.html">下一页</a>&nbsp;&nbsp;'
        '<a href="/bm/czj/zcwj/index_5.html">尾页</a></td></tr></table>'
    )
    p.old(path, column_html(p, u, "政策文件", table))
    for n in range(2, 6):
        more = p.articles(u, "政策文件", [330 + 40 * n], href=href, fmt=iso)
        p.old(f"/bm/czj/zcwj/index_{n}.html", column_html(p, u, "政策文件", dot_rows(more, iso)))
    stale(p, "czj", path, "政策文件", "policy", 190, "R3.newest: table.listtable; R3.age 190 > 183")
    column(p, u, "通知公告", "notice", "tzgg", [20, 48, 77], fmt=cn)
    subpage(p, u)


def _u07_dede(p: Portal) -> None:
    """织梦 DedeCMS `{dede:list}` → `ul.e2 > li`: `a.title`, `span.info` (`<small>日期：</small>
    2027-05-02 10:22:11 <small>点击：</small>2024`), `p.intro` naming 5月17日 (an event). 工作动态
    newest 16 days: stale (R3.newest: the labelled 日期, not a day in the intro; 16 > 14)."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    old_std(p, u, skip=("dynamic",))
    path = "/bm/rsj/a/gzdt/"
    p.col(u, "工作动态", "dynamic", "gzdt", path=path)
    href: Callable[[int, date], str] = lambda n, d: f"/bm/rsj/a/gzdt/{d:%Y}/{d:%m%d}/{n}.html"  # noqa: E731
    items = p.articles(u, "工作动态", [16, 21, 29, 35], href=href, fmt=iso)
    p.listed[path] = items
    event = cn_md(p.d(1))
    li = "".join(
        f'<li><a href="{i.href}" class="preview"><img src="/images/dot.gif"/></a>'
        f'<a href="{i.href}" class="title">{escape(i.title)}</a>'
        f'<span class="info"><small>日期：</small>{iso(when(i))} 10:22:11 <small>点击：</small>'
        f"{2024 - 17 * k} <small>好评：</small>0</span>"
        f'<p class="intro">全区将于{event}开展集中宣传活动，现将有关工作安排如下……</p></li>\n'
        for k, i in enumerate(items)
    )
    pages = "".join(f"<li><a href='list_3_{n}.html'>{n}</a></li>" for n in range(2, 6))
    main = (
        f'<div class="listbox"><ul class="e2">\n{li}</ul></div>\n'
        '<div class="dede_pages"><ul class="pagelist"><li><a>首页</a></li><li><a>上一页</a></li>'
        f"<li class=\"thisclass\">1</li>{pages}<li><a href='list_3_2.html'>下一页</a></li>"
        "<li><a href='list_3_5.html'>末页</a></li><li><span class=\"pageinfo\">共 <strong>5"
        "</strong>页<strong>87</strong>条</span></li></ul></div>"
    )
    p.old(path, column_html(p, u, "工作动态", main))
    for n in range(2, 6):
        more = p.articles(u, "工作动态", [50 + 20 * n], href=href)
        p.old(f"/bm/rsj/a/gzdt/list_3_{n}.html", column_html(p, u, "工作动态", dot_rows(more)))
    stale(p, "rsj", path, "工作动态", "dynamic", 16,
          "R3.newest: the line's 日期：, not 5月17日 in its intro; R3.age 16 > 14")
    subpage(p, u)


def _phpcms_show(catid: int) -> Callable[[int, date], str]:
    def href(n: int, d: date) -> str:
        return f"/bm/scj/index.php?m=content&c=index&a=show&catid={catid}&id={n}"

    return href


def _u08_phpcms_marquee(p: Portal) -> None:
    """PHPCMS v9 lists `<li><span class=rt>2027-05-15</span>·<a>…</a></li>` (the date floated
    right, written first): 通知公告 3 days, 政策文件 60 days, fresh. The subpage scrolls the
    unit's 通知公告 in a `<marquee direction=up>` (its own links): no injection. Nothing."""
    u = p.unit("scj", "区市场监督管理局", "department")
    old_std(p, u, skip=("notice", "policy"))
    for name, cat, catid, ages in (
        ("通知公告", "notice", 12, [3, 10, 24, 41]),
        ("政策文件", "policy", 13, [60, 88, 130]),
    ):
        path = f"/bm/scj/index.php?m=content&c=index&a=lists&catid={catid}"
        p.col(u, name, cat, f"c{catid}", path=path)
        href = _phpcms_show(catid)
        items = p.articles(u, name, ages, href=href, fmt=iso)
        p.listed[path] = items
        li = "".join(
            f'<li><span class="rt">{iso(when(i))}</span>·<a href="{i.href}" target="_blank">'
            f"{escape(i.title)}</a></li>\n"
            for i in items
        )
        pages = (
            '<div id="pages" class="text-c"><a class="a1">87条</a> <a class="a1">上一页</a> '
            f'<span>1</span> <a href="{path}&page=2">2</a> <a href="{path}&page=2" class="a1">'
            "下一页</a></div>"
        )
        p.old(path, column_html(p, u, name, f'<ul class="list lh24 f14">\n{li}</ul>{pages}'))
        p.old(f"{path}&page=2", column_html(p, u, name, dot_rows(p.articles(u, name, [500]))))
    notice = p.listed[u.columns[-2].path]
    lines = "".join(f"{link(i, 18)}&nbsp;{paren_md(when(i))}<br>\n" for i in notice)
    marquee = box(
        "通知公告",
        '<marquee direction="up" scrollamount="2" height="120" onmouseover="this.stop()" '
        f'onmouseout="this.start()">\n{lines}</marquee>',
    )
    subpage(p, u, extra=marquee)


def _u09_kesion_marquee(p: Portal) -> None:
    """科汛 KesionCMS. 工作动态 (`/Item/list.asp?id=12`) lists dot rows, newest 25 days; above
    the list, in the column's own box, a `<marquee direction=up>` scrolls the unit's 通知公告
    with `(05-17)` dates. Stale at 25 (R3.newest: the marquee is another column's ticker;
    R3.age 25 > 14)."""
    u = p.unit("ajj", "区应急管理局", "department")
    path = "/bm/ajj/Item/list.asp?id=12"
    p.col(u, "工作动态", "dynamic", "gzdt", path=path)
    old_std(p, u, skip=("dynamic",))
    items = p.articles(u, "工作动态", [25, 31, 38, 52])
    p.listed[path] = items
    ticker = p.articles(u, "通知公告", [1, 2, 5])
    lines = "".join(
        f'<img src="/images/new.gif">{link(i, 22)}&nbsp;{paren_md(when(i))}<br>\n' for i in ticker
    )
    marquee = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="60" '
        'bgcolor="#FFF3E0"><font color="#CC0000"><b>通知公告</b></font></td><td>'
        '<marquee direction="up" scrollamount="1" height="44" onmouseover="this.stop()" '
        f'onmouseout="this.start()">\n{lines}</marquee></td></tr></table>\n'
    )
    p.old(path, column_html(p, u, "工作动态", marquee + dot_rows(items) + pager(path)))
    later_pages(p, u, "工作动态", path)
    stale(p, "ajj", path, "工作动态", "dynamic", 25,
          "R3.newest: the list, not the 通知公告 marquee above it; R3.age 25 > 14")
    subpage(p, u)


def _u10_empty_with_box(p: Portal) -> None:
    """通知公告 is blank: its table holds one cell 「此栏目下还没有任何文章」 and the pager says
    共 0 篇文章; the left cell's 最新更新 box shows the unit's newest articles (1–5 days).
    Empty (R3.empty: reachable, the list holds no items; the box is no list of this column)."""
    u = p.unit("sfj", "区司法局", "department")
    path = "/bm/sfj/tzgg/index.asp"
    p.col(u, "通知公告", "notice", "tzgg", path=path)
    old_std(p, u, skip=("notice",))
    left = left_nav(u, newest_box(p, u, [1, 2, 2, 5]))
    main = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="60" '
        'align="center"><font color="#999999">此栏目下还没有任何文章</font></td></tr></table>'
        '<table width="100%" border="0"><tr><td align="center">共 <b>0</b> 篇文章&nbsp;&nbsp;'
        "第1页&nbsp;共0页&nbsp;&nbsp;首页&nbsp;上一页&nbsp;下一页&nbsp;尾页</td></tr></table>"
    )
    p.old(path, column_html(p, u, "通知公告", main, left=left))
    p.expect("sfj", "column_empty", path, "R3.empty: the list holds no items",
             column="通知公告", category="notice")
    subpage(p, u)


def _u11_vbscript_error(p: Portal) -> None:
    """工作动态 answers 200 with nothing but 「Microsoft VBScript 运行时错误 错误 '800a000d' 类型
    不匹配」: the list script failed. Column unreachable (R3.unreachable: no usable answer, a
    5xx in a 200; not empty, not stale, not a list to date). The subpage's link to it may be
    judged broken or not (it answers 200)."""
    u = p.unit("hbj", "区生态环境局", "department")
    path = "/bm/hbj/Article/ShowClass.asp?ClassID=5"
    p.col(u, "工作动态", "dynamic", "gzdt", path=path)
    old_std(p, u, skip=("dynamic",))
    p.old(path, bare_error(vbscript_error("/bm/hbj/Article/ShowClass.asp")))
    p.expect("hbj", "column_unreachable", path,
             "R3.unreachable: an ASP run-time error in place of the list",
             column="工作动态", category="dynamic")
    p.maybe("hbj", "broken_link", path, "R3.broken: the target answers 200 with an error")
    p.maybe("hbj", "meta_missing", path, "RULES §2: the error page has no tags")
    subpage(p, u)


def _u12_adodb_midpage(p: Portal) -> None:
    """通知公告: the chrome, the 栏目导航 and a 最新更新 box (1–4 days) are written, then
    「ADODB.Recordset 错误 '800a0bcd' BOF 或 EOF 中有一个是"真"」 where the list should be, and the
    page stops (no footer). Column unreachable (R3.unreachable: the list script failed; the
    最新更新 box is no list of this column)."""
    u = p.unit("swj", "区商务局", "department")
    path = "/bm/swj/tzgg/list.asp?id=21"
    p.col(u, "通知公告", "notice", "tzgg", path=path)
    old_std(p, u, skip=("notice",))
    left = left_nav(u, newest_box(p, u, [1, 2, 4]))
    html = column_html(p, u, "通知公告", adodb_error("/bm/swj/tzgg/list.asp"), left=left,
                       footer=False)
    p.old(path, html)
    p.expect("swj", "column_unreachable", path,
             "R3.unreachable: an ADODB error in place of the list",
             column="通知公告", category="notice")
    p.maybe("swj", "broken_link", path, "R3.broken: the target answers 200 with an error")
    subpage(p, u)


def _u13_odbc_subpage(p: Portal) -> None:
    """The subpage (`Index.asp`) answers 200 with the ODBC Access error 「错误 '80004005' …不能
    打开注册表关键字」 and nothing else; its columns (static pages) are fresh. Only
    subpage_unreachable (R3.category: "When the subpage itself is unreachable, report only
    subpage_unreachable"). The columns' breadcrumbs link the subpage (broken or not: it
    answers 200)."""
    u = p.unit("kjj", "区科学技术局", "department")
    u.subpage = "/bm/kjj/Index.asp"
    old_std(p, u)
    p.old(u.subpage, bare_error(odbc_error("/bm/kjj/Index.asp")))
    p.expect("kjj", "subpage_unreachable", u.subpage, "R3.unreachable: a database error page")
    p.maybe("kjj", "broken_link", u.subpage, "R3.broken: the target answers 200 with an error")
    p.maybe("kjj", "meta_missing", u.subpage, "RULES §2: the error page has no tags")


def _u14_error_article(p: Portal) -> None:
    """工作动态 lists titles only (no dates). The newest line's article is IIS's 「HTTP 500.100 -
    内部服务器错误 - ASP 错误」 page (200), whose 技术信息 says 时间：today; the next articles
    say 发布时间 30, 37, 44 days. Stale at 30 (README: a line that gives no date is replaced by
    the next one; the error's 时间 is no publication date)."""
    u = p.unit("jtj", "区交通运输局", "department")
    path = "/bm/jtj/gzdt/index.asp"
    p.col(u, "工作动态", "dynamic", "gzdt", path=path)
    old_std(p, u, skip=("dynamic",))
    items = p.articles(u, "工作动态", [1, 30, 37, 44], listed=False)
    broken = items[0].href
    p.old(broken, iis_500_100(broken.partition("?")[0], p.today))
    p.listed[path] = p.articles(u, "工作动态", [30])  # the subpage box (dated)
    rows = "".join(
        f'<tr><td width="12"><img src="/images/dot.gif"></td><td height="24">{link(i, 30)}</td>'
        "</tr>\n"
        '<tr><td colspan="2"><img src="/images/dotline.gif" width="540" height="1"></td></tr>\n'
        for i in items
    )
    table = f'<table width="100%" border="0" cellspacing="0" cellpadding="0">\n{rows}</table>'
    p.old(path, column_html(p, u, "工作动态", table + pager(path)))
    later_pages(p, u, "工作动态", path)
    stale(p, "jtj", path, "工作动态", "dynamic", 30,
          "R3.newest from detail pages; an error page gives no date, the next lines do; 30 > 14")
    p.maybe("jtj", "broken_link", broken, "R3.broken: the article answers 200 with an error")
    p.maybe("jtj", "meta_missing", broken, "RULES §2: the error page has no tags")
    subpage(p, u)


def _u15_updated_label(p: Portal) -> None:
    """动易 article pages: the info line 「作者：佚名 文章来源：本站原创 点击数：356 更新时间：
    2026-10-30」 is their only date (no PubDate); 上一篇/下一篇 lines name neighbours with dates,
    the 下一篇 of the newest a 2-day-old article of another column of the channel. 通知公告
    lists titles only; the articles are 200, 212, 240 days old. Stale at 200 (R3.newest: the
    detail pages' date, the info line's (README: 来源 … 点击数); not a neighbour's date)."""
    u = p.unit("zjj", "区住房和城乡建设局", "department")
    path = "/bm/zjj/Article/ShowClass.asp?ClassID=9"
    p.col(u, "通知公告", "notice", "tzgg", path=path)
    old_std(p, u, skip=("notice",))
    other = p.articles(u, "工作动态", [2])[0]

    def nav(k: int) -> str:
        prev = f'上一篇文章：<a href="{path}">{escape(TITLES[(k + 3) % len(TITLES)])}</a><br>'
        nxt = (
            f'下一篇文章：<a href="{other.href}">{escape(other.title)}</a> '
            f"({unpadded(when(other))})"
        )
        return prev + nxt

    items = p.articles(u, "通知公告", [200, 212, 240], label="更新时间", pubdate=False,
                       listed=False, prevnext=nav)
    p.listed[path] = p.articles(u, "通知公告", [200])
    p.old(path, column_html(p, u, "通知公告", dot_rows(items) + pager(path)))
    later_pages(p, u, "通知公告", path)
    stale(p, "zjj", path, "通知公告", "notice", 200,
          "R3.newest from the articles' info line (更新时间 its only date); R3.age 200 > 183")
    p.maybe("zjj", "meta_missing", "*", "RULES §2: the articles have no PubDate")
    subpage(p, u)


def _u16_padded_names(p: Portal) -> None:
    """A FrontPage subpage whose 栏目导航 links go to the dynamic ASP pages
    (`ShowClass.asp?ClassID=n`, not the configured static lists), named with padding to
    align them: 「工&nbsp;作&nbsp;动&nbsp;态」, 「通　知　公　告」 (U+3000), 机构概况 inside
    `<b><font>`, 政策文件 as an image link `<img alt=政策文件>`. All shown (R3.category:
    normalised text — spaces removed, full-width to half-width; the alt of an image link
    is its text). Nothing."""
    u = p.unit("gtj", "区自然资源局", "department")
    old_std(p, u)
    for n, c in enumerate(u.columns, start=1):
        p.routes[f"/bm/gtj/Article/ShowClass.asp?ClassID={n}"] = p.routes[c.path]
    menu = [
        ("工&nbsp;作&nbsp;动&nbsp;态", "/bm/gtj/Article/ShowClass.asp?ClassID=1"),
        ("通　知　公　告", "/bm/gtj/Article/ShowClass.asp?ClassID=2"),
        ('<img src="/images/lm_bg.gif" alt="政策文件" border="0">',
         "/bm/gtj/Article/ShowClass.asp?ClassID=3"),
        ('<b><font color="#0000FF">机构概况</font></b>', "/bm/gtj/Article/ShowClass.asp?ClassID=4"),
    ]
    subpage(p, u, menu)


def _u17_town_image_box(p: Portal) -> None:
    """A town (石鼓镇). 乡镇动态 in the right cell, newest 18 days; the left cell's box is
    titled only by an image (`<img alt=最新更新>`) and holds dot rows dated 1–4 days, the
    same markup as the list. Stale at 18 (R3.newest: the column's list; R3.age 18 > 14)."""
    u = p.unit("xz_sg", "石鼓镇人民政府", "town")
    path = "/zj/xz_sg/xzdt/index.asp"
    p.col(u, "乡镇动态", "dynamic", "xzdt", path=path)
    old_std(p, u, skip=("dynamic",))
    items = p.articles(u, "乡镇动态", [18, 22, 30, 45])
    p.listed[path] = items
    box_items = p.articles(u, "最新更新", [1, 2, 4])
    left = left_nav(u, side_box("最新更新", dot_rows(box_items), image=True))
    p.old(path, column_html(p, u, "乡镇动态", dot_rows(items, spacer="dotline") + pager(path),
                            left=left))
    later_pages(p, u, "乡镇动态", path)
    stale(p, "xz_sg", path, "乡镇动态", "dynamic", 18,
          "R3.newest: the list, not the image-titled 最新更新 box; R3.age 18 > 14")
    subpage(p, u)


def _u18_injection(p: Portal) -> None:
    """An ASP site's 挂马: on 通知公告, `<DIV style="DISPLAY: none">` (IE-era upper case) of
    gambling links (injection, R3.injection: hidden links to other sites). On the subpage a
    友情链接 table to gov.cn sites (no DNS here: never broken), and a dead 2009 attachment
    `/UploadFiles/200905/20090512093.doc` (404: broken)."""
    u = p.unit("cgj", "区城市管理执法局", "department")
    old_std(p, u)
    path = u.columns[1].path
    spam = "".join(
        f'<A href="http://{host}/" target=_blank>{w}</A> '
        for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    )
    route = p.routes[path]
    text = route.body.decode(ENC).replace(
        "</body>", f'<DIV style="DISPLAY: none">{spam}</DIV>\n</body>', 1
    )
    p.old(path, text)
    p.expect("cgj", "content_injection", path, "R3.injection: hidden links to gambling hosts")
    dead = "/bm/cgj/UploadFiles/200905/20090512093.doc"
    friends = box(
        "友情链接",
        '<table width="100%"><tr><td><a href="http://www.shaanxi.gov.cn/">陕西省人民政府</a></td>'
        '<td><a href="http://www.baoji.gov.cn/">宝鸡市人民政府</a></td>'
        f'<td><a href="{dead}">2009年城管执法工作总结（附件）</a></td></tr></table>',
        image=False,
    )
    subpage(p, u, extra=friends)
    p.expect("cgj", "broken_link", dead, "R3.broken: an attachment answering 404")
    # The 站内搜索 link of the 通知公告 page carries a hostile query (the bulletin escapes it).
    bad = f"/bm/cgj/Search.asp?keyword={HOSTILE}"
    text = text.replace("</body>", f'<a href="{escape(bad)}">站内搜索</a>\n</body>', 1)
    p.old(path, text)
    p.expect("cgj", "broken_link", bad, "R3.broken: 404")


def _u19_abandoned(p: Portal) -> None:
    """Control: an abandoned sub-site. 工作动态's newest line is `2023-4-13` (1496 days):
    stale. 通知公告's `list.asp` was deleted (404): column_unreachable (and the subpage's link
    to it is broken)."""
    u = p.unit("lyj", "区林业局", "department")
    column(p, u, "工作动态", "dynamic", "gzdt", [1496, 1520, 1600])
    stale(p, "lyj", "/bm/lyj/gzdt/index.asp", "工作动态", "dynamic", 1496, "R3.age: 1496 > 14")
    path = "/bm/lyj/tzgg/list.asp?id=3"
    p.col(u, "通知公告", "notice", "tzgg", path=path)
    p.expect("lyj", "column_unreachable", path, "R3.unreachable: 404 is final",
             column="通知公告", category="notice")
    p.expect("lyj", "broken_link", path, "R3.broken: the subpage's 栏目导航 link answers 404")
    old_std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u20_control(p: Portal) -> None:
    """Honest control in the full old chrome: 工作动态 a table 标题 | 更新时间 | 点击数 (the
    动易 header names its date column 更新时间) with `new.gif` icons, newest 1 day; 通知公告
    `(2027-04-20)` br lines 28 days; 政策文件 `2027年1月5日` 133 days; pagers
    `list.asp?id=12&page=2`. Fresh everywhere: nothing."""
    u = p.unit("nyj", "区农业农村局", "department")
    path = "/bm/nyj/Article/list.asp?id=12"
    p.col(u, "工作动态", "dynamic", "gzdt", path=path)
    items = p.articles(u, "工作动态", [1, 3, 8, 15])
    p.listed[path] = items
    rows = "".join(
        f'<tr><td height="24">{link(i)}{"<img src=/images/new.gif>" if k < 2 else ""}</td>'
        f'<td align="center">{unpadded(when(i))}</td><td align="center">{88 - 9 * k}</td></tr>\n'
        '<tr><td height="1" colspan="3" bgcolor="#CCCCCC"></td></tr>\n'
        for k, i in enumerate(items)
    )
    table = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n'
        '<tr bgcolor="#E8F0F8"><td align="center"><b>标题</b></td><td width="90" align="center">'
        '<b>更新时间</b></td><td width="50" align="center"><b>点击数</b></td></tr>\n'
        f"{rows}</table>"
    )
    p.old(path, column_html(p, u, "工作动态", table + pager(path)), charset_header=True)
    later_pages(p, u, "工作动态", path)
    npath = "/bm/nyj/Article/list.asp?id=13"
    p.col(u, "通知公告", "notice", "tzgg", path=npath)
    notes = p.articles(u, "通知公告", [28, 40, 71])
    p.listed[npath] = notes
    p.old(npath, column_html(p, u, "通知公告", br_cell(notes) + pager(npath)))
    later_pages(p, u, "通知公告", npath)
    column(p, u, "政策文件", "policy", "zcwj", [133, 170, 260], fmt=cn)
    column(p, u, "机构概况", "overview", "jggk", [700])
    subpage(p, u)


def _u21_cn_md(p: Portal) -> None:
    """新云 (NewAsp) `ShowList.asp`: dates `5月6日` without a year in `<font>`. 工作动态 newest
    `5月6日` 12 days: fresh. 通知公告 newest `12月20日`: 2027-12-20 would be in the future, so
    2026-12-20, 149 days: fresh. Nothing."""
    u = p.unit("wlj", "区文化和旅游局", "department")
    old_std(p, u, skip=("dynamic", "notice"))
    for name, cat, cid, ages in (
        ("工作动态", "dynamic", 31, [12, 13, 19]),
        ("通知公告", "notice", 32, [149, 160, 200]),
    ):
        path = f"/bm/wlj/news/ShowList.asp?ClassID={cid}"
        p.col(u, name, cat, f"c{cid}", path=path)
        items = p.articles(u, name, ages)
        p.listed[path] = items
        p.old(path, column_html(p, u, name, dot_rows(items, cn_md) + pager(path)))
        later_pages(p, u, name, path)
    subpage(p, u)


def _u22_tooltip(p: Portal) -> None:
    """动易's tooltip titles: 工作动态 shows truncated titles only; each link's `title=` holds
    「文章标题：… 作    者：佚名 更新时间：2027-4-26 点击次数：…」 (22, 28, 35 days), and each
    article's info line says 更新时间 the same day (no PubDate). Stale at 22 (R3.newest: the list
    shows no date; the articles' dates; R3.age 22 > 14)."""
    u = p.unit("sbj", "区审计局", "department")
    path = "/bm/sbj/Article/ShowClass.asp?ClassID=2"
    p.col(u, "工作动态", "dynamic", "gzdt", path=path)
    old_std(p, u, skip=("dynamic",))
    items = p.articles(u, "工作动态", [22, 28, 35], label="更新时间", pubdate=False)
    p.listed[path] = items
    rows = "".join(
        f'<tr><td width="12"><img src="/images/dot.gif"></td><td height="24">'
        f'<a href="{i.href}" title="文章标题：{escape(i.title)}&#13;&#10;作    者：佚名&#13;&#10;'
        f'更新时间：{unpadded(when(i))} 9:30:12&#13;&#10;点击次数：{300 + k}">'
        f"{escape(trunc(i.title, 16))}</a></td></tr>\n"
        '<tr><td height="1" colspan="2" bgcolor="#CCCCCC"></td></tr>\n'
        for k, i in enumerate(items)
    )
    table = f'<table width="100%" border="0" cellspacing="0" cellpadding="0">\n{rows}</table>'
    p.old(path, column_html(p, u, "工作动态", table + pager(path)))
    later_pages(p, u, "工作动态", path)
    stale(p, "sbj", path, "工作动态", "dynamic", 22,
          "R3.newest from the articles (更新时间, the tooltip's date too); R3.age 22 > 14")
    p.maybe("sbj", "meta_missing", "*", "RULES §2: the articles have no PubDate")
    subpage(p, u)


def _u23_base_href(p: Portal) -> None:
    """工作动态 at `/bm/tyj/gzdt/index.asp` carries `<base href="http://host/bm/tyj/Article/">`
    (the template of the generated pages) and links its articles relatively
    (`ShowArticle.asp?ArticleID=n`): they resolve under `/bm/tyj/Article/` and exist. Newest 4
    days: fresh, nothing broken. Nothing."""
    u = p.unit("tyj", "区退役军人事务局", "department")
    path = "/bm/tyj/gzdt/index.asp"
    p.col(u, "工作动态", "dynamic", "gzdt", path=path)
    old_std(p, u, skip=("dynamic",))
    items = p.articles(u, "工作动态", [4, 9, 17])
    p.listed[path] = items
    rel = [Item(i.title, i.href.rsplit("/", 1)[1], i.when) for i in items]
    html = column_html(p, u, "工作动态", dot_rows(rel))
    html = html.replace('<base target="_blank">',
                        f'<base href="http://{HP}/bm/tyj/Article/" target="_blank">', 1)
    p.old(path, html)
    subpage(p, u)


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_dongyi_newest_box,
    _u02_br_hot,
    _u03_bracket_hits,
    _u04_slash_time,
    _u05_paren_md,
    _u06_empire,
    _u07_dede,
    _u08_phpcms_marquee,
    _u09_kesion_marquee,
    _u10_empty_with_box,
    _u11_vbscript_error,
    _u12_adodb_midpage,
    _u13_odbc_subpage,
    _u14_error_article,
    _u15_updated_label,
    _u16_padded_names,
    _u17_town_image_box,
    _u18_injection,
    _u19_abandoned,
    _u20_control,
    _u21_cn_md,
    _u22_tooltip,
    _u23_base_href,
)
