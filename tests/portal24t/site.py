"""The twentieth trap portal: column and list pages of the newer 集约化 government platforms
(built 2019–2026) — 政府信息公开 platforms (法定主动公开内容 as `table.zfxxgk_zdgkc` with 索引号 |
名称 | 发布机构 | 生成日期 | 文号, 信息公开指南 and 制度 columns, a 年报 column of one line a year),
server-rendered Nuxt pages whose list is in the HTML and in `window.__NUXT__`, Vue pages whose
list is only in `window.__INITIAL_STATE__` (ISO strings, epoch milliseconds), a list an Ajax
call fills over a 暂无数据 placeholder, a static 暂无数据 beside an unrelated Ajax counter, three
大汉 JCMS `<datastore>` variants (undated records, `span.bt_time` month-days, `totalrecord` 0
under a static 置顶 list), cards, a timeline, NEW and hot badges, a date pill inside the link,
the column's own tab second in a tab box, a 领导信息 profile and a 机构职能 text, a 留言 table
with 留言时间 and 回复时间, 政策解读 lines pairing a document with its 解读, search-result lists
(共找到 23 条结果, 共找到 0 条结果) — plus honest controls and failing units.

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md must
report (`p.expect`; `p.maybe` for a finding acceptable either way). Ages are literal. The
reference day is `AS_OF`, 2027-08-17, a Tuesday. The server is `tests.portal24k.server`.

The categories are those of `tests.portal24f` plus three this portal's assessment plan names
(RULES.md §2: every window is configuration): the 信息公开指南 and 制度 (no freshness rule, like
概况), the 政府信息公开年报 (one a year: a year's window, as 规划计划), and the 互动 columns
(answered letters: 30 days). 领导信息 and 机构职能 are names of 概况 (no freshness rule).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from html import escape
from zoneinfo import ZoneInfo

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import MAX_AGE as _MAX_AGE
from tests.portal24.site import Expect, Unit
from tests.portal24f.site import stale, std, titled
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS, a, before_footer, lines, ymd
from tests.portal24k.site import Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 8, 17)
TZ = ZoneInfo("Asia/Shanghai")
MAX_AGE = {**_MAX_AGE, "annual": 365, "interact": 30}

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
    names: [机构概况, 机构职能, 领导信息]
    max_age_days: null
    required_for: [department, town]
  - id: guide
    names: [政府信息公开指南, 信息公开指南, 政府信息公开制度]
    max_age_days: null
  - id: annual
    names: [政府信息公开年报, 政府信息公开工作年度报告]
    max_age_days: 365
  - id: interact
    names: [咨询投诉, 留言选登]
    max_age_days: 30
"""


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    p.add("/xxgk/ysqgk/index.html", plain_page(p, "依申请公开", "<p>依申请公开办理流程……</p>"))
    p.add("/images/new.gif", "GIF89a", ctype="image/gif")
    p.add("/images/jquery.min.js", "/* jQuery */", ctype="text/javascript")
    p.add("/api/visit/count", '{"count": 1289034}', ctype="application/json")
    for path in ("/_nuxt/css/app.3f9c2.css", "/_nuxt/runtime.a1b2c.js", "/_nuxt/app.d4e5f.js"):
        p.add(path, "/* built */", ctype="text/css" if path.endswith("css") else "text/javascript")
    return p


def config_yaml(portal: Portal, base_url: str) -> str:
    root = base_url.rstrip("/")
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
            f"    subpage: {root}{u.subpage}",
            "    columns:",
        ]
        out += [
            f'      - {{name: {c.name}, url: "{root}{c.path}", category: {c.category}}}'
            for c in u.columns
        ]
    return "\n".join(out) + "\n"


# -- page parts -----------------------------------------------------------------------------


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


def plain_page(p: Portal, name: str, main: str) -> str:
    return h.page(title=name, head=h.meta(name, name), today=p.today,
                  crumbs=[("首页", "/")], main=main)


def xxgk_tree(u: Unit) -> str:
    """The 政府信息公开 platform's left 目录 tree: the unit's own 公开 columns."""
    own = "".join(
        f'<li><a href="{c.path}">{c.name}</a></li>'
        for c in u.columns
        if c.category in ("guide", "annual", "notice", "policy")
    )
    return (
        f'<div class="xxgk-tree"><h3>{u.name}信息公开目录</h3><ul>{own}'
        '<li><a href="/xxgk/ysqgk/index.html">依申请公开</a></li></ul></div>'
    )


def xxgk_page(p: Portal, u: Unit, name: str, main: str) -> str:
    """A page of the 政府信息公开 platform: its banner, the 目录 tree, the unit's breadcrumb."""
    banner = (
        '<div class="xxgk-banner"><h1>政府信息公开</h1>'
        f'<p>{h.SITE} · {u.name}</p></div>'
    )
    return h.page(
        title=f"{name}-{u.name}-政府信息公开-{h.SITE}",
        head=h.meta(name, "信息公开"),
        today=p.today,
        crumbs=[("首页", "/"), ("政府信息公开", "/zwgk/index.html"), (u.name, u.subpage),
                (name, "#")],
        main=f'{banner}<div class="lm-title"><h2>{name}</h2></div>\n{main}',
        side=xxgk_tree(u),
    )


