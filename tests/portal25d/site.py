"""The portal25d trap portal: over-reach of the reading rules commit 77ddc9d added (for portals
24z, 25b and 25c), on honest pages they must leave alone and on hacked or stale pages they
must still catch. The portal is 宝鸡市渭滨区人民政府 on its 大汉 Hanweb JCMS platform (the chrome,
`/col/colNNNN/` columns and `<datastore>` records of `tests.portal25b.site`), with the towns'
old home-grown ASP.NET 镇街政务公开平台 (`/zjxx/list.aspx?uid=<unit>&cid=<column>&page=1`)
still serving three of the 镇/街道.

The rules under test, and the trap each meets:

- `checks/injection.py` `_shares` (a share service's link carrying a page is no foreign host):
  hidden footer links to gambling sites through `/share/…?url=http…`, `/recommend/?url=` and
  `?from=<this page>` addresses (zjj); the same with gambling words as anchors (scj, control);
- `crawler/extract/reveal.py` `_JQUERY_SHOW`/`_STATE_ADDED` (a class a script toggles opens the
  element): a list's row-highlight script (`addClass("li-hover")` / `removeClass`) over hidden
  rows linking a hospital's SEO sites (wjw) and gambling sites (yjj, control);
- lexicon `[context]` 执法: the hijacked `<title>` and description of the 城市管理执法局's own
  subpage (cgj), beside that office's honest 老虎机 inspection news;
- `crawler/extract/blocks.py` `_unsaid`: keywords and description hijacked, and the same words
  "said" by a visible gambling advertisement pasted into the body (swj); an honest anti-gambling
  story's keywords (gaj, control);
- the new terms 彩票投注 and the 丨 bar: a hidden mobile menu linking 福利彩票投注站查询 (mzj); a
  visible 体彩 strip joined by 丨, and a bShare panel on an article (tyj);
- `crawler/reader.py` `_with_islands` (datastore records are the page's links and blocks): a
  专题 carousel whose records are slides hidden until the slider starts, linking 中国文明网 and
  陕西传媒网 (whj); gambling records hidden by the template's `.hide` class (tyjrj); a 404
  attachment on a record of the datastore's second page (tjj);
- `crawler/extract/grouping.py` `_without_counts`: a view count written before the date whose
  digits are also the date's (jtj);
- `crawler/extract/dates.py` `_OTHER_LABEL`/`_labelled_other`: lists whose only dates are
  报名截止： deadlines (rsj) or 更新： stamps (zrj);
- `grouping._OTHER_DATE_HEADER`/`_published_cell`: a 发布/截止日期 header (czj) and a sortable
  header whose names are links (sfj);
- `checks/urls.py` `page_key` (a page-number parameter at 1 and `uid` are dropped): a town's
  subpage linking the district office's notices (`uid=1`) instead of its own (xz_gj), one linking
  its own columns without `&page=1` (xz_by), one with the parameters in another order (xz_jt).

Controls: a failing department (stale, empty, category missing, injection, a 404 search with a
hostile query: nyj), a 404 subpage and column (lyj), a healthy town (jljd).

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md must
report (`p.expect`, citing the rule). Ages are literal. The reference day is `AS_OF`,
2026-12-14, a Monday. The server is `tests.portal24k.server`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from html import escape

from tests.portal24.html import Item
from tests.portal24.site import Column, Unit
from tests.portal24f.site import stale
from tests.portal24g.site import GAMBLING, HOSTILE, SPAM_WORDS
from tests.portal25b.site import CATEGORIES, MAX_AGE, SITE, Expect, bt, config_yaml, li, metas, page
from tests.portal25b.site import Portal as _Portal

__all__ = [
    "AS_OF", "CATEGORIES", "GAJ_STORY", "MAX_AGE", "Expect", "Portal", "build", "config_yaml",
]

AS_OF = date(2026, 12, 14)
GAJ_STORY = "/art/2026/12/13/art_7201_57001.html"  # gaj's newest article (X2), a fixed address
ZJ = "/zjxx/"  # the towns' home-grown 镇街政务公开平台
ZJ_NAME = "渭滨区镇街政务公开平台"


class Portal(_Portal):
    """`tests.portal25b.site.Portal` plus edits made to rendered pages (`patch`: what an
    injector or a template adds to a page once it is built) and the towns' home-grown system."""

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.patches: list[tuple[str, str, str]] = []
        self._show = 31000  # the home-grown system's article ids

    def patch(self, path: str, old: str, new: str) -> None:
        """Replace `old` (which must be there) by `new` in the page at `path`, once it is built."""
        self.patches.append((path, old, new))

    def apply_patches(self) -> None:
        for path, old, new in self.patches:
            route = self.routes[path]
            text = route.body.decode("utf-8")
            assert old in text, (path, old)
            self.routes[path] = replace(route, body=text.replace(old, new, 1).encode("utf-8"))

    def subpage(
        self,
        u: Unit,
        links: Sequence[tuple[str, str]] | None = None,
        *,
        nav: str | None = None,
        extra: str = "",
        path: str | None = None,
        title: str | None = None,
        head: str = "",
    ) -> None:
        """The JCMS subpage of `tests.portal25b`, with a `title` and more `head` of its own."""
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
        html = page(title or f"{u.name} {SITE}", metas(u.name, "部门信息公开") + head,
                    self.today, self.trail(u), body, side)
        self.add(path or u.subpage, html)

    def story(self, u: Unit, colid: int, column: str, item: Item, paras: Sequence[str],
              keywords: str = "", description: str = "") -> None:
        """Write the article of `item` (new, or one `arts` made) with its own text, keywords
        and description."""
        assert item.when is not None
        head = metas(column, column, ArticleTitle=item.title, PubDate=f"{item.when} 10:00",
                     ContentSource=u.name)
        if keywords:
            head += f'\n<meta name="keywords" content="{escape(keywords)}">'
        if description:
            head += f'\n<meta name="description" content="{escape(description)}">'
        text = "".join(f'<p style="text-indent:2em;">{escape(x)}</p>' for x in paras)
        body = (
            f'<div class="article"><div class="art-title"><h1>{escape(item.title)}</h1></div>'
            f'<div class="art-info"><span>发布日期：{item.when}</span>'
            f"<span>信息来源：{escape(u.name)}</span></div>"
            f'<div id="zoom" class="art-con"><meta name="ContentStart">{text}'
            '<meta name="ContentEnd"></div><div class="art-tools">【<a '
            'href="javascript:window.print()">打印本页</a>】【<a '
            'href="javascript:window.close()">关闭窗口</a>】</div></div>'
        )
        crumbs = [*self.trail(u), (column, f"/col/col{colid}/index.html")]
        self.add(item.href, page(f"{item.title} {column} {u.name}", head, self.today, crumbs,
                                 body))

    # -- the towns' home-grown system ----------------------------------------------------------

    def zunit(self, uid: str, name: str, number: int) -> Unit:
        u = Unit(uid, name, "town", f"{ZJ}index.aspx?uid={number}")
        self.units.append(u)
        return u

    def zlist(self, u: Unit | None, number: int, cid: int, name: str, ages: Sequence[int],
              *, category: str | None = None) -> str:
        """A column of the home-grown system (configured when `category` is given), its
        articles `show.aspx?id=N`; its address as the pager's 首页 link writes it."""
        path = f"{ZJ}list.aspx?uid={number}&cid={cid}&page=1"
        if u is not None and category is not None:
            u.columns.append(Column(name, category, path))
        owner = u.name if u is not None else "渭滨区人民政府办公室"
        rows = []
        for age in ages:
            self._show += 1
            when = self.d(age)
            title = f"{owner.replace('人民政府', '')}{TOWN_TOPICS[self._show % len(TOWN_TOPICS)]}"
            href = f"show.aspx?id={self._show}"
            self.add(f"{ZJ}{href}", zj_article(owner, name, title, when, self.today))
            rows.append(
                f'<tr><td class="dot">·</td><td class="bt"><a href="{href}" target="_blank" '
                f'title="{escape(title)}">{escape(title)}</a></td>'
                f'<td class="rq">{when:%Y-%m-%d}</td></tr>'
            )
        first = escape(f"list.aspx?uid={number}&cid={cid}&page=1")
        body = (
            f'<div class="lm"><h3>{escape(name)}</h3></div><table class="newslist" width="100%" '
            f'cellspacing="0" cellpadding="0">{"".join(rows)}</table>'
            f'<div class="pager">共{len(rows)}条记录 第1/1页 <a href="{first}">首页</a> 上一页 '
            f'下一页 <a href="{first}">尾页</a></div>'
        )
        self.add(path, zj_page(f"{name}-{owner}", name, owner, body, self.today))
        return path

    def zsubpage(self, u: Unit, number: int, menu: Sequence[tuple[str, str]]) -> None:
        links = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in menu)
        body = (
            f'<div class="zj-menu"><h3>{escape(u.name)}</h3><ul>{links}</ul></div>'
            f'<div class="zj-intro"><p>{escape(u.name)}政务公开专栏。</p></div>'
        )
        self.add(u.subpage, zj_page(u.name, "镇街政务公开", u.name, body, self.today))


