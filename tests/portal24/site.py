"""The 24-unit trap portal: every route it serves, its configuration, and the hand-written truth.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report for that unit (`Expect` lines, each citing the rule it comes from).
The expectations are literal ages and paths, not computed from the pages' content.
The reference day is `AS_OF` (2027-01-05, a Tuesday just after new year, so year-less
`[12-31]` dates belong to the previous year).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sampleportal.pages import Route, StaticSite
from tests.portal24 import html as h
from tests.portal24.html import Item

AS_OF = date(2027, 1, 5)
SLOW_S = 1.0  # under the configured timeout (2.5 s)

TOPICS = (
    "召开2026年度重点工作推进会",
    "开展安全生产大检查",
    "深入推进优化营商环境改革",
    "组织干部职工学习党的二十届三中全会精神",
    "举办政务公开工作培训会",
    "开展冬季森林防火宣传",
    "部署岁末年初安全生产工作",
    "推进乡村振兴重点项目建设",
    "开展节前食品安全专项检查",
    "召开党风廉政建设工作会议",
    "关于做好元旦春节期间有关工作的通知",
    "关于公布第二批权责清单的公告",
)

MAX_AGE = {"dynamic": 14, "notice": 183, "policy": 183, "personnel": 365, "plan": 365}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    category: str
    path: str


@dataclass(slots=True)
class Unit:
    id: str
    name: str
    kind: str
    subpage: str
    columns: list[Column] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Expect:
    """One finding a correct monitor reports. `age`: the column's newest item age (stale)."""

    unit: str
    check: str
    path: str  # the finding's url, relative to the portal root ("abs:" prefix: absolute URL)
    column: str | None = None
    category: str | None = None
    age: int | None = None
    rule: str = ""

    @property
    def severity(self) -> str:
        return "warn" if self.check in ("extraction_failed", "meta_missing") else "fail"


@dataclass(frozen=True, slots=True)
class Known:
    """A known discrepancy: govwatch reports `expect` wrongly. `kind`: 'fn' (missed) or 'fp'
    (reported, should not be); `discrepancy` names the DISCREPANCIES.md section."""

    kind: str
    expect: Expect
    discrepancy: str


class Portal:
    """Builds routes, units and expectations; `refused` is a loopback port nothing listens on."""

    def __init__(self, today: date, refused_port: int) -> None:
        self.today = today
        self.refused_port = refused_port
        self.routes: dict[str, Route] = {}
        self.units: list[Unit] = []
        self.expected: list[Expect] = []
        self.no_head: set[str] = set()
        self._n = 0

    # -- helpers -------------------------------------------------------------------------

    def d(self, age: int) -> date:
        return self.today - timedelta(days=age)

    def add(
        self,
        path: str,
        text: str,
        *,
        encoding: str = "utf-8",
        ctype: str | None = None,
        **route: object,
    ) -> None:
        content_type = ctype or f"text/html; charset={encoding}"
        self.routes[path] = Route(
            body=text.encode(encoding),
            content_type=content_type,
            **route,  # type: ignore[arg-type]
        )

    def expect(self, unit: str, check: str, path: str, rule: str, **kw: object) -> None:
        self.expected.append(Expect(unit, check, path, rule=rule, **kw))  # type: ignore[arg-type]

    def items(
        self,
        base: str,
        column: str,
        ages: Sequence[int | None],
        *,
        style: str = "trs",
        pinned: Sequence[int] = (),
        detail_age: Callable[[int, int | None], int | None] | None = None,
        visible: bool = True,
        meta_date: bool = True,
        inject: dict[int, str] | None = None,
        list_dates: bool = True,
    ) -> list[Item]:
        """List items under the column directory `base` (ending '/'), and their detail pages.

        `ages` in list order; `list_dates=False` hides the dates from the list (the detail
        pages still carry them unless `visible`/`meta_date` say otherwise)."""
        out = []
        for k, age in enumerate(ages):
            self._n += 1
            when = self.d(age) if age is not None else None
            if style == "trs" and when is not None:
                rel = f"./{when:%Y%m}/t{when:%Y%m%d}_{self._n}.html"
                path = base + rel[2:]
            elif style == "jcms" and when is not None:
                rel = f"/art/{when.year}/{when.month}/{when.day}/art_{1000 + k}_{self._n}.html"
                path = rel
            else:
                rel = f"{base}content_{self._n}.html"
                path = rel
            title = f"{TOPICS[(self._n + k) % len(TOPICS)]}（{self._n}）"
            pub = detail_age(k, age) if detail_age else age
            self.add(
                path,
                h.detail(
                    title=title,
                    today=self.today,
                    column=column,
                    published=self.d(pub) if pub is not None else None,
                    visible=visible,
                    meta_date=meta_date,
                    inject=(inject or {}).get(k, ""),
                ),
            )
            out.append(Item(title, rel, when if list_dates else None, k in pinned))
        return out

    def column_page(
        self,
        unit: Unit,
        name: str,
        main: str,
        *,
        side: str = "",
        ctype: str | None = None,
        head: str | None = None,
        **page: object,
    ) -> str:
        return h.page(
            title=f"{name}-{unit.name}-{h.SITE}",
            head=head if head is not None else h.meta(name, ctype or name),
            today=self.today,
            crumbs=[("首页", "/"), (unit.name, unit.subpage), (name, "#")],
            main=f'<div class="lm-title"><h2>{name}</h2></div>\n{main}',
            side=side,
            **page,  # type: ignore[arg-type]
        )

    def subpage_html(
        self,
        unit: Unit,
        links: Sequence[tuple[str, str]],
        *,
        extra: str = "",
        head: str | None = None,
        charset: str | None = "utf-8",
    ) -> str:
        """A unit's subpage: a column menu (text, href) and a 最新信息 block of fresh items."""
        menu = "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in links)
        main = (
            f'<div class="sub-head"><h2>{unit.name}</h2></div>'
            f'<div class="sub-menu"><ul>{menu}</ul></div>'
            f'<div class="sub-intro"><p>{unit.name}是区政府工作部门，'
            "负责本领域政务公开工作。</p></div>"
            f"{extra}"
        )
        return h.page(
            title=f"{unit.name}-{h.SITE}",
            head=head if head is not None else h.meta(unit.name, "子站首页"),
            today=self.today,
            crumbs=[("首页", "/"), ("部门街镇", "/bmjz/index.html"), (unit.name, unit.subpage)],
            main=main,
            charset=charset,
        )

    def unit(self, uid: str, name: str, kind: str) -> Unit:
        section = "zj" if kind == "town" else "bm"
        unit = Unit(uid, name, kind, f"/{section}/{uid}/index.html")
        self.units.append(unit)
        return unit

    def col(self, unit: Unit, name: str, category: str, slug: str, path: str | None = None) -> str:
        """Configure a column; returns its directory (ending '/')."""
        section = unit.subpage.rsplit("/", 1)[0]
        col_path = path or f"{section}/{slug}/index.html"
        unit.columns.append(Column(name, category, col_path))
        return f"{section}/{slug}/"

    def menu(self, unit: Unit) -> list[tuple[str, str]]:
        """Subpage links to every configured column, by its name."""
        return [(c.name, c.path) for c in unit.columns]

    def overview(self, unit: Unit, slug: str = "jggk", name: str = "机构概况") -> str:
        base = self.col(unit, name, "overview", slug)
        items = self.items(base, name, [400, 420, 800], style="plain")
        self.add(base + "index.html", self.column_page(unit, name, h.trs_ul(items, pages=1)))
        return base

    def fresh(self, unit: Unit, name: str, category: str, slug: str, age: int = 3) -> str:
        base = self.col(unit, name, category, slug)
        items = self.items(base, name, [age, age + 7, age + 20, age + 40])
        self.add(base + "index.html", self.column_page(unit, name, h.trs_ul(items)))
        return base

    # -- shared pages ----------------------------------------------------------------------

    def common(self) -> None:
        links = "".join(f'<li><a href="{u.subpage}">{u.name}</a></li>' for u in self.units)
        home = h.page(
            title=h.SITE,
            head=h.meta("首页", "首页"),
            today=self.today,
            crumbs=[("首页", "/")],
            main=f'<div class="home"><ul>{links}</ul></div>',
        )
        for path in ("/", "/index.html"):
            self.add(path, home)
        for path, name in (
            ("/zwgk/index.html", "政务公开"),
            ("/zwfw/index.html", "政务服务"),
            ("/hdjl/index.html", "互动交流"),
            ("/bmjz/index.html", "部门街镇"),
        ):
            self.add(
                path,
                h.page(
                    title=name,
                    head=h.meta(name, name),
                    today=self.today,
                    crumbs=[("首页", "/")],
                    main=f"<h2>{name}</h2>{links}",
                ),
            )
        self.routes["/images/style.css"] = Route(body=b"body{}", content_type="text/css")
        self.routes["/images/logo.png"] = Route(body=b"\x89PNG\r\n", content_type="image/png")
        self.add("/module/web/jpage/dataproxy.js", "/* dataproxy */", ctype="text/javascript")
        self.add("/module/web/jpage/dataproxy.jsp", "<html><body>next</body></html>")


