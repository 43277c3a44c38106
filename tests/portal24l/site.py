"""The twelfth trap portal: honest pages of real government CMSs that the heuristics of
portals 24h–24k could read wrongly — a 专题 title ending in a date set as a heading over a
column's lines, a 2026年 heading over lines dated 2027, a 发布时间 label with a typo year, date
cells hidden on desktop beside a visible copy, a bracketed event day inside a link's text,
下载/解读 links alone on their lines, a 更新时间 line inside a short list, a menu printed by
`document.write`, a 日期 | 标题 table, a `<dl>` whose date `<dd>` precedes its title, JSON dates
with a `+08:00` offset, a 网上办事 column that is a login page, a cookie check that redirects to
another URL, a frameset subpage with a 404 统计 frame, a frame showing the portal's home page —
plus honest controls and failing units.

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md
must report (`p.expect`; `p.maybe` for a finding acceptable either way). Ages are literal.
The reference day is `AS_OF`, 2027-06-15, a Tuesday. The server is `tests.portal24k.server`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, config_yaml, stale, std, titled
from tests.portal24g.site import (
    GAMBLING,
    HOSTILE,
    SPAM_WORDS,
    a,
    before_footer,
    frameset,
    lines,
    ymd,
)
from tests.portal24k.site import Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 6, 15)


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
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


def _u01_topic_heading(p: Portal) -> None:
    """工作动态 lines (20, 24, 30 days, each with its own date) sit under a heading that is a
    专题 title ending in a date (「安全生产月」专题 2027-06-14): the heading is no line. Stale
    at 20."""
    u = p.unit("ajj", "区应急管理局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [20, 24, 30])
    main = f'<div class="zt-head"><h3>“安全生产月”专题 {p.d(1):%Y-%m-%d}</h3></div>{ul(items)}'
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    stale(p, "ajj", base + "index.html", "工作动态", "dynamic", 20,
          "R3.newest: the lines' own dates, not a 专题 title's date; R3.age 20 > 14")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u02_year_heading(p: Portal) -> None:
    """通知公告 grouped under a 2026年 heading (the work year), lines dated 2027-01-20 and later
    in full (146 days is the newest): fresh (183)."""
    u = p.unit("tjj", "区统计局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [146, 150, 160])
    p.add(base + "index.html", p.column_page(u, "通知公告", f"<h3>2026年</h3>{ul(items)}"))
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u03_future_label(p: Portal) -> None:
    """工作动态: the first line's 发布时间 has a typo year (2072-06-13); the others are 5 and 12
    days old: fresh (the typo is ignored, the rest still dates the list)."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [2, 5, 12])
    shown = ["2072-06-13", ymd(items[1]), ymd(items[2])]
    li = "".join(
        f"<li>{a(i)}<span>发布时间：{s}</span></li>" for i, s in zip(items, shown, strict=True)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>'))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u04_hidden_cells(p: Portal) -> None:
    """工作动态: each line has a date span hidden on desktop (`.hidden-pc`, display:none) and
    the same date in a visible span: 3 days, fresh."""
    u = p.unit("jyj", "区教育局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [3, 8, 15])
    li = "".join(
        f'<li><span class="date-m hidden-pc">{ymd(i)}</span>{a(i)}'
        f'<span class="date">{ymd(i)}</span></li>'
        for i in items
    )
    style = "<style>.hidden-pc{display:none}</style>\n"
    p.add(base + "index.html",
          p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>', extra_head=style))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u05_event_in_link(p: Portal) -> None:
    """工作动态 link texts end with a bracketed meeting day (关于召开2027年[6月14日]…), the
    lines' dates after the links are 20, 26, 33 days: stale at 20."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [20, 26, 33])
    items = titled(items, [
        f"关于召开2027年全区项目建设推进会议的通知[{p.d(1).month}月{p.d(1).day}日]",
        f"关于召开2027年[{p.d(3).month}月{p.d(3).day}日]重点项目调度会议的通知",
        "关于召开2027年一季度经济运行分析会的通知",
    ])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items)))
    stale(p, "fgw", base + "index.html", "工作动态", "dynamic", 20,
          "R3.newest: the line's date, not a meeting day in the title; R3.age 20 > 14")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u06_download_lines(p: Portal) -> None:
    """政策文件: each dated line (60, 90, 130 days) is followed by a line holding only a 解读
    link (an old 400-day interpretation page) or a 下载 link (a live .doc): fresh at 60."""
    u = p.unit("czj", "区财政局", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = plain(p, base, "政策文件", [60, 90, 130])
    jd = plain(p, base, "政策解读", [400])[0]
    p.add("/bm/czj/files/2027zc.doc", "DOC", ctype="application/msword")
    li = "".join(
        f"<li>{a(i)}<span>{ymd(i)}</span></li>"
        + (f'<li class="jd"><a href="{jd.href}">解读</a></li>' if n == 0 else
           '<li class="xz"><a href="/bm/czj/files/2027zc.doc">下载</a></li>')
        for n, i in enumerate(items)
    )
    p.add(base + "index.html", p.column_page(u, "政策文件", f'<ul class="list">{li}</ul>'))
    std(p, u, skip=("policy",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u07_updated_footer(p: Portal) -> None:
    """通知公告: two lines 200 and 230 days old, then inside the list's own area a line
    更新时间：today (the CMS prints it under every list): stale at 200 (183)."""
    u = p.unit("slj", "区水利局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [200, 230])
    main = f'{ul(items)}<p class="list-upd">更新时间：{p.today:%Y-%m-%d}</p>'
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    stale(p, "slj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: 更新时间 of the page is no item; R3.age 200 > 183")
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u08_docwrite_menu(p: Portal) -> None:
    """The subpage's column menu is printed by `document.write` (a browser shows it): all
    categories shown. Nothing."""
    u = p.unit("wjw", "区卫生健康局", "department")
    std(p, u)
    parts = "".join(
        f"document.write('<li><a href=\"{c.path}\">{c.name}</a></li>');\n" for c in u.columns
    )
    js = f'<div class="js-menu"><ul><script type="text/javascript">\n{parts}</script></ul></div>'
    p.add(u.subpage, p.subpage_html(u, [], extra=js))


def _u09_date_first_table(p: Portal) -> None:
    """工作动态 is a table 日期 | 标题, the date in the first column (2, 6, 11 days): fresh."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [2, 6, 11])
    rows = "".join(f"<tr><td>{ymd(i)}</td><td>{a(i)}</td></tr>" for i in items)
    table = f'<table class="list"><tr><th>日期</th><th>标题</th></tr>{rows}</table>'
    p.add(base + "index.html", p.column_page(u, "工作动态", table))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u10_dl_date_first(p: Portal) -> None:
    """通知公告 is a `<dl>` whose date `<dd>` comes before each `<dt>` title (so each later dd
    is the next item's date): 40, 80, 120 days: fresh."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [40, 80, 120])
    body = "".join(f'<dd class="rq">{ymd(i)}</dd><dt>{a(i)}</dt>' for i in items)
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<dl class="list">{body}</dl>'))
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u11_json_offset(p: Portal) -> None:
    """工作动态 in JSON records dated `2027-06-01T07:30:00+08:00` (14 days in the portal's
    zone; the day before in UTC) and older: fresh (exactly 14)."""
    u = p.unit("ybj", "区医疗保障局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [14, 20, 27])
    data = [{"title": i.title, "url": i.href, "pubDate": f"{ymd(i)}T07:30:00+08:00"}
            for i in items]
    main = (
        '<ul id="docList"></ul><script type="text/javascript">\n'
        f"var docListData = {json.dumps(data, ensure_ascii=False)};\n"
        "for (var i = 0; i < docListData.length; i++) { var o = docListData[i];\n"
        "document.getElementById('docList').innerHTML += '<li><a href=\"' + o.url + '\">' "
        "+ o.title + '</a><span>' + o.pubDate.substring(0, 10) + '</span></li>'; }\n</script>"
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u12_login_column(p: Portal) -> None:
    """A 网上办事 column (category plan) whose page is the portal's login form (the service
    needs an account): reachable; it lists nothing (empty, or a date it cannot read, is
    acceptable) but is never unreachable."""
    u = p.unit("xzsp", "区行政审批服务局", "department")
    std(p, u)
    base = p.col(u, "网上办事", "plan", "wsbs")
    form = (
        '<div class="login"><h3>用户登录</h3><form action="/ucenter/login.do" method="post">'
        '<p>用户名：<input name="u" /></p><p>密　码：<input type="password" name="pw" /></p>'
        '<button type="submit">登录</button></form><p>办理网上事项请先登录。</p></div>'
    )
    p.add(base + "index.html", p.column_page(u, "网上办事", form))
    p.maybe("xzsp", "column_empty", base + "index.html", "R3.empty: a login form lists nothing",
            column="网上办事", category="plan")
    p.maybe("xzsp", "extraction_failed", base + "index.html", "R3.extraction: nothing to date",
            column="网上办事", category="plan")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u13_cookie_elsewhere(p: Portal) -> None:
    """The subpage answers 302 to `index.jsp` with a `Set-Cookie`; `index.jsp` is a cookie check
    that lets the cookie through: a browser gets the subpage. Nothing."""
    u = p.unit("whj", "区文化和旅游局", "department")
    std(p, u)
    p.add("/bm/whj/index.jsp", p.subpage_html(u, p.menu(u)))
    p.answer(u.subpage, b"", status=302, location="/bm/whj/index.jsp",
             headers=(("Set-Cookie", "JSESSIONID=ab12cd34; Path=/"),))
    p.cookie_gates["/bm/whj/index.jsp"] = ("JSESSIONID", "ab12cd34")


def _u14_counter_frame(p: Portal) -> None:
    """A frameset subpage: a menu frame, a content frame and a 1-row same-site 统计 counter
    frame that answers 404. The categories are shown. A 404 frame is acceptable as a broken
    link."""
    u = p.unit("jtj", "区交通运输局", "department")
    std(p, u)
    p.add("/bm/jtj/menu.html", p.subpage_html(u, p.menu(u)))
    p.add("/bm/jtj/main.html", h.page(title=u.name, head=h.meta(u.name, "子站首页"),
                                      today=p.today, crumbs=[("首页", "/")],
                                      main="<p>欢迎访问</p>"))
    fs = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{u.name}</title>{h.meta(u.name, '子站首页')}</head>"
        '<frameset rows="*,0" frameborder="no" border="0">'
        '<frameset cols="200,*"><frame src="menu.html" name="leftFrame">'
        '<frame src="main.html" name="mainFrame"></frameset>'
        '<frame src="/tongji/count.jsp" name="countFrame" scrolling="no"></frameset>'
        "<noframes><body>您的浏览器不支持框架。</body></noframes></html>"
    )
    p.add(u.subpage, fs)
    p.maybe("jtj", "broken_link", "/tongji/count.jsp", "R3.broken: a frame's target 404")


def _u15_home_frame(p: Portal) -> None:
    """A frameset subpage whose top frame is the portal's home page (the site header) and
    whose main frame is the unit's own menu: categories shown. Nothing."""
    u = p.unit("zrj", "区自然资源局", "department")
    std(p, u)
    p.add("/bm/zrj/main.html", p.subpage_html(u, p.menu(u)))
    fs = frameset(p, u.name, "/index.html", "main.html").replace('cols="180,*"', 'rows="150,*"')
    p.add(u.subpage, fs)


def _u16_control_dept(p: Portal) -> None:
    """Honest control: a department. Nothing."""
    u = p.unit("hbj", "区生态环境局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u17_control_town(p: Portal) -> None:
    """Honest control: a town, all fresh. Nothing."""
    u = p.unit("xz_mp", "马营镇人民政府", "town")
    std(p, u, policy=False)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u18_stale_empty(p: Portal) -> None:
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
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u19_down(p: Portal) -> None:
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


def _u20_missing_injected(p: Portal) -> None:
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
    _u01_topic_heading,
    _u02_year_heading,
    _u03_future_label,
    _u04_hidden_cells,
    _u05_event_in_link,
    _u06_download_lines,
    _u07_updated_footer,
    _u08_docwrite_menu,
    _u09_date_first_table,
    _u10_dl_date_first,
    _u11_json_offset,
    _u12_login_column,
    _u13_cookie_elsewhere,
    _u14_counter_frame,
    _u15_home_frame,
    _u16_control_dept,
    _u17_control_town,
    _u18_stale_empty,
    _u19_down,
    _u20_missing_injected,
)