TOWN_TOPICS = (
    "召开冬季安全生产工作会议",
    "开展人居环境整治“回头看”",
    "组织收看全区重点项目观摩会",
    "开展冬季征兵宣传",
    "召开村（社区）干部述职评议会",
    "开展冬季防火安全检查",
)


def zj_page(title: str, column: str, owner: str, body: str, today: date) -> str:
    """The home-grown system's page: its own plain chrome, the 指引 tags the district asks."""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html><head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>{escape(title)}-{ZJ_NAME}</title>\n{metas(column, column)}\n"
        f'<link href="{ZJ}css/style.css" rel="stylesheet" type="text/css" /></head>\n<body>\n'
        f'<div class="zj-top"><span>{ZJ_NAME}</span> <a href="/index.html">'
        f'渭滨区人民政府门户网站</a> | <a href="{ZJ}default.aspx">平台首页</a></div>\n'
        f'<div class="zj-crumb">当前位置：<a href="{ZJ}default.aspx">平台首页</a> &gt; '
        f"{escape(owner)} &gt; {escape(column)}</div>\n"
        f'<div class="zj-main">{body}</div>\n'
        f'<div class="zj-foot">主办：渭滨区人民政府办公室　技术支持：宝鸡市金台网络科技有限公司　'
        f"Copyright 2012-{today.year}</div>\n</body></html>\n"
    )


def zj_article(owner: str, column: str, title: str, when: date, today: date) -> str:
    body = (
        f'<div class="show"><h1>{escape(title)}</h1><div class="info">发布时间：{when:%Y-%m-%d}'
        f" 09:00　来源：{escape(owner)}</div><div class=\"con\"><p>{escape(title)}，"
        "会议要求各村（社区）抓好落实。</p></div></div>"
    )
    text = zj_page(title, column, owner, body, today)
    tags = (f'<meta name="ArticleTitle" content="{escape(title)}">'
            f'<meta name="PubDate" content="{when:%Y-%m-%d} 09:00">'
            f'<meta name="ContentSource" content="{escape(owner)}">')
    return text.replace("</title>", "</title>\n" + tags, 1)


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.finish()
    for path in (f"{ZJ}default.aspx",):
        p.add(path, zj_page("平台首页", "镇街政务公开", "渭滨区", "<p>镇街政务公开</p>", today))
    p.add(f"{ZJ}css/style.css", "body{}", ctype="text/css")
    p.apply_patches()
    return p


FOOTER = '<div class="footer">'


def printed(cid: int, lines: Sequence[str]) -> str:
    """The newer 大汉 module layout: the list printed in the page, its pager beside it."""
    return (
        f'<div id="{cid}" class="module"><div class="default_pgContainer"><ul class="list">'
        + "".join(lines)
        + '</ul></div><div class="default_pgPanel"><span class="default_pgTotalRecord">'
        f"共{len(lines)}条</span> <span class=\"default_pgCurrentPage\">1</span>/"
        '<span class="default_pgTotalPage">1</span></div></div>'
    )


