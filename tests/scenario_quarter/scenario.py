"""A quarter of weekly checks (2027-Q1) on a small portal whose pages change from week to week.

Eleven units (seven departments, four towns) keep three columns each on the district portal:
工作动态 (dynamic, 14 days), 通知公告 (notice, 183 days) — both required on every unit's
subpage — and 规划计划 (plan, 365 days, not required, so the subpage does not link it: it
lives in the portal's 信息公开 section). `routes(day)` is the whole portal as a reader finds it
on `day`; the test swaps it in before each run. Every departure from a clean week is written
in `_EVENTS` below, next to the day it happens, so the expectations in the test can be checked
against the pages by reading.

2027-Q1 has thirteen Mondays (4 Jan … 29 Mar), and two of them are the first of a month
(1 Feb, 1 Mar), so the day before each is a month's last day in the same ISO week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from tests.portal24f.server import Answer

__all__ = [
    "HOSTILE",
    "LATER_RUNS",
    "MONDAYS",
    "UNITS",
    "Unit",
    "config_yaml",
    "routes",
]

MONDAYS = tuple(date(2027, 1, 4) + timedelta(weeks=i) for i in range(13))
# One weekly run in each later quarter, for the annual assessment: Mondays in Q2 and Q3; in Q4
# an on-demand `crawl --unit fgj` on Wednesday 6 Oct, then the week's check on Friday 8 Oct.
LATER_RUNS: tuple[tuple[date, tuple[str, ...]], ...] = (
    (date(2027, 4, 5), ()),
    (date(2027, 7, 5), ()),
    (date(2027, 10, 6), ("--unit", "fgj")),
    (date(2027, 10, 8), ()),
)
ADDED_ON = date(2027, 2, 15)  # xzj enters the configuration from this weekly run on
# Crawled text that must reach the reports as text: markup and a bare ampersand.
HOSTILE = "<script>alert('x')</script> & 公告"
SITE = "渭滨区人民政府"


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    name: str
    kind: str  # department | town
    base: str  # path prefix of its subpage and columns


UNITS = (
    Unit("fgj", "区发展和改革局", "department", "/bm/fgj/"),
    Unit("jyj", "区教育局", "department", "/bm/jyj/"),
    Unit("mzj", "区民政局", "department", "/bm/mzj/"),
    Unit("czj", "区财政局", "department", "/bm/czj/"),
    Unit("sfj", "区司法局", "department", "/bm/sfj/"),
    Unit("gaj", "区公安分局", "department", "/bm/gaj/"),
    Unit("jqz", "金渠镇", "town", "/zj/jqz/"),
    Unit("myz", "马营镇", "town", "/zj/myz/"),
    Unit("sgz", "石鼓镇", "town", "/zj/sgz/"),
    Unit("gjz", "高家镇", "town", "/zj/gjz/"),
    Unit("xzj", "区行政审批服务局", "department", "/bm/xzj/"),
)
COLUMNS = (
    ("工作动态", "dynamic", "gzdt"),
    ("通知公告", "notice", "tzgg"),
    ("规划计划", "plan", "ghjh"),
)
# Newest item's age on a clean day, and the gaps to the older lines of each list.
CLEAN_AGE = {"gzdt": 3, "tzgg": 30, "ghjh": 100}
GAPS = (0, 7, 17, 37)


def d(month: int, day: int) -> date:
    return date(2027, month, day)


def _between(day: date, first: date, last: date) -> bool:
    return first <= day <= last


# ---- what changes, and when (the test's expectations cite these) ---------------------------


def newest_dynamic(unit: str, day: date) -> date | None:
    """The newest 工作动态 line of `unit` on `day`; None: the list carries no dates at all."""
    if unit == "jqz":
        return None  # jqz: an undated list whose articles carry no date (extraction_failed)
    if unit == "fgj" and day in (d(1, 11), d(10, 8)):
        return day - timedelta(days=20)  # fgj: stale in week 2 only (age 20 > 14), and 8 Oct
    if unit == "myz" and _between(day, d(1, 17), d(1, 31)):
        return d(1, 16)  # myz: ages 2 (18 Jan), 9 (25 Jan), 15 (31 Jan: stale); fresh 1 Feb
    if unit == "gjz" and _between(day, d(1, 26), d(2, 14)):
        return d(1, 25)  # gjz: age 14 on Monday 8 Feb (still fresh), 16 on Wednesday 10 Feb
    return day - timedelta(days=CLEAN_AGE["gzdt"])


def notice_empty(unit: str, day: date) -> bool:
    """mzj: 通知公告 emptied on Monday 25 Jan, filled again on Wednesday 27 Jan (recheck)."""
    return unit == "mzj" and _between(day, d(1, 25), d(1, 26))


def plan_down(unit: str, day: date) -> bool:
    """jyj: 规划计划 answers 404 on Monday 8 Feb only."""
    return unit == "jyj" and day == d(2, 8)


def subpage_down(unit: str, day: date) -> bool:
    """sfj: the subpage answers 404 on Monday 18 Jan only."""
    return unit == "sfj" and day == d(1, 18)


def dead_links(unit: str, day: date) -> list[str]:
    """Links on the subpage to pages that answer 404."""
    if unit == "czj" and _between(day, d(3, 1), d(3, 2)):
        return [f"/bm/czj/old/doc{n}.html" for n in range(1, 13)]  # 12 links: 6 points, cap 5
    if unit == "czj" and _between(day, d(3, 3), d(3, 7)):
        return [f"/bm/czj/old/doc{n}.html" for n in range(1, 5)]  # 8 removed by Wed 3 Mar
    if unit == "czj" and _between(day, d(3, 8), d(3, 14)):
        # Three left, one of them with markup and & in its address.
        return [*(f"/bm/czj/old/doc{n}.html" for n in (1, 2)), HOSTILE_HREF]
    if unit == "sgz" and day == d(2, 1):
        return ["/zj/sgz/old/a.html"]  # sgz: one dead link, on the 1st of Feb only
    return []


HOSTILE_HREF = "/bm/czj/old/doc3.html?a=1&b=<script>"


def injected(unit: str, day: date) -> bool:
    """gaj: a hidden gambling keyword block on its subpage on Monday 22 Mar only."""
    return unit == "gaj" and day == d(3, 22)


INJECTION = (
    f'<div style="display:none">{escape(HOSTILE)}|澳门新葡京|太阳城娱乐|皇冠体育投注|'
    "百家乐在线|时时彩平台|网上真人赌场</div>"
)


# ---- pages ---------------------------------------------------------------------------------


def _head(title: str, column: str, kind: str) -> str:
    return (
        f'<head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta name="SiteName" content="{SITE}"><meta name="SiteIDCode" content="6103020001">'
        f'<meta name="ColumnName" content="{escape(column)}">'
        f'<meta name="ColumnType" content="{kind}"></head>'
    )


def _page(title: str, column: str, kind: str, body: str) -> bytes:
    html = (
        f"<!DOCTYPE html><html>{_head(title, column, kind)}<body>"
        f'<div class="header"><a href="/">{SITE}</a></div>'
        f'<div class="main"><h2>{escape(column)}</h2>{body}</div>'
        "</body></html>"
    )
    return html.encode("utf-8")


def _subpage(u: Unit, day: date) -> bytes:
    menu = "".join(
        f'<li><a href="{u.base}{slug}/index.html">{name}</a></li>'
        for name, _cat, slug in COLUMNS[:2]
    )
    body = f'<ul class="menu">{menu}</ul><p>{u.name}主要职责……</p>'
    dead = dead_links(u.id, day)
    if dead:
        body += '<ul class="links">' + "".join(
            f'<li><a href="{escape(href)}">相关文件{n}</a></li>' for n, href in enumerate(dead, 1)
        ) + "</ul>"
    if injected(u.id, day):
        body += INJECTION
    return _page(u.name, u.name, "单位子站", body)


def _dated_list(u: Unit, slug: str, name: str, newest: date) -> str:
    lines = []
    for n, gap in enumerate(GAPS, 1):
        when = newest - timedelta(days=gap)
        title = f"{u.name}{name}（第{n}条）"
        if u.id == "fgj" and slug == "gzdt" and n == 1:
            title = f"关于{HOSTILE}的说明"
        lines.append(
            f'<li><a href="art_{n}.html">{escape(title)}</a><span class="date">'
            f"{when.isoformat()}</span></li>"
        )
    return '<ul class="list">' + "".join(lines) + "</ul>"


def _undated_list(u: Unit, name: str) -> str:
    lines = "".join(
        f'<li><a href="art_{n}.html">{u.name}{name}（第{n}条）</a></li>' for n in range(1, 5)
    )
    return f'<ul class="list">{lines}</ul>'


def _article(u: Unit, name: str, n: int) -> bytes:
    return _page(
        f"{u.name}{name}（第{n}条）", name, "文章", f"<p>{u.name}{name}第{n}条的正文。</p>"
    )


def _column(u: Unit, name: str, slug: str, day: date) -> bytes | None:
    """The column's first list page on `day`; None when it answers 404."""
    if slug == "gzdt":
        newest = newest_dynamic(u.id, day)
        body = _undated_list(u, name) if newest is None else _dated_list(u, slug, name, newest)
    elif slug == "tzgg" and notice_empty(u.id, day):
        body = '<ul class="list"></ul><p class="empty">暂无信息</p>'
    elif slug == "ghjh" and plan_down(u.id, day):
        return None
    else:
        body = _dated_list(u, slug, name, day - timedelta(days=CLEAN_AGE[slug]))
    return _page(f"{name}-{u.name}", name, "信息列表", body)


