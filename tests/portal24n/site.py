"""The fourteenth 24-unit trap portal: what real government web servers do at the HTTP and
encoding level and in links, met by the subpage, column and broken-link checks.

Encodings: GBK bytes under a `charset=utf-8` header (nginx's `charset utf-8;` over an old GBK
site), UTF-8 bytes under a `<meta charset=gb2312>`, a UTF-8 BOM against a `charset=gbk` header,
a `<meta charset>` after 5 KB of template comments, GBK-only and GB18030-only characters under
gb2312, a 繁體 site in Big5 with the CP950 characters 裏 and 恒, a UTF-8 page whose summaries a
byte-based `substr` cut in the middle of characters. Content-Encoding: raw deflate, zlib
deflate, a `.html.gz` sent without saying so, `Content-Encoding: none` / `UTF-8` (browsers pass
unknown codings through). Links: HEAD refused (405, 404, 403 to a bot's User-Agent) where GET
serves, HEAD answering 200 where GET 404s, whitespace and newlines in `href`, `&amp;`,
`HTTP://`, backslashes, unencoded 中文 and spaces, `../` above the root, `javascript:`, `#`,
`mailto:`, `tel:`, same-page fragments, `//host/path`, `<base href>` in another directory, a
soft 404, 410, 500 once, a refused port, a port on 127.0.0.2 that never answers, redirect
chains. Columns: meta refresh stubs (`0; URL='…'`, `0.1;url=…`), a 301 to https on a closed
port, trailing-slash URLs and a canonical that differs from the configured subpage.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule; `p.maybe` for a finding acceptable either
way). Ages are literal. The reference day is `AS_OF`, 2027-10-19, a Tuesday. The server is
`tests.portal24n.server` (`tests.portal24k.server` on two loopback hosts, plus HEAD quirks and
500s); `build` takes the port of a hanging listener on 127.0.0.2 and a closed port.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import Column, Unit
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, stale, std, titled
from tests.portal24g.site import HOSTILE, a, before_footer, lines, ymd
from tests.portal24j.site import bare
from tests.portal24k.site import Portal as _Portal
from tests.portal24n.server import HP, HP2

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 10, 19)
UTF8_META = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'


class Portal(_Portal):
    """`head_ok`, `head_ua`, `fail500`: server quirks by path (`server.serve`); `hang` is a
    port on 127.0.0.2 that never answers, `closed` a loopback port nothing listens on."""

    def __init__(self, today: date, hang: int, closed: int) -> None:
        super().__init__(today)
        self.hang = hang
        self.closed = closed
        self.head_ok: set[str] = set()
        self.head_ua: set[str] = set()
        self.fail500: dict[str, int] = {}


def build(hang: int, closed: int, today: date = AS_OF) -> Portal:
    p = Portal(today, hang, closed)
    for make in UNITS:
        make(p)
    p.common()
    p.add("/wza/", h.page(title="无障碍浏览", head=h.meta("无障碍", "无障碍"), today=today,
                          crumbs=[("首页", "/")], main="<p>无障碍版</p>"))
    for path in ("/", "/index.html", "/zwgk/index.html", "/zwfw/index.html", "/hdjl/index.html",
                 "/bmjz/index.html"):
        p.routes["h2:" + path] = p.routes[path]
    # Links to the second host's pages, written `h2:/…` while building.
    for path, r in list(p.routes.items()):
        if b'href="h2:' in r.body:
            p.routes[path] = replace(r, body=r.body.replace(b'href="h2:', f'href="http://{HP2}'.encode()))
    return p


def text_of(p: Portal, path: str) -> str:
    r = p.answers.get(path)
    return (r.body if r is not None else p.routes[path].body).decode("utf-8")


def recode(
    p: Portal,
    path: str,
    encoding: str,
    ctype: str,
    *,
    meta: str | None = None,
    bom: bytes = b"",
    headers: tuple[tuple[str, str], ...] = (),
) -> None:
    """Serve a built page in `encoding`, its `<meta>` charset replaced by `meta` (None: none)."""
    text = text_of(p, path)
    tag = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}" />' if meta else ""
    text = text.replace(UTF8_META, tag, 1)
    p.answer(path, bom + text.encode(encoding), ctype, headers=headers)


def squeeze(p: Portal, path: str, coding: str, *, label: str | None = None) -> None:
    """Serve a built UTF-8 page compressed: `gzip`, `zlib` or `raw` (deflate without header);
    `label` is the Content-Encoding sent (None: none at all)."""
    body = text_of(p, path).encode("utf-8")
    if coding == "gzip":
        packed = gzip.compress(body)
    elif coding == "zlib":
        packed = zlib.compress(body)
    else:
        c = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        packed = c.compress(body) + c.flush()
    headers = (("Content-Encoding", label),) if label else ()
    p.answer(path, packed, "text/html; charset=utf-8", headers=headers, raw_body=True)


def by_name(p: Portal, u: Unit) -> list[tuple[str, str]]:
    """A menu that links each column's `list.html` (the same list under a second address, as
    CMSs publish it): the categories are present by their names only, so the names must read."""
    menu = []
    for c in u.columns:
        alias = c.path.rsplit("/", 1)[0] + "/list.html"
        p.add(alias, text_of(p, c.path))
        menu.append((c.name, alias))
    return menu


def plain(p: Portal, base: str, name: str, ages: Sequence[int]) -> list[Item]:
    return p.items(base, name, ages, style="plain")


def ul(items: Sequence[Item]) -> str:
    rows = lines(items, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
    return f'<ul class="list">{rows}</ul>'


def box(title: str, body: str) -> str:
    return f'<div class="side-box"><h3>{title}</h3>{body}</div>'


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken (RULES.md §3); the windows of RULES.md §2; README's check table.
# =========================================================================================


def _u01_gbk_under_utf8(p: Portal) -> None:
    """An old GBK site moved behind nginx with `charset utf-8;`: every page of the unit is GBK
    bytes with `<meta charset=gbk>` under a `text/html; charset=utf-8` header. The bytes are
    not UTF-8; they read only as GBK (what the page's author and the meta say). Categories
    shown; 通知公告 newest 200 days: stale (183)."""
    u = p.unit("sfj", "区司法局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=3)
    base = p.fresh(u, "通知公告", "notice", "tzgg", age=200)
    stale(p, "sfj", base + "index.html", "通知公告", "notice", 200, "R3.newest (GBK read); R3.age")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, by_name(p, u)))
    for path in (u.subpage, *(c.path for c in u.columns)):
        recode(p, path, "gbk", "text/html; charset=utf-8", meta="gbk")


def _u02_utf8_under_gb2312_meta(p: Portal) -> None:
    """UTF-8 bytes with a stale `<meta charset=gb2312>` left by the template, no charset in the
    header: the bytes are valid UTF-8 with Chinese text, which GB2312 bytes practically never
    are; they read as UTF-8. Categories shown; 工作动态 newest 20 days: stale."""
    u = p.unit("jyj", "区教育局", "department")
    base = p.fresh(u, "工作动态", "dynamic", "gzdt", age=20)
    stale(p, "jyj", base + "index.html", "工作动态", "dynamic", 20, "R3.newest (UTF-8); R3.age")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, by_name(p, u)))
    for path in (u.subpage, *(c.path for c in u.columns)):
        recode(p, path, "utf-8", "text/html", meta="gb2312")


def _u03_bom_against_header(p: Portal) -> None:
    """UTF-8 with a BOM under `Content-Type: text/html; charset=gbk` and a `<meta charset=gbk>`:
    the BOM wins (WHATWG: the BOM is read before the header). Categories shown; 政策文件 190
    days: stale (183)."""
    u = p.unit("wjw", "区卫生健康局", "department")
    std(p, u, skip=("policy",))
    base = p.fresh(u, "政策文件", "policy", "zcwj", age=190)
    stale(p, "wjw", base + "index.html", "政策文件", "policy", 190, "R3.newest (BOM); R3.age")
    p.add(u.subpage, p.subpage_html(u, by_name(p, u)))
    for path in (u.subpage, *(c.path for c in u.columns)):
        recode(p, path, "utf-8", "text/html; charset=gbk", meta="gbk", bom=b"\xef\xbb\xbf")


TRS_COMMENT = (
    "<!--\n  模板名称：部门子站列表页（旧版）\n  适用栏目：工作动态、通知公告、政策文件、机构概况\n"
    "  说明：本模板由站点管理员维护，请勿随意修改置标；如需调整版式请联系信息中心。\n"
    + "".join(
        f"  修改记录{n}：调整导航栏目顺序，增加无障碍浏览入口，更新网站标识码及备案信息。\n"
        for n in range(1, 61)
    )
    + "-->\n<!-- <div class=\"nav_old\"><a href=\"/old/\">旧版首页</a>｜<a href=\"/old/bm/\">部门"
    "子站</a>｜<a href=\"/old/zj/\">镇街子站</a></div> -->\n"
)


def _u04_late_meta(p: Portal) -> None:
    """GBK pages whose `<meta charset=gbk>` comes after 5 KB of template comments (a TRS 模板's
    修改记录), no charset in the header: browsers find the meta (the parser changes encoding
    when it meets it) and so must a monitor, or read the bytes for what they are. Categories
    shown; 工作动态 newest 30 days: stale."""
    u = p.unit("tjj", "区统计局", "department")
    base = p.fresh(u, "工作动态", "dynamic", "gzdt", age=30)
    stale(p, "tjj", base + "index.html", "工作动态", "dynamic", 30, "R3.newest (GBK); R3.age")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, by_name(p, u)))
    late = TRS_COMMENT + '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />'
    for path in (u.subpage, *(c.path for c in u.columns)):
        text = text_of(p, path).replace(UTF8_META, late, 1)
        assert len(text.split("charset=gbk")[0].encode("gbk")) > 5000
        p.answer(path, text.encode("gbk"), "text/html")


SUMMARY = (
    "为进一步加强文化市场管理，规范旅游市场经营秩序，区文化和旅游局联合市场监管、公安等部门，"
    "对辖区内星级饭店、旅行社、网吧和歌舞娱乐场所开展节后专项检查"
)


def _u05_cut_summaries(p: Portal) -> None:
    """UTF-8 pages (header and meta say utf-8) whose 最新信息 box shows 36 summaries a PHP
    `substr` cut by bytes, each ending in half a character then `...`: a browser shows 36 `�`
    and reads the rest. On the subpage (the box beside the menu) and on 工作动态 (summaries
    under the titles, newest 2 days). Nothing: categories shown, 工作动态 fresh."""
    u = p.unit("wlj", "区文化和旅游局", "department")
    std(p, u, skip=("dynamic",))
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [2, 5, 9, 13, 20, 26])
    li = "".join(
        f"<li>{a(i)}<p class=\"zy\">@@CUT{n}@@</p><span>{ymd(i)}</span></li>"
        for n, i in enumerate(items)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>'))
    news = plain(p, base, "工作动态", [2] * 30)
    rows = "".join(
        f"<li>{a(i)}<p class=\"zy\">@@CUT{n + 6}@@</p></li>" for n, i in enumerate(news)
    )
    extra = f'<div class="zxxx"><h3>最新信息</h3><ul class="zx-list">{rows}</ul></div>'
    p.add(u.subpage, p.subpage_html(u, by_name(p, u), extra=extra))
    whole = SUMMARY.encode("utf-8")
    for path in (u.subpage, base + "index.html"):
        body = text_of(p, path).encode("utf-8")
        for n in range(36):
            cut = whole[: 61 + 3 * (n % 7) + n % 2]  # 61, 62, 64, …: never on a boundary
            body = body.replace(f"@@CUT{n}@@".encode(), cut + b"...")
        p.answer(path, body, "text/html; charset=utf-8")


# 繁體 pages by hand (a 繁體版 converter's output), served in Big5 as CP950 writes it.
TW_TITLES = (
    "區臺辦召開2027年對臺交流工作推進會",
    "持之以恒做好涉臺服務 區臺辦走訪臺資企業",
    "關於做好臺胞臺屬春節慰問工作的通知",
    "區臺辦在村裏開展臺胞權益保障法宣傳活動",
    "關於公布涉臺事項辦事指南的公告",
)


def tw_page(title: str, crumb: str, main: str) -> str:
    tags = "".join(f'<meta name="{k}" content="{title}" />\n' for k in ("ColumnName", "ColumnType"))
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
        f'charset=big5" />\n<title>{title}-臨渭示範區人民政府（繁體版）</title>\n'
        '<meta name="SiteName" content="臨渭示範區人民政府" />\n'
        f'<meta name="SiteIDCode" content="6105000099" />\n{tags}</head>\n<body>\n'
        '<div class="top"><a href="/">簡體版</a>｜<a href="#">繁體版</a>｜<a href="/wza/">無障礙'
        "</a></div>\n"
        '<div class="nav"><a href="/">首頁</a><a href="/zwgk/index.html">政務公開</a>'
        '<a href="/zwfw/index.html">政務服務</a><a href="/hdjl/index.html">互動交流</a></div>\n'
        f'<div class="location">您當前的位置：<a href="/">首頁</a> &gt; {crumb}</div>\n'
        f'<div class="main">{main}</div>\n'
        '<div class="footer"><p>主辦：臨渭示範區人民政府辦公室　網站標識碼：6105000099</p>'
        "<p>陝ICP備05001234號　版權所有 2019-2027</p></div>\n</body>\n</html>\n"
    )


def _u06_big5(p: Portal) -> None:
    """The 區臺辦's 繁體 site in Big5 (header `charset=big5`, meta too), written by a converter
    as CP950, so 這裏 and 持之以恒 use CP950's F9D8/F9DA (in every browser's big5). Its menu
    names 工作動態, 通知公告, 政策文件, 機構概況 (繁→简: the categories). 通知公告 dated
    `2027年03月02日`, newest 231 days: stale (183); the rest fresh."""
    u = p.unit("tb", "區臺灣事務辦公室", "department")
    cols = (
        ("工作動態", "dynamic", "gzdt", [3, 10, 17]),
        ("通知公告", "notice", "tzgg", [231, 260, 300]),
        ("政策文件", "policy", "zcwj", [40, 90, 150]),
        ("機構概況", "overview", "jggk", [400, 500]),
    )
    for n, (name, cat, slug, ages) in enumerate(cols):
        base = p.col(u, name, cat, slug)
        items = plain(p, base, name, ages)
        rows = "".join(
            f'<li><a href="{escape(i.href)}" target="_blank">{TW_TITLES[(n + k) % 5]}</a>'
            f"<span>{i.when:%Y年%m月%d日}</span></li>"
            for k, i in enumerate(items)
            if i.when
        )
        crumb = f'<a href="{u.subpage}">{u.name}</a> &gt; {name}'
        page = tw_page(name, crumb, f'<h2>{name}</h2><ul class="list">{rows}</ul>')
        for leaf in ("index.html", "list.html"):
            p.answer(base + leaf, page.encode("cp950"), "text/html; charset=big5")
    stale(p, "tb", "/bm/tb/tzgg/index.html", "通知公告", "notice", 231, "R3.newest (Big5); R3.age")
    menu = "".join(
        f'<li><a href="{c.path.replace("index.html", "list.html")}">{c.name}</a></li>'
        for c in u.columns
    )
    main = (
        f"<h2>{u.name}</h2><ul class=\"menu\">{menu}</ul><p>區臺辦持之以恒做好對臺工作，"
        "這裏公開本單位的政府信息。</p>"
    )
    page = tw_page(u.name, u.name, main)
    p.answer(u.subpage, page.encode("cp950"), "text/html; charset=big5")


def _u07_deflate(p: Portal) -> None:
    """Content-Encoding deflate both ways: 工作动态 raw deflate (no zlib header, as IIS and old
    Apache modules send it; browsers accept it), newest 16 days: stale; 通知公告 zlib-wrapped,
    fresh; the subpage gzip. Categories shown."""
    u = p.unit("slj", "区水利局", "department")
    base = p.fresh(u, "工作动态", "dynamic", "gzdt", age=16)
    stale(p, "slj", base + "index.html", "工作动态", "dynamic", 16, "R3.newest (raw deflate)")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    squeeze(p, base + "index.html", "raw", label="deflate")
    squeeze(p, "/bm/slj/tzgg/index.html", "zlib", label="deflate")
    squeeze(p, u.subpage, "gzip", label="gzip")


def _u08_gzip_unlabelled(p: Portal) -> None:
    """通知公告 is a precompressed `index.html.gz` sent as `text/html` with no Content-Encoding
    (a misconfigured gzip_static): a browser shows binary junk. The column is not usable —
    unreachable or unreadable are both fair (`p.maybe`); never stale or empty. The rest
    fresh."""
    u = p.unit("sjj", "区审计局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    path = "/bm/sjj/tzgg/index.html"
    squeeze(p, path, "gzip", label=None)
    col = {"column": "通知公告", "category": "notice"}
    p.maybe("sjj", "column_unreachable", path, "R3.unreachable: no usable answer", **col)
    p.maybe("sjj", "extraction_failed", path, "R3.extraction: nothing readable", **col)
    p.maybe("sjj", "broken_link", path, "R3.broken: the menu links a page no reader can use")


def _u09_unknown_coding(p: Portal) -> None:
    """`Content-Encoding: none` on the subpage and `Content-Encoding: UTF-8` on 工作动态 (a PHP
    `header()` meant for the charset), bodies plain: browsers ignore a coding they do not know
    and show the page. The subpage's menu lacks 政策文件: category_missing (policy); 工作动态
    newest 25 days: stale; the rest fresh."""
    u = p.unit("ybj", "区医疗保障局", "department")
    base = p.fresh(u, "工作动态", "dynamic", "gzdt", age=25)
    stale(p, "ybj", base + "index.html", "工作动态", "dynamic", 25, "R3.newest; R3.age")
    std(p, u, skip=("dynamic",))
    menu = [(c.name, c.path) for c in u.columns if c.category != "policy"]
    p.add(u.subpage, p.subpage_html(u, menu))
    p.expect("ybj", "category_missing", u.subpage, "R3.category: no 政策文件", category="policy")
    for path, coding in ((u.subpage, "none"), (base + "index.html", "UTF-8")):
        p.answer(
            path,
            text_of(p, path).encode("utf-8"),
            "text/html; charset=utf-8",
            headers=(("Content-Encoding", coding),),
        )


def _u10_head_quirks(p: Portal) -> None:
    """A 办事下载 box on the subpage: `sqb.jsp` answers HEAD 405, `bszn.jsp` HEAD 404, `cns.jsp`
    HEAD 403 to any User-Agent without `Mozilla` — each serves GET 200 (a reader's click):
    not broken. `old2019.jsp` sits behind a proxy that answers every HEAD 200, but GET is 404:
    broken (a reader's click finds nothing)."""
    u = p.unit("zjj", "区住房和城乡建设局", "department")
    std(p, u)
    d = "/bm/zjj/down/"
    for name in ("sqb.jsp", "bszn.jsp", "cns.jsp"):
        p.add(d + name, p.column_page(u, "办事下载", f"<p>{name} 下载页</p>"))
    p.behave(d + "sqb.jsp", head_status=405)
    p.behave(d + "bszn.jsp", head_status=404)
    p.head_ua.add(d + "cns.jsp")
    p.head_ok.add(d + "old2019.jsp")
    links = "".join(
        f'<li><a href="{d}{n}">{t}</a></li>'
        for n, t in (
            ("sqb.jsp", "住房保障申请表下载"),
            ("bszn.jsp", "商品房预售许可办事指南"),
            ("cns.jsp", "告知承诺书范本"),
            ("old2019.jsp", "2019年建筑市场信用评价结果"),
        )
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=box("办事下载", f"<ul>{links}</ul>")))
    p.expect("zjj", "broken_link", d + "old2019.jsp", "R3.broken: GET (a reader) answers 404")


def _u11_odd_hrefs(p: Portal) -> None:
    """政策文件's first page and the subpage carry hrefs as editors and templates write them, all
    to pages that exist: leading spaces and a trailing newline, a newline and tab inside the
    path (browsers drop them), `&amp;` in a query, `HTTP://` upper case, backslashes, 中文 and
    a space unencoded, `../../../../` above the root, `javascript:void(0)`, `#`, `mailto:`,
    `tel:`, `#top`, `index.html#part2` on its own page, `//127.0.0.2:port/…` (protocol-
    relative, the 交通 site on the second host). Not broken. One more, `HTTP://…/old.html`,
    answers 404: broken (reported at the URL as a reader's browser writes it, lower case)."""
    u = p.unit("jtj", "区交通运输局", "department")
    std(p, u)
    f = "/bm/jtj/files/"
    for name in ("lwjs.html", "glyh.html", "gsgl.html", "nclp.html", "dzjc.html"):
        p.add(f + name, p.column_page(u, "政策解读", f"<p>{name}</p>"))
    p.add(f + "2027年农村公路 养护计划.pdf", "%PDF-1.4\n", ctype="application/pdf")
    p.add("/bm/jtj/search.jsp?type=1&key=公路", p.column_page(u, "站内搜索", "<p>搜索结果</p>"))
    p.add("h2:/jtj/index.html", p.column_page(u, "交通出行", "<p>交通出行服务</p>"))
    links = (
        '<div class="xglj"><ul>'
        f'<li><a href="  {f}lwjs.html\n" target="_blank">路网建设规划解读</a></li>'
        f'<li><a href="{f}\n\tglyh.html">公路养护管理办法</a></li>'
        '<li><a href="/bm/jtj/search.jsp?type=1&amp;key=%E5%85%AC%E8%B7%AF">公路相关搜索</a></li>'
        f'<li><a href="HTTP://{HP}{f}gsgl.html">高速公路管理</a></li>'
        '<li><a href="\\bm\\jtj\\files\\nclp.html">农村客运站牌</a></li>'
        f'<li><a href="{f}2027年农村公路 养护计划.pdf">2027年农村公路养护计划</a></li>'
        f'<li><a href="../../../../bm/jtj/files/dzjc.html">电子监察</a></li>'
        '<li><a href="javascript:void(0)" onclick="openWin()">在线咨询</a></li>'
        '<li><a href="#">返回</a> <a href="#top">顶部</a> '
        '<a href="index.html#part2">本页第二部分</a></li>'
        '<li><a href="mailto:jtj@linwei.example.gov.cn">局长信箱</a> '
        '<a href="tel:0913-2123456">值班电话</a></li>'
        f'<li><a href="//{HP2}/jtj/index.html">交通出行服务</a></li>'
        f'<li><a href="HTTP://{HP}{f}old.html">旧版政策解读</a></li>'
        "</ul></div>"
    )
    before_footer(p, "/bm/jtj/zcwj/index.html", links)
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=links))
    p.expect("jtj", "broken_link", f + "old.html", "R3.broken: 404")


