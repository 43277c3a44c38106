"""The portal24w trap portal: a realistic 渭滨区人民政府 (宝鸡市) district portal built the way a
TRS WCM 集约化 site is — a common header (网站标识码, 无障碍, 长者模式, 繁體), a mega menu of
政务公开 sub-columns, a breadcrumb 当前位置：首页 > 政务公开 > 部门信息公开 > 区教育局 > 通知公告,
a left 栏目导航 tree of the unit's columns, lists as `ul.list_con li > a + span` with the TRS
pager `createPageHTML(5, 0, "index", "html")`, a 最新信息 box dated today, a footer with
主办单位/网站标识码/ICP/公网安备/政府网站找错/党政机关 badges (a hidden mobile menu, an off-screen
skip link, tracking scripts, a share widget), detail pages with the full TRS meta set and a
信息公开 head table (索引号, 生成日期 beside 发布日期), and 部门/镇街 subpages linking their
columns.

Most units are honest and up to date (the measures' monthly bulletin must pass them: 第九条
「任何一项达不到公开标准要求的，该单位该月政务公开工作评定为不合格」 cuts both ways); a few
carry the failures real weekly checks find: a stale 工作动态 (20 days), an empty 通知公告
(暂无信息), a 404 column, a department without 政策文件, a broken attachment link.

Each `_uNN` function builds one unit and states in its docstring what a monitor following
RULES.md must report. Ages are literal. The reference day is `AS_OF`, 2027-12-07, a Tuesday.
The server is `tests.portal24k.server`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from tests.portal24.site import Column, Expect, Unit
from tests.portal24g.site import HOSTILE
from tests.portal24k.site import Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2027, 12, 7)
SITE = "渭滨区人民政府"
SITE_ID = "6103020001"
MAX_AGE = {"dynamic": 14, "notice": 183, "policy": 183, "personnel": 365, "plan": 365}

# The district's categories. Header/mega-menu names (渭滨要闻, 政府文件, 规范性文件, 公示公告…)
# are deliberately none of them: only a unit's own links can show a category.
CATEGORIES = """\
categories:
  - id: dynamic
    names: [工作动态, 镇街动态]
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
    names: [机构职能]
    max_age_days: null
    required_for: [department, town]
