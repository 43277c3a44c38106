"""The portal25b trap portal: the seed case as it really is — 宝鸡市渭滨区人民政府 on a provincial
集约化 platform built with 大汉 Hanweb JCMS. Columns are `/col/colNNNN/index.html`, articles
`/art/2026/11/24/art_NNNN_MMMMM.html`; a column's records ship in a unit container
`<div id="24001"><script type="text/xml"><datastore><nextgroup>…<recordset><record><![CDATA[…]]>`
that the platform's jpage script renders; article pages carry the JCMS info line (发布日期 |
信息来源 | 浏览次数 from `articlehits.jsp`) and `ContentStart`/`ContentEnd` markers.

The traps (each unit's docstring says what a monitor following RULES.md must report and why):
two datastores on one column page (the list's and a 图片新闻 side module's), a [置顶] 公示 line in
a side box beside a seven-month-old 通知公告, records that are bare `<tr>` rows (fresh and
stale), an empty recordset with 暂无信息, a subpage 404 after a 改版, a column 302'd to a new col
id, a town subpage without 通知公告, the jpage `nextgroup` proxy link (script data, no reader's
link) answering 500, hidden gambling records inside a datastore, a 404 attachment inside a
record, a subpage menu rendered from link-type records, a subpage link carrying the jpage
pager query (`?uid=…&pageNum=1`), an Ajax 信息公开 list with the template's static 共0条记录,
dates at as_of + 1 (valid) and as_of + 2 (a typo), article addresses dated by creation before
their 发布日期, windows hit exactly (365) and missed by one day (366), and honest controls.

Ages are literal. The reference day is `AS_OF`, 2026-11-30, a Monday (the weekly check's day).
The server is `tests.portal24k.server`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from tests.portal24.html import Item
from tests.portal24.site import MAX_AGE as _MAX_AGE
from tests.portal24.site import Column, Expect, Unit
from tests.portal24f.site import stale
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS
from tests.portal24k.site import Portal as _Portal

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2026, 11, 30)
SITE = "宝鸡市渭滨区人民政府"
SITE_ID = "6103020001"
WEEKDAYS = "一二三四五六日"
MAX_AGE = {**_MAX_AGE, "budget": 365, "proposal": 365}

# config/portal.yaml's categories, plus the two 政府信息公开 columns the district assigns each
# year (RULES.md §2: windows are configuration; both are published once a year, as 规划计划).
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
  - id: budget
    names: [财政预决算]
    max_age_days: 365
  - id: proposal
    names: [建议提案办理]
    max_age_days: 365
"""

TOPICS = {
    "dynamic": (
        "召开2026年冬季安全生产工作部署会",
        "深入学习贯彻党的二十届四中全会精神",
        "开展“12·4”国家宪法日宣传活动",
        "举办政务公开业务培训会",
        "开展冬季供暖保障入户走访",
        "召开年终目标责任考核推进会",
        "推进秦岭生态环境保护专项整治",
        "开展冬春季森林防火宣传",
    ),
    "notice": (
        "关于做好2027年元旦春节期间有关工作的通知",
        "关于公布2026年度权责清单调整情况的公告",
        "关于开展2026年度政务公开第三方评估的通知",
        "关于调整办公地点的公告",
        "关于2026年秋季学期有关事项的通知",
    ),
    "policy": (
        "关于印发《渭滨区优化营商环境若干措施》的通知",
        "关于进一步加强政务公开标准化规范化建设的实施意见",
        "关于印发《渭滨区2026年冬春季大气污染防治方案》的通知",
        "关于印发《渭滨区乡村振兴重点项目管理办法》的通知",
    ),
    "overview": ("机构职能", "领导信息", "内设机构"),
    "personnel": (
        "2026年公开招聘事业单位工作人员拟聘用人员公示",
        "干部任前公示",
        "关于公开选调工作人员的公告",
    ),
    "plan": ("2026年工作要点", "2025年工作总结及2026年工作计划"),
    "budget": ("2026年部门预算公开", "2025年部门决算公开", "2025年部门预算公开"),
    "proposal": ("对区政协十届五次会议第18号提案的答复", "对区人大十八届六次会议第7号建议的答复"),
}


# ----------------------------------------------------------------------------- chrome


def metas(column: str, ctype: str, **extra: str) -> str:
    tags = {
        "SiteName": SITE,
        "SiteDomain": "www.weibin.gov.cn",
        "SiteIDCode": SITE_ID,
        "ColumnName": column,
        "ColumnDescription": f"{column}栏目",
        "ColumnKeywords": column,
        "ColumnType": ctype,
        **extra,
    }
    return "\n".join(f'<meta name="{k}" content="{escape(v)}">' for k, v in tags.items())


NAV = (
    ("首页", "/index.html"),
    ("走进渭滨", "/col/col100/index.html"),
    ("政务公开", "/col/col101/index.html"),
    ("政务服务", "/col/col102/index.html"),
    ("互动交流", "/col/col103/index.html"),
    ("专题专栏", "/col/col104/index.html"),
)
HUBS = (("部门信息公开", "/col/col105/index.html"), ("镇街信息公开", "/col/col106/index.html"))
FOOT = (
    ("网站地图", "/col/col110/index.html"),
    ("联系我们", "/col/col111/index.html"),
    ("隐私声明", "/col/col112/index.html"),
)


def header() -> str:
    nav = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in NAV)
    return (
        '<div class="top"><div class="w1200 clearfix"><span class="fl" id="today"><script '
        'type="text/javascript">var d=new Date();document.write("今天是："+d.getFullYear()+'
        '"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>'
        '<span class="fr"><a href="javascript:void(0);" id="StranLink">繁體</a> | '
        '<a href="javascript:void(0);" id="ariaBtn" onclick="aria.start()">无障碍</a> | '
        '<a href="javascript:void(0);" onclick="AddFavorite()">加入收藏</a></span></div></div>\n'
        f'<div class="header w1200"><a href="/index.html"><img src="/images/2021/logo.png" '
        f'alt="{SITE}"></a><div class="search"><form action="/jrobot/search.do" method="get" '
        'target="_blank"><input type="hidden" name="webid" value="1"><input type="text" '
        'name="q" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div>'
        f'</div>\n<div class="nav"><ul class="w1200">{nav}</ul></div>'
    )


