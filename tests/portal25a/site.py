"""The first 25-series trap portal: broken links (RULES.md §3 "Broken link") in the forms the
24 portals left out, with the other checks on the same pages.

HEAD refused in new ways (403 to everyone, 400, 501, a connection closed without an answer)
where GET serves; redirect chains mixing 301/307/308 across both hosts, a 303, a loop between
two pages, a trailing-slash ping-pong, a 302 to a 410; a connection reset (RST), a refused port
on the second host, `https://` to an http-only port, 503 for ever with `Retry-After`, a 401
intranet login; trouble that passes (502 twice, 429 once with `Retry-After`, a slow answer,
500 once); a `<base href>` on the other host; protocol-relative links both ways; file names in
raw and percent-encoded 中文, with spaces, `+` and GBK percent-escapes; `&amp;` against a server
that routes by exact query; javascript:/mailto:/tel: in unusual spellings, `#`, `#!/…`,
`./#top`, a commented-out link, a broken `<img>`; an image map's `<area>`s, uppercase `HREF`,
unquoted and single-quoted `href`; one dead target linked from a subpage and two columns in
four spellings, and from a second unit; dead links on detail pages and on a list's second page
(not counted), and on a column configured as its second page; attachments (PDF, DOC, XLS,
DOCX, WPS, an 8 MB PDF, `download` links); a soft 404 and a 302 to one; a live page sent with a
404 status; `&nbsp;` and a full-width space at the end of an `href`; links a script writes
with `document.write`. Other checks on the same pages: stale, empty, unreachable columns and a
subpage, missing categories.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule; `p.maybe` for a finding acceptable either
way). Ages are literal. The reference day is `AS_OF`, 2027-12-14, a Tuesday. The server is
`test_portal25a.serve` (`tests.portal24n.server` plus resets, dropped HEADs and failing
answers); `build` takes a port nothing listens on, on either loopback host.

Two things the findings' keys do not show are registered beside the units too: `p.stands_on`
(unit, target, the pages the link stands on: INTERFACE.md "`observed.found_on` says where it
stands") and `p.twin` (a target linked from several pages, units or spellings, and a target with
the same answers linked once: RULES.md §3 "Each target is checked once per run", so the server
sees as many requests for one as for the other, whatever HEAD, GET and retries a check uses).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from html import escape
from urllib.parse import quote, unquote

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import Column, Unit
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, stale, std
from tests.portal24g.site import HOSTILE, before_footer
from tests.portal24j.site import bare
from tests.portal24k.site import Portal as _Portal
from tests.portal24n.server import HP, HP2
from tests.portal24n.site import address, ul

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 12, 14)
SLOW_S = 1.2  # under the configured time-out (2.5 s)


class Portal(_Portal):
    """Server quirks by route (`/path`, `h2:/path`): `resets` (RST), `head_drop` (HEAD closed
    unanswered), `flaky` ((status, times, Retry-After) before the route; times < 0: always),
    `fail500` (500 the first n times). `closed`: a port nothing listens on, either host."""

    def __init__(self, today: date, closed: int) -> None:
        super().__init__(today)
        self.closed = closed
        self.resets: set[str] = set()
        self.head_drop: set[str] = set()
        self.flaky: dict[str, tuple[int, int, str | None]] = {}
        self.fail500: dict[str, int] = {}
        self.found_on: list[tuple[str, str, tuple[str, ...]]] = []
        self.twins: list[tuple[str, str]] = []

    def page(self, path: str, u: Unit, name: str, text: str = "") -> None:
        """A plain page of the unit's (a link's live target)."""
        body = f'<div class="TRS_Editor"><p>{text or name}</p></div>'
        self.add(path, self.column_page(u, name, body))

    def stands_on(self, unit: str, target: str, *pages: str) -> None:
        """The pages of `unit` a broken target's finding must name in `found_on` (paths as
        `expect` writes them; `h2:` for the second host)."""
        self.found_on.append((unit, target, pages))

    def twin(self, route: str, once: str) -> None:
        """`route` (linked many times) must be asked as often as `once` (linked once, the same
        answers): both server routes, as the server logs them (`h2:` for the second host)."""
        self.twins.append((route, once))

    def plain(self, base: str, name: str, ages: Sequence[int]) -> list[Item]:
        """Items whose detail pages sit in the column directory (`content_N.html`)."""
        return self.items(base, name, ages, style="plain")


def build(closed: int, today: date = AS_OF) -> Portal:
    p = Portal(today, closed)
    for make in UNITS:
        make(p)
    p.common()
    for path in (
        "/",
        "/index.html",
        "/zwgk/index.html",
        "/zwfw/index.html",
        "/hdjl/index.html",
        "/bmjz/index.html",
        "/images/style.css",
        "/images/logo.png",
    ):
        p.routes["h2:" + path] = p.routes[path]
    # Links to the second host's pages, written `h2:/…` while building (a unit there).
    for path, r in list(p.routes.items()):
        if b'href="h2:' in r.body:
            body = r.body.replace(b'href="h2:', f'href="http://{HP2}'.encode())
            p.routes[path] = replace(r, body=body)
    return p


def links_box(title: str, rows: Sequence[tuple[str, str]], extra: str = "") -> str:
    """A 相关链接 / 附件下载 box: (href as written in the page, text)."""
    li = "".join(f'<li><a href="{href}" target="_blank">{text}</a></li>' for href, text in rows)
    return f'<div class="xglj"><h3>{title}</h3><ul>{li}</ul>{extra}</div>'


def on_host2(p: Portal, u: Unit, name: str, cat: str, slug: str, ages: Sequence[int]) -> str:
    """A column of the unit's own site on 127.0.0.2; returns its directory route (`h2:/…/`)."""
    base = f"/{u.id}/{slug}/"
    u.columns.append(Column(name, cat, f"h2:{base}index.html"))
    built = p.plain(f"h2:{base}", name, ages)
    items = [replace(i, href=i.href[3:]) for i in built]
    p.add(f"h2:{base}index.html", p.column_page(u, name, ul(items)))
    return f"h2:{base}"