"""

TOPICS = (
    "召开2027年冬季安全生产工作部署会",
    "开展“双十二”消费领域专项检查",
    "深入学习贯彻党的二十届四中全会精神",
    "举办政务公开业务培训会",
    "推进秦岭生态环境保护专项整治",
    "开展冬季供暖保障入户走访",
    "召开年终目标责任考核推进会",
    "组织开展“12·4”国家宪法日宣传活动",
    "推进宝鸡高新区与渭滨区协同发展重点项目",
    "关于做好2028年元旦春节期间有关工作的通知",
    "关于公布2027年度权责清单调整情况的公告",
    "开展冬春季森林防火宣传",
)

WEEKDAYS = "一二三四五六日"

ZWGK_MENU = (
    ("政府信息公开指南", "/zwgk/zfxxgkzn/index.html"),
    ("政府信息公开制度", "/zwgk/zfxxgkzd/index.html"),
    ("法定主动公开内容", "/zwgk/fdzdgknr/index.html"),
    ("政府文件", "/zwgk/zfwj/index.html"),
    ("规范性文件", "/zwgk/gfxwj/index.html"),
    ("政策解读", "/zwgk/zcjd/index.html"),
    ("部门信息公开", "/zwgk/bmxxgk/index.html"),
    ("镇街信息公开", "/zwgk/zjxxgk/index.html"),
    ("重点领域信息公开", "/zwgk/zdlyxxgk/index.html"),
    ("政府信息公开年报", "/zwgk/zfxxgknb/index.html"),
)
XWZX_MENU = (
    ("渭滨要闻", "/xwzx/wbyw/index.html"),
    ("公示公告", "/xwzx/gsgg/index.html"),
    ("媒体聚焦", "/xwzx/mtjj/index.html"),
)
TOP_NAV = (
    ("首页", "/index.html"),
    ("走进渭滨", "/zjwb/index.html"),
    ("新闻中心", "/xwzx/index.html"),
    ("政务公开", "/zwgk/index.html"),
    ("政务服务", "/zwfw/index.html"),
    ("互动交流", "/hdjl/index.html"),
)
PORTAL_PAGES = (*TOP_NAV[1:], *ZWGK_MENU, *XWZX_MENU, ("网站地图", "/wzdt/index.html"),
                ("联系我们", "/lxwm/index.html"), ("网站声明", "/wzsm/index.html"),
                ("长者模式", "/zzms/index.html"))


@dataclass(frozen=True, slots=True)
class Line:
    """One list line: title, href as written (relative to the column directory), date."""

    title: str
    href: str
    when: date


# ----------------------------------------------------------------------------- chrome


def metas(column: str, ctype: str, **extra: str) -> str:
    tags = {"SiteName": SITE, "SiteDomain": "www.weibin.gov.cn", "SiteIDCode": SITE_ID,
            "ColumnName": column, "ColumnType": ctype, **extra}
    return "\n".join(f'<meta name="{k}" content="{escape(v)}">' for k, v in tags.items())


def header(today: date) -> str:
    mega = "".join(f'<li><a href="{h}" target="_blank">{t}</a></li>' for t, h in ZWGK_MENU)
    news = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in XWZX_MENU)
    nav = "".join(
        f'<li class="nav-li"><a href="{h}">{t}</a>'
        + (f'<div class="mega"><ul>{mega}</ul></div>' if t == "政务公开" else "")
        + (f'<div class="mega"><ul>{news}</ul></div>' if t == "新闻中心" else "")
        + "</li>"
        for t, h in TOP_NAV
    )
    mobile = "".join(f'<a href="{h}">{t}</a>' for t, h in TOP_NAV)
    return (
        '<a class="skip" href="#content" style="position:absolute;left:-9999px;top:0">'
        "跳过导航，直达主要内容</a>\n"
        '<div class="topbar"><div class="w1200">'
        f'<span class="fl">网站标识码：{SITE_ID}　今天是{today.year}年{today.month}月'
        f"{today.day}日 星期{WEEKDAYS[today.weekday()]}</span>"
        '<span class="fr"><a href="javascript:void(0);" id="StranLink">繁體</a> | '
        '<a href="javascript:void(0);" onclick="aria.start()" id="wza">无障碍</a> | '
        '<a href="/zzms/index.html" id="zzms">长者模式</a> | '
        '<a href="javascript:void(0);" onclick="AddFavorite(window.location,document.title)">'
        "加入收藏</a></span></div></div>\n"
        '<div class="header"><div class="w1200"><a href="/index.html" class="logo">'
        f'<img src="/images/logo.png" alt="{SITE}"></a>'
        '<div class="search"><form action="/search/index.html" method="get" target="_blank">'
        '<input name="searchword" placeholder="请输入关键字"><button>搜索</button></form></div>'
        "</div></div>\n"
        f'<div class="nav"><ul class="w1200">{nav}</ul></div>\n'
        f'<div class="m-nav" style="display:none">{mobile}</div>\n'
    )


def footer(today: date) -> str:
    return (
        '<div class="footer"><div class="w1200">'
        '<div class="f-badges">'
        '<a href="http://bszs.conac.cn/sitename?method=show&amp;id=0D3C1A5B4F2E6A7BE053012819AC1234"'
        ' target="_blank"><img src="/images/red.png" alt="党政机关"></a>'
        f'<script id="_jiucuo_" sitecode="{SITE_ID}" '
        'src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>'
        f'<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={SITE_ID}" '
        'target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a></div>'
        '<div class="f-links"><a href="/wzdt/index.html">网站地图</a> | '
        '<a href="/lxwm/index.html">联系我们</a> | <a href="/wzsm/index.html">网站声明</a></div>'
        f"<p>主办单位：宝鸡市渭滨区人民政府办公室　承办：渭滨区信息中心　网站标识码：{SITE_ID}</p>"
        '<p><a href="https://beian.miit.gov.cn/" target="_blank">陕ICP备05003268号-1</a>　'
        '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=61030202000123"'
        ' target="_blank"><img src="/images/ga.png" alt="">陕公网安备 61030202000123号</a></p>'
        f"<p>版权所有 © 2017-{today.year} 宝鸡市渭滨区人民政府　地址：宝鸡市渭滨区新建路1号"
        "　电话：0917-3212345</p></div></div>\n"
        '<script src="/images/jquery.min.js"></script>\n'
        '<script src="/images/common.js"></script>\n'
        '<script src="https://www.weibin.gov.cn/wza/aria.js?appid=6103020001" '
        'charset="utf-8"></script>\n'
        '<script type="text/javascript">var _trsstat = {siteid: 1, chnlid: 0};'
        "document.write(unescape(\"%3Cscript src='/images/trs_ta.js' "
        "type='text/javascript'%3E%3C/script%3E\"));</script>\n"
        '<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");'
        'hm.src = "https://hm.baidu.com/hm.js?3f5a1e9c0b7d4e2a";'
        'var s = document.getElementsByTagName("script")[0];'
        "s.parentNode.insertBefore(hm, s);})();</script>\n"
    )


def share() -> str:
    return (
        '<div class="share bdsharebuttonbox"><span>分享到：</span>'
        '<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a>'
        '<a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a>'
        '<a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>'
        "<script>window._bd_share_config={common:{bdSnsKey:{},bdText:'',bdMini:'2',"
        "bdStyle:'0',bdSize:'16'},share:{}};with(document)0[(getElementsByTagName('head')[0]"
        "||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/"
        "static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>"
    )


def crumbs(parts: Sequence[tuple[str, str]]) -> str:
    links = " &gt; ".join(f'<a href="{h}">{t}</a>' for t, h in parts)
    return f'<div class="position w1200">当前位置：{links}</div>'


def page(title: str, head: str, today: date, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        f"<title>{escape(title)}</title>\n{head}\n"
        '<link rel="stylesheet" href="/images/style.css">\n</head>\n<body>\n'
        f"{header(today)}{body}\n{footer(today)}</body></html>\n"
    )


# ----------------------------------------------------------------------------- the portal


class Weibin:
    """Builds the TRS pages of each unit on top of the trap `Portal` (routes, expectations)."""

    def __init__(self, p: Portal) -> None:
        self.p = p
        self.n = 0
        self.latest: list[tuple[str, str, date]] = []  # (title, href, date) for 最新信息

    # units and their pages ------------------------------------------------------------

    def unit(self, uid: str, name: str, kind: str) -> Unit:
        section = "zjxxgk" if kind == "town" else "bmxxgk"
        u = Unit(uid, name, kind, f"/zwgk/{section}/{uid}/index.html")
        self.p.units.append(u)
        return u

    def trail(self, u: Unit) -> list[tuple[str, str]]:
        if u.kind == "town":
            return [("首页", "/index.html"), ("政务公开", "/zwgk/index.html"),
                    ("镇街信息公开", "/zwgk/zjxxgk/index.html"), (u.name, u.subpage)]
        return [("首页", "/index.html"), ("政务公开", "/zwgk/index.html"),
                ("部门信息公开", "/zwgk/bmxxgk/index.html"), (u.name, u.subpage)]

    def tree(self, u: Unit, links: Sequence[tuple[str, str]], here: str = "") -> str:
        on = ' class="on"'
        li = "".join(
            f'<li{on if t == here else ""}><a href="{h}">{t}</a></li>' for t, h in links
        )
        return (f'<div class="left"><div class="l-tit"><h3>{u.name}</h3><span>栏目导航</span>'
                f'</div><ul class="l-tree">{li}</ul></div>')

    def newest_box(self) -> str:
        """最新信息 of the whole portal, today's first: not any column's own list."""
        li = "".join(
            f'<li><a href="{h}" target="_blank">{escape(t)}</a><span>{d:%m-%d}</span></li>'
            for t, h, d in self.latest[:6]
        )
        return (f'<div class="right"><div class="r-box"><h3>最新信息</h3>'
                f'<ul class="r-list">{li}</ul></div></div>')

    def lines(self, u: Unit, base: str, column: str, ages: Sequence[int]) -> list[Line]:
        """Lines `./YYYYMM/tYYYYMMDD_N.html` and their TRS detail pages."""
        out = []
        for age in ages:
            self.n += 1
            when = self.p.d(age)
            rel = f"./{when:%Y%m}/t{when:%Y%m%d}_{100230 + self.n}.html"
            title = f"{u.name}{TOPICS[self.n % len(TOPICS)]}"
            self.p.add(base + rel[2:], self.detail(u, base, column, title, when, rel))
            out.append(Line(title, rel, when))
        return out

    def detail(self, u: Unit, base: str, column: str, title: str, when: date, rel: str,
               made: date | None = None) -> str:
        """A TRS article: the full meta set, a 信息公开 head table (索引号, 生成日期 — the day
        the document was written — and 发布日期), 打印/关闭, a share widget."""
        made = made or when
        url = f"http://www.weibin.gov.cn{base}{rel[2:]}"
        head = metas(column, "文章页" if column != "政策文件" else "信息公开", ArticleTitle=title,
                     PubDate=f"{when:%Y-%m-%d} 09:30", ContentSource=u.name,
                     Keywords=column, Author=u.name, Description=title[:40], Url=url)
        table = (
            '<table class="xxgk-head"><tr><th>索引号</th>'
            f"<td>{u.id.upper()}-{when:%Y}-{self.n:06d}</td><th>主题分类</th><td>综合政务</td></tr>"
            f"<tr><th>发布机构</th><td>{u.name}</td><th>生成日期</th><td>{made:%Y-%m-%d}</td></tr>"
            f"<tr><th>名称</th><td colspan=\"3\">{escape(title)}</td></tr>"
            f"<tr><th>文号</th><td></td><th>发布日期</th><td>{when:%Y-%m-%d}</td></tr></table>"
        )
        body = (
            crumbs([*self.trail(u), (column, base + "index.html")])
            + f'<div class="w1200 article" id="content">{table}'
            f'<h1 class="title">{escape(title)}</h1>'
            f'<div class="info">来源：{u.name}　发布时间：{when:%Y-%m-%d} 09:30　'
            '浏览次数：<span id="count"></span>'
            '<span class="font">字号：<a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>'
            "</span></div>"
            f'<div class="TRS_Editor"><p>　　{escape(title)}。会议要求，各科室要提高政治站位，'
            "压实工作责任，确保各项任务按期完成。</p></div>"
            f"{share()}"
            '<div class="print"><a href="javascript:window.print()">【打印本页】</a>'
            '<a href="javascript:window.close()">【关闭窗口】</a></div></div>'
        )
        return page(f"{title}-{SITE}", head, self.p.today, body)

    def col(self, u: Unit, name: str, category: str, slug: str) -> str:
        base = u.subpage.rsplit("/", 1)[0] + f"/{slug}/"
        u.columns.append(Column(name, category, base + "index.html"))
        return base

    def list_page(self, u: Unit, name: str, base: str, inner: str, pages: int = 5) -> None:
        """The column's first list page (and its TRS pager pages index_1 … index_{pages-1})."""
        pager = (
            '<div class="page"><script type="text/javascript">'
            f'createPageHTML({pages}, 0, "index", "html");</script></div>'
        )
        body = (
            crumbs([*self.trail(u), (name, base + "index.html")])
            + '<div class="w1200 main">'
            + self.tree(u, [(c.name, c.path) for c in u.columns], name)
            + f'<div class="mid" id="content"><div class="m-tit"><h2>{name}</h2></div>'
            f"{inner}{pager}</div>"
            + self.newest_box()
            + "</div>"
        )
        self.p.add(base + "index.html",
                   page(f"{name}-{u.name}-{SITE}", metas(name, "列表页"), self.p.today, body))
        for k in range(1, pages):
            self.p.add(base + f"index_{k}.html",
                       page(f"{name}-{u.name}-{SITE}", metas(name, "列表页"), self.p.today,
                            '<div class="w1200"><ul class="list_con"></ul></div>'))

    def column(self, u: Unit, name: str, category: str, slug: str, ages: Sequence[int]) -> str:
        base = self.col(u, name, category, slug)
        items = self.lines(u, base, name, ages)
        self.list_page(u, name, base, ul(items))
        return base

    def subpage(self, u: Unit, links: Sequence[tuple[str, str]] | None = None,
                extra: str = "") -> None:
        """The unit's 信息公开 subpage: breadcrumb, 栏目导航 tree, an intro, 最新信息."""
        links = [(c.name, c.path) for c in u.columns] if links is None else links
        what = "镇人民政府（街道办事处）" if u.kind == "town" else "区政府工作部门"
        body = (
            crumbs(self.trail(u))
            + '<div class="w1200 main">'
            + self.tree(u, links)
            + f'<div class="mid" id="content"><div class="m-tit"><h2>{u.name}</h2></div>'
            f"<p>{u.name}是{what}，依法主动公开本单位政府信息。</p>{extra}</div>"
            + self.newest_box()
            + "</div>"
        )
        self.p.add(u.subpage,
                   page(f"{u.name}-{SITE}", metas(u.name, "子站首页"), self.p.today, body))

    def standard(self, u: Unit, *, dyn: int = 2, notice: int = 25, policy: int | None = 60,
                 skip: Sequence[str] = ()) -> None:
        """The usual columns: 机构职能, 工作动态/镇街动态, 通知公告, 政策文件 (departments)."""
        if "overview" not in skip:
            self.column(u, "机构职能", "overview", "jgzn", [700])
        if "dynamic" not in skip:
            dname = "镇街动态" if u.kind == "town" else "工作动态"
            self.column(u, dname, "dynamic", "gzdt", [dyn, dyn + 3, dyn + 9, dyn + 16, dyn + 30])
        if "notice" not in skip:
            self.column(u, "通知公告", "notice", "tzgg", [notice, notice + 40, notice + 90])
        if policy is not None and "policy" not in skip:
            self.column(u, "政策文件", "policy", "zcwj", [policy, policy + 70, policy + 200])

    # the whole site ---------------------------------------------------------------------

    def common(self) -> None:
        p = self.p
        units = "".join(f'<li><a href="{u.subpage}">{u.name}</a></li>' for u in p.units)
        news = "".join(
            f'<li><a href="{h}">{escape(t)}</a><span>{d:%Y-%m-%d}</span></li>'
            for t, h, d in self.latest[:8]
        )
        home = page(SITE, metas("首页", "首页"), p.today,
                    f'<div class="w1200"><ul class="news">{news}</ul>'
                    f'<ul class="units">{units}</ul></div>')
        p.add("/", home)
        p.add("/index.html", home)
        for t, h in PORTAL_PAGES:
            p.add(h, page(f"{t}-{SITE}", metas(t, "栏目首页"), p.today,
                          crumbs([("首页", "/index.html"), (t, h)])
                          + f'<div class="w1200"><h2>{t}</h2></div>'))
        p.add("/search/index.html", page(f"搜索-{SITE}", metas("搜索", "搜索"), p.today, ""))
        for name in ("logo.png", "red.png", "jiucuo.png", "ga.png"):
            p.add(f"/images/{name}", "PNG", ctype="image/png")
        for name in ("jquery.min.js", "common.js", "trs_ta.js"):
            p.add(f"/images/{name}", "/* */", ctype="application/javascript")
        p.add("/images/style.css", "body{margin:0}", ctype="text/css")