# The template's row highlight on 大汉 list pages: a hovered line gets a background.
ROW_HOVER = (
    "<style type=\"text/css\">.default_pgContainer li.li-hover{background:#f5f7fa}</style>\n"
    '<script type="text/javascript">$(".default_pgContainer li").hover(function(){'
    '$(this).addClass("li-hover");},function(){$(this).removeClass("li-hover");});</script>'
)


def hidden_row(href: str, text: str, day: date) -> str:
    return (
        f'<li style="display:none"><a href="{href}" target="_blank">{escape(text)}</a>'
        f'<span class="bt-data-time">{day}</span></li>'
    )


# =========================================================================================
# The units. Rules: R3.newest, R3.age, R3.unreachable, R3.empty, R3.category, R3.broken,
# R3.injection (RULES.md §3); the windows of RULES.md §2 and `tests.portal25b.CATEGORIES`.
# R3.injection: hidden links that point to other sites or carry spam words, and blocks of
# porn or gambling SEO phrases, are injection; a hidden mobile menu, reporting on spam and
# official phrases sharing characters with spam are not.
# =========================================================================================


def _u01_mzj_lottery_menu(p: Portal) -> None:
    """Honest: the subpage's mobile menu (`.m-menu{display:none}`, shown by an `@media` rule on
    small screens) links the office's own 婚姻登记预约, 福利彩票投注站查询 and 养老服务 pages.
    R3.injection: "nor is a hidden mobile menu"; 福利彩票投注站 is the state lottery's outlet,
    an official phrase sharing characters with spam; every link is the site's own. Nothing."""
    u = p.hunit("mzj", "渭滨区民政局", "department", 7010)
    p.std(u, 7010)
    pages = (("婚姻登记预约", 7017), ("福利彩票投注站查询", 7018), ("养老服务", 7019))
    for name, colid in pages:
        p.add(f"/col/col{colid}/index.html", page(
            f"{name} {u.name}", metas(name, name), p.today,
            [*p.trail(u), (name, f"/col/col{colid}/index.html")], f"<p>{name}</p>"))
    links = "".join(
        f'<li><a href="/col/col{colid}/index.html">{name}</a></li>' for name, colid in pages
    )
    menu = (
        '<style type="text/css">.m-menu{display:none}'
        "@media screen and (max-width:768px){.m-menu{display:block}}</style>"
        '<div class="m-menu"><ul><li><a href="/index.html">首页</a></li>'
        f"{links}</ul></div>"
    )
    p.subpage(u, extra=menu)


def _u02_tyj_lottery_strip(p: Portal) -> None:
    """Honest: the subpage shows the 体彩 service strip 「体育彩票投注站丨竞彩足球丨大乐透丨排列三丨
    七星彩丨开奖公告丨公益金使用」 (phrases joined by 丨, one of them naming 彩票投注); the newest
    工作动态 article carries a bShare 分享到 panel (`display:none`, opened by the vendor's
    `bShare.more(event)`) whose links hand 人人网, 豆瓣 and 开心网 the article's own address.
    R3.injection: the state lottery's names are official phrases, and a share box is the page's
    own control linking share services. Nothing."""
    u = p.hunit("tyj", "渭滨区教育体育局", "department", 7020)
    items = p.column(u, "工作动态", "dynamic", 7021, [1, 4, 9, 15])
    p.std(u, 7020, skip=("dynamic",))
    newest = items[0].href
    panel = (
        '<div class="bshare-custom"><span>分享到：</span><a class="bshare-sinaminiblog" '
        'href="javascript:;" title="分享到新浪微博"></a><a class="bshare-weixin" '
        'href="javascript:;" title="分享到微信"></a><a class="bshare-more" href="javascript:;" '
        'onclick="javascript:bShare.more(event);return false;">更多</a></div>'
        '<div id="bsPanel" class="bsPanel" style="display:none">'
        f'<a href="http://widget.renren.com/dialog/share?resourceUrl=http://__HP__{newest}">人人网</a>'
        f'<a href="http://www.douban.com/recommend/?url=http://__HP__{newest}">豆瓣</a>'
        f'<a href="http://www.kaixin001.com/rest/records.php?url=http://__HP__{newest}">开心网</a>'
        "</div>"
    )
    p.patch(newest, '<div class="art-tools">', panel + '<div class="art-tools">')
    strip = (
        '<div class="tcfw"><span class="tit">体彩服务：</span>体育彩票投注站丨竞彩足球丨大乐透丨'
        "排列三丨七星彩丨开奖公告丨公益金使用</div>"
    )
    p.subpage(u, extra=strip)


def _u03_zjj_share_urls(p: Portal) -> None:
    """Hacked: after 工作动态's list the template's footer include carries a `display:none` div of
    three links to gambling sites, their anchors words no lexicon lists (世界杯竞猜平台,
    棋牌游戏下载, 电子游艺官网) and their addresses shaped like share links:
    `hg8868-vip.com/share/index.html?url=http://www.hg8868-vip.com/reg/`,
    `js77888.net/?from=<this page>`, `am-pj0099.com/recommend/?url=…`. R3.injection: links
    hidden from readers that point to other sites → `content_injection` on that page."""
    u = p.hunit("zjj", "渭滨区住房和城乡建设局", "department", 7030)
    p.std(u, 7030)
    path = "/col/col7031/index.html"
    hidden = (
        '<div style="display:none">'
        '<a href="http://www.hg8868-vip.com/share/index.html?url=http://www.hg8868-vip.com/reg/" '
        'target="_blank">世界杯竞猜平台</a> '
        f'<a href="http://www.js77888.net/?from=http://__HP__{path}" target="_blank">'
        "棋牌游戏下载</a> "
        '<a href="http://www.am-pj0099.com/recommend/?url=http://www.am-pj0099.com/" '
        'target="_blank">电子游艺官网</a></div>'
    )
    p.patch(path, FOOTER, hidden + FOOTER)
    p.expect("zjj", "content_injection", path,
             "R3.injection: display:none links to other sites (share-shaped addresses)")
    p.subpage(u)