# =========================================================================================
# The units. Rules: R3.broken, R3.unreachable, R3.newest, R3.age, R3.empty, R3.category
# (RULES.md §3); the windows of RULES.md §2; README's check table.
# =========================================================================================

SKIPS = (
    '<div class="tools"><a href="javascript:void(0);" onclick="AddFavorite()">加入收藏</a>'
    '<a href="JavaScript:;" onclick="SetHome(this)">设为首页</a>'
    '<a href="  javascript:window.print()">打印本页</a>'
    '<a href="javascript&#58;window.close()">关闭窗口</a>'
    '<a href="java\tscript:void(0)">繁體版</a>'
    '<a href="MAILTO:fgw@linwei.example.gov.cn">局长信箱</a>'
    '<a href="mailto:?subject=%E7%BD%91%E7%AB%99%E7%BA%A0%E9%94%99">网站纠错</a>'
    '<a href="Tel:+86-913-2123456">值班电话</a>'
    '<a href="#">返回</a><a href="#top">顶部</a><a href="#!/zxft">在线访谈</a>'
    '<a href="index.html#zwgk">政务公开</a><a href="./#top">本页顶部</a></div>'
    '<!-- <a href="/bm/fgw/old/2015.html">2015年旧版网站</a> -->'
    '<div class="banner"><img src="/bm/fgw/images/banner_2019.jpg" alt="高质量发展" /></div>'
)