def ul(items: Sequence[Line]) -> str:
    li = "".join(
        f'<li><a href="{i.href}" target="_blank" title="{escape(i.title)}">{escape(i.title)}'
        f"</a><span>{i.when:%Y-%m-%d}</span></li>"
        for i in items
    )
    return f'<ul class="list_con">{li}</ul>'


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    w = Weibin(p)
    for k in range(6):
        w.n += 1
        rel = f"./{today:%Y%m}/t{today:%Y%m%d}_{100230 + w.n}.html"
        news = Unit("xwzx", "渭滨区人民政府办公室", "portal", "/xwzx/index.html")
        article = w.detail(news, "/xwzx/wbyw/", "渭滨要闻", TOPICS[k], today, rel)
        p.add("/xwzx/wbyw/" + rel[2:], article)
        w.latest.append((TOPICS[k], "/xwzx/wbyw/" + rel[2:], today))
    for make in UNITS:
        make(w)
    w.common()
    return p


# ============================================================================= the units
# Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.category, R3.broken, R3.injection
# (RULES.md §3); the windows of RULES.md §2.


def _honest(uid: str, name: str, kind: str, **kw: object) -> Callable[[Weibin], None]:
    def make(w: Weibin) -> None:
        u = w.unit(uid, name, kind)
        w.standard(u, policy=None if kind == "town" else 60, **kw)  # type: ignore[arg-type]
        w.subpage(u)

    make.__doc__ = (f"Honest {kind} {name}: every column within its window under the common "
                    "chrome (最新信息 today, footer badges to gov.cn hosts, jiucuo script, hidden "
                    "mobile menu, off-screen skip link, share widget). Nothing.")
    return make


