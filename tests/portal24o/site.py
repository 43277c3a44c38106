"""Trap portal 24o: the three checks of a page's *markup* — content_injection,
category_missing and meta_missing — in idioms portals 24–24l never used.

- **Injection that must be found**: hidden links behind `position:absolute;top:-999px`,
  `text-indent:-9999px`, `font-size:0`, white on white, a `display:none` three levels up,
  `visibility:hidden`, `clip:rect(0 0 0 0)`, `opacity:0`, a descendant-selector rule in a
  `<style>`, a `<marquee>` sized 1×1 by its style; links a script writes from a variable
  filled by `unescape('%3C…')`, from `String.fromCharCode`, from `atob`, and over three
  `document.write` calls; parasite links to the portal's own host named in 繁體 (澳門博彩,
  線上娛樂城), with zero-width characters, full-width Latin, or spaced out (百 家 乐); a
  subpage `<title>` and description hijacked by one repeated brand.
- **Honest look-alikes that must not be**: a SuperSlide carousel's hidden slides (学习强国,
  共产党员网), a hover drop-down of own pages, a 税务局's hidden 办事指南 tab listing 代开发票,
  福利彩票/体育彩票 news, an anti-gambling story quoting a victim (百家乐, 时时彩), a 无障碍
  toolbar and a 分享 box hidden until clicked, an off-screen skip link, a CSS image-replacement
  menu, a site search form.
- **Categories**: configured synonyms (本局动态, 公示公告, 政策法规, 机构职能), full-width spaces,
  `<span>`-split names, `&nbsp;`, 【】, image-only links named by `alt`, an image map, 繁體,
  a hover drop-down, a footer link; missing: 党建动态 (not 工作动态), the name inside a news
  title, a menu item commented out, a menu item hidden by `display:none`.
- **Meta tags** (政府网站发展指引, RULES §2): lower- and upper-case names, tags inside `<body>`,
  a duplicated tag whose first copy is empty (fine); `content=""`, blank content, a tag
  commented out, an article without ArticleTitle/ContentSource, an article without PubDate, a
  subpage with no tags (warn); a page without SiteDomain only (RULES does not ask for it).

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md
must report (`p.expect`; `p.maybe` for a finding acceptable either way). Ages are literal.
The reference day is `AS_OF`, 2027-11-16, a Tuesday. The server is `tests.portal24k.server`.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import Unit
from tests.portal24c.site import spam_links
from tests.portal24f.site import MAX_AGE, Expect, stale, std, titled
from tests.portal24g.site import GAMBLING, HOSTILE, a, before_footer, lines, ymd
from tests.portal24k.site import Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 11, 16)

# portal24's categories, with the synonyms this district's assessment plan lists as names.
CATEGORIES = """\
categories:
  - id: dynamic
    names: [工作动态, 部门动态, 政务要闻, 乡镇动态, 本局动态]
    max_age_days: 14
    required_for: [department, town]
  - id: notice
    names: [通知公告, 公示公告]
    max_age_days: 183
    required_for: [department, town]
    top_level: true
  - id: policy
    names: [政策文件, 政策法规]
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
    names: [机构概况, 机构职能]
    max_age_days: null
    required_for: [department, town]
"""


def config_yaml(portal: Portal, base_url: str) -> str:
    root = base_url.rstrip("/")
    out = [
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


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    for n in range(1, 7):  # the parasite pages an injector uploaded (served: not broken)
        p.add(f"/uploads/2027/11/bc0{n}.html", "<html><body>澳門博彩 線上娛樂城</body></html>")
    p.add("/images/nav_bg.png", "\x89PNG\r\n", ctype="image/png")
    help_page = h.page(title="无障碍浏览", head=h.meta("无障碍", "无障碍"), today=today,
                       crumbs=[("首页", "/")], main="<p>无障碍版使用帮助</p>")
    p.add("/wza/index.html", help_page)
    return p


# -- helpers -----------------------------------------------------------------------------------


def plain(p: Portal, base: str, name: str, ages: Sequence[int], **kw: object) -> list[Item]:
    return p.items(base, name, ages, style="plain", **kw)  # type: ignore[arg-type]


def ul(items: Sequence[Item], cls: str = "list") -> str:
    return (
        f'<ul class="{cls}">'
        + lines(items, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
        + "</ul>"
    )


def edit(p: Portal, path: str, old: str, new: str) -> None:
    """Replace `old` (which must be there) by `new` in a built page."""
    r = p.routes[path]
    text = r.body.decode("utf-8")
    assert old in text, (path, old)
    p.routes[path] = replace(r, body=text.replace(old, new, 1).encode("utf-8"))


def newest_detail(p: Portal, column_path: str) -> str:
    """The path of the first (newest) article a TRS list (`p.fresh`) links."""
    text = p.routes[column_path].body.decode("utf-8")
    start = text.index('href="./') + 8
    return column_path.rsplit("/", 1)[0] + "/" + text[start : text.index('"', start)]


def js_escape(text: str) -> str:
    """JavaScript's `escape()`: what `unescape()` turns back into the text."""
    out = []
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in "@*_+-./"):
            out.append(ch)
        elif ord(ch) < 256:
            out.append(f"%{ord(ch):02X}")
        else:
            out.append(f"%u{ord(ch):04X}")
    return "".join(out)