def build(today: date, refused_port: int) -> Portal:
    p = Portal(today, refused_port)
    for make in UNITS:
        make(p)
    p.common()
    return p


def site(portal: Portal) -> StaticSite:
    return StaticSite(portal.today, portal.routes)


# =========================================================================================
# The units. Rules cited: R3.newest (newest date of a column), R3.age, R3.unreachable,
# R3.empty, R3.extraction, R3.category, R3.broken, R3.injection (RULES.md §3), and the
# windows of RULES.md §2. README's table adds: a 200 "页面不存在" page or a redirect to the
# home page is an unreachable column.
# =========================================================================================


def _u01_tjj(p: Portal) -> None:
    """TRS WCM: t2026…_n.html links and createPageHTML pager; oldest-first table; 政策文件
    204 days old in 年月日 form; 机构概况 an article page (no list)."""
    u = p.unit("tjj", "区统计局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [6, 9, 13, 20, 33, 41, 60])
    side = h.hot_box(p.items(base, "工作动态", [0, 1], style="plain"))
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items), side=side))

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [300, 260, 200, 120, 40])  # oldest first
    p.add(base + "index.html", p.column_page(u, "通知公告", h.table_rows(items)))

    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [204, 230, 380, 500])
    p.add(
        base + "index.html",
        p.column_page(
            u, "政策文件", h.trs_ul(items, fmt=lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日")
        ),
    )
    p.expect(
        "tjj",
        "column_stale",
        base + "index.html",
        "R3.age; §2 policy 183",
        column="政策文件",
        category="policy",
        age=204,
    )

    base = p.col(u, "机构概况", "overview", "jggk")
    article = (
        '<div class="gk-con"><h3>主要职责</h3><p>（一）贯彻落实国家统计工作方针政策……</p>'
        "<p>（二）组织实施全区统计调查……</p><h3>内设机构</h3><p>办公室、综合统计股、"
        "农业统计股、工业交通统计股。</p><h3>领导信息</h3><p>局长：王某某</p></div>"
    )
    p.add(base + "index.html", p.column_page(u, "机构概况", article))
    # An overview column is an article: it has content, so it is not blank (R3.empty) and,
    # with no freshness rule (§2 概况), needs no date.
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u02_fgw(p: Portal) -> None:
    """大汉 JCMS data islands; 部门动态 exactly 14 days old; 通知公告 184; 政策文件 undated
    list with art_ links dated on detail pages."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    base = p.col(u, "部门动态", "dynamic", "bmdt")
    items = p.items(base, "部门动态", [14, 18, 25, 40], style="jcms")
    p.add(base + "index.html", p.column_page(u, "部门动态", h.jcms_island(items, 3101)))

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [184, 190, 260], style="jcms")
    p.add(base + "index.html", p.column_page(u, "通知公告", h.jcms_island(items, 3102)))
    p.expect(
        "fgw",
        "column_stale",
        base + "index.html",
        "R3.age: 184 > 183",
        column="通知公告",
        category="notice",
        age=184,
    )

    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [100, 130, 170], style="plain", list_dates=False)
    p.add(base + "index.html", p.column_page(u, "政策文件", h.jcms_island(items, 3103)))
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u03_jyj(p: Portal) -> None:
    """dl/dt/dd 15 days old (stale by one day); div blocks exactly 183 days old (fresh);
    政策文件 with a pinned 800-day-old first line over a 20-day-old one; 人事信息 div blocks
    400 days old (stale)."""
    u = p.unit("jyj", "区教育局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [15, 16, 22, 30, 45], style="plain")
    p.add(base + "index.html", p.column_page(u, "工作动态", h.dl_list(items)))
    p.expect(
        "jyj",
        "column_stale",
        base + "index.html",
        "R3.age: 15 > 14",
        column="工作动态",
        category="dynamic",
        age=15,
    )

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [183, 200, 240], style="plain")
    p.add(base + "index.html", p.column_page(u, "通知公告", h.div_blocks(items)))

    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [800, 20, 50, 90], pinned=(0,))
    p.add(base + "index.html", p.column_page(u, "政策文件", h.trs_ul(items)))

    base = p.col(u, "人事信息", "personnel", "rsxx")
    items = p.items(base, "人事信息", [400, 420, 500, 520, 610, 700], style="plain")
    p.add(base + "index.html", p.column_page(u, "人事信息", h.div_blocks(items)))
    p.expect(
        "jyj",
        "column_stale",
        base + "index.html",
        "R3.age: 400 > 365",
        column="人事信息",
        category="personnel",
        age=400,
    )
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u04_wjj(p: Portal) -> None:
    """Legacy encodings: GBK with no charset in header or markup; GB2312 declared in a meta
    while the header says utf-8 is absent; a meta charset that lies (utf-8 declared, GBK
    bytes). Subpage GBK too. All fresh, all categories present."""
    u = p.unit("wjj", "区卫生健康局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [3, 8, 17])
    text = p.column_page(u, "工作动态", h.trs_ul(items), charset=None)
    p.add(base + "index.html", text, encoding="gbk", ctype="text/html")

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [60, 90])
    text = p.column_page(u, "通知公告", h.table_rows(items), charset="gb2312")
    p.add(base + "index.html", text, encoding="gbk", ctype="text/html")

    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [70, 150])
    text = p.column_page(
        u,
        "政策文件",
        h.trs_ul(items, fmt=lambda d: f"{d.year}年{d.month}月{d.day}日"),
        charset="utf-8",
    )
    p.add(base + "index.html", text, encoding="gbk", ctype="text/html")
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u), charset=None), encoding="gbk", ctype="text/html")


def _u05_sfj(p: Portal) -> None:
    """Dates split across elements: day over year-month (fresh, 8 days); y/m/d spans 184
    days old (stale notice); 政策文件 items relative to a `<base href>` (no broken links)."""
    u = p.unit("sfj", "区司法局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [8, 12, 19, 26], style="plain")
    p.add(base + "index.html", p.column_page(u, "工作动态", h.split_day_list(items)))

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [184, 210, 300], style="plain")
    p.add(base + "index.html", p.column_page(u, "通知公告", h.split_ymd_list(items)))
    p.expect(
        "sfj",
        "column_stale",
        base + "index.html",
        "R3.age: 184 > 183",
        column="通知公告",
        category="notice",
        age=184,
    )
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items("/bm/sfj/xxgk/zcwj/", "政策文件", [30, 44])
    p.add(
        base + "index.html",
        p.column_page(
            u, "政策文件", h.trs_ul(items), extra_head='<base href="/bm/sfj/xxgk/zcwj/" />'
        ),
    )
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u06_mzj(p: Portal) -> None:
    """Lists without dates: 工作动态 dated by visible 发布时间 on detail pages (16 days: stale);
    通知公告 by meta PubDate only (96: fresh); 政策文件 by the t2026… URL only (21: fresh);
    人事信息 nowhere (extraction_failed)."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(
        base, "工作动态", [16, 19, 25], style="plain", list_dates=False, meta_date=False
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items)))
    p.expect(
        "mzj",
        "column_stale",
        base + "index.html",
        "R3.newest (detail 发布时间); R3.age",
        column="工作动态",
        category="dynamic",
        age=16,
    )
    for i in items:
        p.expect(
            "mzj", "meta_missing", i.href, "§2 指引 tags: detail without PubDate", column="工作动态"
        )

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(
        base, "通知公告", [96, 120, 150], style="plain", list_dates=False, visible=False
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items)))

    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(
        base, "政策文件", [21, 60, 99], list_dates=False, visible=False, meta_date=False
    )
    p.add(base + "index.html", p.column_page(u, "政策文件", h.trs_ul(items)))
    for i in items:
        p.expect(
            "mzj", "meta_missing", base + i.href[2:], "§2 指引 tags: no PubDate", column="政策文件"
        )

    base = p.col(u, "人事信息", "personnel", "rsxx")
    items = p.items(base, "人事信息", [None, None, None], style="plain")
    p.add(base + "index.html", p.column_page(u, "人事信息", h.trs_ul(items)))
    p.expect(
        "mzj",
        "extraction_failed",
        base + "index.html",
        "R3.extraction",
        column="人事信息",
        category="personnel",
    )
    for i in items:
        p.expect("mzj", "meta_missing", i.href, "§2 指引 tags: no PubDate", column="人事信息")
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u07_swj(p: Portal) -> None:
    """Future dates: 工作动态 20 days old beside typos (as_of+2, 2072); 通知公告 has one line
    dated as_of+1 (not a typo: fresh) over 300-day-old ones; 政策文件 200 days old beside a
    热点排行 sidebar of yesterday and a footer 网站更新时间 of today."""
    u = p.unit("swj", "区商务局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [-2, 20, 27, 33], style="plain")
    typo = p.items(base, "工作动态", [None], style="plain")[0]
    typo_line = Item(typo.title, typo.href, date(2072, 12, 28))
    p.add(base + "index.html", p.column_page(u, "工作动态", h.dl_list([typo_line, *items])))
    p.expect(
        "swj",
        "column_stale",
        base + "index.html",
        "R3.newest: > as_of+1 is a typo",
        column="工作动态",
        category="dynamic",
        age=20,
    )

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [-1, 300, 320], style="plain")
    p.add(base + "index.html", p.column_page(u, "通知公告", h.dl_list(items)))

    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [200, 230, 260])
    hot = h.hot_box(p.items("/bm/swj/rd/", "热点", [1, 2, 3], style="plain"))
    p.add(base + "index.html", p.column_page(u, "政策文件", h.trs_ul(items), side=hot))
    p.expect(
        "swj",
        "column_stale",
        base + "index.html",
        "R3.newest: not a sidebar/footer",
        column="政策文件",
        category="policy",
        age=200,
    )
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u08_nyj(p: Portal) -> None:
    """Blank columns: 暂无信息; an empty JCMS recordset with 没有相关信息; an empty 机构概况
    list with 暂无数据. 政策文件 fresh."""
    u = p.unit("nyj", "区农业农村局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    p.add(
        base + "index.html",
        p.column_page(u, "工作动态", '<ul class="list_con"><li class="nodata">暂无信息</li></ul>'),
    )
    p.expect(
        "nyj",
        "column_empty",
        base + "index.html",
        "R3.empty",
        column="工作动态",
        category="dynamic",
    )

    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", h.jcms_island([], 3201, empty_text="没有相关信息")),
    )
    p.expect(
        "nyj", "column_empty", base + "index.html", "R3.empty", column="通知公告", category="notice"
    )
    p.fresh(u, "政策文件", "policy", "zcwj", age=45)

    base = p.col(u, "机构概况", "overview", "jggk")
    p.add(
        base + "index.html",
        p.column_page(
            u,
            "机构概况",
            '<table class="xxgk_table"><tr><td colspan="3">暂无数据</td></tr></table>',
        ),
    )
    p.expect(
        "nyj",
        "column_empty",
        base + "index.html",
        "R3.empty; §2 概况 must not be blank",
        column="机构概况",
        category="overview",
    )

    base = p.col(u, "人事信息", "personnel", "rsxx")
    p.add(base + "index.html", p.column_page(u, "人事信息", h.jcms_island([], 3203)))
    p.expect(
        "nyj",
        "column_empty",
        base + "index.html",
        "R3.empty: a recordset of 0 records",
        column="人事信息",
        category="personnel",
    )

    base = p.col(u, "规划计划", "plan", "ghjh")
    ajax = (
        '<div id="listbox"></div><script type="text/javascript">'
        "$.getJSON('/api/ghjh/list.json', function (d) { render('#listbox', d); });</script>"
    )
    p.add(
        "/api/ghjh/list.json", '[{"title": "规划", "date": "2026-12-01"}]', ctype="application/json"
    )
    p.add(base + "index.html", p.column_page(u, "规划计划", ajax))
    p.expect(
        "nyj",
        "extraction_failed",
        base + "index.html",
        "R3.extraction: items may be there (script-rendered); never empty",
        column="规划计划",
        category="plan",
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u09_slj(p: Portal) -> None:
    """Unreachable columns: 404, 410, 500 for ever (each linked from the subpage: also broken
    links); 机构概况 answers 503 twice then recovers (fine)."""
    u = p.unit("slj", "区水利局", "department")
    for name, cat, slug, status in (
        ("工作动态", "dynamic", "gzdt", 404),
        ("通知公告", "notice", "tzgg", 410),
        ("政策文件", "policy", "zcwj", 500),
    ):
        base = p.col(u, name, cat, slug)
        body = f"<html><head><title>{status}</title></head><body><h1>{status}</h1></body></html>"
        p.add(base + "index.html", body, status=status, fail_first=0)
        p.expect(
            "slj",
            "column_unreachable",
            base + "index.html",
            f"R3.unreachable ({status})",
            column=name,
            category=cat,
        )
        p.expect("slj", "broken_link", base + "index.html", "R3.broken: subpage links it")
    base = p.col(u, "机构概况", "overview", "jggk")
    items = p.items(base, "机构概况", [500, 600], style="plain")
    p.add(base + "index.html", p.column_page(u, "机构概况", h.trs_ul(items)), fail_first=2)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u10_jtj(p: Portal) -> None:
    """Soft failures: 工作动态 a 200 页面不存在 page; 通知公告 302 to the home page (both
    unreachable per README); 政策文件 301 to its new address (fresh); 机构概况 a meta refresh
    stub (fine)."""
    u = p.unit("jtj", "区交通运输局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    p.add(
        base + "index.html",
        h.page(
            title="提示信息",
            head="",
            today=p.today,
            crumbs=[("首页", "/")],
            main='<div class="err"><img src="/images/logo.png"/>'
            "<p>对不起，您访问的页面不存在或已被删除！</p>"
            '<p><a href="/">返回首页</a></p></div>',
        ),
    )
    p.expect(
        "jtj",
        "column_unreachable",
        base + "index.html",
        "R3.unreachable; README soft 404",
        column="工作动态",
        category="dynamic",
    )

    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(base + "index.html", "", status=302, location="/")
    p.expect(
        "jtj",
        "column_unreachable",
        base + "index.html",
        "README: redirect to home page",
        column="通知公告",
        category="notice",
    )

    base = p.col(u, "政策文件", "policy", "zcwj")
    p.add(base + "index.html", "", status=301, location="/bm/jtj/zcwj2021/index.html")
    items = p.items("/bm/jtj/zcwj2021/", "政策文件", [33, 80])
    p.add("/bm/jtj/zcwj2021/index.html", p.column_page(u, "政策文件", h.trs_ul(items)))

    base = p.col(u, "人事信息", "personnel", "rsxx")
    friends = "".join(
        f'<li><a href="/zwgk/index.html">{n}人民政府门户网站（第{k}站）</a></li>'
        for k in range(12)
        for n in ("渭滨区", "金台区", "陈仓区", "凤翔区", "岐山县")
    )
    p.add(
        base + "index.html",
        p.column_page(
            u,
            "人事信息",
            '<div class="err-box"><p>抱歉，您访问的页面不存在，可能已被删除或移动。</p></div>',
            side=f'<div class="side-box"><h3>友情链接</h3><ul>{friends}</ul></div>',
        ),
    )
    p.expect(
        "jtj",
        "column_unreachable",
        base + "index.html",
        "README: a 200 页面不存在 page (full portal chrome)",
        column="人事信息",
        category="personnel",
    )

    base = p.col(u, "机构概况", "overview", "jggk")
    p.add(
        base + "index.html",
        '<html><head><meta http-equiv="refresh" content="0;url=list_1.html"></head>'
        "<body>正在跳转……</body></html>",
    )
    items = p.items(base, "机构概况", [365, 400], style="plain")
    p.add(base + "list_1.html", p.column_page(u, "机构概况", h.trs_ul(items)))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u11_zjj(p: Portal) -> None:
    """Stubs: 工作动态 a JS location stub (list 5 days old); 通知公告 a frameset (50: fresh);
    政策文件 an iframe-only page whose list is 190 days old (stale)."""
    u = p.unit("zjj", "区住房和城乡建设局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    p.add(
        base + "index.html",
        '<html><head><title>工作动态</title><script type="text/javascript">'
        "window.location.href='./list.html';</script></head><body></body></html>",
    )
    items = p.items(base, "工作动态", [5, 9, 14])
    p.add(base + "list.html", p.column_page(u, "工作动态", h.trs_ul(items)))

    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(
        base + "index.html",
        '<html><head><title>通知公告</title></head><frameset rows="0,*" frameborder="no">'
        '<frame src="/images/blank.html" name="top"/><frame src="main.html" name="main"/>'
        "</frameset></html>",
    )
    p.add("/images/blank.html", "<html><body></body></html>")
    items = p.items(base, "通知公告", [50, 70])
    p.add(base + "main.html", p.column_page(u, "通知公告", h.trs_ul(items)))

    base = p.col(u, "政策文件", "policy", "zcwj")
    p.add(
        base + "index.html",
        "<html><head><title>政策文件</title></head><body>"
        '<iframe src="zcwj_list.html" width="100%" height="800" frameborder="0"></iframe>'
        "</body></html>",
    )
    items = p.items(base, "政策文件", [190, 220])
    p.add(base + "zcwj_list.html", p.column_page(u, "政策文件", h.table_rows(items)))
    p.expect(
        "zjj",
        "column_stale",
        base + "index.html",
        "R3.newest via frame; R3.age",
        column="政策文件",
        category="policy",
        age=190,
    )
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u12_sjj(p: Portal) -> None:
    """Slow: 工作动态 answers after 1 s (fresh); 通知公告 never answers (unreachable)."""
    u = p.unit("sjj", "区审计局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [2, 6])
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items)), delay_s=SLOW_S)

    base = p.col(u, "通知公告", "notice", "tzgg")
    p.routes[base + "index.html"] = Route(hang=True)
    p.expect(
        "sjj",
        "column_unreachable",
        base + "index.html",
        "R3.unreachable: time-outs",
        column="通知公告",
        category="notice",
    )
    p.expect("sjj", "broken_link", base + "index.html", "R3.broken: cannot be reached")
    p.fresh(u, "政策文件", "policy", "zcwj", age=10)
    base = p.col(u, "人事信息", "personnel", "rsxx")
    p.add(base + "index.html", "", status=302, location=base + "list.html")
    p.add(base + "list.html", "", status=302, location=base + "index.html")
    p.expect(
        "sjj",
        "column_unreachable",
        base + "index.html",
        "R3.unreachable: redirect loop",
        column="人事信息",
        category="personnel",
    )
    p.expect("sjj", "broken_link", base + "index.html", "R3.broken: cannot be reached")
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u13_xz_dongguan(p: Portal) -> None:
    """A town whose subpage names its columns in 繁体 and full-width brackets, linking to
    list URLs other than the configured ones; 乡镇动态 with year-less dates 16 days old
    ([12-20] with as_of 2027-01-05 is 2026-12-20: stale)."""
    u = p.unit("dgz", "东关镇", "town")
    base = p.col(u, "乡镇动态", "dynamic", "xzdt")
    items = p.items(base, "乡镇动态", [16, 18, 30, 47], style="plain")
    p.add(
        base + "index.html",
        p.column_page(u, "乡镇动态", h.trs_ul(items, fmt=lambda d: f"[{d:%m-%d}]")),
    )
    p.expect(
        "dgz",
        "column_stale",
        base + "index.html",
        "R3.newest: month-day takes as_of's year or the year before; R3.age",
        column="乡镇动态",
        category="dynamic",
        age=16,
    )
    notice = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(notice, "通知公告", [9, 40, 70], style="plain")
    p.add(
        notice + "index.html",
        p.column_page(u, "通知公告", h.trs_ul(items, fmt=lambda d: f"{d.month}月{d.day}日")),
    )
    ov = p.overview(u)
    links = [
        ("【工作動態】", base + "list_2.html"),
        ("［通知公告］", notice + "index_1.html"),
        ("機 構 概 況", ov + "gk.html"),
    ]
    for _text, href in links:
        p.add(href, p.column_page(u, "栏目", "<p>栏目内容</p>"))
    p.add(u.subpage, p.subpage_html(u, links))


