"""The tenth 24-unit trap portal: the checks other than column dating — whether a subpage and a
column can be reached at all, whether a subpage shows its categories, which links lead nowhere,
and what is injected spam — with traps from real government CMSs and from the 错链断链, 暗链 and
空白栏目 cases that national inspection bulletins (国务院办公厅政府网站抽查通报) list, in forms
portals 24 to 24h and 24r never used.

Subpages: a frameset whose menu is in the left frame, a menu in an `<iframe>` beside the
subpage's own list, a Vue-style shell (请开启JavaScript), tabs a script builds from a JSON
array, an HTTP `Refresh` header, a web firewall's 302 cookie check back to the same URL, a
站群's 「该站点已关闭」, a redirect to an error page saying 「页面已被删除或不存在」, a redirect to
the home page. Columns: a 机构概况 that says 「信息已被删除或不存在」, a 系统维护中 page, a script
stub sending the reader home, a 410. Categories: names in 繁體 under a second configured name,
财政预决算 for 部门预决算, an `<input type="button">`, an image link titled but without alt,
Kangxi radicals (⼯作动态). Links: `http://` left by an editor's link dialog, `http:///`,
`http:/`, a bare `www.gov.cn`, a full-width colon, a bare `%` in a file name, a raw UTF-8
`Location`, a 301 chain ending in 404, HEAD 500 with GET 200, 503 once. Injection: gambling
links in `<noscript>`, in a box hidden by a `div.class` rule, in a 友情链接 `<select>`, in the
hijacked `<title>` of a meta-refresh stub, behind `height:0;overflow:hidden`, and in a comment
(not shown); an honest 严厉打击网络赌博 story naming seven kinds of gambling.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule; `p.maybe` for a finding acceptable either
way). Ages are literal. The reference day is `AS_OF`, 2027-04-20, a Tuesday. The server is
`tests.portal24j.server` (`tests.portal24f.server` plus the cookie check).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape

from sampleportal.pages import Route
from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import MAX_AGE as _MAX_AGE
from tests.portal24.site import Column, Expect, Unit
from tests.portal24f.site import Portal as _Portal
from tests.portal24f.site import stale, std, titled
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS, before_footer

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 4, 20)
MAX_AGE = {**_MAX_AGE, "budget": 365}
COOKIE = ("waf_cc_verify", "8f14e45fceea167a")

# The categories of portal24, plus two for the district-level units (区直单位, kind `unit`):
# the 信息公开指南 under either of its usual names, and the unit's own 部门预决算.
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
  - id: guide
    names: [政府信息公开指南, 信息公开指南]
    max_age_days: null
    required_for: [unit]
  - id: budget
    names: [部门预决算]
    max_age_days: 365
    required_for: [unit]
"""


class Portal(_Portal):
    """`cookie_gates`: paths answered by a 302 cookie check first (see `server`)."""

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.cookie_gates: dict[str, tuple[str, str]] = {}


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    p.add("/images/btn_jggk.png", "\x89PNG\r\n", ctype="image/png")
    return p


def replace_title(route: Route, title: str) -> Route:
    """The route's article page, retitled (the list shows the article under `title`)."""
    text = route.body.decode("utf-8")
    old = text[text.index("<title>") + 7 : text.index("</title>")]
    return replace(route, body=text.replace(old, escape(title)).encode("utf-8"))


def detail_path(base: str, i: Item) -> str:
    """The path of an item's detail page (`./…` links are under the column's directory)."""
    return base + i.href[2:] if i.href.startswith("./") else i.href


def newest_box(p: Portal, u: Unit) -> str:
    """A subpage's 最新信息 box: the newest items of its configured columns, dated."""
    rows = []
    for c in u.columns:
        base = c.path.rsplit("/", 1)[0] + "/"
        page = p.routes.get(c.path)
        if page is None or b'href="./' not in page.body:
            continue
        text = page.body.decode("utf-8")
        start = text.index('href="./') + 6
        href = text[start : text.index('"', start)]
        rows.append(
            f'<li><a href="{base}{href[2:]}" target="_blank">{c.name}：'
            f"{u.name}本周重点工作安排及落实情况</a><span>{p.d(2):%Y-%m-%d}</span></li>"
        )
    return f'<div class="zxxx"><h3>最新信息</h3><ul class="list">{"".join(rows)}</ul></div>'


def bare(title: str, body: str, head: str = "") -> str:
    """A small page outside the portal chrome (a 站群 notice, an error or maintenance page)."""
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8" />\n'
        f"<title>{escape(title)}</title>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# =========================================================================================