def zdgkc(rows: Sequence[tuple[Item, str]], publisher: str, code: str) -> str:
    """法定主动公开内容: 索引号 | 名称 | 发布机构 | 生成日期 | 文号 (`Item.when` is 生成日期)."""
    head = (
        "<tr><th width=\"18%\">索引号</th><th>名称</th><th width=\"12%\">发布机构</th>"
        "<th width=\"11%\">生成日期</th><th width=\"14%\">文号</th></tr>"
    )
    body = "".join(
        f"<tr><td>{code}/{when(i).year}-{231 - n:05d}</td><td class=\"mc\">{a(i)}</td>"
        f"<td>{publisher}</td><td>{ymd(i)}</td><td>{wh}</td></tr>"
        for n, (i, wh) in enumerate(rows)
    )
    return (
        '<table class="zfxxgk_zdgkc" width="100%" cellspacing="0" cellpadding="0">'
        f"{head}{body}</table>"
        '<div class="zfxxgk_page">共 1 页 <a class="on">1</a></div>'
    )


def epoch_ms(d: date, hour: int = 10) -> int:
    return int(datetime.combine(d, time(hour, 0), TZ).timestamp() * 1000)


def app_page(p: Portal, u: Unit, name: str, body: str, script: str) -> str:
    """A Vue/Nuxt platform page: its own chrome, the state script before `</body>`."""
    nav = "".join(
        f'<a href="{href}" class="nav-item">{t}</a>'
        for t, href in (("首页", "/"), ("政务公开", "/zwgk/index.html"),
                        ("政务服务", "/zwfw/index.html"), ("互动交流", "/hdjl/index.html"))
    )
    return (
        '<!doctype html>\n<html lang="zh-CN" data-n-head-ssr>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f"<title>{name}-{u.name}-{h.SITE}</title>\n{h.meta(name, name)}\n"
        '<link rel="stylesheet" href="/_nuxt/css/app.3f9c2.css">\n</head>\n<body>\n'
        '<div id="__nuxt"><div id="__layout"><div class="layout-default">'
        f'<header class="gov-header"><div class="logo">{h.SITE}</div>'
        f'<nav class="gov-nav">{nav}</nav></header>'
        f'<div class="breadcrumb"><a href="/">首页</a> / <a href="{u.subpage}">{u.name}</a> / '
        f'<span>{name}</span></div>'
        f'<main class="gov-main"><h2 class="column-title">{name}</h2>{body}</main>'
        '<footer class="gov-footer">'
        f"<p>主办：{h.SITE}办公室 网站标识码：{h.SITE_ID} 陕ICP备12009999号-1</p>"
        f"<p>Copyright © 2019-{p.today.year} 版权所有</p></footer>"
        f"</div></div></div>\n{script}\n"
        '<script src="/_nuxt/runtime.a1b2c.js" defer></script>'
        '<script src="/_nuxt/app.d4e5f.js" defer></script>\n</body>\n</html>\n'
    )


def state_record(i: Item, date_value: object) -> dict[str, object]:
    return {"id": int(i.href.rsplit("_", 1)[-1].split(".")[0]), "title": i.title,
            "linkUrl": i.href, "publishTime": date_value, "source": "区政府办公室"}


def jcms(records: Sequence[str], column_id: int, total: int) -> str:
    """大汉 JCMS data island: CDATA records, `nextgroup`, `totalrecord`, dataproxy.js."""
    recs = "\n".join(f"<record><![CDATA[\n{r}\n]]></record>" for r in records)
    return (
        f'<div id="{column_id}"><script type="text/xml"><datastore>\n'
        f'<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1'
        f'&columnid={column_id}">下一页</a>]]></nextgroup>\n'
        f"<recordset>\n{recs}\n</recordset>\n<totalrecord>{total}</totalrecord>"
        "</datastore></script>\n"
        '<script language="javascript" src="/module/web/jpage/dataproxy.js"></script></div>'
    )