def _u01_skips(p: Portal) -> None:
    """Control. The 发改委's subpage and 工作动态 carry every link RULES skips, in the spellings
    real templates use: `javascript:` in any case, after spaces, with its colon written
    `&#58;` or a tab inside (browsers drop tabs in URLs), `MAILTO:`, `mailto:?subject=…`,
    `Tel:`, `#`, `#top`, `#!/zxft`, `index.html#zwgk` and `./#top` (the page's directory, which
    serves the page itself, as a web server's index does: `/bm/fgw/`, `/bm/fgw/gzdt/`). A link
    commented out in the HTML is no link; a 404 banner `<img>` is no link either (RULES: "a
    link … whose target"). All fresh, all categories: nothing."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=SKIPS))
    p.routes["/bm/fgw/"] = p.routes[u.subpage]
    before_footer(p, "/bm/fgw/gzdt/index.html", SKIPS)
    p.routes["/bm/fgw/gzdt/"] = p.routes["/bm/fgw/gzdt/index.html"]


def _u02_head_refused(p: Portal) -> None:
    """The 交通局's 信息公开 links sit behind servers that refuse HEAD in ways portal24n did not
    try: 403 to every client (a WAF rule `deny HEAD`), 400, 501 Not Implemented, 405, and a
    connection closed without a word (an old 防火墙 dropping HEAD). GET, what a reader's click
    sends, answers 200 for each: not broken (RULES §3: the target's answer; a HEAD refusal is
    no answer about the page). `gone.html` answers 404 to both: broken."""
    u = p.unit("jtj", "区交通运输局", "department")
    std(p, u)
    x = "/bm/jtj/xxgk/"
    rows = []
    for name, title, status in (
        ("gs403.html", "公路养护管理办法", 403),
        ("gs400.html", "农村公路建设规划", 400),
        ("gs501.html", "客运站牌设置方案", 501),
        ("gs405.html", "道路运输行政许可事项", 405),
        ("hdrop.html", "交通运输执法公示", 0),
    ):
        p.page(x + name, u, title)
        if status:
            p.behave(x + name, head_status=status)
        else:
            p.head_drop.add(x + name)
        rows.append((x + name, title))
    rows.append((x + "gone.html", "2019年交通运输工作总结"))
    box_ = links_box("信息公开", rows)
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=box_))
    before_footer(p, "/bm/jtj/gzdt/index.html", box_)
    p.expect("jtj", "broken_link", x + "gone.html", "R3.broken: 404 to HEAD and GET")
    p.stands_on("jtj", x + "gone.html", u.subpage, "/bm/jtj/gzdt/index.html")
    p.twin(x + "gone.html", "/bm/rsj/fj/2027zph.xls")  # two pages, one check


def _u03_redirects(p: Portal) -> None:
    """The 自然资源局's 通知公告 page links pages that moved: `r1.html` 301 → `r2.html`
    (relative Location) 307 → the second host 308 → back to `ok.html` 200: three redirects,
    followed (RULES §3 "Redirects are followed (a bounded number)"): not broken; `see.html`
    303 → `ok.html`: not broken; `moved.html` 301 → a 404 on the second host: broken (at the
    link); `loop_a.html` 302 → `loop_b.html` 302 → `loop_a.html` (no cookie: a loop, no
    answer): broken; `dir` 301 → `dir/` 301 → `dir` (a trailing-slash ping-pong): broken;
    `gone.html` 302 → a 410: broken. 通知公告 newest 200 days: stale (183)."""
    u = p.unit("zrj", "区自然资源局", "department")
    std(p, u, skip=("notice",))
    base = p.fresh(u, "通知公告", "notice", "tzgg", age=200)
    stale(p, "zrj", base + "index.html", "通知公告", "notice", 200, "R3.age: 200 > 183")
    t = "/bm/zrj/tz/"
    p.page(t + "ok.html", u, "国土空间规划公示")
    hops: tuple[tuple[str, int, str], ...] = (
        (t + "r1.html", 301, "r2.html"),
        (t + "r2.html", 307, f"http://{HP2}/zrj/r3.html"),
        ("h2:/zrj/r3.html", 308, f"http://{HP}{t}ok.html"),
        (t + "see.html", 303, t + "ok.html"),
        (t + "moved.html", 301, f"http://{HP2}/zrj/nothere.html"),
        (t + "loop_a.html", 302, t + "loop_b.html"),
        (t + "loop_b.html", 302, t + "loop_a.html"),
        (t + "dir", 301, t + "dir/"),
        (t + "dir/", 301, t + "dir"),
        (t + "gone.html", 302, t + "gone2.html"),
    )
    for path, status, to in hops:
        p.answer(path, b"", status=status, location=to, ctype="")
    p.answer(t + "gone2.html", b"<h1>410 Gone</h1>", status=410)
    rows = [
        (t + "r1.html", "国土空间总体规划（迁移）"),
        (t + "see.html", "规划公示查询"),
        (t + "moved.html", "2020年土地征收公告"),
        (t + "loop_a.html", "不动产登记预约"),
        (t + "dir", "地质灾害防治"),
        (t + "gone.html", "2018年矿产资源规划"),
    ]
    before_footer(p, base + "index.html", links_box("相关链接", rows))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    for path in ("moved.html", "loop_a.html", "dir", "gone.html"):
        p.expect(
            "zrj", "broken_link", t + path, "R3.broken: the redirects end in no answer below 400"
        )


def _u04_cannot_reach(p: Portal) -> None:
    """The 城管局's subpage links targets no reader can open: `reset.html` (the server resets
    every connection: RST), the old site on the second host at a port nothing listens on
    (refused), `https://` to the portal's own http-only port (no TLS: the handshake fails),
    `wh.html` answering 503 with `Retry-After: 1` to every try, and the 数字城管 OA's
    `login.jsp` answering 401. Each is broken (RULES §3 "after retries, answers ≥ 400 or
    cannot be reached")."""
    u = p.unit("cgj", "区城市管理局", "department")
    std(p, u)
    f = "/bm/cgj/files/"
    p.page(f + "reset.html", u, "市容环境整治通报")
    p.resets.add(f + "reset.html")
    p.page(f + "wh.html", u, "数字城管案件查询")
    p.flaky[f + "wh.html"] = (503, -1, "1")
    p.answer(
        "/bm/cgj/oa/login.jsp",
        b"<h1>401 Unauthorized</h1>",
        status=401,
        headers=(("WWW-Authenticate", 'Basic realm="szcg"'),),
    )
    old = f"http://127.0.0.2:{p.closed}/cgj/"
    tls = f"https://{HP}/bm/cgj/ssl/index.html"
    rows = [
        (f + "reset.html", "市容环境整治通报"),
        (old, "区城管局旧版网站"),
        (tls, "城管执法公示（安全访问）"),
        (f + "wh.html", "数字城管案件查询"),
        ("/bm/cgj/oa/login.jsp", "数字城管办公系统"),
    ]
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=links_box("相关链接", rows)))
    p.expect("cgj", "broken_link", f + "reset.html", "R3.broken: connection reset, after retries")
    p.expect("cgj", "broken_link", f"abs:{old}", "R3.broken: refused")
    p.expect("cgj", "broken_link", f"abs:{tls}", "R3.broken: no TLS on an http port")
    p.expect("cgj", "broken_link", f + "wh.html", "R3.broken: 503 after retries")
    p.expect("cgj", "broken_link", "/bm/cgj/oa/login.jsp", "R3.broken: 401 ≥ 400")


def _u05_passing_trouble(p: Portal) -> None:
    """The 司法局's pages meet trouble that passes: `a.html` answers 502 twice then 200 (the
    third try; retries: 2), `b.html` 429 once with `Retry-After: 1`, `c.html` answers after
    1.2 s (the time-out is 2.5 s), `d.html` 500 once. None is broken (RULES §3: retried, then
    answers 200). 工作动态 answers 503 twice (`Retry-After: 1`) then its list, newest 2 days:
    fresh, not unreachable; the subpage answers after 1.2 s: reachable. Nothing."""
    u = p.unit("sfj", "区司法局", "department")
    std(p, u)
    w = "/bm/sfj/fw/"
    rows = []
    for name, title in (
        ("a.html", "法律援助申请指南"),
        ("b.html", "人民调解工作动态"),
        ("c.html", "公共法律服务地图"),
        ("d.html", "行政复议申请须知"),
    ):
        p.page(w + name, u, title)
        rows.append((w + name, title))
    p.flaky[w + "a.html"] = (502, 2, None)
    p.flaky[w + "b.html"] = (429, 1, "1")
    p.behave(w + "c.html", delay_s=SLOW_S)
    p.fail500[w + "d.html"] = 1
    p.flaky["/bm/sfj/gzdt/index.html"] = (503, 2, "1")
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=links_box("法律服务", rows)))
    p.behave(u.subpage, delay_s=SLOW_S)