def _u14_xz_shima(p: Portal) -> None:
    """A town whose subpage lacks 通知公告 (only near misses: 通知, 公告栏, 通知公告栏目说明 as
    plain text) and 机构概况 (only in prose); it shows no 政策文件, not required of towns."""
    u = p.unit("smz", "石马镇", "town")
    dyn = p.fresh(u, "乡镇动态", "dynamic", "xzdt", age=4)
    links = [
        ("乡镇动态", dyn + "index.html"),
        ("通知", "/zj/smz/tz/index.html"),
        ("公告栏", "/zj/smz/ggl/index.html"),
        ("便民服务", "/zwfw/index.html"),
    ]
    for path in ("/zj/smz/tz/index.html", "/zj/smz/ggl/index.html"):
        p.add(path, p.column_page(u, "通知", "<p>栏目内容</p>"))
    extra = "<p>通知公告栏目说明：本镇机构概况详见政务公开目录。</p>"
    p.add(u.subpage, p.subpage_html(u, links, extra=extra))
    p.expect("smz", "category_missing", u.subpage, "R3.category", category="notice")
    p.expect("smz", "category_missing", u.subpage, "R3.category", category="overview")


def _u15_xz_chengguan(p: Portal) -> None:
    """A town whose subpage is 404: only subpage_unreachable (no category findings); its
    columns are still checked: 乡镇动态 20 days old is stale."""
    u = p.unit("cgz", "城关街道", "town")
    base = p.col(u, "乡镇动态", "dynamic", "xzdt")
    items = p.items(base, "乡镇动态", [20, 31], style="plain")
    p.add(base + "index.html", p.column_page(u, "乡镇动态", h.trs_ul(items)))
    p.expect(
        "cgz",
        "column_stale",
        base + "index.html",
        "R3.age",
        column="乡镇动态",
        category="dynamic",
        age=20,
    )
    p.fresh(u, "通知公告", "notice", "tzgg", age=100)
    p.add(u.subpage, "<h1>Not Found</h1>", status=404)
    p.expect("cgz", "subpage_unreachable", u.subpage, "R3.category: subpage unreachable only")
    # The columns' breadcrumbs link to the dead subpage: a broken link on their first pages.
    p.expect("cgz", "broken_link", u.subpage, "R3.broken: a link on a column's first page")


