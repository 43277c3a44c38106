"""The ninth 24-unit trap portal: column freshness as real CMSs write list and article pages, in
forms no earlier portal (24 to 24h, 24r) used — list cells that run together (an unpadded date
beside a one-digit 点击 count), UTC timestamps and epoch milliseconds in a script's JSON, soft
404 pages in other words or inside a large chrome, a 改版 notice saying old links 已失效, lists
of one or two undated lines, 专题 and 热点回应 columns whose own heading reads like a side box, an
undated list beside a dated 最新信息 box or ticker, a list in an iframe beside a dated sidebar,
a stamp hidden by a class, dates later than the publication in a summary or a 施行日期 span,
a lead beginning 今天上午, `dt` + two `dd`, `20260815` dates, a 阅读排行 box classed
`toplist`, redirects to a home page off the root and to a login page, a cookie check, a block
on programs, lines grouped under year headings, articles dated only by a bare date under the
title, and a first page sorted oldest first.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule; `p.maybe` for a finding acceptable either
way). Ages are literal. The reference day is `AS_OF`, 2027-03-23, a Tuesday. The server is
`tests.portal24i.server` (`tests.portal24f.server` with a cookie check and a browser-only gate).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, config_yaml, stale, std, titled
from tests.portal24f.site import Portal as _Portal
from tests.portal24g.site import HOSTILE, a, before_footer, lines, ymd

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 3, 23)
CST = timezone(timedelta(hours=8))
HOME = "/portal/index.html"


class Portal(_Portal):
    """`gates`: paths behind a cookie check or a browser-only block (`server.serve`)."""

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.gates: dict[str, str] = {}


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    _home_off_root(p)
    p.add("/images/404.png", "GIF89a", ctype="image/gif")
    return p


def plain(p: Portal, base: str, name: str, ages: Sequence[int], **kw: object) -> list[Item]:
    """Items whose detail URLs carry no date (`content_N.html`)."""
    return p.items(base, name, ages, style="plain", **kw)  # type: ignore[arg-type]


def undated(p: Portal, base: str, name: str, ages: Sequence[int]) -> list[Item]:
    """Items whose detail pages show no date and carry no PubDate: only the list dates them."""
    return plain(p, base, name, ages, visible=False, meta_date=False)


def when(i: Item) -> date:
    assert i.when is not None
    return i.when


def unpadded(d: date) -> str:
    """ASP / VBScript's default date: 2027-3-1."""
    return f"{d.year}-{d.month}-{d.day}"


def ul(items: Sequence[Item], cls: str = "list", date_fmt: Callable[[Item], str] = ymd) -> str:
    li = lines(items, lambda i: f"<li>{a(i)}<span>{date_fmt(i)}</span></li>")
    return f'<ul class="{cls}">{li}</ul>'


def undated_ul(items: Sequence[Item], cls: str = "list") -> str:
    return f'<ul class="{cls}">' + lines(items, lambda i: f"<li>{a(i)}</li>") + "</ul>"


def md(i: Item) -> str:
    return f"{when(i):%m-%d}"


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2; README's check table
# (a 200 页面不存在 page and a redirect to the home page are unreachable columns).
# =========================================================================================