# The units. Rules: R3.unreachable, R3.empty, R3.category, R3.broken, R3.injection,
# R3.newest, R3.age (RULES.md §3); README's check table (a 200 "页面不存在" page, a redirect
# home: unreachable).
# =========================================================================================


def _u01_frameset_menu(p: Portal) -> None:
    """The subpage is a frameset (`rows="110,*"`, then `cols="200,*"`): `topFrame` is the banner,
    `leftFrame` the 栏目导航 with the four categories and a dead 办事指南 link (404), `mainFrame`
    the unit's introduction and a dated 最新信息 list. A reader sees the three frames as one
    page: every category is shown (nothing missing) and the 办事指南 link on it is broken."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    std(p, u)
    sub = "/bm/fgw/"
    frameset = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Frameset//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-frameset.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>{u.name}-{h.SITE}</title>\n{h.meta(u.name, '子站首页')}\n</head>\n"
        '<frameset rows="110,*" frameborder="no" border="0" framespacing="0">\n'
        '<frame src="top.html" name="topFrame" scrolling="no" noresize="noresize" />\n'
        '<frameset cols="200,*" frameborder="no" border="0" framespacing="0">\n'
        '<frame src="left.html" name="leftFrame" scrolling="no" noresize="noresize" />\n'
        '<frame src="main.html" name="mainFrame" />\n</frameset>\n</frameset>\n'
        "<noframes><body>您的浏览器不支持框架。</body></noframes>\n</html>\n"
    )
    p.add(u.subpage, frameset)
    p.add(
        sub + "top.html",
        bare(
            u.name,
            f'<div class="banner"><img src="/images/logo.png" alt="{u.name}" /></div>',
            h.meta(u.name, "子站首页"),
        ),
    )
    menu = "".join(
        f'<li><a href="{c.path}" target="mainFrame">{c.name}</a></li>' for c in u.columns
    )
    menu += '<li><a href="/bm/fgw/bszn/index.html" target="mainFrame">办事指南</a></li>'
    p.add(
        sub + "left.html",
        bare(
            f"栏目导航-{u.name}",
            f'<div class="lmdh"><h3>栏目导航</h3><ul>{menu}</ul></div>',
            h.meta(u.name, "子站首页"),
        ),
    )
    main = (
        f'<div class="sub-intro"><h2>{u.name}</h2><p>{u.name}是区政府工作部门，负责全区国民经济'
        "和社会发展规划、重大项目建设、价格管理等工作。</p></div>" + newest_box(p, u)
    )
    p.add(sub + "main.html", bare(u.name, main, h.meta(u.name, "子站首页")))
    p.expect("fgw", "broken_link", "/bm/fgw/bszn/index.html", "R3.broken: the menu frame's 404")


def _u02_iframe_menu(p: Portal) -> None:
    """The subpage, in the portal chrome, shows its own dated 最新信息 list; its 栏目导航 (the four
    categories) is an `<iframe src="nav.html">` beside it, as 站群 templates load a unit's menu.
    A reader sees the menu: nothing missing."""
    u = p.unit("jyj", "区教育局", "department")
    std(p, u)
    nav = "".join(f'<li><a href="{c.path}" target="_top">{c.name}</a></li>' for c in u.columns)
    p.add(
        "/bm/jyj/nav.html",
        bare(f"栏目导航-{u.name}", f'<ul class="lmdh">{nav}</ul>', h.meta(u.name, "子站首页")),
    )
    extra = (
        '<div class="sub-nav fl"><iframe src="/bm/jyj/nav.html" name="lmdh" width="220" '
        'height="360" frameborder="0" scrolling="no"></iframe></div>'
        f'<div class="sub-main fr">{newest_box(p, u)}</div>'
    )
    p.add(u.subpage, p.subpage_html(u, [], extra=extra))


def _u03_js_shell(p: Portal) -> None:
    """The subpage is a single-page app's shell: `<div id="app">`, a `<noscript>` asking the
    reader to enable JavaScript, two script bundles (the menu is in the bundle). A reader's
    browser shows the four categories; a monitor that reads no script cannot tell whether they
    are there, so it must not report them missing (a warning at most)."""
    u = p.unit("kjj", "区科学技术局", "department")
    std(p, u)
    shell = bare(
        f"{u.name}-{h.SITE}",
        "<noscript><strong>本页面需要浏览器支持（启用）JavaScript，请开启JavaScript后刷新页面。"
        '</strong></noscript>\n<div id="app"></div>\n'
        '<script type="text/javascript" src="/bm/kjj/static/js/chunk-vendors.5e2b91c4.js">'
        "</script>\n"
        '<script type="text/javascript" src="/bm/kjj/static/js/app.3f2a07d1.js"></script>',
        h.meta(u.name, "子站首页")
        + '\n<link href="/bm/kjj/static/css/app.8c1d.css" rel="stylesheet" />\n',
    )
    p.add(u.subpage, shell)
    menu = json.dumps([{"name": c.name, "path": c.path} for c in u.columns], ensure_ascii=False)
    p.add("/bm/kjj/static/js/chunk-vendors.5e2b91c4.js", "/* vendors */", ctype="text/javascript")
    p.add(
        "/bm/kjj/static/js/app.3f2a07d1.js",
        f"(function(){{var menu={menu};/* render */}})();",
        ctype="text/javascript",
    )
    p.add("/bm/kjj/static/css/app.8c1d.css", "#app{min-height:600px}", ctype="text/css")
    p.maybe("kjj", "extraction_failed", "*", "R3.extraction: a page no heuristic reads")


def _u04_json_tabs(p: Portal) -> None:
    """The subpage's column tabs are built by an inline script from a JSON array of
    `{"name": …, "url": …}` (the configured columns): `<ul id="lmnav">` is empty in the HTML and
    filled on load. The names and URLs are in the page; a reader sees the four tabs."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    std(p, u)
    cols = json.dumps(
        [{"name": c.name, "url": c.path, "id": 1200 + n} for n, c in enumerate(u.columns)],
        ensure_ascii=False,
    )
    extra = (
        '<div class="lm-nav"><ul id="lmnav" class="tab-hd"></ul></div>'
        f'<script type="text/javascript">\nvar lmList = {cols};\nvar html = "";\n'
        "for (var i = 0; i < lmList.length; i++) {\n"
        "  html += '<li><a href=\"' + lmList[i].url + '\" target=\"_blank\">' + "
        "lmList[i].name + '</a></li>';\n}\n"
        'document.getElementById("lmnav").innerHTML = html;\n</script>'
    )
    p.add(u.subpage, p.subpage_html(u, [], extra=extra))


