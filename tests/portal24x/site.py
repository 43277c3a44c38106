"""The portal24x trap portal: unit subpages (镇街 and 部门 信息公开 pages) of TRS WCM / Hanweb
JCMS district portals whose category menus are written the many real ways — a left tree
`ul.tree > li > a` with sub-items, a grid of icon tiles (`a > img + p`), a 信息公开目录 table
whose rows are the categories, a `<button onclick="location.href=…">`, box titles whose 更多>>
link is the column, names with counts or arrows — and links that look broken but are not
(a `.pdf` served as `application/octet-stream`, a 301 to the same page with a slash, `#top`,
`javascript:;`, `mailto:`, `tel:`, an href with spaces around it, a gov.cn site with no DNS
here) beside links that are broken (a 404 attachment, a 500 page) — plus honest controls and
failing units.

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md
must report (`p.expect`; `p.maybe` for a judgement call). The reference day is `AS_OF`,
2028-02-15, a Tuesday. The server is `tests.portal24k.server`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from tests.portal24.site import Unit
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, config_yaml, std
from tests.portal24g.site import HOSTILE
from tests.portal24k.site import Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2028, 2, 15)
BAD = f"/bm/ajj/search404.html?q={HOSTILE}"


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    return p


def other(p: Portal, u: Unit, name: str) -> str:
    """A second, unconfigured list URL of the column `name` (a JCMS `col/colNNN` style
    address), answering 200 with the column's page."""
    c = next(c for c in u.columns if c.name == name)
    path = c.path.replace("index.html", "list_1.html")
    p.add(path, p.routes[c.path].body.decode())
    return path


def names(u: Unit) -> list[tuple[str, str]]:
    return [(c.name, c.path) for c in u.columns]


# =========================================================================================
# Rules: R3.category, R3.broken (RULES.md §3).
# =========================================================================================


def _u01_tree(p: Portal) -> None:
    """A left tree `ul.tree > li > a`: the top items are toggles (`href="javascript:;"`)
    named by category, the sub-items (局内动态, 公示公告, 规范性文件, 领导信息) link to the
    configured columns by URL. All categories present (R3.category: links to configured
    columns). Nothing."""
    u = p.unit("fgw", "区发展和改革局", "department")
    std(p, u)
    subs = {"工作动态": "局内动态", "通知公告": "公示公告", "政策文件": "规范性文件",
            "机构概况": "领导信息"}
    tree = "".join(
        f'<li class="parent"><a href="javascript:;" onclick="toggle(this)">{c.name}</a>'
        f'<ul class="sub"><li><a href="{c.path}">{subs[c.name]}</a></li></ul></li>'
        for c in u.columns
    )
    side = f'<div class="left-tree"><ul class="tree">{tree}</ul></div>'
    p.add(u.subpage, p.subpage_html(u, [], extra=side))


def _u02_tiles(p: Portal) -> None:
    """A grid of icon tiles `<a href><img><p>工作动态</p></a>` to unconfigured list URLs: the
    links' texts are the names. All present (R3.category: link text). Nothing."""
    u = p.unit("jyj", "区教育局", "department")
    std(p, u)
    tiles = "".join(
        f'<li><a href="{other(p, u, c.name)}" target="_blank">'
        f'<img src="/images/logo.png" alt="" /><p>{c.name}</p></a></li>'
        for c in u.columns
    )
    p.add(u.subpage, p.subpage_html(u, [], extra=f'<div class="icon-grid"><ul>{tiles}</ul></div>'))


def _u03_catalogue(p: Portal) -> None:
    """A 政府信息公开目录 table: one row per category, the name cell `<td><a>通知公告</a></td>`
    linking an unconfigured list URL, then a count cell and a 进入 link. All present. Nothing."""
    u = p.unit("czj", "区财政局", "department")
    std(p, u)
    rows = "".join(
        f'<tr><td class="xh">{n}</td><td class="lm"><a href="{(o := other(p, u, c.name))}">'
        f'{c.name}</a></td><td>{10 + n}条</td><td><a href="{o}">进入</a></td></tr>'
        for n, c in enumerate(u.columns, 1)
    )
    table = (
        '<table class="xxgk-ml" width="100%"><tr><th>序号</th><th>信息类别</th><th>条数</th>'
        f"<th>操作</th></tr>{rows}</table>"
    )
    p.add(u.subpage, p.subpage_html(u, [], extra=table))


def _u04_button(p: Portal) -> None:
    """The menu is `<button onclick="location.href='…'">通知公告</button>` (no `<a>`), each to
    the configured column: a reader sees and uses each entrance. All present (R3.category: a
    control that navigates to the configured column is its link). Nothing."""
    u = p.unit("mzj", "区民政局", "department")
    std(p, u)
    btns = "".join(
        f'<button type="button" class="lm-btn" onclick="location.href=\'{c.path}\'">'
        f"{c.name}</button>"
        for c in u.columns
    )
    p.add(u.subpage, p.subpage_html(u, [], extra=f'<div class="btn-nav">{btns}</div>'))