def _u01_jyj(w: Weibin) -> None:
    """区教育局, honest; 工作动态 exactly 14 days old (R3.age: exactly max is fresh), 通知公告
    182 days, 政策文件 183 days (R3.age: 183 is not > 183). Nothing."""
    u = w.unit("jyj", "区教育局", "department")
    w.standard(u, dyn=14, notice=182, policy=183)
    w.subpage(u)


def _u02_zjj_stale(w: Weibin) -> None:
    """区住房和城乡建设局: 工作动态's newest line is 20 days old while the 最新信息 box beside it,
    the topbar and the footer carry today: column_stale, age 20 (R3.newest: the column's own
    list; R3.age 20 > 14)."""
    u = w.unit("zjj", "区住房和城乡建设局", "department")
    w.standard(u, dyn=20)
    w.subpage(u)
    w.p.expect("zjj", "column_stale", u.columns[1].path, "R3.newest/R3.age: 20 > 14",
               column="工作动态", category="dynamic", age=20)


def _u03_sgz_empty(w: Weibin) -> None:
    """石鼓镇: 通知公告 shows only 暂无信息 (the pager says 1 page): column_empty (R3.empty)."""
    u = w.unit("sgz", "石鼓镇人民政府", "town")
    w.standard(u, policy=None, skip=("notice",))
    base = w.col(u, "通知公告", "notice", "tzgg")
    w.list_page(u, "通知公告", base, '<ul class="list_con"><li class="no-data">暂无信息</li></ul>',
                pages=1)
    w.subpage(u)
    w.p.expect("sgz", "column_empty", base + "index.html", "R3.empty: 暂无信息",
               column="通知公告", category="notice")


