"""The eleventh 24-unit trap portal: honest pages of real government CMSs that the heuristics
added for portals 24h, 24i and 24j could read wrongly — a column really named 最新动态, a
column's own list under a 最新公告 or 热点问题 heading, a 友情链接 `<select>` of government
sites, a `<noscript>` asking for JavaScript with a link to the site's 无障碍 page, a 用户登录
box in a sidebar, 8-digit numbers that are no dates, 发布时间 beside 更新时间, 年度 headings over
full dates, a 成文日期 | 发布日期 table with empty 发布日期 cells, an event date in a summary, a
成文日期 line under an article's title, a 404-help 温馨提示 and a 维护公告 beside real lists, a
`.hide` mobile block with dates, a same-site map iframe on a subpage and an ad iframe beside a
column's list — plus a cookie check that never succeeds, honest controls and failing units.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule; `p.maybe` for a finding acceptable either
way). Ages are literal. The reference day is `AS_OF`, 2027-05-18, a Tuesday. The server is
`tests.portal24k.server` (`tests.portal24j.server` plus a cookie check that loops).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, config_yaml, stale, std, titled
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS, a, before_footer, lines, ymd
from tests.portal24j.site import Portal as _Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 5, 18)


class Portal(_Portal):
    """`loops`: paths whose cookie check never lets a reader through (`server.serve`)."""

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.loops: set[str] = set()


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    p.add(
        "/wza/index.html",
        h.page(
            title="无障碍浏览",
            head=h.meta("无障碍", "无障碍"),
            today=today,
            crumbs=[("首页", "/")],
            main="<p>无障碍版</p>",
        ),
    )
    return p


def plain(p: Portal, base: str, name: str, ages: Sequence[int], **kw: object) -> list[Item]:
    return p.items(base, name, ages, style="plain", **kw)  # type: ignore[arg-type]


def when(i: Item) -> date:
    assert i.when is not None
    return i.when


def ul(items: Sequence[Item], cls: str = "list") -> str:
    return (
        f'<ul class="{cls}">'
        + lines(items, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
        + "</ul>"
    )


def box(title: str, body: str) -> str:
    return f'<div class="side-box"><h3>{title}</h3>{body}</div>'


def side_list(p: Portal, base: str, name: str, ages: Sequence[int]) -> str:
    items = plain(p, base, name, ages)
    return ul(items, "side-list")


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2; README's check table.
# =========================================================================================


def _u01_newest_named(p: Portal) -> None:
    """A column really named 最新动态 (category dynamic; the subpage links it by URL), newest 3
    days: fresh. 通知公告's own list sits under a box titled 最新公告 (the column's only list),
    newest 100 days, a 办事指南 side box of 400-day-old lines beside it: fresh."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "最新动态", "dynamic", "zxdt")
    items = plain(p, base, "最新动态", [3, 8, 15, 22])
    p.add(base + "index.html", p.column_page(u, "最新动态", ul(items)))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [100, 190, 230, 260])
    side = box("办事指南", side_list(p, "/bm/gxj/bszn/", "办事指南", [400, 420, 450]))
    main = f'<div class="zx-box"><h3>最新公告</h3>{ul(items)}</div>'
    p.add(base + "index.html", p.column_page(u, "通知公告", main, side=side))
    std(p, u, skip=("dynamic", "notice"))
    menu = [("工作动态", u.columns[0].path), *p.menu(u)[1:]]
    p.add(u.subpage, p.subpage_html(u, menu))