def _u05_more(p: Portal) -> None:
    """Box titles `<h3>工作动态</h3>` (plain text) with a `更多>>` link that is the configured
    column (written relative, `./gzdt/index.html`). All present (link to the configured
    column). Nothing."""
    u = p.unit("sfj", "区司法局", "department")
    std(p, u)
    boxes = "".join(
        f'<div class="box"><div class="box-t"><h3>{c.name}</h3>'
        f'<a class="more" href="./{c.path.rsplit("/", 2)[1]}/index.html">更多&gt;&gt;</a></div>'
        '<ul><li>…</li></ul></div>'
        for c in u.columns
    )
    p.add(u.subpage, p.subpage_html(u, [], extra=boxes))


def _u06_counts(p: Portal) -> None:
    """Menu items with counts `通知公告(12)` / `工作动态（36）` linking unconfigured URLs. The
    rule normalises brackets away but says nothing of counts: a careful reader sees the
    categories, the rule's letter may not. Judgement call either way (`p.maybe`)."""
    u = p.unit("tjj", "区统计局", "department")
    std(p, u)
    menu = [(f"{c.name}({12 + n})" if n % 2 else f"{c.name}（{12 + n}）", other(p, u, c.name))
            for n, c in enumerate(u.columns)]
    p.add(u.subpage, p.subpage_html(u, menu))
    for c in u.columns:
        if c.category in ("dynamic", "notice", "policy", "overview"):
            p.maybe("tjj", "category_missing", u.subpage, "R3.category: counts in the text",
                    category=c.category)