HIDDEN_LINKS = spam_links()  # 网站地图 / 友情链接 / 在线客服 to three gambling hosts
SCRIPT_HTML = (
    '<div style="display:none">'
    + "".join(f'<a href="http://{host}/">{host.split(".")[1]}</a>' for host in GAMBLING)
    + "</div>"
)


def parasite(words: Sequence[str], hide: str = "display:none") -> str:
    """Hidden links to spam pages uploaded to the portal's own host: only their words tell."""
    links = "".join(
        f'<a href="/uploads/2027/11/bc0{n + 1}.html" target="_blank">{w}</a> '
        for n, w in enumerate(words)
    )
    return f'<div style="{hide}">{links}</div>'


def article(p: Portal, path: str, title: str, column: str, age: int, body: str) -> None:
    """An article page with its own text (h.detail's chrome, meta tags and 发布时间)."""
    p.add(
        path,
        h.detail(title=title, today=p.today, column=column, published=p.d(age), inject=body),
    )


def plain_column(
    p: Portal, u: Unit, name: str, cat: str, slug: str, ages: Sequence[int], main_extra: str = ""
) -> tuple[str, list[Item]]:
    base = p.col(u, name, cat, slug)
    items = plain(p, base, name, ages)
    p.add(base + "index.html", p.column_page(u, name, ul(items) + main_extra))
    return base, items


def own_page(p: Portal, u: Unit, path: str, name: str) -> None:
    """A page of the unit that is not a configured column (a menu's other target)."""
    base = path.rsplit("/", 1)[0] + "/"
    items = plain(p, base, name, [3, 9, 20])
    p.add(path, p.column_page(u, name, ul(items)))


# =========================================================================================
# The units. Rules: R3.injection, R3.category (RULES.md §3); R2.guide (RULES.md §2, the
# 政府网站发展指引 tags: "each page … SiteName, SiteIDCode, ColumnName, ColumnType, and on
# articles ArticleTitle, PubDate and ContentSource … their absence is … worth a warning");
# README's check table (meta_missing, warn; injection "or HTML a script writes").
# =========================================================================================


def _u01_offscreen(p: Portal) -> None:
    """Hidden links to gambling hosts (innocent link words): on the subpage behind
    `position:absolute;top:-999px`, on 工作动态's list page behind `text-indent:-9999px`, on
    its newest article behind `font-size:0`. Injection on all three pages (R3.injection:
    off-screen positioning, zero size)."""
    u = p.unit("ajj", "区应急管理局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    before_footer(p, u.subpage, f'<div style="position:absolute;top:-999px;left:-999px">'
                  f"{HIDDEN_LINKS}</div>")
    col = u.columns[0].path
    before_footer(p, col, f'<p style="text-indent:-9999px">{HIDDEN_LINKS}</p>')
    art = newest_detail(p, col)
    before_footer(p, art, f'<div style="font-size:0;line-height:0">{HIDDEN_LINKS}</div>')
    for path in (u.subpage, col, art):
        p.expect("ajj", "content_injection", path, "R3.injection: off-screen / zero-size links")