def _u04_wjw_hover_rows(p: Portal) -> None:
    """Hacked: 工作动态 (printed module list, newest 2 days) has two `li style="display:none"`
    rows linking a hospital's SEO sites (北京无痛人流医院哪家好, 郑州男科医院排名); the template's
    row-highlight script adds and removes `li-hover` on hovered lines. A hidden row cannot be
    hovered, and the class only paints a background. R3.injection: hidden links to other sites
    → `content_injection`. Fresh otherwise."""
    u = p.hunit("wjw", "渭滨区卫生健康局", "department", 7040)
    p.hcol(u, "工作动态", "dynamic", 7041)
    items = p.arts(u, 7041, "工作动态", "dynamic", [2, 5, 9, 14, 20])
    lines = [li(i) for i in items]
    lines.insert(1, hidden_row("http://www.bjwtrl-yy.com/", "北京无痛人流医院哪家好", p.d(1)))
    lines.insert(4, hidden_row("http://www.zznk120.com/", "郑州男科医院排名", p.d(1)))
    p.listing(u, 7041, "工作动态", printed(24401, lines) + ROW_HOVER)
    p.expect("wjw", "content_injection", "/col/col7041/index.html",
             "R3.injection: display:none rows linking other sites; a hover class opens nothing")
    p.std(u, 7040, skip=("dynamic",))
    p.subpage(u)


def _u05_cgj_enforcement_title(p: Portal) -> None:
    """Hacked: the subpage of 渭滨区城市管理执法局 has its `<title>` hijacked
    (澳门新葡京官网_新葡京娱乐场_渭滨区城市管理执法局, reset for readers by `document.title`) and
    the spam put before its description (…新葡京娱乐场在线注册。渭滨区城市管理执法局负责全区城市管理
    综合执法工作). The office's name says 执法: it is no report on spam. R3.injection (hijacked
    title and description, one gambling brand repeated) → `content_injection` on the subpage.
    Honest beside it: the newest 工作动态 article is the office's own inspection news (查扣老虎机,
    责令整改) tagged 专项检查,游艺场所,老虎机 — reporting, nothing."""
    u = p.hunit("cgj", "渭滨区城市管理执法局", "department", 7050)
    p.hcol(u, "工作动态", "dynamic", 7051)
    items = p.arts(u, 7051, "工作动态", "dynamic", [1, 6, 12, 20], titles=[
        "区城管执法局联合区文旅局开展游艺场所专项检查",
        "区城管执法局开展占道经营专项整治",
        "区城管执法局召开冬季市容环境保障工作会",
        "区城管执法局开展燃气安全进社区宣传"])
    p.story(u, 7051, "工作动态", items[0], [
        "12月12日，区城管执法局联合区文化和旅游局对辖区游艺场所开展专项检查，共检查游艺厅6家，"
        "查扣违规老虎机类设备8台。",
        "对存在问题的2家经营场所，执法人员当场责令整改，并将持续开展巡查，巩固整治成效。",
    ], keywords="专项检查,游艺场所,老虎机",
       description="区城管执法局联合区文旅局开展游艺场所专项检查，查扣违规老虎机类设备8台。")
    p.listing(u, 7051, "工作动态", p.datastore(7051, [li(i) for i in items]))
    p.std(u, 7050, skip=("dynamic",))
    head = (
        '\n<meta name="description" content="澳门新葡京官网为您提供新葡京娱乐场在线注册。'
        '渭滨区城市管理执法局负责全区城市管理综合执法工作">'
    )
    reset = f'<script type="text/javascript">document.title="{u.name} {SITE}";</script>'
    p.subpage(u, title="澳门新葡京官网_新葡京娱乐场_渭滨区城市管理执法局", head=head, extra=reset)
    p.expect("cgj", "content_injection", u.subpage,
             "R3.injection: a hijacked title and description (新葡京 repeated)")


def _u06_swj_said_by_ad(p: Portal) -> None:
    """Hacked: 工作动态's page has hijacked keywords (澳门新葡京,太阳城娱乐,皇冠体育投注,注册送彩金)
    and description, and a gambling advertisement pasted before `</body>` (visible prose:
    「澳门新葡京娱乐场官网是亚洲最具影响力的线上娱乐平台，太阳城娱乐与皇冠体育投注…注册送彩金…」).
    R3.injection: gambling SEO phrases in the head and an advertisement of four distinct
    gambling terms in the body → `content_injection` on that page. Fresh otherwise."""
    u = p.hunit("swj", "渭滨区商务局", "department", 7060)
    p.std(u, 7060)
    path = "/col/col7061/index.html"
    tags = (
        '<meta name="keywords" content="澳门新葡京,太阳城娱乐,皇冠体育投注,注册送彩金">\n'
        '<meta name="description" '
        'content="澳门新葡京娱乐场官网，太阳城娱乐，皇冠体育投注，注册送彩金">\n'
    )
    ad = (
        '<p style="text-align:center;color:#333">澳门新葡京娱乐场官网是亚洲最具影响力的'
        "线上娱乐平台，太阳城娱乐与皇冠体育投注为您提供安全保障，新用户注册送彩金，欢迎访问。</p>\n"
    )
    p.patch(path, '<meta http-equiv="X-UA-Compatible"', tags + '<meta http-equiv="X-UA-Compatible"')
    p.patch(path, "</body>", ad + "</body>")
    p.expect("swj", "content_injection", path,
             "R3.injection: hijacked keywords/description and a visible gambling advertisement")
    p.subpage(u)