def _u04_tjj_404(w: Weibin) -> None:
    """区统计局: 政策文件 answers 404 (column_unreachable, R3.unreachable: 404 is final); the
    subpage's 栏目导航 (and the other columns' trees) link to it: broken_link (R3.broken)."""
    u = w.unit("tjj", "区统计局", "department")
    w.standard(u)
    del w.p.routes["/zwgk/bmxxgk/tjj/zcwj/index.html"]
    w.subpage(u)
    path = "/zwgk/bmxxgk/tjj/zcwj/index.html"
    w.p.expect("tjj", "column_unreachable", path, "R3.unreachable: 404",
               column="政策文件", category="policy")
    w.p.expect("tjj", "broken_link", path, "R3.broken: menu link to a 404 column")


def _u05_tyjr_missing(w: Weibin) -> None:
    """区退役军人事务局: no 政策文件 column and none shown on the subpage (the header's 政府文件 and
    规范性文件 are the portal's, and are not category names): category_missing policy."""
    u = w.unit("tyjrj", "区退役军人事务局", "department")
    w.standard(u, policy=None)
    w.subpage(u)
    w.p.expect("tyjrj", "category_missing", u.subpage, "R3.category: 政策文件 not shown",
               category="policy")


def _u06_czj_broken(w: Weibin) -> None:
    """区财政局: 通知公告 fresh, with an attachment link 附件：2028年预算编制通知.docx that
    answers 404: broken_link (R3.broken)."""
    u = w.unit("czj", "区财政局", "department")
    w.standard(u, skip=("notice",))
    base = w.col(u, "通知公告", "notice", "tzgg")
    items = w.lines(u, base, "通知公告", [5, 40, 90])
    bad = f"/zwgk/bmxxgk/czj/fj/P020271202.docx?v={HOSTILE}"
    att = f'<p class="fj">附件：<a href="{escape(bad)}">2028年预算编制通知.docx</a></p>'
    w.list_page(u, "通知公告", base, ul(items) + att)
    w.subpage(u)
    w.p.expect("czj", "broken_link", bad, "R3.broken: 404 (the bulletin escapes the query)")