def _u02_white(p: Portal) -> None:
    """The subpage carries gambling links written white on a white box (`color:#ffffff` on
    `background:#ffffff`): a reader sees nothing there. 通知公告's page carries them inside a
    `display:none` div three levels up (div > div.box > ul > li > a). Injection on both
    (R3.injection: links hidden from readers that point to other sites)."""
    u = p.unit("swj", "区商务局", "department")
    std(p, u)
    white = "".join(
        f'<a href="http://{host}/" style="color:#ffffff;font-size:12px">{w}</a> '
        for w, host in zip(("网站地图", "友情链接", "在线客服"), GAMBLING, strict=True)
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    before_footer(p, u.subpage, f'<div class="yqlj" style="background:#ffffff;color:#ffffff">'
                  f"{white}</div>")
    col = u.columns[1].path
    deep = "".join(f"<li>{x}</a></li>" for x in HIDDEN_LINKS.split("</a>") if x)
    before_footer(p, col, f'<div style="display:none"><div class="box"><ul>{deep}</ul></div>'
                  "</div>")
    p.expect("swj", "content_injection", u.subpage, "R3.injection: white-on-white links")
    p.expect("swj", "content_injection", col, "R3.injection: display:none three levels up")


def _u03_css_rules(p: Portal) -> None:
    """The subpage's `<style>` hides `#ftlinks .lk` (a descendant selector) off-screen and the
    links are in `<div id="ftlinks"><p class="lk">`; 工作动态's page hides them with
    `visibility:hidden`; its newest article with `position:absolute;clip:rect(0 0 0 0)`.
    Injection on all three (R3.injection)."""
    u = p.unit("zjj", "区住房和城乡建设局", "department")
    std(p, u)
    style = "<style type=\"text/css\">#ftlinks .lk{position:absolute;top:-1200px;}</style>\n"
    p.add(u.subpage, p.subpage_html(u, p.menu(u), head=h.meta(u.name, "子站首页") + style))
    before_footer(p, u.subpage, f'<div id="ftlinks"><p class="lk">{HIDDEN_LINKS}</p></div>')
    col = u.columns[0].path
    before_footer(p, col, f'<span style="visibility:hidden">{HIDDEN_LINKS}</span>')
    art = newest_detail(p, col)
    before_footer(p, art, f'<div style="position:absolute;clip:rect(0 0 0 0)">{HIDDEN_LINKS}'
                  "</div>")
    p.expect("zjj", "content_injection", u.subpage, "R3.injection: descendant-selector rule")
    p.expect("zjj", "content_injection", col, "R3.injection: visibility:hidden")
    p.expect("zjj", "content_injection", art, "R3.injection: clip:rect(0 0 0 0)")


def _u04_opacity_marquee(p: Portal) -> None:
    """The subpage's links sit in `opacity:0`; 通知公告's page has them in a
    `<marquee style="width:1px;height:1px">` (a marquee clips what overflows it: 1×1 shows
    nothing). Injection on both (R3.injection: zero size)."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    before_footer(p, u.subpage, f'<div style="opacity:0;filter:alpha(opacity=0)">{HIDDEN_LINKS}'
                  "</div>")
    col = u.columns[1].path
    before_footer(p, col, '<marquee scrollamount="3" style="width:1px;height:1px">'
                  f"{HIDDEN_LINKS}</marquee>")
    p.expect("gxj", "content_injection", u.subpage, "R3.injection: opacity:0")
    p.expect("gxj", "content_injection", col, "R3.injection: a 1×1 marquee")


def _u05_unescape_writes(p: Portal) -> None:
    """Script-written hidden links. The subpage: `var _0x = unescape('%3Cdiv…'); document.write(
    _0x);`. 工作动态's page: three `document.write` calls, the hiding `<div>` opened in the first
    and closed in the third. 通知公告's page: one call concatenating split strings (the form
    already read: a control). A browser renders all three: injection on each (R3.injection;
    README: "HTML a script writes")."""
    u = p.unit("kjj", "区科学技术局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    code = js_escape(SCRIPT_HTML)
    before_footer(p, u.subpage, f"<script type=\"text/javascript\">var _0x = unescape('{code}');"
                  "\ndocument.write(_0x);</script>")
    col = u.columns[0].path
    inner = SCRIPT_HTML.removeprefix('<div style="display:none">').removesuffix("</div>")
    three = (
        '<script type="text/javascript">\ndocument.write(\'<div style="display:none">\');\n'
        f"document.write('{inner}');\ndocument.write('</div>');\n</script>"
    )
    before_footer(p, col, three)
    col2 = u.columns[1].path
    halves = SCRIPT_HTML.replace('style="display:none"', "style=\"dis' + 'play:none\"")
    before_footer(p, col2, f"<script>document.write('{halves}');</script>")
    p.expect("kjj", "content_injection", u.subpage, "R3.injection: unescape() into a variable")
    p.expect("kjj", "content_injection", col, "R3.injection: three document.write calls")
    p.expect("kjj", "content_injection", col2, "R3.injection: concatenated document.write")


def _u06_encoded_writes(p: Portal) -> None:
    """Script-written hidden links, encoded: the subpage writes
    `String.fromCharCode(60,100,105,…)`, 工作动态's page writes `atob('PGRpdiBzdHlsZT0i…')`.
    Injection on both (R3.injection; README: "HTML a script writes")."""
    u = p.unit("wlj", "区文化和旅游局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    codes = ",".join(str(ord(c)) for c in SCRIPT_HTML)
    before_footer(p, u.subpage, f"<script>document.write(String.fromCharCode({codes}));</script>")
    col = u.columns[0].path
    b64 = base64.b64encode(SCRIPT_HTML.encode("ascii")).decode("ascii")
    before_footer(p, col, f"<script>document.write(atob('{b64}'));</script>")
    p.expect("wlj", "content_injection", u.subpage, "R3.injection: String.fromCharCode")
    p.expect("wlj", "content_injection", col, "R3.injection: atob base64")


def _u07_traditional(p: Portal) -> None:
    """Hidden (`display:none`) links to spam pages uploaded to the portal's own host. The
    subpage names them in 繁體: 澳門博彩, 線上娛樂城, 澳門博彩官網. 通知公告's page with zero-width
    characters and full-width Latin: 网上博\\u200b彩, 百\\u200b家\\u200b乐, ｂｅｔ３６５官网.
    Injection on both: hidden links that carry spam words (R3.injection)."""
    u = p.unit("tjj", "区统计局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    before_footer(p, u.subpage, parasite(["澳門博彩", "線上娛樂城", "澳門博彩官網"]))
    col = u.columns[1].path
    before_footer(p, col, parasite(["网上博\u200b彩", "百\u200b家\u200b乐", "ｂｅｔ３６５官网"]))
    p.expect("tjj", "content_injection", u.subpage, "R3.injection: 繁體 gambling words")
    p.expect("tjj", "content_injection", col, "R3.injection: zero-width / full-width words")


def _u08_spaced(p: Portal) -> None:
    """The subpage carries `height:1px;overflow:hidden` links to own-host spam pages named
    with spaces between the characters: 百 家 乐, 时 时 彩, 真 人 视 讯. Injection
    (R3.injection: hidden links that carry spam words)."""
    u = p.unit("ybj", "区医疗保障局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    before_footer(p, u.subpage, parasite(["百 家 乐", "时 时 彩", "真 人 视 讯"],
                                         "height:1px;overflow:hidden"))
    p.expect("ybj", "content_injection", u.subpage, "R3.injection: spaced-out spam words")


def _u09_hijacked_head(p: Portal) -> None:
    """The subpage's `<title>` and description are hijacked by one brand, repeated:
    澳门新葡京-澳门新葡京官网-新葡京娱乐场 / 澳門新葡京官方網站…. 政策文件's page carries a
    keywords list of five terms (百家乐,时时彩,…: the form already read, a control).
    Injection on both (R3.injection: gambling SEO phrases; README: a hijacked title)."""
    u = p.unit("lyj", "区林业局", "department")
    std(p, u)
    head = (
        h.meta(u.name, "子站首页")
        + '\n<meta name="description" content="澳門新葡京官方網站，澳門新葡京娛樂場歡迎您" />'
    )
    page = p.subpage_html(u, p.menu(u), head=head).replace(
        f"<title>{u.name}-{h.SITE}</title>",
        "<title>澳门新葡京-澳门新葡京官网-新葡京娱乐场官方网站</title>",
    )
    p.add(u.subpage, page)
    col = u.columns[2].path
    edit(p, col, "<title>", '<meta name="keywords" content="百家乐,时时彩,六合彩,真人视讯,'
         'bet365" />\n<title>')
    p.expect("lyj", "content_injection", u.subpage, "R3.injection: hijacked title (one brand)")
    p.expect("lyj", "content_injection", col, "R3.injection: hijacked keywords")


SUPERSLIDE = """\
<div class="slideBox" id="slideBox"><div class="bd"><ul class="pic">
<li style="display:block"><a href="{own}" target="_blank">
<img src="/images/logo.png" alt="{t}" /></a></li>
<li style="display:none"><a href="https://www.xuexi.cn/" target="_blank">
<img src="/images/logo.png" alt="学习强国" /></a></li>
<li style="display:none"><a href="http://www.12371.cn/" target="_blank">
<img src="/images/logo.png" alt="共产党员网" /></a></li>
</ul></div><div class="hd"><ul><li class="on">1</li><li>2</li><li>3</li></ul></div></div>
<script type="text/javascript">
jQuery(".slideBox").slide({{mainCell:".bd ul",effect:"fold",autoPlay:true,interTime:4000}});
</script>
"""

DROPDOWN = """\
<div class="sub-nav"><ul>
<li class="nav-item"
 onmouseover="this.getElementsByTagName('ul')[0].style.display='block'"
 onmouseout="this.getElementsByTagName('ul')[0].style.display='none'">
