"""The third 24-unit trap portal: CMS traps not in `tests.portal24` nor `tests.portal24b`.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule; `optional=True` marks a finding that is
acceptable either way). Ages are literal. The reference day is `AS_OF`, 2028-02-29: a leap day
at a month's end, so `[02-29]` is today, `[03-01]` is last year's (this year's would be in the
future), 2027-03-01 is 365 days old and 2027-02-28 366. Pages may carry `__HP__`, replaced by
the server's `127.0.0.1:port` when served (links to the portal's own port by another scheme).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from html import escape

from sampleportal.pages import Route
from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import CATEGORIES, MAX_AGE, Expect, Unit, config_yaml
from tests.portal24b.site import Fmt, iso, stale, ul
from tests.portal24b.site import Portal as _Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml", "site"]

AS_OF = date(2028, 2, 29)
HP = "__HP__"


class Portal(_Portal):
    """`optional`: expected paths whose finding is acceptable present or absent."""

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.optional: list[Expect] = []

    def maybe(self, unit: str, check: str, path: str, rule: str, **kw: object) -> None:
        self.optional.append(Expect(unit, check, path, rule=rule, **kw))  # type: ignore[arg-type]


class HostSite:
    """A static site whose bodies name the server's own address (`__HP__`)."""

    def __init__(self, today: date, routes: dict[str, Route]) -> None:
        self.today = today
        self.routes = routes
        self.hostport = ""

    def route(self, path: str) -> Route | None:
        found = self.routes.get(path)
        if found is None or HP.encode() not in found.body:
            return found
        return replace(found, body=found.body.replace(HP.encode(), self.hostport.encode()))


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    return p


def site(portal: Portal) -> HostSite:
    return HostSite(portal.today, portal.routes)


def fullwidth(d: date) -> str:
    return d.isoformat().translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


_CN = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


def cn_date(d: date) -> str:
    year = "".join(_CN[int(c)] for c in str(d.year))
    return f"{year}年{cn_number(d.month)}月{cn_number(d.day)}日"


def simple_detail(p: Portal, path: str, title: str, body: str, column: str) -> None:
    """An article with no 发布时间 and no PubDate: its only date is what `body` says."""
    main = f'<div class="article"><h1>{escape(title)}</h1><div class="art-con">{body}</div></div>'
    p.add(
        path,
        h.page(
            title=title,
            head=h.meta(column, column, ArticleTitle=title, ContentSource="区政府办公室"),
            today=p.today,
            crumbs=[("首页", "/")],
            main=main,
        ),
    )


GAMBLING_HOSTS = ("www.hg8868-vip.com", "www.js77888.net", "www.am-pj0099.com")


def spam_links(words: Sequence[str] = ("网站地图", "友情链接", "在线客服")) -> str:
    """Links with innocent words to gambling hosts: only their host gives them away."""
    return "".join(
        f'<a href="http://{host}/" target="_blank">{word}</a>'
        for word, host in zip(words, GAMBLING_HOSTS, strict=False)
    )


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2.
# =========================================================================================


