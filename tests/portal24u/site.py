"""The twenty-first trap portal: OVER-REACH. Honest and failing pages that sit right next to
the reading rules added for portals 24m–24t, and that must NOT be read the new way — one list
in two `ul` halves under a title bar of two entries (栏目名 | 查看全部), real tabs whose names
are not the column's, a 2026年度 heading over month-days published in 2027, a column URL
whose query differs only in letter case from the one configured, a JSON store whose only dated
arrays are a 热门文章 box, an Ajax visit counter inside the main block of a really blank
column, a one-date 活动时间 cell beside a line's 发布时间, a `<time datetime>` of an event in a
summary that says 目前, articles whose prose says 首次发布于2019年… or 成绩发布：…, an info line
whose one date is an event's, a 相关文章 box of `div` lines holding the page's only
date-times, undated lists led by PDFs with dated addresses, five gone newest articles, a hidden
vendor credit beside a commercial host, a carousel slide and a hidden tab linking gambling
sites, gambling prose in a hidden block of a 反赌 article, a drop-down hidden inline that a
hover rule (`!important`) shows — plus honest controls and failing units.

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md
must report (`p.expect`; `p.maybe` for a finding acceptable either way). Ages are literal. The
reference day is `AS_OF`, 2027-10-12, a Tuesday. The server is `tests.portal24k.server`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import Column, Unit
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, config_yaml, stale, std, titled
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS, a, before_footer, lines, ymd
from tests.portal24k.site import Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 10, 12)


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    p.add("/images/jquery.min.js", "/* jQuery */", ctype="text/javascript")
    p.add("/images/jquery.SuperSlide.js", "/* SuperSlide */", ctype="text/javascript")
    p.add("/api/visit/count", '{"count": 20931}', ctype="application/json")
    for name in ("xxqg", "dyw", "ad3"):
        p.add(f"/images/banner_{name}.jpg", "\xff\xd8\xff", ctype="image/jpeg")
    return p


# -- page parts -----------------------------------------------------------------------------


def plain(p: Portal, base: str, name: str, ages: Sequence[int], **kw: object) -> list[Item]:
    return p.items(base, name, ages, style="plain", **kw)  # type: ignore[arg-type]


def when(i: Item) -> date:
    assert i.when is not None
    return i.when


def ul(items: Sequence[Item], cls: str = "list", dated: bool = True) -> str:
    def line(i: Item) -> str:
        return f"<li>{a(i)}<span>{ymd(i)}</span></li>" if dated else f"<li>{a(i)}</li>"

    return f'<ul class="{cls}">' + lines(items, line) + "</ul>"


def article(
    p: Portal,
    title: str,
    column: str,
    *,
    info: str,
    body: str,
    pub: date | None = None,
    side: str = "",
    after: str = "",
) -> str:
    """An article page: title, info line, body; `pub` writes PubDate (None: no PubDate)."""
    extra = {"ArticleTitle": title, "ContentSource": "区政府办公室"}
    if pub is not None:
        extra["PubDate"] = f"{pub:%Y-%m-%d} 09:30"
    main = (
        f'<div class="article"><h1 class="art-title">{escape(title)}</h1>'
        f'<div class="art-info">{info}</div>'
        f'<div class="art-con TRS_Editor">{body}</div>{after}</div>'
    )
    return h.page(
        title=title, head=h.meta(column, column, **extra), today=p.today,
        crumbs=[("首页", "/"), (column, "#")], main=main, side=side,
    )


def subpage(p: Portal, u: Unit, extra: str = "") -> None:
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2; README's check table.
# =========================================================================================


def _u01_two_halves(p: Portal) -> None:
    """工作动态 is ONE list written as two `ul.list` halves side by side (4 | 5 lines: 3, 6, 9,
    12 days, then 16–35 days) under one title bar of two spans, 本局动态 | 查看全部 (the second
    opens page 2 by onclick). Not a tab box: the halves are one list, newest 3 days — fresh.
    Nothing (R3.newest: the maximum of the column's own list)."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    left = plain(p, base, "工作动态", [3, 6, 9, 12])
    right = plain(p, base, "工作动态", [16, 20, 25, 30, 35])
    bar = (
        '<div class="lm-hd"><span class="lm-name cur">本局动态</span>'
        '<span class="lm-more" onclick="window.location.href=\'index_1.html\'">'
        "查看全部</span></div>"
    )
    main = (
        f'<div class="lm-box">{bar}<div class="lm-bd clearfix">'
        f'{ul(left, "list")}{ul(right, "list")}</div></div>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    p.add(base + "index_1.html", p.column_page(u, "工作动态", ul(right)))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


TAB_SCRIPT = (
    "<script>function setTab(n){for(var i=1;i<=2;i++){"
    "document.getElementById('tab_'+i).className=(i==n?'on':'');"
    "document.getElementById('con_'+i).style.display=(i==n?'block':'none');}}</script>"
)


def _u02_tabs_other_names(p: Portal) -> None:
    """通知公告's page is a tab box of the column's own two kinds, 区级公告 | 部门公示 (neither
    is the column's name): the first tab (shown) 200 and 230 days, the second (hidden until
    clicked) 30 and 60 days. Both tabs are the column's own list on its own page, no sidebar:
    newest 30 days, fresh (183). Nothing."""
    u = p.unit("ajj", "区应急管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    first = plain(p, base, "通知公告", [200, 230])
    second = plain(p, base, "通知公告", [30, 60])
    box = (
        '<div class="tab-box"><div class="tab-hd"><ul>'
        '<li id="tab_1" class="on" onclick="setTab(1)">区级公告</li>'
        '<li id="tab_2" onclick="setTab(2)">部门公示</li></ul></div>'
        f'<div class="tab-bd"><div id="con_1" class="tab-con">{ul(first)}</div>'
        f'<div id="con_2" class="tab-con" style="display:none">{ul(second)}</div></div></div>'
        + TAB_SCRIPT
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", box))
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u03_fiscal_year(p: Portal) -> None:
    """政府信息公开年报 (category plan, 365) groups its lines under the work year they report on:
    `h3 2026年度` over 区统计局2026年政府信息公开工作年度报告 [01-20] and 2026年度部门决算 [08-30];
    `h3 2025年度` over the 2025 reports [01-22], [08-28]. A 2026 report is published in 2027
    (R3.newest: a month-day takes as_of's year; the 年度 heading names what the report covers,
    and 2026-01-20 would date the 2026 annual report before its year had begun). Newest
    2027-08-30 (43 days): fresh. Nothing."""
    u = p.unit("tjj", "区统计局", "department")
    std(p, u)
    base = p.col(u, "政府信息公开年报", "plan", "ndbg")
    new = titled(plain(p, base, "年报", [265, 43]),
                 ["区统计局2026年政府信息公开工作年度报告", "区统计局2026年度部门决算公开"])
    old = titled(plain(p, base, "年报", [628, 410]),
                 ["区统计局2025年政府信息公开工作年度报告", "区统计局2025年度部门决算公开"])

    def md(items: Sequence[Item]) -> str:
        return "<ul class=\"list\">" + "".join(
            f"<li>{a(i)}<span>[{when(i):%m-%d}]</span></li>" for i in items) + "</ul>"

    main = f"<h3>2026年度</h3>{md(new)}<h3>2025年度</h3>{md(old)}"
    p.add(base + "index.html", p.column_page(u, "政府信息公开年报", main))
    subpage(p, u)


def _u04_case_query(p: Portal) -> None:
    """A Java CMS (case-sensitive ids): 通知公告 is configured `list.jsp?cid=Qa7T`; the subpage
    does not link it — it links `list.jsp?cid=qA7t`, another column (财政资金直达, its own
    page and lines), and shows no link named 通知公告. The server answers the two URLs with two
    different pages. R3.category: the subpage does not link the configured column nor show
    its name: category_missing (notice)."""
    u = p.unit("czj", "区财政局", "department")
    std(p, u, skip=("notice",))
    items = plain(p, "/bm/czj/tzgg/", "通知公告", [20, 45, 80])
    u.columns.append(Column("通知公告", "notice", "/bm/czj/list.jsp?cid=Qa7T"))
    p.add("/bm/czj/list.jsp?cid=Qa7T", p.column_page(u, "通知公告", ul(items)))
    other = plain(p, "/bm/czj/zjzd/", "财政资金直达", [5, 12])
    p.add("/bm/czj/list.jsp?cid=qA7t", p.column_page(u, "财政资金直达", ul(other)))
    menu = [(c.name, c.path) for c in u.columns if c.category != "notice"]
    menu.append(("财政资金直达", "/bm/czj/list.jsp?cid=qA7t"))
    p.add(u.subpage, p.subpage_html(u, menu))
    p.expect("czj", "category_missing", u.subpage,
             "R3.category: list.jsp?cid=qA7t is another page than the configured cid=Qa7T",
             category="notice")


def _state_page(p: Portal, u: Unit, name: str, items: Sequence[Item], state: object) -> str:
    """A Vue page: the column's list server-rendered without dates, a 热门文章 box the
    client fills from the store (`ul#rmwz`, empty in the HTML), the store before `</body>`."""
    side = '<div class="right-box"><h3>热门文章</h3><ul id="rmwz"></ul></div>'
    script = (
        f"<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script>"
    )
    main = ul(items, "news-list", dated=False)
    page = p.column_page(u, name, main, side=side)
    return page.replace("</body>", script + "</body>")


def _state_records(items: Sequence[Item]) -> list[dict[str, object]]:
    return [
        {"id": k + 1, "title": i.title, "url": i.href, "publishTime": f"{when(i)} 10:00:00"}
        for k, i in enumerate(items)
    ]


def _u05_state_hot_only(p: Portal) -> None:
    """工作动态: the HTML list shows titles only (articles 30, 35, 41 days: 发布时间 and PubDate);
    the page's JSON store holds only the sidebar's 热门文章 (`layout.rightBox.rmwz`, 1–3 days,
    the portal's newest news). R3.newest: not a hot box — stale at 30 (from the articles)."""
    u = p.unit("wjw", "区卫生健康局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [30, 35, 41])
    hot = plain(p, "/xwzx/", "要闻", [1, 2, 3, 3])
    state = {"layout": {"rightBox": {"title": "热门文章", "rmwz": _state_records(hot)}},
             "column": {"name": "工作动态", "total": 38}}
    p.add(base + "index.html", _state_page(p, u, "工作动态", items, state))
    stale(p, "wjw", base + "index.html", "工作动态", "dynamic", 30,
          "R3.newest: the column's list (dated by its articles), not the store's 热门文章; 30 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u06_state_hot_named(p: Portal) -> None:
    """通知公告: as _u05, the store's only dated arrays are `hotList` and `recommendList` (2–5
    days); the HTML list is titles only, articles 200, 210, 240 days. Stale at 200 (183)."""
    u = p.unit("jyj", "区教育局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [200, 210, 240])
    hot = plain(p, "/xwzx/", "要闻", [2, 4])
    rec = plain(p, "/xwzx/", "推荐", [3, 5])
    state = {"sidebar": {"hotList": _state_records(hot), "recommendList": _state_records(rec)},
             "column": {"name": "通知公告"}}
    p.add(base + "index.html", _state_page(p, u, "通知公告", items, state))
    stale(p, "jyj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: the column's list (its articles), not 热点/推荐 arrays; 200 > 183")
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u07_counter_in_main(p: Portal) -> None:
    """通知公告 is really blank: a static `<li class="nodata">暂无信息</li>`, no list script;
    an inline script fetches the column's visit count and writes it into `.main-r .lm-visit`
    (the main block's corner). R3.empty: column_empty."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    main = (
        '<div class="lm-visit"></div><ul class="list"><li class="nodata">暂无信息</li></ul>'
        '<script src="/images/jquery.min.js"></script>'
        "<script>$.get('/api/visit/count?cid=12', function(d){"
        "$('.main-r .lm-visit').html('本栏目访问量：' + d.count);});</script>"
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    p.expect("scj", "column_empty", base + "index.html",
             "R3.empty: 暂无信息; the script fills a counter, not the list",
             column="通知公告", category="notice")
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u08_event_cell(p: Portal) -> None:
    """工作动态 of a 活动预告 page: each line is title, a cell `活动时间：2027-10-08` (4, 8, 12
    days ago) and an info line `来源：区文化馆　发布时间：2027-09-20` (22, 26, 30 days). README: a
    line's date is the one it labels as published. Stale at 22."""
    u = p.unit("whj", "区文化和旅游局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [22, 26, 30])
    events = [p.d(4), p.d(8), p.d(12)]
    li = "".join(
        f'<li>{a(i)}<span class="hd-time">活动时间：{e:%Y-%m-%d}</span>'
        f'<p class="info">来源：区文化馆　发布时间：{ymd(i)}</p></li>'
        for i, e in zip(items, events, strict=True)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="hd-list">{li}</ul>'))
    stale(p, "whj", base + "index.html", "工作动态", "dynamic", 22,
          "README: the line's 发布时间 over an 活动时间 cell; R3.age 22 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u09_event_stamp(p: Portal) -> None:
    """工作动态 lines `[09-20]` (22, 27, 33 days) with a summary naming the event's time in a
    `<time datetime="2027-10-10T09:00">本周日上午</time>` and saying 目前报名工作已启动. The
    line's date is its month-day; the `<time>` is the event's. Stale at 22."""
    u = p.unit("tyj", "区体育运动中心", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [22, 27, 33])
    events = [p.d(2), p.d(5), p.d(9)]
    li = "".join(
        f'<li>{a(i)}<span class="date">[{when(i):%m-%d}]</span><p class="zy">全民健身比赛定于'
        f'<time datetime="{e:%Y-%m-%d}T09:00">本周日上午</time>在区体育馆举行，'
        "目前报名工作已启动，请参赛队伍提前10分钟检录。</p></li>"
        for i, e in zip(items, events, strict=True)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>'))
    stale(p, "tyj", base + "index.html", "工作动态", "dynamic", 22,
          "R3.newest: the line's own [09-20], not an event's <time>; R3.age 22 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u10_first_released(p: Portal) -> None:
    """工作动态 lists titles only; each article (3, 8, 12 days) says `日期：2027-10-09　来源：…`
    with PubDate, and its prose says the platform was 首次发布于2019年5月20日. A past release
    in the text is no publication label (RULES: never a date in its text). Fresh. Nothing."""
    u = p.unit("xzj", "区行政审批服务局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    rows = []
    for k, age in enumerate([3, 8, 12]):
        d = p.d(age)
        title = f"“秦务员”平台上线新功能 企业开办再提速（{k + 1}）"
        href = f"{base}content_{9100 + k}.html"
        body = (
            "<p>近日，区行政审批服务局依托“秦务员”一体化政务服务平台推出企业开办“一网通办”新功能。"
            "该平台首次发布于2019年5月20日，目前已覆盖全区各镇街便民服务中心。</p>"
            "<p>下一步，区行政审批服务局将持续优化服务流程，提升群众办事满意度。</p>"
        )
        info = f"日期：{d:%Y-%m-%d}　来源：区行政审批服务局"
        p.add(href, article(p, title, "工作动态", info=info, body=body, pub=d))
        rows.append(Item(title, href, None))
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(rows, dated=False)))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u11_results_released(p: Portal) -> None:
    """通知公告 lists titles only; each 招聘 notice (215, 240, 262 days: `时间：` on its info
    line and PubDate) names its schedule in the text: 「五、成绩发布：2027年10月11日在本网站公布」.
    A schedule item is no publication date (RULES: never a date in its text). Stale at 215."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    rows = []
    for k, age in enumerate([215, 240, 262]):
        d = p.d(age)
        title = f"区2027年公开招聘社区专职工作人员公告（{k + 1}）"
        href = f"{base}content_{9200 + k}.html"
        body = (
            "<p>根据工作需要，经研究决定面向社会公开招聘社区专职工作人员，现将有关事项公告如下。</p>"
            "<p>一、报名时间：2027年3月20日至3月30日</p><p>二、资格审查：报名结束后5个工作日内</p>"
            "<p>三、笔试：另行通知</p><p>四、面试：笔试结束后安排</p>"
            "<p>五、成绩发布：2027年10月11日在本网站公布</p>"
        )
        p.add(href, article(p, title, "通知公告", info=f"时间：{d:%Y-%m-%d}　来源：区人社局",
                            body=body, pub=d))
        rows.append(Item(title, href, None))
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(rows, dated=False)))
    stale(p, "rsj", base + "index.html", "通知公告", "notice", 215,
          "R3.newest: the notices' own date, not 成绩发布 in their text; R3.age 215 > 183")
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u12_event_info_line(p: Portal) -> None:
    """工作动态 lists titles only; the articles live at Hanweb `/art/2027/8/20/` addresses (53,
    60, 70 days) and show no publication date: their info line is `来源：区文化馆　活动时间：
    2027-10-05　浏览次数：56` (the event, 7–20 days ago), no PubDate. The page states no
    publication date; the address does (RULES: then the date in its address). Stale at 53;
    meta_missing (no PubDate) is a warning either way."""
    u = p.unit("wlj", "区文物局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    rows = []
    for k, (age, ev) in enumerate([(53, 7), (60, 12), (70, 20)]):
        d = p.d(age)
        title = f"区文物局举办“文物里的宝鸡”主题展览（{k + 1}）"
        href = f"/art/{d.year}/{d.month}/{d.day}/art_{3100 + k}_{4100 + k}.html"
        info = (f"<span>来源：区文化馆</span>　<span>活动时间：{p.d(ev):%Y-%m-%d}</span>　"
                "<span>浏览次数：56</span>")
        body = "<p>展览展出馆藏文物120余件，免费向公众开放。</p>"
        p.add(href, article(p, title, "工作动态", info=info, body=body))
        rows.append(Item(title, href, None))
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(rows, dated=False)))
    stale(p, "wlj", base + "index.html", "工作动态", "dynamic", 53,
          "R3.newest: the address's date; an 活动时间 on the info line is the event's; 53 > 14")
    p.maybe("wlj", "meta_missing", "*", "RULES §2: articles without PubDate (a warning)")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u13_related_divs(p: Portal) -> None:
    """工作动态 lists titles only; articles at TRS `./202709/t20270922_…` addresses (20, 27, 35
    days) show no date of their own (no label, no PubDate); beside the text a 相关文章 box of
    `div.xg-item > a + span 2027-10-10 09:30` lines (1–3 days). README: never a date in a
    相关文章 box; the address dates them. Stale at 20; meta_missing either way."""
    u = p.unit("zrj", "区自然资源局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    rows = []
    for k, age in enumerate([20, 27, 35]):
        d = p.d(age)
        title = f"区自然资源局开展耕地保护专项检查（{k + 1}）"
        href = f"{base}{d:%Y%m}/t{d:%Y%m%d}_{7300 + k}.html"
        related = "".join(
            f'<div class="xg-item"><a href="{base}{p.d(r):%Y%m}/t{p.d(r):%Y%m%d}_{7400 + r}.html">'
            f"区自然资源局召开专题会议（{r}）</a><span>{p.d(r):%Y-%m-%d} 09:30</span></div>"
            for r in (1, 2, 3)
        )
        after = f'<div class="xgwz"><h3>相关文章</h3>{related}</div>'
        p.add(href, article(p, title, "工作动态", info="来源：区自然资源局　【打印】",
                            body="<p>检查组深入各镇街实地核查。</p>", after=after))
        rows.append(Item(title, href, None))
    for r in (1, 2, 3):
        p.add(f"{base}{p.d(r):%Y%m}/t{p.d(r):%Y%m%d}_{7400 + r}.html",
              h.detail(title=f"区自然资源局召开专题会议（{r}）", today=p.today, column="要闻",
                       published=p.d(r)))
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(rows, dated=False)))
    stale(p, "zrj", base + "index.html", "工作动态", "dynamic", 20,
          "README: never a date in a 相关文章 box; the address dates the article; 20 > 14")
    p.maybe("zrj", "meta_missing", "*", "RULES §2: articles without PubDate (a warning)")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u14_documents_first(p: Portal) -> None:
    """政策文件 lists titles only; its first two lines are PDFs uploaded 2027-10-08 and
    2027-09-28 (their addresses `/202710/08/P0…pdf` say so, served as PDFs), then HTML articles
    200, 220 and 250 days old. The column published documents 4 days ago: fresh (183);
    `extraction_failed` is acceptable (no article gave a date that recent). No fail."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    docs = []
    for k, age in enumerate([4, 14]):
        d = p.d(age)
        href = f"{base}{d:%Y%m}/{d:%d}/P0{d:%Y%m%d}5123{k}.pdf"
        p.add(href, "%PDF-1.4\n%\xe2\xe3\n", ctype="application/pdf")
        title = f"区发展和改革委员会关于印发《2027年第{k + 3}批重点项目计划》的通知（PDF）"
        docs.append(Item(title, href, None))
    items = plain(p, base, "政策文件", [200, 220, 250])
    p.add(base + "index.html",
          p.column_page(u, "政策文件", ul([*docs, *items], dated=False)))
    p.maybe("fgw", "extraction_failed", base + "index.html",
            "R3.extraction: the newest lines are documents (dates only in their addresses)")
    std(p, u, skip=("policy",))
    subpage(p, u)


def _u15_five_gone(p: Portal) -> None:
    """工作动态 lists titles only, newest first; its five newest articles are gone (404: broken
    links on the column's first page), the sixth to eighth say 发布时间 9, 15 and 22 days, the
    last line (the oldest) 300 days. README: a line that gives no date is replaced by the
    next; the newest article that can be read is 9 days old: not stale. broken_link ×5."""
    u = p.unit("ybj", "区医疗保障局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    topic = "区医疗保障局开展医保基金监管集中宣传月活动"
    gone = [Item(f"{topic}（{k}）", f"{base}content_{9300 + k}.html", None) for k in range(5)]
    live = plain(p, base, "工作动态", [9, 15, 22, 40, 300])
    p.add(base + "index.html",
          p.column_page(u, "工作动态", ul([*gone, *live], dated=False)))
    for g in gone:
        p.expect("ybj", "broken_link", g.href, "R3.broken: a 404 article on the column's page")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u16_credit_commercial(p: Portal) -> None:
    """The subpage's hidden footer credit: `Produced By 大汉网络` (hanweb.com, the CMS vendor)
    and, in the same `display:none` box, 技术支持：鑫宇网络 → www.xinyu-seo.com, a commercial
    SEO host that is no vendor of the portal. R3.injection: a hidden link to another site."""
    u = p.unit("kjj", "区科学技术局", "department")
    std(p, u)
    credit = (
        '<div class="credit" style="display:none">Produced By <a href="http://www.hanweb.com/">'
        '大汉网络</a> 技术支持：<a href="http://www.xinyu-seo.com/">鑫宇网络</a></div>'
    )
    subpage(p, u, credit)
    p.expect("kjj", "content_injection", u.subpage,
             "R3.injection: a hidden link to a commercial non-vendor host")


def _u17_carousel_gambling(p: Portal) -> None:
    """The subpage's SuperSlide banner: slide 1 (shown) 学习强国, slide 2 (hidden in turn)
    共产党员网, slide 3 (hidden in turn) an image link to a gambling host with
    alt 澳门新葡京. A slide is no concealment, but a gambling ad in the banner is injected
    content, shown or not (R3.injection; RULES §2 grave problems)."""
    u = p.unit("tyjrj", "区退役军人事务局", "department")
    std(p, u)
    slides = (
        '<div class="slideBox" id="banner"><div class="bd"><ul>'
        '<li><a href="https://www.xuexi.cn/">'
        '<img src="/images/banner_xxqg.jpg" alt="学习强国"></a></li>'
        '<li style="display:none"><a href="http://www.12371.cn/">'
        '<img src="/images/banner_dyw.jpg" alt="共产党员网"></a></li>'
        f'<li style="display:none"><a href="http://{GAMBLING[2]}/">'
        '<img src="/images/banner_ad3.jpg" alt="澳门新葡京"></a></li>'
        '</ul></div><div class="hd"><ul><li class="on">1</li><li>2</li><li>3</li></ul></div></div>'
        '<script src="/images/jquery.SuperSlide.js"></script>'
        '<script>jQuery("#banner").slide({mainCell:".bd ul",effect:"fold",autoPlay:true});</script>'
    )
    subpage(p, u, slides)
    p.expect("tyjrj", "content_injection", u.subpage,
             "R3.injection: a banner slide linking a gambling site (alt 澳门新葡京)")


def _u18_tab_spam(p: Portal) -> None:
    """The subpage's 办事指南 | 便民服务 tab box (onclick tabs): the hidden 便民服务 panel holds
    the unit's own guide and two links to gambling hosts named 皇冠体育投注 and 太阳城娱乐.
    R3.injection: spam links, a tab's turn or not."""
    u = p.unit("sws", "区税务局", "department")
    std(p, u)
    tabs = (
        '<div class="tab-box"><div class="tab-hd"><ul>'
        '<li id="tab_1" class="on" onclick="setTab(1)">办事指南</li>'
        '<li id="tab_2" onclick="setTab(2)">便民服务</li></ul></div><div class="tab-bd">'
        '<div id="con_1" class="tab-con"><ul><li><a href="/bm/sws/jggk/index.html">办税指南</a>'
        '</li><li><a href="/bm/sws/jggk/index.html">纳税服务热线</a></li></ul></div>'
        '<div id="con_2" class="tab-con" style="display:none"><ul>'
        '<li><a href="/bm/sws/jggk/index.html">代开发票办理</a></li>'
        f'<li><a href="http://{GAMBLING[0]}/">{SPAM_WORDS[2]}</a></li>'
        f'<li><a href="http://{GAMBLING[1]}/">{SPAM_WORDS[1]}</a></li></ul></div></div></div>'
        + TAB_SCRIPT
    )
    subpage(p, u, tabs)
    p.expect("sws", "content_injection", u.subpage,
             "R3.injection: gambling links in a hidden tab panel")


def _u19_hidden_prose(p: Portal) -> None:
    """工作动态's newest article is titled 区公安分局开展“反赌反诈”进社区宣传活动 (a report on
    the campaign: its sentences are excused). A `display:none` block at its end holds gambling
    advertising prose (澳门新葡京…百家乐、时时彩…注册即送彩金), no link. RULES: hidden blocks are
    never excused — content_injection on the article."""
    u = p.unit("gaj", "区公安分局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [2, 6, 13])
    items = titled(items, ["区公安分局开展“反赌反诈”进社区宣传活动",
                           "区公安分局召开冬季治安工作部署会", "区公安分局开展校园周边安全检查"])
    title = items[0].title
    body = (
        "<p>10月9日，区公安分局在各社区开展“反赌反诈”宣传活动，民警向群众讲解网络赌博的危害，"
        "提醒群众不要参与百家乐、时时彩等网络赌博。</p>"
    )
    hidden = (
        '<div style="display:none"><p>澳门新葡京是亚洲最具人气的线上娱乐平台，'
        "玩家在这里可以体验百家乐、时时彩、真人视讯等游戏，注册即送38元彩金，24小时极速出款。</p></div>"
    )
    info = f"发布时间：{ymd(items[0])} 10:00　来源：区公安分局"
    p.add(items[0].href, article(p, title, "工作动态", info=info, body=body,
                                 pub=when(items[0]), after=hidden))
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items)))
    p.expect("gaj", "content_injection", items[0].href,
             "R3.injection: gambling prose in a hidden block (never excused)")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u20_hover_important(p: Portal) -> None:
    """The subpage's menu: 信息公开 with a drop-down `div.sub style="display:none"` that the
    page's rule `.nav-li:hover .sub{display:block !important}` shows on hover; in it
    通知公告 → the 信息公开 platform's page for the unit (not the configured URL, a live copy
    of the list). The other categories are linked plainly. A reader hovering sees 通知公告:
    shown. Nothing."""
    u = p.unit("jtj", "区交通运输局", "department")
    std(p, u)
    notice = next(c for c in u.columns if c.category == "notice")
    platform = "/xxgk/list.jsp?unit=jtj&cat=tzgg"
    p.add(platform, p.routes[notice.path].body.decode("utf-8"))
    menu = "".join(f'<li><a href="{c.path}">{c.name}</a></li>'
                   for c in u.columns if c.category != "notice")
    nav = (
        "<style>.nav-li .sub{position:absolute}.nav-li:hover .sub{display:block !important}</style>"
        f'<ul class="sub-nav">{menu}<li class="nav-li"><a href="javascript:;">信息公开</a>'
        f'<div class="sub" style="display:none"><a href="{escape(platform)}">通知公告</a>'
        '<a href="/xxgk/index.html">信息公开指南</a></div></li></ul>'
    )
    p.add("/xxgk/index.html", h.page(title="信息公开", head=h.meta("信息公开", "信息公开"),
                                      today=p.today, crumbs=[("首页", "/")],
                                      main="<p>政府信息公开指南</p>"))
    p.add(u.subpage, p.subpage_html(u, [], extra=nav))


def _u21_control_dept(p: Portal) -> None:
    """Honest control: a department. Nothing."""
    u = p.unit("hbj", "区生态环境局", "department")
    std(p, u)
    subpage(p, u)


def _u22_control_town(p: Portal) -> None:
    """Honest control: a town, all fresh. Nothing."""
    u = p.unit("xz_sg", "石鼓镇人民政府", "town")
    std(p, u, policy=False)
    subpage(p, u)


def _u23_stale_empty(p: Portal) -> None:
    """Control: 工作动态 30 days old (stale), 通知公告 says 暂无信息 (empty)."""
    u = p.unit("nyj", "区农业农村局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=30)
    stale(p, "nyj", "/bm/nyj/gzdt/index.html", "工作动态", "dynamic", 30, "R3.age: 30 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(base + "index.html",
          p.column_page(u, "通知公告", '<ul class="list"><li class="nodata">暂无信息</li></ul>'))
    p.expect("nyj", "column_empty", base + "index.html", "R3.empty: 暂无信息",
             column="通知公告", category="notice")
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u24_down(p: Portal) -> None:
    """Control: the subpage answers 404 (subpage_unreachable only); 政策文件 answers 404
    (column_unreachable); the columns' breadcrumbs link to the dead subpage, and 通知公告 to a
    404 search URL with a hostile query (both broken)."""
    u = p.unit("lyj", "区林业局", "department")
    std(p, u)
    del p.routes["/bm/lyj/zcwj/index.html"]
    p.expect("lyj", "subpage_unreachable", u.subpage, "R3.unreachable: 404 is final")
    p.expect("lyj", "column_unreachable", "/bm/lyj/zcwj/index.html", "R3.unreachable: 404",
             column="政策文件", category="policy")
    p.expect("lyj", "broken_link", u.subpage, "R3.broken: breadcrumb to the 404 subpage")
    bad = f"/bm/lyj/search404.html?q={HOSTILE}"
    before_footer(p, "/bm/lyj/tzgg/index.html", f'<p><a href="{escape(bad)}">站内搜索</a></p>')
    p.expect("lyj", "broken_link", bad, "R3.broken: 404 (the bulletin must escape the query)")


def _u25_missing_injected(p: Portal) -> None:
    """Control: a town whose subpage does not show 通知公告 (category_missing) and carries
    gambling links in a `display:none` div (injection)."""
    u = p.unit("xz_gp", "高家镇人民政府", "town")
    std(p, u, policy=False)
    hidden = "".join(
        f'<a href="http://{host}/">{w}</a>' for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    )
    p.add(u.subpage, p.subpage_html(
        u, [(c.name, c.path) for c in u.columns if c.category != "notice"],
        extra=f'<div style="display:none">{hidden}</div>'))
    p.expect("xz_gp", "category_missing", u.subpage, "R3.category: not shown", category="notice")
    p.expect("xz_gp", "content_injection", u.subpage, "R3.injection: display:none links")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_two_halves,
    _u02_tabs_other_names,
    _u03_fiscal_year,
    _u04_case_query,
    _u05_state_hot_only,
    _u06_state_hot_named,
    _u07_counter_in_main,
    _u08_event_cell,
    _u09_event_stamp,
    _u10_first_released,
    _u11_results_released,
    _u12_event_info_line,
    _u13_related_divs,
    _u14_documents_first,
    _u15_five_gone,
    _u16_credit_commercial,
    _u17_carousel_gambling,
    _u18_tab_spam,
    _u19_hidden_prose,
    _u20_hover_important,
    _u21_control_dept,
    _u22_control_town,
    _u23_stale_empty,
    _u24_down,
    _u25_missing_injected,
)