def _u06_base_other_host(p: Portal) -> None:
    """The 财政局's 政策文件 page carries `<base href="http://127.0.0.2:…/czj/zcwj/">` (its
    documents live on the 财政 platform): its items and links resolve there. `../bszn/old.html`
    is then `127.0.0.2/czj/bszn/old.html`, a 404: broken (on the first host the same path
    answers 200); `fj/2027ys.pdf` is `127.0.0.2/czj/zcwj/fj/2027ys.pdf`, 200: not broken (on
    the first host it would 404). The page's link to the subpage is absolute. Newest 200 days:
    stale (183). The subpage links the platform protocol-relative (`//127.0.0.2:…/czj/…`):
    `bsdt/index.html` 200, `bsdt/gone.html` 404: broken (at `http://127.0.0.2:…`)."""
    u = p.unit("czj", "区财政局", "department")
    std(p, u, skip=("policy",))
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items("h2:/czj/zcwj/", "政策文件", [200, 240, 300])
    head = h.meta("政策文件", "政策文件") + f'\n<base href="http://{HP2}/czj/zcwj/" />'
    xg = links_box(
        "相关链接",
        [("../bszn/old.html", "财政资金申报指南"), ("fj/2027ys.pdf", "2027年部门预算公开")],
    )
    page = p.column_page(u, "政策文件", h.trs_ul(items) + xg, head=head)
    page = page.replace(f'href="{u.subpage}"', f'href="http://{HP}{u.subpage}"')
    p.add(base + "index.html", page)
    p.page("/bm/czj/bszn/old.html", u, "财政资金申报指南")
    p.add("h2:/czj/zcwj/fj/2027ys.pdf", "%PDF-1.4\n", ctype="application/pdf")
    stale(
        p,
        "czj",
        base + "index.html",
        "政策文件",
        "policy",
        200,
        "R3.newest: items under the base; R3.age",
    )
    p.expect(
        "czj", "broken_link", f"abs:http://{HP2}/czj/bszn/old.html", "R3.broken: 404 under the base"
    )
    p.stands_on("czj", f"abs:http://{HP2}/czj/bszn/old.html", base + "index.html")
    p.add("h2:/czj/bsdt/index.html", p.column_page(u, "办事大厅", "<p>财政业务办事大厅</p>"))
    rows = [
        (f"//{HP2}/czj/bsdt/index.html", "财政业务办事大厅"),
        (f"//{HP2}/czj/bsdt/gone.html", "惠民惠农补贴查询"),
    ]
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=links_box("网上办事", rows)))
    p.expect(
        "czj", "broken_link", f"abs:http://{HP2}/czj/bsdt/gone.html", "R3.broken: 404 (//host/path)"
    )


GBK_NAME = "统计报表（2027年第三季度）.xls"


def _u07_file_names(p: Portal) -> None:
    """The 统计局's 统计数据 box on 通知公告 and the subpage: file names as editors save them —
    raw 中文 (`2027年统计公报.pdf`), percent-encoded UTF-8 (统计年鉴), a raw space, `%20`, `+`,
    and GBK percent-escapes an old IIS server serves (`%CD%B3%BC%C6…`, its file name in GBK):
    all 200, none broken. A query with `&amp;` (`list.jsp?channelId=12&amp;pageNo=2`, the
    server routes by the exact query `channelId=12&pageNo=2`): not broken; another
    (`channelId=99`) 404s: broken. `2026年统计公报（修订）.pdf` is gone (404) and linked twice,
    raw and percent-encoded: one resource a browser asks for by the same bytes, so ONE finding
    (RULES §3 "Each target is checked once"; one finding per target), written as a browser
    requests it (percent-encoded)."""
    u = p.unit("tjj", "区统计局", "department")
    std(p, u)
    f = "/bm/tjj/files/"
    for name in (
        "2027年统计公报.pdf",
        "统计年鉴.pdf",
        "第五次 全国经济普查公报.doc",
        "2027年 一季度.xls",
        "GDP+CPI说明.doc",
    ):
        p.add(f + name, "%PDF-1.4\n", ctype="application/octet-stream")
    gbk = quote(GBK_NAME.encode("gbk"))
    p.add(unquote(f + gbk), "%PDF-1.4\n", ctype="application/vnd.ms-excel")
    q = "/bm/tjj/tjsj/list.jsp"
    p.add(q + "?channelId=12&pageNo=2", p.column_page(u, "统计数据", "<p>第2页</p>"))
    gone = "2026年统计公报（修订）.pdf"
    rows = [
        (f + "2027年统计公报.pdf", "2027年统计公报"),
        (f + quote("统计年鉴.pdf"), "统计年鉴"),
        (f + "第五次 全国经济普查公报.doc", "第五次全国经济普查公报"),
        (f + quote("2027年 一季度.xls"), "2027年一季度数据"),
        (f + "GDP+CPI说明.doc", "GDP与CPI指标说明"),
        (f + gbk, "统计报表（第三季度）"),
        (q + "?channelId=12&amp;pageNo=2", "统计数据（第2页）"),
        (q + "?channelId=99&amp;pageNo=1", "普查数据"),
        (f + gone, "2026年统计公报（修订）"),
        (f + quote(gone), "2026年统计公报（修订版下载）"),
    ]
    box_ = links_box("统计数据", rows)
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=box_))
    before_footer(p, "/bm/tjj/tzgg/index.html", box_)
    p.expect("tjj", "broken_link", q + "?channelId=99&pageNo=1", "R3.broken: 404 (&amp; read as &)")
    p.expect("tjj", "broken_link", f + quote(gone), "R3.broken: 404, one target in two spellings")
    p.stands_on("tjj", f + quote(gone), u.subpage, "/bm/tjj/tzgg/index.html")
    p.twin(f + gone, "/bm/rsj/fj/2027zph.xls")  # two spellings, one check


