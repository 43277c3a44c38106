"""The portal25c trap portal: over-reach of date reading on column list pages — dates a list
line shows that are NOT the item's publication date. Titles holding dates (a 施行 day, a
meeting day, 2026年12月份, 2026年第23期, 2025年度, a date range), deadline columns (报名截止) inline
and in a table, 会议时间 inline and in a table, a 政策文件 table with 成文日期 | 施行日期 | 有效期 |
发布日期, one with 成文日期 only and one with 成文日期 | 施行日期, inline 施行日期 / 有效期 labels,
year-month-only lists (2026-10, 2026年05月) alone and beside a 浏览 count, month-day lines beside
a bare hit count that looks like a year (2025), a `title` attribute holding an update stamp, 发布：
beside 更新：, a calendar widget (公历, 星期, 农历, weather) and a 今天是 line in the content
area, a column-wide 最后更新 stamp, relative stamps (刚刚, 昨天, 3天前, 7个月前, 1年前), phone
numbers, a 邮编 and 文号 beside items — plus honest twins and failing controls.

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md must
report (`p.expect`, citing the rule; `p.maybe` for a finding acceptable either way). Ages are
literal. The reference day is `AS_OF`, 2026-12-07, a Monday (农历十月十八). The server is
`tests.portal24k.server`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from html import escape

from tests.portal24.html import Item
from tests.portal24f.site import (
    CATEGORIES,
    MAX_AGE,
    Expect,
    config_yaml,
    lunar,
    stale,
    std,
    titled,
)
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS, a, before_footer, ymd
from tests.portal24k.site import Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2026, 12, 7)
WEEK = "一二三四五六日"


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    return p


def plain(p: Portal, base: str, name: str, ages: Sequence[int]) -> list[Item]:
    """Items whose addresses carry no date (`content_N.html`), each with its article."""
    return p.items(base, name, ages, style="plain")


def when(i: Item) -> date:
    assert i.when is not None
    return i.when


def cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def rows(items: Sequence[Item], cells: Callable[[Item], str], cls: str = "list") -> str:
    """ul/li lines: the title's link, then what `cells` writes after it."""
    return f'<ul class="{cls}">' + "".join(f"<li>{a(i)}{cells(i)}</li>" for i in items) + "</ul>"


def dated(i: Item) -> str:
    return f'<span class="date">{ymd(i)}</span>'


def table(head: Sequence[str], body: Sequence[Sequence[str]], cls: str = "list-table") -> str:
    th = "".join(f"<th>{c}</th>" for c in head)
    tr = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
    return (
        f'<table class="{cls}" width="100%" border="0" cellspacing="0" cellpadding="0">'
        f"<tr class=\"th\">{th}</tr>{tr}</table>"
    )


def page_nav(n: int = 1) -> str:
    return (
        f'<div class="page">共{n}页 <a href="index.html">首页</a> 上一页 下一页 '
        '<a href="index.html">尾页</a></div>'
    )


def finish(p: Portal, u_id: str) -> None:
    u = next(x for x in p.units if x.id == u_id)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


# =========================================================================================
# The units. Rules: R3.newest (RULES.md §3 "Newest date of a column": the latest ITEM date on
# the column's own list; when the list shows no dates, the detail pages' publish date), R3.age,
# R3.empty, R3.unreachable, R3.category, R3.broken, R3.injection; the windows of RULES.md §2.
# An item's date is its publication: a deadline, a meeting, a 施行 or validity date, a page
# stamp, today's date or a number that is not a date says nothing about when it was published.
# =========================================================================================