def _u07_whj_store_carousel(p: Portal) -> None:
    """Honest: the subpage's 专题专栏 carousel is a SuperSlide box (`jQuery(".slideBox").slide(…)`)
    whose slides are the records of a JCMS datastore, each `li style="display:none"` until the
    slider starts: the district's 创建文明城市 story, 中国文明网 (www.wenming.cn) and 陕西传媒网
    (www.sxdaily.com.cn). A slide a reader sees in turn hides nothing (the page's own control
    shows it), and its links are official media. R3.injection: nothing."""
    u = p.hunit("whj", "渭滨区文化和旅游局", "department", 7070)
    p.std(u, 7070)
    story = p.arts(u, 1004, "专题专栏", "dynamic", [3],
                   titles=["渭滨区召开创建全国文明城市推进会"])[0]
    p.add("/col/col1004/index.html", page(
        f"专题专栏 {SITE}", metas("专题专栏", "专题专栏"), p.today,
        [("首页", "/index.html"), ("专题专栏", "/col/col1004/index.html")],
        p.datastore(1004, [li(story)])))
    slides = [
        (story.href, story.title),
        ("http://www.wenming.cn/", "中国文明网"),
        ("https://www.sxdaily.com.cn/", "陕西传媒网"),
    ]
    records = [
        f'<li style="display:none"><a href="{h}" target="_blank"><img src="/images/2021/logo.png" '
        f'alt="{escape(t)}"></a><p>{escape(t)}</p></li>'
        for h, t in slides
    ]
    box = (
        '<div class="slideBox ztzl" id="ztzl"><div class="hd"><ul><li class="on">1</li><li>2</li>'
        f'<li>3</li></ul></div><div class="bd">{p.datastore(1004, records, per_page=3)}</div>'
        '</div><script type="text/javascript" src="/images/2021/jquery.SuperSlide.2.1.1.js">'
        '</script><script type="text/javascript">jQuery(".slideBox").slide({mainCell:".bd ul",'
        'effect:"leftLoop",autoPlay:true});</script>'
    )
    p.add("/images/2021/jquery.SuperSlide.2.1.1.js", "/* SuperSlide */", ctype="text/javascript")
    p.subpage(u, extra=box)


def _u08_tyjrj_class_hidden_records(p: Portal) -> None:
    """Hacked: 工作动态's datastore holds, among its records (fresh, 3 days), three records
    `li class="hide"` linking gambling sites (澳门新葡京, 太阳城娱乐, 皇冠体育投注); the template's
    own style says `.hide{display:none}`. R3.injection: hidden links to other sites with spam
    words → `content_injection`."""
    u = p.hunit("tyjrj", "渭滨区退役军人事务局", "department", 7080)
    p.hcol(u, "工作动态", "dynamic", 7081)
    items = p.arts(u, 7081, "工作动态", "dynamic", [3, 8, 13])
    spam = [
        f'<li class="hide"><a href="http://{host}/" target="_blank">{w}</a>'
        f'<span class="bt-data-time">{p.d(1)}</span></li>'
        for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    ]
    style = '<style type="text/css">.hide{display:none}.lm-list li{line-height:36px}</style>'
    p.listing(u, 7081, "工作动态", style + p.datastore(7081, [li(items[0]), *spam,
                                                             *(li(i) for i in items[1:])]))
    p.expect("tyjrj", "content_injection", "/col/col7081/index.html",
             "R3.injection: records hidden by the page's .hide rule, linking gambling sites")
    p.std(u, 7080, skip=("dynamic",))
    p.subpage(u)


def _u09_tjj_second_page_attachment(p: Portal) -> None:
    """Honest: 通知公告's datastore ships the column's first group of pages, 20 records with
    `perPage: 15` (jpage shows 15, its pager the other 5 on page 2). The 18th record's [附件]
    (`downfile.jsp?…2605181030456.xls`) answers 404. R3.broken counts links on the first page
    of a column; that record is on its second. Fresh (12 days): nothing."""
    u = p.hunit("tjj", "渭滨区统计局", "department", 7090)
    p.hcol(u, "通知公告", "notice", 7092)
    ages = [12, 20, 27, 33, 41, 48, 55, 63, 70, 78, 86, 95, 103, 110, 118, 127, 135, 142, 150, 161]
    items = p.arts(u, 7092, "通知公告", "notice", ages)
    bad = "/module/download/downfile.jsp?classid=0&filename=2605181030456.xls"
    records = [li(i) for i in items]
    records[17] = records[17].replace(
        "</a>", f'</a><a href="{bad}" class="fj" target="_blank">[附件]</a>', 1)
    p.listing(u, 7092, "通知公告", p.datastore(7092, records, per_page=15))
    p.std(u, 7090, skip=("notice",))
    p.subpage(u)


def _u10_jtj_count_before_date(p: Portal) -> None:
    """Honest: 工作动态 lines are `a + span.hits(👁 N) + span.bt-data-time(date)` — the view count
    before the date — newest 2 days: dates 2026-12-12, -10, -07, -03, 11-28 with counts 6, 2, 12,
    20, 26 (each count's digits also stand in its date). The dates are shown whole: fresh at 2
    (R3.newest). 通知公告 lines put the count after the date (30, 61, 95 days): fresh. Nothing."""
    u = p.hunit("jtj", "渭滨区交通运输局", "department", 7100)
    p.hcol(u, "工作动态", "dynamic", 7101)
    items = p.arts(u, 7101, "工作动态", "dynamic", [2, 4, 7, 11, 16])
    counts = [6, 2, 12, 20, 26]
    lines = []
    for i, n in zip(items, counts, strict=True):
        assert str(n) in bt(i), "the trap: the count's digits stand in the date"
        t = escape(i.title)
        lines.append(
            f'<li><a href="{i.href}" target="_blank" title="{t}">{t}</a><span class="hits">'
            f'<i class="icon-eye"></i>{n}</span><span class="bt-data-time">{bt(i)}</span></li>'
        )
    p.listing(u, 7101, "工作动态", printed(24501, lines))
    p.hcol(u, "通知公告", "notice", 7102)
    items = p.arts(u, 7102, "通知公告", "notice", [30, 61, 95])
    lines = [
        f'<li><a href="{i.href}" target="_blank">{escape(i.title)}</a><span class="bt-data-time">'
        f'{bt(i)}</span><span class="hits"><i class="icon-eye"></i>{n}</span></li>'
        for i, n in zip(items, [2, 6, 20], strict=True)
    ]
    p.listing(u, 7102, "通知公告", printed(24502, lines))
    p.std(u, 7100, skip=("dynamic", "notice"))
    p.subpage(u)