def _u02_hot_questions(p: Portal) -> None:
    """A column named 热点问题 (category notice) whose own list is under its name, newest 200
    days: stale (183). Beside it a 热点推荐 box of the portal's newest news (2–9 days, eight
    lines): not the column's list."""
    u = p.unit("wjw", "区卫生健康局", "department")
    std(p, u)
    base = p.col(u, "热点问题", "notice", "rdwt")
    items = plain(p, base, "热点问题", [200, 240, 300, 330, 360])
    side = box("热点推荐", side_list(p, "/xwzx/", "要闻", [2, 3, 4, 5, 6, 7, 8, 9]))
    p.add(base + "index.html", p.column_page(u, "热点问题", ul(items), side=side))
    stale(
        p,
        "wjw",
        base + "index.html",
        "热点问题",
        "notice",
        200,
        "R3.newest: the column's own list, not the 热点推荐 box; R3.age 200 > 183",
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


SELECT = (
    '<div class="yqlj"><select onchange="if(this.value){window.open(this.value)}">'
    '<option value="">—— 政府网站 ——</option>'
    '<option value="http://www.gov.cn/">中国政府网</option>'
    '<option value="http://www.shaanxi.gov.cn/">陕西省人民政府</option>'
    '<option value="http://www.weinan.gov.cn/">渭南市人民政府</option></select>'
    '<select onchange="if(this.value){window.open(this.value)}">'
    '<option value="">—— 区县网站 ——</option>'
    '<option value="http://www.huazhou.gov.cn/">华州区人民政府</option></select></div>'
)


def _u03_select(p: Portal) -> None:
    """An honest 友情链接 `<select>` of government sites on the subpage and on 工作动态: no
    injection, and no gov.cn site is broken for want of DNS."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=SELECT))
    before_footer(p, u.columns[0].path, SELECT)


NOSCRIPT = (
    '<noscript><div class="noscript">您的浏览器未开启JavaScript，部分功能无法使用，请开启'
    'JavaScript后访问，或访问本站<a href="/wza/index.html">无障碍版</a>。</div></noscript>'
    '<script src="/images/common.js"></script>'
)


def _u04_noscript(p: Portal) -> None:
    """An honest `<noscript>` (请开启JavaScript, a link to the site's own 无障碍 page) on the
    subpage and every column page, which are ordinary pages: nothing."""
    u = p.unit("jyj", "区教育局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=NOSCRIPT))
    for c in u.columns:
        before_footer(p, c.path, NOSCRIPT)


TIP_404 = box(
    "温馨提示",
    "<p>如您访问的页面不存在或链接已失效，请使用站内搜索查找，或拨打网站管理电话反映。</p>",
)


def _u05_help_404(p: Portal) -> None:
    """A 温馨提示 box saying 「如您访问的页面不存在或链接已失效…」 beside real content: on the
    subpage (a menu) and on 规划计划, whose list is one dated plan (97 days, fresh: 365).
    Nothing."""
    u = p.unit("sfj", "区司法局", "department")
    std(p, u)
    base = p.col(u, "规划计划", "plan", "ghjh")
    items = titled(plain(p, base, "规划计划", [97]), ["区司法局2027年度法治宣传教育工作计划"])
    p.add(base + "index.html", p.column_page(u, "规划计划", ul(items), side=TIP_404))
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=TIP_404))


def _u06_numbers(p: Portal) -> None:
    """通知公告 lists titles with 8-digit numbers that are no dates (编号 20180516, 电话 29812345,
    a 统一社会信用代码), no list dates; the articles show 发布时间 (30, 60, 90 days): fresh."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [30, 60, 90])
    tails = ["编号 20180516", "咨询电话 29812345", "统一社会信用代码 91610302MA6X20190K"]
    li = "".join(
        f'<li>{a(i)}<span class="bh"> {t}</span></li>' for i, t in zip(items, tails, strict=True)
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="list">{li}</ul>'))
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u07_updated(p: Portal) -> None:
    """工作动态 lines carry 发布时间 (28, 35, 50 days) and 更新时间 (1–2 days: the items were
    edited). An edit publishes nothing: stale at 28."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [28, 35, 50])
    upd = [p.d(1), p.d(1), p.d(2)]
    li = "".join(
        f"<li>{a(i)}<span>发布时间：{ymd(i)}</span><span>更新时间：{d:%Y-%m-%d}</span></li>"
        for i, d in zip(items, upd, strict=True)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>'))
    stale(
        p,
        "mzj",
        base + "index.html",
        "工作动态",
        "dynamic",
        28,
        "R3.newest: the items' publication (发布时间), not an edit; R3.age 28 > 14",
    )
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u08_annual(p: Portal) -> None:
    """政府信息公开年报 (category plan) grouped under 2026年度 / 2025年度 headings, each line with
    its full publication date of the following year (2027-01-25 is 113 days): fresh."""
    u = p.unit("tjj", "区统计局", "department")
    std(p, u)
    base = p.col(u, "政府信息公开年报", "plan", "ndbg")
    new = plain(p, base, "年报", [113, 120])
    old = plain(p, base, "年报", [478, 485])
    new = titled(new, ["区统计局2026年政府信息公开工作年度报告", "区统计局2026年度部门决算"])
    old = titled(old, ["区统计局2025年政府信息公开工作年度报告", "区统计局2025年度部门决算"])
    main = f"<h3>2026年度</h3>{ul(new)}<h3>2025年度</h3>{ul(old)}"
    p.add(base + "index.html", p.column_page(u, "政府信息公开年报", main))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u09_issued_published(p: Portal) -> None:
    """政策文件 is a table 标题 | 文号 | 成文日期 | 发布日期. The newest row's 发布日期 cell is
    empty (成文日期 2027-05-10); its article says 发布时间 2027-05-12 (6 days). The other rows
    are published 220 days ago and more. Fresh."""
    u = p.unit("czj", "区财政局", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = plain(p, base, "政策文件", [6, 220, 260, 300])
    rows = []
    for n, i in enumerate(items):
        issued = when(i) - timedelta(days=2 if n == 0 else 5)
        pub = "" if n == 0 else ymd(i)
        rows.append(
            f"<tr><td>{a(i)}</td><td>渭财发〔{when(i).year}〕{20 - n}号</td>"
            f"<td>{issued:%Y-%m-%d}</td><td>{pub}</td></tr>"
        )
    table = (
        '<table class="zcwj"><tr><th>标题</th><th>文号</th><th>成文日期</th><th>发布日期</th></tr>'
        + "".join(rows)
        + "</table>"
    )
    p.add(base + "index.html", p.column_page(u, "政策文件", table))
    std(p, u, skip=("policy",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u10_event_date(p: Portal) -> None:
    """工作动态 blocks: title, a summary naming an event day in a span of its own
    (<span>2027-05-16</span>), and 发布时间 (28, 40, 55 days). Stale at 28."""
    u = p.unit("whj", "区文化和旅游局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [28, 40, 55])
    events = [p.d(2), p.d(20), p.d(30)]
    blocks = "".join(
        f'<div class="item"><h4>{a(i)}</h4><p class="summary">活动定于<span>{e:%Y-%m-%d}</span>'
        f'在区文化馆举行，欢迎市民参加。</p><p class="time">发布时间：{ymd(i)}</p></div>'
        for i, e in zip(items, events, strict=True)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<div class="news">{blocks}</div>'))
    stale(
        p,
        "whj",
        base + "index.html",
        "工作动态",
        "dynamic",
        28,
        "R3.newest: the lines' 发布时间, not an event day in the summary; R3.age 28 > 14",
    )
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _document(title: str, issued: date, published: date, column: str, today: date) -> str:
    main = (
        f'<div class="article"><h1 class="art-title">{escape(title)}</h1>'
        f'<p class="doc-date">{issued.year}年{issued.month}月{issued.day}日</p>'
        '<div class="art-con"><p>各镇人民政府、街道办事处，区政府各工作部门：</p>'
        "<p>现将有关事项通知如下，请认真贯彻执行。</p></div>"
        f'<div class="art-info">发布时间：{published:%Y-%m-%d} 10:00　'
        "来源：区政府办公室</div></div>"
    )
    return h.page(
        title=title, head=h.meta(column, column), today=today, crumbs=[("首页", "/")], main=main
    )


def _u11_issued_under_title(p: Portal) -> None:
    """工作动态 lists no dates; each article has its 成文日期 on the line under the h1
    (2027年4月10日 … 38 days and older) and 发布时间 below the text (3, 9, 16 days): fresh."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [3, 9, 16])
    for i in items:
        p.add(
            i.href, _document(i.title, when(i) - timedelta(days=35), when(i), "工作动态", p.today)
        )
    li = "".join(f"<li>{a(i)}</li>" for i in items)
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>'))
    p.maybe("rsj", "meta_missing", "*", "RULES §2: the articles carry no PubDate (a warning)")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u12_mobile_hide(p: Portal) -> None:
    """工作动态's list is 20 days old (stale). A `.hide` block (the stylesheet hides it: a mobile
    menu) holds the portal's newest lines dated 1–2 days and a www.gov.cn link: unseen, and no
    injection."""
    u = p.unit("ybj", "区医疗保障局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [20, 27, 35])
    mob = plain(p, "/xwzx/", "要闻", [1, 2])
    hidden = (
        f'<div class="hide m-menu"><ul><li><a href="/">首页</a></li>'
        '<li><a href="http://www.gov.cn/">中国政府网</a></li></ul>'
        f"{ul(mob, 'm-news')}</div>"
    )
    style = "<style>.hide{display:none}</style>\n"
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items) + hidden, extra_head=style))
    stale(
        p,
        "ybj",
        base + "index.html",
        "工作动态",
        "dynamic",
        20,
        "R3.newest: hidden lines are not the list a reader sees; R3.age 20 > 14",
    )
    std(p, u, skip=("dynamic",))
    p.add(
        u.subpage,
        p.subpage_html(u, p.menu(u), extra=hidden, head=h.meta(u.name, "子站首页") + style),
    )


MAINT = box(
    "系统维护公告",
    "<p>因系统升级，5月22日22:00至24:00期间本网站暂停访问，给您带来不便，敬请谅解。</p>",
)


def _u13_maintenance(p: Portal) -> None:
    """A 系统维护公告 box (「…期间本网站暂停访问…」, a coming night) on the subpage and beside
    规划计划's one dated plan (60 days): both are the pages. Nothing."""
    u = p.unit("zrj", "区自然资源局", "department")
    std(p, u)
    base = p.col(u, "规划计划", "plan", "ghjh")
    items = titled(plain(p, base, "规划计划", [60]), ["区自然资源局2027年国土空间规划工作要点"])
    p.add(base + "index.html", p.column_page(u, "规划计划", ul(items), side=MAINT))
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=MAINT))


