"""The sixth 24-unit trap portal: healthy, well-kept units whose pages are merely unusual, which a
monitor could wrongly call stale, empty, unreachable, missing a category, broken-linked or
injected — plus a few genuinely failing units as controls.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule; `p.maybe` for a finding acceptable either
way). Most units expect nothing. Ages are literal. The reference day is `AS_OF`, 2026-11-24, a
Tuesday (农历十月初五). The server (`tests.portal24f.server`) adds slow answers, 503-then-200,
405 to HEAD, 304 to conditional GETs and a streamed 5 MB PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import CATEGORIES, MAX_AGE, Column, Expect, Unit
from tests.portal24b.site import ul
from tests.portal24c.site import Portal as _Portal
from tests.portal24c.site import spam_links
from tests.portal24f.server import HP, Answer

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2026, 11, 24)
HOSTILE = "<script>alert(1)</script>"
BIG_PDF = 5 * 1024 * 1024
LUNAR_MONTH10 = date(2026, 11, 20)  # 农历十月初一
LUNAR_DAYS = [
    "初一",
    "初二",
    "初三",
    "初四",
    "初五",
    "初六",
    "初七",
    "初八",
    "初九",
    "初十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
    "十六",
    "十七",
    "十八",
    "十九",
    "二十",
    "廿一",
    "廿二",
    "廿三",
    "廿四",
    "廿五",
    "廿六",
    "廿七",
    "廿八",
    "廿九",
    "三十",
]


class Portal(_Portal):
    """`answers`: routes answered with behaviour of their own (see `server.Answer`)."""

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.answers: dict[str, Answer] = {}

    def answer(self, path: str, body: bytes = b"", ctype: str | None = None, **kw: object) -> None:
        ctype = ctype if ctype is not None else "text/html; charset=utf-8"
        self.answers[path] = Answer(body=body, content_type=ctype, **kw)  # type: ignore[arg-type]

    def behave(self, path: str, **kw: object) -> None:
        """Serve an already built route with extra behaviour (delay, 503s, validators…)."""
        r = self.routes[path]
        self.answers[path] = Answer(body=r.body, content_type=r.content_type, **kw)  # type: ignore[arg-type]

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


def std(p: Portal, u: Unit, *, policy: bool = True, skip: Sequence[str] = ()) -> None:
    """Fresh columns of a unit (dynamic, notice, policy for departments) and its overview."""
    dyn = "乡镇动态" if u.kind == "town" else "工作动态"
    if "dynamic" not in skip:
        p.fresh(u, dyn, "dynamic", "gzdt", age=2)
    if "notice" not in skip:
        p.fresh(u, "通知公告", "notice", "tzgg", age=30)
    if policy and "policy" not in skip:
        p.fresh(u, "政策文件", "policy", "zcwj", age=60)
    if "overview" not in skip:
        p.overview(u)


def titled(items: Sequence[Item], titles: Sequence[str]) -> list[Item]:
    return [replace(i, title=t) for i, t in zip(items, titles, strict=True)]


def lunar(d: date) -> str:
    """农历 text for days of the tenth lunar month of 2026 (from 2026-11-20)."""
    return f"农历十月{LUNAR_DAYS[(d - LUNAR_MONTH10).days]}"


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2.
# =========================================================================================


def _u01_gxj(p: Portal) -> None:
    """工作动态 lists 200 lines oldest first: the newest (2 days) is the last line of page 1,
    after 199 lines of up to 600 days. Fresh."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    ages = [600 - 3 * k for k in range(199)] + [2]
    items = p.items(base, "工作动态", ages)
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items, pages=12)))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


REGULATIONS = (
    "中华人民共和国行政许可法",
    "中华人民共和国行政处罚法",
    "中华人民共和国政府信息公开条例",
    "中华人民共和国行政复议法实施条例",
    "陕西省行政执法监督条例",
    "中华人民共和国人民调解法",
    "法律援助条例",
    "中华人民共和国公证法",
)