def _u01_title_full_date(p: Portal) -> None:
    """通知公告 lines dated in a span (201, 215, 240, 262 days); the titles name later days: a
    施行 day (自2026年12月1日起施行), a meeting day (2027年1月20日, future), a month-day
    (12月4日). Title words are not the item's date (R3.newest): stale at 201 (183)."""
    u = p.unit("sfj", "区司法局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = titled(
        plain(p, base, "通知公告", [201, 215, 240, 262]),
        [
            "关于自2026年12月1日起施行《渭滨区行政执法公示办法》的通知",
            "关于召开2027年1月20日全区法治政府建设专题会议的通知",
            "关于12月4日“国家宪法日”集中宣传活动安排的通知",
            "关于公布区级行政执法主体名单的公告",
        ],
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", rows(items, dated) + page_nav()))
    stale(p, "sfj", base + "index.html", "通知公告", "notice", 201,
          "R3.newest: the lines' dates, not the days their titles name; R3.age 201 > 183")
    std(p, u, skip=("notice",))
    finish(p, "sfj")


def _u02_title_month_issue(p: Portal) -> None:
    """工作动态 lines dated 20, 27, 35, 41 days; titles 「2026年12月份重点工作安排」,
    「2026年第23期统计快报」, 「2026年11月份统计工作要点」: a month or an issue number in a title
    is no publication day (R3.newest). Stale at 20 (14)."""
    u = p.unit("tjj", "区统计局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = titled(
        plain(p, base, "工作动态", [20, 27, 35, 41]),
        [
            "区统计局2026年12月份重点工作安排",
            "2026年第23期统计快报：前三季度全区经济运行情况",
            "区统计局2026年11月份统计工作要点",
            "区统计局开展统计执法“双随机”检查",
        ],
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", rows(items, dated)))
    stale(p, "tjj", base + "index.html", "工作动态", "dynamic", 20,
          "R3.newest: 2026年12月份 / 第23期 in titles are no dates; R3.age 20 > 14")
    std(p, u, skip=("dynamic",))
    finish(p, "tjj")


def _u03_title_range(p: Portal) -> None:
    """工作动态 lines dated 19, 23, 30 days; two titles name a date range ending 2 and 1 days
    ago (2026年11月20日至12月5日, 2026.11.25-2026.12.06): the range is the campaign's, not the
    line's. Stale at 19 (R3.newest, R3.age)."""
    u = p.unit("whj", "区文化和旅游局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = titled(
        plain(p, base, "工作动态", [19, 23, 30]),
        [
            "关于2026年11月20日至12月5日开展冬季文化市场安全检查的通知",
            "“非遗进社区”展演活动（2026.11.25-2026.12.06）报名须知",
            "区文旅局召开冬季旅游市场工作部署会",
        ],
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", rows(items, dated)))
    stale(p, "whj", base + "index.html", "工作动态", "dynamic", 19,
          "R3.newest: a title's date range is no item date; R3.age 19 > 14")
    std(p, u, skip=("dynamic",))
    finish(p, "whj")


def _u04_undated_titles_newer(p: Portal) -> None:
    """通知公告 lists no dates; the titles name recent and future days (12月1日起执行,
    2026年12月5日, 11月30日前, 2027年1月20日, 2026年度). The articles say 发布时间 195 days and
    older (R3.newest: a list without dates is dated by its detail pages): stale at 195."""
    u = p.unit("fgw", "区发展和改革局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = titled(
        plain(p, base, "通知公告", [195, 210, 240, 262, 300]),
        [
            "关于自2026年12月1日起执行居民阶梯电价新标准的通知",
            "关于2026年12月5日开展价格监测业务培训的通知",
            "关于2026年11月30日前报送重点项目进展情况的通知",
            "关于召开2027年1月20日全区重点项目观摩会的预通知",
            "关于2026年度政府定价目录调整的公告",
        ],
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", rows(items, lambda i: "")))
    stale(p, "fgw", base + "index.html", "通知公告", "notice", 195,
          "R3.newest: no dates in the list → the articles' 发布时间; R3.age 195 > 183")
    std(p, u, skip=("notice",))
    finish(p, "fgw")


def _u05_undated_titles_older(p: Portal) -> None:
    """Honest twin of u04: 工作动态 lists no dates; titles name older periods (2026年10月份,
    2026年11月1日至11月15日, 2025年度, 第23期); the articles say 发布时间 3, 5, 9, 12, 16 days.
    Fresh (R3.newest from the detail pages): nothing."""
    u = p.unit("wjw", "区卫生健康局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = titled(
        plain(p, base, "工作动态", [3, 5, 9, 12, 16]),
        [
            "2026年10月份全区法定传染病疫情概况",
            "关于2026年11月1日至11月15日全区医疗机构督查情况的通报",
            "关于2025年度区级卫生健康先进集体拟表彰名单的公示",
            "区卫健局2026年第23期工作简报",
            "区卫健局开展冬季流感防控宣传",
        ],
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", rows(items, lambda i: "")))
    std(p, u, skip=("dynamic",))
    finish(p, "wjw")


def _u06_deadline_inline(p: Portal) -> None:
    """通知公告 lines: title, `报名截止：2026-12-05` (2 days ago; one 2027-01-10, one 11-30), then
    the publication date (200, 214, 230, 260 days). A deadline is no publication (R3.newest):
    stale at 200."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = titled(
        plain(p, base, "通知公告", [200, 214, 230, 260]),
        [
            "渭滨区2026年下半年公益性岗位招聘公告",
            "渭滨区2026年事业单位公开招聘工作人员公告",
            "关于开展2026年度职业技能等级认定的公告",
            "关于公布2026年第一批就业见习基地的公告",
        ],
    )
    deadlines = ["报名截止：2026-12-05", "报名截止：2027-01-10", "报名截止：2026-11-30", ""]
    dl = dict(zip([i.href for i in items], deadlines, strict=True))
    p.add(
        base + "index.html",
        p.column_page(
            u,
            "通知公告",
            rows(items, lambda i: f'<span class="jz">{dl[i.href]}</span>{dated(i)}'),
        ),
    )
    stale(p, "rsj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: 报名截止 is a deadline, not the line's date; R3.age 200 > 183")
    std(p, u, skip=("notice",))
    finish(p, "rsj")


def _u07_deadline_table(p: Portal) -> None:
    """通知公告 as a table 序号 | 标题 | 发布日期 | 报名截止: 发布日期 190, 205, 230, 250 days;
    报名截止 2, 6 days ago, 2027-01-10, 60 days ago. The items' dates are the 发布日期 column
    (R3.newest): stale at 190."""
    u = p.unit("jyj", "区教育局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = titled(
        plain(p, base, "通知公告", [190, 205, 230, 250]),
        [
            "渭滨区2026年公开招聘幼儿园教师公告",
            "关于2026年下半年中小学教师资格认定的公告",
            "关于开展2026年度中小学教师职称评审工作的通知",
            "关于2026年秋季学期义务教育招生报名的公告",
        ],
    )
    ends = [f"{p.d(2):%Y-%m-%d}", f"{p.d(6):%Y-%m-%d}", "2027-01-10", f"{p.d(60):%Y-%m-%d}"]
    body = [
        [str(n + 1), a(i), ymd(i), e] for n, (i, e) in enumerate(zip(items, ends, strict=True))
    ]
    main = table(["序号", "标题", "发布日期", "报名截止"], body) + page_nav()
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    stale(p, "jyj", base + "index.html", "通知公告", "notice", 190,
          "R3.newest: the 发布日期 column, not 报名截止; R3.age 190 > 183")
    std(p, u, skip=("notice",))
    finish(p, "jyj")


def _u08_meeting_inline(p: Portal) -> None:
    """会议动态 (dynamic) lines: title, `会议时间：2026年12月4日` (3, 10, 20 days ago), then the
    line's date (17, 24, 33 days): the announcement came out 17 days ago; the meeting day is no
    publication (R3.newest). Stale at 17. Its honest twin 会议纪要 (dynamic): a table 会议名称 |
    会议时间 | 发布日期, minutes published 5, 12, 26 days ago after meetings 9, 16, 30 days ago:
    fresh."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "会议动态", "dynamic", "hydt")
    items = titled(
        plain(p, base, "会议动态", [17, 24, 33]),
        [
            "关于召开全区工业经济运行调度会的通知",
            "关于召开中小企业数字化转型推进会的通知",
            "关于召开全区安全生产工作会议的通知",
        ],
    )
    meet = dict(zip([i.href for i in items], [p.d(3), p.d(10), p.d(20)], strict=True))
    p.add(
        base + "index.html",
        p.column_page(
            u,
            "会议动态",
            rows(items, lambda i: f"<span>会议时间：{cn(meet[i.href])}</span>{dated(i)}"),
        ),
    )
    stale(p, "gxj", base + "index.html", "会议动态", "dynamic", 17,
          "R3.newest: 会议时间 is the meeting's day; the line's date is 17 days; R3.age 17 > 14")
    base = p.col(u, "会议纪要", "dynamic", "hyjy")
    items = titled(
        plain(p, base, "会议纪要", [5, 12, 26]),
        [
            "区工信局党组会议纪要（第23期）",
            "区工信局局务会议纪要（第22期）",
            "区工信局党组会议纪要（第21期）",
        ],
    )
    held = [p.d(9), p.d(16), p.d(30)]
    body = [[a(i), f"{m:%Y-%m-%d}", ymd(i)] for i, m in zip(items, held, strict=True)]
    p.add(
        base + "index.html",
        p.column_page(u, "会议纪要", table(["会议名称", "会议时间", "发布日期"], body)),
    )
    std(p, u, skip=("dynamic",))
    finish(p, "gxj")


def _u09_meeting_table(p: Portal) -> None:
    """会议活动 (dynamic) as a table 会议名称 | 会议时间 | 会议地点 | 发布时间: announcements
    published 18, 25, 40 days ago for meetings held 4 days ago, in 3 days (future) and 30 days
    ago. The 发布时间 column dates the items (R3.newest): stale at 18."""
    u = p.unit("ajj", "区应急管理局", "department")
    base = p.col(u, "会议活动", "dynamic", "hyhd")
    items = titled(
        plain(p, base, "会议活动", [18, 25, 40]),
        [
            "全区冬春火灾防控工作推进会",
            "2026年度应急救援综合演练观摩会",
            "全区防汛抗旱工作总结会",
        ],
    )
    held = [p.d(4), p.d(-3), p.d(30)]
    body = [
        [a(i), f"{m:%Y-%m-%d} 09:00", "区政府三楼会议室", ymd(i)]
        for i, m in zip(items, held, strict=True)
    ]
    main = table(["会议名称", "会议时间", "会议地点", "发布时间"], body)
    p.add(base + "index.html", p.column_page(u, "会议活动", main))
    stale(p, "ajj", base + "index.html", "会议活动", "dynamic", 18,
          "R3.newest: the 发布时间 column, not 会议时间; R3.age 18 > 14")
    std(p, u, skip=("dynamic",))
    finish(p, "ajj")


def _u10_policy_full_table(p: Portal) -> None:
    """政策文件 as a 规范性文件 table 标题 | 文号 | 成文日期 | 施行日期 | 有效期 | 发布日期:
    发布日期 200, 230, 270 days; 施行日期 6, 36, 100 days ago; 有效期 `施行日期至2031-11-30`.
    The items' publication is 发布日期 (R3.newest): stale at 200 (183)."""
    u = p.unit("czj", "区财政局", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = titled(
        plain(p, base, "政策文件", [200, 230, 270]),
        [
            "渭滨区区级财政专项资金管理办法",
            "渭滨区政府采购内部控制管理办法",
            "渭滨区行政事业单位国有资产管理办法",
        ],
    )
    effect = [p.d(6), p.d(36), p.d(100)]
    body = [
        [
            a(i),
            f"渭政办发〔2026〕{23 - n}号",
            f"{when(i) - timedelta(days=3):%Y-%m-%d}",
            f"{e:%Y-%m-%d}",
            f"{e:%Y-%m-%d}至2031-11-30",
            ymd(i),
        ]
        for n, (i, e) in enumerate(zip(items, effect, strict=True))
    ]
    main = table(["标题", "文号", "成文日期", "施行日期", "有效期", "发布日期"], body, "zcwj")
    p.add(base + "index.html", p.column_page(u, "政策文件", main))
    stale(p, "czj", base + "index.html", "政策文件", "policy", 200,
          "R3.newest: 发布日期, not 施行日期 / 有效期; R3.age 200 > 183")
    std(p, u, skip=("policy",))
    finish(p, "czj")


def _u11_policy_written_only(p: Portal) -> None:
    """Honest: 政策文件 as a table 标题 | 文号 | 成文日期, nothing else dated: 成文日期 50, 90,
    140 days (the articles say 发布时间 two days later). The only date of each line is its item
    date (R3.newest): fresh. Nothing."""
    u = p.unit("sjj", "区审计局", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = titled(
        plain(p, base, "政策文件", [48, 88, 138]),
        ["渭滨区审计整改工作办法", "渭滨区内部审计工作规定", "渭滨区审计项目计划管理办法"],
    )
    body = [
        [a(i), f"渭审发〔2026〕{9 - n}号", f"{when(i) - timedelta(days=2):%Y-%m-%d}"]
        for n, i in enumerate(items)
    ]
    main = table(["标题", "文号", "成文日期"], body, "zcwj")
    p.add(base + "index.html", p.column_page(u, "政策文件", main))
    std(p, u, skip=("policy",))
    finish(p, "sjj")


def _u12_policy_written_effective(p: Portal) -> None:
    """政策文件 as a table 标题 | 文号 | 成文日期 | 施行日期 (no 发布日期): 成文日期 200, 240, 280
    days; 施行日期 6, 40, 90 days ago; the articles say 发布时间 198, 238, 278 days. A 施行
    date is when a rule takes effect, not when the item was published (R3.newest; the articles
    agree): stale (183), at 198–200."""
    u = p.unit("zrj", "区自然资源局", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = titled(
        plain(p, base, "政策文件", [198, 238, 278]),
        [
            "渭滨区国有建设用地使用权出让管理办法",
            "渭滨区农村宅基地审批管理实施细则",
            "渭滨区耕地保护激励办法",
        ],
    )
    effect = [p.d(6), p.d(40), p.d(90)]
    body = [
        [
            a(i),
            f"渭政发〔2026〕{12 - n}号",
            f"{when(i) - timedelta(days=2):%Y-%m-%d}",
            f"{e:%Y-%m-%d}",
        ]
        for n, (i, e) in enumerate(zip(items, effect, strict=True))
    ]
    main = table(["标题", "文号", "成文日期", "施行日期"], body, "zcwj")
    p.add(base + "index.html", p.column_page(u, "政策文件", main))
    p.expect(
        "zrj",
        "column_stale",
        base + "index.html",
        "R3.newest: 成文日期 (and the articles' 发布时间), not 施行日期; 198–200 > 183",
        column="政策文件",
        category="policy",
    )
    std(p, u, skip=("policy",))
    finish(p, "zrj")


def _u13_effective_inline(p: Portal) -> None:
    """政策文件 lines: title, `施行日期：2026-12-01` (6, 30, 60 days ago), then the publication
    date (200, 225, 260 days): stale at 200. 通知公告 lines: title, `有效期：2026-12-01至
    2031-11-30`, then the date (205, 240 days): stale at 205. Neither label is a publication
    (R3.newest)."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = titled(
        plain(p, base, "政策文件", [200, 225, 260]),
        [
            "渭滨区食品生产经营风险分级管理办法",
            "渭滨区市场主体信用修复管理办法",
            "渭滨区特种设备安全监督管理规定",
        ],
    )
    eff = dict(zip([i.href for i in items], [p.d(6), p.d(30), p.d(60)], strict=True))
    cells = lambda i: f'<span class="ss">施行日期：{eff[i.href]:%Y-%m-%d}</span>{dated(i)}'  # noqa: E731
    p.add(base + "index.html", p.column_page(u, "政策文件", rows(items, cells)))
    stale(p, "scj", base + "index.html", "政策文件", "policy", 200,
          "R3.newest: 施行日期 is the rule's effect, not the line's date; R3.age 200 > 183")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = titled(
        plain(p, base, "通知公告", [205, 240]),
        ["关于公布渭滨区食品小作坊登记名录的公告", "关于公布第二批放心消费示范单位的公告"],
    )
    valid = f"有效期：{p.d(6):%Y-%m-%d}至2031-11-30"
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", rows(items, lambda i: f"<em>{valid}</em>{dated(i)}")),
    )
    stale(p, "scj", base + "index.html", "通知公告", "notice", 205,
          "R3.newest: an 有效期 range is no publication; R3.age 205 > 183")
    std(p, u, skip=("policy", "notice"))
    finish(p, "scj")


def _u14_year_month(p: Portal) -> None:
    """Lists dated by year and month only. 通知公告 `2026-10`, `2026-09`, `2026-08` (articles
    53, 80, 110 days): published in October at the latest → 37–67 days, fresh whatever the day.
    政策文件 `2026年05月`, `2026年04月`, `2026年03月` (articles 201, 230, 262 days): May at the
    latest → 190–220 days, stale (183) whatever the day. A year-month is no calendar day
    (RULES §3): reading the articles or the month gives the same verdicts."""
    u = p.unit("swj", "区商务局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [53, 80, 110])
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", rows(items, lambda i: f"<span>{when(i):%Y-%m}</span>")),
    )
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = plain(p, base, "政策文件", [201, 230, 262])
    p.add(
        base + "index.html",
        p.column_page(u, "政策文件", rows(items, lambda i: f"<span>{when(i):%Y年%m月}</span>")),
    )
    p.expect(
        "swj",
        "column_stale",
        base + "index.html",
        "R3.newest: newest item in May 2026 → 190–220 days > 183 (any day)",
        column="政策文件",
        category="policy",
    )
    std(p, u, skip=("notice", "policy"))
    finish(p, "swj")


def _u15_year_month_hits(p: Portal) -> None:
    """Honest: 工作动态 as a table 标题 | 发布时间 | 浏览次数: 发布时间 shows `2026年11月` only;
    浏览次数 21, 12, 9, 20, 6. The articles say 发布时间 9, 16, 25, 31, 33 days (all November). A
    count is no day of the month: the list gives months only, the articles date it (RULES §3):
    fresh at 9. Nothing."""
    u = p.unit("tyjrj", "区退役军人事务局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [9, 16, 25, 31, 33])
    hits = [21, 12, 9, 20, 6]
    body = [
        [a(i), f"{when(i).year}年{when(i).month}月", str(c)]
        for i, c in zip(items, hits, strict=True)
    ]
    p.add(
        base + "index.html",
        p.column_page(u, "工作动态", table(["标题", "发布时间", "浏览次数"], body) + page_nav(3)),
    )
    std(p, u, skip=("dynamic",))
    finish(p, "tyjrj")


def _u16_hits_like_years(p: Portal) -> None:
    """Honest: 工作动态 lines `标题 <span class="time">12-03</span><span class="view"><i
    class="icon-eye"></i>2025</span>`: month-days 4, 7, 12, 18, 25 days ago; view counts 2025,
    1987, 2013, 1999, 2008 (numbers, not years). A month-day takes as_of's year (RULES §3):
    fresh at 4. 通知公告 lines with `浏览次数：2026` after the full date (40, 70, 100 days):
    fresh. Nothing."""
    u = p.unit("ybj", "区医疗保障局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [4, 7, 12, 18, 25])
    views = dict(zip([i.href for i in items], [2025, 1987, 2013, 1999, 2008], strict=True))
    cells = lambda i: (  # noqa: E731
        f'<span class="time">{when(i):%m-%d}</span>'
        f'<span class="view"><i class="icon-eye"></i>{views[i.href]}</span>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", rows(items, cells, "news-list")))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [40, 70, 100])
    p.add(
        base + "index.html",
        p.column_page(
            u, "通知公告", rows(items, lambda i: f"{dated(i)}<span>浏览次数：2026</span>")
        ),
    )
    std(p, u, skip=("dynamic", "notice"))
    finish(p, "ybj")


def _u17_title_attribute(p: Portal) -> None:
    """工作动态 shows dates 24, 30, 41 days old, each span carrying `title="更新于2026-12-05
    10:22:31"` (a tooltip: the record's last edit). The shown date is the item's (R3.newest):
    stale at 24. 通知公告 shows 30, 60 days with `title="创建时间：…"` 300 days old: fresh."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [24, 30, 41])
    tip = f"更新于{p.d(2):%Y-%m-%d} 10:22:31"
    p.add(
        base + "index.html",
        p.column_page(u, "工作动态", rows(items, lambda i: f'<span title="{tip}">{ymd(i)}</span>')),
    )
    stale(p, "mzj", base + "index.html", "工作动态", "dynamic", 24,
          "R3.newest: the shown date, not a tooltip's update stamp; R3.age 24 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [30, 60])
    old = f"创建时间：{p.d(300):%Y-%m-%d} 09:00:00"
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", rows(items, lambda i: f'<span title="{old}">{ymd(i)}</span>')),
    )
    std(p, u, skip=("dynamic", "notice"))
    finish(p, "mzj")


def _u18_published_updated(p: Portal) -> None:
    """通知公告 lines `发布：2026-05-20　更新：2026-12-04` (published 201, 220, 250 days; all
    edited 3 days ago). An edit is no new item; the line labels its publication (R3.newest;
    RULES §2 counts new items): stale at 201."""
    u = p.unit("slj", "区水利局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [201, 220, 250])
    upd = f"{p.d(3):%Y-%m-%d}"
    cells = lambda i: f'<span class="fb">发布：{ymd(i)}</span><span class="gx">更新：{upd}</span>'  # noqa: E731
    p.add(base + "index.html", p.column_page(u, "通知公告", rows(items, cells)))
    stale(p, "slj", base + "index.html", "通知公告", "notice", 201,
          "R3.newest: the labelled 发布 date, not 更新; R3.age 201 > 183")
    std(p, u, skip=("notice",))
    finish(p, "slj")


def _calendar(today: date) -> str:
    return (
        '<div class="rili clearfix"><div class="rl-day">'
        f'<p class="gl">{cn(today)}</p><p class="xq">星期{WEEK[today.weekday()]}</p>'
        f'<p class="nl">{lunar(today)}</p></div>'
        '<div class="rl-tq"><img src="/images/tq/qing.png" alt="晴" /><span>晴</span>'
        "<span>-2℃~9℃</span><span>西北风2级</span></div></div>"
    )


def _u19_calendar_widget(p: Portal) -> None:
    """工作动态: a calendar widget in the content area above the list (2026年12月7日 / 星期一 /
    农历十月十八 / 晴 -2℃~9℃, no 今天是 label); the list is 30, 37, 45 days old: stale at 30.
    通知公告: a line 「今天是2026年12月7日 星期一 农历十月十八」 in the content area above 200,
    230 days: stale at 200. Today's date is no item (R3.newest)."""
    u = p.unit("jtj", "区交通运输局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [30, 37, 45])
    p.add(
        base + "index.html",
        p.column_page(u, "工作动态", _calendar(p.today) + rows(items, dated)),
    )
    stale(p, "jtj", base + "index.html", "工作动态", "dynamic", 30,
          "R3.newest: a calendar widget's date is today's, not an item's; R3.age 30 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [200, 230])
    t = p.today
    greet = (
        f'<div class="jt">今天是{cn(t)} 星期{WEEK[t.weekday()]} {lunar(t)}</div>'
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", greet + rows(items, dated)))
    stale(p, "jtj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: 今天是 is today's date; R3.age 200 > 183")
    std(p, u, skip=("dynamic", "notice"))
    finish(p, "jtj")


def _u20_column_stamp(p: Portal) -> None:
    """通知公告: `本栏目最后更新：2026-12-06 16:20` above a list 200, 215, 240 days old: stale at
    200. 工作动态: `最后更新于：2026年12月06日` above lines 20, 26 days old: stale at 20. A page
    stamp is not an item date (R3.newest: the latest ITEM date)."""
    u = p.unit("kjj", "区科学技术局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [200, 215, 240])
    stamp = f'<div class="lm-upd">本栏目最后更新：{p.d(1):%Y-%m-%d} 16:20</div>'
    p.add(base + "index.html", p.column_page(u, "通知公告", stamp + rows(items, dated)))
    stale(p, "kjj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: the column's 最后更新 stamp is no item; R3.age 200 > 183")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [20, 26])
    stamp = f'<p class="upd">最后更新于：{p.d(1):%Y年%m月%d日}</p>'
    p.add(base + "index.html", p.column_page(u, "工作动态", stamp + rows(items, dated)))
    stale(p, "kjj", base + "index.html", "工作动态", "dynamic", 20,
          "R3.newest: the 最后更新于 stamp is no item; R3.age 20 > 14")
    std(p, u, skip=("dynamic", "notice"))
    finish(p, "kjj")


def _u21_relative(p: Portal) -> None:
    """A town. 乡镇动态 lines stamped 刚刚, 昨天 15:30, 3天前, then 2026-11-10, 2026-11-01: a
    relative stamp names a calendar day counted from as_of (RULES §3 dates are calendar days;
    the articles agree): fresh at 0. 通知公告 lines stamped 7个月前, 8个月前, 1年前 (articles
    215, 245, 380 days): at least 7 months old → stale (183)."""
    u = p.unit("xz_sn", "神农镇人民政府", "town")
    base = p.col(u, "乡镇动态", "dynamic", "xzdt")
    items = plain(p, base, "乡镇动态", [0, 1, 3, 27, 36])
    stamps = ["刚刚", "昨天 15:30", "3天前", "2026-11-10", "2026-11-01"]
    st = dict(zip([i.href for i in items], stamps, strict=True))
    p.add(
        base + "index.html",
        p.column_page(u, "乡镇动态", rows(items, lambda i: f"<span>{st[i.href]}</span>")),
    )
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [215, 245, 380])
    stamps = ["7个月前", "8个月前", "1年前"]
    st2 = dict(zip([i.href for i in items], stamps, strict=True))
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", rows(items, lambda i: f"<span>{st2[i.href]}</span>")),
    )
    p.expect(
        "xz_sn",
        "column_stale",
        base + "index.html",
        "R3.newest: 7个月前 is at least 7 months (≈ 212 days) > 183; the articles say 215",
        column="通知公告",
        category="notice",
    )
    p.overview(u)
    finish(p, "xz_sn")


def _u22_numbers(p: Portal) -> None:
    """Numbers beside items. 通知公告 lines: `咨询电话：0917-3261205　邮编：721000` and the date
    (200, 230 days): stale at 200. 工作动态 lists no dates, each line shows `联系电话：
    0917-3261234` (articles 3, 8, 12 days): fresh. 政策文件 lists 文号 only (宝渭住建发〔2026〕23号;
    articles 60, 90 days): fresh. A phone, a postcode or a 文号 is no date (R3.newest)."""
    u = p.unit("zjj", "区住房和城乡建设局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [200, 230])
    cells = lambda i: (  # noqa: E731
        '<span class="tel">咨询电话：0917-3261205</span><span class="yb">邮编：721000</span>'
        + dated(i)
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", rows(items, cells)))
    stale(p, "zjj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: phone and postcode are no dates; R3.age 200 > 183")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [3, 8, 12])
    p.add(
        base + "index.html",
        p.column_page(
            u, "工作动态", rows(items, lambda i: '<span class="tel">联系电话：0917-3261234</span>')
        ),
    )
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = plain(p, base, "政策文件", [60, 90])
    wh = dict(zip([i.href for i in items], ["23", "17"], strict=True))
    p.add(
        base + "index.html",
        p.column_page(
            u, "政策文件", rows(items, lambda i: f"<span>宝渭住建发〔2026〕{wh[i.href]}号</span>")
        ),
    )
    p.overview(u)
    finish(p, "zjj")


def _u23_controls(p: Portal) -> None:
    """Control: 工作动态 30 days old (stale), with gambling links in a `display:none` div
    (injection on that page) and a 站内搜索 link with a hostile query answering 404 (broken;
    the bulletin must escape it); 通知公告 says 暂无信息 (empty); 政策文件 is configured but the
    subpage does not show it (category_missing)."""
    u = p.unit("nyj", "区农业农村局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=30)
    stale(p, "nyj", "/bm/nyj/gzdt/index.html", "工作动态", "dynamic", 30, "R3.age: 30 > 14")
    hidden = "".join(
        f'<a href="http://{host}/">{w}</a>' for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    )
    bad = f"/bm/nyj/search404.html?q={HOSTILE}"
    before_footer(
        p,
        "/bm/nyj/gzdt/index.html",
        f'<div style="display:none">{hidden}</div>'
        f'<p class="ss"><a href="{escape(bad)}">站内搜索</a></p>',
    )
    p.expect("nyj", "broken_link", bad, "R3.broken: 404")
    p.expect("nyj", "content_injection", "/bm/nyj/gzdt/index.html",
             "R3.injection: display:none gambling links on a first list page")
    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", '<ul class="list"><li class="nodata">暂无信息</li></ul>'),
    )
    p.expect("nyj", "column_empty", base + "index.html", "R3.empty: 暂无信息",
             column="通知公告", category="notice")
    std(p, u, skip=("dynamic", "notice"))
    shown = [(c.name, c.path) for c in u.columns if c.category != "policy"]
    p.add(u.subpage, p.subpage_html(u, shown))
    p.expect("nyj", "category_missing", u.subpage, "R3.category: 政策文件 not shown",
             category="policy")


def _u24_down(p: Portal) -> None:
    """Control: the subpage answers 404 (subpage_unreachable only); 政策文件 answers 404
    (column_unreachable); the columns' breadcrumbs link to the dead subpage (broken)."""
    u = p.unit("lyj", "区林业局", "department")
    std(p, u)
    del p.routes["/bm/lyj/zcwj/index.html"]
    p.expect("lyj", "subpage_unreachable", u.subpage, "R3.unreachable: 404 is final")
    p.expect("lyj", "column_unreachable", "/bm/lyj/zcwj/index.html", "R3.unreachable: 404",
             column="政策文件", category="policy")
    p.expect("lyj", "broken_link", u.subpage, "R3.broken: breadcrumb to the 404 subpage")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_title_full_date,
    _u02_title_month_issue,
    _u03_title_range,
    _u04_undated_titles_newer,
    _u05_undated_titles_older,
    _u06_deadline_inline,
    _u07_deadline_table,
    _u08_meeting_inline,
    _u09_meeting_table,
    _u10_policy_full_table,
    _u11_policy_written_only,
    _u12_policy_written_effective,
    _u13_effective_inline,
    _u14_year_month,
    _u15_year_month_hits,
    _u16_hits_like_years,
    _u17_title_attribute,
    _u18_published_updated,
    _u19_calendar_widget,
    _u20_column_stamp,
    _u21_relative,
    _u22_numbers,
    _u23_controls,
    _u24_down,
)