def _u05_refresh_header(p: Portal) -> None:
    """The configured subpage answers 200 with an HTTP `Refresh: 0;url=/bm/mzj/xxgk/index.html`
    header (set by a PHP/ASP `header()` after the subpage moved) and a short body saying
    页面已迁移, with no meta refresh. Browsers follow the header; the new page shows every
    category. Nothing missing."""
    u = p.unit("mzj", "区民政局", "department")
    std(p, u)
    p.add("/bm/mzj/xxgk/index.html", p.subpage_html(u, p.menu(u)))
    body = bare(
        f"{u.name}-{h.SITE}",
        '<p style="text-align:center;padding:80px">本页面已迁移至新地址，正在跳转……</p>',
        h.meta(u.name, "子站首页"),
    )
    p.answer(
        u.subpage,
        body.encode("utf-8"),
        headers=(("Refresh", "0;url=/bm/mzj/xxgk/index.html"),),
    )


def _u06_cookie_check(p: Portal) -> None:
    """The subpage sits behind a web firewall's anti-CC 302 check: the first request, without
    the cookie, is answered `302` to the same URL with `Set-Cookie: waf_cc_verify=…`; with the
    cookie, the page. A browser gets the page after one redirect: reachable, categories shown,
    and the columns' breadcrumb links to it are not broken."""
    u = p.unit("sfj", "区司法局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    p.cookie_gates[u.subpage] = COOKIE


def _u07_site_closed(p: Portal) -> None:
    """A street office whose subpage, a site of the 站群 system, answers 200 with the system's
    notice 「该站点已关闭！」 and nothing else: the subpage is not there (subpage_unreachable), and
    nothing can be said of its categories. Its columns are fine; their breadcrumbs link to a
    page answering 200 (not broken: RULES counts answers ≥ 400)."""
    u = p.unit("xz_yq", "峪泉镇人民政府", "town")
    std(p, u, policy=False)
    page = bare(
        "站点提示",
        '<div class="tip" style="margin:120px auto;width:600px;text-align:center">'
        "<h3>该站点已关闭！</h3><p>如有疑问，请联系站群系统管理员。</p></div>",
    )
    p.add(u.subpage, page)
    p.expect(
        "xz_yq", "subpage_unreachable", u.subpage, "R3.unreachable; README: a 200 not-the-page"
    )
    p.maybe("xz_yq", "meta_missing", u.subpage, "moot: the page is no subpage")


def _u08_error_redirect(p: Portal) -> None:
    """The subpage 302s to `/error/404.html`, which answers 200: 「对不起，您访问的页面已被删除或
    不存在！」 (title 提示信息), a 返回首页 link. A soft 404: subpage_unreachable only. The
    breadcrumb links to the subpage end on a 200 (not broken)."""
    u = p.unit("czj", "区财政局", "department")
    std(p, u)
    p.answer(u.subpage, status=302, location="/error/404.html", ctype="")
    page = bare(
        "提示信息",
        '<div class="error-box"><img src="/images/logo.png" alt="" />'
        "<p>对不起，您访问的页面已被删除或不存在！</p>"
        '<p><a href="/">返回首页</a> <a href="javascript:history.back();">返回上一页</a></p>'
        "</div>",
    )
    p.add("/error/404.html", page)
    p.expect("czj", "subpage_unreachable", u.subpage, "R3.unreachable; README: soft 404")
    p.maybe("czj", "meta_missing", u.subpage, "moot: the page is no subpage")


def _u09_soft_columns(p: Portal) -> None:
    """机构概况 answers 200 with the portal chrome around 「您要查看的信息已被删除或不存在！」;
    通知公告 answers 200 with a bare 「系统维护中 … 请稍后访问」 page. Neither is the column:
    both column_unreachable (a 机构概况 needs no date, but it must be there). The subpage's
    links to them answer 200 (not broken)."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    std(p, u, skip=("notice", "overview"))
    gone = "/bm/rsj/jggk/index.html"
    u.columns.append(Column("机构概况", "overview", gone))
    p.add(
        gone,
        p.column_page(
            u,
            "机构概况",
            '<div class="msg" style="padding:60px;text-align:center">'
            "您要查看的信息已被删除或不存在！</div>",
        ),
    )
    p.expect(
        "rsj",
        "column_unreachable",
        gone,
        "R3.unreachable: a soft 404 in the chrome",
        column="机构概况",
        category="overview",
    )
    down = "/bm/rsj/tzgg/index.html"
    u.columns.append(Column("通知公告", "notice", down))
    page = bare(
        "系统维护",
        '<div style="margin:100px auto;width:640px;text-align:center"><h2>系统维护中</h2>'
        "<p>为提供更优质的服务，网站正在进行系统升级维护，请稍后访问。给您带来不便，敬请谅解！</p>"
        "</div>",
    )
    p.add(down, page)
    p.expect(
        "rsj",
        "column_unreachable",
        down,
        "R3.unreachable: a maintenance page",
        column="通知公告",
        category="notice",
    )
    p.maybe("rsj", "meta_missing", down, "moot: the page is no column")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u10_home_redirect(p: Portal) -> None:
    """Control: a town whose subpage 302s to the portal's home page (the node was removed):
    subpage_unreachable (README). The breadcrumb links end on the home page (not broken)."""
    u = p.unit("xz_sg", "石鼓镇人民政府", "town")
    std(p, u, policy=False)
    p.answer(u.subpage, status=302, location="/index.html", ctype="")
    p.expect("xz_sg", "subpage_unreachable", u.subpage, "README: a redirect to the home page")


ANTI_GAMBLING = (
    '<div class="art-more">'
    "<p>4月15日是全民国家安全教育日。当天，区公安分局在人民路广场开展“严厉打击网络赌博 守护群众"
    "钱袋子”主题宣传活动，现场发放宣传资料2000余份，接受群众咨询300余人次。</p>"
    "<p>民警结合近期破获的案件，向群众揭露了网络赌博的常见名目：</p>"
    "<p>百家乐、时时彩、北京赛车、六合彩、真人视讯、捕鱼赢钱、老虎机等。</p>"
    "<p>这些平台往往以“稳赚不赔”“高额返利”为诱饵，先让参与者小额获利，再诱导其不断加大投注，"
    "最终血本无归。民警提醒广大群众：珍爱家庭，远离赌博，发现涉赌线索请及时拨打110举报。</p>"
    "</div>"
)


def _u11_anti_gambling(p: Portal) -> None:
    """工作动态's newest article is a 严厉打击网络赌博 campaign story; one paragraph of it is the
    bare list of gambling names the police warned of (百家乐、时时彩、北京赛车、六合彩 …). A news
    story about a campaign against gambling is not spam: no injection."""
    u = p.unit("gaj", "区公安分局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [1, 5, 9, 13], inject={0: ANTI_GAMBLING})
    items = titled(
        items,
        [
            "区公安分局开展“严厉打击网络赌博 守护群众钱袋子”主题宣传活动",
            "区公安分局召开一季度治安形势分析会",
            "区公安分局开展道路交通安全集中整治",
            "区公安分局组织民警开展实战化练兵",
        ],
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items)))
    # The article's own title must be the one listed.
    path = detail_path(base, items[0])
    p.routes[path] = replace_title(p.routes[path], items[0].title)
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u12_noscript(p: Portal) -> None:
    """The subpage's footer has a statistics `<script src>` and, after it, a `<noscript>` holding
    three links to gambling hosts named 澳门新葡京 / 太阳城娱乐 / 皇冠体育投注: hidden from every
    reader with scripts, read by search engines. Injection."""
    u = p.unit("scj", "区市场监督管理局", "department")
    std(p, u)
    links = " ".join(
        f'<a href="http://{host}/" target="_blank">{w}</a>'
        for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    )
    extra = (
        f'<script type="text/javascript" src="/images/tj.js"></script><noscript>{links}</noscript>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.add("/images/tj.js", "/* stat */", ctype="text/javascript")
    p.expect("scj", "content_injection", u.subpage, "R3.injection: links hidden in <noscript>")


def _u13_tag_class_rule(p: Portal) -> None:
    """通知公告's page carries, in its `<head>`, `<style>div.hz-link{position:absolute;
    left:-9999px;top:-9999px}</style>` and, before the footer, a `<div class="hz-link">` of links
    with innocent words to gambling hosts: off-screen, hidden links to other sites. Injection."""
    u = p.unit("hbj", "区生态环境分局", "department")
    std(p, u, skip=("notice",))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [20, 45, 80])
    style = (
        '<style type="text/css">/* yqlj */\n'
        "div.hz-link{position:absolute;left:-9999px;top:-9999px;}\n</style>\n"
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items), extra_head=style))
    hidden = "".join(
        f'<a href="http://{host}/" target="_blank">{w}</a>'
        for w, host in zip(("网站地图", "友情链接", "在线客服"), GAMBLING, strict=True)
    )
    before_footer(p, base + "index.html", f'<div class="hz-link">{hidden}</div>')
    p.expect("hbj", "content_injection", base + "index.html", "R3.injection: off-screen links")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u14_select_links(p: Portal) -> None:
    """The subpage's 友情链接 drop-down (`<select onchange="window.open(this.value)">`) lists
    中国政府网 and 陕西省人民政府, then three options an intruder added: 澳门新葡京, 太阳城娱乐,
    皇冠体育投注, each to a gambling host. Shown to every reader who opens it: a block of
    gambling phrases with links to gambling sites. Injection."""
    u = p.unit("lyj", "区林业局", "department")
    std(p, u)
    options = [
        ("中国政府网", "http://www.gov.cn/"),
        ("陕西省人民政府", "http://www.shaanxi.gov.cn/"),
        *((w, f"http://{host}/") for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)),
    ]
    opts = "".join(f'<option value="{url}">{text}</option>' for text, url in options)
    extra = (
        '<div class="yqlj">友情链接：<select onchange="if(this.value)window.open(this.value)">'
        f'<option value="">--请选择--</option>{opts}</select></div>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect("lyj", "content_injection", u.subpage, "R3.injection: gambling links in a select")


def _u15_stub_title(p: Portal) -> None:
    """工作动态's configured URL is a TRS stub, `<meta http-equiv="refresh" content="0;url=
    list_1.html">`, whose `<title>` and keywords an intruder rewrote: 「澳门新葡京|百家乐|时时彩|
    北京赛车|工作动态-区体育局」. The list on list_1.html is fresh (2 days). The stub is the page
    search engines show under the column's URL: injection, at the configured URL."""
    u = p.unit("tyj", "区体育局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [2, 9, 16])
    p.add(base + "list_1.html", p.column_page(u, "工作动态", h.trs_ul(items)))
    stub = bare(
        f"澳门新葡京|百家乐|时时彩|北京赛车|工作动态-{u.name}",
        "",
        '<meta name="keywords" content="澳门新葡京,百家乐,时时彩,北京赛车,网上赌场" />\n'
        + h.meta("工作动态", "工作动态")
        + '\n<meta http-equiv="refresh" content="0;url=list_1.html" />\n',
    )
    p.add(base + "index.html", stub)
    p.expect("tyj", "content_injection", base + "index.html", "R3.injection: hijacked title")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u16_comment_and_height0(p: Portal) -> None:
    """Controls. The subpage keeps an intruder's old gambling links inside an HTML comment (not
    shown: no injection) and names two categories in Kangxi radicals pasted from a PDF
    (⼯作动态, 政策⽂件, U+2F2F and U+2F42), linking to pages that are not the configured URLs
    (shown: NFKC makes them 工作动态, 政策文件). 通知公告's newest article ends with a
    `<div style="height:0;overflow:hidden">` of links to gambling hosts: injection there."""
    u = p.unit("swj", "区商务局", "department")
    std(p, u, skip=("notice",))
    base = p.col(u, "通知公告", "notice", "tzgg")
    hidden = (
        '<div style="height:0;overflow:hidden">'
        + "".join(
            f'<a href="http://{host}/">{w}</a>'
            for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
        )
        + "</div>"
    )
    items = p.items(base, "通知公告", [25, 40, 66], inject={0: hidden})
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items)))
    p.expect("swj", "content_injection", detail_path(base, items[0]), "R3.injection: zero height")
    for slug in ("gzdt", "zcwj"):
        p.add(f"/bm/swj/{slug}/more.html", p.routes[f"/bm/swj/{slug}/index.html"].body.decode())
    names = {
        "dynamic": ("\u2f2f作动态", "gzdt/more.html"),
        "policy": ("政策\u2f42件", "zcwj/more.html"),
    }
    menu = [names.get(c.category, (c.name, c.path)) for c in u.columns]
    comment = (
        '<!-- 友情链接（旧） <div class="yqlj">'
        + "".join(
            f'<a href="http://{host}/">{w}</a>'
            for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
        )
        + "</div> -->"
    )
    p.add(u.subpage, p.subpage_html(u, menu, extra=comment))