<a href="{sub}">本局概况</a><ul class="drop" style="display:none">{items}</ul></li></ul></div>
"""


def _u10_carousel(p: Portal) -> None:
    """Honest: the subpage's SuperSlide banner keeps slides 2 and 3 hidden (`display:none`)
    until the plugin shows them in turn, linking 学习强国 and 共产党员网 (banners every
    portal carries); a hover drop-down holds the unit's own columns. Slides and menus a
    reader is shown are not concealed: no injection (R3.injection: "nor is a hidden mobile
    menu" — the same for a carousel); categories shown."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    std(p, u)
    slide = SUPERSLIDE.format(own=u.columns[0].path, t="项目建设")
    items = "".join(f'<li><a href="{c.path}">{c.name}</a></li>' for c in u.columns)
    drop = DROPDOWN.format(sub=u.subpage, items=items)
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=slide + drop))


TAB_SCRIPT = """\
<script type="text/javascript">
function setTab(name, cursel, n) {
  for (var i = 1; i <= n; i++) {
    var menu = document.getElementById(name + i);
    var con = document.getElementById("con_" + name + "_" + i);
    menu.className = i == cursel ? "hover" : "";
    con.style.display = i == cursel ? "block" : "none";
  }
}
</script>
"""


def _u11_tax_tab(p: Portal) -> None:
    """Honest: a 税务局 subpage's tab box (`setTab`, the classic script): tab 1 工作动态 shown,
    tab 2 办事指南 hidden until hovered, listing the unit's own guides — 个人出租不动产代开发票
    办理指南, 代开发票常见问题解答 (代开发票 is a tax office's service, not spam). No injection
    (R3.injection: an official phrase sharing a spam term, in a tab a reader opens)."""
    u = p.unit("sws", "国家税务总局临渭示范区税务局", "department")
    std(p, u)
    base = "/bm/sws/bszn/"
    guides = plain(p, base, "办事指南", [5, 12, 30])
    guides = titled(guides, ["个人出租不动产代开发票办理指南", "代开发票常见问题解答",
                             "增值税小规模纳税人减免政策指引"])
    news = [(c.name, c.path) for c in u.columns[:1]]
    tabs = (
        '<div class="tab-box"><ul class="tab-menu">'
        '<li id="one1" class="hover" onmouseover="setTab(\'one\',1,2)">工作动态</li>'
        '<li id="one2" onmouseover="setTab(\'one\',2,2)">办事指南</li></ul>'
        f'<div id="con_one_1"><ul><li><a href="{news[0][1]}">查看工作动态</a></li></ul></div>'
        f'<div id="con_one_2" style="display:none">{ul(guides)}</div></div>'
    )
    p.add(base + "index.html", p.column_page(u, "办事指南", ul(guides)))
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=tabs,
                                    head=h.meta(u.name, "子站首页") + TAB_SCRIPT))