def _u12_base_elsewhere(p: Portal) -> None:
    """The 财政局's subpage `/bm/czj/index.html` carries `<base href="http://…/bm/czj/xxgk/">`:
    its menu links `gzdt/index.html`, `zcwj/index.html`, … resolve under `xxgk/`, where the
    columns are; `?page=2` resolves to `xxgk/?page=2` (served), `../list.jsp?cid=12` to the
    configured 通知公告. Without the base they would all 404. 通知公告 (`list.jsp?cid=12`) has
    `<base href="/bm/czj/xxgk/tzgg/">` and `./2027…/t….html` item links under it; newest 200
    days: stale. Nothing else."""
    u = p.unit("czj", "区财政局", "department")
    x = "/bm/czj/xxgk/"
    for name, cat, slug, age in (
        ("工作动态", "dynamic", "gzdt", 4),
        ("政策文件", "policy", "zcwj", 50),
        ("机构概况", "overview", "jggk", 400),
    ):
        its = p.items(x + slug + "/", name, [age, age + 9, age + 30])
        p.col(u, name, cat, slug, path=x + slug + "/index.html")
        p.add(x + slug + "/index.html", p.column_page(u, name, h.trs_ul(its)))
    items = p.items(x + "tzgg/", "通知公告", [200, 240, 280])
    cfg = "/bm/czj/list.jsp?cid=12"
    p.col(u, "通知公告", "notice", "tzgg", path=cfg)
    head = h.meta("通知公告", "通知公告") + f'<base href="{x}tzgg/" />'
    p.add(cfg, p.column_page(u, "通知公告", h.trs_ul(items), head=head))
    stale(p, "czj", cfg, "通知公告", "notice", 200, "R3.newest: items under the base; R3.age")
    p.add(x + "?page=2", p.column_page(u, "信息公开", "<p>第2页</p>"))
    menu = [
        ("工作动态", "gzdt/index.html"),
        ("通知公告", "../list.jsp?cid=12"),
        ("政策文件", "zcwj/index.html"),
        ("机构概况", "jggk/index.html"),
        ("下一页", "?page=2"),
        ("回到顶部", "#top"),
    ]
    head = h.meta(u.name, "子站首页") + f'<base href="http://{HP}{x}" />'
    p.add(u.subpage, p.subpage_html(u, menu, head=head))


