"""The sixteenth trap portal: calendar and boundary conditions, where one day or one year
decides a unit's month. The reference day is `AS_OF`, 2028-01-04, a Tuesday early in January
of a leap year, so year-less dates straddle the new year: `[01-03]` is 2028's, `[12-28]`
2027's, a month-day `[01-05]` (tomorrow) last year's, `[02-29]` has no 2027 to fall back on.

Traps: month-days on both sides of the year (`[01-04]` is today, not the future); a pinned
`[01-05]` line (month-days get no day of slack: 2027-01-05); full dates as_of + 1 (allowed)
and as_of + 2 (a typo); lists whose every date is a typo (dated by their articles, or by
nothing); `[02-29]` on a day when 2028-02-29 is still ahead; ages at limit − 1, limit and
limit + 1 for each window (14, 183, 365, and a configured 7-day 领导活动 window) over the
year's turn; a 2027年度 heading over `[01-03]`; a 2027年 heading that also counts its lines
(2027年 共2条); a 2028年 heading over a typo `[01-30]`; `1月2日` / `12月18日` / `7月5日`;
`01.03`; 昨天 / 3天前 / 14天前 / 15天前 across the new year; month-day date cells beside a
summary naming an older (or newer) full date; an article dated `发布时间：12月20日`; a 置顶
2026 line over 2027年 lines — plus honest controls and failing units (stale, empty,
unreachable, missing category, broken links, one with a hostile query).

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md must
report (`p.expect`; `p.maybe` for a finding acceptable either way). Ages are literal, counted
back from AS_OF. The server is `tests.portal24k.server`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import MAX_AGE as _MAX_AGE
from tests.portal24.site import Expect, Unit
from tests.portal24f.site import stale, std
from tests.portal24g.site import HOSTILE, a, before_footer
from tests.portal24k.site import Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2028, 1, 4)
# RULES.md §1: "Every number below is a default … all of them live in configuration." This
# portal's assessment plan adds a weekly 领导活动 window (not required on any subpage).
MAX_AGE = {**_MAX_AGE, "leader": 7}

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
  - id: leader
    names: [领导活动]
    max_age_days: 7
"""


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    return p


def plain(p: Portal, base: str, name: str, ages: Sequence[int], **kw: object) -> list[Item]:
    """Items whose detail URLs carry no date (`content_N.html`)."""
    return p.items(base, name, ages, style="plain", **kw)  # type: ignore[arg-type]


def when(i: Item) -> date:
    assert i.when is not None
    return i.when


def md(i: Item) -> str:
    return f"[{when(i):%m-%d}]"


def iso(i: Item) -> str:
    return when(i).isoformat()


def listing(
    items: Sequence[Item],
    shown: Callable[[Item], str] | Sequence[str],
    *,
    extras: Sequence[str] = (),
    cls: str = "list",
) -> str:
    """A `ul.list` of `a` + `span.date` lines; `shown` gives each line's date text (a
    function of the item, or the texts in order); `extras` adds text after the date."""
    texts = [shown(i) for i in items] if callable(shown) else list(shown)
    rows = []
    for n, (i, text) in enumerate(zip(items, texts, strict=True)):
        top = '<font color="red">[置顶]</font>' if i.pinned else ""
        extra = extras[n] if n < len(extras) else ""
        rows.append(f'<li>{top}{a(i)}<span class="date">{text}</span>{extra}</li>')
    return f'<ul class="{cls}">' + "\n".join(rows) + "</ul>"


def column(p: Portal, u: Unit, name: str, cat: str, slug: str, main: str) -> str:
    """Configure a column whose list page is `main`; returns its page path."""
    base = p.col(u, name, cat, slug)
    p.add(base + "index.html", p.column_page(u, name, main))
    return base + "index.html"