def subpage(p: Portal, u: Unit) -> None:
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2 (this portal's plan adds
# the guide, annual and interact categories, see the module's docstring).
# =========================================================================================


def _u01_zdgkc_stale(p: Portal) -> None:
    """通知公告 is the platform's 法定主动公开内容 table (`table.zfxxgk_zdgkc`): 索引号
    `…/2027-00231`, 文号 渭统发〔2027〕n号, 生成日期 200, 215, 260 days. The 2027 of the 索引号 and
    文号 is no date: stale at 200 (183). 政策文件 is a 规范性文件 table 索引号 | 名称 | 文号 |
    生成日期 | 有效期至 | 有效性: 生成日期 200, 240, 300 days; the first document's 有效期至 was 7
    days ago (失效), the others' are years ahead. A validity end is no publication: stale at
    200 (183)."""
    u = p.unit("tjj", "区统计局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [200, 215, 260])
    rows = [(i, f"渭统发〔2027〕{9 - n}号") for n, i in enumerate(items)]
    p.add(base + "index.html",
          xxgk_page(p, u, "通知公告", zdgkc(rows, "区统计局", "11610302MB1586011A")))
    stale(p, "tjj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: the 生成日期 column, not the year of an 索引号 or 文号; R3.age 200 > 183")
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = plain(p, base, "政策文件", [200, 240, 300])
    until = [p.d(7), date(2029, 6, 30), date(2028, 3, 31)]
    valid = ["失效", "有效", "有效"]
    trs = "".join(
        f"<tr><td>11610302MB1586011A/{when(i).year}-{40 - n:05d}</td><td class=\"mc\">{a(i)}</td>"
        f"<td>渭统发〔{when(i).year}〕{3 + n}号</td><td>{ymd(i)}</td><td>{e:%Y-%m-%d}</td>"
        f"<td>{v}</td></tr>"
        for n, (i, e, v) in enumerate(zip(items, until, valid, strict=True))
    )
    table = (
        '<table class="zfxxgk_zdgkc" width="100%"><tr><th>索引号</th><th>名称</th><th>文号</th>'
        f"<th>生成日期</th><th>有效期至</th><th>有效性</th></tr>{trs}</table>"
    )
    p.add(base + "index.html", xxgk_page(p, u, "政策文件", table))
    stale(p, "tjj", base + "index.html", "政策文件", "policy", 200,
          "R3.newest: 生成日期, not the day a document's validity ended (有效期至 7 days ago); "
          "R3.age 200 > 183")
    std(p, u, skip=("notice", "policy"))
    subpage(p, u)


def _u02_guide_annual(p: Portal) -> None:
    """A 政府信息公开 unit: 信息公开指南 (one row, 生成日期 900 days) and 信息公开制度 (rows 700 and
    1100 days) have no freshness rule (category guide, like 概况): nothing. 政府信息公开年报 is
    one line a year (2026年… published 2027-01-21, 208 days; then 2025, 2024, …): fresh (365)."""
    u = p.unit("czj", "区财政局", "department")
    std(p, u)
    base = p.col(u, "信息公开指南", "guide", "xxgkzn")
    items = titled(plain(p, base, "信息公开指南", [900]), ["区财政局政府信息公开指南"])
    p.add(base + "index.html", xxgk_page(
        p, u, "信息公开指南", zdgkc([(items[0], "")], "区财政局", "11610302MB1586023X")))
    base = p.col(u, "政府信息公开制度", "guide", "xxgkzd")
    items = titled(plain(p, base, "政府信息公开制度", [700, 1100]),
                   ["区财政局政府信息公开保密审查制度", "区财政局政府信息主动公开制度"])
    rows = [(i, f"渭财发〔{when(i).year}〕{3 + n}号") for n, i in enumerate(items)]
    p.add(base + "index.html", xxgk_page(
        p, u, "政府信息公开制度", zdgkc(rows, "区财政局", "11610302MB1586023X")))
    base = p.col(u, "政府信息公开年报", "annual", "xxgknb")
    ages = [(AS_OF - date(y, 1, 21)).days for y in range(2027, 2020, -1)]
    assert ages[0] == 208
    items = titled(plain(p, base, "政府信息公开年报", ages),
                   [f"区财政局{y}年政府信息公开工作年度报告" for y in range(2026, 2019, -1)])
    p.add(base + "index.html", xxgk_page(
        p, u, "政府信息公开年报", zdgkc([(i, "") for i in items], "区财政局",
                                      "11610302MB1586023X")))
    subpage(p, u)


def _u03_annual_stale(p: Portal) -> None:
    """政府信息公开年报 one line a year, the newest the 2025 report published 2026-01-28 (566
    days): the 2026 report is overdue, stale (365). The lines show no date; the titles' years
    are no dates; the reports' pages say 发布时间."""
    u = p.unit("swj", "区商务局", "department")
    std(p, u)
    base = p.col(u, "政府信息公开年报", "annual", "xxgknb")
    ages = [(AS_OF - date(y, 1, 28)).days for y in range(2026, 2021, -1)]
    assert ages[0] == 566
    items = titled(plain(p, base, "政府信息公开年报", ages),
                   [f"区商务局{y}年政府信息公开工作年度报告" for y in range(2025, 2020, -1)])
    li = "".join(f'<li><span class="nd">{t.title[4:9]}</span>{a(t)}</li>' for t in items)
    p.add(base + "index.html", xxgk_page(
        p, u, "政府信息公开年报", f'<ul class="nb-list">{li}</ul>'))
    stale(p, "swj", base + "index.html", "政府信息公开年报", "annual", 566,
          "R3.newest: no list dates, the reports' 发布时间; R3.age 566 > 365")
    subpage(p, u)


def _u04_nuxt_ssr(p: Portal) -> None:
    """A Nuxt page: 工作动态 rendered in the HTML (30, 34, 41 days) and again in
    `window.__NUXT__`, whose state also holds the site's 热点 list (1–2 days) and a
    `siteUpdateTime` of today. The column's list is 30 days old: stale (14)."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [30, 34, 41])
    hot = plain(p, "/xwzx/", "要闻", [1, 2])
    li = "".join(
        f'<li class="news-item" data-v-4f2a1c><a href="{i.href}" data-v-4f2a1c>{escape(i.title)}'
        f'</a><span class="time" data-v-4f2a1c>{ymd(i)}</span></li>'
        for i in items
    )
    body = f'<ul class="news-list" data-v-4f2a1c>{li}</ul>'
    state = {
        "layout": "default",
        "data": [{"column": {"name": "工作动态", "total": 87},
                  "list": [state_record(i, ymd(i)) for i in items]}],
        "state": {"site": {"siteUpdateTime": f"{p.today} 08:00:00"},
                  "hot": [state_record(i, f"{ymd(i)} 09:30:00") for i in hot]},
        "serverRendered": True,
    }
    script = f"<script>window.__NUXT__={json.dumps(state, ensure_ascii=False)};</script>"
    p.add(base + "index.html", app_page(p, u, "工作动态", body, script))
    stale(p, "fgw", base + "index.html", "工作动态", "dynamic", 30,
          "R3.newest: the column's own list; the state's 热点 and site time are not it; "
          "R3.age 30 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _state_only(p: Portal, u: Unit, items: Sequence[Item], hot: Sequence[Item],
                fmt: Callable[[Item], object]) -> str:
    """A Vue page whose list exists only in `window.__INITIAL_STATE__` (the HTML has the chrome
    and an empty list container the client fills)."""
    state = {
        "route": {"path": u.columns[0].path, "query": {}},
        "columnPage": {"column": {"id": 3217, "name": "工作动态"},
                       "list": {"records": [state_record(i, fmt(i)) for i in items],
                                "total": 64, "size": 15, "current": 1}},
        "sidebar": {"hotNews": [state_record(i, fmt(i)) for i in hot]},
    }
    script = (
        "<script>window.__INITIAL_STATE__="
        f"{json.dumps(state, ensure_ascii=False)};(function(){{var s;(s=document.currentScript"
        "||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());"
        "</script>"
    )
    body = '<div class="list-wrap"><ul class="news-list"></ul><div class="pager"></div></div>'
    return app_page(p, u, "工作动态", body, script)


def _u05_state_iso(p: Portal) -> None:
    """工作动态 only in `window.__INITIAL_STATE__.columnPage.list.records`, `publishTime`
    `2027-08-12 10:30:00` (5, 9, 16 days): fresh. A browser shows the list; nothing to report.
    通知公告 (server-rendered) shows relative times, 6个月前, 7个月前, 9个月前, each in a `<time
    datetime="…">` (and `title`) giving the day, 190, 220, 260 days: stale at 190 (183) — the
    rounded 6个月前 (180 days) is not the date."""
    u = p.unit("jyj", "区教育局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [5, 9, 16])
    hot = plain(p, "/xwzx/", "要闻", [40, 60])
    p.add(base + "index.html",
          _state_only(p, u, items, hot, lambda i: f"{ymd(i)} 10:30:00"))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [190, 220, 260])
    li = "".join(
        f'<li class="news-item" data-v-7b1e0d><a href="{i.href}" data-v-7b1e0d>'
        f'{escape(i.title)}</a><time datetime="{ymd(i)}T09:00:00+08:00" title="{ymd(i)}" '
        f'data-v-7b1e0d>{rel}</time></li>'
        for i, rel in zip(items, ["6个月前", "7个月前", "9个月前"], strict=True)
    )
    p.add(base + "index.html",
          app_page(p, u, "通知公告", f'<ul class="news-list" data-v-7b1e0d>{li}</ul>', ""))
    stale(p, "jyj", base + "index.html", "通知公告", "notice", 190,
          "R3.newest: the exact `datetime` of each line over its rounded 6个月前; "
          "R3.age 190 > 183")
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u06_state_epoch(p: Portal) -> None:
    """工作动态 only in `window.__INITIAL_STATE__`, `publishTime` in epoch milliseconds (21, 28,
    35 days); the state's `sidebar.hotNews` holds the site's 1- and 3-day-old news. Stale at
    21: the column's records, not the 热点 box."""
    u = p.unit("wjw", "区卫生健康局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [21, 28, 35])
    hot = plain(p, "/xwzx/", "要闻", [1, 3])
    p.add(base + "index.html", _state_only(p, u, items, hot, lambda i: epoch_ms(when(i))))
    stale(p, "wjw", base + "index.html", "工作动态", "dynamic", 21,
          "R3.newest: the list a browser shows (the state's records); R3.age 21 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u07_ajax_placeholder(p: Portal) -> None:
    """通知公告's list is filled by `$.getJSON` from an address the script assembles
    (`'/api/' + 'content/list?columnId=' + cid …`); until then the `<ul>` holds the template's
    `<li class="nodata">暂无数据</li>`, which the script replaces. The endpoint answers with
    lines 12–40 days old: a browser shows a fresh list. The column is not blank; a monitor that
    cannot run the script cannot date it: extraction_failed (warn) at most."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [12, 25, 40])
    api = [{"title": i.title, "url": i.href, "time": ymd(i)} for i in items]
    p.add("/api/content/list?columnId=4481&pageSize=15",
          json.dumps({"code": 0, "data": api}, ensure_ascii=False), ctype="application/json")
    main = (
        '<ul class="list" id="newsList" data-cid="4481"><li class="nodata">暂无数据</li></ul>'
        '<div class="pager" id="pager"></div>'
        '<script src="/images/jquery.min.js"></script><script>\n'
        "$(function () {\n  var cid = $('#newsList').data('cid');\n"
        "  $.getJSON('/api/' + 'content/list?columnId=' + cid + '&pageSize=15', function (r) {\n"
        "    var html = '';\n    $.each(r.data, function (k, o) {\n"
        "      html += '<li><a href=\"' + o.url + '\">' + o.title + '</a><span>' + o.time"
        " + '</span></li>';\n    });\n    if (html) { $('#newsList').html(html); }\n  });\n});\n"
        "</script>"
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    p.maybe("rsj", "extraction_failed", base + "index.html",
            "R3.extraction: the list is there for a browser, the page gives nothing to date",
            column="通知公告", category="notice")
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u08_static_nodata(p: Portal) -> None:
    """通知公告 says 暂无数据 in static markup; the page's only script fetches the site's visit
    count into the footer (`#visitCount`), nothing to do with the list: blank (empty)."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    main = (
        '<div class="list-box"><ul class="list"></ul><div class="no-data">暂无数据</div></div>'
        '<p class="visit">访问量：<span id="visitCount">-</span></p>'
        '<script src="/images/jquery.min.js"></script><script>\n'
        "$.get('/api/visit/count', function (r) { $('#visitCount').text(r.count); });\n"
        "</script>"
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    p.expect("scj", "column_empty", base + "index.html",
             "R3.empty: 暂无数据 in the page itself; the script only fills a counter",
             column="通知公告", category="notice")
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u09_jcms_undated(p: Portal) -> None:
    """工作动态 is a JCMS datastore whose records carry no date (`<li><a …>`); the articles
    (plain addresses, no date in them) say 发布时间 4, 9, 20 days: fresh."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [4, 9, 20])
    recs = [f'<li><a href="{i.href}" target="_blank" title="{i.title}">{i.title}</a></li>'
            for i in items]
    p.add(base + "index.html", p.column_page(u, "工作动态", jcms(recs, 1571, 46)))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u10_jcms_bt_time(p: Portal) -> None:
    """工作动态 JCMS records with `<span class="bt_time">[07-30]</span>` (18 days), [07-12], and
    [12-28] (last year's: this year's would be future): stale at 18."""
    u = p.unit("nyj", "区农业农村局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [18, 36, 232])
    assert [when(i) for i in items] == [date(2027, 7, 30), date(2027, 7, 12), date(2026, 12, 28)]
    recs = [
        f'<div class="bt_list"><a href="{i.href}" target="_blank" title="{i.title}">'
        f'{i.title}</a><span class="bt_time">[{when(i):%m-%d}]</span></div>'
        for i in items
    ]
    p.add(base + "index.html", p.column_page(u, "工作动态", jcms(recs, 1583, 120)))
    stale(p, "nyj", base + "index.html", "工作动态", "dynamic", 18,
          "R3.newest: month-day dates take as_of's year (12-28 the year before); R3.age 18 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u11_jcms_zero_pinned(p: Portal) -> None:
    """通知公告: a static 置顶 list above the JCMS datastore (two lines, 60 and 90 days); the
    datastore is empty, `<totalrecord>0</totalrecord>`. The column shows two lines: not blank,
    fresh at 60 (183)."""
    u = p.unit("slj", "区水利局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [60, 90])
    top = "".join(
        f'<li><img src="/images/new.gif" alt="置顶" />{a(i)}<span class="time">{ymd(i)}</span></li>'
        for i in items
    )
    main = f'<ul class="zd-list">{top}</ul>{jcms([], 1594, 0)}'
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u12_cards(p: Portal) -> None:
    """工作动态 as cards: `div.card > a > img + div.card-body > h5 + p.date` (16, 22, 30 days):
    stale at 16."""
    u = p.unit("whj", "区文化和旅游局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [16, 22, 30])
    cards = "".join(
        f'<div class="col-md-4"><div class="card"><a href="{i.href}" target="_blank">'
        f'<img class="card-img-top" src="/images/logo.png" alt="{escape(i.title)}" />'
        f'<div class="card-body"><h5 class="card-title">{escape(i.title)}</h5>'
        f'<p class="date">{ymd(i)}</p></div></a></div></div>'
        for i in items
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<div class="row">{cards}</div>'))
    stale(p, "whj", base + "index.html", "工作动态", "dynamic", 16,
          "R3.newest: the date inside each card's link; R3.age 16 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u13_timeline(p: Portal) -> None:
    """工作动态 as a timeline: `div.timeline-item > div.time 07-28 + div.content` (20, 33, 48
    days, and 12-20: last year's). Stale at 20."""
    u = p.unit("jtj", "区交通运输局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [20, 33, 48, 240])
    assert when(items[3]) == date(2026, 12, 20)
    rows = "".join(
        f'<div class="timeline-item"><div class="time">{when(i):%m-%d}</div>'
        f'<div class="content"><h4>{a(i)}</h4><p>{escape(i.title)}，区交通运输局'
        "相关科室负责同志参加。</p></div></div>"
        for i in items
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<div class="timeline">{rows}</div>'))
    stale(p, "jtj", base + "index.html", "工作动态", "dynamic", 20,
          "R3.newest: month-day 07-28 in 2027 (12-20 is 2026); R3.age 20 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u14_badges(p: Portal) -> None:
    """工作动态: every line carries `<i class="new">NEW</i>` and the first a 'hot' tag (the
    template marks the newest lines), dated 20, 24, 29 days: badges are no dates, stale at 20.
    通知公告: `<img src=new.gif>` inside the newest links and `<span class="hot">hot</span>`,
    dated 40–90 days: fresh (183)."""
    u = p.unit("hbj", "区生态环境局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [20, 24, 29])
    li = "".join(
        f'<li>{a(i)}<i class="new">NEW</i>'
        + ('<span class="tag hot">hot</span>' if n == 0 else "")
        + f'<span class="date">{ymd(i)}</span></li>'
        for n, i in enumerate(items)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>'))
    stale(p, "hbj", base + "index.html", "工作动态", "dynamic", 20,
          "R3.newest: NEW/hot are badges, not dates; R3.age 20 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [40, 55, 90])
    li = "".join(
        f'<li><a href="{i.href}">{escape(i.title)}'
        + ('<img src="/images/new.gif" alt="new" />' if n < 2 else "")
        + "</a>" + ('<span class="hot">hot</span>' if n == 1 else "")
        + f"<span>{ymd(i)}</span></li>"
        for n, i in enumerate(items)
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="list">{li}</ul>'))
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u15_pill_in_link(p: Portal) -> None:
    """工作动态 lines are whole links holding a date pill and the title:
    `a > div.date(span.day 01 + span.ym 2027-08) + h4 + p` (16, 23, 30 days): stale at 16.
    通知公告 the other way round, `span.ym 2027.07` then `span.day 08` (40, 70, 95 days; the
    articles say 发布时间 too): fresh."""
    u = p.unit("zrj", "区自然资源局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [16, 23, 30])
    li = "".join(
        f'<li><a href="{i.href}" target="_blank"><div class="date">'
        f'<span class="day">{when(i).day:02d}</span><span class="ym">{when(i):%Y-%m}</span>'
        f'</div><h4>{escape(i.title)}</h4><p>{escape(i.title)}……</p></a></li>'
        for i in items
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="pill-list">{li}</ul>'))
    stale(p, "zrj", base + "index.html", "工作动态", "dynamic", 16,
          "R3.newest: a day badge over its year-month, inside the link; R3.age 16 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [40, 70, 95])
    li = "".join(
        f'<li><a href="{i.href}" target="_blank"><div class="date">'
        f'<span class="ym">{when(i):%Y.%m}</span><span class="day">{when(i).day:02d}</span>'
        f'</div><h4>{escape(i.title)}</h4></a></li>'
        for i in items
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="pill-list">{li}</ul>'))
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u16_second_tab(p: Portal) -> None:
    """The 通知公告 page (ColumnName 通知公告) is a tab box: `div.tab-hd` 图片新闻 | 通知公告,
    the first tab shown (图片新闻, 2 and 5 days), the column's own tab second, hidden until
    clicked (200, 230 days). The column's list is its own tab: stale at 200 (183)."""
    u = p.unit("ajj", "区应急管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    pics = plain(p, "/bm/ajj/tpxw/", "图片新闻", [2, 5])
    own = plain(p, base, "通知公告", [200, 230])
    hidden = ul(own, "tab-list").replace("<ul ", '<ul style="display:none" ', 1)
    main = (
        '<div class="tab-box"><div class="tab-hd"><ul>'
        '<li class="on" onmouseover="setTab(1,0)">图片新闻</li>'
        '<li onmouseover="setTab(1,1)">通知公告</li></ul></div>'
        f'<div class="tab-bd">{ul(pics, "tab-list")}{hidden}</div></div>'
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    stale(p, "ajj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: the column's own list (its tab), not the 图片新闻 tab; R3.age 200 > 183")
    std(p, u, skip=("notice",))
    subpage(p, u)


LEADER = (
    '<div class="leader-profile"><div class="photo"><img src="/images/logo.png" alt="局长" />'
    '</div><div class="info"><h3>王建国</h3><p><b>职　务：</b>区医疗保障局党组书记、局长</p>'
    "<p><b>工作分工：</b>主持局全面工作，分管办公室、待遇保障和医药服务管理股。</p>"
    "<p><b>简　历：</b>男，汉族，1976年5月生，陕西宝鸡人，大学学历，中共党员。"
    "2019年3月任区医疗保障局局长。</p></div></div>"
    '<div class="leader-others"><h4>其他领导</h4><ul>'
    '<li><a href="/bm/ybj/ldxx/ld_2.html">李红梅 副局长</a></li>'
    '<li><a href="/bm/ybj/ldxx/ld_3.html">张志强 副局长</a></li></ul></div>'
)

DUTIES = (
    '<div class="jgzn"><h3>主要职责</h3>'
    "<p>根据《宝鸡市渭滨区机构改革方案》（2019年3月12日印发），区医疗保障局为区政府工作部门。</p>"
    "<p>一、贯彻执行医疗保险、生育保险、医疗救助等医疗保障制度的法律法规和政策。</p>"
    "<p>二、组织实施医疗保障基金监督管理办法，建立健全医疗保障基金安全防控机制。</p>"
    "<p>三、组织实施医疗保障筹资和待遇政策，完善动态调整和区域调剂平衡机制。</p>"
    "<h3>内设机构</h3><p>办公室、待遇保障和医药服务管理股、基金监管股。</p>"
    "<p>办公地址：渭滨区经二路66号　办公时间：工作日 8:30—12:00，14:30—18:00"
    "　联系电话：0917-3261234</p></div>"
)


def _u17_profile_duties(p: Portal) -> None:
    """领导信息 is a profile (photo, 职务, 分工, 简历; two links to the other leaders' profiles,
    no dates anywhere); 机构职能 is static text. Both are 概况 (category overview): no freshness
    rule, and neither is blank. Nothing."""
    u = p.unit("ybj", "区医疗保障局", "department")
    std(p, u, skip=("overview",))
    base = p.col(u, "领导信息", "overview", "ldxx")
    p.add(base + "index.html", p.column_page(u, "领导信息", LEADER))
    for n, who in ((2, "李红梅 副局长"), (3, "张志强 副局长")):
        profile = f'<div class="leader-profile"><h3>{who}</h3><p>协助局长工作。</p></div>'
        p.add(f"{base}ld_{n}.html", p.column_page(u, "领导信息", profile))
    base = p.col(u, "机构职能", "overview", "jgzn")
    p.add(base + "index.html", p.column_page(u, "机构职能", DUTIES))
    p.maybe("ybj", "meta_missing", "*", "RULES §2: profile pages read as articles carry no PubDate")
    subpage(p, u)


def _u18_letters(p: Portal) -> None:
    """留言选登 (category interact, 30 days): a table 留言标题 | 留言时间 | 回复时间 | 状态. The
    letters were written 40–70 days ago and answered 8–33 days ago; a line is published with
    its answer, so the line's date is its latest, the 回复时间: fresh at 8 (not stale at 40)."""
    u = p.unit("xfj", "区信访局", "department")
    std(p, u)
    base = p.col(u, "留言选登", "interact", "lyxd")
    items = plain(p, base, "留言选登", [8, 12, 25, 33])
    written = [40, 45, 55, 70]
    rows = "".join(
        f"<tr><td class=\"bt\">{a(i)}</td><td>{p.d(w):%Y-%m-%d}</td><td>{ymd(i)}</td>"
        "<td><span class=\"zt ybj\">已办结</span></td></tr>"
        for i, w in zip(items, written, strict=True)
    )
    table = (
        '<table class="hdjl-list" width="100%"><tr><th>留言标题</th><th width="15%">留言时间</th>'
        f'<th width="15%">回复时间</th><th width="10%">状态</th></tr>{rows}</table>'
    )
    p.add(base + "index.html", p.column_page(u, "留言选登", table))
    subpage(p, u)


def _u19_interpretation(p: Portal) -> None:
    """A 政策解读 column (category policy) whose lines pair the document with its 解读:
    `a.wj` 关于印发…的通知 + 【文字解读】 + 【图解】 + the date (100, 150, 250 days; the 解读
    pages carry the same dates). Fresh at 100 (183)."""
    u = p.unit("zjj", "区住房和城乡建设局", "department")
    base = p.col(u, "政策解读", "policy", "zcjd")
    docs = titled(plain(p, base, "政策解读", [100, 150, 250]), [
        "关于印发《渭滨区老旧小区改造实施方案》的通知",
        "关于印发《渭滨区住房租赁市场管理办法》的通知",
        "关于进一步加强建筑施工安全管理的通知",
    ])
    jd = plain(p, base, "政策解读", [100, 150, 250])
    tj = plain(p, base, "政策解读", [100, 150, 250])
    li = "".join(
        f'<li><a class="wj" href="{d.href}" target="_blank">{escape(d.title)}</a>'
        f'<span class="jd"><a href="{j.href}" target="_blank">【文字解读】</a>'
        f'<a href="{t.href}" target="_blank">【图解】</a></span><span class="date">{ymd(d)}</span>'
        "</li>"
        for d, j, t in zip(docs, jd, tj, strict=True)
    )
    p.add(base + "index.html", p.column_page(u, "政策解读", f'<ul class="jd-list">{li}</ul>'))
    std(p, u, skip=("policy",))
    subpage(p, u)


def _results(p: Portal, items: Sequence[Item], total: int) -> str:
    res = "".join(
        f'<div class="result"><h3><a href="{i.href}" target="_blank">'
        f'{escape(i.title).replace("通知", "<em>通知</em>", 1)}</a></h3>'
        f'<p class="abs">{escape(i.title)}。各有关单位：现将有关事项通知如下……</p>'
        f'<p class="info"><span class="url">127.0.0.1{i.href}</span>'
        f'<span class="time">发布时间：{ymd(i)}</span></p></div>'
        for i in items
    )
    pager = '<div class="pager">共3页 <a class="on">1</a> <a href="#">2</a> <a href="#">3</a></div>'
    if not items:
        res, pager = '<div class="no-result">抱歉，没有找到相关结果，请更换检索词。</div>', ""
    return (
        f'<div class="search-tip">共找到 <b>{total}</b> 条结果，用时 0.03 秒</div>'
        f'<div class="result-list">{res}</div>{pager}'
    )


def _u20_search_lists(p: Portal) -> None:
    """Columns served by the platform's 检索 (a `column.jsp?columnid=…` address): 通知公告 says
    共找到 23 条结果 over results whose 发布时间 is 190, 201, 240 days: stale at 190 (23 is no
    date). 政策文件 says 共找到 0 条结果 / 没有找到相关结果: blank (empty)."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    std(p, u, skip=("notice", "policy"))
    tz = "/bm/gxj/search/column.jsp?columnid=1547&pagenum=1"
    p.col(u, "通知公告", "notice", "tzgg", path=tz)
    items = plain(p, "/bm/gxj/tzgg/", "通知公告", [190, 201, 240])
    p.add(tz, p.column_page(u, "通知公告", _results(p, items, 23)))
    stale(p, "gxj", tz, "通知公告", "notice", 190,
          "R3.newest: the results' 发布时间, not the 共找到 count; R3.age 190 > 183")
    zc = "/bm/gxj/search/column.jsp?columnid=1548&pagenum=1"
    p.col(u, "政策文件", "policy", "zcwj", path=zc)
    p.add(zc, p.column_page(u, "政策文件", _results(p, [], 0)))
    p.expect("gxj", "column_empty", zc, "R3.empty: 共找到 0 条结果, 没有找到相关结果",
             column="政策文件", category="policy")
    subpage(p, u)


def _u21_control_dept(p: Portal) -> None:
    """Honest control: a department (TRS lists, all fresh). Nothing."""
    u = p.unit("cgj", "区城市管理局", "department")
    std(p, u)
    subpage(p, u)


def _u22_control_town(p: Portal) -> None:
    """Honest control: a town, all fresh. Nothing."""
    u = p.unit("xz_sg", "石鼓镇人民政府", "town")
    std(p, u, policy=False)
    subpage(p, u)


def _u23_down(p: Portal) -> None:
    """Control: the subpage answers 503 on every try (subpage_unreachable only); 政策文件 answers
    410 (column_unreachable, final); the columns' breadcrumbs link the dead subpage (broken),
    and 通知公告 a 404 search address with a hostile query (broken)."""
    u = p.unit("lyj", "区林业局", "department")
    std(p, u)
    p.answer(u.subpage, b"<html><body>Service Unavailable</body></html>", status=503)
    p.answer("/bm/lyj/zcwj/index.html", b"<html><body>Gone</body></html>", status=410)
    p.expect("lyj", "subpage_unreachable", u.subpage, "R3.unreachable: 5xx after retries")
    p.expect("lyj", "column_unreachable", "/bm/lyj/zcwj/index.html", "R3.unreachable: 410",
             column="政策文件", category="policy")
    p.expect("lyj", "broken_link", u.subpage, "R3.broken: breadcrumb to the 503 subpage")
    bad = f"/bm/lyj/search404.html?q={HOSTILE}"
    before_footer(p, "/bm/lyj/tzgg/index.html", f'<p><a href="{escape(bad)}">站内搜索</a></p>')
    p.expect("lyj", "broken_link", bad, "R3.broken: 404 (the bulletin must escape the query)")


def _u24_missing_injected(p: Portal) -> None:
    """Control: a town whose subpage does not show 通知公告 (category_missing), with gambling
    links in a `display:none` div (injection); its 乡镇动态 is 25 days old (stale)."""
    u = p.unit("xz_gp", "高家镇人民政府", "town")
    p.fresh(u, "乡镇动态", "dynamic", "xzdt", age=25)
    stale(p, "xz_gp", "/zj/xz_gp/xzdt/index.html", "乡镇动态", "dynamic", 25, "R3.age: 25 > 14")
    std(p, u, policy=False, skip=("dynamic",))
    hidden = "".join(
        f'<a href="http://{host}/">{w}</a>' for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    )
    p.add(u.subpage, p.subpage_html(
        u, [(c.name, c.path) for c in u.columns if c.category != "notice"],
        extra=f'<div style="display:none">{hidden}</div>'))
    p.expect("xz_gp", "category_missing", u.subpage, "R3.category: not shown", category="notice")
    p.expect("xz_gp", "content_injection", u.subpage, "R3.injection: display:none links")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_zdgkc_stale,
    _u02_guide_annual,
    _u03_annual_stale,
    _u04_nuxt_ssr,
    _u05_state_iso,
    _u06_state_epoch,
    _u07_ajax_placeholder,
    _u08_static_nodata,
    _u09_jcms_undated,
    _u10_jcms_bt_time,
    _u11_jcms_zero_pinned,
    _u12_cards,
    _u13_timeline,
    _u14_badges,
    _u15_pill_in_link,
    _u16_second_tab,
    _u17_profile_duties,
    _u18_letters,
    _u19_interpretation,
    _u20_search_lists,
    _u21_control_dept,
    _u22_control_town,
    _u23_down,
    _u24_missing_injected,
)