def _u13_dead_links(p: Portal) -> None:
    """The 城管局's subpage links: `/bm/cgj/old/2019.html` answers 410 Gone: broken; its 旧版网站
    on a loopback port that refuses connections: broken; `/bm/cgj/ztzl/cjwm.html` answers 200
    with 「抱歉，您访问的页面不存在或已被删除」 — RULES counts ≥ 400 and no answer only, the
    README calls such a column unreachable: either way (`p.maybe`)."""
    u = p.unit("cgj", "区城市管理局", "department")
    std(p, u)
    p.answer("/bm/cgj/old/2019.html", b"<h1>410 Gone</h1>", status=410)
    gone = bare("页面不存在", '<div class="err"><h2>抱歉，您访问的页面不存在或已被删除！</h2>'
                '<p><a href="/">返回首页</a></p></div>')
    p.add("/bm/cgj/ztzl/cjwm.html", gone)
    old = f"http://127.0.0.1:{p.closed}/cgj/"
    links = (
        '<ul><li><a href="/bm/cgj/old/2019.html">2019年市容环境整治通报</a></li>'
        f'<li><a href="{old}">区城管局旧版网站</a></li>'
        '<li><a href="/bm/cgj/ztzl/cjwm.html">创建文明城市专题</a></li></ul>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=box("相关链接", links)))
    p.expect("cgj", "broken_link", "/bm/cgj/old/2019.html", "R3.broken: 410")
    p.expect("cgj", "broken_link", f"abs:{old}", "R3.broken: cannot be reached (refused)")
    p.maybe("cgj", "broken_link", "/bm/cgj/ztzl/cjwm.html", "R3.broken vs README: a soft 404")


def _u14_https_closed(p: Portal) -> None:
    """工作动态 answers 301 to `https://127.0.0.1:<closed port>/…` (a half-finished move to
    https): no usable answer — column_unreachable, never stale; the subpage's menu link to it
    is broken. The rest fresh."""
    u = p.unit("yjj", "区应急管理局", "department")
    std(p, u)
    path = "/bm/yjj/gzdt/index.html"
    p.answer(path, b"", status=301, location=f"https://127.0.0.1:{p.closed}{path}", ctype="")
    why = "R3.unreachable: refused after the 301"
    p.expect("yjj", "column_unreachable", path, why, column="工作动态", category="dynamic")
    p.expect("yjj", "broken_link", path, "R3.broken: the subpage's menu links it")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def stub(target_refresh: str) -> str:
    return bare(
        "正在跳转",
        "<p>页面正在跳转，请稍候……</p>",
        f'<meta http-equiv="refresh" content="{target_refresh}" />\n',
    )


def _u15_refresh_stubs(p: Portal) -> None:
    """Two columns are meta-refresh stubs, as TRS 栏目首页 are: 通知公告's says
    `content=" 0 ; URL='../tzgg/list_1.html'"` (odd spacing, quotes, a relative `../`), its list
    newest 200 days: stale; 工作动态's says `content="0.1;url=list_1.html"` (browsers read a
    fractional delay: `0.1` is a valid refresh), its list newest 20 days: stale. Nothing else."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    std(p, u, skip=("dynamic", "notice"))
    for name, cat, slug, age, refresh in (
        ("工作动态", "dynamic", "gzdt", 20, "0.1;url=list_1.html"),
        ("通知公告", "notice", "tzgg", 200, " 0 ; URL='../tzgg/list_1.html'"),
    ):
        base = p.col(u, name, cat, slug)
        items = p.items(base, name, [age, age + 9, age + 30])
        p.add(base + "list_1.html", p.column_page(u, name, h.trs_ul(items)))
        p.add(base + "index.html", stub(refresh))
    why = "R3.newest: the stub's target; R3.age"
    stale(p, "rsj", "/bm/rsj/tzgg/index.html", "通知公告", "notice", 200, why)
    stale(p, "rsj", "/bm/rsj/gzdt/index.html", "工作动态", "dynamic", 20, why)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u16_slashes(p: Portal) -> None:
    """A town configured at `/zj/xz_ma/` (trailing slash), its page's canonical
    `…/zj/xz_ma/index.html`. Its menu shows no category names (镇村要闻, 公示公告, 镇情概况):
    categories are present by URL — `xzdt/` for the configured `/zj/xz_ma/xzdt` (which 301s to
    `xzdt/`), `tzgg/` for `/zj/xz_ma/tzgg/index.html`, `./jggk/index.html#top`. Fresh; nothing."""
    u = p.unit("xz_ma", "马塬镇人民政府", "town")
    u.subpage = "/zj/xz_ma/"
    base = p.col(u, "乡镇动态", "dynamic", "xzdt", path="/zj/xz_ma/xzdt")
    items = p.items(base, "乡镇动态", [1, 6, 12])
    p.add(base, p.column_page(u, "乡镇动态", h.trs_ul(items)))
    p.answer("/zj/xz_ma/xzdt", b"", status=301, location="/zj/xz_ma/xzdt/", ctype="")
    p.fresh(u, "通知公告", "notice", "tzgg", age=40)
    p.routes["/zj/xz_ma/tzgg/"] = p.routes["/zj/xz_ma/tzgg/index.html"]  # the directory index
    p.overview(u)
    menu = [("镇村要闻", "xzdt/"), ("公示公告", "tzgg/"), ("镇情概况", "./jggk/index.html#top")]
    canonical = f'<link rel="canonical" href="http://{HP}/zj/xz_ma/index.html" />'
    head = h.meta(u.name, "子站首页") + canonical
    p.add(u.subpage, p.subpage_html(u, menu, head=head))


def _u17_second_host(p: Portal) -> None:
    """The 林业局's own site on 127.0.0.2 (subpage and columns there). 通知公告's first page
    links: a download on 127.0.0.2's port that accepts and never answers (time-outs, retried:
    cannot be reached — broken); `a.pdf`, 500 once then 200 (retried: not broken); `r1.html`,
    302 → 302 → 302 → 200 (not broken); `r9.html`, 301 → 404 (broken, at the link)."""
    u = p.unit("lyj", "区林业局", "department")
    u.subpage = "h2:/lyj/index.html"
    for name, cat, slug, age in (
        ("工作动态", "dynamic", "gzdt", 5),
        ("通知公告", "notice", "tzgg", 60),
        ("政策文件", "policy", "zcwj", 90),
        ("机构概况", "overview", "jggk", 500),
    ):
        base = f"/lyj/{slug}/"
        u.columns.append(Column(name, cat, f"h2:{base}index.html"))
        built = plain(p, f"h2:{base}", name, [age, age + 11, age + 30])
        items = [replace(i, href=i.href[3:]) for i in built]
        p.add(f"h2:{base}index.html", p.column_page(u, name, ul(items)))
    hang = f"http://127.0.0.2:{p.hang}/lyj/files/2027lqgg.pdf"
    p.add("h2:/lyj/files/a.pdf", "%PDF-1.4\n", ctype="application/pdf")
    p.fail500["/lyj/files/a.pdf"] = 1
    hops = (("r1", "r2", 302), ("r2", "r3", 302), ("r3", "ok", 302), ("r9", "nothere", 301))
    for n, to, status in hops:
        where = f"/lyj/files/{to}.html"
        p.answer(f"h2:/lyj/files/{n}.html", b"", status=status, location=where, ctype="")
    p.add("h2:/lyj/files/ok.html", p.column_page(u, "林权公告", "<p>林权公告</p>"))
    links = (
        f'<div class="fj"><p>附件：<a href="{hang}">2027年林权流转公告.pdf</a></p>'
        '<p><a href="/lyj/files/a.pdf">森林防火责任书.pdf</a></p>'
        '<p><a href="/lyj/files/r1.html">林权公告（迁移）</a></p>'
        '<p><a href="/lyj/files/r9.html">2020年林权公告</a></p></div>'
    )
    before_footer(p, "h2:/lyj/tzgg/index.html", links)
    p.expect("lyj", "broken_link", f"abs:{hang}", "R3.broken: time-outs after retries")
    p.expect("lyj", "broken_link", f"abs:http://{HP2}/lyj/files/r9.html", "R3.broken: 301 to a 404")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u18_gbk_only(p: Portal) -> None:
    """`charset=gb2312` in header and meta; the bytes are GBK with characters outside GB2312
    (镕, 堃, 喆, 珺 in names) and one GB18030 four-byte character (𠮷) in the contact line.
    Categories shown; 工作动态 newest 15 days: stale (14)."""
    u = p.unit("kjj", "区科学技术局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [15, 22, 40])
    names = ["王镕堃带队调研科技企业", "区科技局召开喆珺科技成果转化座谈会", "科普周活动"]
    items = titled(items, names)
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items)))
    stale(p, "kjj", base + "index.html", "工作动态", "dynamic", 15, "R3.newest (GBK); R3.age")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, by_name(p, u), extra="<p>联系人：𠮷镕堃</p>"))
    for path in (u.subpage, base + "index.html"):
        recode(p, path, "gb18030", "text/html; charset=gb2312", meta="gb2312")


def _u19_control(p: Portal) -> None:
    """Control: an ordinary healthy department (UTF-8, all fresh, categories shown)."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u20_stale_empty(p: Portal) -> None:
    """Control: 工作动态 newest 40 days (stale); 规划计划 says 暂无信息 (empty); 通知公告 links a
    search page that 404s, its query a script tag (broken; the bulletin must show it as text)."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.fresh(u, "工作动态", "dynamic", "gzdt", age=40)
    stale(p, "scj", base + "index.html", "工作动态", "dynamic", 40, "R3.age: 40 > 14")
    std(p, u, skip=("dynamic",))
    b = p.col(u, "规划计划", "plan", "ghjh")
    p.add(b + "index.html", p.column_page(u, "规划计划", '<ul class="list"><li>暂无信息</li></ul>'))
    col = {"column": "规划计划", "category": "plan"}
    p.expect("scj", "column_empty", b + "index.html", "R3.empty: 暂无信息", **col)
    bad = f"/bm/scj/search404.html?q={HOSTILE}"
    before_footer(p, "/bm/scj/tzgg/index.html", f'<p><a href="{escape(bad)}">站内搜索</a></p>')
    p.expect("scj", "broken_link", bad, "R3.broken: 404 (a hostile query, shown escaped)")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u21_town_missing(p: Portal) -> None:
    """Control: a town whose subpage does not show 通知公告: category_missing."""
    u = p.unit("xz_sq", "石泉镇人民政府", "town")
    std(p, u, policy=False)
    links = [(c.name, c.path) for c in u.columns if c.category != "notice"]
    p.add(u.subpage, p.subpage_html(u, links))
    p.expect("xz_sq", "category_missing", u.subpage, "R3.category: not shown", category="notice")


def _u22_subpage_down(p: Portal) -> None:
    """Control: the subpage answers 500 every time (retried): subpage_unreachable, and the
    columns' breadcrumb links to it are broken; no category findings."""
    u = p.unit("mzj", "区民政局", "department")
    std(p, u)
    p.answer(u.subpage, b"<h1>500 Internal Server Error</h1>", status=500)
    p.expect("mzj", "subpage_unreachable", u.subpage, "R3.unreachable: 5xx after retries")
    p.expect("mzj", "broken_link", u.subpage, "R3.broken: the columns' breadcrumbs link it")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_gbk_under_utf8,
    _u02_utf8_under_gb2312_meta,
    _u03_bom_against_header,
    _u04_late_meta,
    _u05_cut_summaries,
    _u06_big5,
    _u07_deflate,
    _u08_gzip_unlabelled,
    _u09_unknown_coding,
    _u10_head_quirks,
    _u11_odd_hrefs,
    _u12_base_elsewhere,
    _u13_dead_links,
    _u14_https_closed,
    _u15_refresh_stubs,
    _u16_slashes,
    _u17_second_host,
    _u18_gbk_only,
    _u19_control,
    _u20_stale_empty,
    _u21_town_missing,
    _u22_subpage_down,
)


def address(path: str, root: str, root2: str) -> str:
    return f"{root2}{path[3:]}" if path.startswith("h2:") else f"{root}{path}"


def config_yaml(portal: Portal, root: str, root2: str) -> str:
    """The test configuration: short time-outs (a hanging link costs 3 × 2.5 s), 2 retries."""
    lines_ = [
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
        lines_ += [
            f"  - id: {u.id}",
            f"    name: {u.name}",
            f"    kind: {u.kind}",
            f'    subpage: "{address(u.subpage, root, root2)}"',
            "    columns:",
        ]
        for c in u.columns:
            url = address(c.path, root, root2)
            lines_.append(f'      - {{name: {c.name}, url: "{url}", category: {c.category}}}')
    return "\n".join(lines_) + "\n"