def _u07_arrows(p: Portal) -> None:
    """Menu items `<a><i class="icon-arrow"></i>» 工作动态</a>` and `通知公告 &gt;` to
    unconfigured URLs, arrows in the text. Judgement call (`p.maybe`), as for counts."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    std(p, u)
    menu = [(f'<i class="icon-arrow"></i>» {c.name}', other(p, u, c.name)) for c in u.columns]
    p.add(u.subpage, p.subpage_html(u, menu))
    for c in u.columns:
        p.maybe("rsj", "category_missing", u.subpage, "R3.category: arrows in the text",
                category=c.category)


def _u08_heading_only(p: Portal) -> None:
    """The subpage shows a 通知公告 box whose title is plain text with no 更多 link, and
    whose lines link single articles: no link to the column and no link named 通知公告 (the
    rule's letter: missing), yet a reader sees the category and its lines. Judgement call
    (`p.maybe`); govwatch counts the box title as a label (checks/categories.py)."""
    u = p.unit("xz_dz", "东站镇人民政府", "town")
    std(p, u, policy=False)
    box = (
        '<div class="box"><div class="box-t"><h3>通知公告</h3></div><ul>'
        '<li><a href="/zj/xz_dz/tzgg/content_a.html">关于开展冬春季防火工作的通知</a></li>'
        "</ul></div>"
    )
    p.add("/zj/xz_dz/tzgg/content_a.html", "<html><body><h1>通知</h1></body></html>")
    menu = [(c.name, c.path) for c in u.columns if c.category != "notice"]
    p.add(u.subpage, p.subpage_html(u, menu, extra=box))
    p.maybe("xz_dz", "category_missing", u.subpage,
            "R3.category: a titled box with no link to the column (judgement)", category="notice")


def _u09_near_miss(p: Portal) -> None:
    """Failing: the menu shows 通知公示 (not a name of notice) to an unconfigured URL, and
    工作动态 only as 工作简报. category_missing for notice; dynamic present (configured URL)."""
    u = p.unit("xz_qm", "千墨镇人民政府", "town")
    std(p, u, policy=False)
    menu = []
    for c in u.columns:
        if c.category == "notice":
            menu.append(("通知公示", other(p, u, c.name)))
        elif c.category == "dynamic":
            menu.append(("工作简报", c.path))
        else:
            menu.append((c.name, c.path))
    p.add(u.subpage, p.subpage_html(u, menu))
    p.expect("xz_qm", "category_missing", u.subpage, "R3.category: 通知公示 is no name",
             category="notice")


def _u10_pdf_octet(p: Portal) -> None:
    """A `.pdf` attachment answering 200 `application/octet-stream`, and a link to
    `/bm/zrj/zcwj` answering 301 to `/bm/zrj/zcwj/` which answers 200: neither broken
    (R3.broken: ≥ 400 or unreachable; redirects are followed). Nothing."""
    u = p.unit("zrj", "区自然资源局", "department")
    std(p, u)
    p.add("/bm/zrj/files/P020280110.pdf", "%PDF-1.4\n%\xe2\xe3\n", ctype="application/octet-stream")
    p.add("/bm/zrj/zcwj", "", status=301, location="/bm/zrj/zcwj/")
    p.add("/bm/zrj/zcwj/", p.routes["/bm/zrj/zcwj/index.html"].body.decode())
    extra = (
        '<div class="fj"><a href="/bm/zrj/files/P020280110.pdf">2028年国土空间规划公示.pdf</a>'
        ' <a href="/bm/zrj/zcwj">政策文件库</a></div>'
    )
    p.add(u.subpage, p.subpage_html(u, names(u), extra=extra))


def _u11_skipped(p: Portal) -> None:
    """`href="#top"`, `href="javascript:;"` with onclick, `mailto:`, `tel:`, a menu href with
    spaces around it (` /bm/ybj/tzgg/index.html `, which a browser trims, 200). None broken
    (R3.broken skips those schemes and anchors). Nothing."""
    u = p.unit("ybj", "区医疗保障局", "department")
    std(p, u)
    menu = [(c.name, f" {c.path} " if c.category == "notice" else c.path) for c in u.columns]
    extra = (
        '<div class="tools"><a href="#top">返回顶部</a> '
        '<a href="javascript:;" onclick="window.print()">打印本页</a> '
        '<a href="javascript:void(0)" onclick="window.close()">关闭窗口</a> '
        '<a href="mailto:ybj@example.gov.cn">联系我们</a> <a href="tel:0913-2123456">咨询电话</a>'
        "</div>"
    )
    p.add(u.subpage, p.subpage_html(u, menu, extra=extra))


def _u12_govcn(p: Portal) -> None:
    """A 相关链接 box of `<a href>` to gov.cn sites (`http://www.shaanxi.gov.cn/`,
    `http://www.weinan.gov.cn/`); no DNS here: a gov.cn site must never be called broken for
    want of DNS (tests.support.trapportal.graded). Nothing."""
    u = p.unit("swj", "区商务局", "department")
    std(p, u)
    extra = (
        '<div class="xglj"><h3>相关链接</h3><a href="http://www.shaanxi.gov.cn/" target="_blank">'
        '陕西省人民政府</a> <a href="http://www.weinan.gov.cn/" target="_blank">'
        "渭南市人民政府</a></div>"
    )
    p.add(u.subpage, p.subpage_html(u, names(u), extra=extra))


def _u13_broken(p: Portal) -> None:
    """Failing: a 404 `.pdf` attachment and a 500 page (retried, still 500) on the subpage; a
    link to an unresolvable `.com` (not graded here). broken_link ×2 (R3.broken)."""
    u = p.unit("ajj", "区应急管理局", "department")
    std(p, u)
    p.add("/bm/ajj/zxft/index.html", "<h1>500 Internal Server Error</h1>", status=500)
    extra = (
        '<div class="fj"><a href="/bm/ajj/files/P020280201.pdf">应急预案.pdf</a> '
        '<a href="/bm/ajj/zxft/index.html">在线访谈</a> '
        '<a href="http://www.ajj-weinan-nodns.com/">安全生产宣传网</a> '
        f'<a href="{escape(BAD)}">站内搜索</a></div>'
    )
    p.add(u.subpage, p.subpage_html(u, names(u), extra=extra))
    p.expect("ajj", "broken_link", "/bm/ajj/files/P020280201.pdf", "R3.broken: 404")
    p.expect("ajj", "broken_link", "/bm/ajj/zxft/index.html", "R3.broken: 500 after retries")
    p.expect("ajj", "broken_link", BAD, "R3.broken: 404 (the bulletin must escape the query)")


def _u14_control_town(p: Portal) -> None:
    """Honest control: a town, plain menu. Nothing."""
    u = p.unit("xz_mp", "马营镇人民政府", "town")
    std(p, u, policy=False)
    p.add(u.subpage, p.subpage_html(u, names(u)))


def _u15_area(p: Portal) -> None:
    """An image map `<area href alt=通知公告>` to the configured columns (no title, no text):
    areas are links to configured columns. All present. Nothing."""
    u = p.unit("hbj", "区生态环境局", "department")
    std(p, u)
    areas = "".join(
        f'<area shape="rect" coords="{n * 120},0,{n * 120 + 110},60" href="{c.path}" '
        f'alt="{c.name}" />'
        for n, c in enumerate(u.columns)
    )
    extra = f'<img src="/images/logo.png" usemap="#nav" /><map name="nav">{areas}</map>'
    p.add(u.subpage, p.subpage_html(u, [], extra=extra))


def _u16_select(p: Portal) -> None:
    """A jump menu `<select onchange="location=this.value">` whose options carry the configured
    columns' URLs: a reader choosing an option opens the column. Present (judgement: an option
    is no `<a>`; `p.maybe`)."""
    u = p.unit("whj", "区文化和旅游局", "department")
    std(p, u)
    opts = "".join(f'<option value="{c.path}">{c.name}</option>' for c in u.columns)
    extra = (
        '<div class="jump">栏目导航：<select onchange="location=this.value">'
        f'<option value="">--请选择--</option>{opts}</select></div>'
    )
    p.add(u.subpage, p.subpage_html(u, [], extra=extra))
    for c in u.columns:
        p.maybe("whj", "category_missing", u.subpage, "R3.category: options", category=c.category)


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_tree,
    _u02_tiles,
    _u03_catalogue,
    _u04_button,
    _u05_more,
    _u06_counts,
    _u07_arrows,
    _u08_heading_only,
    _u09_near_miss,
    _u10_pdf_octet,
    _u11_skipped,
    _u12_govcn,
    _u13_broken,
    _u14_control_town,
    _u15_area,
    _u16_select,
)