def _u08_attachments(p: Portal) -> None:
    """The 审计局's 通知公告 page lists attachments: a PDF (200, application/pdf), a DOCX sent as
    `application/octet-stream` with `Content-Disposition: attachment` (200), a WPS (200), an
    8 MB PDF (200: its HEAD says so, nothing to download), a `download` link to a RAR (200):
    none broken. A DOC and an XLS answer 404, and a `<a download="2026年审计报告.zip">` ZIP
    404: broken (RULES §3: a document is a target like any; `download` changes how a browser
    saves it, not whether it exists)."""
    u = p.unit("sjj", "区审计局", "department")
    std(p, u)
    f = "/bm/sjj/fj/"
    p.add(f + "2027sjgg.pdf", "%PDF-1.4\n", ctype="application/pdf")
    p.answer(
        f + "sjbg.docx",
        b"PK\x03\x04",
        "application/octet-stream",
        headers=(("Content-Disposition", 'attachment; filename="sjbg.docx"'),),
    )
    p.add(f + "jsbg.wps", "WPS", ctype="application/kswps")
    p.answer(f + "big.pdf", b"", "application/pdf", big=8 * 1024 * 1024)
    p.add(f + "sjfg.rar", "Rar!", ctype="application/x-rar-compressed")
    fj = (
        '<div class="fujian"><p>附件：</p>'
        f'<p><a href="{f}2027sjgg.pdf">1.2027年度审计公告.pdf</a></p>'
        f'<p><a href="{f}sjzg.doc">2.审计整改情况表.doc</a></p>'
        f'<p><a href="{f}zgqd.xls">3.整改清单.xls</a></p>'
        f'<p><a href="{f}sjbg.docx">4.审计报告.docx</a></p>'
        f'<p><a href="{f}jsbg.wps">5.经济责任审计报告.wps</a></p>'
        f'<p><a href="{f}big.pdf">6.2027年度预算执行审计工作报告（全文）.pdf</a></p>'
        f'<p><a href="{f}sjbg2026.zip" download="2026年审计报告.zip">'
        "7.2026年审计报告（打包下载）</a></p>"
        f'<p><a download href="{f}sjfg.rar">8.审计法规汇编</a></p></div>'
    )
    before_footer(p, "/bm/sjj/tzgg/index.html", fj)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    for name in ("sjzg.doc", "zgqd.xls", "sjbg2026.zip"):
        p.expect("sjj", "broken_link", f + name, "R3.broken: an attachment answering 404")


def _u09_one_target_many_pages(p: Portal) -> None:
    """The 卫健局 links its dead 预约挂号指南 (`/bm/wjw/bszn/yyzn.html`, 404) from the subpage,
    from 工作动态 (`…yyzn.html#lc`) and from 通知公告 (`HTTP://127.0.0.1:…/bm/wjw/bszn/yyzn.html`
    and `http://127.0.0.1:…/bm/wjw/bszn/../bszn/yyzn.html`, which a browser opens as the same
    URL: the URL standard removes dot segments). One target: ONE broken_link finding for the
    unit (RULES §3 "Each target is checked once per run"; the finding's `found_on` names the
    three pages), and no more requests for it in the run than for the 人社局's dead 招聘 XLS,
    linked once."""
    u = p.unit("wjw", "区卫生健康局", "department")
    std(p, u)
    t = "/bm/wjw/bszn/yyzn.html"
    p.add(
        u.subpage, p.subpage_html(u, p.menu(u), extra=links_box("办事指南", [(t, "预约挂号指南")]))
    )
    before_footer(
        p, "/bm/wjw/gzdt/index.html", links_box("办事指南", [(t + "#lc", "预约挂号流程")])
    )
    rows = [
        (f"HTTP://{HP}{t}", "预约挂号指南"),
        (f"http://{HP}/bm/wjw/bszn/../bszn/yyzn.html", "挂号须知"),
    ]
    before_footer(p, "/bm/wjw/tzgg/index.html", links_box("办事指南", rows))
    p.expect("wjw", "broken_link", t, "R3.broken: 404, one target from three pages")
    p.stands_on("wjw", t, u.subpage, "/bm/wjw/gzdt/index.html", "/bm/wjw/tzgg/index.html")
    p.twin(t, "/bm/rsj/fj/2027zph.xls")  # four spellings, three pages, two units: one check


def _u10_shared_target(p: Portal) -> None:
    """The 教育局's subpage shows the same district 办事指南 box: its dead link is the 教育局's
    too (its own finding, RULES §3 "a link on a unit's subpage"), but the target is not asked
    again (checked once per run). 工作动态 newest 20 days: stale (14)."""
    u = p.unit("jyj", "区教育局", "department")
    base = p.fresh(u, "工作动态", "dynamic", "gzdt", age=20)
    stale(p, "jyj", base + "index.html", "工作动态", "dynamic", 20, "R3.age: 20 > 14")
    std(p, u, skip=("dynamic",))
    t = "/bm/wjw/bszn/yyzn.html"
    p.add(
        u.subpage, p.subpage_html(u, p.menu(u), extra=links_box("办事指南", [(t, "预约挂号指南")]))
    )
    p.expect("jyj", "broken_link", t, "R3.broken: 404 (a shared box)")
    p.stands_on("jyj", t, u.subpage)