def _u07_fgj_nodates(w: Weibin) -> None:
    """区发展和改革局: 政策文件's list shows no dates (a TRS template without `<span>`); the
    articles' PubDate/发布日期 are 200, 230, 260 days (生成日期 a further 180 days back). The
    最新信息 box beside the list (dated today) is the portal's, not the column's (R3.newest:
    "not a sidebar"; with no list dates, read the newest items' detail pages): column_stale,
    age 200 > 183."""
    u = w.unit("fgj", "区发展和改革局", "department")
    w.standard(u, skip=("policy",))
    base = w.col(u, "政策文件", "policy", "zcwj")
    li = ""
    for age in (200, 230, 260):
        w.n += 1
        when = w.p.d(age)
        rel = f"./{when:%Y%m}/t{when:%Y%m%d}_{100230 + w.n}.html"
        title = f"关于印发渭滨区{TOPICS[w.n % len(TOPICS)]}方案的通知"
        w.p.add(base + rel[2:], w.detail(u, base, "政策文件", title, when, rel,
                                         made=w.p.d(age + 180)))
        li += f'<li><a href="{rel}" target="_blank">{escape(title)}</a></li>'
    w.list_page(u, "政策文件", base, f'<ul class="list_con">{li}</ul>')
    w.subpage(u)
    w.p.expect("fgj", "column_stale", base + "index.html",
               "R3.newest: detail pages, not the 最新信息 box; R3.age 200 > 183",
               column="政策文件", category="policy", age=200)