def _deadline_records(p: Portal, u: Unit, colid: int, name: str, category: str,
                      ages: Sequence[int], label: Callable[[date], str],
                      titles: Sequence[str]) -> None:
    """Records showing one labelled date each (`label(published)`), not the publication."""
    p.hcol(u, name, category, colid)
    items = p.arts(u, colid, name, category, ages, titles=titles, list_dates=False)
    records = [
        f'<li><a href="{i.href}" target="_blank" title="{escape(i.title)}">{escape(i.title)}</a>'
        f'<span class="bt-data-time">{label(p.d(age))}</span></li>'
        for i, age in zip(items, ages, strict=True)
    ]
    p.listing(u, colid, name, p.datastore(colid, records))


def _u11_rsj_deadlines_only(p: Portal) -> None:
    """通知公告 is a list of 招聘 notices whose lines show only 报名截止：(30 days after each was
    published: 175, 198, 232 days ago); the articles say 发布日期 205, 228, 262 days. A deadline
    is no publication; the list shows no item date, so the articles date it (R3.newest): stale
    at 205 (183)."""
    u = p.hunit("rsj", "渭滨区人力资源和社会保障局", "department", 7110)
    _deadline_records(p, u, 7112, "通知公告", "notice", [205, 228, 262],
                      lambda pub: f"报名截止：{pub + timedelta(days=30)}", [
                          "渭滨区2026年公开招聘社区专职工作人员公告",
                          "渭滨区2026年公益性岗位招聘公告",
                          "渭滨区2026年“三支一扶”人员招募公告"])
    stale(p, "rsj", "/col/col7112/index.html", "通知公告", "notice", 205,
          "R3.newest: 报名截止 is a deadline; the articles' 发布日期; R3.age 205 > 183")
    p.std(u, 7110, skip=("notice",))
    p.subpage(u)


def _u12_zrj_updated_only(p: Portal) -> None:
    """政策文件 lines show only `更新：2026-12-10` (every document re-saved 4 days ago when the
    规范性文件 were reviewed); the articles say 发布日期 236, 290, 340 days. An edit is no new
    item (RULES §2); the list shows no publication, so the articles date it (R3.newest):
    stale at 236 (183)."""
    u = p.hunit("zrj", "渭滨区自然资源局", "department", 7120)
    _deadline_records(p, u, 7123, "政策文件", "policy", [236, 290, 340],
                      lambda _pub: f"更新：{p.d(4)}", [
                          "渭滨区国有建设用地使用权出让管理办法",
                          "渭滨区农村宅基地审批管理实施细则",
                          "渭滨区耕地保护激励办法"])
    stale(p, "zrj", "/col/col7123/index.html", "政策文件", "policy", 236,
          "R3.newest: 更新 is an edit; the articles' 发布日期; R3.age 236 > 183")
    p.std(u, 7120, skip=("policy",))
    p.subpage(u)


def table(head: Sequence[str], body: Sequence[Sequence[str]], cls: str) -> str:
    th = "".join(f"<th>{c}</th>" for c in head)
    tr = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
    return (f'<table class="{cls}" width="100%" border="0" cellspacing="0" cellpadding="0">'
            f"<tr>{th}</tr>{tr}</table>")


def link(i: Item) -> str:
    return f'<a href="{i.href}" target="_blank" title="{escape(i.title)}">{escape(i.title)}</a>'


def _u13_czj_published_deadline_cell(p: Portal) -> None:
    """通知公告 (政府采购 notices) is a table 序号 | 项目名称 | 发布/截止日期 whose cells read
    `2026-05-28/2026-06-18`: published 200, 224, 260 days ago, bids closing 21 days later (179,
    203, 239). The header names the publication first; the item's date is it (R3.newest):
    stale at 200 (183)."""
    u = p.hunit("czj", "渭滨区财政局", "department", 7130)
    p.hcol(u, "通知公告", "notice", 7132)
    ages = [200, 224, 260]
    items = p.arts(u, 7132, "通知公告", "notice", ages, titles=[
        "渭滨区2026年农村公路养护项目公开招标公告",
        "渭滨区2026年校舍维修项目竞争性磋商公告",
        "渭滨区2026年办公设备采购项目询价公告"])
    body = [
        [str(n + 1), link(i), f"{p.d(age)}/{p.d(age) + timedelta(days=21)}"]
        for n, (i, age) in enumerate(zip(items, ages, strict=True))
    ]
    p.listing(u, 7132, "通知公告", table(["序号", "项目名称", "发布/截止日期"], body, "cggg"))
    stale(p, "czj", "/col/col7132/index.html", "通知公告", "notice", 200,
          "R3.newest: the cell's 发布 date, not its 截止; R3.age 200 > 183")
    p.std(u, 7130, skip=("notice",))
    p.subpage(u)


def _u14_sfj_sortable_header(p: Portal) -> None:
    """政策文件 is a table 标题 | 文号 | 成文日期 | 发布日期 | 施行日期 whose header names are sort
    links (`<a href="javascript:;" onclick="sortBy('fbrq')">发布日期</a>`): 发布日期 200, 230,
    270 days; 施行日期 10, 40, 70 days ago. The items' dates are the 发布日期 column (R3.newest):
    stale at 200 (183)."""
    u = p.hunit("sfj", "渭滨区司法局", "department", 7140)
    p.hcol(u, "政策文件", "policy", 7143)
    ages, effect = [200, 230, 270], [10, 40, 70]
    items = p.arts(u, 7143, "政策文件", "policy", ages, titles=[
        "渭滨区行政规范性文件管理办法", "渭滨区重大行政决策程序规定", "渭滨区行政执法公示办法"])
    head = [
        f'<a href="javascript:;" onclick="sortBy(\'{key}\')">{name}</a>'
        for name, key in (("标题", "bt"), ("文号", "wh"), ("成文日期", "cwrq"),
                          ("发布日期", "fbrq"), ("施行日期", "ssrq"))
    ]
    body = [
        [link(i), f"渭政发〔2026〕{9 - n}号", f"{p.d(age + 5)}", f"{p.d(age)}", f"{p.d(e)}"]
        for n, (i, age, e) in enumerate(zip(items, ages, effect, strict=True))
    ]
    p.listing(u, 7143, "政策文件", table(head, body, "zcwj"))
    stale(p, "sfj", "/col/col7143/index.html", "政策文件", "policy", 200,
          "R3.newest: the 发布日期 column, not 施行日期; R3.age 200 > 183")
    p.std(u, 7140, skip=("policy",))
    p.subpage(u)