def _u11_details_and_page2(p: Portal) -> None:
    """The 人社局's 工作动态 first page links `fj/2027zph.xls` (404): broken. Its second list page
    (`index_1.html`) links `old_p2.html` (404), and its newest article links
    `/bm/rsj/fj/gone_detail.doc` (404): neither is on the subpage or a first list page (RULES
    §3 "a link on a unit's subpage or on the first page of one of its columns"): no finding.
    通知公告 shows no dates; its articles (发布时间 30, 45, 70 days) each link a dead PDF: no
    finding; the column is fresh (30 ≤ 183)."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    dead = '<p class="fj">附件：<a href="/bm/rsj/fj/gone_detail.doc">招聘岗位表.doc</a></p>'
    items = p.items(base, "工作动态", [2, 6, 11, 19], inject={0: dead})
    fj = '<p class="fj"><a href="/bm/rsj/fj/2027zph.xls">2027年冬季招聘会岗位汇总.xls</a></p>'
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items) + fj))
    older = p.items(base, "工作动态", [25, 33, 40])
    p2 = '<p><a href="/bm/rsj/gzdt/old_p2.html">往期招聘信息</a></p>'
    p.add(base + "index_1.html", p.column_page(u, "工作动态", h.trs_ul(older) + p2))
    p.expect("rsj", "broken_link", "/bm/rsj/fj/2027zph.xls", "R3.broken: on the first list page")
    nb = p.col(u, "通知公告", "notice", "tzgg")
    inject = {
        k: f'<p>附件：<a href="/bm/rsj/fj/tz{k}.pdf">公告附件{k + 1}.pdf</a></p>' for k in range(3)
    }
    its = p.items(nb, "通知公告", [30, 45, 70], list_dates=False, style="plain", inject=inject)
    p.add(nb + "index.html", p.column_page(u, "通知公告", ul(its)))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def pager(pages: int, current: int) -> str:
    return (
        '<div class="page"><script type="text/javascript">\n'
        f'createPageHTML({pages}, {current}, "index", "html");\n</script></div>'
    )


def _u12_configured_page2(p: Portal) -> None:
    """The 医保局's 通知公告 is configured at its second page `index_1.html` (TRS pager
    `createPageHTML(3, 1, …)`); its first page `index.html` is newest 40 days (fresh: the
    column is dated by its first page) and links `fj/ybml2027.pdf` (404): broken. The second
    page links `old_2019.html` (404): not on the first page, no finding (RULES §3; README "one
    configured as a later page … is read from the first page it links")."""
    u = p.unit("ybj", "区医疗保障局", "department")
    std(p, u, skip=("notice",))
    base = p.col(u, "通知公告", "notice", "tzgg", path="/bm/ybj/tzgg/index_1.html")
    first = p.plain(base, "通知公告", [40, 70, 95])
    fj = '<p class="fj"><a href="/bm/ybj/fj/ybml2027.pdf">2027年医保药品目录.pdf</a></p>'
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(first) + pager(3, 0) + fj))
    second = p.plain(base, "通知公告", [200, 230, 260])
    old = '<p><a href="/bm/ybj/tzgg/old_2019.html">2019年通知存档</a></p>'
    p.add(base + "index_1.html", p.column_page(u, "通知公告", ul(second) + pager(3, 1) + old))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    p.expect("ybj", "broken_link", "/bm/ybj/fj/ybml2027.pdf", "R3.broken: on the first list page")
    p.stands_on("ybj", "/bm/ybj/fj/ybml2027.pdf", base + "index.html")  # not the configured page


def _u13_status_not_words(p: Portal) -> None:
    """The 林业局's 专题专栏 box. `zt/lhjs.html` answers 200 with 「抱歉，您访问的页面不存在」,
    and `zt/sthb.html` 302s to `/404.html`, which answers 200 with the same words. RULES §3
    defines a broken link by its answer — "answers ≥ 400 or cannot be reached" — and both
    answer 200 (the README's soft-404 rule is for pages the monitor reads, a subpage or a
    column, not for link targets): not broken. `zt/slfh.html` shows a whole article but
    answers 404 (a CMS sending the wrong status): broken, by its status. 规划计划 says
    暂无信息: empty."""
    u = p.unit("lyj", "区林业局", "department")
    std(p, u)
    gone = bare(
        "页面不存在",
        '<div class="err"><h2>抱歉，您访问的页面不存在！</h2><p><a href="/">返回首页</a></p></div>',
    )
    p.add("/bm/lyj/zt/lhjs.html", gone)
    p.add("/404.html", gone)
    p.answer("/bm/lyj/zt/sthb.html", b"", status=302, location="/404.html", ctype="")
    live = p.column_page(
        u,
        "森林防火",
        '<div class="TRS_Editor"><p>冬春森林防火期为每年11月1日至次年5月31日。</p></div>',
    )
    p.answer("/bm/lyj/zt/slfh.html", live.encode("utf-8"), status=404)
    rows = [
        ("/bm/lyj/zt/lhjs.html", "林长制专题"),
        ("/bm/lyj/zt/sthb.html", "生态保护红线"),
        ("/bm/lyj/zt/slfh.html", "森林防火专题"),
    ]
    b = p.col(u, "规划计划", "plan", "ghjh")
    p.add(b + "index.html", p.column_page(u, "规划计划", '<ul class="list"><li>暂无信息</li></ul>'))
    p.expect(
        "lyj",
        "column_empty",
        b + "index.html",
        "R3.empty: 暂无信息",
        column="规划计划",
        category="plan",
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=links_box("专题专栏", rows)))
    p.expect("lyj", "broken_link", "/bm/lyj/zt/slfh.html", "R3.broken: 404, whatever the body")