def _u08_mzj_monthday(w: Weibin) -> None:
    """区民政局: 工作动态 in TRS short form `[12-03]`, `[11-28]`… (4 days newest): fresh
    (R3.newest: month-day takes as_of's year). Nothing."""
    u = w.unit("mzj", "区民政局", "department")
    w.standard(u, skip=("dynamic",))
    base = w.col(u, "工作动态", "dynamic", "gzdt")
    items = w.lines(u, base, "工作动态", [4, 9, 15, 30])
    li = "".join(f'<li><a href="{i.href}">{escape(i.title)}</a><span>[{i.when:%m-%d}]</span></li>'
                 for i in items)
    w.list_page(u, "工作动态", base, f'<ul class="list_con">{li}</ul>')
    w.subpage(u)


def _u09_jlj_pinned(w: Weibin) -> None:
    """金陵街道: 镇街动态 with a 置顶 line from 2027-03-01 first, then 1, 6, 12 days: fresh
    (R3.newest: the maximum, not the first line). Nothing."""
    u = w.unit("jljd", "金陵街道办事处", "town")
    w.standard(u, policy=None, skip=("dynamic",))
    base = w.col(u, "镇街动态", "dynamic", "gzdt")
    items = w.lines(u, base, "镇街动态", [281, 1, 6, 12])
    top = '<em class="top">[置顶]</em>'
    li = "".join(
        f'<li>{top if k == 0 else ""}<a href="{i.href}">'
        f"{escape(i.title)}</a><span>{i.when:%Y-%m-%d}</span></li>"
        for k, i in enumerate(items)
    )
    w.list_page(u, "镇街动态", base, f'<ul class="list_con">{li}</ul>')
    w.subpage(u)