def _u01_qxj(p: Portal) -> None:
    """Full-width dates (２０２８－０２－２４) under three old 置顶 lines, detail URLs undated:
    工作动态 newest 5 days (fresh); 通知公告 full-width, newest first, 200 days (stale)."""
    u = p.unit("qxj", "区气象局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [400, 380, 300, 5, 9, 13, 20, 30], style="plain")
    items = [replace(i, pinned=n < 3) for n, i in enumerate(items)]
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items, fullwidth)))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [200, 230, 260], style="plain")
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(items, fullwidth)))
    stale(p, "qxj", base, "通知公告", "notice", 200, "R3.newest (full-width digits); R3.age")
    p.fresh(u, "政策文件", "policy", "zcwj", age=40)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u02_fy(p: Portal) -> None:
    """区人民法院: 通知公告's title and keywords are hijacked with gambling phrases — beside the
    unit's own name (法院, a context word); 工作动态's newest news quotes 百家乐 in a verdict
    (innocent)."""
    u = p.unit("fy", "区人民法院", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    verdict = (
        '<p class="case">区人民法院公开宣判一起开设赌场案：被告人通过网络组织他人参与“百家乐”'
        "“时时彩”赌博，法院依法判处有期徒刑三年。</p>"
    )
    items = p.items(base, "工作动态", [2, 6, 11], inject={0: verdict})
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items)))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [20, 50])
    hijack = (
        '<meta name="keywords" content="澳门新葡京,百家乐,时时彩,北京赛车,网上赌场,区人民法院" />\n'
    )
    text = p.column_page(u, "通知公告", h.trs_ul(items), extra_head=hijack)
    # The hijacker's title also carries markup (text inside <title>): the bulletin must escape it.
    hostile = "<img src=x onerror=alert(1)>"
    text = text.replace("<title>", f"<title>澳门新葡京|百家乐|时时彩|北京赛车|{hostile}|", 1)
    p.add(base + "index.html", text)
    p.expect(
        "fy",
        "content_injection",
        base + "index.html",
        "R3.injection: SEO phrase block in the title (a unit name is no news story)",
    )
    p.fresh(u, "政策文件", "policy", "zcwj", age=30)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u03_kyt(p: Portal) -> None:
    """The 2023–24 wave of title hijacking: 开云体育(中国)官方网站 / 乐鱼体育 / 九游会 brand
    names on 通知公告 (title, keywords, description); no older lexicon term."""
    u = p.unit("hbj", "区生态环境分局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=1)
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [10, 40])
    hijack = (
        '<meta name="keywords" content="开云体育,开云app,kaiyun,开云体育官网,乐鱼体育,九游会" />\n'
        '<meta name="description" content="开云体育(中国)官方网站-IOS/安卓通用版/手机APP下载,'
        '乐鱼体育官方网站,九游会J9真人游戏第一品牌" />\n'
    )
    text = p.column_page(u, "通知公告", h.trs_ul(items), extra_head=hijack)
    text = text.replace("<title>", "<title>开云体育(中国)官方网站-IOS/安卓通用版/手机APP下载-", 1)
    p.add(base + "index.html", text)
    p.expect("hbj", "content_injection", base + "index.html", "R3.injection: gambling SEO title")
    p.fresh(u, "政策文件", "policy", "zcwj", age=50)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u04_gaj(p: Portal) -> None:
    """A block hidden by script after it (getElementById(..).style.display='none'), links with
    innocent words to gambling hosts, on the subpage. Columns fresh."""
    u = p.unit("ga", "区公安分局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=3)
    p.fresh(u, "通知公告", "notice", "tzgg", age=33)
    p.fresh(u, "政策文件", "policy", "zcwj", age=63)
    p.overview(u)
    extra = (
        f'<div id="hz8a">{spam_links()}</div>'
        '<script type="text/javascript">document.getElementById("hz8a").style.display="none";'
        "</script>"
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect("ga", "content_injection", u.subpage, "R3.injection: hidden links to other sites")


def _u05_yjj(p: Portal) -> None:
    """Hiding the rules name but govwatch may not read: right:-9999px (subpage), clip:rect(0 0 0
    0) (工作动态), transform:scale(0) (通知公告), 1px box with overflow:hidden (政策文件)."""
    u = p.unit("yjj", "区应急管理局", "department")
    for name, cat, slug, age, style in (
        ("工作动态", "dynamic", "gzdt", 4, "position:absolute;clip:rect(0 0 0 0);"),
        ("通知公告", "notice", "tzgg", 30, "transform:scale(0);position:absolute;"),
        ("政策文件", "policy", "zcwj", 90, "width:1px;height:1px;overflow:hidden;"),
    ):
        base = p.col(u, name, cat, slug)
        items = p.items(base, name, [age, age + 9])
        main = h.trs_ul(items) + f'<div style="{style}">{spam_links()}</div>'
        p.add(base + "index.html", p.column_page(u, name, main))
        p.expect("yjj", "content_injection", base + "index.html", f"R3.injection: {style}")
    p.overview(u)
    extra = f'<div style="position:absolute;right:-9999px;top:0">{spam_links()}</div>'
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect("yjj", "content_injection", u.subpage, "R3.injection: off-screen right:-9999px")


def _u06_wjw(p: Portal) -> None:
    """Hidden but innocent: a display:none 无障碍 toolbar of own links, a skip link off-screen,
    a `hidden` box of other gov.cn sites, white-on-white 备案 text. No injection."""
    u = p.unit("wjw", "区卫生健康局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=2)
    p.fresh(u, "通知公告", "notice", "tzgg", age=12)
    p.fresh(u, "政策文件", "policy", "zcwj", age=22)
    p.overview(u)
    extra = (
        '<a href="#main" style="position:absolute;left:-9999px">跳到主要内容</a>'
        '<div id="wza-bar" style="display:none"><a href="/">首页</a>'
        '<a href="/zwgk/index.html">政务公开</a><a href="javascript:;">大字幕</a>'
        '<a href="/bm/wjw/index.html?mode=old">适老化</a></div>'
        '<div hidden><a href="http://www.shaanxi.gov.cn/">陕西省人民政府</a>'
        '<a href="http://www.baoji.gov.cn/">宝鸡市人民政府</a></div>'
        '<p style="color:#fff">区卫生健康局 版权所有</p>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))


def _u07_big(p: Portal) -> None:
    """2.5 MB of inline script (a bundled chart library) before the list; the subpage's hidden
    spam is written by document.write after a similar script."""
    u = p.unit("tjj", "区统计局", "department")
    blob = "var chartData=[" + ",".join(str(n % 997) for n in range(600_000)) + "];"
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [17, 25])
    p.add(
        base + "index.html",
        p.column_page(u, "工作动态", f"<script>{blob}</script>" + h.trs_ul(items)),
    )
    stale(p, "tjj", base, "工作动态", "dynamic", 17, "R3.age: 17 > 14 (list after 2.5 MB)")
    p.fresh(u, "通知公告", "notice", "tzgg", age=70)
    p.fresh(u, "政策文件", "policy", "zcwj", age=100)
    p.overview(u)
    write = (
        '<script>document.write(\'<div style="display:none">'
        '<a href="http://www.am-pj0099.com/">澳门新葡京</a>'
        '<a href="http://www.am-pj0099.com/bjl/">百家乐</a></div>\');</script>'
    )
    extra = f"<script>{blob}</script>{write}"
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect("tjj", "content_injection", u.subpage, "R3.injection: document.write hidden links")


def _u08_map(p: Portal) -> None:
    """Category entrances as an image map (`<area alt>`) to unconfigured URLs; tabs drawn with
    `<li onclick>` and no href. All categories shown."""
    u = p.unit("zjj", "区住房和城乡建设局", "department")
    cols = [
        p.fresh(u, "工作动态", "dynamic", "gzdt", age=3),
        p.fresh(u, "通知公告", "notice", "tzgg", age=30),
        p.fresh(u, "政策文件", "policy", "zcwj", age=60),
        p.overview(u),
    ]
    areas = "".join(
        f'<area shape="rect" coords="{n * 100},0,{n * 100 + 90},40" href="{c}list_{n}.html" '
        f'alt="{name}" />'
        for n, (c, name) in enumerate(zip(cols[:2], ("工作动态", "通知公告"), strict=True))
    )
    for n, c in enumerate(cols[:2]):
        p.add(f"{c}list_{n}.html", p.column_page(u, "栏目", "<p>栏目内容</p>"))
    tabs = (
        '<ul class="tabs"><li class="on" onclick="showTab(1)">政策文件</li>'
        '<li onclick="showTab(2)">机构概况</li></ul>'
    )
    extra = (
        '<img src="/images/logo.png" usemap="#lm" alt="栏目导航" />'
        f'<map name="lm" id="lm">{areas}</map>{tabs}'
    )
    p.add(u.subpage, p.subpage_html(u, [], extra=extra))


def _u09_select(p: Portal) -> None:
    """Categories offered only in a 栏目导航 `<select>` whose options jump to list URLs (other
    than the configured ones): shown to the reader who opens it (lower confidence)."""
    u = p.unit("jtj", "区交通运输局", "department")
    cols = [
        p.fresh(u, "工作动态", "dynamic", "gzdt", age=3),
        p.fresh(u, "通知公告", "notice", "tzgg", age=30),
        p.fresh(u, "政策文件", "policy", "zcwj", age=60),
        p.overview(u),
    ]
    names = ("工作动态", "通知公告", "政策文件", "机构概况")
    options = "".join(
        f'<option value="{c}list.html">{n}</option>' for c, n in zip(cols, names, strict=True)
    )
    for c in cols:
        p.add(c + "list.html", p.column_page(u, "栏目", "<p>栏目内容</p>"))
    extra = (
        '<div class="lm-nav">栏目导航：<select onchange="window.location=this.value">'
        f'<option value="">请选择栏目</option>{options}</select></div>'
    )
    p.add(u.subpage, p.subpage_html(u, [], extra=extra))


def _u10_hidden_cat(p: Portal) -> None:
    """通知公告 is named on the subpage only inside a display:none block (a retired template
    box): not shown, so missing. Other categories in the menu."""
    u = p.unit("sjj", "区审计局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=3)
    p.fresh(u, "政策文件", "policy", "zcwj", age=60)
    p.overview(u)
    extra = (
        '<div class="box-tzgg" style="display:none"><h3>通知公告</h3>'
        '<a href="/bm/sjj/tzgg/more.html">通知公告</a></div>'
    )
    p.add("/bm/sjj/tzgg/more.html", p.column_page(u, "通知公告", "<p>栏目已撤销</p>"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect(
        "sjj",
        "category_missing",
        u.subpage,
        "R3.category: not shown (only inside display:none)",
        category="notice",
    )


def _u11_blank(p: Portal) -> None:
    """Blank columns with markers not in the common list: 栏目建设中 (人事信息), 共0条 with an
    empty pager (规划计划). 工作动态 a JSON-rendered list whose visible placeholder says 暂无数据
    (the items are in the page: not blank)."""
    u = p.unit("fgw", "区发展和改革局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    records = ",".join(
        f'{{"title":"开展节前安全生产检查（{n}）","url":"./content_{n}.html",'
        f'"time":"{p.d(age).isoformat()}"}}'
        for n, age in enumerate((2, 5, 9))
    )
    main = (
        '<ul id="newsList"><li class="no-data">暂无数据</li></ul>'
        f"<script>var data = [{records}];\n"
        "var html='';for(var i=0;i<data.length;i++){html+='<li><a href=\"'+data[i].url+'\">'"
        "+data[i].title+'</a><span>'+data[i].time+'</span></li>';}"
        "document.getElementById('newsList').innerHTML=html;</script>"
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    p.maybe("fgw", "extraction_failed", base + "index.html", "R3.extraction: list in a script")
    p.fresh(u, "通知公告", "notice", "tzgg", age=60)
    p.fresh(u, "政策文件", "policy", "zcwj", age=90)
    base = p.col(u, "人事信息", "personnel", "rsxx")
    p.add(
        base + "index.html",
        p.column_page(u, "人事信息", '<div class="list-box"><p class="tip">栏目建设中……</p></div>'),
    )
    p.expect(
        "fgw",
        "column_empty",
        base + "index.html",
        "R3.empty: 栏目建设中",
        column="人事信息",
        category="personnel",
    )
    base = p.col(u, "规划计划", "plan", "ghjh")
    pager = (
        '<div class="list-box"><ul class="list_con"></ul><div class="page">共0条记录 '
        "首页 上一页 下一页 尾页 当前第1/1页</div></div>"
    )
    p.add(base + "index.html", p.column_page(u, "规划计划", pager))
    p.expect(
        "fgw",
        "column_empty",
        base + "index.html",
        "R3.empty: 共0条记录",
        column="规划计划",
        category="plan",
    )
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u12_links(p: Portal) -> None:
    """Broken links of every scheme: https:// to the plain-HTTP port (TLS error), a 302 chain
    ending 404, HTTP:// upper case to a 404, protocol-relative //host/404; fine: a 200 soft 404
    (RULES counts ≥ 400), hrefs padded with newlines, a backslash path, javascript: onclick."""
    u = p.unit("swj", "区商务局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=3)
    p.fresh(u, "通知公告", "notice", "tzgg", age=30)
    p.fresh(u, "政策文件", "policy", "zcwj", age=60)
    p.overview(u)
    p.add("/bm/swj/old/a.html", "", status=302, location="/bm/swj/old/b.html")
    p.add("/bm/swj/old/b.html", "", status=301, location="/bm/swj/gone/c.html")
    p.add("/bm/swj/soft404.html", "<html><body><h1>对不起，您访问的页面不存在</h1></body></html>")
    links = [
        ("https", f"https://{HP}/bm/swj/ssl/index.html"),
        ("chain", "/bm/swj/old/a.html"),
        ("upper", f"HTTP://{HP}/bm/swj/UPPER404.html"),
        ("protocol", f"//{HP}/bm/swj/pr404.html"),
        ("soft", "/bm/swj/soft404.html"),
        ("newline", "\n  /bm/swj/gzdt/index.html\n  "),
        ("backslash", "..\\swj\\tzgg\\index.html"),
        ("js", "javascript:void(0)\" onclick=\"window.open('/bm/swj/js404.html')"),
        ("hostile", "/bm/swj/x404.html?t=<script>alert(1)</script>"),
    ]
    p.add("/bm/swj/ssl/index.html", p.column_page(u, "服务", "<p>办事服务</p>"))
    extra = "".join(f'<p><a href="{href}">链接{name}</a></p>' for name, href in links)
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    for path, why in (
        (f"abs:https://{HP}/bm/swj/ssl/index.html", "TLS to a plain-HTTP port: unreachable"),
        ("/bm/swj/old/a.html", "redirect chain ends 404 (the link's target)"),
        ("/bm/swj/UPPER404.html", "HTTP:// scheme, 404"),
        ("/bm/swj/pr404.html", "protocol-relative, 404"),
        ("/bm/swj/x404.html?t=<script>alert(1)</script>", "404 (hostile query)"),
    ):
        p.expect("swj", "broken_link", path, f"R3.broken: {why}")
    # Reported at the chain's end instead of the link's own target: the same finding.
    p.maybe("swj", "broken_link", "/bm/swj/gone/c.html", "R3.broken: chain reported at its end")


def _u13_leap(p: Portal) -> None:
    """Leap day: 人事信息 2027-03-01 (365: fresh), 规划计划 2027-02-28 (366: stale); a town's
    乡镇动态 [02-29] (today). Year-less 通知公告 [08-20] [06-09] [03-01]: this year's [03-01]
    would be tomorrow, in the future, so it is 2027-03-01; newest 2027-08-20 (193: stale)."""
    u = p.unit("lgz", "磻溪镇", "town")
    ymd: Fmt = lambda d: f"[{d:%m-%d}]"  # noqa: E731
    base = p.col(u, "乡镇动态", "dynamic", "xzdt")
    items = p.items(base, "乡镇动态", [0, 6, 16], style="plain")
    p.add(base + "index.html", p.column_page(u, "乡镇动态", ul(items, ymd)))
    base = p.col(u, "通知公告", "notice", "tzgg")
    # [08-20] [06-09] [03-01]: all of 2027 (this year's would be in the future)
    items = p.items(base, "通知公告", [193, 265, 365], style="plain")
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(items, ymd)))
    stale(
        p,
        "lgz",
        base,
        "通知公告",
        "notice",
        193,
        "R3.newest: a month-day date takes the year before when as_of's year would put it in "
        "the future",
    )
    base = p.col(u, "人事信息", "personnel", "rsxx")
    items = p.items(base, "人事信息", [365, 500])
    p.add(base + "index.html", p.column_page(u, "人事信息", ul(items)))
    base = p.col(u, "规划计划", "plan", "ghjh")
    items = p.items(base, "规划计划", [366, 500])
    p.add(base + "index.html", p.column_page(u, "规划计划", ul(items)))
    stale(p, "lgz", base, "规划计划", "plan", 366, "R3.age: 366 > 365 (2027-02-28)")
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u14_month_end(p: Portal) -> None:
    """14/15 days over the month's end: 2028-02-15 fresh, 2028-02-14 stale; `2028-2-5`
    unpadded (policy 24 days: fresh); 183/184 over August (2027-08-30 fresh)."""
    u = p.unit("sfj", "区司法局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [14, 30])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items)))
    base = p.col(u, "部门动态", "dynamic", "bmdt")
    items = p.items(base, "部门动态", [15, 30])
    p.add(base + "index.html", p.column_page(u, "部门动态", ul(items)))
    stale(p, "sfj", base, "部门动态", "dynamic", 15, "R3.age: 15 > 14")
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [24, 50])
    p.add(
        base + "index.html",
        p.column_page(u, "政策文件", ul(items, lambda d: f"{d.year}-{d.month}-{d.day}")),
    )
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [183, 184])
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(items)))
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u15_relative(p: Portal) -> None:
    """Relative dates for the newest lines (今天, 昨天, 3天前) then full dates 19 days and older:
    工作动态 is fresh (age 0). 部门动态 two-digit years 28-02-09 (20 days: stale)."""
    u = p.unit("wlj", "区文化和旅游局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [0, 1, 3, 19, 40])
    words = {0: "今天", 1: "昨天", 3: "3天前"}
    rows = "".join(
        f'<li><a href="{i.href}">{escape(i.title)}</a>'
        f"<span>{words.get((p.today - i.when).days) or i.when.isoformat()}</span></li>"
        for i in items
        if i.when
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list_con">{rows}</ul>'))
    base = p.col(u, "部门动态", "dynamic", "bmdt")
    items = p.items(base, "部门动态", [20, 26, 31])
    p.add(base + "index.html", p.column_page(u, "部门动态", ul(items, lambda d: f"{d:%y-%m-%d}")))
    stale(p, "wlj", base, "部门动态", "dynamic", 20, "R3.age (yy-mm-dd dates)")
    p.fresh(u, "通知公告", "notice", "tzgg", age=33)
    p.fresh(u, "政策文件", "policy", "zcwj", age=66)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u16_cn(p: Portal) -> None:
    """人事信息 任免 notices: a list with 成文日期 in Chinese numerals, detail pages dated only
    by their 落款 in Chinese numerals; newest 二〇二七年二月二十八日 (366: stale)."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "人事信息", "personnel", "rsxx")
    rows = []
    for age in (366, 420, 500):
        p._n += 1
        when = p.d(age)
        path = f"{base}content_{p._n}.html"
        title = f"关于王某某等同志职务任免的通知（{p._n}）"
        body = (
            "<p>经研究决定：……</p><p style='text-align:right'>区人力资源和社会保障局<br/>"
            f"{cn_date(when)}</p>"
        )
        simple_detail(p, path, title, body, "人事信息")
        if age == 366:  # govwatch reads the newest-looking detail pages: PubDate is absent
            p.expect("rsj", "meta_missing", path, "§2 指引: no PubDate on an article")
        else:
            p.maybe("rsj", "meta_missing", path, "§2 指引: no PubDate (if read)")
        rows.append(f'<li><a href="{path}">{title}</a><span>{cn_date(when)}</span></li>')
    p.add(
        base + "index.html",
        p.column_page(u, "人事信息", f'<ul class="list_con">{"".join(rows)}</ul>'),
    )
    stale(p, "rsj", base, "人事信息", "personnel", 366, "R3.newest (Chinese-numeral dates)")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=5)
    p.fresh(u, "通知公告", "notice", "tzgg", age=55)
    p.fresh(u, "政策文件", "policy", "zcwj", age=77)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u17_blocks(p: Portal) -> None:
    """Two-item lists in div rows with 发布时间： (looks like an article's info line): 工作动态
    [old pinned, fresh] → fresh; 通知公告 commented-out newer lines above a stale list → stale."""
    u = p.unit("kjj", "区科学技术局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [200, 3])
    rows = "".join(
        f'<div class="news-item"><a href="{i.href}">{escape(i.title)}</a>'
        f"<p>发布时间：{i.when} 10:22:33</p></div>"
        for i in items
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<div class="news">{rows}</div>'))
    base = p.col(u, "通知公告", "notice", "tzgg")
    old = p.items(base, "通知公告", [190, 220])
    new = p.items(base, "通知公告", [3, 8])
    main = "<!--" + ul(new) + "-->" + ul(old)
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    stale(p, "kjj", base, "通知公告", "notice", 190, "R3.newest: a comment is not shown")
    p.fresh(u, "政策文件", "policy", "zcwj", age=60)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u18_parallel(p: Portal) -> None:
    """Titles and dates in two parallel lists aligned by CSS (the dates shown): 通知公告 with two
    old pinned lines first, newest 40 days (fresh); 工作动态 dates only in `title` tooltips
    (not shown): dated by detail pages, 25 days (stale)."""
    u = p.unit("nyj", "区农业农村局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [500, 450, 40, 60, 250], style="plain")
    titles = "".join(
        f'<li><a href="{i.href}">{"[置顶]" if n < 2 else ""}{escape(i.title)}</a></li>'
        for n, i in enumerate(items)
    )
    dates = "".join(f"<li>{i.when}</li>" for i in items)
    main = f'<div class="lb"><ul class="l">{titles}</ul><ul class="r">{dates}</ul></div>'
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [25, 33, 47], style="plain")
    rows = "".join(
        f'<li><a href="{i.href}" title="{escape(i.title)} 发布时间：{i.when}">'
        f"{escape(i.title)}</a></li>"
        for i in items
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list_con">{rows}</ul>'))
    stale(p, "nyj", base, "工作动态", "dynamic", 25, "R3.newest (detail pages); R3.age")
    p.fresh(u, "政策文件", "policy", "zcwj", age=66)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u19_town(p: Portal) -> None:
    """A town without 政策文件 (not required of towns) and a 机构职能 overview that is one
    article; everything else fresh. No findings."""
    u = p.unit("bjz", "八鱼镇", "town")
    p.fresh(u, "乡镇动态", "dynamic", "xzdt", age=6)
    p.fresh(u, "通知公告", "notice", "tzgg", age=100)
    base = p.col(u, "机构概况", "overview", "jgzn")
    article = (
        '<div class="article"><h1>八鱼镇机构职能</h1><p>一、贯彻执行党和国家的路线方针政策……</p>'
        "<p>二、负责本镇经济社会发展规划……</p><p>领导信息：镇长 张某某</p></div>"
    )
    p.add(base + "index.html", p.column_page(u, "机构概况", article))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u20_dept_missing(p: Portal) -> None:
    """A department without 政策文件 on its subpage (required): category_missing; its 机构职能
    link says 机构职能 (not a configured name) but points at the configured URL."""
    u = p.unit("mzj", "区民政局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=6)
    p.fresh(u, "通知公告", "notice", "tzgg", age=100)
    base = p.overview(u)
    links = [("工作动态", "/bm/mzj/gzdt/index.html"), ("通知公告", "/bm/mzj/tzgg/index.html")]
    links.append(("机构职能", base + "index.html"))
    p.add(u.subpage, p.subpage_html(u, links))
    p.expect(
        "mzj", "category_missing", u.subpage, "R3.category: 政策文件 not shown", category="policy"
    )


def _u21_noscript(p: Portal) -> None:
    """A list in <noscript> (the fallback of a script-rendered list) 200 days old: stale policy;
    TD dates padded with &nbsp; (通知公告 fresh)."""
    u = p.unit("xfj", "区信访局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=2)
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [200, 260])
    p.add(
        base + "index.html",
        p.column_page(u, "政策文件", f'<div id="app"></div><noscript>{ul(items)}</noscript>'),
    )
    stale(p, "xfj", base, "政策文件", "policy", 200, "R3.newest: the noscript list")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [150, 170])
    rows = "".join(
        f'<tr><td><a href="{i.href}">{escape(i.title)}</a></td>'
        f"<td>&nbsp;&nbsp;{i.when}&nbsp;</td></tr>"
        for i in items
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<table class="lb">{rows}</table>'))
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u22_week(p: Portal) -> None:
    """`2028年2月20日 星期日` and `发布时间：2028-02-16 10:22:33` line forms (fresh/stale)."""
    u = p.unit("cgj", "区城市管理执法局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [9, 12])
    wk = "一二三四五六日"
    p.add(
        base + "index.html",
        p.column_page(
            u,
            "工作动态",
            ul(items, lambda d: f"{d.year}年{d.month}月{d.day}日 星期{wk[d.weekday()]}"),
        ),
    )
    base = p.col(u, "部门动态", "dynamic", "bmdt")
    items = p.items(base, "部门动态", [16, 20, 30])
    p.add(
        base + "index.html",
        p.column_page(u, "部门动态", ul(items, lambda d: f"发布时间：{d} 10:22:33")),
    )
    stale(p, "cgj", base, "部门动态", "dynamic", 16, "R3.age: 16 > 14")
    p.fresh(u, "通知公告", "notice", "tzgg", age=33)
    p.fresh(u, "政策文件", "policy", "zcwj", age=66)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u23_detail_spam(p: Portal) -> None:
    """The newest detail page of 通知公告 carries a `font-size:0` link block to gambling hosts; a
    news story on 工作动态's newest detail reports a 扫黄打非 case naming 澳门新葡京 (innocent)."""
    u = p.unit("xcb", "区委宣传部", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    story = (
        "<p>区“扫黄打非”办公室联合公安部门破获一起利用“澳门新葡京”“百家乐”网站组织网络赌博案，"
        "抓获犯罪嫌疑人5名。</p>"
    )
    items = p.items(base, "工作动态", [1, 8], inject={0: story})
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items)))
    base = p.col(u, "通知公告", "notice", "tzgg")
    spam = f'<div style="font-size:0;line-height:0">{spam_links()}</div>'
    items = p.items(base, "通知公告", [9, 40], inject={0: spam})
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items)))
    newest = items[0].href
    p.expect("xcb", "content_injection", base + newest[2:], "R3.injection: newest detail page")
    p.fresh(u, "政策文件", "policy", "zcwj", age=44)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u24_jcq(p: Portal) -> None:
    """A street office whose subpage shows 通知公告 only as `通知·公告` in its menu (the middle
    dot is decoration, lower confidence) and 街道动态 as a configured name alias via the
    configured URL. Columns fresh."""
    u = p.unit("jcq", "金陵街道", "town")
    p.fresh(u, "乡镇动态", "dynamic", "xzdt", age=4)
    base = p.fresh(u, "通知公告", "notice", "tzgg", age=44)
    p.overview(u)
    p.add(base + "more.html", p.column_page(u, "通知公告", "<p>栏目</p>"))
    links = [
        ("街道动态", "/zj/jcq/xzdt/index.html"),
        ("通知 · 公告", base + "more.html"),
        ("机构概况", "/zj/jcq/jggk/index.html"),
    ]
    p.add(u.subpage, p.subpage_html(u, links))


UNITS = (
    _u01_qxj,
    _u02_fy,
    _u03_kyt,
    _u04_gaj,
    _u05_yjj,
    _u06_wjw,
    _u07_big,
    _u08_map,
    _u09_select,
    _u10_hidden_cat,
    _u11_blank,
    _u12_links,
    _u13_leap,
    _u14_month_end,
    _u15_relative,
    _u16_cn,
    _u17_blocks,
    _u18_parallel,
    _u19_town,
    _u20_dept_missing,
    _u21_noscript,
    _u22_week,
    _u23_detail_spam,
    _u24_jcq,
)

__all__ += ["HP", "HostSite", "Item", "Unit", "iso"]