def footer(today: date) -> str:
    links = " | ".join(f'<a href="{h}">{t}</a>' for t, h in FOOT)
    return (
        f'<div class="footer"><div class="w1200"><p>{links}</p>'
        "<p>主办：渭滨区人民政府办公室　承办：渭滨区大数据服务中心　"
        "技术支持：南京大汉网络有限公司</p>"
        f"<p>网站标识码：{SITE_ID}　"
        '<a href="https://beian.miit.gov.cn/" target="_blank">陕ICP备05003281号-1</a>　'
        '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=61030202000101" '
        'target="_blank">陕公网安备 61030202000101号</a></p>'
        f"<p>Copyright &copy; 2007-{today.year} www.weibin.gov.cn All Rights Reserved</p>"
        '<p><span id="_ideConac"></span><script type="text/javascript" '
        'src="https://dcs.conac.cn/js/27/000/0000/60425948/CA270000000604259480001.js">'
        "</script>"
        f"<script id=\"_jiucuo_\" sitecode='{SITE_ID}' "
        "src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></p></div></div>\n"
        '<script type="text/javascript" src="/script/0/jcms_aria.js" charset="utf-8"></script>'
    )


def crumb_html(parts: Sequence[tuple[str, str]]) -> str:
    trail = " &gt; ".join(f'<a href="{h}">{escape(t)}</a>' for t, h in parts)
    return f'<div class="location w1200">当前位置：{trail}</div>'


def page(title: str, head: str, today: date, crumbs: Sequence[tuple[str, str]], body: str,
         side: str = "") -> str:
    left = f'<div class="main-l fl">{side}</div>\n' if side else ""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        f"<title>{escape(title)}</title>\n{head}\n"
        '<link rel="stylesheet" type="text/css" href="/images/2021/css/common.css">\n'
        '<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>\n'
        f"</head>\n<body>\n{header()}\n{crumb_html(crumbs)}\n"
        f'<div class="main w1200 clearfix">\n{left}<div class="main-r fr">\n{body}\n</div>'
        f"</div>\n{footer(today)}\n</body>\n</html>\n"
    )


def bt(i: Item) -> str:
    return i.when.isoformat() if i.when else ""


def li(i: Item, fmt: Callable[[Item], str] = bt) -> str:
    t = escape(i.title)
    date_span = f'<span class="bt-data-time">{fmt(i)}</span>' if i.when else ""
    return f'<li><a href="{i.href}" target="_blank" title="{t}">{t}</a>{date_span}</li>'


def tr(n: int, i: Item, number: str) -> str:
    t = escape(i.title)
    return (
        f'<tr><td class="xh">{n}</td><td class="bt"><a href="{i.href}" target="_blank" '
        f'title="{t}">{t}</a></td><td class="wh">{number}</td><td class="rq">{bt(i)}</td></tr>'
    )


def table_record(i: Item) -> str:
    """The classic JCMS record: one small table per line, a dot image, the date bracketed."""
    t = escape(i.title)
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
        '<td width="12"><img src="/images/2021/dot.gif" width="3" height="3"></td>'
        f'<td><a href="{i.href}" target="_blank" title="{t}">{t}</a></td>'
        f'<td width="90" align="right">[{bt(i)}]</td></tr></table>'
    )


@dataclass(frozen=True, slots=True)
class Pending:
    """A column page whose left 栏目导航 waits for all the unit's columns."""

    unit: Unit
    name: str
    body: str
    side: str


