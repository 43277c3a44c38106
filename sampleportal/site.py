"""The bundled sample portal: a district portal of seven units whose columns carry the traps of
real government CMSs.

Every date is an age in days before the reference day `today`, so the demo shows the
same mix of fresh and stale columns on any day. The hand-written truth of what a correct
monitor reports is `sampleportal.config.expected_findings`; the traps, per column:

- fgj 工作动态: a pinned (置顶) 400-day-old first item over newer ones (fresh).
- fgj 通知公告: a TRS-style table list (fresh). fgj 政策文件: sorted oldest first (fresh).
- jyj 工作动态: GBK with a meta charset; jyj 人事信息: GBK with no charset anywhere (both fresh);
  jyj 通知公告: a 大汉 JCMS `<datastore>` data island (fresh).
- wjj 部门动态: a sidebar of yesterday's news, a footer 网站更新时间 and a typo date in the future
  beside a list 30 days old (stale); wjj 通知公告: 暂无信息 (empty); wjj 政策文件: no list dates,
  detail pages carry 发布时间 and PubDate (fresh).
- czj 工作动态 exactly 14 days old (fresh), czj 政务要闻 15 days old (stale), czj 政策文件 404
  (unreachable), czj 规划计划: no date in the list nor on detail pages (extraction failed).
- jljd 工作动态: year-less dates [11-20] (fresh); jljd 通知公告: slow (fresh).
- myz 乡镇动态: 500 on the first request, then 200 (fresh); myz 通知公告: configured at an old
  address that 301-redirects (fresh).
- jyj shows no 政策文件 on its subpage (category missing); czj shows 【通知公告】 only as a link to
  an unconfigured list (category present by its link text).
- sgjd: the subpage answers 500 every time (subpage unreachable); its column is fresh.

Other paths under /trap/ (not in the configuration) serve the behaviours tests need alone:
hang, redirect loop, big page, GBK without meta.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

from sampleportal.pages import (
    CST,
    SITE_NAME,
    DateStyle,
    ListEntry,
    Route,
    StaticSite,
    datastore_lines,
    day,
    detail_body,
    document,
    list_lines,
    meta_tags,
    modified_at,
    table_lines,
)

Layout = Literal["list", "table", "datastore", "empty"]
Behaviour = Literal["normal", "404", "flaky", "slow", "redirect", "error"]

SLOW_S = 1.5  # below any sensible timeout_s
BIG_BYTES = 6 * 1024 * 1024  # above the default max_bytes (5 MB)


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    name: str
    category: str
    slug: str  # the column's directory under the unit's
    ages: tuple[int | None, ...]  # item ages in list order (None: undated line)
    layout: Layout = "list"
    style: DateStyle = "iso"
    behaviour: Behaviour = "normal"
    pinned_first: bool = False
    encoding: str = "utf-8"
    meta_charset: bool = True
    detail_dates: bool = True  # detail pages show 发布时间 and PubDate
    typo_age: int | None = None  # an extra line dated in the future (a typo), e.g. -200
    sidebar_age: int | None = None  # a 最新动态 sidebar whose newest line has this age


@dataclass(frozen=True, slots=True)
class UnitSpec:
    id: str
    name: str
    kind: Literal["department", "town"]
    section: Literal["bm", "zj"]
    columns: tuple[ColumnSpec, ...]
    subpage_behaviour: Behaviour = "normal"
    unlisted: tuple[ColumnSpec, ...] = ()  # served and linked as 【name】, but not configured

    @property
    def subpage(self) -> str:
        return f"/{self.section}/{self.id}/index.html"

    def column_path(self, column: ColumnSpec) -> str:
        """The configured address; a redirected column is configured at its old address."""
        if column.behaviour == "redirect":
            return f"/{self.section}/{self.id}/{column.slug}_old/"
        return f"/{self.section}/{self.id}/{column.slug}/index.html"

    def served_path(self, column: ColumnSpec) -> str:
        return f"/{self.section}/{self.id}/{column.slug}/index.html"


def _overview(slug: str = "jggk") -> ColumnSpec:
    return ColumnSpec("机构概况", "overview", slug, (500, 500, 620, 700))


UNITS: tuple[UnitSpec, ...] = (
    UnitSpec("fgj", "区发展和改革局", "department", "bm", (
        ColumnSpec("工作动态", "dynamic", "gzdt", (400, 3, 5, 9, 16, 23, 30, 41),
                   pinned_first=True),
        ColumnSpec("通知公告", "notice", "tzgg", (40, 75, 110, 160, 220), layout="table"),
        ColumnSpec("政策文件", "policy", "zcwj", (400, 320, 250, 180, 100), style="cn"),
        _overview(),
    )),
    UnitSpec("jyj", "区教育局", "department", "bm", (
        ColumnSpec("工作动态", "dynamic", "gzdt", (2, 6, 11, 19, 27), encoding="gbk"),
        ColumnSpec("通知公告", "notice", "tzgg", (10, 33, 61, 90), layout="datastore"),
        ColumnSpec("人事信息", "personnel", "rsxx", (200, 290, 400), encoding="gbk",
                   meta_charset=False, style="slash"),
        _overview(),
    )),
    UnitSpec("wjj", "区卫生健康局", "department", "bm", (
        ColumnSpec("部门动态", "dynamic", "bmdt", (30, 37, 45, 58, 66), typo_age=-200,
                   sidebar_age=1),
        ColumnSpec("通知公告", "notice", "tzgg", (), layout="empty"),
        ColumnSpec("政策文件", "policy", "zcwj", (None, None, None, None), style="none"),
        _overview(),
    )),
    UnitSpec("czj", "区财政局", "department", "bm", (
        ColumnSpec("工作动态", "dynamic", "gzdt", (14, 20, 29, 35)),
        ColumnSpec("政务要闻", "dynamic", "zwyw", (15, 22, 40)),
        ColumnSpec("政策文件", "policy", "zcwj", (30, 60), behaviour="404"),
        ColumnSpec("规划计划", "plan", "ghjh", (None, None, None), style="none",
                   detail_dates=False),
        _overview(),
    ), unlisted=(ColumnSpec("通知公告", "notice", "tzgg", (25, 61)),)),
    UnitSpec("jljd", "金陵街道", "town", "zj", (
        ColumnSpec("工作动态", "dynamic", "gzdt", (6, 8, 13, 21, 34, 50), style="yearless"),
        ColumnSpec("通知公告", "notice", "tzgg", (20, 48, 96), behaviour="slow"),
        _overview(),
    )),
    UnitSpec("myz", "马营镇", "town", "zj", (
        ColumnSpec("乡镇动态", "dynamic", "xzdt", (4, 7, 12, 18), behaviour="flaky"),
        ColumnSpec("通知公告", "notice", "tzgg", (30, 70, 130), behaviour="redirect"),
        _overview(),
    )),
    UnitSpec("sgjd", "石鼓街道", "town", "zj", (
        ColumnSpec("工作动态", "dynamic", "gzdt", (1, 5, 9)),
        ColumnSpec("通知公告", "notice", "tzgg", (12, 40)),
        _overview(),
    ), subpage_behaviour="error"),
)

TOPICS = ("安全生产", "优化营商环境", "乡村振兴", "文明城市创建", "防汛减灾", "消防安全",
          "义务教育", "财政预算", "城市更新", "秸秆禁烧", "政务公开", "重点项目")
TITLES = {
    "dynamic": "{unit}召开{topic}工作推进会",
    "notice": "关于开展{topic}专项检查的通知",
    "policy": "关于印发《{unit}{topic}实施方案》的通知",
    "personnel": "{unit}{topic}岗位工作人员任免公示",
    "plan": "{unit}{topic}工作计划",
}
OVERVIEW_TITLES = ("机构职能", "领导信息", "内设机构", "联系方式")


def title_for(unit: UnitSpec, column: ColumnSpec, index: int) -> str:
    if column.category == "overview":
        return OVERVIEW_TITLES[index % len(OVERVIEW_TITLES)]
    template = TITLES.get(column.category, "{unit}{topic}")
    topic = TOPICS[(index * 5 + len(column.slug)) % len(TOPICS)]
    return template.format(unit=unit.name, topic=topic)


def detail_path(
    unit: UnitSpec, column: ColumnSpec, index: int, age: int | None, today: date
) -> str:
    """TRS-style article addresses carry the date (t20261120_…), except on undated columns."""
    base = f"/{unit.section}/{unit.id}/{column.slug}"
    if age is None or not column.detail_dates or column.style == "none":
        return f"{base}/art_{1000 + index}.html"
    when = day(today, age)
    return f"{base}/{when:%Y%m}/t{when:%Y%m%d}_{1000 + index}.html"


def _nav() -> list[tuple[str, str]]:
    return [("首页", "/"), ("政务公开", "/zwgk/index.html"), ("部门", "/bm/index.html"),
            ("镇街", "/zj/index.html")]


def _entries(unit: UnitSpec, column: ColumnSpec, today: date) -> list[ListEntry]:
    entries = [
        ListEntry(title_for(unit, column, i), detail_path(unit, column, i, age, today), age,
                  pinned=column.pinned_first and i == 0)
        for i, age in enumerate(column.ages)
    ]
    if column.typo_age is not None:
        i = len(column.ages)
        entries.insert(1, ListEntry(title_for(unit, column, i),
                                    f"/{unit.section}/{unit.id}/{column.slug}/art_{1000 + i}.html",
                                    column.typo_age))
    return entries


def _encode(text: str, column: ColumnSpec) -> tuple[bytes, str]:
    if column.encoding == "utf-8":
        return text.encode("utf-8"), "text/html; charset=utf-8"
    # legacy servers send no charset; © has no GBK code, so it goes out as &#169;
    return text.encode(column.encoding, "xmlcharrefreplace"), "text/html"


def _column_main(unit: UnitSpec, column: ColumnSpec, today: date) -> str:
    entries = _entries(unit, column, today)
    if column.layout == "empty":
        body = '<div class="list"><p class="nodata">暂无信息</p></div>'
    elif column.layout == "table":
        body = table_lines(entries, today)
    elif column.layout == "datastore":
        body = datastore_lines(entries, today)
    else:
        body = list_lines(entries, today, column.style)
    return f'<div class="lm_title"><h2>{column.name}</h2></div>\n{body}\n' \
           '<div class="page">共1页 <a href="#">首页</a> <a href="#">尾页</a></div>'


def _sidebar(unit: UnitSpec, column: ColumnSpec, today: date) -> str:
    """热点/最新动态 boxes show other columns' recent news: never the column's own date."""
    if column.sidebar_age is None:
        return ""
    lines = "".join(
        f'<li><a href="/zwgk/ywdt/art_{n}.html">区政府召开第{n + 1}次常务会议</a>'
        f"<span>{day(today, column.sidebar_age + n):%m-%d}</span></li>"
        for n in range(3)
    )
    return f'<div class="hot"><h3>最新动态</h3><ul>{lines}</ul></div>'


def _column_route(unit: UnitSpec, column: ColumnSpec, today: date) -> Route:
    dated = [a for a in column.ages if a is not None and a >= 0]
    charset = column.encoding if column.meta_charset else None
    html = document(
        title=f"{column.name}-{unit.name}-{SITE_NAME}",
        head=meta_tags(column.name, column.name, {}),
        nav=_nav(),
        trail=[("首页", "/"), (unit.name, unit.subpage if unit.subpage_behaviour == "normal"
                                else "/zj/index.html"), (column.name, unit.served_path(column))],
        main=_column_main(unit, column, today),
        side=_sidebar(unit, column, today),
        today=today,
        charset=charset,
    )
    body, ctype = _encode(html, column)
    last = modified_at(today, min(dated)) if dated else modified_at(today, 365)
    return Route(
        body=body,
        content_type=ctype,
        last_modified=last,
        delay_s=SLOW_S if column.behaviour == "slow" else 0.0,
        fail_first=1 if column.behaviour == "flaky" else 0,
    )


def _detail_route(unit: UnitSpec, column: ColumnSpec, entry: ListEntry, today: date) -> Route:
    published = None
    if entry.age is not None and column.detail_dates:
        published = datetime.combine(day(today, entry.age), time(10, 15), tzinfo=CST)
    elif column.style == "none" and column.detail_dates:
        # an undated list whose articles carry their date: newest first, two weeks apart
        index = int(entry.href.rsplit("_", 1)[1].split(".")[0]) - 1000
        published = datetime.combine(day(today, 50 + 14 * index), time(10, 15), tzinfo=CST)
    extra = {"ArticleTitle": entry.title, "ContentSource": unit.name}
    if published is not None:
        extra["PubDate"] = f"{published:%Y-%m-%d %H:%M}"
    html = document(
        title=f"{entry.title}-{SITE_NAME}",
        head=meta_tags(column.name, column.name, extra),
        nav=_nav(),
        trail=[("首页", "/"), (column.name, unit.served_path(column))],
        main=detail_body(entry.title, published, unit.name),
        today=today,
        charset=column.encoding if column.meta_charset else None,
    )
    body, ctype = _encode(html, column)
    return Route(body=body, content_type=ctype,
                 last_modified=modified_at(today, max(entry.age or 0, 0)))


def _subpage_route(unit: UnitSpec, today: date) -> Route:
    if unit.subpage_behaviour == "error":
        return Route(body="<h1>500 服务器内部错误</h1>".encode(), status=500)
    blocks = []
    for column in unit.columns:
        entries = [] if column.behaviour == "404" else _entries(unit, column, today)[:3]
        lines = list_lines([e for e in entries if e.age is None or e.age >= 0], today, "none")
        blocks.append(
            f'<div class="lm"><div class="lm_head"><a href="{unit.column_path(column)}">'
            f'{column.name}</a><a class="more" href="{unit.column_path(column)}">更多&gt;&gt;</a>'
            f"</div>{lines}</div>"
        )
    for column in unit.unlisted:  # a category shown by link text alone, bracketed as CMSs do
        link = f'<a href="{unit.served_path(column)}">【{column.name}】</a>'
        blocks.append(f'<div class="lm">{link}</div>')
    html = document(
        title=f"{unit.name}-{SITE_NAME}",
        head=meta_tags(unit.name, "部门子站" if unit.kind == "department" else "镇街子站", {}),
        nav=_nav(),
        trail=[("首页", "/"), (unit.name, unit.subpage)],
        main=f'<div class="unit"><h2>{unit.name}</h2>\n' + "\n".join(blocks) + "</div>",
        today=today,
    )
    return Route(body=html.encode(), last_modified=modified_at(today, 0))


def _plain(title: str, main: str, today: date) -> Route:
    html = document(title=f"{title}-{SITE_NAME}", head=meta_tags(title, "其他", {}), nav=_nav(),
                    trail=[("首页", "/"), (title, "/")], main=main, today=today)
    return Route(body=html.encode(), last_modified=modified_at(today, 0))


def _index_pages(today: date) -> dict[str, Route]:
    def links(section: str) -> str:
        return "<ul>" + "".join(f'<li><a href="{u.subpage}">{u.name}</a></li>'
                                for u in UNITS if u.section == section) + "</ul>"

    news = [ListEntry(f"区政府召开第{n + 1}次常务会议", f"/zwgk/ywdt/art_{n}.html", n)
            for n in range(3)]
    routes = {
        "/": _plain("首页", list_lines(news, today, "iso") + links("bm") + links("zj"), today),
        "/zwgk/index.html": _plain("政务公开", links("bm") + links("zj"), today),
        "/bm/index.html": _plain("部门", links("bm"), today),
        "/zj/index.html": _plain("镇街", links("zj"), today),
        "/wzdt/index.html": _plain("网站地图", links("bm") + links("zj"), today),
        "/lxwm/index.html": _plain("联系我们", "<p>电话：0917-1234567</p>", today),
        "/module/jslib/jquery/jpage/dataproxy.js": Route(
            body=b"/* jpage data proxy */", content_type="application/javascript"),
    }
    routes["/index.html"] = routes["/"]
    for n, entry in enumerate(news):
        published = datetime.combine(day(today, n), time(10, 15), tzinfo=CST)
        article = detail_body(entry.title, published, "区政府办")
        routes[entry.href] = _plain(entry.title, article, today)
    return routes


def _trap_pages(today: date) -> dict[str, Route]:
    gbk = ("<html><head><title>通知公告</title></head><body><ul>"
           + "".join(f"<li><a href='#n{n}'>关于做好第{n}批次防汛减灾工作的紧急通知</a>"
                     f"<span>{day(today, n).isoformat()}</span></li>" for n in range(10))
           + "</ul></body></html>")
    filler = "<p>" + "政务公开信息" * 100 + "</p>\n"
    big = "<html><body>" + filler * (BIG_BYTES // len(filler.encode()) + 1) + "</body></html>"
    return {
        "/trap/hang.html": Route(hang=True),
        "/trap/slow.html": Route(body=b"<html><body>slow</body></html>", delay_s=SLOW_S),
        "/trap/flaky.html": Route(body=b"<html><body>ok</body></html>", fail_first=1),
        "/trap/missing.html": Route(body=b"<h1>404</h1>", status=404),
        "/trap/moved.html": Route(status=301, location="/trap/slow.html"),
        "/trap/loop-a.html": Route(status=301, location="/trap/loop-b.html"),
        "/trap/loop-b.html": Route(status=301, location="/trap/loop-a.html"),
        "/trap/gbk.html": Route(body=gbk.encode("gbk"), content_type="text/html"),
        "/trap/big.html": Route(body=big.encode()),
    }


def sample_site(today: date) -> StaticSite:
    """The whole sample portal for the reference day `today` (about 120 small pages)."""
    routes = _index_pages(today) | _trap_pages(today)
    for unit in UNITS:
        routes[unit.subpage] = _subpage_route(unit, today)
        for column in unit.columns + unit.unlisted:
            served = unit.served_path(column)
            if column.behaviour == "404":
                routes[served] = Route(body="<h1>404 页面不存在</h1>".encode(), status=404)
                continue
            routes[served] = _column_route(unit, column, today)
            if column.behaviour == "redirect":
                routes[unit.column_path(column)] = Route(status=301, location=served)
            for entry in _entries(unit, column, today):
                routes.setdefault(entry.href, _detail_route(unit, column, entry, today))
    return StaticSite(today=today, routes=routes)