def _u02_sfj(p: Portal) -> None:
    """政策文件 and 通知公告 are mostly reposted laws and regulations years old; one new item (40
    and 100 days) sits in the middle of each list. Fresh."""
    u = p.unit("sfj", "区司法局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=4)
    for name, cat, slug, new in (
        ("通知公告", "notice", "tzgg", 100),
        ("政策文件", "policy", "zcwj", 40),
    ):
        base = p.col(u, name, cat, slug)
        ages = [5200, 4100, 3650, 2900, new, 2400, 2100, 1800, 1500]
        items = p.items(base, name, ages)
        titles = [*REGULATIONS[:4], f"区司法局关于印发《{name}管理办法》的通知", *REGULATIONS[4:]]
        p.add(base + "index.html", p.column_page(u, name, ul(titled(items, titles))))
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u03_jyj(p: Portal) -> None:
    """工作动态's newest line is `2026-11-24 23:59` on as_of 2026-11-24 (age 0); 成人教育 and
    成人高考 in titles and in the newest article. Fresh, no injection."""
    u = p.unit("jyj", "区教育局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [0, 9, 20, 31])
    items = titled(
        items,
        [
            "区成人教育中心召开2026年冬季成人高考考务工作会议",
            "我区开展社区成人教育与老年教育融合发展调研",
            "区教育局开展校园食品安全检查",
            "全区中小学开展秋季消防演练",
        ],
    )
    times = ["23:59", "18:30", "09:00", "10:15"]
    lines = "".join(
        f'<li><a href="{escape(i.href)}">{escape(i.title)}</a>'
        f"<span>{i.when:%Y-%m-%d} {t}</span></li>"
        for i, t in zip(items, times, strict=True)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{lines}</ul>'))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u04_wjw(p: Portal) -> None:
    """工作动态 dated `2026年11月24日 星期二 农历十月初五` (lunar text beside every date), newest
    today; 通知公告 dated `2026年06月01日（星期一）`. Fresh."""
    u = p.unit("wjw", "区卫生健康委员会", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [0, 3, 4])
    week = "一二三四五六日"
    lines = "".join(
        f'<li><a href="{escape(i.href)}">{escape(i.title)}</a><span class="date">'
        f"{i.when.year}年{i.when.month}月{i.when.day}日 星期{week[i.when.weekday()]} "
        f"{lunar(i.when)}</span></li>"
        for i in items
        if i.when
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{lines}</ul>'))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [176, 190, 240])
    lines = "".join(
        f'<li><a href="{escape(i.href)}">{escape(i.title)}</a><span>'
        f"{i.when:%Y年%m月%d日}（星期{week[i.when.weekday()]}）</span></li>"
        for i in items
        if i.when
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="list">{lines}</ul>'))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u05_mzj(p: Portal) -> None:
    """Boundaries with early-morning times: 工作动态 newest `2026-11-10 00:10` (age 14, fresh:
    not 15 by a time-zone shift); 通知公告 newest only in
    `<time datetime="2026-05-25T00:30:00+08:00">`
    (age 183, fresh)."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [14, 16, 25])
    lines = "".join(
        f'<li><a href="{escape(i.href)}">{escape(i.title)}</a>'
        f"<span>{i.when:%Y-%m-%d} 00:10</span></li>"
        for i in items
        if i.when
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{lines}</ul>'))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [183, 200, 260], style="plain")
    lines = "".join(
        f'<li><a href="{escape(i.href)}">{escape(i.title)}</a>'
        f'<time datetime="{i.when:%Y-%m-%d}T00:30:00+08:00">{i.when:%Y-%m-%d}</time></li>'
        for i in items
        if i.when
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="list">{lines}</ul>'))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u06_tjj(p: Portal) -> None:
    """Lists inside a same-host `<iframe>` on the column page: 工作动态 fresh (3 days); 通知公告
    200 days (stale: a control that the frame is really read)."""
    u = p.unit("tjj", "区统计局", "department")
    for name, cat, slug, ages in (
        ("工作动态", "dynamic", "gzdt", [3, 10, 17]),
        ("通知公告", "notice", "tzgg", [200, 230, 290]),
    ):
        base = p.col(u, name, cat, slug)
        items = p.items(base, name, ages)
        p.add(base + "list.html", f"<html><body>{h.trs_ul(items, pages=3)}</body></html>")
        frame = (
            '<iframe src="list.html" name="listFrame" width="100%" height="600" '
            'frameborder="0" scrolling="no"></iframe>'
        )
        p.add(base + "index.html", p.column_page(u, name, frame))
    stale(
        p,
        "tjj",
        "/bm/tjj/tzgg/index.html",
        "通知公告",
        "notice",
        200,
        "R3.newest: the column's list, shown in a same-host iframe; R3.age",
    )
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u07_kjj(p: Portal) -> None:
    """A column page including its list by `<object data=… type=text/html>` (工作动态, 5 days) and
    one by `<embed src=…>` (通知公告, 40 days). Fresh."""
    u = p.unit("kjj", "区科学技术局", "department")
    for name, cat, slug, ages, tag in (
        ("工作动态", "dynamic", "gzdt", [5, 12, 30], "object"),
        ("通知公告", "notice", "tzgg", [40, 90, 150], "embed"),
    ):
        base = p.col(u, name, cat, slug)
        items = p.items(base, name, ages)
        p.add(base + "list_inc.html", f"<html><body>{ul(items)}</body></html>")
        inc = (
            '<object data="list_inc.html" type="text/html" width="100%" height="500"></object>'
            if tag == "object"
            else '<embed src="list_inc.html" type="text/html" width="100%" height="500" />'
        )
        p.add(base + "index.html", p.column_page(u, name, inc))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u08_swj(p: Portal) -> None:
    """Caching: every page of the unit is `Cache-Control: no-store` with no validators, except
    通知公告 (an `ETag`, 304 to a matching If-None-Match) and 政策文件 (a `Last-Modified` of
    2019 — the template's mtime — with 304 to a matching If-Modified-Since). The crawl is run
    twice; the second must find the same. Fresh."""
    u = p.unit("swj", "区商务局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    nostore = (("Cache-Control", "no-store, no-cache, must-revalidate"), ("Pragma", "no-cache"))
    for c in u.columns:
        if c.category == "notice":
            p.behave(c.path, etag='"5f3a-61e2b7c4"')
        elif c.category == "policy":
            p.behave(c.path, last_modified="Tue, 12 Mar 2019 08:00:00 GMT")
        else:
            p.behave(c.path, headers=nostore)
    p.behave(u.subpage, headers=nostore)


def _u09_zrj(p: Portal) -> None:
    """Moved columns: 工作动态 configured as `/bm/zrj/gzdt` 301s to an absolute `HTTP://` URL of
    the same host; 通知公告 configured at the old `index.shtml` 301s to the new site tree
    (`/xxgk/zrj/tzgg/index.html`, relative item links). Fresh."""
    u = p.unit("zrj", "区自然资源局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=6)
    col = u.columns[-1]
    u.columns[-1] = replace(col, path="/bm/zrj/gzdt")
    p.answer("/bm/zrj/gzdt", status=301, location=f"HTTP://{HP}/bm/zrj/gzdt/index.html", ctype="")
    u.columns.append(Column("通知公告", "notice", "/bm/zrj/tzgg/index.shtml"))
    base = "/xxgk/zrj/tzgg/"
    items = p.items(base, "通知公告", [50, 80, 120])
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items)))
    p.answer("/bm/zrj/tzgg/index.shtml", status=301, location="/xxgk/zrj/tzgg/index.html", ctype="")
    p.fresh(u, "政策文件", "policy", "zcwj", age=60)
    p.overview(u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _bom_gbk(p: Portal, path: str) -> None:
    """Re-serve a page as UTF-8 bytes with a BOM, a `<meta charset=gbk>`, no charset header."""
    text = p.routes[path].body.decode("utf-8")
    text = text.replace('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />', "")
    text = text.replace("<head>\n", '<head>\n<meta charset="gbk">\n', 1)
    p.answer(path, b"\xef\xbb\xbf" + text.encode("utf-8"), "text/html")


def _u10_whj(p: Portal) -> None:
    """Subpage and columns written in UTF-8 with a BOM but declaring `<meta charset="gbk">`
    (the BOM wins in every browser); the header has no charset. Fresh, categories shown."""
    u = p.unit("whj", "区文化和旅游局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    for path in [u.subpage, *(c.path for c in u.columns)]:
        _bom_gbk(p, path)


def _u11_ybj(p: Portal) -> None:
    """A slow server: the subpage answers after 1.5 s, 工作动态 after 2.0 s (time-out 4 s)."""
    u = p.unit("ybj", "区医疗保障局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    p.behave(u.subpage, delay_s=1.5)
    p.behave(u.columns[0].path, delay_s=2.0)


def _u12_ajj(p: Portal) -> None:
    """通知公告 answers 503 twice, then 200 (retries: 2); a 应急预案 link on the subpage answers 503
    once, then 200. Fresh, nothing broken."""
    u = p.unit("ajj", "区应急管理局", "department")
    std(p, u)
    p.add("/bm/ajj/yjya/index.html", p.column_page(u, "应急预案", "<p>应急预案正文。</p>"))
    menu = [*p.menu(u), ("应急预案", "/bm/ajj/yjya/index.html")]
    p.add(u.subpage, p.subpage_html(u, menu))
    p.behave(u.columns[1].path, fail_first=2)
    p.behave("/bm/ajj/yjya/index.html", fail_first=1)


def _u13_xz_cg(p: Portal) -> None:
    """A town whose subpage shows its categories as tabs `<li data-url=…>` (no href, opened by
    script), 机构概况 as an ordinary link. All shown: nothing."""
    u = p.unit("xz_cg", "城关街道办事处", "town")
    std(p, u, policy=False)
    tabs = "".join(
        f'<li data-url="{c.path}" class="{"on" if n == 0 else ""}">{c.name}</li>'
        for n, c in enumerate(u.columns)
        if c.category != "overview"
    )
    ov = next(c for c in u.columns if c.category == "overview")
    extra = (
        f'<div class="tabs"><ul class="tab-hd">{tabs}</ul><div class="tab-bd"></div></div>'
        "<script>$('.tab-hd li').click(function(){location.href=$(this).data('url');});</script>"
    )
    p.add(u.subpage, p.subpage_html(u, [(ov.name, ov.path)], extra=extra))


def _u14_xz_fx(p: Portal) -> None:
    """A town whose subpage is a `<table>` of links, one naming 本镇通知公告 (configured URL)."""
    u = p.unit("xz_fx", "凤翔镇人民政府", "town")
    std(p, u, policy=False)
    names = {"notice": "本镇通知公告"}
    cells = "".join(
        f'<td width="25%"><a href="{c.path}" target="_blank">'
        f"{names.get(c.category, c.name)}</a></td>"
        for c in u.columns
    )
    table = f'<table class="lm-table" width="100%"><tr>{cells}</tr></table>'
    p.add(u.subpage, p.subpage_html(u, [], extra=table))


def _u15_fgw(p: Portal) -> None:
    """Category links whose text is no category name (发改要闻, 通知公告栏, 政策文件库, 本委概况)
    but whose href is the configured column, written differently: without `index.html`, with
    an upper-case `HTTP://` absolute URL, with a `#list` fragment, with `./` and `../` segments.
    All shown (R3.category: "links to a configured column")."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    std(p, u)
    p.add("/bm/fgw/tzgg/", p.routes["/bm/fgw/tzgg/index.html"].body.decode())
    links = [
        ("发改要闻", f"HTTP://{HP}/bm/fgw/gzdt/index.html"),
        ("通知公告栏", "/bm/fgw/tzgg/"),
        ("政策文件库", "./zcwj/index.html#list"),
        ("本委概况", "../fgw/./jggk/index.html"),
    ]
    p.add(u.subpage, p.subpage_html(u, links))


def _u16_rsj(p: Portal) -> None:
    """Names with a suffix or prefix (通知公告栏, 本局政策文件) linking to unconfigured pages, the
    configured 通知公告 and 政策文件 not linked. RULES asks for equality of the normalised text:
    strictly both categories are missing; a reader sees them. Either is accepted."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    std(p, u)
    for slug, name in (("tzggl", "通知公告栏"), ("bjzc", "本局政策文件")):
        p.add(f"/bm/rsj/{slug}/list.html", p.column_page(u, name, "<p>…</p>"))
    links = [(c.name, c.path) for c in u.columns if c.category in ("dynamic", "overview")]
    links += [("通知公告栏", "/bm/rsj/tzggl/list.html"), ("本局政策文件", "/bm/rsj/bjzc/list.html")]
    p.add(u.subpage, p.subpage_html(u, links))
    for cat in ("notice", "policy"):
        p.maybe("rsj", "category_missing", u.subpage, "R3.category: names equal", category=cat)


def _u17_hbj(p: Portal) -> None:
    """Links that work though they look odd: a 301 to a live page, a 405 to HEAD (GET 200), a
    `#fragment` naming no anchor, mailto/tel/javascript/about:blank, and a 5 MB PDF whose server
    answers HEAD with 405 (a GET must not read it whole). One dead link (404) as a control."""
    u = p.unit("hbj", "区生态环境局", "department")
    std(p, u)
    p.add("/bm/hbj/hjzl/index.html", p.column_page(u, "环境质量", "<p>本月空气质量优良。</p>"))
    p.answer("/bm/hbj/old/index.html", status=301, location="/bm/hbj/hjzl/index.html", ctype="")
    p.add("/bm/hbj/xzxk/index.jsp", p.column_page(u, "行政许可", "<p>行政许可事项。</p>"))
    p.behave("/bm/hbj/xzxk/index.jsp", head_status=405)
    p.answer("/bm/hbj/files/2026hjzkgb.pdf", ctype="application/pdf", big=BIG_PDF, head_status=405)
    p.answer("/bm/hbj/files/2025hjzkgb.pdf", ctype="application/pdf", big=BIG_PDF)
    extra = (
        '<div class="links"><a href="/bm/hbj/old/index.html">环境质量月报</a>'
        '<a href="/bm/hbj/xzxk/index.jsp">行政许可</a>'
        '<a href="/bm/hbj/hjzl/index.html#section-nowhere">空气质量</a>'
        '<a href="mailto:hbj@linwei.example">局长信箱</a><a href="tel:0913-2101234">值班电话</a>'
        '<a href="javascript:void(0);">收藏本页</a><a href="about:blank" target="qr">二维码</a>'
        '<a href="/bm/hbj/files/2026hjzkgb.pdf">2026年环境状况公报（PDF 5MB）</a>'
        '<a href="/bm/hbj/files/2025hjzkgb.pdf">2025年环境状况公报（PDF 5MB）</a>'
        '<a href="/bm/hbj/files/2019hjzkgb.pdf">2019年环境状况公报</a></div>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect(
        "hbj",
        "broken_link",
        "/bm/hbj/files/2019hjzkgb.pdf",
        "R3.broken: a link on the subpage answering 404",
    )


def _u18_scj(p: Portal) -> None:
    """Innocent hidden content on the subpage and 工作动态: a `display:none` search form, a
    `<script type="text/html">` template of list markup linking to news sites, hidden 繁體
    tooltips, a hidden 返回顶部 link, a `visibility:hidden` lazy banner linking to www.gov.cn,
    and a carousel whose non-active slides (display:none) link to 人民网 / 新华网 stories."""
    u = p.unit("scj", "区市场监督管理局", "department")
    std(p, u)
    extra = (
        '<div class="search-pop" style="display:none">'
        '<form action="/search/index.jsp" method="get">'
        '<input name="q" /><button type="submit">搜索</button></form></div>'
        '<script type="text/html" id="tpl-news">{{each list as item}}<li>'
        '<a href="http://www.sxdaily.com.cn/{{item.url}}" target="_blank">{{item.title}}</a>'
        '<a href="http://www.cnwest.com/{{item.id}}.html">群众新闻</a>'
        "<span>{{item.date}}</span></li>{{/each}}</script>"
        '<div class="tip" style="display:none">點擊查看本局政務公開指南及依申請公開辦理流程</div>'
        '<div class="tip" style="display:none">本網站支持無障礙瀏覽，請使用鍵盤方向鍵操作</div>'
        '<a class="gotop" href="#top" style="display:none">返回顶部</a>'
        '<div class="lazy-banner" style="visibility:hidden">'
        '<a href="http://www.gov.cn/zhengce/index.htm" target="_blank">'
        '<img data-src="/images/logo.png" alt="中国政府网 政策" /></a></div>'
        '<div class="slider"><ul>'
        '<li class="active"><a href="/bm/scj/gzdt/index.html"><img src="/images/logo.png" '
        'alt="市场监管工作动态" /></a></li>'
        '<li style="display:none"><a href="http://www.people.com.cn/n1/2026/1120/c1001-40000001.html">'
        '<img src="/images/logo.png" alt="国务院常务会议部署加强市场监管" /></a></li>'
        '<li style="display:none"><a href="http://www.news.cn/politics/20261118/abc123/c.html">'
        '<img src="/images/logo.png" alt="全国市场监管工作会议召开" /></a></li></ul></div>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    path = u.columns[0].path
    page = p.routes[path].body.decode()
    p.add(path, page.replace('<div class="footer">', extra + '<div class="footer">', 1))


def _u19_gaj(p: Portal) -> None:
    """Official text sharing words with spam lexicons, visible, in list titles and the newest
    articles: 时时彩 in an anti-fraud warning, 博彩业监管 in a Macau-policy article, 葡京 in a
    Macau history piece, the place names 百家乐园 and 六合村, 成人教育. No injection."""
    u = p.unit("gaj", "区公安分局", "department")
    bodies = {
        "工作动态": (
            "<p>近期，我区发生多起以“时时彩”“幸运飞艇”等网络彩票为诱饵的电信网络诈骗案件。"
            "不法分子在群聊中晒出“盈利截图”，诱导群众下载虚假平台充值投注。警方提示：网上买彩票、"
            "时时彩“稳赚不赔”的都是诈骗，切勿轻信。如遇可疑情况，请立即拨打96110或110报警。</p>"
        ),
        "通知公告": (
            "<p>根据《澳门特别行政区基本法》，澳门特区依法对博彩业实施监管。"
            "本期学习材料介绍澳门博彩业监管体制和适度多元发展政策，"
            "以及葡京酒店等建筑在澳门城市发展史中的位置。</p>"
            "<p>同期组织民警赴百家乐园社区、六合村开展“反诈进万家”宣传，并在区成人教育中心"
            "举办讲座。</p>"
        ),
    }
    titles = {
        "工作动态": [
            "警惕“时时彩”网络赌博诈骗——区公安分局发布反诈预警",
            "区公安分局走进百家乐园社区开展反诈宣传",
            "六合村警务室揭牌成立",
            "区公安分局开展冬季交通安全整治",
        ],
        "通知公告": [
            "关于组织学习澳门特别行政区博彩业监管制度的通知",
            "澳门历史城区与葡京：城市变迁专题学习材料",
            "关于在区成人教育中心举办法治讲座的通知",
            "关于公开招聘警务辅助人员的公告",
        ],
    }
    for name, cat, slug, ages in (
        ("工作动态", "dynamic", "gzdt", [1, 5, 9, 13]),
        ("通知公告", "notice", "tzgg", [20, 45, 70, 110]),
    ):
        base = p.col(u, name, cat, slug)
        items = titled(p.items(base, name, ages), titles[name])
        p.add(base + "index.html", p.column_page(u, name, h.trs_ul(items)))
        newest = items[0]
        path = base + newest.href.removeprefix("./")
        p.add(
            path,
            h.detail(title=newest.title, today=p.today, column=name, published=newest.when).replace(
                '<div class="art-con TRS_Editor">',
                f'<div class="art-con TRS_Editor">{bodies[name]}',
                1,
            ),
        )
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u20_tyj(p: Portal) -> None:
    """Year-less dates with a time (`11-24 09:30`, `11-19 16:00`) on 工作动态 (fresh) and a
    year-less 通知公告 of `[05-25]` on as_of 11-24 (183 days: fresh)."""
    u = p.unit("tyj", "区体育局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [0, 5, 12], style="plain")
    lines = "".join(
        f'<li><a href="{escape(i.href)}">{escape(i.title)}</a><span>{i.when:%m-%d} {t}</span></li>'
        for i, t in zip(items, ["09:30", "16:00", "08:45"], strict=True)
        if i.when
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{lines}</ul>'))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [183, 190, 240], style="plain")
    lines = "".join(
        f'<li><span>[{i.when:%m-%d}]</span><a href="{escape(i.href)}">{escape(i.title)}</a></li>'
        for i in items
        if i.when
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="list">{lines}</ul>'))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


# -- controls: units that do fail -----------------------------------------------------------


def _u21_nyj(p: Portal) -> None:
    """Control: 工作动态 30 days old (stale), 政策文件 empty (暂无信息)."""
    u = p.unit("nyj", "区农业农村局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=30)
    stale(p, "nyj", "/bm/nyj/gzdt/index.html", "工作动态", "dynamic", 30, "R3.age: 30 > 14")
    base = p.col(u, "政策文件", "policy", "zcwj")
    p.add(base + "index.html", p.column_page(u, "政策文件", '<div class="list-box">暂无信息</div>'))
    p.expect(
        "nyj",
        "column_empty",
        "/bm/nyj/zcwj/index.html",
        "R3.empty: 暂无信息",
        column="政策文件",
        category="policy",
    )
    std(p, u, skip=("dynamic", "policy"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u22_lyj(p: Portal) -> None:
    """Control: the subpage answers 404 (subpage_unreachable only); 通知公告 answers 404
    (column_unreachable); the columns' breadcrumbs link to the dead subpage (broken)."""
    u = p.unit("lyj", "区林业局", "department")
    std(p, u)
    del p.routes["/bm/lyj/tzgg/index.html"]
    p.expect("lyj", "subpage_unreachable", u.subpage, "R3.unreachable: 404 is final")
    p.expect(
        "lyj",
        "column_unreachable",
        "/bm/lyj/tzgg/index.html",
        "R3.unreachable: 404",
        column="通知公告",
        category="notice",
    )
    p.expect("lyj", "broken_link", u.subpage, "R3.broken: breadcrumb to the 404 subpage")


def _u23_cgj(p: Portal) -> None:
    """Control: hidden links to gambling hosts on the subpage (injection); a dead link with a
    hostile query on 通知公告 (broken; the bulletin must escape it)."""
    u = p.unit("cgj", "区城市管理执法局", "department")
    std(p, u)
    extra = f'<div style="display:none">{spam_links()}</div>'
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect("cgj", "content_injection", u.subpage, "R3.injection: hidden links to other sites")
    path = "/bm/cgj/tzgg/index.html"
    page = p.routes[path].body.decode()
    bad = f"/bm/cgj/search404.html?q={HOSTILE}"
    link = f'<p><a href="{escape(bad)}">站内搜索</a></p>'
    p.add(path, page.replace('<div class="footer">', link + '<div class="footer">', 1))
    p.expect("cgj", "broken_link", bad, "R3.broken: 404")


def _u24_xz_ql(p: Portal) -> None:
    """Control: a town whose subpage does not show 通知公告 (category_missing); its columns fine."""
    u = p.unit("xz_ql", "千阳镇人民政府", "town")
    std(p, u, policy=False)
    links = [(c.name, c.path) for c in u.columns if c.category != "notice"]
    p.add(u.subpage, p.subpage_html(u, links))
    p.expect("xz_ql", "category_missing", u.subpage, "R3.category: not shown", category="notice")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_gxj,
    _u02_sfj,
    _u03_jyj,
    _u04_wjw,
    _u05_mzj,
    _u06_tjj,
    _u07_kjj,
    _u08_swj,
    _u09_zrj,
    _u10_whj,
    _u11_ybj,
    _u12_ajj,
    _u13_xz_cg,
    _u14_xz_fx,
    _u15_fgw,
    _u16_rsj,
    _u17_hbj,
    _u18_scj,
    _u19_gaj,
    _u20_tyj,
    _u21_nyj,
    _u22_lyj,
    _u23_cgj,
    _u24_xz_ql,
)


def config_yaml(portal: Portal, base_url: str) -> str:
    root = base_url.rstrip("/")
    lines = [
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
        lines += [
            f"  - id: {u.id}",
            f"    name: {u.name}",
            f"    kind: {u.kind}",
            f"    subpage: {root}{u.subpage}",
            "    columns:",
        ]
        lines += [
            f'      - {{name: {c.name}, url: "{root}{c.path}", category: {c.category}}}'
            for c in u.columns
        ]
    return "\n".join(lines) + "\n"