class Portal(_Portal):
    """Hanweb paths and chrome over `tests.portal24k.site.Portal` (routes, expectations,
    answers, cookie gates). Column pages are rendered by `finish` once every unit exists."""

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self._art = 56000
        self._container = 24000
        self.pending: dict[str, Pending] = {}
        self.home_of: dict[str, str] = {}  # unit id → the subpage its pages link (after 改版)
        self.proxy_status: dict[str, int] = {}  # nextgroup URL → status of a GET
        self.aliases: dict[str, str] = {}  # another address of the same page (a query)

    # -- units and columns ------------------------------------------------------------------

    def hunit(self, uid: str, name: str, kind: str, colid: int) -> Unit:
        u = Unit(uid, name, kind, f"/col/col{colid}/index.html")
        self.units.append(u)
        return u

    def hcol(self, u: Unit, name: str, category: str, colid: int) -> str:
        path = f"/col/col{colid}/index.html"
        u.columns.append(Column(name, category, path))
        return path

    def trail(self, u: Unit) -> list[tuple[str, str]]:
        hub = HUBS[1] if u.kind == "town" else HUBS[0]
        return [("首页", "/index.html"), ("政务公开", "/col/col101/index.html"), hub,
                (u.name, self.home_of.get(u.id, u.subpage))]

    # -- articles and lists -----------------------------------------------------------------

    def arts(
        self,
        u: Unit,
        colid: int,
        column: str,
        category: str,
        ages: Sequence[int],
        *,
        titles: Sequence[str] | None = None,
        url_ages: Sequence[int] | None = None,
        list_dates: bool = True,
    ) -> list[Item]:
        """Articles of column `colid`: `/art/Y/M/D/art_colid_n.html`, the address dated by
        `url_ages` (creation; default the publication), the page by 发布日期 = `ages`."""
        out = []
        pool = TOPICS[category]
        for k, age in enumerate(ages):
            self._art += 1
            made = self.d(url_ages[k] if url_ages else age)
            pub = self.d(age)
            href = f"/art/{made.year}/{made.month}/{made.day}/art_{colid}_{self._art}.html"
            title = titles[k] if titles else f"{short(u.name)}{pool[(self._art + k) % len(pool)]}"
            self.add(href, self.article(u, column, title, pub, colid))
            out.append(Item(title, href, pub if list_dates else None))
        return out

    def article(self, u: Unit, column: str, title: str, pub: date, colid: int) -> str:
        extra = {"ArticleTitle": title, "PubDate": f"{pub:%Y-%m-%d} 09:30",
                 "ContentSource": u.name}
        paras = "".join(
            f'<p style="text-indent:2em;">{escape(title)}。会议强调，要坚持久久为功，'
            f"把各项工作抓细抓实抓出成效（{n + 1}）。</p>"
            for n in range(3)
        )
        body = (
            f'<div class="article"><div class="art-title"><h1>{escape(title)}</h1></div>'
            f'<div class="art-info"><span>发布日期：{pub:%Y-%m-%d}</span>'
            f"<span>信息来源：{escape(u.name)}</span><span>浏览次数：<script "
            f'language="javascript" src="/module/visitcount/articlehits.jsp?colid={colid}'
            f'&amp;artid={self._art}"></script></span><span>字号：〖<a '
            'href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> '
            '<a href="javascript:doZoom(14)">小</a>〗</span></div>'
            '<div id="zoom" class="art-con"><!--ZJEG_RSS.content.begin--><meta '
            f'name="ContentStart">{paras}<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->'
            '</div><div class="art-tools">【<a href="javascript:window.print()">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</div></div>'
        )
        crumbs = [*self.trail(u), (column, f"/col/col{colid}/index.html")]
        return page(f"{title} {column} {u.name}", metas(column, column, **extra), self.today,
                    crumbs, body)

    def datastore(self, colid: int, records: Sequence[str], *, per_page: int = 15) -> str:
        """A JCMS unit container: the records in a text/xml datastore, the jpage call after it.
        Its `nextgroup` names the proxy the script POSTs to for the next group of pages."""
        self._container += 1
        cid = self._container
        proxy = (
            f"/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=1&path=/&columnid={colid}"
            f"&unitid={cid}&webname=weibin&permissiontype=0"
        )
        self.proxy_status.setdefault(proxy, 200)
        recs = "\n".join(f"<record><![CDATA[\n{r}\n]]></record>" for r in records)
        return (
            f'<div id="{cid}"><script type="text/xml"><datastore>\n'
            f'<nextgroup><![CDATA[<a href="{proxy}"></a>]]></nextgroup>\n'
            f"<recordset>\n{recs}\n</recordset>\n</datastore></script></div>\n"
            '<script language="javascript" src="/module/web/jpage/dataproxy.js"></script>\n'
            f"<script type=\"text/javascript\">$('#{cid}').jpage({{dataStore: '#{cid} "
            f"datastore', perPage: {per_page}, groupSize: 3, proxyUrl: "
            "'/module/web/jpage/dataproxy.jsp', barPosition: 'bottom'});</script>"
        )

    def listing(self, u: Unit, colid: int, name: str, body: str, *, side: str = "") -> None:
        path = f"/col/col{colid}/index.html"
        main = (f'<div class="lm-title"><h2>{escape(name)}</h2></div>\n'
                f'<div class="lm-list">{body}</div>')
        self.pending[path] = Pending(u, name, main, side)

    def column(
        self,
        u: Unit,
        name: str,
        category: str,
        colid: int,
        ages: Sequence[int],
        *,
        fmt: Callable[[Item], str] = bt,
    ) -> list[Item]:
        """A configured column whose datastore records are `li > a + span.bt-data-time`."""
        self.hcol(u, name, category, colid)
        items = self.arts(u, colid, name, category, ages)
        self.listing(u, colid, name, self.datastore(colid, [li(i, fmt) for i in items]))
        return items

    def std(self, u: Unit, base: int, *, skip: Sequence[str] = (), policy: bool = True) -> None:
        """Fresh columns: 工作动态 (乡镇动态 for towns), 通知公告, 政策文件 (departments only),
        机构概况."""
        if "dynamic" not in skip:
            dyn = "乡镇动态" if u.kind == "town" else "工作动态"
            self.column(u, dyn, "dynamic", base + 1, [2, 6, 11, 19, 27])
        if "notice" not in skip:
            self.column(u, "通知公告", "notice", base + 2, [30, 58, 95, 140])
        if policy and "policy" not in skip:
            self.column(u, "政策文件", "policy", base + 3, [60, 110, 170, 260])
        if "overview" not in skip:
            self.column(u, "机构概况", "overview", base + 4, [1100, 1400, 2000])

    # -- subpages -----------------------------------------------------------------------------

    def menu(self, unit: Unit) -> list[tuple[str, str]]:
        return [(c.name, c.path) for c in unit.columns]

    def nav_html(self, links: Sequence[tuple[str, str]], title: str) -> str:
        items = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for t, h in links)
        return f'<div class="xxgk-nav"><h3>{escape(title)}</h3><ul>{items}</ul></div>'

    def subpage(self, u: Unit, links: Sequence[tuple[str, str]] | None = None, *,
                nav: str | None = None, extra: str = "", path: str | None = None) -> None:
        """The unit's 政府信息公开 page: a left 栏目导航 of its columns, its 信息公开指南 and 年报
        links (the platform's), and a short profile."""
        shown = self.menu(u) if links is None else links
        side = nav if nav is not None else self.nav_html(shown, "信息公开目录")
        body = (
            f'<div class="bm-head"><h2>{escape(u.name)}</h2></div>'
            '<div class="bm-links"><a href="/col/col107/index.html">政府信息公开指南</a> '
            '<a href="/col/col108/index.html">政府信息公开年报</a></div>'
            f'<div class="bm-intro"><p>{escape(u.name)}负责本领域政府信息公开工作，'
            "按照“以公开为常态、不公开为例外”的原则主动公开政府信息。</p></div>"
            f"{extra}"
        )
        html = page(f"{u.name} {SITE}", metas(u.name, "部门信息公开"), self.today,
                    self.trail(u), body, side)
        self.add(path or u.subpage, html)

    # -- shared pages ---------------------------------------------------------------------

    def finish(self) -> None:
        """Render the pending column pages (left nav: the unit's columns) and the portal's own."""
        for path, pend in self.pending.items():
            nav = self.nav_html(self.menu(pend.unit), short(pend.unit.name))
            crumbs = [*self.trail(pend.unit), (pend.name, path)]
            self.add(path, page(f"{pend.name} {pend.unit.name} {SITE}",
                                metas(pend.name, pend.name), self.today, crumbs, pend.body,
                                nav + pend.side))
        for alias, path in self.aliases.items():
            self.routes[alias] = self.routes[path]
        for proxy, status in self.proxy_status.items():
            if status == 200:
                self.add(proxy, "<datastore><recordset></recordset></datastore>",
                         ctype="text/xml; charset=utf-8")
            else:
                self.answer(proxy, JSP_500.encode("utf-8"), status=status)
        self.common()

    def common(self) -> None:
        depts = [u for u in self.units if u.kind != "town"]
        towns = [u for u in self.units if u.kind == "town"]

        def hub(units: Sequence[Unit]) -> str:
            rows = "".join(
                f'<li><a href="{self.home_of.get(u.id, u.subpage)}" target="_blank">'
                f"{escape(u.name)}</a></li>" for u in units
            )
            return f'<ul class="bm-list">{rows}</ul>'

        news = self.arts(depts[0], 1001, "渭滨要闻", "dynamic", [0, 1, 2, 3, 5],
                         titles=["渭滨区召开区委常委会会议", "区政府召开第42次常务会议",
                                 "渭滨区开展冬季安全生产大检查", "我区举行重点项目集中开工仪式",
                                 "渭滨区召开优化营商环境推进会"])
        home_body = (
            '<div class="ywbox"><h3>渭滨要闻</h3>' + self.datastore(1001, [li(i) for i in news])
            + "</div>" + f'<div class="box"><h3>部门信息公开</h3>{hub(depts)}</div>'
            + f'<div class="box"><h3>镇街信息公开</h3>{hub(towns)}</div>'
        )
        home = page(SITE, metas("首页", "首页"), self.today, [("首页", "/index.html")], home_body)
        for path in ("/", "/index.html"):
            self.add(path, home)
        self.add("/col/col1001/index.html", page(
            f"渭滨要闻 {SITE}", metas("渭滨要闻", "要闻"), self.today,
            [("首页", "/index.html"), ("渭滨要闻", "/col/col1001/index.html")],
            self.datastore(1001, [li(i) for i in news])))
        plain = (*NAV[1:], ("政府信息公开指南", "/col/col107/index.html"),
                 ("政府信息公开年报", "/col/col108/index.html"), *FOOT)
        for name, path in plain:
            self.add(path, page(f"{name} {SITE}", metas(name, name), self.today,
                                [("首页", "/index.html"), (name, path)],
                                f'<div class="lm-title"><h2>{name}</h2></div><p>{name}</p>'))
        for (name, path), units in zip(HUBS, (depts, towns), strict=True):
            self.add(path, page(f"{name} {SITE}", metas(name, name), self.today,
                                [("首页", "/index.html"), ("政务公开", "/col/col101/index.html"),
                                 (name, path)], hub(units)))
        for path, ctype in (
            ("/images/2021/css/common.css", "text/css"),
            ("/images/2021/logo.png", "image/png"),
            ("/images/2021/dot.gif", "image/gif"),
            ("/module/jslib/jquery/jquery.js", "text/javascript"),
            ("/module/web/jpage/dataproxy.js", "text/javascript"),
            ("/script/0/jcms_aria.js", "text/javascript"),
        ):
            self.add(path, "/* asset */", ctype=ctype)