LOGIN = box(
    "用户登录",
    '<form action="/ucenter/login.do" method="post"><p>用户名：<input name="u" /></p>'
    '<p>密　码：<input type="password" name="pw" /></p><button type="submit">登录</button>'
    '<a href="/ucenter/reg.html">注册</a></form>',
)


def _u14_login_box(p: Portal) -> None:
    """A 用户登录 box with a password field in the sidebar of the subpage and of 通知公告
    (fresh, 40 days): the pages are public. Nothing."""
    u = p.unit("xzsp", "区行政审批服务局", "department")
    std(p, u, skip=("notice",))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [40, 70, 100])
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(items), side=LOGIN))
    p.add("/ucenter/reg.html", "<html><body>注册</body></html>")
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=LOGIN))


def _u15_map_frame(p: Portal) -> None:
    """The subpage (a menu of its columns, no dated list) shows the office's location in a
    same-site `<iframe src="map.html">` (a map page with no categories). The categories are on
    the subpage: nothing."""
    u = p.unit("jtj", "区交通运输局", "department")
    std(p, u)
    p.add(
        "/bm/jtj/map.html",
        '<html><head><title>办公地址</title><script src="/images/map.js"></script></head>'
        '<body><div id="map" style="width:100%;height:300px"></div>'
        "<p>地址：渭滨区经二路18号</p></body></html>",
    )
    frame = (
        '<div class="dz"><h3>办公地址</h3><iframe src="map.html" width="100%" height="320" '
        'frameborder="0" scrolling="no"></iframe></div>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=frame))


def _u16_ad_frame(p: Portal) -> None:
    """通知公告's list is 200 days old (stale). Beside it, a same-site `<iframe>` 专题 banner page
    listing the portal's 2-day-old news: not the column's list."""
    u = p.unit("slj", "区水利局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [200, 230, 260])
    ad = plain(p, "/zt/", "专题", [2, 4])
    p.add("/zt/banner.html", f"<html><body>{ul(ad, 'zt')}</body></html>")
    frame = (
        '<iframe src="/zt/banner.html" width="280" height="200" frameborder="0" '
        'scrolling="no"></iframe>'
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(items), side=frame))
    stale(
        p,
        "slj",
        base + "index.html",
        "通知公告",
        "notice",
        200,
        "R3.newest: the column's own list, not an ad frame beside it; R3.age 200 > 183",
    )
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u17_cookie_loop(p: Portal) -> None:
    """Control: 通知公告's web firewall answers every request, cookie or not, with a 302 to the
    same URL and a fresh cookie: column_unreachable (redirects are bounded), and the subpage's
    menu link to it leads nowhere (broken)."""
    u = p.unit("ajj", "区应急管理局", "department")
    std(p, u)
    path = "/bm/ajj/tzgg/index.html"
    p.loops.add(path)
    p.expect(
        "ajj",
        "column_unreachable",
        path,
        "R3.unreachable: a redirect loop",
        column="通知公告",
        category="notice",
    )
    p.expect("ajj", "broken_link", path, "R3.broken: the menu's link cannot be reached")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u18_control_dept(p: Portal) -> None:
    """Honest control: a department with a 热点排行 sidebar of newer lines. Nothing."""
    u = p.unit("hbj", "区生态环境局", "department")
    std(p, u)
    c = u.columns[1]
    page = p.routes[c.path].body.decode()
    hot = h.hot_box([Item("全区生态环境保护大会召开", "/xwzx/hot1.html", p.d(1))])
    p.add(
        "/xwzx/hot1.html",
        h.detail(title="全区生态环境保护大会召开", today=p.today, column="要闻", published=p.d(1)),
    )
    p.add(
        c.path, page.replace('<div class="fl main-l"></div>', f'<div class="fl main-l">{hot}</div>')
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u19_control_town(p: Portal) -> None:
    """Honest control: a town, all fresh. Nothing."""
    u = p.unit("xz_mp", "马营镇人民政府", "town")
    std(p, u, policy=False)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u20_stale_empty(p: Portal) -> None:
    """Control: 工作动态 30 days old (stale), 通知公告 says 暂无信息 (empty)."""
    u = p.unit("nyj", "区农业农村局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=30)
    stale(p, "nyj", "/bm/nyj/gzdt/index.html", "工作动态", "dynamic", 30, "R3.age: 30 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", '<ul class="list"><li class="nodata">暂无信息</li></ul>'),
    )
    p.expect(
        "nyj",
        "column_empty",
        base + "index.html",
        "R3.empty: 暂无信息",
        column="通知公告",
        category="notice",
    )
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u21_down(p: Portal) -> None:
    """Control: the subpage answers 404 (subpage_unreachable only); 政策文件 answers 404
    (column_unreachable); the columns' breadcrumbs link to the dead subpage (broken)."""
    u = p.unit("lyj", "区林业局", "department")
    std(p, u)
    del p.routes["/bm/lyj/zcwj/index.html"]
    p.expect("lyj", "subpage_unreachable", u.subpage, "R3.unreachable: 404 is final")
    p.expect(
        "lyj",
        "column_unreachable",
        "/bm/lyj/zcwj/index.html",
        "R3.unreachable: 404",
        column="政策文件",
        category="policy",
    )
    p.expect("lyj", "broken_link", u.subpage, "R3.broken: breadcrumb to the 404 subpage")


def _u22_missing(p: Portal) -> None:
    """Control: a town whose subpage does not show 通知公告 (category_missing)."""
    u = p.unit("xz_gp", "高家镇人民政府", "town")
    std(p, u, policy=False)
    p.add(
        u.subpage,
        p.subpage_html(u, [(c.name, c.path) for c in u.columns if c.category != "notice"]),
    )
    p.expect("xz_gp", "category_missing", u.subpage, "R3.category: not shown", category="notice")


def _u23_dead_link(p: Portal) -> None:
    """Control: 通知公告's page links a 404 attachment and a search URL with a hostile query
    answering 404 (both broken; the bulletin must escape the query)."""
    u = p.unit("swj", "区商务局", "department")
    std(p, u)
    bad = f"/bm/swj/search404.html?q={HOSTILE}"
    before_footer(
        p,
        "/bm/swj/tzgg/index.html",
        '<p><a href="/bm/swj/files/2027sqbg.doc">申请表下载</a> '
        f'<a href="{escape(bad)}">站内搜索</a></p>',
    )
    p.expect("swj", "broken_link", "/bm/swj/files/2027sqbg.doc", "R3.broken: 404")
    p.expect("swj", "broken_link", bad, "R3.broken: 404")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u24_injected(p: Portal) -> None:
    """Control: gambling links in a `display:none` div on the subpage (injection)."""
    u = p.unit("cgj", "区城市管理局", "department")
    std(p, u)
    hidden = "".join(
        f'<a href="http://{host}/">{w}</a>' for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    )
    p.add(
        u.subpage, p.subpage_html(u, p.menu(u), extra=f'<div style="display:none">{hidden}</div>')
    )
    p.expect("cgj", "content_injection", u.subpage, "R3.injection: display:none links")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_newest_named,
    _u02_hot_questions,
    _u03_select,
    _u04_noscript,
    _u05_help_404,
    _u06_numbers,
    _u07_updated,
    _u08_annual,
    _u09_issued_published,
    _u10_event_date,
    _u11_issued_under_title,
    _u12_mobile_hide,
    _u13_maintenance,
    _u14_login_box,
    _u15_map_frame,
    _u16_ad_frame,
    _u17_cookie_loop,
    _u18_control_dept,
    _u19_control_town,
    _u20_stale_empty,
    _u21_down,
    _u22_missing,
    _u23_dead_link,
    _u24_injected,
)