def _u15_xz_gj_other_uid(p: Portal) -> None:
    """A town on the home-grown system (uid 31): its 乡镇动态, 通知公告 and 机构概况 are
    configured as the pager writes them (`list.aspx?uid=31&cid=N&page=1`), all fresh. The
    subpage links 乡镇动态 and 机构概况, and for notices 「区政府公告」 →
    `list.aspx?uid=1&cid=2&page=1`, the district office's notices, not the town's own.
    R3.category: no link to the unit's 通知公告 and no link named 通知公告 →
    `category_missing` (notice)."""
    u = p.zunit("xz_gj", "高家镇人民政府", 31)
    dyn = p.zlist(u, 31, 1, "乡镇动态", [1, 5, 9, 16], category="dynamic")
    p.zlist(u, 31, 2, "通知公告", [20, 60, 130], category="notice")
    gk = p.zlist(u, 31, 4, "机构概况", [900, 1200], category="overview")
    district = p.zlist(None, 1, 2, "通知公告", [2, 8, 15])
    p.zsubpage(u, 31, [("乡镇动态", dyn), ("区政府公告", district), ("机构概况", gk)])
    p.expect("xz_gj", "category_missing", u.subpage,
             "R3.category: the subpage links uid=1's notices, not the town's, none named 通知公告",
             category="notice")


def _u16_xz_by_no_page_param(p: Portal) -> None:
    """A town on the home-grown system (uid 32), columns configured as the pager writes them
    (`…&page=1`). The subpage's menu (the system's template) links each column's first page
    without the page number: 乡镇动态 `list.aspx?uid=32&cid=1`, 「公示公告」 `…&cid=2`, 机构概况
    `…&cid=4` — the same lists. R3.category: the subpage links the configured 通知公告. Fresh:
    nothing."""
    u = p.zunit("xz_by", "八鱼镇人民政府", 32)
    menu = []
    for cid, name, shown, cat, ages in (
        (1, "乡镇动态", "乡镇动态", "dynamic", [2, 6, 11]),
        (2, "通知公告", "公示公告", "notice", [25, 70, 140]),
        (4, "机构概况", "机构概况", "overview", [800, 1000]),
    ):
        path = p.zlist(u, 32, cid, name, ages, category=cat)
        bare = path.removesuffix("&page=1")
        p.routes[bare] = p.routes[path]
        menu.append((shown, bare))
    p.zsubpage(u, 32, menu)


def _u17_xz_jt_param_order(p: Portal) -> None:
    """A street on the home-grown system (uid 33). Its subpage names no category (街道动态,
    公告公示, 街道概况) but links each configured column's first page with the parameters in
    another order (`list.aspx?cid=N&uid=33&page=1`). R3.category: the configured columns are
    linked. Fresh: nothing."""
    u = p.zunit("xz_jt", "姜谭路街道办事处", 33)
    menu = []
    for cid, name, shown, cat, ages in (
        (1, "乡镇动态", "街道动态", "dynamic", [3, 7, 12]),
        (2, "通知公告", "公告公示", "notice", [40, 90]),
        (4, "机构概况", "街道概况", "overview", [700, 900]),
    ):
        path = p.zlist(u, 33, cid, name, ages, category=cat)
        other = f"{ZJ}list.aspx?cid={cid}&uid=33&page=1"
        p.routes[other] = p.routes[path]
        menu.append((shown, other))
    p.zsubpage(u, 33, menu)


def _u18_yjj_hover_gambling(p: Portal) -> None:
    """Hacked control of wjw: the same row-highlight script over two hidden rows whose anchors
    are gambling brands (澳门新葡京, 皇冠体育投注). R3.injection → `content_injection`."""
    u = p.hunit("yjj", "渭滨区应急管理局", "department", 7180)
    p.hcol(u, "工作动态", "dynamic", 7181)
    items = p.arts(u, 7181, "工作动态", "dynamic", [3, 6, 10, 13])
    lines = [li(i) for i in items]
    lines.insert(1, hidden_row(f"http://{GAMBLING[0]}/", SPAM_WORDS[0], p.d(1)))
    lines.insert(3, hidden_row(f"http://{GAMBLING[2]}/", SPAM_WORDS[2], p.d(1)))
    p.listing(u, 7181, "工作动态", printed(24801, lines) + ROW_HOVER)
    p.expect("yjj", "content_injection", "/col/col7181/index.html",
             "R3.injection: display:none rows linking gambling sites")
    p.std(u, 7180, skip=("dynamic",))
    p.subpage(u)


def _u19_scj_share_gambling(p: Portal) -> None:
    """Hacked control of zjj: the subpage's footer carries a `display:none` div of share-shaped
    links to gambling sites whose anchors are gambling brands (太阳城娱乐, 澳门新葡京), beside the
    office's honest visible links to 全国12315平台 and 国家企业信用信息公示系统. R3.injection →
    `content_injection` on the subpage."""
    u = p.hunit("scj", "渭滨区市场监督管理局", "department", 7190)
    p.std(u, 7190)
    official = (
        '<div class="bm-fw"><a href="https://www.12315.cn/" target="_blank">全国12315平台</a> '
        '<a href="http://www.gsxt.gov.cn/" target="_blank">国家企业信用信息公示系统</a></div>'
    )
    hidden = (
        '<div style="display:none">'
        f'<a href="http://{GAMBLING[1]}/share/index.html?url=http://{GAMBLING[1]}/reg/">'
        f"{SPAM_WORDS[1]}</a> <a href=\"http://{GAMBLING[0]}/?from=http://__HP__{u.subpage}\">"
        f"{SPAM_WORDS[0]}</a></div>"
    )
    p.subpage(u, extra=official + hidden)
    p.expect("scj", "content_injection", u.subpage,
             "R3.injection: display:none links carrying gambling words to other sites")