JSP_500 = (
    "<html><head><title>Apache Tomcat/8.5.40 - Error report</title></head><body>"
    "<h1>HTTP Status 500 – Internal Server Error</h1><p><b>Type</b> Exception Report</p>"
    "<p><b>Message</b> java.lang.NullPointerException</p><pre>java.lang.NullPointerException"
    "\n\tat com.hanweb.jcms.web.jpage.DataProxy.service(DataProxy.java:88)</pre></body></html>"
)


def short(name: str) -> str:
    """How a unit names itself in titles and menus: 渭滨区财政局 → 区财政局."""
    return name.replace("渭滨区", "区", 1) if name.startswith("渭滨区") else name


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.finish()
    return p


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.extraction, R3.category,
# R3.broken, R3.injection (RULES.md §3); the windows of RULES.md §2 and CATEGORIES above.
# =========================================================================================


def _u01_fgj(p: Portal) -> None:
    """Honest control: a department, every column a JCMS datastore, all fresh. Nothing."""
    u = p.hunit("fgj", "渭滨区发展和改革局", "department", 5600)
    p.std(u, 5600)
    p.subpage(u)


def _u02_jtj_two_stores(p: Portal) -> None:
    """工作动态's page holds two datastores: the column's own (newest 20 days) and, in the left
    sidebar, a 图片新闻 module of the portal (1–4 days). R3.newest: the column's own list, not a
    sidebar. Stale at 20 (> 14)."""
    u = p.hunit("jtj", "渭滨区教育体育局", "department", 5610)
    p.hcol(u, "工作动态", "dynamic", 5611)
    items = p.arts(u, 5611, "工作动态", "dynamic", [20, 24, 31, 38, 45])
    pics = p.arts(u, 1002, "图片新闻", "dynamic", [1, 2, 4],
                  titles=["渭滨区举办中小学生冬季趣味运动会", "区教体局开展校园安全大排查",
                          "渭滨区首届青少年科技节开幕"])
    side = (
        '<div class="side-box tpxw"><div class="side-title"><h3>图片新闻</h3>'
        '<a href="/col/col1002/index.html">更多</a></div>'
        + p.datastore(1002, [
            f'<li><a href="{i.href}" target="_blank"><img src="/images/2021/logo.png" '
            f'alt="{escape(i.title)}"></a><p><a href="{i.href}" target="_blank">'
            f'{escape(i.title)}</a></p><span>{bt(i)}</span></li>' for i in pics])
        + "</div>"
    )
    p.add("/col/col1002/index.html", page(
        f"图片新闻 {SITE}", metas("图片新闻", "图片新闻"), p.today,
        [("首页", "/index.html"), ("图片新闻", "/col/col1002/index.html")],
        p.datastore(1002, [li(i) for i in pics])))
    p.listing(u, 5611, "工作动态", p.datastore(5611, [li(i) for i in items]), side=side)
    stale(p, "jtj", "/col/col5611/index.html", "工作动态", "dynamic", 20,
          "R3.newest: the column's datastore, not the 图片新闻 side module's; R3.age 20 > 14")
    p.std(u, 5610, skip=("dynamic",))
    p.subpage(u)