def _u12_lottery(p: Portal) -> None:
    """Honest: a 民政局's 工作动态 and 通知公告 name 福利彩票 and 体育彩票 in several lines (a
    lottery's 公益金 is the 民政局's business); the newest article is about the 福彩 公益金. No
    injection (R3.injection: official wording is not spam)."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [1, 4, 9, 13])
    items = titled(items, [
        "区民政局召开2027年福利彩票公益金项目评审会",
        "福利彩票助力“福彩暖心”困难群众帮扶活动走进社区",
        "区民政局联合体育局开展福利彩票、体育彩票销售场所安全检查",
        "我区养老服务设施建设获福利彩票公益金支持",
    ])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items)))
    body = (
        "<p>本次评审的项目涵盖养老服务、儿童福利、残疾人康复等领域，资金来源为中央和省级"
        "福利彩票公益金。区民政局要求各项目单位严格按照《彩票公益金管理办法》使用资金，"
        "确保“取之于民、用之于民”。</p>"
    )
    article(p, items[0].href, items[0].title, "工作动态", 1, body)
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [20, 60, 95])
    items = titled(items, [
        "临渭示范区2026年度福利彩票公益金使用情况公告",
        "关于福利彩票销售站点布局调整的公示",
        "关于做好2027年体育彩票公益金资助项目申报工作的通知",
    ])
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(items)))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


STORY = """\
<p>为切实增强群众识赌防赌意识，11月14日，区公安分局治安大队联合胜利街道在中心广场开展“反赌反诈”宣传进社区活动。</p>
<p>活动现场，民警通过展板、发放宣传资料和以案说法等形式，向群众讲解网络赌博的常见套路和危害。</p>
<p>“一开始，只是好奇，跟着群里，玩了几把百家乐，赢了两百块，后来又玩时时彩，输了就想翻本，越输越多，三个月，输掉二十多万。”</p>
<p>受害人王某的讲述引起了在场群众的共鸣。民警提醒，网络赌博没有赢家，广大群众要自觉抵制，发现线索及时向公安机关举报。</p>
"""


def _u13_story(p: Portal) -> None:
    """Honest: the 公安分局's newest 工作动态 article is a 反赌反诈 campaign story; one
    paragraph quotes a victim in short clauses naming 百家乐 and 时时彩, with no 打击/警方
    near them. No injection (R3.injection: "A news story about a campaign against …
    gambling is not spam")."""
    u = p.unit("gaj", "区公安分局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [2, 6, 10])
    items = titled(items, ["区公安分局开展“反赌反诈”宣传进社区活动",
                           "区公安分局召开冬季治安防控工作部署会",
                           "区公安分局开展校园周边交通秩序整治"])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items)))
    article(p, items[0].href, items[0].title, "工作动态", 2, STORY)
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


WZA = """\
<div class="wza-entry"><a href="javascript:;" id="wzaBtn" onclick="toggleWza()">无障碍</a>
<a href="#content" class="skip" style="position:absolute;left:-9999px;top:auto">
跳过导航，直达正文</a></div>
<div id="wzaBar" class="wza-bar" style="display:none"><ul>
<li><a href="javascript:;" onclick="zoomPage(1.1)">放大</a></li>
<li><a href="javascript:;" onclick="zoomPage(0.9)">缩小</a></li>
<li><a href="javascript:;" onclick="highContrast()">高对比度</a></li>
<li><a href="https://www.nvaccess.org/download/" target="_blank">读屏软件下载（NVDA）</a></li>
<li><a href="/wza/index.html">使用帮助</a></li></ul></div>
<script type="text/javascript">
function toggleWza() { var bar = document.getElementById('wzaBar');
  bar.style.display = bar.style.display == 'none' ? 'block' : 'none'; }
</script>
"""

