"""The thirteenth trap portal: columns whose list pages carry no dates, so that a monitor must
follow the newest-looking item links and date the detail pages (RULES.md §3: "When the list
shows no dates, read the publish date (发布时间, `<meta name="PubDate">` and kin) of the newest
few items' detail pages") — and article idioms of real government CMSs not met before: a
信息公开 head table whose 成文日期 is older than its 发布日期, a 来源 / 发布时间 / 浏览次数 line in
one span with a newspaper's issue date in the 来源, a 发布时间 printed by `document.write`, a
PubDate meta disagreeing with the visible date (both ways), a 相关文章 sidebar of newer
date-times before an article's unlabelled date, dates only in the URL (Hanweb `/art/…`, TRS
`t2027…_n`) beside a meeting notice's 「一、时间：」, 落款 dates and an old law's date in a body,
404, soft-404 and redirected detail pages, GBK articles without a charset header (one without
any charset at all), an undated list oldest first with a static pager, 置顶 lines over an
undated list, PDF/DOC/XLS lines before the HTML ones, 转载 lines linking to gov.cn, full-width
digits, 繁體 labels (發佈時間), a `<time datetime>` under a year-less 发布, a column moved to a
new CMS (new URLs undated, old ones dated) and `article:published_time` — plus honest controls
and failing units.

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md must
report (`p.expect`; `p.maybe` for a finding acceptable either way). Ages are literal. The
reference day is `AS_OF`, 2027-09-14, a Tuesday. The server is `tests.portal24k.server`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import Unit
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, config_yaml, stale, std
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS, a, before_footer
from tests.portal24k.site import Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 9, 14)

TITLES = (
    "召开2027年第三季度重点工作推进会",
    "开展秋季安全生产大检查",
    "深入推进优化营商环境攻坚行动",
    "举办政务公开业务培训班",
    "部署国庆中秋期间值班值守工作",
    "开展“我为群众办实事”实践活动",
    "召开党风廉政建设专题会议",
    "推进乡村振兴重点项目建设",
    "开展食品安全进社区宣传活动",
    "组织开展防汛应急演练",
    "召开巡察整改工作推进会",
    "开展“安全生产月”总结评估",
)
NOTICES = (
    "关于开展2027年度行政执法案卷评查工作的通知",
    "关于公布区级权责清单调整情况的公告",
    "关于做好2027年秋季学期开学准备工作的通知",
    "关于征求《区级专项资金管理办法（征求意见稿）》意见的公告",
    "关于开展政务服务满意度调查的通知",
    "关于调整部分行政审批事项办理流程的公告",
)
HOME_NEWS = (0, 1, 2, 3)
FW = str.maketrans("0123456789-:", "０１２３４５６７８９－：")
CN_DIGITS = "〇一二三四五六七八九"


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    _home_news(p)
    for path, kind in (("/images/top.gif", "image/gif"), ("/images/pdf.gif", "image/gif")):
        p.add(path, "GIF89a", ctype=kind)
    return p


def _home_news(p: Portal) -> None:
    """The home page's 要闻 box, newest today: a page a withdrawn article's redirect lands on."""
    rows = []
    for age in HOME_NEWS:
        path = f"/xwzx/yw/content_9{age:02d}.html"
        title = f"我区召开{TITLES[age]}"
        p.add(path, article(p, "要闻", "/xwzx/yw/index.html", title, info=std_info(p.d(age)),
                            pub_meta=ymdhm(p.d(age))))
        rows.append(f'<li><a href="{path}">{title}</a><span>{p.d(age):%Y-%m-%d}</span></li>')
    box = f'<div class="yw"><h3>要闻</h3><ul class="list">{"".join(rows)}</ul></div>'
    for path in ("/", "/index.html"):
        r = p.routes[path]
        body = r.body.decode("utf-8").replace('<div class="home">', box + '<div class="home">', 1)
        p.add(path, body)


# -- page pieces ---------------------------------------------------------------------------


def ymdhm(d: date, hm: str = "09:30") -> str:
    return f"{d:%Y-%m-%d} {hm}"


def cn_year_date(d: date) -> str:
    """二〇二七年九月六日, as a 落款 writes it."""

    def num(n: int) -> str:
        if n < 10:
            return "一二三四五六七八九"[n - 1]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else "一二三四五六七八九"[tens - 1]) + "十" + (
            "一二三四五六七八九"[ones - 1] if ones else ""
        )

    year = "".join(CN_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{num(d.month)}月{num(d.day)}日"


def std_info(d: date, source: str = "区政府办公室") -> str:
    return (
        f"<span>发布时间：{ymdhm(d)}</span><span>来源：{source}</span>"
        '<span>浏览次数：<em id="hits">126</em></span>'
    )


def paras(title: str, n: int = 3) -> str:
    return "".join(
        f'<p style="text-indent:2em">{escape(title)}。会议强调，要坚持问题导向，'
        f"压实工作责任，确保各项任务按期完成（{k + 1}）。</p>"
        for k in range(n)
    )


def article(
    p: Portal,
    column: str,
    column_url: str,
    title: str,
    *,
    info: str,
    body: str | None = None,
    side: str = "",
    pub_meta: str | None = None,
    meta: dict[str, str] | None = None,
    charset: str | None = "utf-8",
    extra_head: str = "",
    source: str = "区政府办公室",
) -> str:
    """A detail page in the portal chrome (TRS-like). `pub_meta`: the PubDate meta, or none."""
    tags = {"ArticleTitle": title, "ContentSource": source, **(meta or {})}
    if pub_meta:
        tags["PubDate"] = pub_meta
    main = (
        f'<div class="article"><h1 class="art-title">{escape(title)}</h1>'
        f'<div class="art-info">{info}</div>'
        f'<div class="art-con TRS_Editor">{body if body is not None else paras(title)}</div>'
        '<div class="art-tools">【<a href="javascript:window.print()">打印本页</a>】'
        '【<a href="javascript:window.close()">关闭窗口</a>】</div></div>'
    )
    return h.page(
        title=title,
        head=h.meta(column, column, **tags),
        today=p.today,
        crumbs=[("首页", "/"), (column, column_url), ("正文", "#")],
        main=main,
        side=side,
        charset=charset,
        extra_head=extra_head,
    )


def post(p: Portal, path: str, title: str, page: str, **add: object) -> Item:
    """Serve an article at `path`; the list line links it, undated."""
    p.add(path, page, **add)  # type: ignore[arg-type]
    return Item(title, path, None)


def next_path(p: Portal, base: str) -> str:
    p._n += 1
    return f"{base}content_{4000 + p._n}.html"


def title_of(p: Portal, notice: bool = False) -> str:
    pool = NOTICES if notice else TITLES
    return pool[p._n % len(pool)]


def articles(
    p: Portal,
    u: Unit,
    base: str,
    column: str,
    ages: Sequence[int],
    *,
    info: Callable[[date], str] | None = None,
    pub_meta: Callable[[date], str | None] | None = None,
    notice: bool = False,
    **kw: object,
) -> list[Item]:
    """Articles at undated URLs under `base`, each showing its date as `info` writes it."""
    out = []
    for age in ages:
        d = p.d(age)
        path = next_path(p, base)
        title = f"{u.name}{title_of(p, notice)}"
        meta_value = pub_meta(d) if pub_meta else ymdhm(d)
        page = article(
            p,
            column,
            base + "index.html",
            title,
            info=(info or std_info)(d),
            pub_meta=meta_value,
            **kw,  # type: ignore[arg-type]
        )
        out.append(post(p, path, title, page))
    return out


def undated_ul(items: Sequence[Item], cls: str = "list", pager: str = "") -> str:
    rows = "\n".join(f"<li>{a(i)}</li>" for i in items)
    return f'<div class="list-box"><ul class="{cls}">\n{rows}\n</ul>{pager}</div>'


def column(p: Portal, u: Unit, name: str, base: str, main: str, **kw: object) -> None:
    p.add(base + "index.html", p.column_page(u, name, main, **kw))  # type: ignore[arg-type]


def subpage(p: Portal, u: Unit) -> None:
    p.add(u.subpage, p.subpage_html(u, p.menu(u)))


# =========================================================================================
# The units. Rules: R3.newest (incl. "when the list shows no dates, read the publish date …
# of the newest few items' detail pages"), R3.age, R3.unreachable, R3.empty, R3.extraction,
# R3.category, R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2.
# =========================================================================================


def _xxgk_head(u: Unit, title: str, written: date, published: date, n: int) -> str:
    return (
        '<table class="xxgk-head" width="100%" border="1" cellspacing="0">'
        f"<tr><th>索 引 号</th><td>11610302MB1586023X/2027-{n:05d}</td>"
        "<th>信息分类</th><td>政策文件</td></tr>"
        f"<tr><th>发文机关</th><td>{u.name}</td><th>成文日期</th>"
        f"<td>{written:%Y年%m月%d日}</td></tr>"
        f'<tr><th>标　　题</th><td colspan="3">{escape(title)}</td></tr>'
        f"<tr><th>文　　号</th><td>渭财发〔2027〕{n}号</td><th>发布日期</th>"
        f"<td>{published:%Y年%m月%d日}</td></tr>"
        "<tr><th>有 效 性</th><td>有效</td><th>主题分类</th><td>财政、金融、审计</td></tr>"
        "</table>"
    )


def _xxgk_column(
    p: Portal, u: Unit, name: str, cat: str, slug: str, pairs: Sequence[tuple[int, int]]
) -> str:
    """An undated 信息公开 目录 table (索引号 | 名称 | 文号); each article a head table."""
    base = p.col(u, name, cat, slug)
    rows = []
    for k, (written_age, published_age) in enumerate(pairs):
        written, published = p.d(written_age), p.d(published_age)
        path = next_path(p, base)
        topic = ("预算绩效管理", "政府采购内控", "国库集中支付")[k % 3]
        title = f"区财政局关于印发《{topic}办法》的通知"
        head = _xxgk_head(u, title, written, published, 30 - k)
        body = paras(title, 2) + (
            f'<p style="text-align:right">{u.name}</p>'
            f'<p style="text-align:right">{written.year}年{written.month}月{written.day}日</p>'
        )
        page = article(
            p, name, base + "index.html", title, info="", body=head + body,
            pub_meta=ymdhm(published, "00:00"),
        )
        post(p, path, title, page)
        rows.append(
            f'<tr><td>11610302MB1586023X/2027-{30 - k:05d}</td><td class="bt">'
            f'<a href="{path}" target="_blank">{escape(title)}</a></td>'
            f"<td>渭财发〔2027〕{30 - k}号</td></tr>"
        )
    table = (
        '<table class="xxgk-list" width="100%"><tr class="th"><td>索引号</td><td>名称</td>'
        f'<td>文号</td></tr>{"".join(rows)}</table>'
    )
    column(p, u, name, base, table)
    return base


def _u01_xxgk(p: Portal) -> None:
    """信息公开 articles whose head table shows 成文日期 before (and older than) 发布日期; the
    目录 lists no dates. 政策文件: 成文 190 days, 发布 175 → fresh (183: the 发布日期 is the
    publication date, not the 成文日期). 通知公告: 成文 215, 发布 200 → stale at 200."""
    u = p.unit("czj", "区财政局", "department")
    p.fresh(u, "工作动态", "dynamic", "gzdt", age=2)
    _xxgk_column(p, u, "政策文件", "policy", "zcwj", [(190, 175), (260, 240), (320, 300)])
    base = _xxgk_column(p, u, "通知公告", "notice", "tzgg", [(215, 200), (300, 280)])
    stale(p, "czj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: the detail's 发布日期 (not its 成文日期); R3.age 200 > 183")
    p.overview(u)
    subpage(p, u)


def _u02_one_span(p: Portal) -> None:
    """工作动态 (undated) articles show
    `来源：《宝鸡日报》2027年8月20日第2版　发布时间：…　浏览次数：…` in one span: the
    newspaper's issue date (25+ days) is the source, 发布时间 the publication (4, 11, 18
    days). Fresh."""
    u = p.unit("zjj", "区住房和城乡建设局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")

    def info(d: date) -> str:
        issue = p.d((p.today - d).days + 21)
        return (
            f'<span class="info">来源：《宝鸡日报》{issue.year}年{issue.month}月{issue.day}日第2版'
            f"　　发布时间：{ymdhm(d, '10:30')}　　浏览次数："
            '<script type="text/javascript">document.write(356);</script></span>'
        )

    items = articles(p, u, base, "工作动态", [4, 11, 18], info=info)
    column(p, u, "工作动态", base, undated_ul(items))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u03_docwrite_date(p: Portal) -> None:
    """工作动态 (undated) articles print their 发布时间 with `document.write('2027-08-25 16:20')`
    (a browser shows it; no PubDate meta, undated URLs): 20, 27, 40 days → stale at 20."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")

    def info(d: date) -> str:
        return (
            '<span>发布时间：<script type="text/javascript">'
            f"document.write('{ymdhm(d, '16:20')}');</script></span>"
            "<span>来源：区人社局</span>"
            '<span>浏览次数：<script src="/module/hits.jsp?id=5"></script></span>'
        )

    items = articles(p, u, base, "工作动态", [20, 27, 40], info=info, pub_meta=lambda d: None)
    column(p, u, "工作动态", base, undated_ul(items))
    stale(p, "rsj", base + "index.html", "工作动态", "dynamic", 20,
          "R3.newest: the 发布时间 a browser shows (document.write); R3.age 20 > 14")
    p.maybe("rsj", "meta_missing", "*", "§2 指引: the articles read carry no PubDate")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u04_meta_disagrees(p: Portal) -> None:
    """PubDate disagrees with the visible 发布时间; the visible one wins (README, detail.py).
    工作动态: visible 20, 26, 33 days, PubDate the regeneration 1 day ago → stale at 20.
    通知公告: visible 30, 60, 90, PubDate a 2019 template migration → fresh."""
    u = p.unit("scj", "区市场监督管理局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    regen = ymdhm(p.d(1), "02:00")
    items = articles(p, u, base, "工作动态", [20, 26, 33], pub_meta=lambda d: regen)
    column(p, u, "工作动态", base, undated_ul(items))
    stale(p, "scj", base + "index.html", "工作动态", "dynamic", 20,
          "R3.newest: the visible 发布时间 over a PubDate of regeneration; R3.age 20 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = articles(p, u, base, "通知公告", [30, 60, 90], pub_meta=lambda d: "2019-05-20 00:00",
                     notice=True)
    column(p, u, "通知公告", base, undated_ul(items))
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u05_related_side(p: Portal) -> None:
    """工作动态 (undated): each article's left sidebar 相关文章 lists newer lines with
    date-times (1–5 days); the article's own date stands unlabelled under its title beside
    来源 (20, 27, 35 days), no PubDate → stale at 20."""
    u = p.unit("whj", "区文化和旅游局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    related = "".join(
        f'<li><a href="/xwzx/yw/content_9{age:02d}.html">我区召开{TITLES[age]}</a>'
        f"<span>{ymdhm(p.d(age + 1), '10:00')}</span></li>"
        for age in HOME_NEWS
    )
    side = f'<div class="side-box xgwz"><h3>相关文章</h3><ul>{related}</ul></div>'

    def info(d: date) -> str:
        return f'<span class="time">{ymdhm(d)}</span>　<span>来源：{u.name}</span>'

    items = articles(p, u, base, "工作动态", [20, 27, 35], info=info, pub_meta=lambda d: None,
                     side=side)
    column(p, u, "工作动态", base, undated_ul(items))
    stale(p, "whj", base + "index.html", "工作动态", "dynamic", 20,
          "R3.newest: the article's date, not a 相关文章 sidebar's; R3.age 20 > 14")
    p.maybe("whj", "meta_missing", "*", "§2 指引: the articles read carry no PubDate")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u06_url_only(p: Portal) -> None:
    """Articles whose only date is their URL. 工作动态: Hanweb `/art/2027/8/29/art_2101_n.html`,
    16, 23, 30 days → stale at 16. 通知公告: TRS `./202702/t20270226_n.html`, 200 and 230
    days → stale at 200; the newest is a spring notice about the autumn term whose body says
    「一、时间：2027年9月1日」 — an event, not its publication."""
    u = p.unit("sfj", "区司法局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = []
    for k, age in enumerate([16, 23, 30]):
        d = p.d(age)
        path = f"/art/{d.year}/{d.month}/{d.day}/art_2101_{5510 + k}.html"
        title = f"{u.name}{TITLES[k + 3]}"
        page = article(p, "工作动态", base + "index.html", title,
                       info=f"<span>来源：{u.name}</span>", pub_meta=None)
        items.append(post(p, path, title, page))
    column(p, u, "工作动态", base, undated_ul(items))
    stale(p, "sfj", base + "index.html", "工作动态", "dynamic", 16,
          "R3.newest: the date in the URL (/art/2027/8/29/); R3.age 16 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = []
    for k, age in enumerate([200, 230]):
        d = p.d(age)
        rel = f"./{d:%Y%m}/t{d:%Y%m%d}_{7120 + k}.html"
        title = (
            "关于做好2027年秋季学期校园法治宣传工作的通知",
            "关于开展法律援助专项检查的通知",
        )[k]
        body = paras(title, 1) + (
            "<p>一、时间：2027年9月1日（星期三）上午9:00</p><p>二、地点：区司法局三楼会议室</p>"
            if k == 0 else ""
        )
        page = article(p, "通知公告", base + "index.html", title,
                       info=f"<span>来源：{u.name}</span>", body=body, pub_meta=None)
        p.add(base + rel[2:], page)
        items.append(Item(title, rel, None))
    column(p, u, "通知公告", base, undated_ul(items))
    stale(p, "sfj", base + "index.html", "通知公告", "notice", 200,
          "R3.newest: the URL's date (t20270226_), not an event 时间 in the body; R3.age 200")
    p.maybe("sfj", "meta_missing", "*", "§2 指引: the articles read carry no PubDate")
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u07_signature(p: Portal) -> None:
    """通知公告 (undated): articles with no 发布时间, no PubDate, undated URLs; each body cites
    a law in force since 2021年1月1日 and ends with its 落款 (8, 30, 75 days; one in Chinese
    numerals). The publication is on or after the 落款 date, so the column is fresh (183);
    no date may be taken from the law. No fail; extraction_failed (the page shows no
    publication date) is acceptable."""
    u = p.unit("tyjrj", "区退役军人事务局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = []
    for k, age in enumerate([8, 30, 75]):
        d = p.d(age)
        title = f"{u.name}{NOTICES[k]}"
        signed = cn_year_date(d) if k == 1 else f"{d.year}年{d.month}月{d.day}日"
        body = (
            '<p style="text-indent:2em">根据《中华人民共和国退役军人保障法》（2021年1月1日起施行）'
            "和上级有关要求，现将有关事项通知如下。</p>" + paras(title, 2)
            + f'<p style="text-align:right">{u.name}</p>'
            f'<p style="text-align:right">{signed}</p>'
        )
        page = article(p, "通知公告", base + "index.html", title,
                       info=f"<span>来源：{u.name}</span>　<span>浏览次数：88</span>",
                       body=body, pub_meta=None)
        items.append(post(p, next_path(p, base), title, page))
    column(p, u, "通知公告", base, undated_ul(items))
    p.maybe("tyjrj", "extraction_failed", base + "index.html",
            "R3.extraction: no publication date shown (only 落款 dates)",
            column="通知公告", category="notice")
    p.maybe("tyjrj", "meta_missing", "*", "§2 指引: the articles read carry no PubDate")
    std(p, u, skip=("notice",))
    subpage(p, u)


def _u08_gone_details(p: Portal) -> None:
    """Detail pages that are gone. 工作动态 (undated): the newest line's article answers 404,
    the next is a soft 404 (200, 「您访问的信息不存在或已被删除」), then 5, 12, 19 days → fresh
    from the live ones, and the 404 line is a broken link (the soft 404 may be called one).
    通知公告: both lines' articles answer 404 → reachable, items listed, no date readable
    anywhere: extraction_failed (warn), never stale, empty or unreachable; two broken links."""
    u = p.unit("ybj", "区医疗保障局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    dead = Item(f"{u.name}召开医保基金监管专项整治推进会", base + "content_3901.html", None)
    soft_path = base + "content_3902.html"
    soft_page = h.page(
        title="提示信息", head=h.meta("工作动态", "工作动态"), today=p.today,
        crumbs=[("首页", "/"), ("工作动态", base + "index.html")],
        main='<div class="err"><h3>提示信息</h3><p>对不起，您访问的信息不存在或已被删除！</p>'
             '<p><a href="/">返回首页</a></p></div>',
    )
    soft = post(p, soft_path, f"{u.name}开展打击欺诈骗保宣传月活动", soft_page)
    live = articles(p, u, base, "工作动态", [5, 12, 19])
    column(p, u, "工作动态", base, undated_ul([dead, soft, *live]))
    p.expect("ybj", "broken_link", dead.href, "R3.broken: a list line's article answers 404")
    p.maybe("ybj", "broken_link", soft_path, "R3.broken: a soft 404 answers 200")
    p.maybe("ybj", "meta_missing", soft_path, "§2 指引: the soft 404 page has no PubDate")
    base = p.col(u, "通知公告", "notice", "tzgg")
    gone = [Item(f"{u.name}{NOTICES[k]}", f"{base}content_39{k + 10}.html", None) for k in (0, 1)]
    column(p, u, "通知公告", base, undated_ul(gone))
    p.expect("ybj", "extraction_failed", base + "index.html",
             "R3.extraction: items listed, no date readable even from detail pages (404)",
             column="通知公告", category="notice")
    for i in gone:
        p.expect("ybj", "broken_link", i.href, "R3.broken: a list line's article answers 404")
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u09_redirects(p: Portal) -> None:
    """工作动态 (undated): the lines link old addresses that redirect — a 301 to the article's
    new TRS address (20 days), a 302 to the portal's home page (a withdrawn article; it sits
    between the others in a newest-first list), a 301 → 301 chain (33 days). Redirects are
    followed; the home page's 要闻 (0–3 days) is not this column's article → stale at 20."""
    u = p.unit("jtj", "区交通运输局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    lines = []
    for k, age in enumerate([20, None, 33]):
        old = f"{base}show.jsp?id={8800 + k}"
        title = f"{u.name}{TITLES[k + 6]}"
        if age is None:
            p.answer(old, status=302, location="/index.html", ctype="")
            p.maybe("jtj", "broken_link", old, "R3.broken: a redirect to the home page")
        else:
            d = p.d(age)
            new = f"/xxgk/jtj/gzdt/{d:%Y%m}/t{d:%Y%m%d}_{8800 + k}.html"
            p.add(new, article(p, "工作动态", base + "index.html", title, info=std_info(d),
                               pub_meta=ymdhm(d)))
            hop = new if k == 0 else f"/bm/jtj/old/{8800 + k}.html"
            p.answer(old, status=301, location=hop, ctype="")
            if hop != new:
                p.answer(hop, status=301, location=new, ctype="")
        lines.append(Item(title, old, None))
    column(p, u, "工作动态", base, undated_ul(lines))
    stale(p, "jtj", base + "index.html", "工作动态", "dynamic", 20,
          "R3.newest: redirects followed; not the home page's dates; R3.age 20 > 14")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u10_gbk(p: Portal) -> None:
    """Articles in GBK served as `text/html` without a charset, no PubDate. 工作动态: a
    `<meta … charset=gb2312>`, 发布时间 11, 18, 25 days → fresh. 通知公告: no charset anywhere
    (a browser in China reads GBK), 发布日期 200 and 230 days → stale at 200."""
    u = p.unit("tjj", "区统计局", "department")
    for name, cat, slug, ages, charset, label in (
        ("工作动态", "dynamic", "gzdt", [11, 18, 25], "gb2312", "发布时间"),
        ("通知公告", "notice", "tzgg", [200, 230], None, "发布日期"),
    ):
        base = p.col(u, name, cat, slug)
        items = []
        for k, age in enumerate(ages):
            d = p.d(age)
            title = f"{u.name}{(NOTICES if cat == 'notice' else TITLES)[k]}"
            info = f"<span>{label}：{d:%Y-%m-%d}</span>　<span>来源：{u.name}</span>"
            page = article(p, name, base + "index.html", title, info=info, pub_meta=None,
                           charset=charset)
            items.append(post(p, next_path(p, base), title, page, encoding="gbk",
                              ctype="text/html"))
        column(p, u, name, base, undated_ul(items))
    stale(p, "tjj", "/bm/tjj/tzgg/index.html", "通知公告", "notice", 200,
          "R3.newest: the GBK article's 发布日期 (sniffed, no charset); R3.age 200 > 183")
    p.maybe("tjj", "meta_missing", "*", "§2 指引: the articles read carry no PubDate")
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u11_oldest_first(p: Portal) -> None:
    """工作动态 (undated) lists oldest first (60 … 9 days), then a static Hanweb pager on its
    single page (共1页, 首页/上一页/下一页/尾页 linking index.html): the pager is no item; the
    newest-looking line is the last → fresh (9). 通知公告 (undated, newest first, 30 days) with
    a pager 共5页 whose 下一页/尾页 link older list pages → fresh."""
    u = p.unit("kjj", "区科学技术局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = articles(p, u, base, "工作动态", [60, 45, 33, 26, 20, 15, 9])
    one = (
        '<div class="pages">共1页　共7条　<a href="index.html">首页</a> '
        '<a href="index.html">上一页</a> <a href="index.html">下一页</a> '
        '<a href="index.html">尾页</a></div>'
    )
    column(p, u, "工作动态", base, undated_ul(items, pager=one))
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = articles(p, u, base, "通知公告", [30, 50, 80, 120], notice=True)
    older = articles(p, u, base, "通知公告", [300, 330], notice=True)
    for n in range(1, 5):
        p.add(f"{base}index_{n}.html", p.column_page(u, "通知公告", undated_ul(older)))
    five = (
        '<div class="pages">共5页　当前第1页　<a href="index.html">首页</a> '
        '<span>上一页</span> <a href="index_1.html">下一页</a> '
        '<a href="index_4.html">尾页</a> 转到第<input size="2" />页</div>'
    )
    column(p, u, "通知公告", base, undated_ul(items, pager=five))
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u12_pinned(p: Portal) -> None:
    """工作动态 (undated): two 置顶 lines (400 and 380 days) over a newest-first list (3, 9,
    15, 22, 30, 41 days): the newest is the first line after the pinned ones → fresh (3)."""
    u = p.unit("jyj", "区教育局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    pinned = articles(p, u, base, "工作动态", [400, 380])
    items = articles(p, u, base, "工作动态", [3, 9, 15, 22, 30, 41])
    top = "".join(
        f'<li class="top"><img src="/images/top.gif" alt="置顶" /><font color="red">[置顶]</font>'
        f"{a(i)}</li>"
        for i in pinned
    )
    rows = "".join(f"<li>{a(i)}</li>" for i in items)
    column(p, u, "工作动态", base, f'<div class="list-box"><ul class="list">{top}{rows}</ul></div>')
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u13_documents(p: Portal) -> None:
    """政策文件 (undated): the three newest lines link a PDF, a DOC and an XLS (no date
    readable, live), then HTML articles of 170, 175 and 220 days → fresh (183): the
    newest few *articles* are read; documents are never pages. Nothing broken."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    docs = [
        ("区发改委关于2027年第三季度重点项目建设计划的通知（PDF）", "fj/2027xmjh.pdf",
         "application/pdf", "%PDF-1.4\n"),
        ("区发改委关于印发价格监测工作方案的通知（DOC）", "fj/jgjc_fa.doc",
         "application/msword", "DOC"),
        ("2027年区级政府投资项目计划表（XLS）", "fj/tzxm.xls", "application/vnd.ms-excel",
         "XLS"),
    ]
    lines = []
    for title, rel, kind, body in docs:
        p.add(base + rel, body, ctype=kind)
        lines.append(Item(title, base + rel, None))
    items = articles(p, u, base, "政策文件", [170, 175, 220], notice=True)
    rows = "".join(
        f'<li><img src="/images/pdf.gif" alt="" />{a(i)}</li>' for i in lines
    ) + "".join(f"<li>{a(i)}</li>" for i in items)
    column(p, u, "政策文件", base, f'<ul class="list">{rows}</ul>')
    std(p, u, skip=("policy",))
    subpage(p, u)


def _u14_reposts(p: Portal) -> None:
    """政策文件 (undated) leads with 转载 lines linking the State Council's and the province's
    articles on their own sites (gov.cn, URLs dated 6 and 20 days), then the unit's own
    articles (200, 260 days). The reposts are the column's items: fresh (the date in their
    URLs; their sites cannot be fetched here, and a gov.cn link is never broken for want of
    DNS)."""
    u = p.unit("ajj", "区应急管理局", "department")
    base = p.col(u, "政策文件", "policy", "zcwj")
    d1, d2 = p.d(6), p.d(20)
    reposts = [
        Item("国务院办公厅关于进一步加强安全生产应急管理工作的意见（转载）",
             f"http://www.gov.cn/zhengce/content/{d1:%Y-%m}/{d1:%d}/content_6945123.htm", None),
        Item("陕西省人民政府关于印发安全生产专项整治方案的通知（转载）",
             f"http://www.shaanxi.gov.cn/zfxxgk/zcwj/szfwj/{d2:%Y%m}/t{d2:%Y%m%d}_2345678.html",
             None),
    ]
    own = articles(p, u, base, "政策文件", [200, 260], notice=True)
    column(p, u, "政策文件", base, undated_ul([*reposts, *own]))
    std(p, u, skip=("policy",))
    subpage(p, u)


def _u15_fullwidth(p: Portal) -> None:
    """Articles dated in full-width digits, no PubDate. 工作动态:
    `发布时间：２０２７年９月１０日　１０：３０` (4, 11, 20 days) → fresh. 通知公告:
    `发布日期：２０２７－０３－０８` (190, 220) → stale at 190."""
    u = p.unit("slj", "区水利局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")

    def cn(d: date) -> str:
        text = f"{d.year}年{d.month}月{d.day}日　10:30".translate(FW)
        return f"<span>发布时间：{text}</span>　<span>来源：{u.name}</span>"

    items = articles(p, u, base, "工作动态", [4, 11, 20], info=cn, pub_meta=lambda d: None)
    column(p, u, "工作动态", base, undated_ul(items))
    base = p.col(u, "通知公告", "notice", "tzgg")

    def iso(d: date) -> str:
        return f"<span>发布日期：{d:%Y-%m-%d}</span>".translate(FW) + f"<span>来源：{u.name}</span>"

    items = articles(p, u, base, "通知公告", [190, 220], info=iso, pub_meta=lambda d: None,
                     notice=True)
    column(p, u, "通知公告", base, undated_ul(items))
    stale(p, "slj", base + "index.html", "通知公告", "notice", 190,
          "R3.newest: a full-width 发布日期; R3.age 190 > 183")
    p.maybe("slj", "meta_missing", "*", "§2 指引: the articles read carry no PubDate")
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u16_traditional(p: Portal) -> None:
    """Articles of the 繁體 template (labels 發佈時間 / 發布日期 / 來源 / 瀏覽次數), no PubDate.
    工作动态: 3, 10, 17 days → fresh. 通知公告: 206 and 240 days → stale at 206."""
    u = p.unit("mzj", "区民政局", "department")
    for name, cat, slug, ages, label in (
        ("工作动态", "dynamic", "gzdt", [3, 10, 17], "發佈時間"),
        ("通知公告", "notice", "tzgg", [206, 240], "發布日期"),
    ):
        base = p.col(u, name, cat, slug)

        def info(d: date, label: str = label) -> str:
            return (
                f"<span>{label}：{ymdhm(d, '15:00')}</span>　<span>來源：區民政局</span>　"
                '<span>瀏覽次數：<em>57</em></span>'
            )

        items = articles(p, u, base, name, ages, info=info, pub_meta=lambda d: None,
                         notice=cat == "notice")
        column(p, u, name, base, undated_ul(items))
    stale(p, "mzj", "/bm/mzj/tzgg/index.html", "通知公告", "notice", 206,
          "R3.newest: 發布日期 is 发布日期 (繁→简); R3.age 206 > 183")
    p.maybe("mzj", "meta_missing", "*", "§2 指引: the articles read carry no PubDate")
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u17_time_element(p: Portal) -> None:
    """工作动态 (undated): each article shows `发布：<time datetime="2027-08-28T08:00">8月28日
    08:00</time>` (a year-less visible date, the full one machine-readable), no PubDate:
    17, 24, 31 days → stale at 17."""
    u = p.unit("wjw", "区卫生健康局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")

    def info(d: date) -> str:
        return (
            f'<span class="pub">发布：<time datetime="{d:%Y-%m-%d}T08:00">'
            f"{d.month}月{d.day}日 08:00</time></span>　<span>来源：{u.name}</span>"
        )

    items = articles(p, u, base, "工作动态", [17, 24, 31], info=info, pub_meta=lambda d: None)
    column(p, u, "工作动态", base, undated_ul(items))
    stale(p, "wjw", base + "index.html", "工作动态", "dynamic", 17,
          "R3.newest: the article's <time datetime> (8月28日 this year); R3.age 17 > 14")
    p.maybe("wjw", "meta_missing", "*", "§2 指引: the articles read carry no PubDate")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u18_migrated(p: Portal) -> None:
    """工作动态 (undated, newest first) after a move to a new CMS: the two newest articles have
    undated URLs (content_n.html; 3 and 9 days), the older ones keep their TRS addresses
    (`./202708/t20270818_n.html`; 27, 35, 50 days). The newest-looking items are the first
    lines, not the dated URLs → fresh (3)."""
    u = p.unit("zrj", "区自然资源局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    new = articles(p, u, base, "工作动态", [3, 9])
    old = []
    for k, age in enumerate([27, 35, 50]):
        d = p.d(age)
        rel = f"./{d:%Y%m}/t{d:%Y%m%d}_{6200 + k}.html"
        title = f"{u.name}{TITLES[k + 8]}"
        p.add(base + rel[2:], article(p, "工作动态", base + "index.html", title, info=std_info(d),
                                      pub_meta=ymdhm(d)))
        old.append(Item(title, rel, None))
    column(p, u, "工作动态", base, undated_ul([*new, *old]))
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u19_meta_kin(p: Portal) -> None:
    """工作动态 (undated): the newest article shows no visible date and dates itself only by
    `<meta property="article:published_time" content="2027-09-08T10:00:00+08:00">` (6 days,
    a kin of PubDate); the next two carry PubDate 20 and 26 → fresh (6)."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    d = p.d(6)
    title = f"{u.name}召开工业经济运行调度会"
    kin = f'<meta property="article:published_time" content="{d:%Y-%m-%d}T10:00:00+08:00" />\n'
    first = post(p, next_path(p, base), title, article(
        p, "工作动态", base + "index.html", title, info=f"<span>来源：{u.name}</span>",
        pub_meta=None, extra_head=kin))
    rest = articles(p, u, base, "工作动态", [20, 26], info=lambda d: f"<span>来源：{u.name}</span>")
    column(p, u, "工作动态", base, undated_ul([first, *rest]))
    p.maybe("gxj", "meta_missing", first.href, "§2 指引: no PubDate (a kin instead)")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


def _u20_control_dept(p: Portal) -> None:
    """Honest control: a department whose 工作动态 and 通知公告 lists carry no dates; ordinary
    articles (发布时间 and PubDate) 2 and 40 days old. Nothing."""
    u = p.unit("hbj", "区生态环境局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    column(p, u, "工作动态", base, undated_ul(articles(p, u, base, "工作动态", [2, 8, 13])))
    base = p.col(u, "通知公告", "notice", "tzgg")
    column(p, u, "通知公告", base,
           undated_ul(articles(p, u, base, "通知公告", [40, 90], notice=True)))
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u21_control_town(p: Portal) -> None:
    """Honest control: a town, 乡镇动态 undated with articles 1, 6 days old. Nothing."""
    u = p.unit("xz_mp", "马营镇人民政府", "town")
    base = p.col(u, "乡镇动态", "dynamic", "zdt")
    column(p, u, "乡镇动态", base, undated_ul(articles(p, u, base, "乡镇动态", [1, 6])))
    std(p, u, policy=False, skip=("dynamic",))
    subpage(p, u)


def _u22_stale_empty(p: Portal) -> None:
    """Control: 工作动态 undated, its articles 25, 31 days old (stale at 25); 通知公告 says
    暂无信息 (empty)."""
    u = p.unit("nyj", "区农业农村局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    column(p, u, "工作动态", base, undated_ul(articles(p, u, base, "工作动态", [25, 31])))
    stale(p, "nyj", base + "index.html", "工作动态", "dynamic", 25,
          "R3.newest from detail pages; R3.age 25 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    column(p, u, "通知公告", base, '<ul class="list"><li class="nodata">暂无信息</li></ul>')
    p.expect("nyj", "column_empty", base + "index.html", "R3.empty: 暂无信息",
             column="通知公告", category="notice")
    std(p, u, skip=("dynamic", "notice"))
    subpage(p, u)


def _u23_down(p: Portal) -> None:
    """Control: the subpage answers 404 (subpage_unreachable only); 政策文件 answers 404
    (column_unreachable); the columns' breadcrumbs link the dead subpage, and 通知公告 a 404
    search URL with a hostile query (both broken)."""
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


def _u24_missing_injected(p: Portal) -> None:
    """Control: a town whose subpage does not show 通知公告 (category_missing) and carries
    gambling links in a `display:none` div (injection)."""
    u = p.unit("xz_gp", "高家镇人民政府", "town")
    std(p, u, policy=False)
    hidden = "".join(
        f'<a href="http://{host}/">{w}</a>' for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    )
    p.add(u.subpage, p.subpage_html(
        u, [(c.name, c.path) for c in u.columns if c.category != "notice"],
        extra=f'<div style="display:none">{hidden}</div>'))
    p.expect("xz_gp", "category_missing", u.subpage, "R3.category: not shown", category="notice")
    p.expect("xz_gp", "content_injection", u.subpage, "R3.injection: display:none links")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_xxgk,
    _u02_one_span,
    _u03_docwrite_date,
    _u04_meta_disagrees,
    _u05_related_side,
    _u06_url_only,
    _u07_signature,
    _u08_gone_details,
    _u09_redirects,
    _u10_gbk,
    _u11_oldest_first,
    _u12_pinned,
    _u13_documents,
    _u14_reposts,
    _u15_fullwidth,
    _u16_traditional,
    _u17_time_element,
    _u18_migrated,
    _u19_meta_kin,
    _u20_control_dept,
    _u21_control_town,
    _u22_stale_empty,
    _u23_down,
    _u24_missing_injected,
)