def _u03_mzj_pinned_side(p: Portal) -> None:
    """通知公告's own list is seven months old (newest 213 days). The left sidebar has a 公示公告
    box whose one line is a red [置顶] 公示 from last week (6 days), an article of another
    column (col5629, 公示公告). R3.newest: not a sidebar; 置顶 or not, the box is not the
    column's list. Stale at 213 (> 183)."""
    u = p.hunit("mzj", "渭滨区民政局", "department", 5620)
    p.hcol(u, "通知公告", "notice", 5622)
    items = p.arts(u, 5622, "通知公告", "notice", [213, 240, 300, 390])
    gs = p.arts(u, 5629, "公示公告", "notice", [6],
                titles=["关于渭滨区2026年度城乡低保对象拟认定名单的公示"])[0]
    side = (
        '<div class="side-box gsgg"><div class="side-title"><h3>公示公告</h3>'
        '<a href="/col/col5629/index.html">更多</a></div><ul class="side-list">'
        f'<li><font color="red">[置顶]</font><a href="{gs.href}" target="_blank" '
        f'title="{escape(gs.title)}">{escape(gs.title)}</a><span>{gs.when:%m-%d}</span></li>'
        "</ul></div>"
    )
    p.add("/col/col5629/index.html", page(
        f"公示公告 {u.name}", metas("公示公告", "公示公告"), p.today,
        [*p.trail(u), ("公示公告", "/col/col5629/index.html")], p.datastore(5629, [li(gs)])))
    p.listing(u, 5622, "通知公告", p.datastore(5622, [li(i) for i in items]), side=side)
    stale(p, "mzj", "/col/col5622/index.html", "通知公告", "notice", 213,
          "R3.newest: the list's own records; a sidebar's [置顶] 公示 is not the column's")
    p.std(u, 5620, skip=("notice",))
    p.subpage(u)


def _tr_store(p: Portal, u: Unit, colid: int, name: str, cat: str, ages: Sequence[int],
              numbers: Sequence[str]) -> None:
    """A 信息公开 table whose header row is static and whose rows are the datastore's records:
    each record a bare `<tr>` (序号 | 标题 | 文号 | 发布日期), rendered by jpage into the table."""
    p.hcol(u, name, cat, colid)
    items = p.arts(u, colid, name, cat, ages)
    rows = [tr(n + 1, i, numbers[n]) for n, i in enumerate(items)]
    body = (
        '<div class="xxgk-table"><table width="100%" class="tb-head"><tr><th width="50">序号</th>'
        '<th>标题</th><th width="170">文号</th><th width="100">发布日期</th></tr></table>'
        + p.datastore(colid, rows) + "</div>"
    )
    p.listing(u, colid, name, body)


def _u04_czj_tr_records(p: Portal) -> None:
    """政策文件 is a 信息公开 table whose rows are datastore records of bare `<tr>` (newest 40
    days, 发布日期 in the last cell); 财政预决算 (budget, 365) has the 2026 budget at 275 days.
    A browser shows the rows as a dated table. Fresh: nothing."""
    u = p.hunit("czj", "渭滨区财政局", "department", 5630)
    _tr_store(p, u, 5633, "政策文件", "policy", [40, 75, 150, 230],
              ["渭财发〔2026〕41号", "渭财发〔2026〕33号", "渭财发〔2026〕20号",
               "渭财发〔2026〕9号"])
    p.column(u, "财政预决算", "budget", 5637, [275, 610, 640])
    p.std(u, 5630, skip=("policy",))
    p.subpage(u)


def _u05_rsj_tr_stale(p: Portal) -> None:
    """人事信息 is the same `<tr>`-record table, newest 396 days (thirteen months). Stale at 396
    (> 365); 工作动态 and the rest fresh."""
    u = p.hunit("rsj", "渭滨区人力资源和社会保障局", "department", 5640)
    p.std(u, 5640)
    _tr_store(p, u, 5645, "人事信息", "personnel", [396, 420, 480],
              ["渭人社发〔2025〕61号", "渭人社发〔2025〕55号", "渭人社发〔2025〕40号"])
    stale(p, "rsj", "/col/col5645/index.html", "人事信息", "personnel", 396,
          "R3.newest: the last cell's 发布日期 of the rows; R3.age 396 > 365")
    p.subpage(u)


def _u06_zjj_moved(p: Portal) -> None:
    """工作动态 moved in the platform: the configured `/col/col5651/` answers 302 to
    `/col/col7651/index.html`, a fresh list (3 days). The subpage still links the old address.
    R3.unreachable: redirects are followed — reachable, fresh, category shown: nothing."""
    u = p.hunit("zjj", "渭滨区住房和城乡建设局", "department", 5650)
    p.hcol(u, "工作动态", "dynamic", 5651)
    items = p.arts(u, 7651, "工作动态", "dynamic", [3, 9, 16, 22])
    p.listing(u, 7651, "工作动态", p.datastore(7651, [li(i) for i in items]))
    p.answer("/col/col5651/index.html", status=302, location="/col/col7651/index.html", ctype="")
    p.std(u, 5650, skip=("dynamic",))
    p.subpage(u)