SHARE = """\
<div class="bdsharebuttonbox"><a href="javascript:;" class="share-btn"
 onmouseover="this.nextSibling.style.display='block'">分享到：</a><div class="share-more"
 style="display:none">
<a href="http://service.weibo.com/share/share.php?url={u}" target="_blank">新浪微博</a>
<a href="http://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url={u}"
 target="_blank">QQ空间</a>
<a href="https://www.douban.com/share/service?href={u}" target="_blank">豆瓣</a>
<a href="http://qr.liantu.com/api.php?text={u}" target="_blank">微信扫一扫</a></div></div>
"""

SEARCH = """\
<div class="search"><form action="/search/index.jsp" method="get" target="_blank">
<input type="hidden" name="siteid" value="12" />
<input type="text" name="q" placeholder="请输入关键词" />
<button type="submit">搜索</button></form>
<div id="advSearch" class="adv" style="display:none"><a href="/search/index.jsp?adv=1">高级检索</a>
<a href="/search/index.jsp?q=%E7%A6%8F%E5%88%A9%E5%BD%A9%E7%A5%A8">福利彩票</a></div></div>
"""


def _u14_toolbars(p: Portal) -> None:
    """Honest: the subpage has a 无障碍 toolbar hidden until its button is clicked (the
    toggle reads the element into a variable), linking a screen reader's download page; an
    off-screen skip link (`left:-9999px`, to `#content`); a site search form with a hidden
    高级检索 panel. 工作动态's page has a 分享 box hidden until hovered (微博, QQ空间, 豆瓣,
    微信 QR). Nothing: panels a reader opens are not concealment, and none names spam
    (R3.injection)."""
    u = p.unit("cgj", "区城市管理局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=SEARCH))
    before_footer(p, u.subpage, WZA)
    for path in ("/search/index.jsp", "/search/index.jsp?adv=1", "/search/index.jsp?q=福利彩票"):
        p.add(path, h.page(title="站内搜索", head=h.meta("站内搜索", "搜索"), today=p.today,
                           crumbs=[("首页", "/")], main="<p>请输入关键词</p>"))
    col = u.columns[0].path
    before_footer(p, col, SHARE.format(u="http%3A%2F%2Fwww.linwei.example%2F"))


def _u15_image_menu(p: Portal) -> None:
    """Honest: a 体育局 whose subpage menu is CSS image replacement — each link's text is
    pushed off-screen (`text-indent:-9999px`) and a background image shows the name; the links
    go to the configured columns. Its 工作动态 names 体育彩票 (体彩 公益金, 竞彩). Categories
    shown (R3.category: links to configured columns); no injection (own links, no spam)."""
    u = p.unit("tyj", "区体育运动中心", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [3, 7, 12])
    items = titled(items, ["体育彩票公益金援建全民健身路径落成",
                           "“体彩杯”全区职工篮球赛圆满落幕",
                           "区体育运动中心开展体育彩票实体店规范经营宣传"])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items)))
    std(p, u, skip=("dynamic",))
    menu = "".join(
        f'<li><a href="{c.path}" class="nav{n}" style="display:block;width:120px;height:36px;'
        f'text-indent:-9999px;background:url(/images/nav_bg.png) no-repeat 0 -{36 * n}px">'
        f"{c.name}</a></li>"
        for n, c in enumerate(u.columns)
    )
    p.add(u.subpage, p.subpage_html(u, [], extra=f'<div class="img-nav"><ul>{menu}</ul></div>'))


def _u16_synonyms(p: Portal) -> None:
    """Categories shown under configured synonyms and odd spellings, each link to a page of
    the unit that is not the configured column (the menu points to the CMS's dynamic list):
    本局动态 (configured name), 【公示公告】, 政策&nbsp;法规, and an image link whose only name
    is its `alt` 机构职能. All shown: nothing (R3.category: link text, normalised, equals a
    name — the image's alt is what the link shows)."""
    u = p.unit("sfj", "区司法局", "department")
    std(p, u)
    targets = [("本局动态", "/bm/sfj/list/bjdt.html"), ("【公示公告】", "/bm/sfj/list/gsgg.html"),
               ("政策&nbsp;法规", "/bm/sfj/list/zcfg.html")]
    for name, path in targets:
        own_page(p, u, path, name.replace("&nbsp;", "").strip("【】"))
    own_page(p, u, "/bm/sfj/list/jgzn.html", "机构职能")
    menu = "".join(f'<li><a href="{path}">{name}</a></li>' for name, path in targets)
    menu += ('<li><a href="/bm/sfj/list/jgzn.html"><img src="/images/logo.png" '
             'alt="机构职能" /></a></li>')
    p.add(u.subpage, p.subpage_html(u, [], extra=f'<div class="lm-nav"><ul>{menu}</ul></div>'))


