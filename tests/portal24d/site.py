"""The fourth 24-unit trap portal: CMS and server traps not in portal24, portal24b, portal24c.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule; `p.maybe` for a finding acceptable either
way). Ages are literal. The reference day is `AS_OF`, 2026-09-30: a day already past, so the
monthly bulletin of 2026-09 is a finished month. Pages may carry `__HP__` / `__HP2__` (the
server's two addresses, 127.0.0.1 and 127.0.0.2 on one port: the second is a department's own
site); routes of the second host are keyed `h2:/path`.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import CATEGORIES, MAX_AGE, Column, Expect, Unit
from tests.portal24b.site import ul
from tests.portal24c.site import Portal as _Portal
from tests.portal24d.server import HP, HP2, Answer

__all__ = ["AS_OF", "CATEGORIES", "HOSTILE", "MAX_AGE", "Expect", "Portal", "build"]

AS_OF = date(2026, 9, 30)
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")
CST = timezone(timedelta(hours=8))


class Portal(_Portal):
    """`answers`: routes answered with headers of their own (see `server.Answer`)."""

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.answers: dict[str, Answer] = {}

    def answer(self, path: str, body: bytes, ctype: str | None, **kw: object) -> None:
        self.answers[path] = Answer(body=body, content_type=ctype, **kw)  # type: ignore[arg-type]

    def served(self) -> dict[str, Answer]:
        out = {
            path: Answer(
                body=r.body, status=r.status, content_type=r.content_type, location=r.location
            )
            for path, r in self.routes.items()
        }
        out.update(self.answers)
        return out


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    return p


def stale(p: Portal, unit: str, path: str, name: str, cat: str, age: int, rule: str) -> None:
    p.expect(unit, "column_stale", path, rule, column=name, category=cat, age=age)


def std(p: Portal, u: Unit, *, policy: bool = True, dyn: str = "工作动态") -> None:
    """Fresh columns of a unit (dynamic, notice, policy for departments) and its overview."""
    p.fresh(u, dyn, "dynamic", "gzdt", age=2)
    p.fresh(u, "通知公告", "notice", "tzgg", age=30)
    if policy:
        p.fresh(u, "政策文件", "policy", "zcwj", age=60)
    p.overview(u)


def h2_items(p: Portal, base: str, column: str, ages: Sequence[int]) -> list[Item]:
    """Items on the second host: detail pages keyed `h2:`, hrefs as the page writes them."""
    items = p.items(base, column, ages, style="plain")
    return [replace(i, href=i.href.removeprefix("h2:")) for i in items]


def time_list(items: Sequence[tuple[Item, str]]) -> str:
    """Dates only in `<time datetime>` (the visible text is a script's job)."""
    lines = "".join(
        f'<li><a href="{escape(i.href)}">{escape(i.title)}</a><time datetime="{dt}"></time></li>'
        for i, dt in items
    )
    return f'<ul class="news-list">{lines}</ul><script>renderTimes()</script>'


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2.
# =========================================================================================


def _u01_zjj(p: Portal) -> None:
    """Columns behind one JSP with a query string: `list.jsp?channelId=12&page=1#top` (fresh, a
    fragment in the configured URL) and `?channelId=13&page=1` (200 days: stale). The JSP
    answers 404 without a known channelId. Item links are relative (`content.jsp?id=N`), the
    pager a query-only href (`?channelId=12&page=2`) and one written `&amp;`."""
    u = p.unit("zjj", "区住房和城乡建设局", "department")
    sec = "/bm/zjj/"
    for cid, name, cat, ages, frag in (
        (12, "工作动态", "dynamic", [3, 8, 15, 22], "#top"),
        (13, "通知公告", "notice", [200, 230, 260], ""),
    ):
        u.columns.append(_column(name, cat, f"{sec}list.jsp?channelId={cid}&page=1{frag}"))
        items = []
        for k, age in enumerate(ages):
            n = cid * 100 + k
            title = f"{name}信息第{n}号"
            items.append(Item(title, f"content.jsp?id={n}", p.d(age)))
            p.add(
                f"{sec}content.jsp?id={n}",
                h.detail(title=title, today=p.today, column=name, published=p.d(age)),
            )
        pager = (
            f'<div class="pager"><a href="?channelId={cid}&amp;page=2">下一页</a> '
            f'<a href="?channelId={cid}&page=3">尾页</a></div>'
        )
        page = p.column_page(u, name, ul(items) + pager)
        p.add(f"{sec}list.jsp?channelId={cid}&page=1", page)
        for n in (2, 3):
            p.add(f"{sec}list.jsp?channelId={cid}&page={n}", p.column_page(u, name, "<p>…</p>"))
    stale(
        p,
        "zjj",
        f"{sec}list.jsp?channelId=13&page=1",
        "通知公告",
        "notice",
        200,
        "R3.newest (the query string selects the channel); R3.age",
    )
    p.fresh(u, "政策文件", "policy", "zcwj", age=40)
    p.overview(u)
    links = [(escape(c.name), escape(c.path)) for c in u.columns]
    p.add(u.subpage, p.subpage_html(u, links))


def _column(name: str, cat: str, path: str) -> Column:
    return Column(name, cat, path)


def _u02_tjj(p: Portal) -> None:
    """The subpage is a bare page holding one full-height `<iframe>` of another path, where the
    column menu is (the reader sees the menu): every category shown. Columns fresh."""
    u = p.unit("tjj", "区统计局", "department")
    std(p, u)
    p.add("/site/tjj/main.html", p.subpage_html(u, p.menu(u)))
    p.add(
        u.subpage,
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>区统计局</title></head>'
        '<body style="margin:0"><iframe src="/site/tjj/main.html" width="100%" height="2400" '
        'frameborder="0" scrolling="no"></iframe></body></html>',
    )


def _u03_wjw(p: Portal) -> None:
    """A department's own site on another host (127.0.0.2): the portal subpage 302s there; its
    columns live there. Their pages hide a mobile menu of absolute links to that host (its own
    site: no injection). 工作动态 25 days (stale); 通知公告 links a dead page on that host."""
    u = p.unit("wjw", "区卫生健康局", "department")
    for name, cat, slug, ages in (
        ("工作动态", "dynamic", "gzdt", [25, 30, 41]),
        ("通知公告", "notice", "tzgg", [30, 60]),
        ("政策文件", "policy", "zcwj", [20, 90]),
        ("机构概况", "overview", "jggk", [400, 500]),
    ):
        u.columns.append(_column(name, cat, f"abs:http://{HP2}/{slug}/index.html"))
        items = h2_items(p, f"h2:/{slug}/", name, ages)
        nav = (
            '<div class="wap-nav" style="display:none">'
            f'<a href="http://{HP2}/">卫健局首页</a><a href="http://{HP2}/gzdt/index.html">工作动态</a>'
            f'<a href="http://{HP2}/tzgg/index.html">通知公告</a></div>'
        )
        dead = '<p><a href="/tzgg/old_2019.html">往年通知</a></p>' if slug == "tzgg" else ""
        p.add(f"h2:/{slug}/index.html", p.column_page(u, name, nav + h.trs_ul(items) + dead))
    stale(
        p,
        "wjw",
        f"abs:http://{HP2}/gzdt/index.html",
        "工作动态",
        "dynamic",
        25,
        "R3.newest on the department's own host; R3.age",
    )
    p.expect(
        "wjw",
        "broken_link",
        f"abs:http://{HP2}/tzgg/old_2019.html",
        "R3.broken: 404 on the column's first page (other host)",
    )
    menu = [(c.name, c.path.removeprefix(f"abs:http://{HP2}")) for c in u.columns]
    p.add("h2:/index.html", p.subpage_html(u, menu))
    # The shared template's menu and breadcrumbs, as the department's own site serves them:
    # links on that host are checked like the portal's, and these are not broken.
    for path in (
        "/",
        "/zwgk/index.html",
        "/zwfw/index.html",
        "/hdjl/index.html",
        "/bmjz/index.html",
        "/bm/wjw/index.html",
    ):
        p.add(
            f"h2:{path}", "<html><head><title>区卫生健康局</title></head><body>栏目</body></html>"
        )
    p.add(u.subpage, "", status=302, location=f"http://{HP2}/index.html")


def _u04_mzj(p: Portal) -> None:
    """HTML served as `application/octet-stream` (工作动态, fresh) and as `text/plain`
    (通知公告, 200 days: stale): a browser sniffs or shows them; the list is there."""
    u = p.unit("mzj", "区民政局", "department")
    for name, cat, slug, ages, ctype in (
        ("工作动态", "dynamic", "gzdt", [4, 9, 20], "application/octet-stream"),
        ("通知公告", "notice", "tzgg", [200, 240], "text/plain; charset=utf-8"),
    ):
        base = p.col(u, name, cat, slug)
        items = p.items(base, name, ages)
        body = p.column_page(u, name, h.trs_ul(items)).encode("utf-8")
        p.answer(base + "index.html", body, ctype)
    stale(
        p,
        "mzj",
        "/bm/mzj/tzgg/index.html",
        "通知公告",
        "notice",
        200,
        "R3.newest (HTML behind text/plain); R3.age",
    )
    p.fresh(u, "政策文件", "policy", "zcwj", age=10)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u05_sfj(p: Portal) -> None:
    """Content-Encoding: 工作动态 `deflate` (zlib), fresh; 通知公告 declares `gzip` but is sent
    plain (a browser shows a decoding error: unreachable, or read as plain: fresh)."""
    u = p.unit("sfj", "区司法局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [1, 6, 12])
    body = p.column_page(u, "工作动态", h.trs_ul(items)).encode("utf-8")
    p.answer(
        base + "index.html",
        zlib.compress(body),
        "text/html; charset=utf-8",
        headers=(("Content-Encoding", "deflate"),),
        raw_body=True,
    )
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [20, 50])
    body = p.column_page(u, "通知公告", h.trs_ul(items)).encode("utf-8")
    p.answer(
        base + "index.html",
        body,
        "text/html; charset=utf-8",
        headers=(("Content-Encoding", "gzip"),),
    )
    p.maybe(
        "sfj",
        "column_unreachable",
        base + "index.html",
        "R3.unreachable: a body that cannot be decoded as declared",
        column="通知公告",
        category="notice",
    )
    p.maybe(
        "sfj",
        "extraction_failed",
        base + "index.html",
        "R3.extraction: an operator's look at an undecodable page is fine too",
        column="通知公告",
        category="notice",
    )
    p.fresh(u, "政策文件", "policy", "zcwj", age=10)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u06_jtj(p: Portal) -> None:
    """通知公告 answers 304 Not Modified to a GET that sent no validator: no usable answer
    (column_unreachable; never stale or empty)."""
    u = p.unit("jtj", "区交通运输局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    p.answer("/bm/jtj/tzgg/index.html", b"", None, status=304, headers=(("ETag", '"5f2a-61c"'),))
    p.maybe(
        "jtj",
        "broken_link",
        "/bm/jtj/tzgg/index.html",
        "R3.broken: the subpage's link to it gets no usable answer either (though 304 < 400)",
    )
    p.expect(
        "jtj",
        "column_unreachable",
        "/bm/jtj/tzgg/index.html",
        "R3.unreachable: 304 to an unconditional GET is no usable answer",
        column="通知公告",
        category="notice",
    )


def _u07_ajj(p: Portal) -> None:
    """工作动态 answers 200 with an empty body (a crashed page script): nothing was served, so
    unreachable — not a blank column."""
    u = p.unit("ajj", "区应急管理局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    p.answer("/bm/ajj/gzdt/index.html", b"", "text/html; charset=utf-8")
    p.maybe(
        "ajj",
        "meta_missing",
        "/bm/ajj/gzdt/index.html",
        "RULES §2 指引 tags: an empty page carries none (moot if it is unreachable)",
    )
    p.expect(
        "ajj",
        "column_unreachable",
        "/bm/ajj/gzdt/index.html",
        "R3.unreachable: a 200 with no body is no usable answer (README: soft failures)",
        column="工作动态",
        category="dynamic",
    )


def _u08_sjj(p: Portal) -> None:
    """`charset=gb2312` in header and meta; the bytes are GB18030 with characters outside
    GB2312/GBK (𠮷, 㐀, 䶮 in titles and the unit's menu): 工作动态 20 days (stale)."""
    u = p.unit("sjj", "区审计局", "department")
    for name, cat, slug, ages in (
        ("工作动态", "dynamic", "gzdt", [20, 26, 33]),
        ("通知公告", "notice", "tzgg", [30, 80]),
    ):
        base = p.col(u, name, cat, slug)
        items = p.items(base, name, ages)
        items = [replace(i, title=f"𠮷祥路㐀䶮片区{i.title}") for i in items]
        text = p.column_page(u, name, h.trs_ul(items), charset="gb2312")
        p.answer(base + "index.html", text.encode("gb18030"), "text/html; charset=gb2312")
    stale(
        p,
        "sjj",
        "/bm/sjj/gzdt/index.html",
        "工作动态",
        "dynamic",
        20,
        "R3.newest (GB18030 bytes declared gb2312); R3.age",
    )
    p.fresh(u, "政策文件", "policy", "zcwj", age=10)
    p.overview(u)
    text = p.subpage_html(u, p.menu(u), extra="<p>联系人：𠮷㐀䶮</p>", charset="gb2312")
    p.answer(u.subpage, text.encode("gb18030"), "text/html; charset=gb2312")


def _u09_whj(p: Portal) -> None:
    """UTF-16 with a BOM, `text/html` without charset: the subpage UTF-16LE; 工作动态 UTF-16BE
    30 days (stale); 通知公告 UTF-16LE fresh."""
    u = p.unit("whj", "区文化和旅游局", "department")
    for name, cat, slug, ages, enc in (
        ("工作动态", "dynamic", "gzdt", [30, 44], "utf-16-be"),
        ("通知公告", "notice", "tzgg", [40, 90], "utf-16-le"),
    ):
        base = p.col(u, name, cat, slug)
        items = p.items(base, name, ages)
        text = p.column_page(u, name, h.trs_ul(items), charset="utf-16")
        p.answer(
            base + "index.html", "\ufeff".encode(enc) + text.encode(enc), "text/html", raw_body=True
        )
    stale(
        p,
        "whj",
        "/bm/whj/gzdt/index.html",
        "工作动态",
        "dynamic",
        30,
        "R3.newest (UTF-16BE with BOM); R3.age",
    )
    p.fresh(u, "政策文件", "policy", "zcwj", age=10)
    p.overview(u)
    text = p.subpage_html(u, p.menu(u), charset="utf-16")
    p.answer(
        u.subpage,
        "\ufeff".encode("utf-16-le") + text.encode("utf-16-le"),
        "text/html",
        raw_body=True,
    )


def _u10_kjj(p: Portal) -> None:
    """`<meta http-equiv=refresh>`: 工作动态 reloads itself every 600 s (30 days: stale);
    通知公告 is a 0-second refresh stub to list_1.html (200 days: stale, at the configured URL);
    政策文件 is a real list (fresh) that sends the reader home after 5 s — its list is read."""
    u = p.unit("kjj", "区科技局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [30, 35, 50])
    p.add(
        base + "index.html",
        p.column_page(
            u, "工作动态", h.trs_ul(items), extra_head='<meta http-equiv="refresh" content="600">\n'
        ),
    )
    stale(p, "kjj", base + "index.html", "工作动态", "dynamic", 30, "R3.newest; R3.age")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [200, 210])
    p.add(base + "list_1.html", p.column_page(u, "通知公告", h.trs_ul(items)))
    p.add(
        base + "index.html",
        '<html><head><meta http-equiv="refresh" '
        'content="0; url=list_1.html"><title>跳转</title></head><body>页面跳转中……</body></html>',
    )
    stale(
        p,
        "kjj",
        base + "index.html",
        "通知公告",
        "notice",
        200,
        "R3.unreachable: redirects are followed (a 0 s refresh is one); R3.age",
    )
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = p.items(base, "政策文件", [30, 70])
    p.add(
        base + "index.html",
        p.column_page(
            u,
            "政策文件",
            h.trs_ul(items),
            extra_head='<meta http-equiv="refresh" content="5; URL=/index.html">\n',
        ),
    )
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u11_nyj(p: Portal) -> None:
    """Each list item is a `<table>` of its own (title row, date row): 工作动态 fresh (2 days),
    通知公告 200 days (stale)."""
    u = p.unit("nyj", "区农业农村局", "department")
    for name, cat, slug, ages in (
        ("工作动态", "dynamic", "gzdt", [2, 5, 19]),
        ("通知公告", "notice", "tzgg", [200, 215, 300]),
    ):
        base = p.col(u, name, cat, slug)
        items = p.items(base, name, ages)
        tables = "".join(
            '<table class="news-item" width="100%" cellspacing="0"><tr><td class="t">'
            f'<a href="{escape(i.href)}">{escape(i.title)}</a></td></tr>'
            f'<tr><td class="d">{i.when:%Y-%m-%d}</td></tr></table>'
            for i in items
            if i.when
        )
        p.add(base + "index.html", p.column_page(u, name, tables))
    stale(
        p,
        "nyj",
        "/bm/nyj/tzgg/index.html",
        "通知公告",
        "notice",
        200,
        "R3.newest (one table per item); R3.age",
    )
    p.fresh(u, "政策文件", "policy", "zcwj", age=10)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u12_slj(p: Portal) -> None:
    """Lists nested two levels (`ul > li` groups, each with its own `ul > li` items): the
    newest item is in the second group. 工作动态 3 days (fresh); 通知公告 190 days (stale)."""
    u = p.unit("slj", "区水利局", "department")
    for name, cat, slug, groups in (
        ("工作动态", "dynamic", "gzdt", [("河长制", [16, 25]), ("防汛抗旱", [3, 40])]),
        ("通知公告", "notice", "tzgg", [("水资源", [190, 250]), ("水土保持", [200, 300])]),
    ):
        base = p.col(u, name, cat, slug)
        outer = []
        for gname, ages in groups:
            items = p.items(base, name, ages)
            inner = "".join(
                f'<li><a href="{escape(i.href)}">{escape(i.title)}</a><span>{i.when}</span></li>'
                for i in items
            )
            outer.append(f'<li><h4>{gname}</h4><ul class="sub">{inner}</ul></li>')
        p.add(base + "index.html", p.column_page(u, name, f'<ul class="grp">{"".join(outer)}</ul>'))
    stale(
        p,
        "slj",
        "/bm/slj/tzgg/index.html",
        "通知公告",
        "notice",
        190,
        "R3.newest (nested lists: every item counts); R3.age",
    )
    p.fresh(u, "政策文件", "policy", "zcwj", age=10)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u13_gxj(p: Portal) -> None:
    """Dates only in `<time datetime>`: 工作动态's newest is `…T18:00:00Z`, which is the next
    day in Asia/Shanghai — 14 days old, fresh (read as the UTC date it would be 15: stale);
    通知公告 `…T09:00:00+08:00` 193 days (stale)."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [14, 20, 31])
    rows = []
    for i in items:
        assert i.when
        local = datetime(i.when.year, i.when.month, i.when.day, 2, 0, tzinfo=CST)
        utc = local.astimezone(UTC)  # the previous day, 18:00 UTC
        rows.append((i, utc.strftime("%Y-%m-%dT%H:%M:%SZ")))
    p.add(base + "index.html", p.column_page(u, "工作动态", time_list(rows)))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [193, 220, 260])
    rows = [(i, f"{i.when}T09:00:00+08:00") for i in items]
    p.add(base + "index.html", p.column_page(u, "通知公告", time_list(rows)))
    stale(
        p,
        "gxj",
        base + "index.html",
        "通知公告",
        "notice",
        193,
        "R3.newest (time datetime); R3.age",
    )
    p.fresh(u, "政策文件", "policy", "zcwj", age=10)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u14_czj(p: Portal) -> None:
    """Undated lists whose links carry a date (WebPlus `/2026/0901/c1234a567/page.htm`) older
    than the detail pages' 发布时间: RULES reads list dates, then detail pages. 工作动态: URLs
    29 days, details 5 (fresh); 政策文件: URLs 2026-03-01, details 194 days (stale, age 194)."""
    u = p.unit("czj", "区财政局", "department")
    for name, cat, slug, url_ages, pub_ages in (
        ("工作动态", "dynamic", "gzdt", [29, 35, 40], [5, 12, 20]),
        ("政策文件", "policy", "zcwj", [213, 230, 250], [194, 220, 240]),
    ):
        p.col(u, name, cat, slug)
        items = []
        for k, (ua, pa) in enumerate(zip(url_ages, pub_ages, strict=True)):
            d = p.d(ua)
            path = f"/{d.year}/{d:%m%d}/c{1234 + k}a{567 + ua}/page.htm"
            title = f"{name}：关于推进财政预算管理改革的通知（{ua}）"
            p.add(path, h.detail(title=title, today=p.today, column=name, published=p.d(pa)))
            items.append(Item(title, path, None))
        p.add(f"/bm/czj/{slug}/index.html", p.column_page(u, name, ul(items)))
    stale(
        p,
        "czj",
        "/bm/czj/zcwj/index.html",
        "政策文件",
        "policy",
        194,
        "R3.newest (detail pages, not link URLs); R3.age",
    )
    p.fresh(u, "通知公告", "notice", "tzgg", age=10)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u15_xz_ip(p: Portal) -> None:
    """A town whose subpage hides links to bare IP-address hosts (innocent words): injection."""
    u = p.unit("xz_ip", "马营镇", "town")
    std(p, u, policy=False, dyn="乡镇动态")
    extra = (
        '<div style="display:none"><a href="http://103.45.67.89/">网站导航</a>'
        '<a href="http://45.77.123.34:8080/index.html">在线服务</a>'
        '<a href="http://154.211.9.76/">便民查询</a></div>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect(
        "xz_ip",
        "content_injection",
        u.subpage,
        "R3.injection: hidden links to other sites (IP-address hosts)",
    )


def _u16_cgj(p: Portal) -> None:
    """A zero-size `<iframe>` of a gambling site on 工作动态's list page (挂马-style): injection.
    The list itself is fresh."""
    u = p.unit("cgj", "区城市管理局", "department")
    std(p, u)
    base = "/bm/cgj/gzdt/"
    items = p.items(base, "工作动态", [1, 4])
    frame = (
        '<iframe src="http://www.js77888.net/index.html" width="0" height="0" '
        'frameborder="0" scrolling="no"></iframe>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items) + frame))
    p.expect(
        "cgj",
        "content_injection",
        base + "index.html",
        "R3.injection: hidden (zero-size) embed of another site",
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u17_rsj(p: Portal) -> None:
    """Links drawn in `color:transparent` carrying traditional-Chinese gambling words (澳門博彩,
    網上賭場, 百家樂) to a gambling host, on 通知公告: injection."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    std(p, u)
    base = "/bm/rsj/tzgg/"
    items = p.items(base, "通知公告", [15, 40])
    spam = "".join(
        f'<a href="http://www.am-pj0099.com/" style="color:transparent;text-decoration:none">'
        f"{w}</a> "
        for w in ("澳門博彩", "網上賭場", "百家樂", "真人視訊", "六合彩開獎")
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items) + f"<p>{spam}</p>"))
    p.expect(
        "rsj",
        "content_injection",
        base + "index.html",
        "R3.injection: transparent (unseen) gambling links in 繁体",
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u18_yjj(p: Portal) -> None:
    """Pinyin spam: the subpage hides links named bocai / dubo / baijiale to parasite pages on
    the portal's own host; 通知公告 shows a phrase block whose words are split by zero-width
    spaces (百\\u200b家\\u200b乐|澳\\u200b门\\u200b赌\\u200b场|…). Both injection."""
    u = p.unit("ybj", "区医疗保障局", "department")
    std(p, u)
    words = ("bocai", "dubo", "baijiale", "zhenrenshixun", "liuhecai")
    hidden = "".join(f'<a href="/bm/ybj/{w}/index.html">{w}</a> ' for w in words)
    for w in words:
        p.add(f"/bm/ybj/{w}/index.html", f"<html><body><h1>{w} {w} {w}</h1></body></html>")
    extra = f'<div style="display:none">{hidden}</div>'
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect(
        "ybj",
        "content_injection",
        u.subpage,
        "R3.injection: hidden links carrying (pinyin) spam words",
    )
    base = "/bm/ybj/tzgg/"
    items = p.items(base, "通知公告", [15, 40])
    zw = "\u200b"
    phrases = ("百家乐", "澳门赌场", "真人视讯", "时时彩", "六合彩", "网上赌博")
    block = "|".join(zw.join(w) for w in phrases)
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", h.trs_ul(items) + f'<div class="kw">{block}</div>'),
    )
    p.expect(
        "ybj",
        "content_injection",
        base + "index.html",
        "R3.injection: gambling phrase block (zero-width spaces inside the words)",
    )


EMBASSIES = (
    ("美国驻华大使馆", "https://china.usembassy-china.org.cn/zh/"),
    ("英国驻华大使馆", "https://www.gov.uk/world/organisations/british-embassy-beijing.zh"),
    ("法国驻华大使馆", "https://cn.ambafrance.org/"),
    ("德国驻华大使馆", "https://china.diplo.de/cn-zh"),
    ("日本驻华大使馆", "https://www.cn.emb-japan.go.jp/"),
    ("韩国驻华大使馆", "https://overseas.mofa.go.kr/cn-zh/index.do"),
    ("俄罗斯驻华大使馆", "https://china.mid.ru/"),
    ("澳大利亚驻华大使馆", "https://china.embassy.gov.au/"),
    ("加拿大驻华大使馆", "https://www.international.gc.ca/country-pays/china-chine/"),
    ("意大利驻华大使馆", "https://ambpechino.esteri.it/"),
    ("新西兰驻华大使馆", "https://www.mfat.govt.nz/en/countries-and-regions/"),
    ("新加坡驻华大使馆", "https://www.mfa.gov.sg/beijing"),
)


def _u19_wsb(p: Portal) -> None:
    """Hidden but innocent: a 'more' panel (display:none, opened by a 更多 button) of twelve
    foreign embassies' sites; hidden RSS and print links. No injection."""
    u = p.unit("wsb", "区外事办公室", "department")
    std(p, u)
    shown = "".join(f'<li><a href="{href}">{name}</a></li>' for name, href in EMBASSIES[:3])
    more = "".join(f'<li><a href="{href}">{name}</a></li>' for name, href in EMBASSIES[3:])
    extra = (
        '<div class="yqlj"><h3>驻华使馆</h3>'
        f'<ul>{shown}</ul><ul id="more-emb" style="display:none">{more}</ul>'
        '<a href="javascript:;" onclick="document.getElementById(\'more-emb\')'
        ".style.display='block'\">更多&gt;&gt;</a></div>"
        '<div class="tools"><a href="/bm/wsb/rss.xml" hidden>RSS订阅</a>'
        '<a href="javascript:window.print()" style="display:none">打印本页</a></div>'
    )
    p.add(
        "/bm/wsb/rss.xml",
        "<?xml version='1.0'?><rss version='2.0'></rss>",
        ctype="application/rss+xml",
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))