def _home(day: date) -> bytes:
    lines = "".join(
        f'<li><a href="/xwzx/art_{n}.html">渭滨要闻（第{n}条）</a>'
        f"<span>{(day - timedelta(days=n)).isoformat()}</span></li>"
        for n in range(1, 6)
    )
    return _page(SITE, "首页", "首页", f'<ul class="list">{lines}</ul>')


def routes(day: date) -> dict[str, Answer]:
    """Every page of the portal as it stands on `day` (anything else answers 404)."""
    out: dict[str, Answer] = {"/": Answer(_home(day))}
    for n in range(1, 6):
        title = f"渭滨要闻（第{n}条）"
        out[f"/xwzx/art_{n}.html"] = Answer(_page(title, "要闻", "文章", "<p>正文</p>"))
    for u in UNITS:
        if not subpage_down(u.id, day):
            out[u.base + "index.html"] = Answer(_subpage(u, day))
        for name, _cat, slug in COLUMNS:
            page = _column(u, name, slug, day)
            if page is not None:
                out[f"{u.base}{slug}/index.html"] = Answer(page)
            for n in range(1, 5):
                out[f"{u.base}{slug}/art_{n}.html"] = Answer(_article(u, name, n))
    return out


def config_yaml(base_url: str, units: tuple[Unit, ...]) -> str:
    """The portal configuration with `units` (the test adds xzj from `ADDED_ON`)."""
    lines = [
        f"portal: {{name: {SITE}, base_url: '{base_url}', timezone: Asia/Shanghai}}",
        "crawl: {timeout_s: 5, concurrency: 8, delay_s: 0, retries: 1, backoff_s: 0}",
        "categories:",
        "  - {id: dynamic, names: [工作动态], max_age_days: 14, required_for: [department, town]}",
        "  - {id: notice, names: [通知公告], max_age_days: 183, required_for: [department, town],"
        " top_level: true}",
        "  - {id: plan, names: [规划计划], max_age_days: 365}",
        "units:",
    ]
    root = base_url.rstrip("/")
    for u in units:
        lines += [
            f"  - id: {u.id}",
            f"    name: {u.name}",
            f"    kind: {u.kind}",
            f"    subpage: '{root}{u.base}index.html'",
            "    columns:",
        ]
        lines += [
            f"      - {{name: {name}, url: '{root}{u.base}{slug}/index.html', category: {cat}}}"
            for name, cat, slug in COLUMNS
        ]
    return "\n".join(lines) + "\n"