HANWEB_404 = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404-页面不存在</title>'
    '<link rel="stylesheet" href="/images/2021/css/common.css"></head><body><div class="e404">'
    '<img src="/images/2021/logo.png" alt="404"><h2>很抱歉，您访问的页面不存在！</h2>'
    "<p>网站已改版，原栏目地址可能已调整，请返回首页重新查找。</p>"
    '<p><a href="/index.html">返回首页</a></p></div></body></html>'
)


def _u07_nyj_redesign_404(p: Portal) -> None:
    """After a 改版 the configured subpage `/col/col5660/` answers 404 (the platform's 404
    page); the unit's new page is `/col/col8660/`, and its (configured, new) columns are fresh
    and link the new page. R3.unreachable: 404 is final → `subpage_unreachable`, and nothing
    about its categories (R3.category); the columns are checked as usual: nothing else."""
    u = p.hunit("nyj", "渭滨区农业农村局", "department", 5660)
    p.home_of["nyj"] = "/col/col8660/index.html"
    p.std(u, 8660)
    p.subpage(u, path="/col/col8660/index.html")
    p.answer(u.subpage, HANWEB_404.encode("utf-8"), status=404)
    p.expect("nyj", "subpage_unreachable", u.subpage, "R3.unreachable: 404 is final")


def _u08_wjj_empty_proposal(p: Portal) -> None:
    """建议提案办理 (proposal) is blank: its datastore's recordset holds no record (no
    `totalrecord`), and the page says 暂无信息 under it. R3.empty: reachable, lists nothing →
    `column_empty`. The other columns, 人事信息 and 规划计划 included, are fresh."""
    u = p.hunit("wjj", "渭滨区卫生健康局", "department", 5670)
    p.std(u, 5670)
    p.column(u, "人事信息", "personnel", 5675, [88, 200, 400])
    p.column(u, "规划计划", "plan", 5676, [300, 660])
    p.hcol(u, "建议提案办理", "proposal", 5678)
    body = p.datastore(5678, []) + '<div class="no-data" align="center">暂无信息</div>'
    p.listing(u, 5678, "建议提案办理", body)
    p.expect("wjj", "column_empty", "/col/col5678/index.html", "R3.empty: 暂无信息, no record",
             column="建议提案办理", category="proposal")
    p.subpage(u)


def _u09_yjj_typo_future(p: Portal) -> None:
    """工作动态's first record is dated 2026-12-02 (as_of + 2: the editor set the 演练 day as the
    发布日期); the next are 16, 23, 30 days. R3.newest: a date after as_of + 1 is a typo,
    ignored. Stale at 16 (> 14)."""
    u = p.hunit("yjj", "渭滨区应急管理局", "department", 5680)
    p.hcol(u, "工作动态", "dynamic", 5681)
    items = p.arts(u, 5681, "工作动态", "dynamic", [-2, 16, 23, 30], titles=[
        "渭滨区将于12月2日开展冬季森林火灾应急演练", "区应急管理局召开冬季安全生产工作部署会",
        "区应急管理局开展危险化学品企业专项检查", "区应急管理局开展“安全生产月”活动总结"])
    p.listing(u, 5681, "工作动态", p.datastore(5681, [li(i) for i in items]))
    stale(p, "yjj", "/col/col5681/index.html", "工作动态", "dynamic", 16,
          "R3.newest: 2026-12-02 is after as_of + 1, a typo; R3.age 16 > 14")
    p.std(u, 5680, skip=("dynamic",))
    p.subpage(u)


def _u10_scj_tomorrow(p: Portal) -> None:
    """工作动态's newest record is dated 2026-12-01 (as_of + 1, still a date, not a typo); the
    others are 18 and 25 days. R3.newest/age: newest 2026-12-01, age −1: fresh. Nothing."""
    u = p.hunit("scj", "渭滨区市场监督管理局", "department", 5690)
    p.column(u, "工作动态", "dynamic", 5691, [-1, 18, 25])
    p.std(u, 5690, skip=("dynamic",))
    p.subpage(u)


def _u11_tjj_attachment(p: Portal) -> None:
    """通知公告's newest record (30 days) carries an attachment link to
    `/module/download/downfile.jsp?classid=0&filename=2611011030123.xls`, which answers 404.
    R3.broken: a link on the first page of a column (the list a reader sees is the records) →
    `broken_link`. Fresh otherwise."""
    u = p.hunit("tjj", "渭滨区统计局", "department", 5700)
    p.hcol(u, "通知公告", "notice", 5702)
    items = p.arts(u, 5702, "通知公告", "notice", [30, 61, 99], titles=[
        "关于开展2026年统计执法检查的通知", "关于做好第五次全国经济普查数据发布工作的通知",
        "关于报送2026年三季度统计报表的通知"])
    bad = "/module/download/downfile.jsp?classid=0&filename=2611011030123.xls"
    recs = [li(items[0]).replace(
        "</a>", f'</a><a href="{bad}" class="fj" target="_blank">[附件]</a>', 1),
        *(li(i) for i in items[1:])]
    p.listing(u, 5702, "通知公告", p.datastore(5702, recs))
    p.expect("tjj", "broken_link", bad, "R3.broken: a record's attachment answers 404")
    p.std(u, 5700, skip=("notice",))
    p.subpage(u)