def article(
    p: Portal, path: str, title: str, column_name: str, info: str, pubdate: str | None
) -> None:
    """An article whose only dates are its info line `info` and `PubDate` (None: no tag)."""
    extra = {"ArticleTitle": title, "ContentSource": "区政府办公室"}
    if pubdate:
        extra["PubDate"] = pubdate
    body = (
        f'<div class="article"><h1 class="art-title">{escape(title)}</h1>'
        f'<div class="art-info">{info}　来源：区政府办公室　【<a href="javascript:window.print()">'
        f'打印</a>】</div><div class="art-con TRS_Editor"><p style="text-indent:2em">'
        f"{escape(title)}。会议要求，各部门要坚持久久为功，扎实推进各项工作落实落细。</p></div></div>"
    )
    p.add(
        path,
        h.page(
            title=title,
            head=h.meta(column_name, column_name, **extra),
            today=p.today,
            crumbs=[("首页", "/")],
            main=body,
        ),
    )


def subpage(p: Portal, u: Unit) -> None:
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


# =========================================================================================
# The units. Rules: R3.newest (the latest item date of the column's own list; typos later
# than as_of + 1 ignored; a month-day takes as_of's year, or the year before when that would
# put it in the future; no list dates → the detail pages' publish date), R3.age (stale when
# age > max_age_days), R3.unreachable, R3.empty, R3.extraction, R3.category, R3.broken
# (RULES.md §3); the windows of RULES.md §2 and this portal's configuration.
# =========================================================================================


def _u01_straddle(p: Portal) -> None:
    """Control. 工作动态 `[01-03]` `[12-31]` `[12-28]` `[12-20]`: 2028-01-03, then 2027's
    lines (this year's would be in the future); newest age 1, fresh. 通知公告 `[01-04]`
    `[06-30]` `[05-09]`: `[01-04]` is as_of itself (not the future, so 2028), age 0, fresh —
    as 2027-01-04 the newest would be 2027-06-30 (188, stale). Nothing."""
    u = p.unit("tjj", "区统计局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [1, 4, 7, 15])
    p.add(base + "index.html", p.column_page(u, "工作动态", listing(items, md)))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [0, 188, 240])
    p.add(base + "index.html", p.column_page(u, "通知公告", listing(items, md)))
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u02_pinned_tomorrow_md(p: Portal) -> None:
    """工作动态's pinned first line is `[01-05]`: a month-day on the day after as_of. RULES
    §3 gives a month-day as_of's year "or the year before when that would put it in the
    future" — 2028-01-05 is the future, so 2027-01-05 (its article says so too); the one day
    of slack is for full dates ("dates later than as_of + 1 day are typos"). The other lines
    `[12-18]` `[12-10]` `[12-03]`: newest 2027-12-18, stale at 17."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [364, 17, 25, 32], pinned=(0,))
    p.add(base + "index.html", p.column_page(u, "工作动态", listing(items, md)))
    stale(p, "mzj", base + "index.html", "工作动态", "dynamic", 17,
          "R3.newest: [01-05] on 2028-01-04 is 2027-01-05 (year before: no slack for "
          "month-days); R3.age 17 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u03_full_typo_tomorrow_today(p: Portal) -> None:
    """Full dates at the edge: 工作动态's top line says 2028-01-06 (as_of + 2: a typo,
    ignored), the rest 2027-12-19 and older: stale at 16. 通知公告's top line says 2028-01-05
    (as_of + 1 is allowed), the next 200 days: fresh. 政策文件's newest is 2028-01-04 (as_of,
    age 0): fresh."""
    u = p.unit("swj", "区商务局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [-2, 16, 23, 30])
    p.add(base + "index.html", p.column_page(u, "工作动态", listing(items, iso)))
    stale(p, "swj", base + "index.html", "工作动态", "dynamic", 16,
          "R3.newest: 2028-01-06 is later than as_of + 1 (a typo, ignored); R3.age 16 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [-1, 200, 260])
    p.add(base + "index.html", p.column_page(u, "通知公告", listing(items, iso)))
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = plain(p, base, "政策文件", [0, 90, 150])
    p.add(base + "index.html", p.column_page(u, "政策文件", listing(items, iso)))
    std(p, u, skip=("dynamic", "notice", "policy"))
    subpage(p, u)


def _swap_year(i: Item) -> str:
    """The year's last two digits swapped (2027 → 2072, 2028 → 2082): a keying typo."""
    d = when(i)
    y = str(d.year)
    return f"{y[:2]}{y[3]}{y[2]}-{d:%m-%d}"