def _u17_placeholder_links(p: Portal) -> None:
    """Links on the subpage. 「陕西交通」 has `href="http://"` and 「陕西交通（手机版）」
    `href="https://"`, what an editor's link dialog leaves when no address is typed: a browser
    cannot open them (broken). 「中国政府网」 is
    `http:///www.gov.cn/` (browsers skip the extra slash: a gov.cn site, never broken for want
    of DNS). 「宝鸡市人民政府」 is `http:/www.baoji.gov.cn/`: on an http page a browser reads it
    as the path `/www.baoji.gov.cn/` of this site, which is a 404 (broken). 「交通地图」 answers
    HEAD with 500 and GET with 200; 「路况信息」 answers 503 once, then 200 (neither broken)."""
    u = p.unit("jtj", "区交通运输局", "department")
    std(p, u)
    p.add("/bm/jtj/map/index.jsp", p.column_page(u, "交通地图", "<p>全区交通地图。</p>"))
    p.behave("/bm/jtj/map/index.jsp", head_status=500)
    p.add("/bm/jtj/lkxx/index.html", p.column_page(u, "路况信息", "<p>今日路况良好。</p>"))
    p.behave("/bm/jtj/lkxx/index.html", fail_first=1)
    extra = (
        '<div class="links"><a href="http://" target="_blank">陕西交通</a> '
        '<a href="https://" target="_blank">陕西交通（手机版）</a> '
        '<a href="http:///www.gov.cn/" target="_blank">中国政府网</a> '
        '<a href="http:/www.baoji.gov.cn/" target="_blank">宝鸡市人民政府</a> '
        '<a href="/bm/jtj/map/index.jsp">交通地图</a> '
        '<a href="/bm/jtj/lkxx/index.html">路况信息</a></div>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect("jtj", "broken_link", "abs:http://", "R3.broken: a link that leads nowhere")
    p.expect("jtj", "broken_link", "abs:https://", "R3.broken: a link that leads nowhere")
    p.expect("jtj", "broken_link", "/www.baoji.gov.cn/", "R3.broken: `http:/…` is a path (404)")


def _u18_odd_hrefs(p: Portal) -> None:
    """Links on 政策文件's first page. Broken: `www.gov.cn` without a scheme (a path under the
    column, 404), `http：//www.shaanxi.gov.cn/` with a full-width colon (a path too, 404), and
    `/bm/zrj/old/a.html`, 301 → 301 → 404 (reported at the link's target). Not broken: a file
    named `完成率100%.pdf` (a bare `%`, served), and `dl.jsp?id=7`, 302 with a raw UTF-8
    `Location: /bm/zrj/files/2026年度国土空间规划.pdf` (served)."""
    u = p.unit("zrj", "区自然资源局", "department")
    std(p, u)
    p.add("/bm/zrj/files/完成率100%.pdf", "%PDF-1.4\n", ctype="application/pdf")
    target = "/bm/zrj/files/2026年度国土空间规划.pdf"
    p.add(target, "%PDF-1.4\n", ctype="application/pdf")
    p.answer(
        "/bm/zrj/files/dl.jsp?id=7",
        status=302,
        location=target.encode("utf-8").decode("latin-1"),
        ctype="",
    )
    p.answer("/bm/zrj/old/a.html", status=301, location="/bm/zrj/old/b.html", ctype="")
    p.answer("/bm/zrj/old/b.html", status=301, location="/bm/zrj/old/c.html", ctype="")
    links = (
        '<div class="xglj"><a href="www.gov.cn" target="_blank">中国政府网</a> '
        '<a href="http：//www.shaanxi.gov.cn/" target="_blank">陕西省人民政府</a> '
        '<a href="/bm/zrj/files/完成率100%.pdf">2026年一季度目标任务完成率100%</a> '
        '<a href="/bm/zrj/files/dl.jsp?id=7">2026年度国土空间规划（下载）</a> '
        '<a href="/bm/zrj/old/a.html">旧版政策文件库</a></div>'
    )
    before_footer(p, "/bm/zrj/zcwj/index.html", links)
    p.expect("zrj", "broken_link", "/bm/zrj/zcwj/www.gov.cn", "R3.broken: a relative path, 404")
    p.expect(
        "zrj",
        "broken_link",
        "/bm/zrj/zcwj/http：//www.shaanxi.gov.cn/",
        "R3.broken: a relative path, 404",
    )
    p.expect("zrj", "broken_link", "/bm/zrj/old/a.html", "R3.broken: a 301 chain ending 404")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u19_unit_kind(p: Portal) -> None:
    """A district-level unit (kind `unit`, 区直单位) whose categories are 信息公开指南 and
    部门预决算. Its subpage is in 繁體: 「信息公開指南」 (the second configured name, 繁→简) links
    to an unconfigured page — shown; 「財政預決算」 links to the 财政局's district budget column
    — not the unit's 部门预决算, and no name of it: category_missing (budget)."""
    u = p.unit("jgj", "区机关事务服务中心", "unit")
    base = p.col(u, "政府信息公开指南", "guide", "zn")
    guide = (
        '<div class="article"><h1>区机关事务服务中心政府信息公开指南</h1><p>一、主动公开：'
        "本中心主动公开的政府信息包括机构职能、规范性文件、部门预决算等。</p><p>二、依申请公开："
        "公民、法人或者其他组织可以通过信函、网络等方式提出申请。</p></div>"
    )
    p.add(base + "index.html", p.column_page(u, "政府信息公开指南", guide))
    p.add(base + "list.html", p.routes[base + "index.html"].body.decode())
    base = p.col(u, "部门预决算", "budget", "yjs")
    items = p.items(base, "部门预决算", [20, 380, 395])
    items = titled(
        items,
        [
            "区机关事务服务中心2027年部门预算公开",
            "区机关事务服务中心2025年部门决算公开",
            "区机关事务服务中心2026年部门预算公开",
        ],
    )
    p.add(base + "index.html", p.column_page(u, "部门预决算", h.trs_ul(items)))
    p.add("/bm/czj/yjs/index.html", p.column_page(u, "财政预决算", "<p>全区财政预决算。</p>"))
    menu = [("信息公開指南", "/bm/jgj/zn/list.html"), ("財政預決算", "/bm/czj/yjs/index.html")]
    p.add(u.subpage, p.subpage_html(u, menu))
    p.expect(
        "jgj",
        "category_missing",
        u.subpage,
        "R3.category: no name of 部门预决算",
        category="budget",
    )


def _u20_buttons(p: Portal) -> None:
    """Categories drawn as controls. 通知公告 is `<input type="button" value="通知公告"
    onclick="location.href='tzgg/list.html'">` (its visible label is the value); 机构概况 is an
    image link `<a href="jggk/list.html"><img src="btn_jggk.png" title="机构概况"></a>` with no
    alt (its accessible name is the title). Neither targets the configured URL. Both shown."""
    u = p.unit("wjw", "区卫生健康局", "department")
    std(p, u)
    for slug in ("tzgg", "jggk"):
        p.add(f"/bm/wjw/{slug}/list.html", p.routes[f"/bm/wjw/{slug}/index.html"].body.decode())
    links = [(c.name, c.path) for c in u.columns if c.category in ("dynamic", "policy")]
    extra = (
        '<div class="btns"><input type="button" class="btn" value="通知公告" '
        "onclick=\"location.href='/bm/wjw/tzgg/list.html'\" />"
        '<a href="/bm/wjw/jggk/list.html"><img src="/images/btn_jggk.png" title="机构概况" '
        'border="0" /></a></div>'
    )
    p.add(u.subpage, p.subpage_html(u, links, extra=extra))


def _u21_home_stub_gone(p: Portal) -> None:
    """Controls. 工作动态 is a bare stub whose script sends every reader to the home page
    (`top.location.href = "/";`): column_unreachable (README). 政策文件 answers 410 Gone:
    column_unreachable, and the subpage's menu link to it is broken. The subpage is GBK with no
    charset declared anywhere (categories read all the same)."""
    u = p.unit("ajj", "区应急管理局", "department")
    std(p, u)
    gz = "/bm/ajj/gzdt/index.html"
    p.add(
        gz,
        bare(
            "工作动态",
            '<script type="text/javascript">top.location.href = "/";</script>',
            h.meta("工作动态", "工作动态"),
        ),
    )
    p.expect(
        "ajj",
        "column_unreachable",
        gz,
        "README: forwarded to the home page",
        column="工作动态",
        category="dynamic",
    )
    zc = "/bm/ajj/zcwj/index.html"
    p.answer(zc, b"<h1>410 Gone</h1>", status=410)
    p.expect(
        "ajj",
        "column_unreachable",
        zc,
        "R3.unreachable: 410 is final",
        column="政策文件",
        category="policy",
    )
    p.expect("ajj", "broken_link", zc, "R3.broken: the subpage's menu links it")
    text = p.subpage_html(u, p.menu(u), charset=None)
    p.answer(u.subpage, text.encode("gbk"), "text/html")


def _u22_stale_empty(p: Portal) -> None:
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


def _u23_hidden_and_dead(p: Portal) -> None:
    """Control: a `display:none` div of gambling links on the subpage (injection); 通知公告's
    page links a 404 PDF and a search URL with a hostile query answering 404 (both broken)."""
    u = p.unit("ybj", "区医疗保障局", "department")
    std(p, u)
    hidden = "".join(
        f'<a href="http://{host}/">{w}</a>' for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    )
    p.add(
        u.subpage, p.subpage_html(u, p.menu(u), extra=f'<div style="display:none">{hidden}</div>')
    )
    p.expect("ybj", "content_injection", u.subpage, "R3.injection: display:none links")
    bad = f"/bm/ybj/search404.html?q={HOSTILE}"
    before_footer(
        p,
        "/bm/ybj/tzgg/index.html",
        f'<p><a href="/bm/ybj/files/2026ybml.pdf">2026年医保目录（PDF）</a> '
        f'<a href="{escape(bad)}">站内搜索</a></p>',
    )
    p.expect("ybj", "broken_link", "/bm/ybj/files/2026ybml.pdf", "R3.broken: 404 PDF")
    p.expect("ybj", "broken_link", bad, "R3.broken: 404")


def _u24_missing(p: Portal) -> None:
    """Control: a town whose subpage does not show 通知公告 (category_missing)."""
    u = p.unit("xz_gp", "高家镇人民政府", "town")
    std(p, u, policy=False)
    p.add(
        u.subpage,
        p.subpage_html(u, [(c.name, c.path) for c in u.columns if c.category != "notice"]),
    )
    p.expect("xz_gp", "category_missing", u.subpage, "R3.category: not shown", category="notice")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_frameset_menu,
    _u02_iframe_menu,
    _u03_js_shell,
    _u04_json_tabs,
    _u05_refresh_header,
    _u06_cookie_check,
    _u07_site_closed,
    _u08_error_redirect,
    _u09_soft_columns,
    _u10_home_redirect,
    _u11_anti_gambling,
    _u12_noscript,
    _u13_tag_class_rule,
    _u14_select_links,
    _u15_stub_title,
    _u16_comment_and_height0,
    _u17_placeholder_links,
    _u18_odd_hrefs,
    _u19_unit_kind,
    _u20_buttons,
    _u21_home_stub_gone,
    _u22_stale_empty,
    _u23_hidden_and_dead,
    _u24_missing,
)


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