def _u20_fy(p: Portal) -> None:
    """区人民法院 通知公告: 公告送达 of criminal verdicts (判决书) whose titles name 六合彩, 时时彩,
    百家乐, 网络赌博 — a list of ten. Legal notices, not spam. Fresh."""
    u = p.unit("fy", "区人民法院", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=2)
    base = p.col(u, "通知公告", "notice", "tzgg")
    cases = (
        "六合彩",
        "时时彩",
        "百家乐",
        "网络赌博",
        "六合彩",
        "百家乐",
        "时时彩",
        "网络赌博",
        "六合彩",
        "百家乐",
    )
    items = []
    for k, case in enumerate(cases):
        title = f"（2026）陕0302刑初{101 + k}号王某某等开设赌场（{case}）案刑事判决书公告送达"
        path = f"{base}content_fy{k}.html"
        p.add(path, h.detail(title=title, today=p.today, column="通知公告", published=p.d(9 + k)))
        items.append(Item(title, path, p.d(9 + k)))
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items)))
    p.fresh(u, "政策文件", "policy", "zcwj", age=60)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u21_xz_names(p: Portal) -> None:
    """A town naming its categories with `&nbsp;` (乡镇&nbsp;动态), a zero-width space
    (通\\u200b知公告) and a line break (机构<br>概况), linking to unconfigured URLs: all shown."""
    u = p.unit("xz_names", "八鱼镇", "town")
    std(p, u, policy=False, dyn="乡镇动态")
    for slug in ("news", "notice", "about"):
        p.add(f"/zj/xz_names/{slug}/index.html", p.column_page(u, slug, "<p>…</p>"))
    links = [
        ("乡镇&nbsp;动态", "/zj/xz_names/news/index.html"),
        ("通\u200b知公告", "/zj/xz_names/notice/index.html"),
        ("机构<br>概况", "/zj/xz_names/about/index.html"),
    ]
    p.add(u.subpage, p.subpage_html(u, links))