def _u16_xz_fengming(p: Portal) -> None:
    """A town whose subpage redirects to the portal's home page (subpage unreachable, README);
    its columns are fresh."""
    u = p.unit("fmz", "凤鸣镇", "town")
    p.fresh(u, "乡镇动态", "dynamic", "xzdt", age=1)
    p.fresh(u, "通知公告", "notice", "tzgg", age=12)
    p.overview(u)
    p.add(u.subpage, "", status=302, location="/index.html")
    p.expect("fmz", "subpage_unreachable", u.subpage, "README: redirected to the home page")


SPAM_HOST = "http://www.xpj8888-vip.com/"


def _u17_hbj(p: Portal) -> None:
    """Injection: a display:none block of gambling links on the subpage; an off-screen block of
    foreign links on 工作动态; a class-hidden (stylesheet) block on 通知公告. 政策文件 carries
    only a hidden mobile menu and a share widget (innocent)."""
    u = p.unit("hbj", "区生态环境分局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [4, 8])
    offscreen = (
        '<div style="position:absolute;left:-9999px;top:-9999px">'
        '<a href="http://www.hg0088-app.com/">皇冠体育</a> '
        '<a href="http://www.js333-vip.net/">金沙娱乐城官网</a></div>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items) + offscreen))
    p.expect("hbj", "content_injection", base + "index.html", "R3.injection: off-screen links")

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [20, 40])
    style = '<style type="text/css">.lk9{display:none}</style>'
    classed = (
        f'<div class="lk9"><a href="{SPAM_HOST}">澳门新葡京</a>|'
        f'<a href="{SPAM_HOST}bjl/">百家乐</a>|<a href="{SPAM_HOST}ssc/">时时彩</a></div>'
    )
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", h.trs_ul(items) + classed, extra_head=style),
    )
    p.expect(
        "hbj",
        "content_injection",
        base + "index.html",
        "R3.injection: hidden by display:none (from a stylesheet class)",
    )

    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [30, 60])
    share = (
        '<div class="share" hidden><a href="http://service.weibo.com/share/share.php">微博</a>'
        '<a href="https://sns.qzone.qq.com/cgi-bin/qzshare">QQ空间</a></div>'
    )
    p.add(base + "index.html", p.column_page(u, "政策文件", h.trs_ul(items) + share))
    p.overview(u)
    hidden = (
        '<div style="display:none"><a href="http://www.xpj8888-vip.com/">澳门赌场</a> | '
        '<a href="http://www.xpj8888-vip.com/zr/">真人娱乐</a> | '
        '<a href="http://www.xpj8888-vip.com/lhc/">香港六合彩</a></div>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=hidden))
    p.expect("hbj", "content_injection", u.subpage, "R3.injection: display:none spam links")


def _u18_cgj(p: Portal) -> None:
    """Innocent look-alikes: 扫黄打非 news naming 六合彩/百家乐/网络赌博; official phrases
    (久久为功, 精品工程, 国产化, 亚洲开发银行); a zero-size own-site skip link. No injection."""
    u = p.unit("cgj", "区文化和旅游局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [3, 7, 9])
    news = [
        Item("我区开展“扫黄打非·净网2026”专项行动，查处非法出版物", items[0].href, items[0].when),
        Item(
            "警方破获一起利用六合彩、百家乐网上赌博案件，提醒群众远离赌博网站",
            items[1].href,
            items[1].when,
        ),
        Item("区文旅局召开精品工程创建推进会 久久为功打造文旅品牌", items[2].href, items[2].when),
    ]
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(news)))

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [15, 40])
    text = (
        '<div class="tip"><p>关于推进信创国产化替代工作的通知；亚洲开发银行贷款项目公示。</p></div>'
        '<a href="#main" style="position:absolute;width:0;height:0;overflow:hidden">'
        "跳到主要内容</a>"
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items) + text))
    p.fresh(u, "政策文件", "policy", "zcwj", age=60)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u19_ajj(p: Portal) -> None:
    """Injection on detail pages: the newest article of the dated 工作动态 list carries a
    visibility:hidden spam block; the undated 通知公告 list's newest article carries a visible
    SEO phrase block; the subpage a zero-size foreign-link block."""
    u = p.unit("ajj", "区应急管理局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    spam = (
        '<div style="visibility:hidden"><a href="http://www.av-jjre.com/">久久精品国产视频</a>'
        '<a href="http://www.av-jjre.com/x/">成人视频</a></div>'
    )
    items = p.items(base, "工作动态", [2, 5, 11], inject={0: spam})
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items)))
    p.expect(
        "ajj",
        "content_injection",
        base + items[0].href[2:],
        "R3.injection: on the newest detail pages",
    )

    base = p.col(u, "通知公告", "notice", "tzgg")
    seo = (
        '<div class="tags"><p>澳门葡京|太阳城集团|亚博体育|bet365|开元棋牌|注册送彩金|'
        "北京赛车|重庆时时彩</p></div>"
    )
    items = p.items(
        base, "通知公告", [30, 45, 80], style="plain", list_dates=False, inject={0: seo}
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items)))
    p.expect("ajj", "content_injection", items[0].href, "R3.injection: phrase block on detail")
    p.fresh(u, "政策文件", "policy", "zcwj", age=5)
    p.overview(u)
    zero = (
        '<div style="width:0px;height:0px;overflow:hidden">'
        '<a href="http://www.dafa888-bet.com/">大发快三</a>'
        '<a href="http://www.dafa888-bet.com/2/">体彩平台</a></div>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=zero))
    p.expect("ajj", "content_injection", u.subpage, "R3.injection: zero-size foreign links")


def _u20_tyj(p: Portal) -> None:
    """Broken links: on the subpage a 404, a 410 and a refused loopback port; on 工作动态's
    first page a 404 article (also on the subpage: one finding); skipped javascript:, mailto:,
    tel:, #anchors; a 500-then-OK and a slow target are not broken."""
    u = p.unit("tyj", "区体育局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [1, 3, 6])
    dead = Item("全民健身活动通知（已删除）", "./202612/t20261201_9999.html", p.d(35))
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul([*items, dead])))
    dead_abs = base + "202612/t20261201_9999.html"
    p.expect("tyj", "broken_link", dead_abs, "R3.broken: 404 on a column's first page")
    p.fresh(u, "通知公告", "notice", "tzgg", age=20)
    p.fresh(u, "政策文件", "policy", "zcwj", age=40)
    p.overview(u)
    p.add("/bm/tyj/gone.html", "<h1>Gone</h1>", status=410)
    p.add("/bm/tyj/flaky.html", p.column_page(u, "场馆", "<p>体育场馆开放</p>"), fail_first=1)
    p.add("/bm/tyj/slow.html", p.column_page(u, "赛事", "<p>赛事</p>"), delay_s=SLOW_S)
    p.add("/bm/tyj/附件/2027年体育工作要点.html", p.column_page(u, "附件", "<p>要点</p>"))
    p.add("/bm/tyj/nohead.html", p.column_page(u, "场馆", "<p>查询</p>"))
    p.no_head.add("/bm/tyj/nohead.html")
    refused = f"http://127.0.0.1:{p.refused_port}/tyj/old/index.html"
    links = [
        *p.menu(u),
        ("体育彩票公益金使用情况", "/bm/tyj/tcgyj/index.html"),  # 404
        ("场馆预约", "/bm/tyj/gone.html"),
        ("旧版网站", refused),
        ("场馆开放", "/bm/tyj/flaky.html"),
        ("赛事报名", "/bm/tyj/slow.html"),
        ("附件：2027年体育工作要点", "/bm/tyj/附件/2027年体育工作要点.html"),
        ("场馆查询", "/bm/tyj/nohead.html"),
        ("全民健身活动通知", dead_abs),
        ("打印", "javascript:window.print()"),
        ("联系我们", "mailto:tyj@linwei.example"),
        ("咨询电话", "tel:0917-1234567"),
        ("返回顶部", "#top"),
    ]
    p.add(u.subpage, p.subpage_html(u, links))
    p.expect("tyj", "broken_link", "/bm/tyj/tcgyj/index.html", "R3.broken: 404")
    p.expect("tyj", "broken_link", "/bm/tyj/gone.html", "R3.broken: 410")
    p.expect("tyj", "broken_link", "abs:" + refused, "R3.broken: cannot be reached")