def _u10_wjj_extra(w: Weibin) -> None:
    """区卫生健康局: extra columns 人事信息 (200 days; 365) and 规划计划 (300 days; 365) beside the
    required ones, and a subpage link 政府信息公开年报 to the portal's page: all fresh. Nothing."""
    u = w.unit("wjj", "区卫生健康局", "department")
    w.standard(u)
    w.column(u, "人事信息", "personnel", "rsxx", [200, 260])
    w.column(u, "规划计划", "plan", "ghjh", [300, 500])
    w.subpage(u, [*((c.name, c.path) for c in u.columns),
                  ("政府信息公开年报", "/zwgk/zfxxgknb/index.html")])


UNITS: tuple[Callable[[Weibin], None], ...] = (
    _u01_jyj,
    _u02_zjj_stale,
    _u03_sgz_empty,
    _u04_tjj_404,
    _u05_tyjr_missing,
    _u06_czj_broken,
    _u07_fgj_nodates,
    _u08_mzj_monthday,
    _u09_jlj_pinned,
    _u10_wjj_extra,
    _honest("rsj", "区人力资源和社会保障局", "department"),
    _honest("scj", "区市场监督管理局", "department"),
    _honest("sfj", "区司法局", "department"),
    _honest("nyj", "区农业农村局", "department"),
    _honest("yjj", "区应急管理局", "department"),
    _honest("wlj", "区文化和旅游局", "department"),
    _honest("snz", "神农镇人民政府", "town"),
    _honest("gjz", "高家镇人民政府", "town"),
    _honest("byz", "八鱼镇人民政府", "town"),
    _honest("myz", "马营镇人民政府", "town"),
    _honest("qjjd", "清姜街道办事处", "town"),
    _honest("jtjd", "姜谭街道办事处", "town"),
)


def config_yaml(portal: Portal, base_url: str) -> str:
    root = base_url.rstrip("/")
    out = [
        "portal:", f"  name: {SITE}", f"  base_url: {root}/", "  timezone: Asia/Shanghai",
        "crawl:", "  timeout_s: 4", "  concurrency: 8", "  delay_s: 0", "  retries: 2",
        "  backoff_s: 0.05", CATEGORIES.rstrip("\n"), "units:",
    ]
    for u in portal.units:
        out += [f"  - id: {u.id}", f"    name: {u.name}", f"    kind: {u.kind}",
                f"    subpage: {root}{u.subpage}", "    columns:"]
        out += [f'      - {{name: {c.name}, url: "{root}{c.path}", category: {c.category}}}'
                for c in u.columns]
    return "\n".join(out) + "\n"