def _u14_odd_whitespace(p: Portal) -> None:
    """The 科技局's 科技项目 box: `&#10;/bm/kjj/kjxm/a.html` (a newline before) and
    `/bm/kjj/kjxm/&#13;&#10;b.html` (CR LF inside): browsers drop them (URL standard: leading
    C0 controls and spaces stripped, tabs and newlines removed): 200, not broken. `c.html&nbsp;`
    and `d.html　` (a trailing no-break space, a trailing full-width space, pasted from Word)
    are not C0 controls or spaces: a browser keeps them and asks for `c.html%C2%A0` and
    `d.html%E3%80%80`, which 404: broken (at the URL a browser asks for)."""
    u = p.unit("kjj", "区科学技术局", "department")
    std(p, u)
    k = "/bm/kjj/kjxm/"
    for name, title in (
        ("a.html", "科技型中小企业评价"),
        ("b.html", "高新技术企业认定"),
        ("c.html", "科技成果登记"),
        ("d.html", "技术合同认定登记"),
    ):
        p.page(k + name, u, title)
    rows = [
        (f"&#10;{k}a.html", "科技型中小企业评价"),
        (f"{k}&#13;&#10;b.html", "高新技术企业认定"),
        (f"{k}c.html&nbsp;", "科技成果登记"),
        (f"{k}d.html\u3000", "技术合同认定登记"),
    ]
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=links_box("科技项目", rows)))
    p.expect("kjj", "broken_link", k + "c.html%C2%A0", "R3.broken: a trailing NBSP is kept, 404")
    p.expect(
        "kjj", "broken_link", k + "d.html%E3%80%80", "R3.broken: a trailing U+3000 is kept, 404"
    )