def _u12_gxj_pager_query(p: Portal) -> None:
    """The subpage's menu links 工作动态 as 「本局动态」 (no configured name) to
    `/col/col5711/index.html?uid=24xxx&pageNum=1` — the jpage pager's own address of the
    column's first page, copied from the address bar. R3.category: the subpage links the
    configured column (the same first page). Nothing."""
    u = p.hunit("gxj", "渭滨区工业和信息化局", "department", 5710)
    p.std(u, 5710)
    cid = p.pending["/col/col5711/index.html"].body.split('<div id="', 1)[1].split('"', 1)[0]
    pager = f"/col/col5711/index.html?uid={cid}&pageNum=1"
    p.aliases[pager] = "/col/col5711/index.html"
    links = p.menu(u)
    links[0] = ("本局动态", pager)
    p.subpage(u, links)


def _u13_hbj_xxgk_ajax(p: Portal) -> None:
    """政策文件 is a 政府信息公开 platform list loaded by an Ajax POST to
    `/module/xxgk/search.jsp`; the static template shows an empty `<tbody>` and the pager's
    default 「共0条记录」 that the script overwrites (`$('#total').text(d.total)`). A browser shows
    the documents. R3.extraction: items may be there, no date readable → `extraction_failed`
    (warn), never `column_empty`."""
    u = p.hunit("hbj", "宝鸡市生态环境局渭滨分局", "department", 5720)
    p.hcol(u, "政策文件", "policy", 5723)
    docs = p.arts(u, 5723, "政策文件", "policy", [45, 120, 200])
    body = (
        '<div class="xxgk-list"><table width="100%" class="xxgk_table"><thead><tr>'
        "<th>序号</th><th>标题</th><th>发布日期</th></tr></thead><tbody id=\"xxgk_list\">"
        '</tbody></table><div class="page" id="page">共<span id="total">0</span>条记录　'
        '当前第<span id="curr">1</span>/<span id="pages">0</span>页</div></div>\n'
        '<script type="text/javascript">\n$(function(){ $.ajax({ type: "POST", url: '
        '"/module/xxgk/search.jsp", data: { infotypeId: "A0203", jdid: "1", divid: "div5723",'
        ' currpage: 1, standardXxgk: 1 }, dataType: "json", success: function(d){ var s = "";'
        " for (var i = 0; i < d.list.length; i++) { s += '<tr><td>' + (i + 1) + '</td><td>"
        "<a href=\"' + d.list[i].url + '\">' + d.list[i].title + '</a></td><td>' + "
        "d.list[i].date + '</td></tr>'; } $('#xxgk_list').html(s); $('#total').text(d.total);"
        " $('#pages').text(d.pages); } }); });\n</script>"
    )
    rows = [{"title": i.title, "url": i.href, "date": bt(i)} for i in docs]
    p.add("/module/xxgk/search.jsp",
          json.dumps({"total": len(rows), "pages": 1, "list": rows}, ensure_ascii=False),
          ctype="application/json; charset=utf-8")
    p.listing(u, 5723, "政策文件", body)
    p.expect("hbj", "extraction_failed", "/col/col5723/index.html",
             "R3.extraction: the list comes by Ajax; 共0条记录 is the template's default",
             column="政策文件", category="policy")
    p.std(u, 5720, skip=("policy",))
    p.subpage(u)


def _u14_sfj_created_before(p: Portal) -> None:
    """政策文件's records show no date. Their addresses are dated by creation (the drafts of
    25, 31, 44, 60 days ago: `/art/2026/11/5/…`), their pages by 发布日期 after review: 3, 31,
    44, 60 days. README: an article is dated by its labelled date before its address. Fresh
    (3): nothing."""
    u = p.hunit("sfj", "渭滨区司法局", "department", 5730)
    p.hcol(u, "政策文件", "policy", 5733)
    items = p.arts(u, 5733, "政策文件", "policy", [3, 31, 44, 60], url_ages=[25, 31, 44, 60],
                   list_dates=False)
    p.listing(u, 5733, "政策文件", p.datastore(5733, [li(i) for i in items]))
    p.std(u, 5730, skip=("policy",))
    p.subpage(u)


def _u15_slj_windows(p: Portal) -> None:
    """规划计划's newest is exactly 365 days old (fresh: exactly max_age_days still passes);
    人事信息's newest is 366 days (stale: > 365)."""
    u = p.hunit("slj", "渭滨区水利局", "department", 5740)
    p.std(u, 5740)
    p.column(u, "人事信息", "personnel", 5745, [366, 500])
    p.column(u, "规划计划", "plan", 5746, [365, 730])
    stale(p, "slj", "/col/col5745/index.html", "人事信息", "personnel", 366,
          "R3.age: 366 > 365")
    p.subpage(u)


def _u16_tyjrj_store_spam(p: Portal) -> None:
    """工作动态's datastore holds, among its real records (fresh, 4 days), three records hidden by
    `style="display:none"` linking gambling sites (澳门新葡京 …): jpage writes them into the page
    hidden. R3.injection: hidden links to other sites with spam words → `content_injection`."""
    u = p.hunit("tyjrj", "渭滨区退役军人事务局", "department", 5750)
    p.hcol(u, "工作动态", "dynamic", 5751)
    items = p.arts(u, 5751, "工作动态", "dynamic", [4, 9, 15])
    spam = [
        f'<li style="display:none"><a href="http://{host}/" target="_blank">{w}</a>'
        f'<span class="bt-data-time">{p.d(1).isoformat()}</span></li>'
        for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    ]
    recs = [li(items[0]), *spam, *(li(i) for i in items[1:])]
    p.listing(u, 5751, "工作动态", p.datastore(5751, recs))
    p.expect("tyjrj", "content_injection", "/col/col5751/index.html",
             "R3.injection: display:none records linking gambling sites")
    p.std(u, 5750, skip=("dynamic",))
    p.subpage(u)


def _u17_ybj_proxy_500(p: Portal) -> None:
    """Every JCMS list carries its `nextgroup` proxy address inside the text/xml datastore (the
    script POSTs to it for the next group of pages). For 工作动态 a GET to it answers 500. It
    is script data, no link a reader sees or follows (R3.broken: links on the page).
    Fresh: nothing."""
    u = p.hunit("ybj", "渭滨区医疗保障局", "department", 5760)
    p.std(u, 5760)
    for proxy in p.proxy_status:
        if "columnid=5761&" in proxy:
            p.proxy_status[proxy] = 500
    p.subpage(u)