def _u17_traditional_menu(p: Portal) -> None:
    """Categories shown in 繁體 and split or spaced: `工作<span>動態</span>`, 通知　公告
    (full-width space), 機構概況 (each to a non-configured page), and 政策文件 reached only by
    the footer's link to the configured column; the hover drop-down (display:none until
    :hover) repeats 通知公告. All shown: nothing (R3.category: 繁→简, full-width→half-width,
    spaces removed; a footer link is a link)."""
    u = p.unit("jyj", "区教育局", "department")
    std(p, u)
    for name, path in (
        ("工作动态", "/bm/jyj/list/gzdt.html"),
        ("通知公告", "/bm/jyj/list/tzgg.html"),
        ("机构概况", "/bm/jyj/list/jggk.html"),
    ):
        own_page(p, u, path, name)
    menu = (
        '<li><a href="/bm/jyj/list/gzdt.html">工作<span>動態</span></a></li>'
        '<li><a href="/bm/jyj/list/tzgg.html">通知　公告</a></li>'
        '<li><a href="/bm/jyj/list/jggk.html">機構概況</a></li>'
    )
    drop = (
        '<div class="topnav"><ul><li class="has-sub"><a href="javascript:;">信息公开</a>'
        '<ul class="sub-menu"><li><a href="/bm/jyj/list/tzgg.html">通知公告</a></li></ul></li>'
        "</ul></div>"
    )
    style = ("<style type=\"text/css\">.sub-menu{display:none;position:absolute}"
             ".topnav li:hover .sub-menu{display:block}</style>\n")
    p.add(u.subpage, p.subpage_html(u, [], extra=drop + f'<div class="lm"><ul>{menu}</ul></div>',
                                    head=h.meta(u.name, "子站首页") + style))
    policy = u.columns[2].path
    edit(p, u.subpage, '<a href="#top">返回顶部</a>',
         f'<a href="{policy}">政策文件</a> | <a href="#top">返回顶部</a>')


def _u18_lookalike_names(p: Portal) -> None:
    """Failing: the subpage menu shows 党建动态 (Party-building news, not the unit's 工作动态),
    通知公告 only inside a news title (关于通知公告栏目调整的说明), 机构概况 only in a menu item
    the editor commented out; 政策文件 is linked. category_missing for dynamic, notice and
    overview (R3.category: a link whose text *equals* a name; a comment shows nothing)."""
    u = p.unit("nyj", "区农业农村局", "department")
    std(p, u)
    own_page(p, u, "/bm/nyj/djdt/index.html", "党建动态")
    own_page(p, u, "/bm/nyj/xw/tzsm.html", "说明")
    menu = (
        '<li><a href="/bm/nyj/djdt/index.html">党建动态</a></li>'
        f'<li><a href="{u.columns[2].path}">政策文件</a></li>'
        f'<!-- <li><a href="{u.columns[3].path}">机构概况</a></li> -->'
    )
    news = ('<div class="zxxx"><ul><li><a href="/bm/nyj/xw/tzsm.html">关于通知公告栏目调整的说明'
            f"</a><span>{p.d(3):%Y-%m-%d}</span></li></ul></div>")
    p.add(u.subpage, p.subpage_html(u, [], extra=f'<div class="lm"><ul>{menu}</ul></div>{news}'))
    for cat in ("dynamic", "notice", "overview"):
        p.expect("nyj", "category_missing", u.subpage, "R3.category: not shown", category=cat)


def _u19_hidden_item(p: Portal) -> None:
    """Failing: the subpage's menu item 通知公告 (to an old list page, not the configured
    column) is hidden by `style="display:none"` — no hover, no script shows it: the editor
    took the column off the menu. category_missing for notice (R3.category: "shows a link";
    a link no reader can see is not shown)."""
    u = p.unit("slj", "区水利局", "department")
    std(p, u)
    own_page(p, u, "/bm/slj/old/tzgg.html", "通知公告")
    menu = [(c.name, c.path) for c in u.columns if c.category != "notice"]
    links = "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in menu)
    links += '<li style="display:none"><a href="/bm/slj/old/tzgg.html">通知公告</a></li>'
    p.add(u.subpage, p.subpage_html(u, [], extra=f'<div class="lm"><ul>{links}</ul></div>'))
    p.expect("slj", "category_missing", u.subpage, "R3.category: hidden menu item",
             category="notice")


def _u20_meta_variants(p: Portal) -> None:
    """Meta tags in odd but complete forms: the subpage's names in lower case
    (`sitename`…), 工作动态's page has them inside `<body>`, 通知公告's repeats ColumnName (first
    empty, then filled), 机构概况's in upper case (`<META NAME="SITENAME" …>`): all carry the
    tags, nothing. 政策文件's page has `ColumnType content=""`: meta_missing (R2.guide; an
    empty tag carries nothing)."""
    u = p.unit("hbj", "区生态环境局", "department")
    std(p, u)
    full = h.meta(u.name, "子站首页")
    lower = full.replace('name="SiteName"', 'name="sitename"').replace(
        'name="SiteIDCode"', 'name="siteidcode"').replace(
        'name="ColumnName"', 'name="columnname"').replace('name="ColumnType"', 'name="columntype"')
    p.add(u.subpage, p.subpage_html(u, p.menu(u), head=lower))
    dyn, notice, policy, overview = (c.path for c in u.columns)
    tags = h.meta("工作动态", "工作动态")
    edit(p, dyn, tags, "")
    edit(p, dyn, "<body>\n", f"<body>\n{tags}\n")
    tags = h.meta("通知公告", "通知公告")
    edit(p, notice, tags, '<meta name="ColumnName" content="" />\n' + tags)
    tags = h.meta("政策文件", "政策文件")
    edit(p, policy, tags, tags.replace('name="ColumnType" content="政策文件"',
                                       'name="ColumnType" content=""'))
    tags = h.meta("机构概况", "机构概况")
    upper = tags.replace("<meta name=", "<META NAME=").replace(" content=", " CONTENT=")
    upper = upper.replace('"SiteName"', '"SITENAME"').replace('"ColumnType"', '"COLUMNTYPE"')
    edit(p, overview, tags, upper)
    p.expect("hbj", "meta_missing", policy, "R2.guide: ColumnType is empty", column="政策文件")