def _u04_typo_list_dated_articles(p: Portal) -> None:
    """Every list date is a typo (the editor's 显示日期 with the year's digits swapped:
    2072-12-10 for 2027-12-10), so the list shows no usable date; the articles' own 发布时间
    (and PubDate) are right. R3.newest: typos are ignored; "when the list shows no dates,
    read the publish date … of the newest few items' detail pages". 工作动态: articles 25, 31,
    40 days old → stale at 25. 通知公告: articles 2 (2082-01-02 on the list), 30, 60 days →
    fresh."""
    u = p.unit("zjj", "区住房和城乡建设局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [25, 31, 40])
    p.add(base + "index.html", p.column_page(u, "工作动态", listing(items, _swap_year)))
    stale(p, "zjj", base + "index.html", "工作动态", "dynamic", 25,
          "R3.newest: list dates all typos (2072-…), so the detail pages' 发布时间 date it; "
          "R3.age 25 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [2, 30, 60])
    p.add(base + "index.html", p.column_page(u, "通知公告", listing(items, _swap_year)))
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u05_typo_everywhere(p: Portal) -> None:
    """通知公告's list dates and its articles' 发布时间 and PubDate all carry the same typo
    year (2082-01-03, 2082-12-20, 2082-11-15: the CMS copies one field). No date can be
    read: `extraction_failed` (a warning), never stale — R3.extraction: "no date could be
    read even from detail pages. It counts against no unit"."""
    u = p.unit("slj", "区水利局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [1, 15, 50])
    for i in items:
        shown = _swap_year(i)
        article(p, i.href, i.title, "通知公告", f"发布时间：{shown} 10:00", f"{shown} 10:00")
    p.add(base + "index.html", p.column_page(u, "通知公告", listing(items, _swap_year)))
    p.expect("slj", "extraction_failed", base + "index.html",
             "R3.extraction: every date (list and articles) is a typo later than as_of + 1",
             column="通知公告", category="notice")
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u06_feb29(p: Portal) -> None:
    """`[02-29]` on 2028-01-04: this year's 2028-02-29 is in the future and 2027 has no
    February 29, so the line gives no date a monitor may use (at most 2024-02-29, the last
    one, older still). 通知公告: `[02-29]` (置顶) `[05-20]` `[03-15]` → newest 2027-05-20,
    stale at 229. 工作动态: `[02-29]` (置顶) over `[01-02]` `[12-27]`: fresh (age 2). The
    impossible date must not stop the unit being read."""
    u = p.unit("zrj", "区自然资源局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    leap = (AS_OF - date(2024, 2, 29)).days
    items = plain(p, base, "通知公告", [leap, 229, 295], pinned=(0,))
    p.add(base + "index.html", p.column_page(u, "通知公告", listing(items, md)))
    stale(p, "zrj", base + "index.html", "通知公告", "notice", 229,
          "R3.newest: [02-29] has no year ≤ as_of in 2027 (none usable); R3.age 229 > 183")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [leap, 2, 8], pinned=(0,))
    p.add(base + "index.html", p.column_page(u, "工作动态", listing(items, md)))
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u07_dynamic_limits(p: Portal) -> None:
    """Three 动态 columns across the year's turn, each in its own date form: 工作动态
    2027年12月22日 (13: fresh), 部门动态 2027/12/21 (14 = max_age: fresh, "exactly
    max_age_days old is still fresh"), 政务要闻 2027.12.20 (15: stale)."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    for name, slug, ages, fmt in (
        ("工作动态", "gzdt", [13, 20, 27], "%Y年%m月%d日"),
        ("部门动态", "bmdt", [14, 21, 28], "%Y/%m/%d"),
        ("政务要闻", "zwyw", [15, 22, 29], "%Y.%m.%d"),
    ):
        base = p.col(u, name, "dynamic", slug)
        items = plain(p, base, name, ages)
        shown = [f"{when(i):{fmt}}" for i in items]
        p.add(base + "index.html", p.column_page(u, name, listing(items, shown)))
    stale(p, "fgw", "/bm/fgw/zwyw/index.html", "政务要闻", "dynamic", 15,
          "R3.age: 2027-12-20 is 15 days before 2028-01-04, 15 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u08_half_year_limits(p: Portal) -> None:
    """The 183-day window over the turn: 通知公告 2027-07-06 (182: fresh), 政策文件
    2027-07-05 (183: fresh), 公示公告 (category notice) 2027-07-04 (184: stale)."""
    u = p.unit("jyj", "区教育局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=3)
    for name, cat, slug, age in (
        ("通知公告", "notice", "tzgg", 182),
        ("政策文件", "policy", "zcwj", 183),
        ("公示公告", "notice", "gsgg", 184),
    ):
        base = p.col(u, name, cat, slug)
        items = plain(p, base, name, [age, age + 30, age + 61])
        p.add(base + "index.html", p.column_page(u, name, listing(items, iso)))
    stale(p, "jyj", "/bm/jyj/gsgg/index.html", "公示公告", "notice", 184,
          "R3.age: 2027-07-04 is 184 days old, 184 > 183")
    p.overview(u)
    subpage(p, u)


CN_DIGITS = "〇一二三四五六七八九"


def cn(d: date) -> str:
    """二〇二七年一月四日: the 成文日期 form."""

    def num(n: int) -> str:
        tens, ones = divmod(n, 10)
        if tens == 0:
            return CN_DIGITS[ones]
        head = "十" if tens == 1 else CN_DIGITS[tens] + "十"
        return head + (CN_DIGITS[ones] if ones else "")

    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + f"年{num(d.month)}月{num(d.day)}日"


def _u09_year_limits(p: Portal) -> None:
    """The 365-day window over the turn: 人事信息 dated 二〇二七年一月四日 (365: fresh),
    规划计划 2027-01-03 (366: stale — the 2027 plan, the 2028 one not yet out)."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "人事信息", "personnel", "rsxx")
    items = plain(p, base, "人事信息", [365, 420, 500])
    p.add(base + "index.html", p.column_page(u, "人事信息", listing(items, lambda i: cn(when(i)))))
    base = p.col(u, "规划计划", "plan", "ghjh")
    items = plain(p, base, "规划计划", [366, 731])
    p.add(base + "index.html", p.column_page(u, "规划计划", listing(items, iso)))
    stale(p, "rsj", base + "index.html", "规划计划", "plan", 366,
          "R3.age: 2027-01-03 is 366 days old, 366 > 365")
    std(p, u)
    subpage(p, u)


def _u10_leader_week(p: Portal) -> None:
    """This portal's configured 7-day 领导活动 window: 领导活动 `[12-28]` (7: fresh),
    另一栏 领导讲话 (category leader) 2027-12-27 (8: stale), 工作动态 6 days (fresh)."""
    u = p.unit("zfb", "区政府办公室", "department")
    base = p.col(u, "领导活动", "leader", "ldhd")
    items = plain(p, base, "领导活动", [7, 9, 12])
    p.add(base + "index.html", p.column_page(u, "领导活动", listing(items, md)))
    base = p.col(u, "领导讲话", "leader", "ldjh")
    items = plain(p, base, "领导讲话", [8, 15, 40])
    p.add(base + "index.html", p.column_page(u, "领导讲话", listing(items, iso)))
    stale(p, "zfb", base + "index.html", "领导讲话", "leader", 8,
          "R3.age with the configured window: 8 > 7")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=6)
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _year_group(heading: str, body: str) -> str:
    return f'<div class="year-box">{heading}{body}</div>'


def _u11_year_headings(p: Portal) -> None:
    """Archives grouped by year in January 2028, before any 2028 line: 规划计划 under
    `h3 2027年度` holds `[01-03]` — 2028-01-03 by R3's year rule, or 2027-01-03 if a 年度
    heading gave its year (366 days): either is allowed (`p.maybe`);
    人事信息 under `2027年 共2条` (the heading counts its lines) holds `[01-02]` `[01-01]` —
    2027-01-02, 367 days: stale. Read with as_of's year both would be 2028 (age 1 and 2)."""
    u = p.unit("sfj", "区司法局", "department")
    base = p.col(u, "规划计划", "plan", "ghjh")
    now = plain(p, base, "规划计划", [366])
    old = plain(p, base, "规划计划", [372, 410])
    main = _year_group('<h3 class="year">2027年度</h3>', listing(now, md)) + _year_group(
        '<h3 class="year">2026年度</h3>', listing(old, md)
    )
    p.add(base + "index.html", p.column_page(u, "规划计划", main))
    # A 年度 heading names the year a line is about (a 2026年度 年报 comes out in 2027:
    # portal24u U2), so its year is not given to month-days: R3's own rule reads [01-03] as
    # 2028-01-03 (fresh); a reader taking the heading's year sees 366 days. Either is allowed.
    p.maybe("sfj", "column_stale", base + "index.html",
            "R3.newest: [01-03] under 2027年度: 2028-01-03 by R3, 2027-01-03 by the heading",
            column="规划计划", category="plan")
    base = p.col(u, "人事信息", "personnel", "rsxx")
    now = plain(p, base, "人事信息", [367, 368])
    old = plain(p, base, "人事信息", [380, 450])
    main = _year_group(
        '<div class="year-t"><b>2027年</b><span>共2条</span></div>', listing(now, md)
    ) + _year_group('<div class="year-t"><b>2026年</b><span>共2条</span></div>', listing(old, md))
    p.add(base + "index.html", p.column_page(u, "人事信息", main))
    stale(p, "sfj", base + "index.html", "人事信息", "personnel", 367,
          "R3.newest: [01-02] under 「2027年 共2条」 is 2027-01-02; R3.age 367 > 365")
    std(p, u)
    subpage(p, u)


def _u12_heading_typo(p: Portal) -> None:
    """工作动态 grouped by year (`div.year` headings): `2028年` over `[01-30]` `[01-20]`
    (2028-01-30 and 2028-01-20: later than as_of + 1, typos — ignored; their articles carry
    the same dates), `2027年` over
    `[12-10]` `[11-26]` `[11-12]`: newest 2027-12-10, stale at 25. The heading's year must not
    carry a date past the typo rule (RULES §3: "Dates later than as_of + 1 day are typos:
    ignore them")."""
    u = p.unit("sjj", "区审计局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    typo = plain(p, base, "工作动态", [(AS_OF - date(2028, 1, d)).days for d in (30, 20)])
    old = plain(p, base, "工作动态", [25, 39, 53])
    main = _year_group('<div class="year">2028年</div>', listing(typo, md)) + _year_group(
        '<div class="year">2027年</div>', listing(old, md)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    stale(p, "sjj", base + "index.html", "工作动态", "dynamic", 25,
          "R3.newest: [01-30] [01-20] under 2028年 are later than as_of + 1 (typos); "
          "R3.age 25 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u13_chinese_md(p: Portal) -> None:
    """Month-days without a year, unpadded Chinese and dotted: 工作动态 `1月2日` `12月18日`
    `12月11日` → 2028-01-02, fresh (2); 部门动态 `01.03` `12.15` → 2028-01-03, fresh (1);
    通知公告 `7月5日` `6月28日` → 2027-07-05 (this year's would be in the future), 183:
    fresh; 政策文件 `7月4日` `5月1日` → 2027-07-04, 184: stale."""
    u = p.unit("wjw", "区卫生健康局", "department")
    for name, cat, slug, ages, dotted in (
        ("工作动态", "dynamic", "gzdt", [2, 17, 24], False),
        ("部门动态", "dynamic", "bmdt", [1, 20, 27], True),
        ("通知公告", "notice", "tzgg", [183, 190], False),
        ("政策文件", "policy", "zcwj", [184, 248], False),
    ):
        base = p.col(u, name, cat, slug)
        items = plain(p, base, name, ages)
        texts = [f"{when(i):%m.%d}" if dotted else f"{when(i):%-m月%-d日}" for i in items]
        p.add(base + "index.html", p.column_page(u, name, listing(items, texts)))
    stale(p, "wjw", "/bm/wjw/zcwj/index.html", "政策文件", "policy", 184,
          "R3.newest: 7月4日 on 2028-01-04 is 2027-07-04; R3.age 184 > 183")
    p.overview(u)
    subpage(p, u)


def _u14_relative(p: Portal) -> None:
    """Relative dates counted from as_of across the turn: 工作动态 昨天 (2028-01-03), 3天前
    (2028-01-01), then 2027-12-15: fresh (1). 部门动态 15天前 (2027-12-20) then 2027-12-01:
    stale at 15. 政务要闻 14天前 (2027-12-21) then 2027-11-30: fresh (exactly 14)."""
    u = p.unit("wlj", "区文化和旅游局", "department")
    for name, slug, ages, words in (
        ("工作动态", "gzdt", [1, 3, 20, 34], ["昨天", "3天前"]),
        ("部门动态", "bmdt", [15, 34], ["15天前"]),
        ("政务要闻", "zwyw", [14, 35], ["14天前"]),
    ):
        base = p.col(u, name, "dynamic", slug)
        items = plain(p, base, name, ages)
        shown = [*words, *(iso(i) for i in items[len(words) :])]
        p.add(base + "index.html", p.column_page(u, name, listing(items, shown)))
    stale(p, "wlj", "/bm/wlj/bmdt/index.html", "部门动态", "dynamic", 15,
          "R3.newest: 15天前 on 2028-01-04 is 2027-12-20; R3.age 15 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u15_summary_dates(p: Portal) -> None:
    """Lines with a month-day date cell and a summary naming one full date. 通知公告: cells
    `[12-20]` `[11-12]` `[09-01]` (15, 53, 125 days), summaries citing regulations in force
    since 2027年5月1日, 2027年3月1日, 2026年12月1日: the lines' own dates make the column
    fresh (15). 工作动态: cells `[12-16]` `[12-09]` `[12-02]` (19, 26, 33), summaries naming
    what starts 2028年1月1日: stale at 19. R3.newest: "the latest item date" — the date the
    line is dated by, not one its summary cites (README: "a line's one date-only element
    wins over dates its summary names")."""
    u = p.unit("ajj", "区应急管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [15, 53, 125])
    cites = [
        "根据《陕西省安全生产条例》（2027年5月1日起施行），现就岁末年初安全生产有关事项通知如下……",
        "依据《生产经营单位安全培训规定》（2027年3月1日起施行）要求，现将培训安排通知如下……",
        "按照《工贸企业重大事故隐患判定标准》（2026年12月1日起施行），开展专项排查……",
    ]
    extras = [f'<p class="zy">{c}</p>' for c in cites]
    p.add(base + "index.html", p.column_page(u, "通知公告", listing(items, md, extras=extras)))
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [19, 26, 33])
    cites = [
        "自2028年1月1日起，全区危险化学品企业全面推行安全风险分级管控……",
        "区应急管理局部署2028年1月1日起施行的新版应急预案宣贯工作……",
        "2028年1月1日起，全区“九小场所”消防安全检查转入常态化……",
    ]
    extras = [f'<p class="zy">{c}</p>' for c in cites]
    p.add(base + "index.html", p.column_page(u, "工作动态", listing(items, md, extras=extras)))
    stale(p, "ajj", base + "index.html", "工作动态", "dynamic", 19,
          "R3.newest: the lines' dates [12-16]… (2027), not 2028年1月1日 in a summary; "
          "R3.age 19 > 14")
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u16_article_md(p: Portal) -> None:
    """Undated lists dated by their articles. 部门动态: articles say `发布时间：12月20日 09:30`
    (no year, no PubDate): 2027-12-20, stale at 15. 工作动态: articles say `发布时间：
    2027-12-21 00:00` (PubDate too): 14, fresh. The 部门动态 articles lack PubDate
    (`meta_missing`, a warning, whichever articles are read: `p.maybe`)."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "部门动态", "dynamic", "bmdt")
    items = plain(p, base, "部门动态", [15, 22, 29], list_dates=False)
    for i, age in zip(items, [15, 22, 29], strict=True):
        d = p.d(age)
        article(p, i.href, i.title, "部门动态", f"发布时间：{d.month}月{d.day}日 09:30", None)
    p.add(base + "index.html", p.column_page(u, "部门动态", listing(items, [""] * len(items))))
    stale(p, "scj", base + "index.html", "部门动态", "dynamic", 15,
          "R3.newest: no list dates; the articles' 发布时间 12月20日 is 2027-12-20; "
          "R3.age 15 > 14")
    p.maybe("scj", "meta_missing", "*", "articles without PubDate (warning)")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [14, 21, 28], list_dates=False)
    for i, age in zip(items, [14, 21, 28], strict=True):
        d = p.d(age)
        stamp = f"{d:%Y-%m-%d} 00:00"
        article(p, i.href, i.title, "工作动态", f"发布时间：{stamp}", stamp)
    p.add(base + "index.html", p.column_page(u, "工作动态", listing(items, [""] * len(items))))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u17_pinned_2026(p: Portal) -> None:
    """All lines written 2027年MM月DD日 under a 置顶 line of 2026: 通知公告 置顶 2026年03月01日
    over 2027年07月02日 (186) …: stale at 186. 政策文件 置顶 2026年12月31日 over 2027年12月28日
    (7) …: fresh."""
    u = p.unit("czj", "区财政局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [(AS_OF - date(2026, 3, 1)).days, 186, 200], pinned=(0,))
    shown = [f"{when(i):%Y年%m月%d日}" for i in items]
    p.add(base + "index.html", p.column_page(u, "通知公告", listing(items, shown)))
    stale(p, "czj", base + "index.html", "通知公告", "notice", 186,
          "R3.newest: the maximum, not the pinned first line; R3.age 186 > 183")
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = plain(p, base, "政策文件", [(AS_OF - date(2026, 12, 31)).days, 7, 60], pinned=(0,))
    shown = [f"{when(i):%Y年%m月%d日}" for i in items]
    p.add(base + "index.html", p.column_page(u, "政策文件", listing(items, shown)))
    std(p, u, skip=("notice", "policy"))
    subpage(p, u)


def _u18_control_dept(p: Portal) -> None:
    """Honest control: a department, all fresh (TRS lists, standard chrome). Nothing."""
    u = p.unit("kjj", "区科学技术局", "department")
    std(p, u)
    subpage(p, u)


def _u19_control_town(p: Portal) -> None:
    """Honest control: a town whose 乡镇动态 is dated `[12-31]` (4) and 通知公告 `[10-08]`
    (88): fresh. Nothing."""
    u = p.unit("xz_mp", "马营镇人民政府", "town")
    base = p.col(u, "乡镇动态", "dynamic", "xzdt")
    items = plain(p, base, "乡镇动态", [4, 11, 18])
    p.add(base + "index.html", p.column_page(u, "乡镇动态", listing(items, md)))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [88, 120])
    p.add(base + "index.html", p.column_page(u, "通知公告", listing(items, md)))
    p.overview(u)
    subpage(p, u)


def _u20_stale_empty(p: Portal) -> None:
    """Control: 工作动态 30 days old (stale), 通知公告 says 暂无信息 (empty)."""
    u = p.unit("nyj", "区农业农村局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=30)
    stale(p, "nyj", "/bm/nyj/gzdt/index.html", "工作动态", "dynamic", 30, "R3.age: 30 > 14")
    path = column(p, u, "通知公告", "notice", "tzgg",
                  '<ul class="list"><li class="nodata">暂无信息</li></ul>')
    p.expect("nyj", "column_empty", path, "R3.empty: 暂无信息", column="通知公告",
             category="notice")
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u21_down(p: Portal) -> None:
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


def _u22_missing(p: Portal) -> None:
    """Control: a town whose subpage does not show 通知公告 (category_missing); its 乡镇动态
    is `[12-21]` (14: fresh) and its 通知公告 fresh."""
    u = p.unit("xz_gp", "高家镇人民政府", "town")
    base = p.col(u, "乡镇动态", "dynamic", "xzdt")
    items = plain(p, base, "乡镇动态", [14, 19, 26])
    p.add(base + "index.html", p.column_page(u, "乡镇动态", listing(items, md)))
    std(p, u, policy=False, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, [(c.name, c.path) for c in u.columns
                                        if c.category != "notice"]))
    p.expect("xz_gp", "category_missing", u.subpage, "R3.category: not shown",
             category="notice")


def _u23_new_year_first_line(p: Portal) -> None:
    """工作动态 grouped by year in early January: `2028年` over one line `[01-03]`, `2027年`
    over `[12-15]` `[12-08]` `[12-01]` `[11-24]`. Both groups are the column's own first list
    page; the newest is 2028-01-03 (age 1): fresh. Nothing."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    now = plain(p, base, "工作动态", [1])
    old = plain(p, base, "工作动态", [20, 27, 34, 41])
    main = _year_group('<h3 class="year">2028年</h3>', listing(now, md)) + _year_group(
        '<h3 class="year">2027年</h3>', listing(old, md)
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", main))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u24_heading_hits(p: Portal) -> None:
    """人事信息 under `h3 2027年` (then `h3 2026年`), lines `[01-03]` `[01-02]` with a hit
    count after the date (点击：2036, 点击：1988 — numbers, not years): 2027-01-03, 366 days,
    stale. 规划计划 the same without counts (`[01-03]` `[01-02]` under 2027年): stale at 366
    (the control)."""
    u = p.unit("tyj", "区体育局", "department")
    for name, cat, slug, hits in (
        ("人事信息", "personnel", "rsxx", ["2036", "1988", "3120", "862"]),
        ("规划计划", "plan", "ghjh", []),
    ):
        base = p.col(u, name, cat, slug)
        now = plain(p, base, name, [366, 367])
        old = plain(p, base, name, [372, 400])
        counts = [f'<span class="hits">点击：{n}</span>' for n in hits]
        main = _year_group(
            '<h3 class="year">2027年</h3>', listing(now, md, extras=counts[:2])
        ) + _year_group('<h3 class="year">2026年</h3>', listing(old, md, extras=counts[2:]))
        p.add(base + "index.html", p.column_page(u, name, main))
        stale(p, "tyj", base + "index.html", name, cat, 366,
              "R3.newest: [01-03] under 2027年 is 2027-01-03 (a hit count is no year); "
              "R3.age 366 > 365")
    std(p, u)
    subpage(p, u)


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_straddle,
    _u02_pinned_tomorrow_md,
    _u03_full_typo_tomorrow_today,
    _u04_typo_list_dated_articles,
    _u05_typo_everywhere,
    _u06_feb29,
    _u07_dynamic_limits,
    _u08_half_year_limits,
    _u09_year_limits,
    _u10_leader_week,
    _u11_year_headings,
    _u12_heading_typo,
    _u13_chinese_md,
    _u14_relative,
    _u15_summary_dates,
    _u16_article_md,
    _u17_pinned_2026,
    _u18_control_dept,
    _u19_control_town,
    _u20_stale_empty,
    _u21_down,
    _u22_missing,
    _u23_new_year_first_line,
    _u24_heading_hits,
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