def _u15_markup(p: Portal) -> None:
    """The 应急管理局's subpage, written by an old template in upper case: `<A HREF=…>` to
    `OLD.HTML` (404 on a case-sensitive server: broken), `<A HREF='…zcfg.html'>` and an
    unquoted `href=…yjya.html` (200). Its 安全生产 image map: `<area href=…wxy.html>` (200),
    `<area href=…yhpc.html>` (404: broken — an area is a link, RULES §3), `<area nohref>` and
    `<AREA HREF="javascript:;">` (skipped)."""
    u = p.unit("ajj", "区应急管理局", "department")
    std(p, u)
    a = "/bm/ajj/aqsc/"
    for name, title in (
        ("zcfg.html", "安全生产法律法规"),
        ("yjya.html", "应急预案"),
        ("wxy.html", "重大危险源"),
    ):
        p.page(a + name, u, title)
    p.add("/bm/ajj/images/map.png", "\x89PNG\r\n", ctype="image/png")
    extra = (
        f'<DIV CLASS="xglj"><UL><LI><A HREF="{a}OLD.HTML" TARGET="_blank">'
        "安全生产许可（旧版）</A></LI>"
        f"<LI><A HREF='{a}zcfg.html'>安全生产法律法规</A></LI>"
        f"<li><a href={a}yjya.html target=_blank>应急预案</a></li></UL></DIV>"
        '<div class="aqmap"><img src="/bm/ajj/images/map.png" usemap="#aqmap" alt="安全生产" />'
        '<map name="aqmap" id="aqmap">'
        f'<area shape="rect" coords="0,0,120,60" href="{a}wxy.html" alt="重大危险源" />'
        f'<area shape="rect" coords="120,0,240,60" href="{a}yhpc.html" alt="隐患排查" />'
        '<area shape="rect" coords="240,0,360,60" nohref="nohref" alt="" />'
        '<AREA SHAPE="circle" COORDS="60,100,30" HREF="javascript:;" ALT="放大" /></map></div>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect("ajj", "broken_link", a + "OLD.HTML", "R3.broken: 404 (upper-case HREF read)")
    p.expect("ajj", "broken_link", a + "yhpc.html", "R3.broken: 404 (<area href>)")


def _u16_second_host(p: Portal) -> None:
    """The 行政审批服务局's own site on 127.0.0.2 (subpage and columns there). Its links back to
    the portal: `//127.0.0.1:…/zwfw/index.html` (protocol-relative, 200) and
    `http://127.0.0.1:…/bm/spj/bszn/old.html` (404): broken. Its menu shows no 政策文件:
    category_missing (policy)."""
    u = p.unit("spj", "区行政审批服务局", "department")
    u.subpage = "h2:/spj/index.html"
    for name, cat, slug, ages in (
        ("工作动态", "dynamic", "gzdt", [3, 9, 20]),
        ("通知公告", "notice", "tzgg", [50, 80, 120]),
        ("政策文件", "policy", "zcwj", [60, 90, 150]),
        ("机构概况", "overview", "jggk", [400, 500]),
    ):
        on_host2(p, u, name, cat, slug, ages)
    rows = [
        (f"//{HP}/zwfw/index.html", "政务服务"),
        (f"http://{HP}/bm/spj/bszn/old.html", "办事指南（旧版）"),
    ]
    menu = [(c.name, c.path[3:]) for c in u.columns if c.category != "policy"]
    p.add(u.subpage, p.subpage_html(u, menu, extra=links_box("相关链接", rows)))
    old = f"abs:http://{HP}/bm/spj/bszn/old.html"
    p.expect("spj", "broken_link", old, "R3.broken: 404 on the portal")
    p.stands_on("spj", old, u.subpage)
    p.expect(
        "spj",
        "category_missing",
        "abs:" + address(u.subpage, f"http://{HP}", f"http://{HP2}"),
        "R3.category: 政策文件 not shown",
        category="policy",
    )


def _u17_loop_column(p: Portal) -> None:
    """A town whose 乡镇动态 URL answers 301 to `…/xzdt` which 301s back to `…/xzdt/index.html`
    (a rewrite rule at odds with the server's slash rule): no answer — column_unreachable,
    never stale; the subpage's menu link to it is broken. The rest fresh."""
    u = p.unit("xz_a", "高家镇人民政府", "town")
    std(p, u, policy=False, skip=("dynamic",))
    path = "/zj/xz_a/xzdt/index.html"
    u.columns.insert(0, Column("乡镇动态", "dynamic", path))
    p.answer(path, b"", status=301, location="/zj/xz_a/xzdt", ctype="")
    p.answer("/zj/xz_a/xzdt", b"", status=301, location=path, ctype="")
    p.expect(
        "xz_a",
        "column_unreachable",
        path,
        "R3.unreachable: a redirect loop",
        column="乡镇动态",
        category="dynamic",
    )
    p.expect("xz_a", "broken_link", path, "R3.broken: the menu links it")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u18_503_column(p: Portal) -> None:
    """A town whose 通知公告 answers 503 with `Retry-After: 1` to every try: column_unreachable
    (after retries), never stale or empty; the menu link to it is broken, from the same answers
    (no extra request)."""
    u = p.unit("xz_b", "石鼓镇人民政府", "town")
    std(p, u, policy=False)
    path = "/zj/xz_b/tzgg/index.html"
    p.flaky[path] = (503, -1, "1")
    p.expect(
        "xz_b",
        "column_unreachable",
        path,
        "R3.unreachable: 5xx after retries",
        column="通知公告",
        category="notice",
    )
    p.expect("xz_b", "broken_link", path, "R3.broken: the menu links it")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u19_subpage_reset(p: Portal) -> None:
    """The 民政局's subpage resets every connection: subpage_unreachable only (no category
    findings); its columns' breadcrumbs link it: broken."""
    u = p.unit("mzj", "区民政局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    p.resets.add(u.subpage)
    p.expect("mzj", "subpage_unreachable", u.subpage, "R3.unreachable: reset after retries")
    p.expect("mzj", "broken_link", u.subpage, "R3.broken: the columns' breadcrumbs link it")
    p.stands_on("mzj", u.subpage, *(c.path for c in u.columns))


def _u20_control_failing(p: Portal) -> None:
    """Control: 工作动态 newest 40 days (stale); 规划计划 暂无信息 (empty); 通知公告 links a search
    page that 404s, its query a script tag (broken; the bulletin must show it as text)."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.fresh(u, "工作动态", "dynamic", "gzdt", age=40)
    stale(p, "scj", base + "index.html", "工作动态", "dynamic", 40, "R3.age: 40 > 14")
    std(p, u, skip=("dynamic",))
    b = p.col(u, "规划计划", "plan", "ghjh")
    p.add(b + "index.html", p.column_page(u, "规划计划", '<ul class="list"><li>暂无信息</li></ul>'))
    p.expect(
        "scj",
        "column_empty",
        b + "index.html",
        "R3.empty: 暂无信息",
        column="规划计划",
        category="plan",
    )
    bad = f"/bm/scj/search404.html?q={HOSTILE}"
    before_footer(p, "/bm/scj/tzgg/index.html", f'<p><a href="{escape(bad)}">站内搜索</a></p>')
    p.expect("scj", "broken_link", bad, "R3.broken: 404 (a hostile query, shown escaped)")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u21_town_missing(p: Portal) -> None:
    """Control: a town whose subpage does not show 通知公告: category_missing."""
    u = p.unit("xz_c", "千河镇人民政府", "town")
    std(p, u, policy=False)
    links = [(c.name, c.path) for c in u.columns if c.category != "notice"]
    p.add(u.subpage, p.subpage_html(u, links))
    p.expect("xz_c", "category_missing", u.subpage, "R3.category: not shown", category="notice")


def _u22_written_links(p: Portal) -> None:
    """The 工信局's 相关链接 box is printed by inline `document.write` (an old template): a
    reader sees two links, 专精特新企业名录 (200) and 2019年度考核结果 (`zt/2019kh.html`, 404):
    broken (RULES §3 "a link on a unit's subpage"; README "A page is read as a reader meets
    it"). Medium: the link exists only once the script runs, as the menus of portal24l M1."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    std(p, u)
    p.page("/bm/gxj/zt/zzqy.html", u, "专精特新企业名录")
    script = (
        '<div class="xglj"><h3>相关链接</h3><ul><script type="text/javascript">'
        'document.write(\'<li><a href="/bm/gxj/zt/zzqy.html" target="_blank">'
        "专精特新企业名录</a></li>');"
        'document.write(\'<li><a href="/bm/gxj/zt/2019kh.html" target="_blank">'
        "2019年度考核结果</a></li>');"
        "</script></ul></div>"
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=script))
    p.expect("gxj", "broken_link", "/bm/gxj/zt/2019kh.html", "R3.broken: a written link, 404")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_skips,
    _u02_head_refused,
    _u03_redirects,
    _u04_cannot_reach,
    _u05_passing_trouble,
    _u06_base_other_host,
    _u07_file_names,
    _u08_attachments,
    _u09_one_target_many_pages,
    _u10_shared_target,
    _u11_details_and_page2,
    _u12_configured_page2,
    _u13_status_not_words,
    _u14_odd_whitespace,
    _u15_markup,
    _u16_second_host,
    _u17_loop_column,
    _u18_503_column,
    _u19_subpage_reset,
    _u20_control_failing,
    _u21_town_missing,
    _u22_written_links,
)


def config_yaml(portal: Portal, root: str, root2: str) -> str:
    """The test configuration: short time-outs, 2 retries, `Retry-After` capped at 0.5 s."""
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
        "  retry_after_cap_s: 0.5",
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