def _u21_article_meta(p: Portal) -> None:
    """Meta tags missing in other ways. 工作动态's newest article has PubDate but no
    ArticleTitle and no ContentSource; 通知公告's newest has `PubDate content=""` (its 发布时间
    is shown); 政策文件's page has SiteIDCode only inside an HTML comment; 机构概况's page has
    `ColumnName content="   "`. meta_missing on each of the four (R2.guide: "on articles
    ArticleTitle, PubDate and ContentSource"). The subpage lacks only SiteDomain, which
    RULES does not ask for: nothing there."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    std(p, u)
    sub = h.meta(u.name, "子站首页")
    p.add(u.subpage, p.subpage_html(u, p.menu(u), head=sub.replace(
        '<meta name="SiteDomain" content="127.0.0.1" />\n', "")))
    dyn, notice, policy, overview = (c.path for c in u.columns)
    art = newest_detail(p, dyn)
    text = p.routes[art].body.decode("utf-8")
    start = text.index('<meta name="ArticleTitle"')
    edit(p, art, text[start : text.index("/>", start) + 2], "")
    edit(p, art, '<meta name="ContentSource" content="区政府办公室" />', "")
    art2 = newest_detail(p, notice)
    text = p.routes[art2].body.decode("utf-8")
    start = text.index('<meta name="PubDate"')
    edit(p, art2, text[start : text.index("/>", start) + 2], '<meta name="PubDate" content="" />')
    code = '<meta name="SiteIDCode" content="6105000099" />'
    edit(p, policy, code, f"<!-- {code} -->")
    edit(p, overview, '<meta name="ColumnName" content="机构概况" />',
         '<meta name="ColumnName" content="   " />')
    p.expect("rsj", "meta_missing", art, "R2.guide: no ArticleTitle, no ContentSource")
    p.expect("rsj", "meta_missing", art2, "R2.guide: PubDate empty")
    p.expect("rsj", "meta_missing", policy, "R2.guide: SiteIDCode commented out",
             column="政策文件")
    p.expect("rsj", "meta_missing", overview, "R2.guide: ColumnName blank", column="机构概况")


def _u22_control_dept(p: Portal) -> None:
    """Honest control: a department, every page complete. Nothing."""
    u = p.unit("scj", "区市场监督管理局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u23_control_town(p: Portal) -> None:
    """Control: a town whose 乡镇动态 is 30 days old (stale), 通知公告 says 暂无信息 (empty) and
    links a 404 search URL with a hostile query (broken), and whose subpage carries no meta
    tags at all (meta_missing, warn)."""
    u = p.unit("xz_sl", "石鼓镇人民政府", "town")
    p.fresh(u, "乡镇动态", "dynamic", "gzdt", age=30)
    stale(p, "xz_sl", "/zj/xz_sl/gzdt/index.html", "乡镇动态", "dynamic", 30, "R3.age: 30 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(base + "index.html",
          p.column_page(u, "通知公告", '<ul class="list"><li class="nodata">暂无信息</li></ul>'))
    p.expect("xz_sl", "column_empty", base + "index.html", "R3.empty: 暂无信息",
             column="通知公告", category="notice")
    std(p, u, policy=False, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u), head=""))
    p.expect("xz_sl", "meta_missing", u.subpage, "R2.guide: no tags at all")
    bad = f"/zj/xz_sl/search404.html?q={HOSTILE}"
    before_footer(p, base + "index.html", f'<p><a href="{escape(bad)}">站内搜索</a></p>')
    p.expect("xz_sl", "broken_link", bad, "R3.broken: 404 (the bulletin must escape the query)")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_offscreen,
    _u02_white,
    _u03_css_rules,
    _u04_opacity_marquee,
    _u05_unescape_writes,
    _u06_encoded_writes,
    _u07_traditional,
    _u08_spaced,
    _u09_hijacked_head,
    _u10_carousel,
    _u11_tax_tab,
    _u12_lottery,
    _u13_story,
    _u14_toolbars,
    _u15_image_menu,
    _u16_synonyms,
    _u17_traditional_menu,
    _u18_lookalike_names,
    _u19_hidden_item,
    _u20_meta_variants,
    _u21_article_meta,
    _u22_control_dept,
    _u23_control_town,
)