def _u22_zrj(p: Portal) -> None:
    """Links to judge: `?page=2` (query-only relative), `./#tab2`, `../../../bm/zrj/…`
    (dots beyond the root), `index.html?from=sub&amp;t=1` — all fine; `list.jsp?channelId=99`
    (404) and a hostile query (404) are broken. 通知公告 200 days old, with hostile titles (the
    bulletin must escape them)."""
    u = p.unit("zrj", "区自然资源局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=2)
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [200, 230])
    items = [replace(i, title=f"{HOSTILE[n % 2]}{i.title}") for n, i in enumerate(items)]
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items)))
    stale(p, "zrj", base + "index.html", "通知公告", "notice", 200, "R3.newest; R3.age")
    p.fresh(u, "政策文件", "policy", "zcwj", age=60)
    p.overview(u)
    p.add("/bm/zrj/list.jsp?page=2", p.column_page(u, "列表", "<p>…</p>"))
    p.add("/bm/zrj/list.jsp?channelId=7&from=sub", p.column_page(u, "列表", "<p>…</p>"))
    links = [
        ("第二页", "?page=2"),
        ("标签", "./#tab2"),
        ("越界", "../../../bm/zrj/gzdt/index.html"),
        ("来源", "/bm/zrj/list.jsp?channelId=7&amp;from=sub"),
        ("旧栏目", "/bm/zrj/list.jsp?channelId=99"),
        ("搜索", "/bm/zrj/search404.html?q=<script>alert(1)</script>"),
    ]
    extra = "".join(f'<p><a href="{href}">{text}</a></p>' for text, href in links)
    p.add("/bm/zrj/", p.subpage_html(u, p.menu(u)))  # the directory serves its index
    p.add("/bm/zrj/index.html?page=2", p.column_page(u, "第二页", "<p>…</p>"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect("zrj", "broken_link", "/bm/zrj/list.jsp?channelId=99", "R3.broken: 404")
    p.expect(
        "zrj",
        "broken_link",
        "/bm/zrj/search404.html?q=<script>alert(1)</script>",
        "R3.broken: 404 (hostile query, shown escaped in the bulletin)",
    )


def _u23_clean(p: Portal) -> None:
    """A department with nothing wrong (合格)."""
    u = p.unit("tyj", "区体育局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u24_clean_town(p: Portal) -> None:
    """A town with nothing wrong (合格)."""
    u = p.unit("xz_clean", "神农镇", "town")
    std(p, u, policy=False, dyn="乡镇动态")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_zjj,
    _u02_tjj,
    _u03_wjw,
    _u04_mzj,
    _u05_sfj,
    _u06_jtj,
    _u07_ajj,
    _u08_sjj,
    _u09_whj,
    _u10_kjj,
    _u11_nyj,
    _u12_slj,
    _u13_gxj,
    _u14_czj,
    _u15_xz_ip,
    _u16_cgj,
    _u17_rsj,
    _u18_yjj,
    _u19_wsb,
    _u20_fy,
    _u21_xz_names,
    _u22_zrj,
    _u23_clean,
    _u24_clean_town,
)


def config_yaml(portal: Portal, base_url: str, hp2: str) -> str:
    root = base_url.rstrip("/")

    def url(path: str) -> str:
        if path.startswith("abs:"):
            return path[4:].replace(HP2, hp2).replace(HP, root.split("//", 1)[1])
        return root + path

    lines = [
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
        lines += [
            f"  - id: {u.id}",
            f"    name: {u.name}",
            f"    kind: {u.kind}",
            f"    subpage: {url(u.subpage)}",
            "    columns:",
        ]
        lines += [
            f'      - {{name: {c.name}, url: "{url(c.path)}", category: {c.category}}}'
            for c in u.columns
        ]
    return "\n".join(lines) + "\n"