def _u21_rsj(p: Portal) -> None:
    """The one-year window: 人事信息 exactly 365 days old (fresh, 2026.01.05 dotted dates),
    规划计划 366 days (stale, 2026/1/4 slashes). The subpage answers 500 once, then carries an
    upper-case `DISPLAY: NONE` block of gambling links."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=0)
    p.fresh(u, "通知公告", "notice", "tzgg", age=100)
    p.fresh(u, "政策文件", "policy", "zcwj", age=120)
    base = p.col(u, "人事信息", "personnel", "rsxx")
    items = p.items(base, "人事信息", [365, 400, 500])
    p.add(
        base + "index.html",
        p.column_page(
            u, "人事信息", h.trs_ul(items, fmt=lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}")
        ),
    )
    base = p.col(u, "规划计划", "plan", "ghjh")
    items = p.items(base, "规划计划", [366, 700])
    p.add(
        base + "index.html",
        p.column_page(u, "规划计划", h.trs_ul(items, fmt=lambda d: f"{d.year}/{d.month}/{d.day}")),
    )
    p.expect(
        "rsj",
        "column_stale",
        base + "index.html",
        "R3.age: 366 > 365",
        column="规划计划",
        category="plan",
        age=366,
    )
    p.overview(u)
    spam = (
        '<DIV STYLE="DISPLAY: NONE"><A HREF="http://www.ylg-ylzc.com/">永利娱乐</A>'
        '<A HREF="http://www.ylg-ylzc.com/ag/">AG真人视讯</A></DIV>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=spam), fail_first=1)
    p.expect("rsj", "content_injection", u.subpage, "R3.injection: upper-case DISPLAY: NONE")


def _u22_scj(p: Portal) -> None:
    """Dated noise: 政策文件 is a table with a 文号 column and titles naming a recent day
    (关于2026年12月31日前…) but 成文 200 days ago (stale); 通知公告 oldest-first over 25 lines
    with the newest at the bottom (10 days: fresh); 工作动态 25 days old (stale) under a
    本栏目更新时间 line of today, with an off-screen (text-indent) block of gambling links."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [25, 29, 36])
    indent = (
        '<p style="text-indent:-9999px;overflow:hidden">'
        '<a href="http://www.tyc-777.com/">太阳城娱乐</a>'
        '<a href="http://www.tyc-777.com/by/">捕鱼赢钱</a></p>'
    )
    stamp = f'<div class="lm-info">本栏目更新时间：{p.today:%Y-%m-%d} 08:00　共 36 条</div>'
    p.add(base + "index.html", p.column_page(u, "工作动态", stamp + h.trs_ul(items) + indent))
    p.expect(
        "scj",
        "column_stale",
        base + "index.html",
        "R3.age",
        column="工作动态",
        category="dynamic",
        age=25,
    )
    p.expect(
        "scj",
        "content_injection",
        base + "index.html",
        "R3.injection: off-screen (text-indent) links",
    )

    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", list(range(250, 0, -10)), style="plain")
    p.add(base + "index.html", p.column_page(u, "通知公告", h.table_rows(items)))

    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [200, 215, 240])
    titled = [
        Item(f"关于2026年12月31日前完成市场主体年报工作的通知（{n}）", i.href, i.when)
        for n, i in enumerate(items)
    ]
    p.add(base + "index.html", p.column_page(u, "政策文件", h.table_rows(titled, wenhao=True)))
    p.expect(
        "scj",
        "column_stale",
        base + "index.html",
        "R3.newest: the item's date column",
        column="政策文件",
        category="policy",
        age=200,
    )
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u23_wlj(p: Portal) -> None:
    """指引 meta tags: the subpage carries none; 工作动态 lacks ColumnType. 通知公告's title and
    keywords are hijacked with gambling phrases joined by |. All columns fresh."""
    u = p.unit("wlj", "区林业局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [5, 10])
    p.add(
        base + "index.html",
        p.column_page(u, "工作动态", h.trs_ul(items), head=h.meta("工作动态", None)),
    )
    p.expect("wlj", "meta_missing", base + "index.html", "§2 指引: ColumnType", column="工作动态")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [33, 50])
    hijack = (
        '<meta name="keywords" content="澳门新葡京,百家乐,时时彩,北京赛车,网上赌场" />\n'
        '<meta name="description" content="澳门新葡京|百家乐|时时彩|北京赛车官网" />'
    )
    text = p.column_page(u, "通知公告", h.trs_ul(items), extra_head=hijack)
    text = text.replace("<title>", "<title>澳门新葡京|百家乐|时时彩|", 1)
    p.add(base + "index.html", text)
    p.expect(
        "wlj",
        "content_injection",
        base + "index.html",
        "R3.injection: SEO phrase block (hijacked title/keywords)",
    )
    p.fresh(u, "政策文件", "policy", "zcwj", age=66)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u), head=""))
    p.expect("wlj", "meta_missing", u.subpage, "§2 指引: no tags")


