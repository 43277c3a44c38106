"""The eighth 24-unit trap portal: how real government CMSs (TRS WCM, 大汉 JCMS, 政务云 card
templates, home-grown PHP / ASP.NET sites) write list pages and detail pages, in forms no
earlier portal (24 to 24g, 24r) used — dates inside the link (a `<p class="time">`, a day
badge, a bracketed date in the link text), a day badge whose year stands apart from its
month-day, dates written `02.10`, `1周前`, `3周前`, a hidden modification stamp, deadline dates
in a summary, a 施行日期 column, 发文日期 before 发布日期 on the article, lists written by
`document.write`, a script redirect inside the full chrome, 敬请期待 pages, lists grouped
under date headings, rows whose title links to a PDF beside a second link, an attachment icon
link after the newest title, titles holding 今天是 or ICP, 更新时间 labels, and a 1×1 image
link of a gambling site.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule; `p.maybe` for a finding acceptable either
way). Ages are literal. The reference day is `AS_OF`, 2027-02-16, a Tuesday four days after
the 春节 holiday: news columns have a gap of a week or two, year-less `12-20` belongs to 2026.
The server is `tests.portal24f.server`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24f.site import (
    CATEGORIES,
    MAX_AGE,
    Expect,
    Portal,
    config_yaml,
    stale,
    std,
    titled,
)
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS, a, before_footer, lines, ymd

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 2, 16)


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    p.add("/images/dot.gif", "GIF89a", ctype="image/gif")
    p.add("/images/fj.gif", "GIF89a", ctype="image/gif")
    return p


def plain(p: Portal, base: str, name: str, ages: Sequence[int], **kw: object) -> list[Item]:
    """Items whose detail URLs carry no date (`content_N.html`)."""
    return p.items(base, name, ages, style="plain", **kw)  # type: ignore[arg-type]


def undated(p: Portal, base: str, name: str, ages: Sequence[int]) -> list[Item]:
    """Items whose detail pages show no date and carry no PubDate: only the list dates them."""
    return plain(p, base, name, ages, visible=False, meta_date=False)


def pin(items: Sequence[Item], n: int) -> list[Item]:
    return [Item(i.title, i.href, i.when, k < n) for k, i in enumerate(items)]


def when(i: Item) -> date:
    assert i.when is not None
    return i.when


def dot(d: date) -> str:
    return f"{d:%m.%d}"


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2.
# =========================================================================================


def _u01_footer_words(p: Portal) -> None:
    """Titles holding words of a footer or a top bar. 工作动态's newest line (4 days) is
    「今天是节后上班第一天……」, the others 16–33 days (fresh, 4). 通知公告's newest (150) is a
    notice about ICP 备案, the others 190+ (fresh, 150). Both lists are ul/li + span."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [4, 16, 25, 33])
    items = titled(
        items,
        [
            "今天是节后上班第一天 区工信局干部职工全员到岗投入工作",
            "区工信局召开2027年春节前安全生产工作会议",
            "区工信局开展节前重点企业走访慰问",
            "我区举办中小企业数字化转型专题培训",
        ],
    )
    li = lines(items, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>'))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [150, 190, 230, 260])
    items = titled(
        items,
        [
            "关于开展2026年度互联网站ICP备案信息核查工作的通知",
            "关于申报2026年度省级专精特新中小企业的通知",
            "关于开展工业企业安全生产大检查的通知",
            "关于报送2026年上半年工业经济运行情况的通知",
        ],
    )
    li = lines(items, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="list">{li}</ul>'))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u02_weeks(p: Portal) -> None:
    """Relative dates in weeks. 工作动态's newest line says 1周前 (8 days), the next ones are
    dated 22 and 30 days (fresh: a week ago is 7–13 days). 通知公告's newest says 3周前 (23
    days), the others 200 and 240 (fresh: three weeks is 21–27 days)."""
    u = p.unit("jyj", "区教育局", "department")
    for name, cat, slug, ages, word in (
        ("工作动态", "dynamic", "gzdt", [8, 22, 30], "1周前"),
        ("通知公告", "notice", "tzgg", [23, 200, 240], "3周前"),
    ):
        base = p.col(u, name, cat, slug)
        items = plain(p, base, name, ages)
        shown = [word, *(ymd(i) for i in items[1:])]
        li = "".join(
            f'<li>{a(i)}<span class="time">{s}</span></li>'
            for i, s in zip(items, shown, strict=True)
        )
        p.add(base + "index.html", p.column_page(u, name, f'<ul class="news">{li}</ul>'))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u03_card_time(p: Portal) -> None:
    """A 政务云 card list: each `<li>` is one `<a>` holding `<h3 class="title">` and
    `<p class="time">`. The first two cards are 置顶 (400 and 380 days), then 3 … 26 days;
    detail URLs carry no date, the detail pages do. 工作动态 fresh (3)."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = pin(plain(p, base, "工作动态", [400, 380, 3, 8, 12, 19, 26]), 2)
    li = lines(
        items,
        lambda i: (
            f'<li><a href="{escape(i.href)}" target="_blank"><h3 class="title">'
            f"{'<i class=zd>置顶</i>' if i.pinned else ''}{escape(i.title)}</h3>"
            f'<p class="time">{ymd(i)}</p></a></li>'
        ),
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="card-list">{li}</ul>'))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _badge_cards(items: Sequence[Item]) -> str:
    """`a.item` cards: a day badge (day over year-month) and the title with a summary, all
    inside the link."""
    return (
        '<div class="list-card">'
        + lines(
            items,
            lambda i: (
                f'<a class="item clearfix" href="{escape(i.href)}" target="_blank">'
                f'<div class="date"><b>{i.when:%d}</b><span>{i.when:%Y-%m}</span></div>'
                f'<div class="txt"><h4>{escape(i.title)}</h4><p>{escape(i.title)}，'
                "现将有关事项通知如下……</p></div></a>"
            ),
        )
        + "</div>"
    )


def _u04_badge_cards(p: Portal) -> None:
    """Cards whose day badge is inside the link (`a.item > div.date > b + span`, then
    `div.txt > h4 + p`); the detail pages show no date and carry no PubDate. 通知公告 200 days
    (stale); 工作动态 3 days (fresh)."""
    u = p.unit("sfj", "区司法局", "department")
    for name, cat, slug, ages, want in (
        ("工作动态", "dynamic", "gzdt", [3, 9, 15, 24], None),
        ("通知公告", "notice", "tzgg", [200, 230, 260], 200),
    ):
        base = p.col(u, name, cat, slug)
        items = undated(p, base, name, ages)
        p.add(base + "index.html", p.column_page(u, name, _badge_cards(items)))
        if want:
            stale(p, "sfj", base + "index.html", name, cat, want, "R3.newest: the list's badges")
    p.maybe("sfj", "meta_missing", "*", "RULES §2: detail pages without PubDate")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u05_date_in_link(p: Portal) -> None:
    """Old templates where the whole line is the link. 通知公告: `<a>·title[2026-12-26]</a>`,
    two `[置顶]` lines first (500, 420), then 52 … 200 (fresh, 52). 工作动态:
    `<a><span class="rq">[02-12]</span>title</a>`, two 置顶 lines (420, 400) then 4 … 30
    (fresh, 4). Detail URLs carry no date; the detail pages do."""
    u = p.unit("czj", "区财政局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = pin(plain(p, base, "通知公告", [500, 420, 52, 60, 90, 200]), 2)
    li = lines(
        items,
        lambda i: (
            f'<li><a href="{escape(i.href)}" target="_blank">·'
            f"{'[置顶]' if i.pinned else ''}{escape(i.title)}[{ymd(i)}]</a></li>"
        ),
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="lb">{li}</ul>'))
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = pin(plain(p, base, "工作动态", [420, 400, 4, 9, 16, 30]), 2)
    li = lines(
        items,
        lambda i: (
            f'<li><a href="{escape(i.href)}" target="_blank"><span class="rq">'
            f"[{i.when:%m-%d}]</span>"
            f"{'<font color=red>[置顶]</font>' if i.pinned else ''}{escape(i.title)}</a></li>"
        ),
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="lb">{li}</ul>'))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u06_year_apart(p: Portal) -> None:
    """Date badges whose year stands apart from the month-day. 人事信息 (365):
    `<div class="date"><span class="md">12-20</span><span class="y">2025</span></div>` before
    the title; newest 2025-12-20, 423 days (stale). 工作动态: `<span class="time"><em>2026</em>
    <i>02-10</i></span>` after the title; newest 2026-02-10, 371 days (stale). The years are
    shown: these are full dates, not month-days."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "人事信息", "personnel", "rsxx")
    items = plain(p, base, "人事信息", [423, 460, 520])
    li = lines(
        items,
        lambda i: (
            f'<li><div class="date"><span class="md">{i.when:%m-%d}</span>'
            f'<span class="y">{i.when:%Y}</span></div>{a(i)}</li>'
        ),
    )
    p.add(base + "index.html", p.column_page(u, "人事信息", f'<ul class="rsxx">{li}</ul>'))
    stale(p, "rsj", base + "index.html", "人事信息", "personnel", 423, "R3.newest: year shown")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [371, 380, 400])
    li = lines(
        items,
        lambda i: (
            f'<li>{a(i)}<span class="time"><em style="display:block">{i.when:%Y}</em>'
            f"<i>{i.when:%m-%d}</i></span></li>"
        ),
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="news">{li}</ul>'))
    stale(p, "rsj", base + "index.html", "工作动态", "dynamic", 371, "R3.newest: year shown")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u07_hidden_stamp(p: Portal) -> None:
    """Each line of 通知公告 carries, beside its visible date (230 … 290 days), a hidden
    `<span style="display:none">` with the CMS's modification stamp: every document was
    re-saved yesterday when the site was migrated. A reader sees only the visible dates
    (stale, 230)."""
    u = p.unit("swj", "区商务局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [230, 250, 290])
    stamp = f"{p.d(1):%Y-%m-%d} 22:10:03"
    li = lines(
        items,
        lambda i: (
            f'<li>{a(i)}<span class="date">{ymd(i)}</span>'
            f'<span class="xgsj" style="display:none">{stamp}</span></li>'
        ),
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="list">{li}</ul>'))
    stale(p, "swj", base + "index.html", "通知公告", "notice", 230, "R3.newest: shown dates")
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u08_summary_deadline(p: Portal) -> None:
    """通知公告 as div blocks (`h4 > a`, `p.summary`, `p.time 发布时间：`); each summary names
    the deadline of the notice, 82 days after it was published. Published 221, 240, 280 days
    ago; deadlines 139 … 198 days ago (stale, 221)."""
    u = p.unit("nyj", "区农业农村局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [221, 240, 280])
    rows = []
    for i in items:
        due = when(i) + timedelta(days=82)
        rows.append(
            f'<div class="item"><h4>{a(i)}</h4><p class="summary">各镇街、各有关单位：'
            f"请于{due.year}年{due.month}月{due.day}日前将有关材料报送区农业农村局。</p>"
            f'<p class="time">发布时间：{ymd(i)}</p></div>'
        )
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", '<div class="news-blocks">' + "".join(rows) + "</div>"),
    )
    stale(p, "nyj", base + "index.html", "通知公告", "notice", 221, "R3.newest: 发布时间")
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u09_effective_column(p: Portal) -> None:
    """A 规范性文件 table: 文件名称 | 文号 | 发布日期 | 施行日期 | 有效性, each rule in force 30
    days after publication. Published 195, 230, 300 days ago (施行 165, 200, 270): 政策文件 stale
    (195)."""
    u = p.unit("zrj", "区自然资源局", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = plain(p, base, "政策文件", [195, 230, 300])
    rows = "".join(
        f"<tr><td>{a(i)}</td><td>渭自然资发〔{when(i).year}〕{20 - n}号</td>"
        f"<td>{ymd(i)}</td><td>{when(i) + timedelta(days=30):%Y-%m-%d}</td><td>现行有效</td></tr>"
        for n, i in enumerate(items)
    )
    table = (
        '<table class="gfxwj" width="100%"><tr><th>文件名称</th><th>文号</th><th>发布日期</th>'
        f"<th>施行日期</th><th>有效性</th></tr>{rows}</table>"
    )
    p.add(base + "index.html", p.column_page(u, "政策文件", table))
    stale(p, "zrj", base + "index.html", "政策文件", "policy", 195, "R3.newest: 发布日期")
    std(p, u, skip=("policy",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def fawen_detail(p: Portal, path: str, title: str, column: str, issued: date, pub: date) -> None:
    """A 信息公开 article whose head table shows 发文日期 (issued) before 发布日期 (published);
    PubDate says the publication date."""
    table = (
        '<table class="xxgk-head"><tr><td>索引号：</td><td>11610302MB1586011L/2026-00045</td>'
        "<td>发布机构：</td><td>区发展和改革委员会</td></tr>"
        f"<tr><td>发文日期：</td><td>{issued:%Y-%m-%d}</td>"
        f"<td>发布日期：</td><td>{pub:%Y-%m-%d}</td></tr>"
        f'<tr><td>名　　称：</td><td colspan="3">{escape(title)}</td></tr></table>'
    )
    main = f'<div class="article">{table}<h1>{escape(title)}</h1><p>各镇街、各部门：……</p></div>'
    p.add(
        path,
        h.page(
            title=title,
            head=h.meta(
                column,
                column,
                ArticleTitle=title,
                PubDate=f"{pub:%Y-%m-%d} 10:00",
                ContentSource="区发展和改革委员会",
            ),
            today=p.today,
            crumbs=[("首页", "/")],
            main=main,
        ),
    )


def _u10_fawen(p: Portal) -> None:
    """政策文件 lists titles and 文号 only (no dates); each article's head table shows 发文日期
    36 days before its 发布日期, and PubDate is the 发布日期. Published 175, 200, 240 days ago
    (issued 211 …): fresh (175)."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    rows = []
    for n, age in enumerate((175, 200, 240)):
        path = f"{base}art_{n}.html"
        title = f"区发展和改革委员会关于印发2026年第{3 - n}批重点项目计划的通知"
        pub = p.d(age)
        fawen_detail(p, path, title, "政策文件", pub - timedelta(days=36), pub)
        rows.append(
            f'<tr><td><a href="{path}" target="_blank">{escape(title)}</a></td>'
            f"<td>渭发改发〔2026〕{30 - n}号</td></tr>"
        )
    table = '<table class="list"><tr><th>文件名称</th><th>文号</th></tr>' + "".join(rows)
    p.add(base + "index.html", p.column_page(u, "政策文件", table + "</table>"))
    std(p, u, skip=("policy",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _docwrite_list(items: Sequence[Item]) -> str:
    calls = "\n".join(
        "document.write('<li><a href=\""
        + i.href
        + '" target="_blank">'
        + i.title
        + "</a><span>"
        + ymd(i)
        + "</span></li>');"
        for i in items
    )
    return f'<ul class="list">\n<script type="text/javascript">\n{calls}\n</script>\n</ul>'


def _u11_docwrite(p: Portal) -> None:
    """Lists written by inline `document.write` of string literals, one call per line (an old
    动易 / ASP template). 通知公告 250 days (stale); 工作动态 2 days (fresh)."""
    u = p.unit("wjw", "区卫生健康局", "department")
    for name, cat, slug, ages, want in (
        ("工作动态", "dynamic", "gzdt", [2, 6, 13], None),
        ("通知公告", "notice", "tzgg", [250, 280, 330], 250),
    ):
        base = p.col(u, name, cat, slug)
        items = plain(p, base, name, ages)
        p.add(base + "index.html", p.column_page(u, name, _docwrite_list(items)))
        if want:
            stale(p, "wjw", base + "index.html", name, cat, want, "R3.newest: written list")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u12_chrome_redirect(p: Portal) -> None:
    """The column URL is a page in the full site chrome that only says 页面正在跳转 and sends
    the reader on by script: 工作动态 `window.location.href="./list_1.html"` (20 days: stale);
    通知公告 `window.location.replace('list_1.html')` (40 days: fresh)."""
    u = p.unit("jtj", "区交通运输局", "department")
    for name, cat, slug, ages, go, want in (
        ("工作动态", "dynamic", "gzdt", [20, 27, 41], 'location.href = "./list_1.html";', 20),
        ("通知公告", "notice", "tzgg", [40, 66, 90], "location.replace('list_1.html');", None),
    ):
        base = p.col(u, name, cat, slug)
        items = plain(p, base, name, ages)
        li = lines(items, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
        p.add(base + "list_1.html", p.column_page(u, name, f'<ul class="list">{li}</ul>'))
        stub = (
            '<div class="tip" style="padding:80px;text-align:center">页面正在跳转，请稍候……</div>'
            f'<script type="text/javascript">window.{go}</script>'
        )
        p.add(base + "index.html", p.column_page(u, name, stub))
        if want:
            stale(p, "jtj", base + "index.html", name, cat, want, "R3.newest: the page sent to")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u13_coming_soon(p: Portal) -> None:
    """通知公告 shows only 「本栏目信息正在整理中，敬请期待！」: a blank column (empty)."""
    u = p.unit("whj", "区文化和旅游局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    main = (
        '<div class="list-box"><div class="nodata" style="padding:60px 0;text-align:center">'
        '<img src="/images/dot.gif" alt="" />本栏目信息正在整理中，敬请期待！</div></div>'
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    p.expect(
        "whj",
        "column_empty",
        base + "index.html",
        "R3.empty: the list holds no items (敬请期待)",
        column="通知公告",
        category="notice",
    )
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u14_date_groups(p: Portal) -> None:
    """工作动态 grouped under date headings (`div.day` 2027年01月27日 星期三, then a `<ul>` of
    that day's titles), the way 领导活动 / 每日动态 pages run; the detail pages show no date.
    Newest 20 days (stale)."""
    u = p.unit("tjj", "区统计局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = undated(p, base, "工作动态", [20, 20, 27, 27, 35])
    groups: dict[date, list[Item]] = {}
    for i in items:
        groups.setdefault(when(i), []).append(i)
    body = "".join(
        f'<div class="day-group"><div class="day">{d.year}年{d.month:02d}月{d.day:02d}日 '
        f"星期{h.WEEKDAYS[d.weekday()]}</div><ul>"
        + "".join(f"<li>{a(i)}</li>" for i in group)
        + "</ul></div>"
        for d, group in groups.items()
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", body))
    stale(p, "tjj", base + "index.html", "工作动态", "dynamic", 20, "R3.newest: date headings")
    p.maybe("tjj", "meta_missing", "*", "RULES §2: detail pages without PubDate")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u15_pdf_rows(p: Portal) -> None:
    """政策文件 table rows: 文件名称 links straight to the PDF, 发布日期, and a second link (DOC
    版) in its own cell. No HTML article to read. Published 200, 230, 260 days ago (stale)."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    rows = []
    for n, age in enumerate((200, 230, 260)):
        pdf, doc = f"{base}files/wj_{n}.pdf", f"{base}files/wj_{n}.doc"
        p.add(pdf, "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n", ctype="application/pdf")
        p.add(doc, "\u00d0\u00cf\u0011\u00e0", ctype="application/msword")
        rows.append(
            f'<tr><td class="bt"><a href="{pdf}" target="_blank">区市场监督管理局关于印发'
            f"《2026年第{3 - n}批市场监管规范性文件》的通知</a></td>"
            f'<td align="center">{p.d(age):%Y-%m-%d}</td>'
            f'<td align="center"><a href="{doc}">DOC版</a></td></tr>'
        )
    table = (
        '<table class="zcwj" width="100%"><tr><th>文件名称</th><th>发布日期</th><th>下载</th></tr>'
        + "".join(rows)
        + "</table>"
    )
    p.add(base + "index.html", p.column_page(u, "政策文件", table))
    stale(p, "scj", base + "index.html", "政策文件", "policy", 200, "R3.newest: 发布日期 cells")
    std(p, u, skip=("policy",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u16_pixel_links(p: Portal) -> None:
    """The subpage's footer carries three links to gambling hosts whose only content is a 1×1
    image (`<img width="1" height="1" alt="澳门新葡京">`): injection. Control on 通知公告: the
    same hosts in a `display:none` div (injection)."""
    u = p.unit("ybj", "区医疗保障局", "department")
    std(p, u)
    pixels = "".join(
        f'<a href="http://{host}/" target="_blank"><img src="/images/dot.gif" width="1" '
        f'height="1" border="0" alt="{w}" /></a>'
        for w, host in zip(SPAM_WORDS, GAMBLING, strict=False)
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=f'<div class="sub-foot">{pixels}</div>'))
    p.expect("ybj", "content_injection", u.subpage, "R3.injection: 1×1 image links")
    path = "/bm/ybj/tzgg/index.html"
    hidden = "".join(
        f'<a href="http://{host}/">{w}</a>' for w, host in zip(SPAM_WORDS, GAMBLING, strict=False)
    )
    before_footer(p, path, f'<div style="display:none">{hidden}</div>')
    p.expect("ybj", "content_injection", path, "R3.injection: display:none links (control)")


def _u17_update_label(p: Portal) -> None:
    """Lines labelled 更新时间：. 规划计划 (365): 更新时间：2026-01-10 … (402 days: stale).
    工作动态: 更新时间：2027-02-13 … (3 days: fresh)."""
    u = p.unit("tyj", "区体育局", "department")
    for name, cat, slug, ages, want in (
        ("工作动态", "dynamic", "gzdt", [3, 8, 15, 22], None),
        ("规划计划", "plan", "ghjh", [402, 430, 500], 402),
    ):
        base = p.col(u, name, cat, slug)
        items = plain(p, base, name, ages)
        li = lines(items, lambda i: f'<li>{a(i)}<span class="sj">更新时间：{ymd(i)}</span></li>')
        p.add(base + "index.html", p.column_page(u, name, f'<ul class="list">{li}</ul>'))
        if want:
            stale(p, "tyj", base + "index.html", name, cat, want, "R3.newest: the lines' dates")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u18_dotted(p: Portal) -> None:
    """Year-less dates written with a dot, `02.10`. 工作动态: two 置顶 lines (410, 390 days) then
    6 … 27 days (fresh, 6); detail URLs carry no date, the detail pages do."""
    u = p.unit("hbj", "区生态环境分局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = pin(plain(p, base, "工作动态", [410, 390, 6, 11, 18, 27]), 2)
    li = lines(
        items,
        lambda i: (
            f"<li>{'<b>[置顶]</b>' if i.pinned else ''}{a(i)}"
            f'<span class="date">{dot(when(i))}</span></li>'
        ),
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>'))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u19_attachment_icon(p: Portal) -> None:
    """The newest notice (120 days) has an attachment: an icon link `<a href="fj.docx"><img
    src="fj.gif"></a>` between its title and its date. The others are 200 … 300 days old.
    通知公告 fresh (120)."""
    u = p.unit("xfj", "区信访局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [120, 200, 240, 300])
    p.add(base + "fj_1.docx", "PK\u0003\u0004", ctype="application/octet-stream")
    icon = f'<a href="{base}fj_1.docx"><img src="/images/fj.gif" border="0" /></a>'
    li = "".join(
        f"<li>{a(i)}{icon if k == 0 else ''}<span>{ymd(i)}</span></li>" for k, i in enumerate(items)
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="list">{li}</ul>'))
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u20_empty_broken(p: Portal) -> None:
    """Controls: 通知公告 says 暂无信息 (empty); 政策文件's page links a search URL that answers
    404 (broken; a hostile query for the bulletin)."""
    u = p.unit("cgj", "区城市管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", '<ul class="list"><li class="nodata">暂无信息</li></ul>'),
    )
    p.expect(
        "cgj",
        "column_empty",
        base + "index.html",
        "R3.empty: 暂无信息",
        column="通知公告",
        category="notice",
    )
    std(p, u, skip=("notice",))
    bad = f"/bm/cgj/search404.html?q={HOSTILE}"
    before_footer(p, "/bm/cgj/zcwj/index.html", f'<p><a href="{escape(bad)}">站内搜索</a></p>')
    p.expect("cgj", "broken_link", bad, "R3.broken: 404")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u21_down(p: Portal) -> None:
    """Control: a street office whose subpage answers 404 (subpage_unreachable); its columns'
    breadcrumbs link to it (broken). Columns healthy."""
    u = p.unit("xz_dq", "店前街道办事处", "town")
    std(p, u, policy=False)
    p.answer(u.subpage, b"<h1>404 Not Found</h1>", status=404)
    p.expect("xz_dq", "subpage_unreachable", u.subpage, "R3.unreachable: 404 is final")
    p.expect("xz_dq", "broken_link", u.subpage, "R3.broken: the columns' crumbs lead to it")


def _u22_commented(p: Portal) -> None:
    """Control: a town whose subpage names 通知公告 only inside an HTML comment (a menu entry
    taken out of the template): category_missing."""
    u = p.unit("xz_hj", "环江镇人民政府", "town")
    std(p, u, policy=False, skip=("notice",))
    extra = (
        '<!-- <div class="box"><h3><a href="tzgg/index.html">通知公告</a></h3></div> -->'
        "<p>环江镇位于区境东部，辖12个行政村。</p>"
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))
    p.expect("xz_hj", "category_missing", u.subpage, "R3.category: not shown", category="notice")


def _u23_header_today(p: Portal) -> None:
    """工作动态's list shows no dates (the detail pages do: 30 … 70 days, stale 30); above it
    the column bar says 「最新更新：<today>」 beside an RSS link. 通知公告: page 1 of 3 at
    index.html, pager links index_1.html / index_2.html (older), newest 40 (fresh)."""
    u = p.unit("kjj", "区科学技术局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [30, 37, 45, 50, 70], list_dates=False)
    p.add("/rss/kjj_gzdt.xml", '<?xml version="1.0"?><rss></rss>', ctype="application/xml")
    bar = (
        f'<div class="lm-info">最新更新：{p.today:%Y-%m-%d}　'
        '<a href="/rss/kjj_gzdt.xml" target="_blank">RSS订阅</a></div>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", bar + h.trs_ul(items, pages=1)))
    stale(p, "kjj", base + "index.html", "工作动态", "dynamic", 30, "R3.newest: detail dates")
    base = p.col(u, "通知公告", "notice", "tzgg")
    pager = (
        '<div class="pager">共3页 当前第1页 <a href="index.html">首页</a> '
        '<a href="index_1.html">下一页</a> <a href="index_2.html">尾页</a></div>'
    )
    for k, ages in enumerate(([40, 55, 70], [100, 130, 160], [200, 260, 330])):
        items = plain(p, base, "通知公告", ages)
        li = lines(items, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span></li>")
        page = "index.html" if k == 0 else f"index_{k}.html"
        p.add(base + page, p.column_page(u, "通知公告", f'<ul class="list">{li}</ul>{pager}'))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u24_unreachable_article(p: Portal) -> None:
    """Controls: 通知公告 answers 404 (column_unreachable; the subpage's link to it is broken).
    机构概况 is a single article (no list, no date needed: nothing). 工作动态 is served as
    `application/xhtml+xml` with an XML prolog (fresh, 2)."""
    u = p.unit("ajj", "区应急管理局", "department")
    std(p, u, skip=("overview",))
    path = "/bm/ajj/tzgg/index.html"
    del p.routes[path]
    p.expect(
        "ajj",
        "column_unreachable",
        path,
        "R3.unreachable: 404",
        column="通知公告",
        category="notice",
    )
    p.expect("ajj", "broken_link", path, "R3.broken: the subpage's menu links it")
    base = p.col(u, "机构概况", "overview", "jggk")
    article = (
        '<div class="article"><h1>区应急管理局机构职能</h1><h3>一、主要职责</h3>'
        "<p>（一）负责全区应急管理工作，指导各镇街、各部门应对安全生产类、自然灾害类等突发事件"
        "和综合防灾减灾救灾工作。</p><p>（二）组织编制全区总体应急预案和安全生产类、自然灾害类"
        "专项预案。</p><h3>二、内设机构</h3><p>办公室、应急指挥科、安全生产监督管理科。</p>"
        "<h3>三、领导信息</h3><p>局长：王某某　副局长：李某某</p></div>"
    )
    p.add(base + "index.html", p.column_page(u, "机构概况", article))
    gz = "/bm/ajj/gzdt/index.html"
    text = p.routes[gz].body.decode("utf-8")
    text = text.replace(
        "<!DOCTYPE html PUBLIC", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC', 1
    )
    p.add(gz, text, ctype="application/xhtml+xml; charset=utf-8")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_footer_words,
    _u02_weeks,
    _u03_card_time,
    _u04_badge_cards,
    _u05_date_in_link,
    _u06_year_apart,
    _u07_hidden_stamp,
    _u08_summary_deadline,
    _u09_effective_column,
    _u10_fawen,
    _u11_docwrite,
    _u12_chrome_redirect,
    _u13_coming_soon,
    _u14_date_groups,
    _u15_pdf_rows,
    _u16_pixel_links,
    _u17_update_label,
    _u18_dotted,
    _u19_attachment_icon,
    _u20_empty_broken,
    _u21_down,
    _u22_commented,
    _u23_header_today,
    _u24_unreachable_article,
)
