"""The seventeenth trap portal: how real district portals are laid out and configured, as every
check meets it — department and town sites on a second host (站群: 127.0.0.2 beside the portal
on 127.0.0.1), a column that moved there by a 301, a subpage linking a required category only
on that host; column URLs with query strings (a JSP whose configured URL writes its parameters
in another order, or with `&amp;` pasted from page source; an IIS/ASP.NET site whose
configured `List.aspx?ClassID=3` the subpage links as `list.aspx?classid=3`, its pager a form
POST; a Hanweb JCMS `col/col1234/index.html?uid=5678&pageNum=1`); a directory URL `…/gzdt/`;
a configured `index_1.html` that is the column's second page; one 通知公告 page shared by two
units; a subpage that is also one of its unit's columns; a unit whose 政策文件 is only on its
second subpage (信息公开平台); an operator's own category (专题, 30 days); the per-column
`selector` and `date_selector` as an operator writes them — one that reads a page whose
column list is smaller than a recommended-news box beside it, one that picks the 发布时间 of
recruitment notices over their exam dates, one mistyped (matches nothing, on a page whose side
box says 暂无数据) and a `date_selector` that matches nothing inside correct items — plus
honest controls and failing units of both kinds (镇街 `town`, 部门 `department`).

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md
must report (`p.expect`; `p.maybe` for a finding acceptable either way). Ages are literal. The
reference day is `AS_OF`, 2027-12-14, a Tuesday. Routes of the second host are keyed `h2:`;
paths `abs:http://__HP2__/…` are configured and linked as absolute URLs. The server is
`tests.portal24q.server`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from html import escape

from sampleportal.pages import Route
from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import Column, Unit
from tests.portal24f.site import CATEGORIES as _CATEGORIES
from tests.portal24f.site import MAX_AGE as _MAX_AGE
from tests.portal24f.site import Expect, stale, std, titled
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS, a, before_footer, lines, ymd
from tests.portal24k.site import Portal as _Portal
from tests.portal24q.server import HP, HP2, Answer, Params

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 12, 14)
MAX_AGE = {**_MAX_AGE, "topic": 30}
# An operator's own category: 专题专栏 kept monthly, required of no kind.
CATEGORIES = _CATEGORIES.rstrip("\n") + (
    "\n  - id: topic\n    names: [专题专栏]\n    max_age_days: 30\n    required_for: []\n"
)
SHARED = ("/", "/index.html", "/zwgk/index.html", "/zwfw/index.html", "/hdjl/index.html",
          "/bmjz/index.html", "/images/style.css", "/images/logo.png")


class Portal(_Portal):
    """`selectors`: per column path, its `selector` / `date_selector` keys; `nocase` and
    `params`: what the server does with URLs (`tests.portal24q.server`)."""

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.selectors: dict[str, dict[str, str]] = {}
        self.nocase: tuple[str, ...] = ()
        self.params: dict[str, Params] = {}

    def add(self, path: str, text: str, **kw: object) -> None:
        """`abs:` hrefs (a unit's pages on the other host) are written as absolute URLs."""
        super().add(path, text.replace('"abs:', '"'), **kw)  # type: ignore[arg-type]

    def redirect(self, path: str, location: str, status: int = 301) -> None:
        self.routes[path] = Route(body=b"", status=status, location=location)

    def common(self) -> None:
        """The portal's shared pages; a 站群 site on the second host serves the same template
        (its menu, style sheet and logo)."""
        super().common()
        for path in SHARED:
            self.routes["h2:" + path] = self.routes[path]

    def served(self) -> dict[str, Answer]:  # type: ignore[override]
        return {
            path: Answer(
                body=r.body, status=r.status, content_type=r.content_type, location=r.location
            )
            for path, r in self.routes.items()
        }


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    return p


def plain_ul(items: Sequence[Item], cls: str = "list") -> str:
    return (
        f'<ul class="{cls}">'
        + lines(items, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
        + "</ul>"
    )


def box(title: str, body: str, more: str = "") -> str:
    link = f'<a class="more" href="{more}">更多&gt;&gt;</a>' if more else ""
    return f'<div class="box"><div class="box-tit"><span>{title}</span>{link}</div>{body}</div>'


# -- a unit's site on the second host ---------------------------------------------------


def h2unit(p: Portal, uid: str, name: str, kind: str) -> Unit:
    u = Unit(uid, name, kind, f"abs:http://{HP2}/{uid}/index.html")
    p.units.append(u)
    return u


def h2route(path: str) -> str:
    """The route key of an `abs:http://__HP2__/…` path."""
    return "h2:" + path.removeprefix(f"abs:http://{HP2}")


def h2col(u: Unit, name: str, cat: str, slug: str, page: str = "index.html") -> str:
    """Configure a column on the unit's site; returns its route directory (`h2:/uid/slug/`)."""
    u.columns.append(Column(name, cat, f"abs:http://{HP2}/{u.id}/{slug}/{page}"))
    return f"h2:/{u.id}/{slug}/"


def h2fresh(p: Portal, u: Unit, name: str, cat: str, slug: str, age: int) -> None:
    base = h2col(u, name, cat, slug)
    items = p.items(base, name, [age, age + 7, age + 20, age + 40])
    p.add(base + "index.html", p.column_page(u, name, h.trs_ul(items)))


def h2std(p: Portal, u: Unit, *, policy: bool = True, skip: Sequence[str] = ()) -> None:
    dyn = "乡镇动态" if u.kind == "town" else "工作动态"
    if "dynamic" not in skip:
        h2fresh(p, u, dyn, "dynamic", "gzdt", 2)
    if "notice" not in skip:
        h2fresh(p, u, "通知公告", "notice", "tzgg", 30)
    if policy and "policy" not in skip:
        h2fresh(p, u, "政策文件", "policy", "zcwj", 60)
    if "overview" not in skip:
        base = h2col(u, "机构概况", "overview", "jggk")
        items = p.items(base, "机构概况", [400, 420, 800])
        p.add(base + "index.html", p.column_page(u, "机构概况", h.trs_ul(items, pages=1)))


def on_portal(u: Unit) -> Unit:
    """The unit as a page on the other host links it: its subpage by absolute URL."""
    return replace(u, subpage=f"abs:http://{HP}{u.subpage}")


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2; INTERFACE.md (the
# configuration: one subpage per unit, columns with url, category and optional selectors).
# =========================================================================================


def _u01_station_dir(p: Portal) -> None:
    """站群: the 区教育局's whole site is on the second host. 工作动态 is configured as the
    directory URL `…/jyj/gzdt/` (served by its directory index, relative item links); the
    subpage links it as `gzdt/index.html` under the text 教育动态 (no category name) and by a
    `更多` link to `gzdt` (301 to the slash). Category shown by URL (`gzdt/` is
    `gzdt/index.html`); everything fresh. Nothing."""
    u = h2unit(p, "jyj", "区教育局", "department")
    u.columns.append(Column("工作动态", "dynamic", f"abs:http://{HP2}/jyj/gzdt/"))
    items = p.items("h2:/jyj/gzdt/", "工作动态", [1, 6, 13, 27])
    page = p.column_page(u, "工作动态", h.trs_ul(items))
    p.add("h2:/jyj/gzdt/", page)
    p.add("h2:/jyj/gzdt/index.html", page)
    p.redirect("h2:/jyj/gzdt", f"http://{HP2}/jyj/gzdt/")
    h2std(p, u, skip=("dynamic",))
    menu = [("教育动态", "gzdt/index.html"), *[(c.name, c.path) for c in u.columns[1:]]]
    shown = [replace(i, href="gzdt/" + i.href[2:]) for i in items[:3]]
    extra = box("教育动态", plain_ul(shown, "side-list"), more="gzdt")
    p.add(h2route(u.subpage), p.subpage_html(u, menu, extra=extra))


def _u02_moved_column(p: Portal) -> None:
    """通知公告 moved to the unit's new site: the configured `/bm/wjw/tzgg/index.html` answers
    301 to `http://127.0.0.2/wjw/tzgg/index.html`, whose list (relative links) is 200 days
    old. Redirects are followed: column_stale at the configured URL, age 200; the subpage's
    old link is no broken link (it lands)."""
    u = p.unit("wjw", "区卫生健康局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=2)
    u.columns.append(Column("通知公告", "notice", "/bm/wjw/tzgg/index.html"))
    p.redirect("/bm/wjw/tzgg/index.html", f"http://{HP2}/wjw/tzgg/index.html")
    items = p.items("h2:/wjw/tzgg/", "通知公告", [200, 215, 240, 300])
    p.add("h2:/wjw/tzgg/index.html", p.column_page(on_portal(u), "通知公告", h.trs_ul(items)))
    stale(p, "wjw", "/bm/wjw/tzgg/index.html", "通知公告", "notice", 200,
          "R3.unreachable: redirects are followed; R3.newest/R3.age on the new page: 200 > 183")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def jsp_list(p: Portal, u: Unit, name: str, cid: int, ages: Sequence[int]) -> str:
    """A home-grown JSP list, `list.jsp?cid=N&page=1`; its pager posts a form (goPage)."""
    sec = "/bm/zjj/"
    items = []
    for k, age in enumerate(ages):
        n = cid * 100 + k
        title = f"区住建局{name}（{n}）"
        items.append(Item(title, f"content.jsp?id={n}", p.d(age)))
        p.add(f"{sec}content.jsp?id={n}",
              h.detail(title=title, today=p.today, column=name, published=p.d(age)))
    pager = (
        f'<form id="pageForm" name="pageForm" action="list.jsp?cid={cid}" method="post">'
        '<input type="hidden" name="page" value="1" /><div class="page">共 6 页 当前第 1 页 '
        '<a href="javascript:goPage(2)">下一页</a> <a href="javascript:goPage(6)">尾页</a> '
        '跳转到 <input type="text" name="go" size="2" /> <input type="button" value="GO" '
        'onclick="goPage(document.pageForm.go.value)" /></div></form>'
        "<script>function goPage(n){document.pageForm.page.value=n;"
        "document.pageForm.submit();}</script>"
    )
    return p.column_page(u, name, plain_ul(items) + pager)


def _u03_jsp_query(p: Portal) -> None:
    """A JSP reading `cid` and `page` in any order (page 1 by default, unknown parameters
    ignored). 工作动态 is configured `list.jsp?page=1&cid=12`; the subpage links
    `list.jsp?cid=12&amp;page=1` under 住建动态 (no category name): the same page, so the
    category is shown (R3.category, a link to the configured column); fresh (3 days).
    通知公告 is configured `list.jsp?cid=13&amp;page=1` (pasted from page source; the server
    reads cid=13, page 1): 200 days old, column_stale at the configured URL."""
    u = p.unit("zjj", "区住房和城乡建设局", "department")
    p.params["/bm/zjj/list.jsp"] = (("cid", None), ("page", "1"))
    p.params["/bm/zjj/content.jsp"] = (("id", None),)
    u.columns.append(Column("工作动态", "dynamic", "/bm/zjj/list.jsp?page=1&cid=12"))
    p.add("/bm/zjj/list.jsp?cid=12&page=1", jsp_list(p, u, "工作动态", 12, [3, 9, 16, 30]))
    u.columns.append(Column("通知公告", "notice", "/bm/zjj/list.jsp?cid=13&amp;page=1"))
    p.add("/bm/zjj/list.jsp?cid=13&page=1", jsp_list(p, u, "通知公告", 13, [200, 230, 260]))
    stale(p, "zjj", "/bm/zjj/list.jsp?cid=13&amp;page=1", "通知公告", "notice", 200,
          "R3.newest of the configured page (cid=13); R3.age 200 > 183")
    std(p, u, skip=("dynamic", "notice"))
    menu = [("住建动态", "list.jsp?cid=12&amp;page=1"), ("通知公告", "list.jsp?cid=13&amp;page=1"),
            *p.menu(u)[2:]]
    p.add(u.subpage, p.subpage_html(u, menu))


VIEWSTATE = "/wEPDwUKMTM2NzY0MjE5Mw9kFgICAw9kFgICAQ88KwAKAGRkGAEFC0FzcE5ldFBhZ2VyMQ8PZGQ="


def aspx_list(p: Portal, u: Unit, name: str, cls: int, ages: Sequence[int], page: int = 1) -> str:
    """ASP.NET WebForms: a GridView of `Show.aspx?ID=N` lines dated `2027/11/28`, and an
    AspNetPager whose pages are form posts (`__doPostBack`)."""
    rows = []
    for k, age in enumerate(ages):
        n = cls * 1000 + page * 100 + k
        title = f"区水利局{name}（{n}）"
        d = p.d(age)
        rows.append(f'<tr><td class="bt"><a href="Show.aspx?ID={n}" target="_blank">'
                    f'{title}</a></td><td class="rq">{d.year}/{d.month}/{d.day}</td></tr>')
        p.add(f"/bm/swj/show.aspx?id={n}",
              h.detail(title=title, today=p.today, column=name, published=d))
    pager = (
        f'<div id="AspNetPager1" class="pager">共 58 条记录 第{page}/6页 '
        "<a disabled=\"disabled\">首页</a> "
        "<a href=\"javascript:__doPostBack('AspNetPager1','2')\">下一页</a> "
        "<a href=\"javascript:__doPostBack('AspNetPager1','6')\">尾页</a></div>"
    )
    main = (
        f'<form name="form1" method="post" action="./List.aspx?ClassID={cls}" id="form1">'
        '<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" /></div>'
        "<script type=\"text/javascript\">//<![CDATA[\nvar theForm = document.forms['form1'];\n"
        "function __doPostBack(eventTarget, eventArgument) {\n"
        "  if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
        "    theForm.__EVENTTARGET.value = eventTarget;\n"
        "    theForm.__EVENTARGUMENT.value = eventArgument;\n    theForm.submit();\n  }\n}\n"
        "//]]></script>"
        f'<table id="GridView1" class="gv" cellspacing="0" border="0">{"".join(rows)}</table>'
        f"{pager}</form>"
    )
    return p.column_page(u, name, main)


def _u04_iis_case(p: Portal) -> None:
    """An IIS/ASP.NET site (paths and parameters case-insensitive). The subpage is configured
    `Index.aspx`; columns `List.aspx?ClassID=N`. 通知公告 (`ClassID=3`, 150 days: fresh) is
    linked from the subpage as `list.aspx?classid=3` under 公告公示 (no category name): the
    same page on this server, so the category is shown (R3.category; medium confidence — a
    monitor cannot know a server's case rules, but two URLs of one site differing only in case,
    one of them a configured column, are that column). 工作动态 (`ClassID=1`) is 16 days old:
    column_stale, age 16. Pagers are form posts: only page 1 is read."""
    u = Unit("swj", "区水利局", "department", "/bm/swj/Index.aspx")
    p.units.append(u)
    p.nocase = (*p.nocase, "/bm/swj/")
    p.params["/bm/swj/list.aspx"] = (("classid", None),)
    p.params["/bm/swj/show.aspx"] = (("id", None),)
    for name, cat, cls, ages in (
        ("工作动态", "dynamic", 1, [16, 19, 25, 33]),
        ("通知公告", "notice", 3, [150, 170, 200]),
        ("政策文件", "policy", 5, [60, 90, 120]),
        ("机构概况", "overview", 9, [500, 700]),
    ):
        u.columns.append(Column(name, cat, f"/bm/swj/List.aspx?ClassID={cls}"))
        p.add(f"/bm/swj/list.aspx?classid={cls}", aspx_list(p, u, name, cls, ages))
    p.add("POST:/bm/swj/list.aspx?classid=1",
          aspx_list(p, u, "工作动态", 1, [40, 47, 55], page=2))
    stale(p, "swj", "/bm/swj/List.aspx?ClassID=1", "工作动态", "dynamic", 16, "R3.age: 16 > 14")
    menu = [("工作动态", "List.aspx?ClassID=1"), ("公告公示", "list.aspx?classid=3"),
            ("政策文件", "List.aspx?ClassID=5"), ("机构概况", "list.aspx?ClassID=9")]
    p.add("/bm/swj/index.aspx", p.subpage_html(u, menu))


def _u05_hanweb(p: Portal) -> None:
    """大汉 JCMS: the subpage `/col/col1230/index.html`, columns configured with the address
    bar's `?uid=…&pageNum=1` (the static page ignores them), lists in `<datastore>` records.
    工作动态 is 20 days old: column_stale, age 20; the rest fresh. The subpage links the
    columns without the query, under their names."""
    u = Unit("fgw", "区发展和改革委员会", "department", "/col/col1230/index.html")
    p.units.append(u)
    p.params["/col/col1230/index.html"] = ()
    p.params["/module/web/jpage/dataproxy.jsp"] = ()
    for name, cat, col, ages in (
        ("工作动态", "dynamic", 1234, [20, 26, 33, 41]),
        ("通知公告", "notice", 1235, [40, 75, 110]),
        ("政策文件", "policy", 1236, [60, 130, 200]),
        ("机构概况", "overview", 1237, [900, 1000]),
    ):
        path = f"/col/col{col}/index.html"
        u.columns.append(Column(name, cat, f"{path}?uid={5678 + col - 1234}&pageNum=1"))
        p.params[path] = ()
        items = p.items(f"/col/col{col}/", name, ages, style="jcms")
        p.add(path, p.column_page(u, name, h.jcms_island(items, 5678 + col - 1234)))
    stale(p, "fgw", "/col/col1234/index.html?uid=5678&pageNum=1", "工作动态", "dynamic", 20,
          "R3.newest (datastore records); R3.age 20 > 14")
    menu = [(c.name, c.path.split("?", 1)[0]) for c in u.columns]
    p.add(u.subpage, p.subpage_html(u, menu))


SHARED_NOTICE = "/zwgk/tzgg/index.html"
DEAD_XLS = "/zwgk/tzgg/P020190315_512.xls"


def _shared_notice(p: Portal) -> None:
    """The 政务公开 section's joint 通知公告 page, 200 days old, with a dead attachment link."""
    if SHARED_NOTICE in p.routes:
        return
    section = Unit("zwgk", "政务公开", "department", "/zwgk/index.html")
    items = p.items("/zwgk/tzgg/", "通知公告", [200, 222, 260, 300])
    attach = f'<p class="fj">附件：<a href="{DEAD_XLS}">2019年财政专项资金分配表.xls</a></p>'
    p.add(SHARED_NOTICE, p.column_page(section, "通知公告", h.trs_ul(items) + attach))


def _shared(p: Portal, uid: str, name: str) -> None:
    """A department whose 通知公告 is the joint page: each unit is judged on it —
    column_stale (200) and the page's dead attachment (broken_link) against both."""
    u = p.unit(uid, name, "department")
    _shared_notice(p)
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=4)
    u.columns.append(Column("通知公告", "notice", SHARED_NOTICE))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    stale(p, uid, SHARED_NOTICE, "通知公告", "notice", 200,
          "R3.newest/R3.age of the shared page (200 > 183), for each unit it is assigned to")
    p.expect(uid, "broken_link", DEAD_XLS,
             "R3.broken: a link on the first page of one of the unit's columns (404)")


def _u06_shared_czj(p: Portal) -> None:
    """区财政局: its 通知公告 is the joint page (see `_shared`)."""
    _shared(p, "czj", "区财政局")


def _u07_shared_sjj(p: Portal) -> None:
    """区审计局: the same joint 通知公告 page (see `_shared`)."""
    _shared(p, "sjj", "区审计局")


def self_column(p: Portal, u: Unit, name: str, ages: Sequence[int]) -> str:
    """The subpage shows the column's list itself (a box titled with the name, 更多 to the
    subpage): the column is configured at the subpage's URL."""
    u.columns.append(Column(name, "dynamic", u.subpage))
    base = u.subpage.rsplit("/", 1)[0] + "/"
    items = p.items(base, name, ages)
    return box(name, plain_ul(items), more="index.html")


def _u08_town_self(p: Portal) -> None:
    """A town whose subpage is also its 乡镇动态 column (the list on the subpage, 1 day old).
    Fresh; the category shown (the subpage is the column, under a box named 乡镇动态).
    A town needs no 政策文件 (RULES/config: policy is required of departments). Nothing."""
    u = p.unit("xz_by", "八鱼镇人民政府", "town")
    extra = self_column(p, u, "乡镇动态", [1, 5, 9, 16])
    std(p, u, policy=False, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, [(c.name, c.path) for c in u.columns[1:]], extra=extra))


def _u09_dept_self(p: Portal) -> None:
    """A department whose subpage is also its 工作动态 column, 25 days old: column_stale at the
    subpage's URL, age 25; no other finding."""
    u = p.unit("tjj", "区统计局", "department")
    extra = self_column(p, u, "工作动态", [25, 31, 40, 52])
    std(p, u, skip=("dynamic",))
    stale(p, "tjj", u.subpage, "工作动态", "dynamic", 25, "R3.age: 25 > 14 (the subpage's list)")
    p.add(u.subpage, p.subpage_html(u, [(c.name, c.path) for c in u.columns[1:]], extra=extra))


def rows(items: Sequence[Item], cls: str = "row") -> str:
    return "".join(
        f'<div class="{cls}"><i class="dot"></i>{a(i)}<em class="rq">{ymd(i)}</em></div>'
        for i in items
    )


def _u10_selector(p: Portal) -> None:
    """通知公告's own list is three `div.row` lines (250–320 days) in `div.tzgg-list`; beside
    it a 要闻推荐 box of twelve lines 1–20 days old, larger and fresher. The operator gave the
    column `selector: div.tzgg-list div.row` and `date_selector: em.rq`. The column's own list
    is stale: column_stale, age 250 (R3.newest: "read the column's own list, not a sidebar")."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    own = p.items(base, "通知公告", [250, 280, 320], style="plain")
    news = p.items("/xwzx/ywtj/", "要闻推荐", [1, 2, 3, 4, 6, 7, 9, 11, 13, 15, 18, 20],
                   style="plain")
    main = (f'<div class="tzgg-list">{rows(own)}</div>'
            f'<div class="ywtj"><h3>要闻推荐</h3>{rows(news, "item")}</div>')
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    p.selectors[base + "index.html"] = {"selector": "div.tzgg-list div.row",
                                        "date_selector": "em.rq"}
    stale(p, "scj", base + "index.html", "通知公告", "notice", 250,
          "R3.newest: the configured selector names the column's own list; R3.age 250 > 183")
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u11_date_selector(p: Portal) -> None:
    """招聘公告 lines of the 通知公告 column: each carries 报名时间 and 考试时间 (later, up to 147
    days ago) in its summary and its publication date apart, unlabelled, in `span.fbsj`
    (200, 230, 260 days). The operator configured `date_selector: span.fbsj` (and
    `selector: ul.zp-list > li`). Published 200 days ago: column_stale, age 200."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [200, 230, 260], style="plain")
    items = titled(items, ["2027年区属事业单位公开招聘工作人员公告",
                           "2027年区公益性岗位招聘公告", "2027年“三支一扶”人员招募公告"])
    li = "".join(
        f"<li>{a(i)}<p class=\"info\">报名时间：{p.d(age - 5):%Y-%m-%d}至"
        f"{p.d(age - 15):%Y-%m-%d}　考试时间：{p.d(age - 53):%Y-%m-%d}</p>"
        f'<span class="fbsj">{ymd(i)}</span></li>'
        for i, age in zip(items, (200, 230, 260), strict=True)
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="zp-list">{li}</ul>'))
    p.selectors[base + "index.html"] = {"selector": "ul.zp-list > li",
                                        "date_selector": "span.fbsj"}
    stale(p, "rsj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: the publication date (the configured date_selector), not the exam date")
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u12_bad_selector(p: Portal) -> None:
    """工作动态 is configured with a mistyped `selector: div.newslist li` (the page has
    `div.news-list`); the list is 2 days old, and a side box 在线访谈 says 暂无数据. The selector
    reads nothing: extraction_failed (warn) for the operator — never column_empty (the list is
    there; 暂无数据 is a side box's) and never stale. 通知公告 (30 days) has a mistyped
    `selector: ul.list-con li` (the TRS list is `ul.list_con`) and no marker anywhere: the
    same warning."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [2, 6, 11, 19], style="plain")
    side = box("在线访谈", '<p class="nodata">暂无数据</p>')
    main = f'<div class="news-list">{plain_ul(items)}</div>'
    p.add(base + "index.html", p.column_page(u, "工作动态", main, side=side))
    p.selectors[base + "index.html"] = {"selector": "div.newslist li"}
    p.expect("mzj", "extraction_failed", base + "index.html",
             "R3.extraction: the configured selector matches nothing; the list is there",
             column="工作动态", category="dynamic")
    std(p, u, skip=("dynamic",))
    notice = "/bm/mzj/tzgg/index.html"
    p.selectors[notice] = {"selector": "ul.list-con li"}
    p.expect("mzj", "extraction_failed", notice,
             "R3.extraction: the selector (list-con for list_con) matches nothing; no marker",
             column="通知公告", category="notice")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u13_bad_date_selector(p: Portal) -> None:
    """工作动态 configured with the right `selector: ul.list_con li` and a `date_selector:
    span.date` that matches nothing (the TRS lines' date span has no class); the lines are
    3–43 days old. Never stale; a warning (extraction_failed) is acceptable either way, and
    reading the dates from the lines' own text is right too."""
    u = p.unit("sfj", "区司法局", "department")
    base = p.fresh(u, "工作动态", "dynamic", "gzdt", age=3)
    p.selectors[base + "index.html"] = {"selector": "ul.list_con li",
                                        "date_selector": "span.date"}
    p.maybe("sfj", "extraction_failed", base + "index.html",
            "R3.extraction: the date_selector matches nothing (a warning is fair)",
            column="工作动态", category="dynamic")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u14_town_control(p: Portal) -> None:
    """Honest control: a town, no 政策文件 (required of departments only). Nothing."""
    u = p.unit("xz_my", "马营镇人民政府", "town")
    std(p, u, policy=False)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u15_station_missing(p: Portal) -> None:
    """A department's site on the second host with no 政策文件 column, shown nor configured:
    category_missing (policy) at its subpage; the rest fresh."""
    u = h2unit(p, "nyj", "区农业农村局", "department")
    h2std(p, u, policy=False)
    p.add(h2route(u.subpage), p.subpage_html(u, p.menu(u)))
    p.expect("nyj", "category_missing", u.subpage,
             "R3.category: policy is required of departments", category="policy")


def _u16_town_other_host(p: Portal) -> None:
    """A town on the portal whose 通知公告 column is on the second host (the town's 站群
    site), linked from the subpage by absolute URL under 公示公告 (no category name): shown
    by URL (R3.category). Fresh (30 days). Nothing."""
    u = p.unit("xz_gj", "高家镇人民政府", "town")
    p.fresh(u, "乡镇动态", "dynamic", "xzdt", age=2)
    base = h2col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [30, 44, 70])
    p.add(base + "index.html", p.column_page(on_portal(u), "通知公告", h.trs_ul(items)))
    p.overview(u)
    menu = [("乡镇动态", u.columns[0].path), ("公示公告", u.columns[1].path),
            ("机构概况", u.columns[2].path)]
    p.add(u.subpage, p.subpage_html(u, menu))


def trs_page_two(items: Sequence[Item]) -> str:
    """TRS WCM's second list page (`index_1.html`): currentPage 1 of 3, 首页/上一页 to index."""
    li = "".join(f'<li><a href="{escape(i.href)}" target="_blank">{escape(i.title)}</a>'
                 f"<span>{ymd(i)}</span></li>" for i in items)
    return (
        f'<div class="list-box"><ul class="list_con">{li}</ul><div class="page">'
        '<a href="index.html">首页</a> <a href="index.html">上一页</a> '
        '<a href="index_2.html">下一页</a> <a href="index_2.html">尾页</a> 当前第2页/共3页'
        '<script type="text/javascript">var countPage = 3; var currentPage = 1;\n'
        'createPageHTML(3, 1, "index", "html");</script></div></div>'
    )


def _u17_page_two(p: Portal) -> None:
    """通知公告 is configured `…/tzgg/index_1.html` — TRS's second list page (当前第2页/共3页,
    首页 → index.html), lines 190–260 days old; the column's first page, `index.html`, is 20
    days old and the subpage links it. RULES: "the latest item date on the column's first list
    page": fresh, no column_stale (medium confidence: the configuration names the wrong page,
    and the page says so; a false stale fails a unit that keeps its column)."""
    u = p.unit("jtj", "区交通运输局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=3)
    base = "/bm/jtj/tzgg/"
    u.columns.append(Column("通知公告", "notice", base + "index_1.html"))
    first = p.items(base, "通知公告", [20, 35, 60, 90])
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(first, pages=3)))
    second = p.items(base, "通知公告", [190, 200, 230, 260])
    p.add(base + "index_1.html", p.column_page(u, "通知公告", trs_page_two(second)))
    third = p.items(base, "通知公告", [300, 330])
    p.add(base + "index_2.html", p.column_page(u, "通知公告", plain_ul(third)))
    std(p, u, skip=("dynamic", "notice"))
    menu = [(c.name, base + "index.html" if c.category == "notice" else c.path)
            for c in u.columns]
    p.add(u.subpage, p.subpage_html(u, menu))


def _u18_dept_control(p: Portal) -> None:
    """Honest control: a department on the portal. Nothing."""
    u = p.unit("hbj", "区生态环境局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u19_station_down(p: Portal) -> None:
    """A department's site on the second host whose subpage answers 404 (subpage_unreachable
    only: nothing said of its categories) and whose 通知公告 answers 404 (column_unreachable);
    its column pages' breadcrumbs link the dead subpage (broken_link)."""
    u = h2unit(p, "lyj", "区林业局", "department")
    h2std(p, u)
    del p.routes["h2:/lyj/tzgg/index.html"]
    p.expect("lyj", "subpage_unreachable", u.subpage, "R3.unreachable: 404 is final")
    p.expect("lyj", "column_unreachable", f"abs:http://{HP2}/lyj/tzgg/index.html",
             "R3.unreachable: 404", column="通知公告", category="notice")
    p.expect("lyj", "broken_link", u.subpage, "R3.broken: breadcrumbs to the 404 subpage")
    bad = f"/lyj/search404.jsp?q={HOSTILE}"
    before_footer(p, "h2:/lyj/gzdt/index.html", f'<p><a href="{escape(bad)}">站内搜索</a></p>')
    p.expect("lyj", "broken_link", f"abs:http://{HP2}{bad}",
             "R3.broken: 404 (the bulletin must escape the query)")


def _u20_station_empty_injected(p: Portal) -> None:
    """A department's site on the second host: 通知公告 says 暂无信息 (column_empty) and the
    subpage carries gambling links in a `display:none` div (content_injection)."""
    u = h2unit(p, "sws", "区商务局", "department")
    h2std(p, u, skip=("notice",))
    base = h2col(u, "通知公告", "notice", "tzgg")
    empty = '<ul class="list_con"><li class="nodata">暂无信息</li></ul>'
    p.add(base + "index.html", p.column_page(u, "通知公告", empty))
    p.expect("sws", "column_empty", f"abs:http://{HP2}/sws/tzgg/index.html", "R3.empty: 暂无信息",
             column="通知公告", category="notice")
    hidden = "".join(
        f'<a href="http://{host}/">{w}</a>' for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    )
    p.add(h2route(u.subpage),
          p.subpage_html(u, p.menu(u), extra=f'<div style="display:none">{hidden}</div>'))
    p.expect("sws", "content_injection", u.subpage, "R3.injection: display:none gambling links")


def _u21_topic(p: Portal) -> None:
    """An operator's own category (专题专栏: 30 days, required of no kind): 安全生产专项整治
    专题 is 40 days old: column_stale, age 40 (max_age_days 30). The rest fresh."""
    u = p.unit("ajj", "区应急管理局", "department")
    std(p, u)
    base = p.col(u, "安全生产专项整治专题", "topic", "aqzt")
    items = p.items(base, "安全生产专项整治专题", [40, 52, 70])
    p.add(base + "index.html", p.column_page(u, "安全生产专项整治专题", h.trs_ul(items)))
    stale(p, "ajj", base + "index.html", "安全生产专项整治专题", "topic", 40,
          "R3.age: 40 > 30 (the category's configured window)")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u22_two_subpages(p: Portal) -> None:
    """A department with two subpages: the portal's (configured; one subpage per unit in the
    schema) and its 信息公开平台 page `/xxgk/whj/index.html`, the only one linking 政策文件
    (configured at `/xxgk/whj/zcwj/index.html`, fresh). The configured subpage links 工作动态,
    通知公告, 机构概况 and 政府信息公开 (the other subpage): 政策文件 is not shown on it —
    category_missing (policy) (R3.category reads the unit's subpage; medium confidence)."""
    u = p.unit("whj", "区文化和旅游局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=2)
    p.fresh(u, "通知公告", "notice", "tzgg", age=30)
    base = "/xxgk/whj/zcwj/"
    u.columns.append(Column("政策文件", "policy", base + "index.html"))
    items = p.items(base, "政策文件", [60, 100, 180])
    p.add(base + "index.html", p.column_page(u, "政策文件", h.trs_ul(items)))
    p.overview(u)
    xxgk = replace(u, subpage="/xxgk/whj/index.html")
    p.add(xxgk.subpage, p.subpage_html(xxgk, [("政策文件", base + "index.html")]))
    menu = [(c.name, c.path) for c in u.columns if c.category != "policy"]
    p.add(u.subpage, p.subpage_html(u, [*menu, ("政府信息公开", xxgk.subpage)]))
    p.expect("whj", "category_missing", u.subpage,
             "R3.category: not shown on the configured subpage", category="policy")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_station_dir,
    _u02_moved_column,
    _u03_jsp_query,
    _u04_iis_case,
    _u05_hanweb,
    _u06_shared_czj,
    _u07_shared_sjj,
    _u08_town_self,
    _u09_dept_self,
    _u10_selector,
    _u11_date_selector,
    _u12_bad_selector,
    _u13_bad_date_selector,
    _u14_town_control,
    _u15_station_missing,
    _u16_town_other_host,
    _u17_page_two,
    _u18_dept_control,
    _u19_station_down,
    _u20_station_empty_injected,
    _u21_topic,
    _u22_two_subpages,
)


def config_yaml(portal: Portal, base_url: str, hp2: str) -> str:
    """The configuration an operator writes: absolute URLs as given (either host), and each
    column's `selector` / `date_selector` where one was needed."""
    root = base_url.rstrip("/")
    hp = root.split("//", 1)[1]

    def url(path: str) -> str:
        if path.startswith("abs:"):
            return path[4:].replace(HP2, hp2).replace(HP, hp)
        return root + path

    out = [
        "portal:",
        f"  name: {h.SITE}",
        f"  base_url: {root}/",
        "  timezone: Asia/Shanghai",
        "crawl:",
        "  timeout_s: 4",
        "  concurrency: 8",
        "  delay_s: 0",
        "  retries: 2",
        "  backoff_s: 0.05",
        CATEGORIES.rstrip("\n"),
        "units:",
    ]
    for u in portal.units:
        out += [
            f"  - id: {u.id}",
            f"    name: {u.name}",
            f"    kind: {u.kind}",
            f"    subpage: {json.dumps(url(u.subpage))}",
            "    columns:",
        ]
        for c in u.columns:
            entry = {"name": c.name, "url": url(c.path), "category": c.category}
            entry.update(portal.selectors.get(c.path, {}))
            out.append("      - " + json.dumps(entry, ensure_ascii=False))
    return "\n".join(out) + "\n"