def _u24_xz_yanxi(p: Portal) -> None:
    """A town over new year: 乡镇动态 [12-31]/[12-29] (2026: 5 days, fresh); 通知公告 [06-20]
    (199 days: stale); 机构概况 fine."""
    u = p.unit("yxz", "崖西镇", "town")
    ymd = lambda d: f"[{d:%m-%d}]"  # noqa: E731
    base = p.col(u, "乡镇动态", "dynamic", "xzdt")
    items = p.items(base, "乡镇动态", [5, 7, 12, 40], style="plain")
    p.add(base + "index.html", p.column_page(u, "乡镇动态", h.trs_ul(items, fmt=ymd)))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [199, 230], style="plain")
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items, fmt=ymd)))
    p.expect(
        "yxz",
        "column_stale",
        base + "index.html",
        "R3.newest month-day; R3.age",
        column="通知公告",
        category="notice",
        age=199,
    )
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_tjj,
    _u02_fgw,
    _u03_jyj,
    _u04_wjj,
    _u05_sfj,
    _u06_mzj,
    _u07_swj,
    _u08_nyj,
    _u09_slj,
    _u10_jtj,
    _u11_zjj,
    _u12_sjj,
    _u13_xz_dongguan,
    _u14_xz_shima,
    _u15_xz_chengguan,
    _u16_xz_fengming,
    _u17_hbj,
    _u18_cgj,
    _u19_ajj,
    _u20_tyj,
    _u21_rsj,
    _u22_scj,
    _u23_wlj,
    _u24_xz_yanxi,
)