def _u20_gaj_crackdown_keywords(p: Portal) -> None:
    """Honest: the newest 工作动态 article (1 day) is 「渭滨公安分局破获一起网络赌博案」; its body
    names the games the ring ran (“百家乐”“时时彩”“六合彩”) and its keywords and description are
    taken from it (网络赌博,百家乐,时时彩,六合彩). R3.injection: a news story about a campaign
    against gambling is not spam. Nothing."""
    u = p.hunit("gaj", "宝鸡市公安局渭滨分局", "department", 7200)
    p.hcol(u, "工作动态", "dynamic", 7201)
    items = [Item("渭滨公安分局破获一起网络赌博案", GAJ_STORY, p.d(1))]
    items += p.arts(u, 7201, "工作动态", "dynamic", [5, 10, 18], titles=[
        "渭滨公安分局开展冬季道路交通安全宣传", "渭滨公安分局召开冬季治安防范工作会",
        "渭滨公安分局开展“平安校园”护学行动"])
    p.story(u, 7201, "工作动态", items[0], [
        "近日，渭滨公安分局成功破获一起网络赌博案，抓获犯罪嫌疑人5名。经查，该团伙以“百家乐”"
        "“时时彩”“六合彩”等为幌子，诱骗群众注册下注。",
        "警方提醒：网络赌博危害大，请广大群众远离赌博，发现线索及时举报。",
    ], keywords="网络赌博,百家乐,时时彩,六合彩",
       description="渭滨公安分局破获一起网络赌博案，该团伙以“百家乐”“时时彩”“六合彩”等为幌子诱骗群众。")
    p.listing(u, 7201, "工作动态", p.datastore(7201, [li(i) for i in items]))
    p.std(u, 7200, skip=("dynamic",))
    p.subpage(u)


def _u21_nyj_control(p: Portal) -> None:
    """Control: 工作动态 is 30 days old (stale), with gambling links in a `display:none` div
    (injection on that page) and a 站内搜索 link with a hostile query answering 404 (broken; the
    bulletin must escape it); 通知公告's datastore is empty and says 暂无信息 (empty); 政策文件 is
    configured, fresh, and the subpage does not show it (category_missing)."""
    u = p.hunit("nyj", "渭滨区农业农村局", "department", 7210)
    p.column(u, "工作动态", "dynamic", 7211, [30, 37, 45])
    stale(p, "nyj", "/col/col7211/index.html", "工作动态", "dynamic", 30, "R3.age: 30 > 14")
    hidden = "".join(
        f'<a href="http://{host}/">{w}</a>' for w, host in zip(SPAM_WORDS, GAMBLING, strict=True)
    )
    bad = f"/jrobot/search.do?webid=1&q={HOSTILE}"
    p.patch("/col/col7211/index.html", FOOTER,
            f'<div style="display:none">{hidden}</div><p class="ss"><a href="{escape(bad)}">'
            f"站内搜索</a></p>{FOOTER}")
    p.expect("nyj", "broken_link", bad, "R3.broken: 404")
    p.expect("nyj", "content_injection", "/col/col7211/index.html",
             "R3.injection: display:none gambling links on a first list page")
    p.hcol(u, "通知公告", "notice", 7212)
    p.listing(u, 7212, "通知公告",
              p.datastore(7212, []) + '<div class="no-data" align="center">暂无信息</div>')
    p.expect("nyj", "column_empty", "/col/col7212/index.html", "R3.empty: 暂无信息, no record",
             column="通知公告", category="notice")
    p.std(u, 7210, skip=("dynamic", "notice"))
    shown = [(c.name, c.path) for c in u.columns if c.category != "policy"]
    p.subpage(u, shown)
    p.expect("nyj", "category_missing", u.subpage, "R3.category: 政策文件 not shown",
             category="policy")


def _u22_lyj_down(p: Portal) -> None:
    """Control: the subpage answers 404 (subpage_unreachable only, R3.category says nothing);
    政策文件 answers 404 (column_unreachable); the columns' breadcrumbs link the dead subpage
    and their left 栏目导航 the dead column (broken_link ×2)."""
    u = p.hunit("lyj", "渭滨区林业局", "department", 7220)
    p.std(u, 7220, skip=("policy",))
    p.hcol(u, "政策文件", "policy", 7223)
    p.expect("lyj", "subpage_unreachable", u.subpage, "R3.unreachable: 404 is final")
    p.expect("lyj", "column_unreachable", "/col/col7223/index.html", "R3.unreachable: 404",
             column="政策文件", category="policy")
    p.expect("lyj", "broken_link", u.subpage, "R3.broken: breadcrumb to the 404 subpage")
    p.expect("lyj", "broken_link", "/col/col7223/index.html",
             "R3.broken: 栏目导航 link to the 404 column")


def _u23_jljd_control(p: Portal) -> None:
    """Honest control: a street on the JCMS platform, every column fresh. Nothing."""
    u = p.hunit("jljd", "金陵街道办事处", "town", 8230)
    p.std(u, 8230, policy=False)
    p.subpage(u)


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_mzj_lottery_menu,
    _u02_tyj_lottery_strip,
    _u03_zjj_share_urls,
    _u04_wjw_hover_rows,
    _u05_cgj_enforcement_title,
    _u06_swj_said_by_ad,
    _u07_whj_store_carousel,
    _u08_tyjrj_class_hidden_records,
    _u09_tjj_second_page_attachment,
    _u10_jtj_count_before_date,
    _u11_rsj_deadlines_only,
    _u12_zrj_updated_only,
    _u13_czj_published_deadline_cell,
    _u14_sfj_sortable_header,
    _u15_xz_gj_other_uid,
    _u16_xz_by_no_page_param,
    _u17_xz_jt_param_order,
    _u18_yjj_hover_gambling,
    _u19_scj_share_gambling,
    _u20_gaj_crackdown_keywords,
    _u21_nyj_control,
    _u22_lyj_down,
    _u23_jljd_control,
)