def _u18_jljd_control(p: Portal) -> None:
    """Honest control: a town whose 乡镇动态 records are dated month-day (`11-28`). Fresh."""
    u = p.hunit("jljd", "金陵街道办事处", "town", 6800)
    p.column(u, "乡镇动态", "dynamic", 6801, [2, 5, 12, 20], fmt=lambda i: f"{i.when:%m-%d}"
             if i.when else "")
    p.std(u, 6800, skip=("dynamic",), policy=False)
    p.subpage(u)


def _u19_jelj_link_records(p: Portal) -> None:
    """The subpage's 信息公开目录 is itself a JCMS list of link-type records (链接型信息): each
    record's link goes to one of the unit's columns, by name. A browser shows the menu.
    R3.category: every category shown. Nothing."""
    u = p.hunit("jelj", "经二路街道办事处", "town", 6810)
    p.std(u, 6810, policy=False)
    recs = [f'<li><a href="{c.path}" target="_blank">{c.name}</a></li>' for c in u.columns]
    nav = '<div class="xxgk-nav"><h3>信息公开目录</h3>' + p.datastore(6810, recs) + "</div>"
    p.subpage(u, nav=nav)


def _u20_qjjd_missing(p: Portal) -> None:
    """A town whose subpage menu shows 乡镇动态 and 机构概况 but not 通知公告 (configured and
    fresh). R3.category: required for towns, not shown → `category_missing` (notice). Its
    热搜 box (words the search engine collected from queries) links a search for a script
    tag; the search service answers 404 → `broken_link` (and the bulletin must escape it)."""
    u = p.hunit("qjjd", "清姜街道办事处", "town", 6820)
    p.std(u, 6820, policy=False)
    bad = f"/jrobot/search.do?webid=1&q={HOSTILE}"
    hot = (f'<div class="rsc">热搜：<a href="{escape(bad)}" target="_blank">'
           f"{escape(HOSTILE)}</a></div>")
    p.subpage(u, [(c.name, c.path) for c in u.columns if c.category != "notice"], extra=hot)
    p.expect("qjjd", "category_missing", u.subpage, "R3.category: 通知公告 not shown",
             category="notice")
    p.expect("qjjd", "broken_link", bad, "R3.broken: the search answers 404")


def _u21_myz_control(p: Portal) -> None:
    """Honest control: a town with 人事信息 and 规划计划 too, all fresh. Nothing."""
    u = p.hunit("myz", "马营镇人民政府", "town", 6830)
    p.std(u, 6830, policy=False)
    p.column(u, "人事信息", "personnel", 6835, [150, 380])
    p.column(u, "规划计划", "plan", 6836, [330, 700])
    p.subpage(u)


def _u22_sgz_module(p: Portal) -> None:
    """Honest control in the newer 大汉 module layout: the list is printed in the page
    (`div.default_pgContainer > ul > li`, pager `div.default_pgPanel`), no datastore. Fresh."""
    u = p.hunit("sgz", "石鼓镇人民政府", "town", 6840)
    p.hcol(u, "乡镇动态", "dynamic", 6841)
    items = p.arts(u, 6841, "乡镇动态", "dynamic", [1, 4, 8, 13])
    body = (
        '<div id="24888" class="module"><div class="default_pgContainer"><ul class="list">'
        + "".join(li(i) for i in items)
        + '</ul></div><div class="default_pgPanel"><span class="default_pgTotalRecord">共4条'
        '</span> <span class="default_pgCurrentPage">1</span>/<span class="default_pgTotalPage">'
        "1</span></div></div>"
    )
    p.listing(u, 6841, "乡镇动态", body)
    p.std(u, 6840, skip=("dynamic",), policy=False)
    p.subpage(u)


def _u23_snz_table_records(p: Portal) -> None:
    """Honest control: a town whose 通知公告 records are the classic JCMS one-table-per-line
    (`<table><tr><td>dot</td><td>a</td><td>[2026-10-31]</td></tr></table>`), newest 30 days.
    Fresh."""
    u = p.hunit("snz", "神农镇人民政府", "town", 6850)
    p.hcol(u, "通知公告", "notice", 6852)
    items = p.arts(u, 6852, "通知公告", "notice", [30, 70, 120, 190])
    p.listing(u, 6852, "通知公告", p.datastore(6852, [table_record(i) for i in items]))
    p.std(u, 6850, skip=("notice",), policy=False)
    p.subpage(u)


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_fgj,
    _u02_jtj_two_stores,
    _u03_mzj_pinned_side,
    _u04_czj_tr_records,
    _u05_rsj_tr_stale,
    _u06_zjj_moved,
    _u07_nyj_redesign_404,
    _u08_wjj_empty_proposal,
    _u09_yjj_typo_future,
    _u10_scj_tomorrow,
    _u11_tjj_attachment,
    _u12_gxj_pager_query,
    _u13_hbj_xxgk_ajax,
    _u14_sfj_created_before,
    _u15_slj_windows,
    _u16_tyjrj_store_spam,
    _u17_ybj_proxy_500,
    _u18_jljd_control,
    _u19_jelj_link_records,
    _u20_qjjd_missing,
    _u21_myz_control,
    _u22_sgz_module,
    _u23_snz_table_records,
)


def config_yaml(portal: Portal, base_url: str) -> str:
    root = base_url.rstrip("/")
    lines = [
        "portal:",
        f"  name: {SITE}",
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
            f"    subpage: {root}{u.subpage}",
            "    columns:",
        ]
        lines += [
            f'      - {{name: {c.name}, url: "{root}{c.path}", category: {c.category}}}'
            for c in u.columns
        ]
    return "\n".join(lines) + "\n"