CATEGORIES = """\
categories:
  - id: dynamic
    names: [工作动态, 部门动态, 政务要闻, 乡镇动态]
    max_age_days: 14
    required_for: [department, town]
  - id: notice
    names: [通知公告]
    max_age_days: 183
    required_for: [department, town]
    top_level: true
  - id: policy
    names: [政策文件]
    max_age_days: 183
    required_for: [department]
    top_level: true
  - id: personnel
    names: [人事信息]
    max_age_days: 365
  - id: plan
    names: [规划计划]
    max_age_days: 365
  - id: overview
    names: [机构概况]
    max_age_days: null
    required_for: [department, town]
"""


def config_yaml(portal: Portal, base_url: str) -> str:
    root = base_url.rstrip("/")
    lines = [
        "portal:",
        f"  name: {h.SITE}",
        f"  base_url: {root}/",
        "  timezone: Asia/Shanghai",
        "crawl:",
        "  timeout_s: 2.5",
        "  concurrency: 8",
        "  delay_s: 0",
        "  retries: 2",
        "  backoff_s: 0.05",
        CATEGORIES.rstrip("\n"),
        "units:",
    ]
    for u in portal.units:
        lines += [
            f"  - id: {u.id}",
            f"    name: {u.name}",
            f"    kind: {u.kind}",
            f"    subpage: {root}{u.subpage}",
            "    columns:",
        ]
        if not u.columns:
            lines[-1] = "    columns: []"
        lines += [
            f'      - {{name: {c.name}, url: "{root}{c.path}", category: {c.category}}}'
            for c in u.columns
        ]
    return "\n".join(lines) + "\n"
