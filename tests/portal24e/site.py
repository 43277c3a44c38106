"""The fifth 24-unit trap portal: list, detail, category, link and injection traps of real
TRS / Hanweb / 开普云 pages that portal24, 24b, 24c and 24d do not set.

Each `_uNN` function builds one unit's pages and states, beside them, what a monitor following
RULES.md must report (`p.expect`, citing the rule; `p.maybe` for a finding acceptable either
way). Ages are literal. The reference day is `AS_OF`, 2027-01-04: the Monday after the 元旦
holiday (1–3 January), so the newest news is from the last days of December, year-less
`12-21` belongs to 2026 while every footer and top bar says 2027. The server and the base
`Portal` come from `tests.portal24d`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import CATEGORIES, MAX_AGE, Column, Expect, Unit
from tests.portal24b.site import ul
from tests.portal24c.site import GAMBLING_HOSTS, spam_links
from tests.portal24d.server import HP
from tests.portal24d.site import Portal, config_yaml

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 1, 4)
HOSTILE = "<img src=x onerror=alert(1)>"


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
    if "dynamic" not in skip:
        p.fresh(u, "工作动态", "dynamic", "gzdt", age=3)
    if "notice" not in skip:
        p.fresh(u, "通知公告", "notice", "tzgg", age=30)
    if policy and "policy" not in skip:
        p.fresh(u, "政策文件", "policy", "zcwj", age=60)
    if "overview" not in skip:
        p.overview(u)


def article(
    p: Portal,
    path: str,
    title: str,
    column: str,
    *,
    info: str = "",
    body: str = "",
    pubdate: str | None = None,
) -> None:
    """A detail page whose dates are exactly what `info`, `body` and `pubdate` say."""
    extra = {"ArticleTitle": title, "ContentSource": "区政府办公室"}
    if pubdate:
        extra["PubDate"] = pubdate
    main = (
        f'<div class="article"><h1 class="art-title">{escape(title)}</h1>'
        f'<div class="art-info">{info}</div>'
        f'<div class="art-con TRS_Editor">{body or "<p>正文。</p>"}</div></div>'
    )
    p.add(
        path,
        h.page(
            title=title,
            head=h.meta(column, column, **extra),
            today=p.today,
            crumbs=[("首页", "/")],
            main=main,
        ),
    )


def md(d: date) -> str:
    return f"{d:%m-%d}"


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2.
# =========================================================================================


def _u01_tzj(p: Portal) -> None:
    """Titles that carry recent dates (停电 and 值班 notices), list dates that are old:
    工作动态 16 days (stale), 通知公告 200 days (stale)."""
    u = p.unit("tzj", "区投资促进局", "department")
    titles = {
        "工作动态": [
            "我局召开2026年12月31日年终工作总结会议筹备会",
            "关于2027年1月1日起施行新版招商引资奖励办法的解读",
            "2026年12月28日项目集中签约活动预告",
        ],
        "通知公告": [
            "关于2026年12月30日至2027年1月3日停电检修的通知",
            "关于2027年元旦假期（2027年1月1日—3日）值班安排的通知",
            "关于2026年12月25日召开投资推介会的通知",
        ],
    }
    for name, cat, slug, ages in (
        ("工作动态", "dynamic", "gzdt", [16, 20, 31]),
        ("通知公告", "notice", "tzgg", [200, 215, 260]),
    ):
        base = p.col(u, name, cat, slug)
        items = p.items(base, name, ages)
        items = [Item(t, i.href, i.when) for t, i in zip(titles[name], items, strict=True)]
        p.add(base + "index.html", p.column_page(u, name, h.trs_ul(items)))
    stale(
        p,
        "tzj",
        "/bm/tzj/gzdt/index.html",
        "工作动态",
        "dynamic",
        16,
        "R3.newest: item dates, not dates inside titles; R3.age",
    )
    stale(
        p,
        "tzj",
        "/bm/tzj/tzgg/index.html",
        "通知公告",
        "notice",
        200,
        "R3.newest: item dates, not dates inside titles; R3.age",
    )
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def box(title: str, items: Sequence[Item]) -> str:
    """A titled box of dated lines, with no class telling it from any other box."""
    lines = "".join(
        f'<li><a href="{escape(i.href)}" target="_blank">{escape(i.title)}</a>'
        f"<span>{i.when:%Y-%m-%d}</span></li>"
        for i in items
        if i.when
    )
    return f'<div class="box"><div class="box-t"><h3>{title}</h3></div><ul>{lines}</ul></div>'


def _u02_ybj(p: Portal) -> None:
    """通知公告 (200 days: stale) shares its content wrapper with a 最新发布 box of other columns'
    items 1–9 days old, written with the same markup and no telling class, *before* the list."""
    u = p.unit("ybj", "区医疗保障局", "department")
    dyn = p.fresh(u, "工作动态", "dynamic", "gzdt", age=1)
    newest = [
        Item(i.title, dyn + i.href.removeprefix("./"), i.when)
        for i in p.items(dyn, "工作动态", [1, 2, 5, 9])
    ]
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [200, 206, 230, 251, 270, 300, 320, 333])
    main = f'<div class="con-box">{box("最新发布", newest)}{box("通知公告", items)}</div>'
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    stale(
        p,
        "ybj",
        "/bm/ybj/tzgg/index.html",
        "通知公告",
        "notice",
        200,
        "R3.newest: the column's own list, not a 最新发布 box beside it",
    )
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u03_sjj(p: Portal) -> None:
    """工作动态 20 days old (stale) under a pager that says 共5页 当前第1页 2027-01-04更新 (the
    page's regeneration date, not an item's)."""
    u = p.unit("sjj", "区审计局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [20, 27, 35, 49])
    pager = (
        f'<div class="pagebar">共5页 当前第1页 {p.today:%Y-%m-%d}更新 '
        '<a href="index_1.html">下一页</a> <a href="index_4.html">尾页</a></div>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items) + pager))
    for n in (1, 4):
        p.add(f"{base}index_{n}.html", p.column_page(u, "工作动态", "<p>…</p>"))
    stale(
        p,
        "sjj",
        "/bm/sjj/gzdt/index.html",
        "工作动态",
        "dynamic",
        20,
        "R3.newest: a pager's 更新 date is not an item date",
    )
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u04_scj(p: Portal) -> None:
    """通知公告 page with two tabs, 通知 (shown, 200 days old) and 公示 (hidden until clicked, 25
    days old): both are the column's own lists, newest 25 days: fresh."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    notes = p.items(base, "通知公告", [200, 230, 260, 290])
    shows = p.items(base, "通知公告", [25, 44, 70])
    main = (
        '<div class="tab-box"><ul class="tab-menu">'
        '<li class="on" onmouseover="setTab(\'tz\',1,2)" id="tz1">通知</li>'
        '<li onmouseover="setTab(\'tz\',2,2)" id="tz2">公示</li></ul>'
        f'<div class="tab-con" id="con_tz_1">{ul(notes)}</div>'
        f'<div class="tab-con" id="con_tz_2" style="display:none">{ul(shows)}</div></div>'
        "<script>function setTab(n,i,c){for(var k=1;k<=c;k++){"
        "document.getElementById('con_'+n+'_'+k).style.display=k==i?'block':'none';}}</script>"
    )
    p.add(base + "index.html", p.column_page(u, "通知公告", main))
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _town_md(p: Portal, uid: str, name: str, ages: Sequence[int]) -> Unit:
    """A town whose 乡镇动态 list shows `[MM-DD]` only; every chrome date says 2027."""
    u = p.unit(uid, name, "town")
    base = p.col(u, "乡镇动态", "dynamic", "xzdt")
    items = p.items(base, "乡镇动态", ages)
    lines = "".join(
        f'<li><a href="{escape(i.href)}">{escape(i.title)}</a><span>[{md(i.when)}]</span></li>'
        for i in items
        if i.when
    )
    p.add(base + "index.html", p.column_page(u, "乡镇动态", f'<ul class="news">{lines}</ul>'))
    std(p, u, policy=False, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    return u


def _u05_xz_dz(p: Portal) -> None:
    """`[12-21]` on 2027-01-04 is 2026-12-21, 14 days: fresh (exactly the window)."""
    _town_md(p, "xz_dz", "东庄镇", [14, 20, 34, 60])


def _u06_xz_xj(p: Portal) -> None:
    """`[12-20]` on 2027-01-04 is 2026-12-20, 15 days: stale; the footer's 2027 is not its year."""
    _town_md(p, "xz_xj", "新街镇", [15, 22, 40])
    stale(
        p,
        "xz_xj",
        "/zj/xz_xj/xzdt/index.html",
        "乡镇动态",
        "dynamic",
        15,
        "R3.newest: a month-day takes as_of's year unless in the future; R3.age",
    )


def _u07_zfb(p: Portal) -> None:
    """政策文件 as a table of 序号 | 标题 | 文号 (渭政发〔2026〕12号), no dates; detail pages
    (undated URLs) published 210, 240 and 300 days ago: stale 210. 〔2026〕12 is no date."""
    u = p.unit("zfb", "区政府办公室", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    rows = []
    for n, age in enumerate([210, 240, 300]):
        path = f"{base}content_{700 + n}.html"
        title = f"区人民政府关于印发{['优化营商环境', '安全生产', '乡村振兴'][n]}实施方案的通知"
        article(
            p,
            path,
            title,
            "政策文件",
            info=f"发布时间：{p.d(age):%Y-%m-%d} 10:00　来源：区政府办公室",
            pubdate=f"{p.d(age):%Y-%m-%d} 10:00",
        )
        rows.append(
            f'<tr><td>{n + 1}</td><td class="bt"><a href="content_{700 + n}.html" '
            f'target="_blank">{title}</a></td><td>渭政发〔2026〕{12 - n}号</td></tr>'
        )
    table = (
        '<table class="zcwj-table" width="100%"><tr class="th"><td>序号</td><td>标题</td>'
        f"<td>文号</td></tr>{''.join(rows)}</table>"
    )
    p.add(base + "index.html", p.column_page(u, "政策文件", table))
    stale(
        p,
        "zfb",
        "/bm/zfb/zcwj/index.html",
        "政策文件",
        "policy",
        210,
        "R3.newest: an undated list is dated by its detail pages; a 文号 is not a date",
    )
    std(p, u, skip=("policy",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u08_fgw(p: Portal) -> None:
    """政策文件 undated; each detail page's only dates are in its 信息索引 table: 成文日期,
    发布日期 and 生效日期 side by side. Newest 发布日期 198 days (stale), its 生效日期 156."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    lines = []
    dates = [(208, 198, 156), (260, 250, 220), (300, 290, 280), (330, 320, 300), (360, 350, 340)]
    for n, (written, pub, effective) in enumerate(dates):
        path = f"{base}content_{800 + n}.html"
        topic = ["节能降耗", "价格监测", "粮食储备", "项目储备", "招标投标"][n]
        title = f"关于印发区{topic}管理办法的通知"
        table = (
            '<table class="xxgk-index"><tr><td>索引号：</td><td>11610302MB15860/2026-000'
            f"{n + 31}</td><td>主题分类：</td><td>综合政务</td></tr>"
            "<tr><td>发布机构：</td><td>区发展和改革委员会</td><td>文号：</td>"
            f"<td>渭发改发〔2026〕{40 - n}号</td></tr>"
            f"<tr><td>成文日期：</td><td>{p.d(written):%Y-%m-%d}</td><td>发布日期：</td>"
            f"<td>{p.d(pub):%Y-%m-%d}</td><td>生效日期：</td><td>{p.d(effective):%Y-%m-%d}</td>"
            "</tr></table>"
        )
        article(p, path, title, "政策文件", body=table + "<p>各有关单位：现将办法印发给你们。</p>")
        p.maybe("fgw", "meta_missing", path, "RULES §2: a detail page read has no PubDate")
        lines.append(f'<li><a href="content_{800 + n}.html">{title}</a></li>')
    p.add(
        base + "index.html", p.column_page(u, "政策文件", f'<ul class="list">{"".join(lines)}</ul>')
    )
    stale(
        p,
        "fgw",
        "/bm/fgw/zcwj/index.html",
        "政策文件",
        "policy",
        198,
        "R3.newest: the publish date (发布日期), not 生效日期",
    )
    std(p, u, skip=("policy",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u09_jyj(p: Portal) -> None:
    """通知公告 undated; the newest article says 发布时间 208 days ago, and its text names a
    施行 date 34 days ago and 有效期至 2028-11-30: stale 208."""
    u = p.unit("jyj", "区教育局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    lines = []
    for n, age in enumerate([208, 300, 320, 350, 400]):
        path = f"{base}content_{900 + n}.html"
        topic = ["校外培训监管", "课后服务", "学籍管理", "营养餐管理", "校车安全管理"][n]
        title = f"关于印发区中小学{topic}办法的通知"
        body = (
            f"<p>本办法自{p.d(34).year}年{p.d(34).month}月{p.d(34).day}日起施行，"
            "有效期至2028年11月30日。</p>"
        )
        article(
            p,
            path,
            title,
            "通知公告",
            info=f"发布时间：{p.d(age):%Y-%m-%d}　有效期至：2028-11-30",
            body=body,
            pubdate=f"{p.d(age):%Y-%m-%d} 09:00",
        )
        lines.append(f'<li><a href="content_{900 + n}.html">{title}</a></li>')
    p.add(
        base + "index.html", p.column_page(u, "通知公告", f'<ul class="list">{"".join(lines)}</ul>')
    )
    stale(
        p,
        "jyj",
        "/bm/jyj/tzgg/index.html",
        "通知公告",
        "notice",
        208,
        "R3.newest: the 发布时间 of the detail page, not 施行/有效期 dates",
    )
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u10_mzj(p: Portal) -> None:
    """Innocent official words that share characters with spam, all in one visible list:
    福利彩票公益金, 体育彩票, 成人高考, 棋牌室整治, 六合村, 澳门. Fresh; no injection."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [2, 4, 6, 8, 11, 13])
    titles = [
        "2026年度福利彩票公益金使用情况公告",
        "区体育彩票管理中心开展销售网点安全检查",
        "2027年成人高考报名工作温馨提示",
        "联合公安部门开展棋牌室、麻将馆违规经营专项整治",
        "六合村互助幸福院正式投入使用",
        "赴澳门特别行政区学习养老服务经验交流座谈",
    ]
    items = [Item(t, i.href, i.when) for t, i in zip(titles, items, strict=True)]
    p.add(base + "index.html", p.column_page(u, "工作动态", h.trs_ul(items)))
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u11_wlj(p: Portal) -> None:
    """通知公告 undated; the newest article's `<meta name="PubDate">` says 20 days ago, its
    visible 发布时间 200 days (re-published by the CMS). RULES §2: the 指引 tags are the most
    reliable source of an article's date: fresh."""
    u = p.unit("wlj", "区文化和旅游局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    lines = []
    ages = [(20, 200), (260, 260), (280, 280), (300, 300), (330, 330)]
    for n, (meta_age, shown_age) in enumerate(ages):
        path = f"{base}content_{1100 + n}.html"
        topic = [
            "公布第三批非遗代表性项目",
            "文化市场专项检查",
            "文物安全巡查",
            "图书馆闭馆",
            "剧本娱乐场所备案",
        ][n]
        title = f"关于{topic}的通知"
        article(
            p,
            path,
            title,
            "通知公告",
            info=f"发布时间：{p.d(shown_age):%Y-%m-%d}　来源：区文化和旅游局",
            pubdate=f"{p.d(meta_age):%Y-%m-%d} 10:00",
        )
        lines.append(f'<li><a href="content_{1100 + n}.html">{title}</a></li>')
    p.add(
        base + "index.html", p.column_page(u, "通知公告", f'<ul class="list">{"".join(lines)}</ul>')
    )
    std(p, u, skip=("notice",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u12_xz_bq(p: Portal) -> None:
    """A street office whose subpage *is* its 乡镇动态 list page (same URL): the list is fresh,
    the page's left menu shows 通知公告 and 机构概况, and it links a dead 2019 archive once
    (one broken_link, not two)."""
    u = p.unit("xz_bq", "北桥街道办事处", "town")
    base = "/zj/xz_bq/"
    u.columns.append(_col("乡镇动态", "dynamic", u.subpage))
    items = p.items(base, "乡镇动态", [1, 5, 9])
    p.fresh(u, "通知公告", "notice", "tzgg", age=40)
    p.overview(u)
    menu = "".join(f'<li><a href="{c.path}">{c.name}</a></li>' for c in u.columns)
    side = f'<div class="left-nav"><h3>{u.name}</h3><ul>{menu}</ul></div>'
    dead = '<p class="old"><a href="/zj/xz_bq/2019/index.html">2019年以前信息</a></p>'
    p.add(u.subpage, p.column_page(u, "乡镇动态", h.trs_ul(items) + dead, side=side))
    p.expect(
        "xz_bq",
        "broken_link",
        "/zj/xz_bq/2019/index.html",
        "R3.broken: one finding although the page is both subpage and column",
    )


def _col(name: str, cat: str, path: str) -> Column:
    return Column(name, cat, path)


SHARED = "/zt/aqsc/tzgg/index.html"


def _shared(p: Portal, uid: str, name: str) -> None:
    u = p.unit(uid, name, "department")
    std(p, u, skip=("notice",))
    u.columns.insert(1, _col("通知公告", "notice", SHARED))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    stale(
        p,
        uid,
        SHARED,
        "通知公告",
        "notice",
        250,
        "R3.newest/R3.age: a column shared by two units is stale for each",
    )


def _u13_yjj(p: Portal) -> None:
    """区应急管理局 and 区消防救援大队 share one 安全生产 通知公告 column, 250 days old: stale for
    both units."""
    items = p.items("/zt/aqsc/tzgg/", "通知公告", [250, 280, 330])
    u = Unit("zt", "安全生产专题", "topic", "/zt/aqsc/index.html")
    p.add(SHARED, p.column_page(u, "通知公告", h.trs_ul(items)))
    p.add(
        u.subpage, p.column_page(u, "安全生产专题", '<p><a href="tzgg/index.html">通知公告</a></p>')
    )
    _shared(p, "yjj", "区应急管理局")


def _u14_xfj(p: Portal) -> None:
    _shared(p, "xfj", "区消防救援大队")


def _u15_sfj(p: Portal) -> None:
    """Subpage boxes titled 通知公告 / 政策文件 in plain `<h3>` (not links); each box's only link
    to the column is 更多>>, written `../sfj/tzgg/index.html` (the configured URL): present."""
    u = p.unit("sfj", "区司法局", "department")
    std(p, u)
    boxes = "".join(
        f'<div class="sub-box"><div class="sub-box-t"><h3>{name}</h3>'
        f'<a class="more" href="../sfj/{slug}/index.html">更多&gt;&gt;</a></div>'
        "<ul><li>本栏目信息按月更新。</li></ul></div>"
        for name, slug in (("通知公告", "tzgg"), ("政策文件", "zcwj"))
    )
    menu = [(c.name, c.path) for c in u.columns if c.category in ("dynamic", "overview")]
    p.add(u.subpage, p.subpage_html(u, menu, extra=boxes))


def _u16_tyj(p: Portal) -> None:
    """Links on the subpage: a download answering 403 to HEAD and GET (broken); 中国政府网 and
    陕西省人民政府 with target=_blank rel=noopener (unreachable here, no DNS: not broken). A
    404 PDF attachment on a column's first page (broken); a 404 PDF on the newest *detail*
    page (not a subpage or first list page: not checked)."""
    u = p.unit("tyj", "区体育局", "department")
    std(p, u, skip=("notice",))
    base = p.col(u, "通知公告", "notice", "tzgg")
    attach = (
        '<div class="fj">附件：<a href="/bm/tyj/tzgg/202612/P020261230512345678901.pdf">'
        "2027年全民健身活动安排表.pdf</a></div>"
    )
    items = p.items(base, "通知公告", [10, 40], inject={0: attach})
    pdf = '<p>附件：<a href="/bm/tyj/tzgg/fj/2026年体育场馆开放名单.pdf">开放名单（PDF）</a></p>'
    p.add(base + "index.html", p.column_page(u, "通知公告", h.trs_ul(items) + pdf))
    p.expect(
        "tyj",
        "broken_link",
        "/bm/tyj/tzgg/fj/2026年体育场馆开放名单.pdf",
        "R3.broken: a 404 attachment on a column's first page",
    )
    extra = (
        '<div class="links"><a href="/bm/tyj/download/ssbm.doc">赛事报名表下载</a>'
        '<a href="http://www.gov.cn/" target="_blank" rel="noopener noreferrer">中国政府网</a>'
        '<a href="http://www.shaanxi.gov.cn/" target="_blank" rel="noopener">陕西省人民政府</a>'
        f'<a href="/bm/tyj/search.jsp?q={HOSTILE}">站内搜索</a></div>'
    )
    p.expect(
        "tyj",
        "broken_link",
        f"/bm/tyj/search.jsp?q={HOSTILE}",
        "R3.broken: 404 (hostile query, shown escaped in the bulletin)",
    )
    p.add("/bm/tyj/download/ssbm.doc", "<h1>403 Forbidden</h1>", status=403)
    p.expect(
        "tyj",
        "broken_link",
        "/bm/tyj/download/ssbm.doc",
        "R3.broken: answers 403 to HEAD and GET (≥ 400)",
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))


PORN = (
    "日韩无码高清视频",
    "欧美成人视频在线观看",
    "国产自拍偷拍",
    "免费黄色网站",
    "成人影院在线",
    "亚洲色情图片",
    "午夜福利影院",
    "av女优在线",
    "人妻少妇视频",
    "一级黄色毛片",
    "成人电影下载",
    "无码av在线播放",
)


def _u17_rsj(p: Portal) -> None:
    """A parasite (寄生虫) block on the subpage: twelve links to subdirectories of the portal's
    own host named with porn phrases, hidden by a class of a *linked* style sheet. The pages
    they open exist (the attacker planted them). Injection on the subpage."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    std(p, u)
    links = []
    for n, text in enumerate(PORN):
        path = f"/bm/rsj/2026/{1000 + n}/index.html"
        links.append(f'<a href="{path}">{text}</a>')
        p.add(path, f"<html><head><title>{text}</title></head><body>{text}</body></html>")
    p.add("/bm/rsj/css/sub.css", ".sub-ad{display:none}", ctype="text/css")
    extra = f'<div class="sub-ad">{"".join(links)}</div>'
    head = h.meta(u.name, "子站首页") + '<link rel="stylesheet" href="/bm/rsj/css/sub.css" />'
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra, head=head))
    p.expect(
        "rsj",
        "content_injection",
        u.subpage,
        "R3.injection: a block of porn phrases (hidden parasite links on the own host)",
    )


FRIENDS = (
    "陕西日报",
    "宝鸡日报",
    "西部网",
    "中国新闻网",
    "新华网",
    "人民网",
    "央视网",
    "中国青年网",
    "光明网",
    "中国经济网",
    "中国网",
    "国际在线",
    "中国日报网",
    "环球网",
    "华商网",
    "三秦网",
    "陕西传媒网",
    "中国铁路12306",
    "国家电网",
    "中国建设银行",
    "中国工商银行",
    "中国农业银行",
    "中国银行",
    "中国邮政",
    "中国联通",
    "中国移动",
    "中国电信",
    "百度地图",
    "12345热线",
    "学习强国",
)


def _u18_gxj(p: Portal) -> None:
    """工作动态 20 days old (stale) under a visible `<marquee>` scrolling the site's newest
    通知公告 titles with dates 1–3 days old (a notice bar, not the list; no spam). The subpage
    has a visible 友情链接 `<select>` of 30 external sites (no injection)."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [20, 26, 33])
    bar = "".join(
        f'<a href="/bm/gxj/tzgg/index.html">[{p.d(a):%Y-%m-%d}] {t}</a>　'
        for a, t in ((1, "关于元旦假期安全生产的提醒"), (3, "关于2027年元旦放假安排的通知"))
    )
    marquee = (
        '<div class="gg"><b>通知公告：</b><marquee direction="left" scrollamount="3" '
        f'onmouseover="this.stop()" onmouseout="this.start()">{bar}</marquee></div>'
    )
    p.add(base + "index.html", p.column_page(u, "工作动态", marquee + h.trs_ul(items)))
    stale(
        p,
        "gxj",
        "/bm/gxj/gzdt/index.html",
        "工作动态",
        "dynamic",
        20,
        "R3.newest: a scrolling notice bar is not the column's list",
    )
    std(p, u, skip=("dynamic",))
    options = "".join(
        f'<option value="http://www.friend{n:02d}.com.cn/">{name}</option>'
        for n, name in enumerate(FRIENDS)
    )
    select = (
        '<div class="yqlj"><span>友情链接：</span><select onchange="if(this.value)'
        f'window.open(this.value)"><option value="">--相关网站--</option>{options}</select></div>'
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=select))


def _u19_zrj(p: Portal) -> None:
    """The subpage is served at `/bm/zrj` (no slash, no redirect) with `<base href=
    "/bm/zrj/">`: its relative menu links resolve to `/bm/zrj/gzdt/index.html` … as in a
    browser. Without the base they would be `/bm/gzdt/…` (404). Nothing to report."""
    u = p.unit("zrj", "区自然资源局", "department")
    std(p, u)
    u.subpage = "/bm/zrj"
    menu = [(c.name, c.path.removeprefix("/bm/zrj/")) for c in u.columns]
    extra = '<p><a href="tzgg/index.html">更多通知</a> <a href="zcwj/">政策文件库</a></p>'
    html = p.subpage_html(u, menu, extra=extra)
    html = html.replace("<head>", f'<head>\n<base href="http://{HP}/bm/zrj/" />', 1)
    p.add(u.subpage, html)
    p.add("/bm/zrj/index.html", html)  # the column pages' breadcrumbs
    p.add("/bm/zrj/zcwj/", p.column_page(u, "政策文件", "<p>…</p>"))


def _u20_hbj(p: Portal) -> None:
    """Old-style 暗链 markup: `<div style="DISPLAY: none">` (upper case) of innocent words to
    gambling hosts on 工作动态's page; a `<marquee height=1 width=1>` (attributes, no CSS) of the
    same on 通知公告's page. Injection on both."""
    u = p.unit("hbj", "区生态环境局", "department")
    std(p, u)
    upper = f'<DIV style="DISPLAY: none">{spam_links()}</DIV>'
    tiny = (
        '<marquee height="1" width="1" scrollamount="3000" scrolldelay="20000">'
        f"{spam_links(('网站导航', '合作伙伴', '帮助中心'))}</marquee>"
    )
    for slug, block in (("gzdt", upper), ("tzgg", tiny)):
        path = f"/bm/hbj/{slug}/index.html"
        page = p.routes[path].body.decode()
        p.add(path, page.replace('<div class="footer">', block + '<div class="footer">', 1))
    p.expect(
        "hbj",
        "content_injection",
        "/bm/hbj/gzdt/index.html",
        "R3.injection: hidden (DISPLAY: none) links to gambling hosts",
    )
    p.expect(
        "hbj",
        "content_injection",
        "/bm/hbj/tzgg/index.html",
        "R3.injection: a 1×1 marquee (zero size) of links to gambling hosts",
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    assert all(h in spam_links() for h in GAMBLING_HOSTS)


def _u21_swj(p: Portal) -> None:
    """工作动态: the top line is dated 2027-12-28 (a typo for 2026-12-28: later than as_of + 1,
    ignored); the rest 20 days and older: stale 20. 通知公告: the top line is dated tomorrow
    (as_of + 1 is allowed): fresh."""
    u = p.unit("swj", "区商务局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [20, 24, 30])
    typo = Item("区商务局召开2026年度外贸企业座谈会", items[0].href, date(2027, 12, 28))
    p.add(base + "index.html", p.column_page(u, "工作动态", ul([typo, *items])))
    stale(
        p,
        "swj",
        "/bm/swj/gzdt/index.html",
        "工作动态",
        "dynamic",
        20,
        "R3.newest: dates later than as_of + 1 are typos, ignored",
    )
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = p.items(base, "通知公告", [-1, 190, 200])
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(items)))
    std(p, u, skip=("dynamic", "notice"))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u22_xz_gz(p: Portal) -> None:
    """A town whose subpage answers 403 (a web application firewall): subpage_unreachable only,
    no category finding; its columns are checked as usual (fresh)."""
    u = p.unit("xz_gz", "高家镇", "town")
    std(p, u, policy=False)
    p.add(
        u.subpage,
        "<html><body><h1>403 Forbidden</h1><p>您的访问被拦截</p></body></html>",
        status=403,
    )
    p.expect(
        "xz_gz",
        "subpage_unreachable",
        u.subpage,
        "R3.unreachable: 403 is no usable answer; R3.category: nothing else said",
    )
    p.expect(
        "xz_gz",
        "broken_link",
        u.subpage,
        "R3.broken: the columns' breadcrumbs link the 403 subpage",
    )


def _u23_tjj(p: Portal) -> None:
    """规划计划 says only 暂无内容 (blank); 工作动态 dates written `2026/12/20` (15 days: stale)."""
    u = p.unit("tjj", "区统计局", "department")
    base = p.col(u, "规划计划", "plan", "ghjh")
    empty = '<ul class="list_con"></ul><div class="no-content">暂无内容</div>'
    p.add(base + "index.html", p.column_page(u, "规划计划", empty))
    p.expect(
        "tjj",
        "column_empty",
        base + "index.html",
        "R3.empty: 暂无内容",
        column="规划计划",
        category="plan",
    )
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = p.items(base, "工作动态", [15, 19, 29])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items, lambda d: f"{d:%Y/%m/%d}")))
    stale(
        p,
        "tjj",
        "/bm/tjj/gzdt/index.html",
        "工作动态",
        "dynamic",
        15,
        "R3.newest (slashed dates); R3.age",
    )
    std(p, u, skip=("dynamic",))
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


def _u24_xz_hs(p: Portal) -> None:
    """A clean town: a 政务新媒体 box (微信 QR, a 微博 link) and a hidden 国务院客户端 popup with
    its QR and a gov.cn link, opened by a button. Nothing to report."""
    u = p.unit("xz_hs", "虢镇街道办事处", "town")
    std(p, u, policy=False)
    extra = (
        '<div class="xmt"><h3>政务新媒体</h3><img src="/images/logo.png" alt="微信公众号" />'
        '<a href="https://weibo.com/u/5678901234" target="_blank">官方微博</a>'
        '<a href="javascript:;" onclick="document.getElementById(\'gwy\').style.display='
        "'block'\">国务院客户端</a></div>"
        '<div id="gwy" class="pop" style="display:none"><img src="/images/logo.png" '
        'alt="国务院客户端二维码" /><a href="http://app.www.gov.cn/" target="_blank">'
        '下载国务院客户端</a><a href="javascript:;" onclick="this.parentNode.style.display='
        "'none'\">关闭</a></div>"
    )
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra))