def _u01_icp(p: Portal) -> None:
    """Footer words inside list lines. 通知公告's newest line (13 days) has the short title
    「关于开展ICP备案核查的通知」; the others are 200 days or older (fresh, 13). 工作动态 is a
    list of div blocks (title, summary, bare date); the newest block's summary speaks of ICP
    备案 (3 days), the others are 20 days or older (fresh, 3)."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [13, 200, 230, 260])
    items = titled(
        items,
        [
            "关于开展ICP备案核查的通知",
            "关于申报2026年度省级专精特新中小企业的通知",
            "关于开展工业企业安全生产大检查的通知",
            "关于报送2026年上半年工业经济运行情况的通知",
        ],
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(items)))
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [3, 20, 27, 35])
    items = titled(
        items,
        [
            "区工信局开展辖区企业网站备案信息专项核查",
            "区工信局召开2027年一季度工业经济运行分析会",
            "区工信局开展节后重点企业复工复产走访",
            "我区举办中小企业数字化转型专题培训",
        ],
    )
    leads = [
        "3月18日至20日，区工信局组织对辖区企业网站开展ICP备案信息核查，督促企业及时更新备案信息。",
        "会议通报了1—2月全区规上工业运行情况，分析了存在的困难和问题。",
        "区工信局组成工作组，深入重点企业了解复工复产情况。",
        "培训邀请省内专家围绕数字化转型路径进行了专题授课。",
    ]
    blocks = "".join(
        f'<div class="item"><h4>{a(i)}</h4><p class="summary">{escape(lead)}</p>'
        f'<p class="time">{ymd(i)}</p></div>'
        for i, lead in zip(items, leads, strict=True)
    )
    p.add(
        base + "index.html",
        p.column_page(u, "工作动态", f'<div class="news-blocks">{blocks}</div>'),
    )
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _hits_table(items: Sequence[Item], hits: Sequence[int]) -> str:
    rows = "".join(
        f'<tr><td class="bt">{a(i)}</td><td align="center">{unpadded(when(i))}</td>'
        f'<td align="center">{n}</td></tr>'
        for i, n in zip(items, hits, strict=True)
    )
    return (
        '<table class="list" width="100%"><tr><th>标题</th><th>发布日期</th><th>点击</th></tr>'
        f"{rows}</table>"
    )


def _u02_hits(p: Portal) -> None:
    """An ASP template's table: 标题 | 发布日期 (unpadded, `2027-3-1`) | 点击. New lines have a
    one-digit hit count. 工作动态's newest is 2027-3-1 with 8 hits (22 days: stale); 通知公告's
    newest is 2027-3-2 with 6 hits (21 days), the next 2026-9-1 (203): fresh."""
    u = p.unit("jyj", "区教育局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [22, 29, 36, 44])
    p.add(base + "index.html", p.column_page(u, "工作动态", _hits_table(items, [8, 35, 61, 97])))
    stale(p, "jyj", base + "index.html", "工作动态", "dynamic", 22, "R3.newest: the 发布日期 cells")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [21, 203, 240, 280])
    p.add(base + "index.html", p.column_page(u, "通知公告", _hits_table(items, [6, 256, 311, 402])))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _json_page(items: Sequence[Item], key: str, stamps: Sequence[object]) -> str:
    records = [
        {"title": i.title, "url": i.href, key: s} for i, s in zip(items, stamps, strict=True)
    ]
    data = json.dumps(records, ensure_ascii=False)
    return (
        '<ul id="newsList" class="list"><li class="loading">加载中……</li></ul>\n'
        f'<script type="text/javascript">\nvar newsData = {data};\n'
        "renderList('newsList', newsData);\n</script>"
    )


def _u03_json_time(p: Portal) -> None:
    """Lists a script renders from inline JSON, as an API returns it. 工作动态: `publishTime`
    in UTC (`2027-03-08T17:30:00.000Z` is 2027-03-09 01:30 in Asia/Shanghai: 14 days, fresh).
    通知公告: `releaseTime` in epoch milliseconds; the articles show no date and carry no
    PubDate; newest 200 days (stale)."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [14, 20, 27])
    stamps = []
    for i, hour in zip(items, (1, 10, 10), strict=True):
        local = datetime(when(i).year, when(i).month, when(i).day, hour, 30, tzinfo=CST)
        stamps.append(local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"))
    p.add(
        base + "index.html", p.column_page(u, "工作动态", _json_page(items, "publishTime", stamps))
    )
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = undated(p, base, "通知公告", [200, 230, 260])
    millis = [
        int(datetime(when(i).year, when(i).month, when(i).day, 10, 0, tzinfo=CST).timestamp())
        * 1000
        for i in items
    ]
    p.add(
        base + "index.html", p.column_page(u, "通知公告", _json_page(items, "releaseTime", millis))
    )
    stale(p, "mzj", base + "index.html", "通知公告", "notice", 200, "R3.newest: the records' time")
    p.maybe("mzj", "meta_missing", "*", "RULES §2: detail pages without PubDate")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


MEGA_GROUPS = (
    "政务公开",
    "政务服务",
    "互动交流",
    "走进渭川",
    "专题专栏",
    "数据开放",
    "新闻中心",
    "公共服务",
)
MEGA_ITEMS = (
    "机构职能",
    "领导信息",
    "政策文件",
    "政策解读",
    "通知公告",
    "工作动态",
    "人事信息",
    "规划计划",
    "财政资金",
    "重点领域",
    "建议提案",
    "统计信息",
    "审计信息",
    "应急管理",
    "政府采购",
    "招标投标",
)
NEWS = (
    "全区春季农业生产工作现场推进会召开",
    "我区召开2027年优化营商环境工作大会",
    "区政府常务会议研究部署一季度重点工作",
    "全区安全生产工作会议召开",
    "我区开展学雷锋志愿服务月活动",
    "区领导调研重点项目建设进展情况",
    "我区举办2027年春风行动招聘会",
    "全区河湖长制工作会议召开",
    "我区启动2027年全民健身月活动",
    "区政府召开防汛抗旱工作部署会",
)


def _mega_menu(p: Portal) -> str:
    """The portal's 全站导航 above the footer, 128 entries, each its own page."""
    groups = []
    for g, group in enumerate(MEGA_GROUPS):
        entries = []
        for k, name in enumerate(MEGA_ITEMS):
            path = f"/zwgk/lm{g}{k}.html"
            if path not in p.routes:
                p.add(
                    path,
                    h.page(
                        title=f"{group}{name}",
                        head=h.meta(name, name),
                        today=p.today,
                        crumbs=[("首页", "/")],
                        main=f"<h2>{group}·{name}</h2><p>本栏目汇集{group}{name}相关信息。</p>",
                    ),
                )
            entries.append(f'<dd><a href="{path}">{name}</a></dd>')
        groups.append(f"<dl><dt>{group}</dt>{''.join(entries)}</dl>")
    return f'<div class="nav-all">{"".join(groups)}</div>'


def _latest_box(
    p: Portal, cls: str, heading: str, ages: Sequence[int], fmt: Callable[[Item], str] = md
) -> str:
    """A box of the portal's newest items (other columns'), dated."""
    items = titled(plain(p, "/xwzx/zxxx/", heading, ages), NEWS[: len(ages)])
    li = lines(items, lambda i: f"<li>{a(i)}<span>{fmt(i)}</span></li>")
    return f'<div class="{cls}"><h3>{heading}</h3><ul>{li}</ul></div>'


FOOT_INFO = (
    '<div class="foot-info"><p>地址：陕西省渭川市临渭示范区人民路88号　邮编：721000　'
    "联系电话：0917-1234567　传真：0917-1234568　电子邮箱：zfb@linwei.example</p>"
    "<p>为确保最佳浏览效果，建议使用1920×1080分辨率，IE9以上浏览器或谷歌、火狐浏览器浏览本站</p>"
    "<p>政府网站找错　适老化无障碍服务　网站地图　联系我们　隐私声明　使用帮助</p>"
    "<p>本网站由临渭示范区人民政府办公室主办，临渭示范区大数据服务中心承办并负责日常运行维护；"
    "网站内容如有错误、遗漏或侵权，请通过“政府网站找错”平台或上述联系方式告知，我们将及时核实处理。</p>"
    "<p>办公时间：工作日上午8:30—12:00，下午14:30—18:00（夏季15:00—18:30）；节假日及公休日除外。"
    "政务服务热线：12345　投诉举报电话：0917-1234569　网上信访：区信访局网上信访平台</p>"
    "<p>临渭示范区人民政府版权所有　未经授权禁止复制或建立镜像　陕公网安备61030202000123号</p>"
    "</div>"
)


def _u04_soft404(p: Portal) -> None:
    """Soft 404 pages a regular expression of error words misses. 工作动态 answers 200 with
    「抱歉！您访问的页面找不回来了」 (a popular 404 design, title 提示信息). 通知公告 answers 200
    with the CMS's 「您访问的页面不存在或已被删除！」 inside the full portal chrome: a dated
    最新动态 box, a 128-entry 全站导航 and a long footer (over 1,500 characters). Both are
    unreachable columns."""
    u = p.unit("sfj", "区司法局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    p.add(
        base + "index.html",
        '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>提示信息</title></head>'
        '<body><div class="e404"><img src="/images/404.png" alt=""/>'
        "<h2>抱歉！您访问的页面找不回来了</h2><p>可能是网址有误，或者页面已被移除。</p>"
        '<p><a href="/">返回首页</a></p></div></body></html>',
    )
    p.expect(
        "sfj",
        "column_unreachable",
        base + "index.html",
        "README: a 200 页面不存在 page (找不回来了)",
        column="工作动态",
        category="dynamic",
    )
    base = p.col(u, "通知公告", "notice", "tzgg")
    side = _latest_box(p, "zxdt", "最新动态", [1, 2, 3, 5, 6, 8, 9, 10, 12, 13])
    main = (
        '<div class="err-box"><img src="/images/404.png" alt=""/>'
        '<p>抱歉，您访问的页面不存在或已被删除！</p><p><a href="/">返回首页</a></p></div>'
    )
    page = p.column_page(u, "通知公告", main, side=side, extra_body=_mega_menu(p) + FOOT_INFO)
    p.add(base + "index.html", page)
    p.expect(
        "sfj",
        "column_unreachable",
        base + "index.html",
        "README: a 200 页面不存在 page, inside the full chrome",
        column="通知公告",
        category="notice",
    )
    p.maybe("sfj", "meta_missing", "*", "the bare 404 page has no 指引 tags (moot if unreachable)")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u05_revamp_tip(p: Portal) -> None:
    """A fresh 工作动态 (2 days) whose page carries the 改版 notice 「温馨提示：网站改版后，
    原栏目部分旧链接已失效，如需查阅历史信息请使用站内搜索。」 above its list: nothing."""
    u = p.unit("czj", "区财政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [2, 6, 9, 13])
    tip = (
        '<div class="tip">温馨提示：网站改版后，原栏目部分旧链接已失效，'
        "如需查阅历史信息请使用站内搜索。</div>"
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", tip + h.trs_ul(items)))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u06_short_lists(p: Portal) -> None:
    """Lists of one or two undated lines, dated by their articles (发布时间, PubDate).
    规划计划 (365): two lines, 100 and 130 days; a second box 「规划解读」 says 暂无信息 (fresh:
    nothing). 人事信息 (365): one line, 400 days (stale)."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    base = p.col(u, "规划计划", "plan", "ghjh")
    items = titled(
        plain(p, base, "规划计划", [100, 130]),
        ["区发展和改革委员会2027年工作计划", "临渭示范区国民经济和社会发展第十五个五年规划纲要"],
    )
    box = '<div class="box jd"><h3>规划解读</h3><ul><li class="nodata">暂无信息</li></ul></div>'
    p.add(base + "index.html", p.column_page(u, "规划计划", undated_ul(items) + box))
    base = p.col(u, "人事信息", "personnel", "rsxx")
    items = titled(
        plain(p, base, "人事信息", [400]), ["区发展和改革委员会关于张某某同志任职的通知"]
    )
    p.add(base + "index.html", p.column_page(u, "人事信息", undated_ul(items)))
    stale(p, "fgw", base + "index.html", "人事信息", "personnel", 400, "R3.newest: the article")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u07_own_heading(p: Portal) -> None:
    """Columns whose own heading reads like a side box's. 「耕地保护专题」 (dynamic): boxes
    专题动态 (3 … 20 days) and 典型案例 (暂无信息): fresh. 「热点回应」 (notice): a list 40 …
    100 days old and a box 网民留言 saying 暂无数据: fresh."""
    u = p.unit("zrj", "区自然资源局", "department")
    base = p.col(u, "耕地保护专题", "dynamic", "gdbh")
    items = titled(
        p.items(base, "耕地保护专题", [3, 8, 12, 20]),
        [
            "我区召开2027年耕地保护工作推进会",
            "区自然资源局开展耕地“非农化”专项整治",
            "全区高标准农田建设项目通过验收",
            "我区完成年度耕地保护目标责任考核",
        ],
    )
    main = (
        '<div class="zt-box"><div class="zt-tit"><h3>专题动态</h3></div>'
        f"{ul(items, 'zt-list')}</div>"
        '<div class="zt-box"><div class="zt-tit"><h3>典型案例</h3></div>'
        '<ul class="zt-list"><li class="nodata">暂无信息</li></ul></div>'
    )
    p.add(base + "index.html", p.column_page(u, "耕地保护专题", main))
    base = p.col(u, "热点回应", "notice", "rdhy")
    items = titled(
        p.items(base, "热点回应", [40, 70, 100]),
        [
            "关于群众关注的城区供暖问题的回应",
            "关于群众关注的学区划分问题的回应",
            "关于群众关注的老旧小区改造问题的回应",
        ],
    )
    box = '<div class="box ly"><h3>网民留言</h3><p class="nodata">暂无数据</p></div>'
    p.add(base + "index.html", p.column_page(u, "热点回应", ul(items) + box))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u08_latest_box(p: Portal) -> None:
    """Undated lists (the articles date them) beside the portal's dated boxes. 工作动态: a
    最新信息 box in the left column (`div.zxxx`, 1 … 5 days, other columns' items); the list's
    articles are 30 … 70 days (stale, 30). 通知公告: a 最新公告 ticker (`<marquee>`, 1 and 3
    days) above the list; articles 200 … 260 days (stale, 200)."""
    u = p.unit("swj", "区商务局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [30, 37, 45, 52, 61, 70])
    side = _latest_box(p, "zxxx", "最新信息", [1, 2, 4, 5])
    p.add(base + "index.html", p.column_page(u, "工作动态", undated_ul(items), side=side))
    stale(p, "swj", base + "index.html", "工作动态", "dynamic", 30, "R3.newest: not a side box")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [200, 215, 230, 260])
    news = titled(
        plain(p, "/xwzx/tzgg/", "通知公告", [1, 3]),
        ["关于2027年清明节放假安排的通知", "关于开展2027年度政务公开第三方评估的通知"],
    )
    ticker = (
        '<div class="gg-bar"><span>最新公告：</span><marquee scrollamount="3">'
        + "　".join(f"{a(i)} {ymd(i)}" for i in news)
        + "</marquee></div>"
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", ticker + undated_ul(items)))
    stale(p, "swj", base + "index.html", "通知公告", "notice", 200, "R3.newest: not a ticker")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u09_iframe_side(p: Portal) -> None:
    """Column pages in the chrome: the list in a same-host `<iframe>`, a dated 热点信息
    side-box beside it (0 … 5 days). 通知公告's list is 200 … 290 days (stale, 200); 工作动态's
    3 … 17 days (fresh)."""
    u = p.unit("tjj", "区统计局", "department")
    for name, cat, slug, ages, want in (
        ("工作动态", "dynamic", "gzdt", [3, 10, 17], None),
        ("通知公告", "notice", "tzgg", [200, 230, 290], 200),
    ):
        base = p.col(u, name, cat, slug)
        items = p.items(base, name, ages)
        p.add(
            base + "list.html",
            '<html><head><meta charset="utf-8"/></head><body>'
            f"{h.trs_ul(items, pages=3)}</body></html>",
        )
        frame = (
            '<iframe src="list.html" name="listFrame" width="100%" height="600" '
            'frameborder="0" scrolling="no"></iframe>'
        )
        side = _latest_box(p, "side-box", "热点信息", [0, 2, 5])
        p.add(base + "index.html", p.column_page(u, name, frame, side=side))
        if want:
            stale(p, "tjj", base + "index.html", name, cat, want, "R3.newest: the framed list")
    p.maybe("tjj", "meta_missing", "*", "the framed list page carries no 指引 tags")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u10_class_hidden(p: Portal) -> None:
    """Each 通知公告 line shows its date (230 … 290 days) and carries the CMS's modification
    stamp of yesterday in `<span class="xgsj">`, hidden by the page's style sheet
    (`.xgsj{display:none}`), not inline. A reader sees the old dates: stale, 230."""
    u = p.unit("nyj", "区农业农村局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [230, 250, 290])
    stamp = f"{p.d(1):%Y-%m-%d} 22:10:03"
    li = lines(
        items,
        lambda i: (
            f'<li>{a(i)}<span class="date">{ymd(i)}</span><span class="xgsj">{stamp}</span></li>'
        ),
    )
    p.add(
        base + "index.html",
        p.column_page(
            u,
            "通知公告",
            f'<ul class="list">{li}</ul>',
            extra_head='<style type="text/css">.list li{line-height:32px}'
            ".xgsj{display:none}</style>\n",
        ),
    )
    stale(p, "nyj", base + "index.html", "通知公告", "notice", 230, "R3.newest: shown dates")
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u11_later_dates(p: Portal) -> None:
    """Dates later than the publication on the line. 通知公告: div blocks with a bare date
    (256, 280, 300 days) and a summary naming the period the notice is about, 83 days later
    (173 …): stale, 256. 政策文件: `ul` lines under a `div` header 文件名称 | 发布日期 | 施行日期,
    published 195 … 300 days ago, in force 30 days later: stale, 195."""
    u = p.unit("hbj", "区生态环境分局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [256, 280, 300])
    rows = []
    for i in items:
        start = when(i) + timedelta(days=83)
        end = start + timedelta(days=6)
        rows.append(
            f'<div class="item"><h4>{a(i)}</h4><p class="summary">各镇街、各有关单位：'
            f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"
            "开展生态环境安全专项检查，现将有关事项通知如下……</p>"
            f'<span class="date">{ymd(i)}</span></div>'
        )
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", '<div class="news-blocks">' + "".join(rows) + "</div>"),
    )
    stale(p, "hbj", base + "index.html", "通知公告", "notice", 256, "R3.newest: the line's date")
    base = p.col(u, "政策文件", "policy", "zcwj")
    items = plain(p, base, "政策文件", [195, 230, 300])
    head = (
        '<div class="list-head"><span class="bt">文件名称</span><span class="rq">发布日期</span>'
        '<span class="rq">施行日期</span></div>'
    )
    li = lines(
        items,
        lambda i: (
            f'<li>{a(i)}<span class="rq">{ymd(i)}</span>'
            f'<span class="rq">{when(i) + timedelta(days=30):%Y-%m-%d}</span></li>'
        ),
    )
    p.add(base + "index.html", p.column_page(u, "政策文件", head + f'<ul class="gfxwj">{li}</ul>'))
    stale(p, "hbj", base + "index.html", "政策文件", "policy", 195, "R3.newest: 发布日期")
    std(p, u, skip=("notice", "policy"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u12_today_lead(p: Portal) -> None:
    """工作动态 as div blocks of title and lead, no date on the line; the articles are 30 …
    52 days old (stale, 30). The newest lead begins 「今天上午，」 (as written on its day)."""
    u = p.unit("wjw", "区卫生健康委员会", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = plain(p, base, "工作动态", [30, 37, 45, 52])
    leads = [
        "今天上午，区卫健委召开全区春季传染病防控工作会议，安排部署当前重点工作。",
        "近日，区卫健委组织开展医疗机构安全生产专项检查。",
        "为进一步提升基层医疗服务能力，区卫健委举办全科医生培训班。",
        "区卫健委深入辖区医疗机构开展节前安全检查。",
    ]
    blocks = "".join(
        f'<div class="item"><h4>{a(i)}</h4><p class="lead">{lead}</p></div>'
        for i, lead in zip(items, leads, strict=True)
    )
    p.add(
        base + "index.html",
        p.column_page(u, "工作动态", f'<div class="news-blocks">{blocks}</div>'),
    )
    stale(p, "wjw", base + "index.html", "工作动态", "dynamic", 30, "R3.newest: the articles")
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u13_dl_two_dd(p: Portal) -> None:
    """通知公告 as one `<dl>`: for each line a `dt` (the link), a `dd.summary` and a `dd.date`.
    The articles show no date and carry no PubDate. Newest 200 days (stale)."""
    u = p.unit("whj", "区文化和旅游局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = undated(p, base, "通知公告", [200, 230, 260])
    dl = "".join(
        f'<dt>{a(i)}</dt><dd class="summary">{escape(i.title)}，现将有关事项通知如下……</dd>'
        f'<dd class="date">{ymd(i)}</dd>'
        for i in items
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<dl class="tzgg-list">{dl}</dl>'))
    stale(p, "whj", base + "index.html", "通知公告", "notice", 200, "R3.newest: the dd dates")
    p.maybe("whj", "meta_missing", "*", "RULES §2: detail pages without PubDate")
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u14_eight_digits(p: Portal) -> None:
    """政策文件 table 文件名称 (→ the PDF) | 文号 | 发布日期, dates written `20260815`. No
    HTML article. Published 220, 250, 300 days ago (stale, 220)."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    rows = []
    for n, age in enumerate((220, 250, 300)):
        pdf = f"{base}files/wj_{n}.pdf"
        p.add(pdf, "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n", ctype="application/pdf")
        rows.append(
            f'<tr><td class="bt"><a href="{pdf}" target="_blank">区市场监督管理局关于印发'
            f"《2026年第{3 - n}批市场监管规范性文件》的通知</a></td>"
            f'<td>渭川市监发〔2026〕{12 - n}号</td><td align="center">{p.d(age):%Y%m%d}</td></tr>'
        )
    table = (
        '<table class="zcwj" width="100%"><tr><th>文件名称</th><th>文号</th><th>发布日期</th></tr>'
        + "".join(rows)
        + "</table>"
    )
    p.add(base + "index.html", p.column_page(u, "政策文件", table))
    stale(p, "scj", base + "index.html", "政策文件", "policy", 220, "R3.newest: 发布日期 cells")
    std(p, u, skip=("policy",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u15_toplist(p: Portal) -> None:
    """通知公告's list (200 … 260 days: stale) shares its wrapper with a 阅读排行 box classed
    `toplist` (the portal's most-read items, 1 … 3 days)."""
    u = p.unit("ybj", "区医疗保障局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [200, 230, 260])
    rank = _latest_box(p, "toplist", "阅读排行", [1, 2, 3])
    p.add(
        base + "index.html",
        p.column_page(u, "通知公告", f'<div class="list-wrap clearfix">{ul(items)}{rank}</div>'),
    )
    stale(p, "ybj", base + "index.html", "通知公告", "notice", 200, "R3.newest: not a 排行 box")
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u16_redirects(p: Portal) -> None:
    """Columns that now send the reader away. 通知公告 302s to the portal's home page, which
    lives at `/portal/index.html` (`/` redirects there): unreachable. 工作动态 302s to the
    统一身份认证 login page: the public cannot read it (unreachable)."""
    u = p.unit("jtj", "区交通运输局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(base + "index.html", "", status=302, location=HOME)
    p.expect(
        "jtj",
        "column_unreachable",
        base + "index.html",
        "README: it now redirects to the home page",
        column="通知公告",
        category="notice",
    )
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    login = "/sso/login?service=" + base + "index.html"
    p.add(base + "index.html", "", status=302, location=login)
    p.add(
        login,
        '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>统一身份认证平台</title></head>'
        '<body><div class="login-box"><h2>统一身份认证平台 · 用户登录</h2>'
        '<form action="/sso/login" method="post"><p><input name="username" '
        'placeholder="用户名/身份证号/手机号"/></p><p><input type="password" name="password" '
        'placeholder="密码"/></p><p><input name="captcha" placeholder="验证码"/></p>'
        '<p><button type="submit">登录</button></p></form>'
        '<p><a href="/sso/register.html">个人注册</a>　<a href="/sso/forget.html">忘记密码</a></p>'
        "</div></body></html>",
    )
    for path, text in (("/sso/register.html", "个人注册"), ("/sso/forget.html", "忘记密码")):
        p.add(path, f"<html><body><h2>{text}</h2></body></html>")
    p.expect(
        "jtj",
        "column_unreachable",
        base + "index.html",
        "R3.unreachable: no usable answer (a login wall)",
        column="工作动态",
        category="dynamic",
    )
    p.maybe("jtj", "meta_missing", "*", "the login page has no 指引 tags (moot if unreachable)")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _home_off_root(p: Portal) -> None:
    """The portal's home page lives at /portal/index.html; `/` and `/index.html` 302 there.
    It shows the 要闻 of the day (0 … 4 days) and the departments."""
    news = titled(plain(p, "/xwzx/ywdt/", "要闻动态", [0, 1, 2, 4]), NEWS[:4])
    units = "".join(
        f'<li><a href="{u.subpage}">{u.name}</a></li>' for u in p.units if u.kind == "department"
    )
    main = (
        f'<div class="yw"><h3>要闻动态</h3>{ul(news)}</div>'
        f'<div class="home"><h3>部门街镇</h3><ul>{units}</ul></div>'
    )
    p.add(
        HOME,
        h.page(
            title=h.SITE,
            head=h.meta("首页", "首页"),
            today=p.today,
            crumbs=[("首页", "/")],
            main=main,
        ),
    )
    for path in ("/", "/index.html"):
        p.add(path, "", status=302, location=HOME)


def _u17_gates(p: Portal) -> None:
    """Server gates. 工作动态 (2 days) is behind a cookie check: the first visit is sent back to
    the same URL with a cookie, and the page is served once it is sent (fresh: nothing, and
    the subpage's link to it is not broken). 通知公告 answers 403 to any User-Agent that is
    not a browser's: a reader sees it; a program cannot (a judgement call)."""
    u = p.unit("ajj", "区应急管理局", "department")
    std(p, u)
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    p.gates["/bm/ajj/gzdt/index.html"] = "cookie"
    p.gates["/bm/ajj/tzgg/index.html"] = "browser"
    path = "/bm/ajj/tzgg/index.html"
    col = {"column": "通知公告", "category": "notice"}
    p.maybe("ajj", "column_unreachable", path, "403 to a program: R3 no usable answer", **col)
    p.maybe("ajj", "extraction_failed", path, "403 to a program: an operator looks", **col)
    p.maybe("ajj", "broken_link", path, "403 to a program: R3.broken answers ≥ 400")


def _u18_year_groups(p: Portal) -> None:
    """人事信息 (365) grouped under year headings (`h3.year 2025年`, then a `ul` whose lines
    show `12-20`); the newest group is 2025: newest 2025-12-20, 458 days (stale). 工作动态:
    tabs 最新 | 热门 in one box, the 热门 list hidden until its tab is picked, older and with
    more hits (fresh, 3)."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "人事信息", "personnel", "rsxx")
    groups = []
    for year, ages in ((2025, [458, 530, 631]), (2024, [871, 1104])):
        items = plain(p, base, "人事信息", ages)
        assert all(when(i).year == year for i in items)
        groups.append(
            f'<div class="year-group"><h3 class="year">{year}年</h3>{ul(items, date_fmt=md)}</div>'
        )
    p.add(base + "index.html", p.column_page(u, "人事信息", "".join(groups)))
    stale(p, "rsj", base + "index.html", "人事信息", "personnel", 458, "R3.newest: year shown")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    new = p.items(base, "工作动态", [3, 8, 12, 19])
    hot = p.items(base, "工作动态", [120, 200])
    new_li = lines(
        new, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span><em>{12 + len(i.title)}</em></li>"
    )
    hot_li = lines(
        hot, lambda i: f"<li>{a(i)}<span>{ymd(i)}</span><em>{900 + len(i.title)}</em></li>"
    )
    tabs = (
        '<div class="tabs"><ul class="tab-hd"><li class="on">最新</li><li>热门</li></ul>'
        f'<div class="tab-bd"><ul class="list">{new_li}</ul>'
        f'<ul class="list" style="display:none">{hot_li}</ul></div></div>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", tabs))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def bare_detail(p: Portal, path: str, title: str, column: str, pub: date) -> None:
    """An article whose only date is a bare `<p class="time">` under its title: no label, no
    time of day, no PubDate."""
    main = (
        f'<div class="article"><h1>{escape(title)}</h1><p class="time">{pub:%Y-%m-%d}</p>'
        f'<div class="art-con"><p>{escape(title)}。会议要求，各部门要扎实推进各项工作落实。'
        "</p></div>"
        '<p class="tools">【<a href="javascript:window.print()">打印本页</a>】'
        '【<a href="javascript:window.close()">关闭窗口</a>】</p></div>'
    )
    p.add(
        path,
        h.page(
            title=title,
            head=h.meta(column, column, ArticleTitle=title, ContentSource="区科学技术局"),
            today=p.today,
            crumbs=[("首页", "/")],
            main=main,
        ),
    )


def _u19_bare_detail(p: Portal) -> None:
    """工作动态 lists titles only; each article shows its date as a bare line under the title
    (22, 29, 36 days: stale, 22). 通知公告 sorts its first page oldest first: index.html holds
    the five oldest lines (2,000 … 2,400 days), the newest (30 days) is on the last page —
    RULES reads the first list page: stale, 2,000."""
    u = p.unit("kjj", "区科学技术局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    titles = (
        "区科技局召开一季度科技创新工作推进会",
        "我区组织企业参加2027年科技成果对接会",
        "区科技局开展科技型中小企业评价服务",
    )
    rows = []
    for k, (age, title) in enumerate(zip((22, 29, 36), titles, strict=True)):
        path = f"{base}content_{9100 + k}.html"
        bare_detail(p, path, title, "工作动态", p.d(age))
        rows.append(f'<li><a href="{path}" target="_blank">{title}</a></li>')
    p.add(
        base + "index.html",
        p.column_page(u, "工作动态", '<ul class="list">' + "".join(rows) + "</ul>"),
    )
    stale(p, "kjj", base + "index.html", "工作动态", "dynamic", 22, "R3.newest: the articles' date")
    p.maybe("kjj", "meta_missing", "*", "RULES §2: detail pages without PubDate")
    base = p.col(u, "通知公告", "notice", "tzgg")
    pager = (
        '<div class="pager">共5页 当前第{n}页 <a href="index.html">首页</a> '
        '<a href="index_4.html">尾页</a></div>'
    )
    for k, ages in enumerate(
        ([2400, 2300, 2200, 2100, 2000], [1800, 1600], [1200, 900], [600, 400], [200, 30])
    ):
        items = p.items(base, "通知公告", ages)
        page = "index.html" if k == 0 else f"index_{k}.html"
        p.add(base + page, p.column_page(u, "通知公告", ul(items) + pager.format(n=k + 1)))
    stale(p, "kjj", base + "index.html", "通知公告", "notice", 2000, "R3.newest: first list page")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u20_attributes(p: Portal) -> None:
    """Dates in attributes and titles, not on the line. 工作动态: `<li data-time="…">` only
    (3 days), the articles show no date and carry no PubDate: no date a reader sees
    (extraction_failed). 通知公告: `<a title="2027年3月20日…">` link texts that start with a
    date, the line's date 234 … 300 days (stale, 234)."""
    u = p.unit("xfj", "区信访局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = undated(p, base, "工作动态", [3, 9, 16])
    li = lines(items, lambda i: f'<li data-time="{ymd(i)} 09:00:00">{a(i)}</li>')
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>'))
    p.expect(
        "xfj",
        "extraction_failed",
        base + "index.html",
        "R3.extraction: no date shown, none on the articles",
        column="工作动态",
        category="dynamic",
    )
    p.maybe("xfj", "meta_missing", "*", "RULES §2: detail pages without PubDate")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = plain(p, base, "通知公告", [234, 260, 300])
    items = titled(
        items,
        [
            "2027年3月20日起信访接待场所临时调整的公告",
            "2027年3月1日起网上信访平台升级的公告",
            "2027年元旦春节期间信访工作安排的公告",
        ],
    )
    li = lines(
        items,
        lambda i: (
            f'<li><a href="{escape(i.href)}" title="{escape(i.title)}">{escape(i.title[:14])}…</a>'
            f"<span>{ymd(i)}</span></li>"
        ),
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", f'<ul class="list">{li}</ul>'))
    stale(p, "xfj", base + "index.html", "通知公告", "notice", 234, "R3.newest: the line's date")
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u21_controls(p: Portal) -> None:
    """Controls. 通知公告 says 暂无信息 (empty). 工作动态 is `list.jsp?page=1` whose header says
    「共0条记录」 while 4 lines (2 … 15 days) are listed (fresh). 政策文件's page links a search
    URL that answers 404 (broken; a hostile query for the bulletin)."""
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
    base = p.col(u, "工作动态", "dynamic", "gzdt", path="/bm/cgj/gzdt/list.jsp?page=1")
    items = plain(p, base, "工作动态", [2, 5, 9, 15])
    head = '<div class="list-info">共0条记录　当前第1/1页</div>'
    p.add("/bm/cgj/gzdt/list.jsp?page=1", p.column_page(u, "工作动态", head + ul(items)))
    std(p, u, skip=("notice", "dynamic"))
    bad = f"/bm/cgj/search404.html?q={HOSTILE}"
    before_footer(p, "/bm/cgj/zcwj/index.html", f'<p><a href="{escape(bad)}">站内搜索</a></p>')
    p.expect("cgj", "broken_link", bad, "R3.broken: 404")
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u22_down(p: Portal) -> None:
    """Control: a street office whose subpage answers 404 (subpage_unreachable); its columns'
    breadcrumbs link to it (broken). Columns healthy."""
    u = p.unit("xz_dq", "店前街道办事处", "town")
    std(p, u, policy=False)
    p.answer(u.subpage, b"<h1>404 Not Found</h1>", status=404)
    p.expect("xz_dq", "subpage_unreachable", u.subpage, "R3.unreachable: 404 is final")
    p.expect("xz_dq", "broken_link", u.subpage, "R3.broken: the columns' crumbs lead to it")


def _u23_missing(p: Portal) -> None:
    """Control: a town whose subpage shows no 通知公告 at all: category_missing."""
    u = p.unit("xz_hj", "环江镇人民政府", "town")
    std(p, u, policy=False, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    p.expect("xz_hj", "category_missing", u.subpage, "R3.category: not shown", category="notice")


def _u24_unreachable_article(p: Portal) -> None:
    """Controls: 通知公告 answers 404 (column_unreachable; the subpage's link to it is broken).
    机构概况 is a single article (no list, no date needed: nothing)."""
    u = p.unit("tyj", "区体育局", "department")
    std(p, u, skip=("overview",))
    path = "/bm/tyj/tzgg/index.html"
    del p.routes[path]
    p.expect(
        "tyj",
        "column_unreachable",
        path,
        "R3.unreachable: 404",
        column="通知公告",
        category="notice",
    )
    p.expect("tyj", "broken_link", path, "R3.broken: the subpage's menu links it")
    base = p.col(u, "机构概况", "overview", "jggk")
    article = (
        '<div class="article"><h1>区体育局机构职能</h1><h3>一、主要职责</h3>'
        "<p>（一）贯彻落实国家体育工作方针政策，统筹规划全区群众体育、竞技体育发展。</p>"
        "<p>（二）推行全民健身计划，指导和监督全区体育场馆设施建设和管理。</p>"
        "<h3>二、内设机构</h3><p>办公室、群众体育科、竞技体育科。</p>"
        "<h3>三、领导信息</h3><p>局长：赵某某　副局长：钱某某</p></div>"
    )
    p.add(base + "index.html", p.column_page(u, "机构概况", article))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_icp,
    _u02_hits,
    _u03_json_time,
    _u04_soft404,
    _u05_revamp_tip,
    _u06_short_lists,
    _u07_own_heading,
    _u08_latest_box,
    _u09_iframe_side,
    _u10_class_hidden,
    _u11_later_dates,
    _u12_today_lead,
    _u13_dl_two_dd,
    _u14_eight_digits,
    _u15_toplist,
    _u16_redirects,
    _u17_gates,
    _u18_year_groups,
    _u19_bare_detail,
    _u20_attributes,
    _u21_controls,
    _u22_down,
    _u23_missing,
    _u24_unreachable_article,
)
