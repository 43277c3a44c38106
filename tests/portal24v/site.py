"""The twenty-second trap portal: OVER-REACH of the newest reading rules (portals 24s, 24t,
24u) on HONEST pages — an old layout table whose list has a caption row naming the column and a
最新更新 side table; a hub page whose only list is a 最新更新 table that IS the column's list; a
column page and a notice ABOUT a server error (HTTP 500, 数据库错误) and 系统维护; "Warning:" in a
normal sentence; a JSON store whose column object is titled 热点回应 when the column IS 热点回应;
a tab box whose first tab is the column's and whose second is 图片新闻; partner banners (中国政府网,
陕西省人民政府, a bank) hidden in a carousel; an Ajax 访问量 counter inside the list's own `ul`;
第1页/共1页 with a 首页 link to the portal's home; `createPageHTML(1, 0, …)`; lines with 活动时间
AND 发布时间 cells; an article whose only date is 发布时间 in a `div` line with a long link; a
相关文章 box that is the only visible date while PubDate is given; 3天前 lines whose summaries
carry an event's `<time datetime>` — plus honest controls and failing units.

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md
must report (`p.expect`; `p.maybe` for a finding acceptable either way). Ages are literal. The
reference day is `AS_OF`, 2027-11-09, a Tuesday. The server is `tests.portal24k.server`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import Unit
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, config_yaml, stale, std, titled
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS, a, before_footer, lines, ymd
from tests.portal24k.site import Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 11, 9)


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    p.add("/images/jquery.min.js", "/* jQuery */", ctype="text/javascript")
    p.add("/images/jquery.SuperSlide.js", "/* SuperSlide */", ctype="text/javascript")
    p.add("/api/visit/count", '{"count": 18342}', ctype="application/json")
    for name in ("gov", "sx", "ccb"):
        p.add(f"/images/banner_{name}.jpg", "\xff\xd8\xff", ctype="image/jpeg")
    p.add("/images/dot.gif", "GIF89a", ctype="image/gif")
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


def subpage(p: Portal, u: Unit, extra: str = "") -> None:
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))


def table_list(items: Sequence[Item]) -> str:
    """Old layout-table list lines: dot.gif, link, date cell, dotted spacer row."""
    return "".join(
        '<tr><td width="15"><img src="/images/dot.gif" width="5" height="5"></td>'
        f'<td height="24">{a(i)}</td><td width="90" align="right">'
        f'<font color="#999999">{ymd(i)}</font></td></tr>'
        '<tr><td colspan="3" height="1" bgcolor="#dddddd"></td></tr>'
        for i in items
    )


def side_table(title: str, items: Sequence[Item]) -> str:
    return (
        '<table width="220" border="0" cellspacing="0" cellpadding="0" class="side-box">'
        f'<tr><td class="side-title" height="30"><b>{title}</b></td></tr>'
        + "".join(f"<tr><td height=\"22\">·{a(i)} ({when(i):%m-%d})</td></tr>" for i in items)
        + "</table>"
    )


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2; README's check table.
# =========================================================================================


def _u01_caption_row(p: Portal) -> None:
    """An old layout-table page: 通知公告's list is a `table` whose first row is a caption cell
    `通知公告` (the column's own name), then lines 150, 170, 200 days old; beside it, a 最新更新
    side table (the site's news, 1–3 days). R3.newest: the column's own list, newest 150 days:
    fresh (183). The side table is no evidence of freshness. Nothing."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [150, 170, 200])
    side = plain(p, "/xwzx/", "要闻", [1, 2, 3])
    main = (
        '<table width="760" border="0" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="230" valign="top">{side_table("最新更新", side)}</td>'
        '<td width="530" valign="top"><table width="100%" border="0" cellspacing="0">'
        '<tr><td colspan="3" class="caption" height="32" background="/images/dot.gif">'
        '<b><font color="#c00000">通知公告</font></b></td></tr>'
        f"{table_list(items)}</table></td></tr></table>"
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u02_hub_latest(p: Portal) -> None:
    """工作动态 is configured as the unit's 动态 hub `dtzx/index.html`, an old layout page whose
    only list is a table headed 最新更新 — the hub's own list of its newest lines (5, 9, 13, 20
    days), no sidebar. R3.newest: this IS the column's first list page; newest 5: fresh.
    Nothing (not empty, not extraction_failed)."""
    u = p.unit("sfj", "区司法局", "department")
    base = p.col(u, "工作动态", "dynamic", "dtzx")
    items = plain(p, base, "工作动态", [5, 9, 13, 20])
    main = (
        '<table width="760" border="0" cellspacing="0" cellpadding="0">'
        '<tr><td colspan="3" class="side-title" height="30"><b>最新更新</b></td></tr>'
        f"{table_list(items)}</table>"
    )
    p.add(base + "index.html", p.column_page(u, "动态中心", main))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u03_about_error(p: Portal) -> None:
    """通知公告's page carries a 温馨提示 about 系统维护 saying visitors may meet "HTTP 500
    内部服务器错误" or "数据库错误" during the window, and its newest line (6 days) is
    关于门户网站出现HTTP 500错误的情况说明; the article quotes `Microsoft OLE DB Provider for
    ODBC Drivers 错误 '80004005'` as what users saw. Both pages hold a real list / text:
    R3.unreachable is for no usable answer. Newest 6 days: fresh. Nothing."""
    u = p.unit("sjj", "区数据局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [6, 40, 90])
    items = titled(items, ["关于门户网站出现HTTP 500错误的情况说明",
                           "关于政务云平台系统维护的通知", "关于开展数据安全检查的通知"])
    body = (
        "<p>11月2日晚，部分用户访问区门户网站时页面显示“HTTP 500 - 内部服务器错误”或"
        "“Microsoft OLE DB Provider for ODBC Drivers 错误 '80004005'”“数据库错误”等提示。"
        "经排查，系数据库服务器存储故障所致，已于当晚23时恢复。</p><p>特此说明。</p>"
    )
    head = h.meta("通知公告", "通知公告", ArticleTitle=items[0].title, ContentSource="区数据局",
                  PubDate=f"{when(items[0]):%Y-%m-%d} 10:00")
    p.add(items[0].href, h.page(
        title=items[0].title, head=head, today=p.today, crumbs=[("首页", "/")],
        main=(f'<div class="article"><h1>{escape(items[0].title)}</h1><div class="art-info">'
              f"发布时间：{ymd(items[0])} 10:00　来源：区数据局</div>"
              f'<div class="art-con">{body}</div></div>')))
    tip = (
        '<div class="tip">温馨提示：11月15日0时至6时政务云平台系统维护，期间访问本网站可能出现'
        "“HTTP 500 内部服务器错误”或“数据库错误”提示，敬请谅解。</div>"
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", tip + ul(items)))
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u04_warning_sentence(p: Portal) -> None:
    """The 区气象局 subpage shows a bilingual alert box: `Warning: 大风蓝色预警信号 Blue Gale
    Warning: issued at 08:00, in force on line 3 of the 预警发布 board` — English prose, not a PHP
    error (no `in /path/file.php on line N`). Its 工作动态 page repeats `Warning:` in a line's
    title. R3.unreachable does not apply; nothing."""
    u = p.unit("qxj", "区气象局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [1, 4, 8])
    items = titled(items, ["Warning: 区气象台发布大风蓝色预警信号",
                           "区气象局开展秋冬季防火气象服务", "区气象局召开人工影响天气工作会"])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items)))
    std(p, u, skip=("dynamic",))
    alert = (
        '<div class="yj-box"><b>Warning:</b> 大风蓝色预警信号 Blue Gale Warning: issued at 08:00, '
        "in force on line 3 of the 预警发布 board. 请注意防范。</div>"
    )
    subpage(p, u, alert)


def _u05_state_named_column(p: Portal) -> None:
    """热点回应 (configured, category dynamic) is a Vue page: the HTML list gives titles only;
    its articles show no date (no label, no PubDate); the page's store holds
    `{"column": {"title": "热点回应", "list": [...]}}` — the column's own records, 3, 7, 12 days —
    and a sidebar `{"title": "热门文章", "list": [...]}` (1–2 days). The store's 热点回应 object IS
    the column (its title is the column's name). Newest 3: fresh. Nothing (meta_missing either
    way)."""
    u = p.unit("xfj", "区信访局", "department")
    base = p.col(u, "热点回应", "dynamic", "rdhy")
    items = plain(p, base, "热点回应", [3, 7, 12], visible=False, meta_date=False)
    hot = plain(p, "/xwzx/", "要闻", [1, 2])

    def rec(xs: Sequence[Item]) -> list[dict[str, object]]:
        return [{"id": k + 1, "title": i.title, "url": i.href, "publishTime": f"{when(i)} 10:00:00"}
                for k, i in enumerate(xs)]

    state = {"column": {"title": "热点回应", "list": rec(items)},
             "sidebar": {"title": "热门文章", "list": rec(hot)}}
    side = '<div class="right-box"><h3>热门文章</h3><ul id="rmwz"></ul></div>'
    page = p.column_page(u, "热点回应", ul(items, "news-list", dated=False), side=side)
    script = f"<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script>"
    p.add(base + "index.html", page.replace("</body>", script + "</body>"))
    p.maybe("xfj", "meta_missing", "*", "RULES §2: articles without PubDate (a warning)")
    std(p, u)
    subpage(p, u)


TAB_SCRIPT = (
    "<script>function setTab(n){for(var i=1;i<=2;i++){"
    "document.getElementById('tab_'+i).className=(i==n?'on':'');"
    "document.getElementById('con_'+i).style.display=(i==n?'block':'none');}}</script>"
)


def _u06_tab_picture_news(p: Portal) -> None:
    """通知公告's page is a tab box: the first tab (shown) is 通知公告, the column's own list,
    200, 215, 240 days; the second (hidden until clicked) is 图片新闻, another column's photo
    news 2 and 5 days old. R3.newest: the column's own list, not another column's box: stale at
    200 (183)."""
    u = p.unit("whj", "区文化和旅游局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    own = plain(p, base, "通知公告", [200, 215, 240])
    pics = plain(p, "/bm/whj/tpxw/", "图片新闻", [2, 5])
    box = (
        '<div class="tab-box"><div class="tab-hd"><ul>'
        '<li id="tab_1" class="on" onclick="setTab(1)">通知公告</li>'
        '<li id="tab_2" onclick="setTab(2)">图片新闻</li></ul></div>'
        f'<div class="tab-bd"><div id="con_1" class="tab-con">{ul(own)}</div>'
        f'<div id="con_2" class="tab-con" style="display:none">{ul(pics)}</div></div></div>'
        + TAB_SCRIPT
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", box))
    stale(p, "whj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: the column's own tab, not the 图片新闻 tab; 200 > 183")
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u07_partner_banners(p: Portal) -> None:
    """The subpage's SuperSlide banner: image links with alt text to 中国政府网 (shown),
    陕西省人民政府 and 中国建设银行 (an ordinary bank ad, slides hidden in turn). A slide is no
    concealment, and none is porn, gambling or spam (R3.injection). Nothing."""
    u = p.unit("jrb", "区金融工作办公室", "department")
    std(p, u)
    slides = (
        '<div class="slideBox" id="banner"><div class="bd"><ul>'
        '<li><a href="http://www.gov.cn/">'
        '<img src="/images/banner_gov.jpg" alt="中国政府网"></a></li>'
        '<li style="display:none"><a href="http://www.shaanxi.gov.cn/">'
        '<img src="/images/banner_sx.jpg" alt="陕西省人民政府"></a></li>'
        '<li style="display:none"><a href="http://www.ccb.com/">'
        '<img src="/images/banner_ccb.jpg" alt="中国建设银行 善融商务 普惠金融"></a></li>'
        '</ul></div><div class="hd"><ul><li class="on">1</li><li>2</li><li>3</li></ul></div></div>'
        '<script src="/images/jquery.SuperSlide.js"></script>'
        '<script>jQuery("#banner").slide({mainCell:".bd ul",effect:"left",autoPlay:true});</script>'
    )
    subpage(p, u, slides)


def _u08_counter_in_list(p: Portal) -> None:
    """工作动态's `ul.list` holds its dated lines (4, 9, 15 days) and, as its last `li`, an Ajax
    访问量 counter (`<li class="visit">本栏目访问量：<span id="count"></span></li>` filled by
    `$.get('/api/visit/count')`). The list is there: newest 4, fresh. Nothing."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [4, 9, 15])
    li = "".join(f"<li>{a(i)}<span>{ymd(i)}</span></li>" for i in items)
    main = (
        f'<ul class="list">{li}<li class="visit">本栏目访问量：<span id="count"></span></li></ul>'
        '<script src="/images/jquery.min.js"></script>'
        "<script>$.get('/api/visit/count?cid=31',function(d){$('#count').html(d.count);});</script>"
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u09_one_page_home(p: Portal) -> None:
    """工作动态 (lines 3, 8, 12 days) ends with a pager `共1页 第1页/共1页 首页 上一页 下一页 尾页`
    whose 首页 links the PORTAL's home `/` (the CMS template's mistake) and 尾页 the column's
    own page. One list page, newest 3: fresh. Nothing."""
    u = p.unit("jsj", "区住房和城乡建设局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [3, 8, 12])
    pager = (
        '<div class="page">共3条 共1页 第1页/共1页 <a href="/">首页</a> 上一页 下一页 '
        '<a href="index.html">尾页</a></div>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items) + pager))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u10_create_page_one(p: Portal) -> None:
    """通知公告 is configured as `index.html`; its TRS pager script says `createPageHTML(1, 0,
    "index", "html")` — one page, no `index_1.html` (none is served). Lines 10, 30, 60 days:
    fresh. Nothing (no broken link: the script writes no link to a second page)."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [10, 30, 60])
    pager = ('<div class="page"><script>var currentPage = 0;var countPage = 1;'
             'createPageHTML(1, 0, "index", "html");</script></div>')
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(items) + pager))
    std(p, u, skip=("notice",))
    subpage(p, u)


def _event_lines(p: Portal, base: str, pairs: Sequence[tuple[int, int]], topic: str) -> str:
    out = []
    for k, (event, pub) in enumerate(pairs):
        (i,) = titled(plain(p, base, "工作动态", [pub]), [f"{topic}（{k + 1}）"])
        out.append(
            f'<li><span class="tit">{a(i)}</span><span class="hd">活动时间：{p.d(event):%Y-%m-%d}'
            f'</span><span class="fb">发布时间：{ymd(i)}</span></li>'
        )
    return '<ul class="hd-list">' + "".join(out) + "</ul>"


def _u11_event_newer(p: Portal) -> None:
    """工作动态 of 区妇联: every line has `活动时间：` (the event, 2–6 days ago) AND `发布时间：`
    (the notice of it, 18, 25, 33 days ago). R3.newest: the items' dates are their publication
    dates, not the events': stale at 18 (14)."""
    u = p.unit("fl", "区妇女联合会", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    main = _event_lines(p, base, [(2, 18), (4, 25), (6, 33)], "区妇联“巾帼心向党”主题活动预告")
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    stale(p, "fl", base + "index.html", "工作动态", "dynamic", 18,
          "R3.newest: 发布时间 cells, not 活动时间; 18 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u12_event_older(p: Portal) -> None:
    """工作动态 of 团区委: the mirror of _u11 — 活动时间 40–60 days, 发布时间 4, 10, 20 days
    (reports published after the events). Newest 4: fresh. Nothing."""
    u = p.unit("tqw", "共青团宝鸡市渭滨区委员会", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    main = _event_lines(p, base, [(40, 4), (50, 10), (60, 20)], "团区委志愿服务活动回顾")
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u13_info_div_link(p: Portal) -> None:
    """工作动态 lists titles only; each article (8, 16, 30 days; no PubDate) carries its only
    date in `<div class="info">发布时间：2027-11-01 <a href="javascript:window.print();
    window.close()">打印本页面并关闭窗口</a></div>` — the article's own info line, not a related
    box (one link, to the page itself). Newest 8: fresh. Nothing (meta_missing either way)."""
    u = p.unit("slj", "区水利局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    rows = []
    for k, age in enumerate([8, 16, 30]):
        d = p.d(age)
        title = f"区水利局开展河湖“清四乱”专项整治（{k + 1}）"
        href = f"{base}{d:%Y%m}/t{d:%Y%m%d}_{8100 + k}.html"
        main = (
            f'<div class="article"><h1>{title}</h1><div class="info">发布时间：{d:%Y-%m-%d} '
            '<a href="javascript:window.print();window.close()">打印本页面并关闭窗口</a></div>'
            '<div class="art-con"><p>各镇街对辖区河道开展拉网式排查。</p></div></div>'
        )
        head = h.meta("工作动态", "工作动态", ArticleTitle=title, ContentSource="区水利局")
        p.add(href, h.page(title=title, head=head, today=p.today, crumbs=[("首页", "/")],
                           main=main))
        rows.append(Item(title, href, None))
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(rows, dated=False)))
    p.maybe("slj", "meta_missing", "*", "RULES §2: articles without PubDate (a warning)")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u14_related_pubdate(p: Portal) -> None:
    """工作动态 lists titles only (plain `content_N.html` addresses, no date in them); each
    article (PubDate 25, 31, 44 days) shows no visible date of its own; its 相关文章 box lists
    `li > a + span 2027-11-08` lines (1–3 days) — the page's only visible dates. R3.newest: the
    detail page's publish date (PubDate), never a related box: stale at 25 (14)."""
    u = p.unit("gtj", "区工商业联合会", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    rel = plain(p, "/xwzx/", "要闻", [1, 2, 3])
    box = ('<div class="xgwz"><h3>相关文章</h3><ul>'
           + "".join(f"<li>{a(i)}<span>{ymd(i)}</span></li>" for i in rel) + "</ul></div>")
    items = plain(p, base, "工作动态", [25, 31, 44], visible=False, inject={0: box, 1: box, 2: box})
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items, dated=False)))
    stale(p, "gtj", base + "index.html", "工作动态", "dynamic", 25,
          "R3.newest: the article's PubDate, not its 相关文章 box; 25 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u15_relative_event_stamp(p: Portal) -> None:
    """工作动态 lines show `3天前`, `5天前`, `9天前` (the publish dates, relative) and a summary
    `活动于<time datetime="2027-09-20">9月20日</time>举办` (events 40–50 days ago). A careful
    reader takes 3天前 (R3.newest: the item's date; the summary's time is the event's). Newest 3:
    fresh. Nothing."""
    u = p.unit("kx", "区科学技术协会", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [3, 5, 9])
    li = "".join(
        f'<li><h4>{a(i)}</h4><p class="sum">全区科普志愿者活动于'
        f'<time datetime="{p.d(ev):%Y-%m-%d}">'
        f"{p.d(ev).month}月{p.d(ev).day}日</time>举办，现将有关情况报道如下。</p>"
        f'<span class="ago">{age}天前</span></li>'
        for i, age, ev in zip(items, [3, 5, 9], [40, 45, 50], strict=True)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="news">{li}</ul>'))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u16_control_dept(p: Portal) -> None:
    """Honest control: a department. Nothing."""
    u = p.unit("hbj", "区生态环境局", "department")
    std(p, u)
    subpage(p, u)


def _u17_control_town(p: Portal) -> None:
    """Honest control: a town, all fresh. Nothing."""
    u = p.unit("xz_ml", "马营镇人民政府", "town")
    std(p, u, policy=False)
    subpage(p, u)


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
    subpage(p, u)


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
    u = p.unit("xz_sq", "神农镇人民政府", "town")
    std(p, u, policy=False)
    hidden = "".join(
        f'<a href="http://{host}/">{w}</a>' for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    )
    p.add(u.subpage, p.subpage_html(
        u, [(c.name, c.path) for c in u.columns if c.category != "notice"],
        extra=f'<div style="display:none">{hidden}</div>'))
    p.expect("xz_sq", "category_missing", u.subpage, "R3.category: not shown", category="notice")
    p.expect("xz_sq", "content_injection", u.subpage, "R3.injection: display:none links")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_caption_row,
    _u02_hub_latest,
    _u03_about_error,
    _u04_warning_sentence,
    _u05_state_named_column,
    _u06_tab_picture_news,
    _u07_partner_banners,
    _u08_counter_in_list,
    _u09_one_page_home,
    _u10_create_page_one,
    _u11_event_newer,
    _u12_event_older,
    _u13_info_div_link,
    _u14_related_pubdate,
    _u15_relative_event_stamp,
    _u16_control_dept,
    _u17_control_town,
    _u18_stale_empty,
    _u19_down,
    _u20_missing_injected,
)