def before_footer(p: Portal, path: str, block: str) -> None:
    page = p.routes[path].body.decode()
    p.add(path, page.replace('<div class="footer">', block + '<div class="footer">', 1))


def _later_traps(p: Portal) -> None:
    """Traps added on pages of units built above (no unit of its own):

    - tzj subpage: `text-indent:-9999px; overflow:hidden` block of links to gambling hosts
      (off-screen: injection);
    - jyj subpage: `document.write(unescape('%3Cdiv%20style…'))` writing hidden gambling links
      (the usual obfuscated 暗链: injection);
    - sjj 通知公告 page: a hidden block whose gambling words are numeric character references
      (`&#28595;&#38376;…`): injection;
    - zfb 政策文件 page: an attachment linked as `file:///C:/Users/Administrator/Desktop/…`
      (an editor's local file: no reader can open it: broken);
    - fgw subpage: an image map whose `<area>` leads to a 404 (broken);
    - scj subpage: 政策文件 written `<span>政策</span><span>文件</span>` inside its link, the link
      going to a page that is not the configured column (present by its text).
    """
    before_footer(
        p,
        "/bm/tzj/index.html",
        f'<div style="text-indent:-9999px;overflow:hidden;height:18px">{spam_links()}</div>',
    )
    p.expect(
        "tzj",
        "content_injection",
        "/bm/tzj/index.html",
        "R3.injection: off-screen (text-indent:-9999px) links to gambling hosts",
    )
    hidden = (
        '<div style="display:none">' + spam_links(("澳门新葡京", "百家乐", "皇冠体育")) + "</div>"
    )
    code = "".join(f"%{b:02X}" if not chr(b).isalnum() else chr(b) for b in hidden.encode())
    before_footer(p, "/bm/jyj/index.html", f"<script>document.write(unescape('{code}'));</script>")
    p.expect(
        "jyj",
        "content_injection",
        "/bm/jyj/index.html",
        "R3.injection: hidden links written by document.write(unescape(…))",
    )
    words = ("澳门赌场", "网上真人娱乐", "百家乐开户")
    refs = "".join(
        f'<a href="http://{host}/">{"".join(f"&#{ord(c)};" for c in w)}</a>'
        for w, host in zip(words, GAMBLING_HOSTS, strict=True)
    )
    before_footer(p, "/bm/sjj/tzgg/index.html", f'<div style="display:none">{refs}</div>')
    p.expect(
        "sjj",
        "content_injection",
        "/bm/sjj/tzgg/index.html",
        "R3.injection: hidden gambling words written as numeric character references",
    )
    local = "file:///C:/Users/Administrator/Desktop/附件1：2026年政策文件清单.doc"
    before_footer(p, "/bm/zfb/zcwj/index.html", f'<p>附件：<a href="{local}">附件1</a></p>')
    p.expect(
        "zfb",
        "broken_link",
        "abs:" + local,
        "R3.broken: a link no reader can reach (a local file of the editor's PC)",
    )
    imap = (
        '<img src="/images/logo.png" usemap="#fgwmap" alt="重点项目" />'
        '<map name="fgwmap"><area shape="rect" coords="0,0,200,80" '
        'href="/bm/fgw/zdxm/2025/index.html" alt="2025年重点项目" /></map>'
    )
    before_footer(p, "/bm/fgw/index.html", imap)
    p.expect(
        "fgw",
        "broken_link",
        "/bm/fgw/zdxm/2025/index.html",
        "R3.broken: an image-map area leading to a 404",
    )
    u = next(u for u in p.units if u.id == "scj")
    menu = [(c.name, c.path) for c in u.columns if c.category != "policy"]
    menu.append(("<span>政策</span><span>文件</span>", "/bm/scj/zcwj/more.html"))
    p.add("/bm/scj/zcwj/more.html", p.column_page(u, "政策文件", "<p>请选择年份。</p>"))
    p.add(u.subpage, p.subpage_html(u, menu))


UNITS = (
    _u01_tzj,
    _u02_ybj,
    _u03_sjj,
    _u04_scj,
    _u05_xz_dz,
    _u06_xz_xj,
    _u07_zfb,
    _u08_fgw,
    _u09_jyj,
    _u10_mzj,
    _u11_wlj,
    _u12_xz_bq,
    _u13_yjj,
    _u14_xfj,
    _u15_sfj,
    _u16_tyj,
    _u17_rsj,
    _u18_gxj,
    _u19_zrj,
    _u20_hbj,
    _u21_swj,
    _u22_xz_gz,
    _u23_tjj,
    _u24_xz_hs,
    _later_traps,
)
