"""Trap portal 24z: content_injection (暗链) on honest and hacked pages of real government CMSs,
in forms portals 24o, 24u and 24v did not use.

- **Honest pages that must give no injection**: a 关注我们 box whose 微信/抖音/头条 二维码 popups a
  jQuery `mouseenter` opens (`$(this).children(…).fadeIn`), a bShare 分享到 panel
  (`bShare.more(event)`, a vendor script) linking 人人网/开心网/豆瓣/搜狐微博, an 适老化 toolbar a
  script opens by removing its `hide` class, a 政务服务 mega-menu a script opens by adding a
  class (links to zwfw.shaanxi.gov.cn, 12315.cn), a 漂浮窗 with a close button and a notice a
  timer shows, an off-canvas mobile menu (`left:-100%`, `toggleClass('open')`) with 12306 and
  天气 links, a `display:none` search box with 热词 (福利彩票) and hidden inputs, an anti-gambling
  case article whose keywords name 百家乐/时时彩/六合彩, a 净网 article whose hidden 微信分享
  summary names 午夜福利/美女直播, 福利彩票 news on a 民政 column, a 文旅 notice cancelling the
  licences of 金沙娱乐会所, 永利娱乐KTV and 太阳城娱乐广场 (its keywords name all three), a hidden
  文化市场 tab listing an inspection of 老虎机 machines, footer 友情链接 selects to newspapers and
  other governments, a Bootstrap carousel hidden by compound CSS rules, a town named 金沙镇 with
  六合村, 太平村 and 黄金周 news.
- **Hacked pages that must give injection**: a div of gambling links pasted after `</html>`
  (`position:absolute; left:-3000px`), a zero-size div after the footer, a `<marquee>` only
  `height:1px`, links hidden by a rule of the unit's external stylesheet, a `font-size:0px` span
  of spam words, an upper-case `<DIV STYLE="DISPLAY:NONE">`, a `<title>` hijacked for 澳门金沙
  (reset for readers by `document.title`), 繁體 full-width keywords, `document.writeln` of
  `\\x3c…` escapes, links put into a hidden div by `innerHTML`, links a script hides on load,
  a footer cell of gambling phrases joined by 丨, a 繁體 copyright line joined by ｜, links hidden
  on the newest article behind a 置顶 line, a hidden link inside an honest 友情链接 block, and
  white links on the page's default white background.

Each `_uNN` function builds one unit's pages and states what a monitor following RULES.md must
report (`p.expect`; `p.maybe` for a judgement call). Ages are literal. The reference day is
`AS_OF`, 2028-05-16, a Tuesday. The server is `tests.portal24k.server`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.site import Unit
from tests.portal24c.site import spam_links
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, config_yaml, stale, std, titled
from tests.portal24g.site import GAMBLING, HOSTILE, a, before_footer, ymd
from tests.portal24k.site import Portal
from tests.portal24o.site import article, edit, newest_detail, plain, ul

__all__ = ["AS_OF", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "build", "config_yaml"]

AS_OF = date(2028, 5, 16)

HIDDEN_LINKS = spam_links()  # 网站地图 / 友情链接 / 在线客服 to three gambling hosts


def build(today: date = AS_OF) -> Portal:
    p = Portal(today)
    for make in UNITS:
        make(p)
    p.common()
    for q in ("", "?q=养老保险", "?q=福利彩票", "?q=公积金"):
        path = "/search/index.jsp" + q
        p.add(path, h.page(title="站内搜索", head=h.meta("站内搜索", "搜索"), today=today,
                           crumbs=[("首页", "/")], main="<p>请输入关键词</p>"))
    return p


# -- helpers -----------------------------------------------------------------------------------


def after_footer(p: Portal, path: str, html: str) -> None:
    """Put `html` after the footer, just before `</body>` (where injectors append)."""
    edit(p, path, "</body>", html + "\n</body>")


def in_footer(p: Portal, path: str, html: str) -> None:
    """Put `html` inside the footer, after its last line."""
    edit(p, path, "网站更新时间：", f"</p>{html}<p>网站更新时间：")


def with_keywords(p: Portal, path: str, keywords: str, description: str = "") -> None:
    tags = f'<meta name="keywords" content="{escape(keywords)}" />\n'
    if description:
        tags += f'<meta name="description" content="{escape(description)}" />\n'
    edit(p, path, "<title>", tags + "<title>")


def subpage(p: Portal, u: Unit, extra: str = "", head_extra: str = "") -> None:
    head = h.meta(u.name, "子站首页") + ("\n" + head_extra if head_extra else "")
    p.add(u.subpage, p.subpage_html(u, p.menu(u), extra=extra, head=head))


def own_list(p: Portal, base: str, name: str, ages: Sequence[int], titles: Sequence[str]) -> str:
    """A list of the unit's own pages (a tab panel, a box) under `base`, dated."""
    return ul(titled(plain(p, base, name, ages), titles))


# =========================================================================================
# The units. Rules: R3.injection (RULES.md §3: "links hidden from readers (inside elements
# hidden by display:none, visibility:hidden, off-screen positioning, zero size, or the hidden
# attribute) that point to other sites or carry spam words, and blocks of porn or gambling SEO
# phrases … A news story about a campaign against pornography or gambling is not spam, nor is a
# hidden mobile menu"); "on subpages, first list pages and the newest detail pages". Other
# checks: R3.age, R3.empty, R3.broken.
# =========================================================================================


# -- honest pages ------------------------------------------------------------------------------

LOTTERY = [
    "区民政局召开2028年福利彩票公益金资助项目评审会",
    "中国福利彩票“快乐8”游戏销售站点规范经营培训会召开",
    "福彩公益金资助的社区养老服务站投入使用",
    "区福彩中心开展即开型彩票销售安全检查",
]


def _u01_lottery(p: Portal) -> None:
    """Honest: a 民政局 whose 工作动态 is 福利彩票 business (公益金, 快乐8, 即开型彩票, 销售站点);
    the newest article says 不得为彩票网站提供代购服务 (its own rule for sellers). No injection:
    official wording about the state lottery is no gambling advertisement (R3.injection)."""
    u = p.unit("mzj", "区民政局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = titled(plain(p, base, "工作动态", [1, 5, 9, 13]), LOTTERY)
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items)))
    body = (
        "<p>培训会上，区福彩中心负责人解读了《彩票管理条例》及其实施细则，要求各销售站点"
        "严格落实实名登记制度，不得向未成年人销售彩票，不得为彩票网站提供代购服务，"
        "自觉维护福利彩票公信力。</p><p>会议指出，福利彩票“扶老、助残、救孤、济困”的发行宗旨"
        "要贯穿销售全过程，确保公益金取之于民、用之于民。</p>"
    )
    article(p, items[1].href, items[1].title, "工作动态", 5, body)
    std(p, u, skip=("dynamic",))
    subpage(p, u)


TAB_JS = """\
<script type="text/javascript">
$(function(){ $('.tab-hd span').mouseover(function(){ var i = $(this).index();
  $(this).addClass('on').siblings().removeClass('on');
  $('.tab-bd .panel').eq(i).show().siblings().hide(); }); });
</script>"""


def _u02_culture(p: Portal) -> None:
    """Honest: a 文旅局. Its subpage's tab box (文旅资讯 shown, 文化市场 hidden until hovered, a
    jQuery `.eq(i).show()`) lists in the hidden tab its own news 「…游艺场所老虎机类设备开展拉网式
    排查」. The newest 通知公告 is a notice cancelling the licences of 金沙娱乐会所, 永利娱乐KTV and
    太阳城娱乐广场 (KTV businesses), and its keywords name the three. No injection on either: a
    tab a reader opens holding the unit's own enforcement news, and a notice's keywords naming
    the businesses it concerns, are not spam (R3.injection)."""
    u = p.unit("whj", "区文化和旅游局", "department")
    base = p.col(u, "通知公告", "notice", "tzgg")
    items = titled(plain(p, base, "通知公告", [12, 40, 75]), [
        "关于注销金沙娱乐会所等3家娱乐场所《娱乐经营许可证》的公告",
        "关于2028年“文化和自然遗产日”系列活动安排的通知",
        "关于开展2028年度A级旅游景区复核工作的通知",
    ])
    p.add(base + "index.html", p.column_page(u, "通知公告", ul(items)))
    body = (
        "<p>根据《娱乐场所管理条例》，下列娱乐场所因停业已满六个月，现依法注销其《娱乐经营许可证》："
        "</p><table class=\"tb\"><tr><th>场所名称</th><th>许可证编号</th><th>地址</th></tr>"
        "<tr><td>金沙娱乐会所</td><td>610302150018</td><td>渭滨路中段28号</td></tr>"
        "<tr><td>永利娱乐KTV</td><td>610302150023</td><td>经二路116号</td></tr>"
        "<tr><td>太阳城娱乐广场</td><td>610302150031</td><td>宝光路北段9号</td></tr></table>"
        "<p>特此公告。</p>"
    )
    article(p, items[0].href, items[0].title, "通知公告", 12, body)
    with_keywords(p, items[0].href, "娱乐经营许可证,注销,金沙娱乐会所,永利娱乐KTV,太阳城娱乐广场")
    std(p, u, skip=("notice",))
    news = own_list(p, "/bm/whj/wlzx/", "文旅资讯", [2, 4, 8], [
        "我区举办2028年“文化和自然遗产日”非遗展演活动",
        "区图书馆开展“全民阅读”主题读书会",
        "我区3家景区入选省级研学旅行基地",
    ])
    market = own_list(p, "/bm/whj/whsc/", "文化市场", [3, 10, 21], [
        "区文化市场综合执法大队对全区游艺场所老虎机类设备开展拉网式排查",
        "区文旅局开展网吧、歌舞娱乐场所春季消防安全检查",
        "关于公布2028年第一批文化市场“双随机”抽查结果的通告",
    ])
    tabs = (
        '<div class="tab-box"><div class="tab-hd"><span class="on">文旅资讯</span>'
        '<span>文化市场</span></div><div class="tab-bd">'
        f'<div class="panel">{news}</div><div class="panel" style="display:none">{market}</div>'
        f"</div></div>\n{TAB_JS}"
    )
    subpage(p, u, tabs)


CASE_BODY = """\
<p>近日，区公安分局破获一起特大跨境网络赌博案，抓获犯罪嫌疑人12名，冻结涉案资金300余万元。</p>
<p>经查，该团伙在境外架设赌博平台，通过社交软件拉人入群，先以小额返利引诱群众充值，再以“百家乐”“时时彩”“六合彩”等玩法吸引参赌人员下注。</p>
<p>目前，案件正在进一步侦办中。警方提醒，网络赌博没有赢家，广大群众要自觉远离，发现线索请拨打110举报。</p>
"""


def _u03_police_case(p: Portal) -> None:
    """Honest: a 公安分局's 工作动态 lists crackdown news (扫黄打非, 打击网络赌博, 色情, 彩票 in
    the titles); the newest article reports a 跨境网络赌博 case it broke, and its keywords —
    written from the article — are 网络赌博,跨境赌博,百家乐,时时彩,六合彩. No injection: the
    keywords of a news story about a campaign against gambling are that story's (R3.injection:
    "A news story about a campaign against … gambling … is not spam")."""
    u = p.unit("gaj", "区公安分局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = titled(plain(p, base, "工作动态", [2, 6, 10, 15]), [
        "区公安分局破获一起特大跨境网络赌博案",
        "我区召开2028年“扫黄打非”工作推进会",
        "区公安分局开展打击网络色情、网络赌博“净网”集中宣传",
        "警惕！“彩票内幕”“稳赚不赔”都是骗局",
    ])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items)))
    article(p, items[0].href, items[0].title, "工作动态", 2, CASE_BODY)
    with_keywords(p, items[0].href, "网络赌博,跨境赌博,百家乐,时时彩,六合彩",
                  "区公安分局破获一起特大跨境网络赌博案，抓获犯罪嫌疑人12名。")
    std(p, u, skip=("dynamic",))
    subpage(p, u)


SHARE_SUMMARY = (
    "近日，区网信办会同区文化和旅游局等部门，对辖区网站、微信公众号和短视频账号开展了为期一个月"
    "的巡查，共发现含有“午夜福利”“美女直播”字样的引流广告12条，均已责令平台下架。"
)


def _u04_share_summary(p: Portal) -> None:
    """Honest: a 网信办's newest 工作动态 article (「我区开展“净网2028”专项行动」) carries the
    hidden `div#share_desc` a 微信分享 script reads (its summary, naming 午夜福利 and 美女直播 as
    the ads that were taken down) and a hidden share image. No injection: the article's own
    summary of a campaign against porn ads, holding no link (R3.injection: a story about a
    campaign is not spam; hidden *links* or SEO phrase blocks are)."""
    u = p.unit("wxb", "区委网信办", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    items = titled(plain(p, base, "工作动态", [1, 7, 12]), [
        "我区开展“净网2028”专项行动",
        "区委网信办召开网络安全工作联席会议",
        "我区举办网络文明志愿者培训班",
    ])
    p.add(base + "index.html", p.column_page(u, "工作动态", ul(items)))
    body = (
        f"<p>{SHARE_SUMMARY}</p><p>下一步，我区将持续开展网络生态治理，营造清朗网络空间。</p>"
        f'<div id="share_desc" style="display:none">{SHARE_SUMMARY}</div>'
        '<div style="display:none"><img src="/images/logo.png" alt="净网2028" /></div>'
        '<script type="text/javascript">var shareDesc = document.getElementById("share_desc")'
        ".innerText; wx.ready(function(){ wx.updateAppMessageShareData({desc: shareDesc}); });"
        "</script>"
    )
    article(p, items[0].href, items[0].title, "工作动态", 1, body)
    std(p, u, skip=("dynamic",))
    subpage(p, u)


FLOAT = """\
<div id="floatBox" style="position:absolute;z-index:999;left:10px;top:160px;width:220px">
<a href="javascript:;" class="float-close"
 onclick="document.getElementById('floatBox').style.display='none'">关闭</a>
<a href="/bm/tjj/rkpc/index.html">
<img src="/images/logo.png" alt="第七次全国人口普查公报" /></a></div>
<div id="floatTip" class="float-tip" style="display:none;position:fixed;right:0;bottom:0">
<h4>温馨提示</h4><p>统计数据以
<a href="http://www.stats.gov.cn/" target="_blank">国家统计局</a>发布为准，谨防不实信息。</p>
<p><a href="https://www.piyao.org.cn/" target="_blank">中国互联网联合辟谣平台</a></p>
<a href="javascript:;" onclick="closeTip()">×</a></div>
<script type="text/javascript">
var ad = new AdMove("floatBox"); ad.Run();
setTimeout(function(){ document.getElementById('floatTip').style.display = 'block'; }, 3000);
function closeTip(){ document.getElementById('floatTip').style.display = 'none'; }
</script>"""


def _u05_float(p: Portal) -> None:
    """Honest: the 统计局's subpage has a 漂浮窗 (a floating banner with a 关闭 button) and a
    温馨提示 corner notice a timer shows after 3 s, linking 国家统计局 and the national 辟谣平台
    (piyao.org.cn). No injection: a notice shown to every reader is not hidden (R3.injection)."""
    u = p.unit("tjj", "区统计局", "department")
    std(p, u)
    p.add("/bm/tjj/rkpc/index.html", p.column_page(u, "人口普查", "<p>第七次全国人口普查公报</p>"))
    subpage(p, u, FLOAT)


MEGA = """\
<style type="text/css">.zwfw-nav .mega{display:none;position:absolute;width:1200px;z-index:99}
.zwfw-nav .nav-item.nav-hover .mega{display:block}</style>
<div class="zwfw-nav"><ul><li class="nav-item"><a href="/zwfw/index.html">政务服务</a>
<div class="mega"><dl><dt>服务平台</dt>
<dd><a href="https://gjzwfw.www.gov.cn/" target="_blank">国家政务服务平台</a></dd>
<dd><a href="https://zwfw.shaanxi.gov.cn/" target="_blank">陕西政务服务网</a></dd>
<dd><a href="https://www.tzxm.gov.cn/" target="_blank">投资项目在线审批监管平台</a></dd>
<dd><a href="https://www.creditchina.gov.cn/" target="_blank">信用中国</a></dd>
<dd><a href="https://www.gsxt.gov.cn/" target="_blank">国家企业信用信息公示系统</a></dd>
<dd><a href="https://www.12315.cn/" target="_blank">全国12315平台</a></dd></dl>
<dl><dt>本地服务</dt><dd><a href="/zwfw/index.html">个人办事</a></dd>
<dd><a href="/zwfw/index.html">法人办事</a></dd></dl></div></li></ul></div>
<script type="text/javascript">
$(".zwfw-nav .nav-item").on("mouseenter", function(){ $(this).addClass("nav-hover"); })
  .on("mouseleave", function(){ $(this).removeClass("nav-hover"); });
</script>"""


def _u06_mega_menu(p: Portal) -> None:
    """Honest: the 行政审批服务局's subpage has a collapsed 政务服务 mega-menu (hidden by a class
    rule; a script adds `nav-hover` on mouseenter, which a rule shows) linking 国家政务服务平台,
    zwfw.shaanxi.gov.cn, 信用中国 and the national 12315 platform. No injection: a menu a reader
    opens (R3.injection: like a hidden mobile menu)."""
    u = p.unit("xzsp", "区行政审批服务局", "department")
    std(p, u)
    subpage(p, u, MEGA)


FOLLOW = """\
<style type="text/css">.gz-box .ewm{display:none;position:absolute;top:32px;width:140px}</style>
<div class="gz-box"><span class="gz-title">关注我们：</span>
<span class="gz-item wx">官方微信<div class="ewm">
<img src="/images/logo.png" alt="区人社局微信公众号" />
<a href="https://mp.weixin.qq.com/s/Q7a2mRsbJ9xUe4oVdYfLwA" target="_blank">查看往期</a>
</div></span>
<span class="gz-item dy">抖音号<div class="ewm"><img src="/images/logo.png" alt="区人社局抖音号" />
<a href="https://www.douyin.com/user/MS4wLjABAAAAx2Jq8sPzR" target="_blank">进入抖音号</a>
</div></span>
<span class="gz-item tt">头条号<div class="ewm"><img src="/images/logo.png" alt="区人社局头条号" />
<a href="https://www.toutiao.com/c/user/token/MS4wLjABAAAA9kQ/" target="_blank">进入头条号</a>
</div></span></div>
<script type="text/javascript">
$(".gz-item").mouseenter(function(){ $(this).children(".ewm").fadeIn(150); })
  .mouseleave(function(){ $(this).children(".ewm").fadeOut(100); });
</script>"""


def _u07_follow_qr(p: Portal) -> None:
    """Honest: the 人社局's subpage has a 关注我们 box: 微信, 抖音 and 头条 二维码 popups, hidden
    until hovered (`$(this).children('.ewm').fadeIn`), each with a link to the unit's account
    (mp.weixin.qq.com, douyin.com, toutiao.com). No injection: popups a hover opens
    (R3.injection)."""
    u = p.unit("rsj", "区人力资源和社会保障局", "department")
    std(p, u)
    subpage(p, u, FOLLOW)


BSHARE = """\
<div class="bshare-custom icon-medium"><div class="bsPromo bsPromo2"></div>
<a title="分享到微信" class="bshare-weixin" href="javascript:void(0);"></a>
<a title="分享到新浪微博" class="bshare-sinaminiblog" href="javascript:void(0);"></a>
<a title="更多平台" class="bshare-more bshare-more-icon more-style-addthis"
 href="javascript:void(0);" onclick="javascript:bShare.more(event);return false;">分享到</a></div>
<div id="bsPanel" class="bsPanel" style="display:none"><div class="bsTitle">分享到</div><ul>
<li><a href="http://widget.renren.com/dialog/share?resourceUrl={u}" target="_blank">人人网</a></li>
<li><a href="http://www.kaixin001.com/rest/records.php?url={u}" target="_blank">开心网</a></li>
<li><a href="http://www.douban.com/recommend/?url={u}" target="_blank">豆瓣网</a></li>
<li><a href="http://t.sohu.com/third/post.jsp?url={u}" target="_blank">搜狐微博</a></li>
<li><a href="http://tieba.baidu.com/f/commit/share/openShareApi?url={u}"
 target="_blank">百度贴吧</a></li>
<li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={u}"
 target="_blank">LinkedIn</a></li>
</ul></div>
<script type="text/javascript" charset="utf-8"
 src="http://static.bshare.cn/b/buttonLite.js#style=-1&amp;uuid=&amp;pophcol=2&amp;lang=zh"></script>
<script type="text/javascript" charset="utf-8" src="http://static.bshare.cn/b/bshareC0.js"></script>"""


def _u08_bshare(p: Portal) -> None:
    """Honest: the 教育局's 工作动态 page and its newest article carry a bShare 分享到 panel
    (`div#bsPanel`, hidden; opened by the vendor's `bShare.more(event)`), linking 人人网, 开心网,
    豆瓣, 搜狐微博, 百度贴吧 and LinkedIn with the page's own address. No injection: a share box
    hidden until clicked (R3.injection)."""
    u = p.unit("jyj", "区教育局", "department")
    std(p, u)
    subpage(p, u)
    col = u.columns[0].path
    share = BSHARE.format(u="http%3A%2F%2Fwww.linwei.example%2Fbm%2Fjyj%2F")
    before_footer(p, col, share)
    before_footer(p, newest_detail(p, col), share)


TOOLBAR = """\
<div class="wza-entry"><a href="javascript:;" id="wzaStart">无障碍</a>
<a href="javascript:;" id="olderMode">长者模式</a></div>
<style type="text/css">.hide{display:none}</style>
<div id="assistToolbar" class="wza-toolbar hide"><div class="wza-btns">
<a href="javascript:;" onclick="assist.zoomIn()">放大</a>
<a href="javascript:;" onclick="assist.zoomOut()">缩小</a>
<a href="javascript:;" onclick="assist.contrast()">高对比度</a>
<a href="javascript:;" onclick="assist.read()">指读</a>
<a href="https://www.cniil.com/help/toolbar.html" target="_blank">使用说明</a>
<a href="https://www.cniil.com/" target="_blank">技术支持：信息无障碍服务平台</a></div></div>
<script type="text/javascript">
document.getElementById('wzaStart').onclick = function () {
  document.getElementById('assistToolbar').classList.remove('hide'); };
document.getElementById('olderMode').onclick = function () {
  document.body.classList.add('older'); document.getElementById('assistToolbar')
  .classList.remove('hide'); };
</script>"""


def _u09_toolbar(p: Portal) -> None:
    """Honest: the 卫健局's subpage has an 无障碍/适老化 toolbar whose bar is hidden by a `hide`
    class until its buttons remove it (`classList.remove('hide')`), linking the toolbar
    vendor's 使用说明 (cniil.com). No injection: the page's own toolbar (R3.injection)."""
    u = p.unit("wjw", "区卫生健康局", "department")
    std(p, u)
    subpage(p, u, TOOLBAR)


MOBILE = """\
<style type="text/css">.m-menu{position:fixed;top:0;left:-100%;width:80%;height:100%;z-index:999}
.m-menu.open{left:0}.search-pop{display:none}</style>
<a href="javascript:;" class="m-btn">菜单</a>
<div class="m-menu"><ul><li><a href="/">首页</a></li>
<li><a href="/zwgk/index.html">政务公开</a></li>
<li><a href="/zwfw/index.html">政务服务</a></li>
<li><a href="https://www.12306.cn/" target="_blank">火车票查询</a></li>
<li><a href="http://www.weather.com.cn/weather/101110501.shtml" target="_blank">天气预报</a></li>
<li><a href="http://www.weinan.gov.cn/" target="_blank">渭南市人民政府</a></li></ul></div>
<script type="text/javascript">$('.m-btn').click(function(){ $('.m-menu').toggleClass('open'); });
</script>
<a href="javascript:;" class="s-icon" onclick="$('.search-pop').slideToggle()">搜索</a>
<div class="search-pop"><form action="/search/index.jsp" method="get">
<input type="hidden" name="siteCode" value="6105000099" />
<input type="hidden" name="searchUrl" value="http://so.example-search.com/s?site=linwei" />
<input type="text" name="q" placeholder="请输入关键词" /><button type="submit">搜索</button></form>
<p class="hot">热词：<a href="/search/index.jsp?q=养老保险">养老保险</a>
<a href="/search/index.jsp?q=福利彩票">福利彩票</a>
<a href="/search/index.jsp?q=公积金">公积金</a></p>
</div>"""


def _u10_mobile_search(p: Portal) -> None:
    """Honest: the 发改委's subpage has an off-canvas mobile menu (`position:fixed;left:-100%`,
    opened by `toggleClass('open')`) with 便民服务 links to 12306 and 中国天气网, and a search box
    hidden until its icon is clicked, with hidden inputs (one a search service's URL) and 热词
    links (福利彩票) to its own search. No injection (R3.injection: "nor is a hidden mobile
    menu"; a search box a click opens links only the site itself)."""
    u = p.unit("fgw", "区发展和改革委员会", "department")
    std(p, u)
    subpage(p, u, MOBILE)


SELECTS = """\
<div class="yqlj-box"><span>友情链接：</span>
<select onchange="if(this.value!=''){window.open(this.options[this.selectedIndex].value);}">
<option value="">—— 政府网站 ——</option><option value="http://www.gov.cn/">中国政府网</option>
<option value="http://sft.shaanxi.gov.cn/">陕西省司法厅</option>
<option value="http://www.baoji.gov.cn/">宝鸡市人民政府</option></select>
<select onchange="if(this.value!=''){window.open(this.options[this.selectedIndex].value);}">
<option value="">—— 新闻媒体 ——</option><option value="http://www.sxdaily.com.cn/">陕西日报</option>
<option value="http://www.cnwest.com/">西部网</option><option value="http://www.hsw.cn/">华商网</option>
<option value="http://www.chinapeace.gov.cn/">中国长安网</option></select>
<input type="hidden" id="webId" value="2" />
<input type="hidden" id="mediaUrl" value="http://www.sxdaily.com.cn/" /></div>"""


def _u11_selects(p: Portal) -> None:
    """Honest: the 司法局's subpage and 工作动态 page carry footer 友情链接 selects of government
    sites and newspapers (陕西日报, 西部网, 华商网) and hidden inputs. No injection: drop-downs a
    reader opens, of official and news sites (R3.injection)."""
    u = p.unit("sfj", "区司法局", "department")
    std(p, u)
    subpage(p, u)
    in_footer(p, u.subpage, SELECTS)
    in_footer(p, u.columns[0].path, SELECTS)


CAROUSEL = """\
<style type="text/css">.carousel-inner>.item{display:none;position:relative}
.carousel-inner>.active{display:block}</style>
<div id="kjCarousel" class="carousel slide" data-ride="carousel"><div class="carousel-inner">
<div class="item active"><a href="{own}">
<img src="/images/logo.png" alt="2028年全国科技活动周" /></a></div>
<div class="item"><a href="https://www.piyao.org.cn/" target="_blank">
<img src="/images/logo.png" alt="中国互联网联合辟谣平台" /></a></div>
<div class="item"><a href="http://www.sxdaily.com.cn/" target="_blank">
<img src="/images/logo.png" alt="秦创原创新驱动平台建设专题" /></a></div>
<div class="item"><a href="https://www.most.gov.cn/" target="_blank">
<img src="/images/logo.png" alt="中华人民共和国科学技术部" /></a></div></div>
<ol class="carousel-indicators"><li data-target="#kjCarousel" data-slide-to="0" class="active"></li>
<li data-target="#kjCarousel" data-slide-to="1"></li>
<li data-target="#kjCarousel" data-slide-to="2"></li>
<li data-target="#kjCarousel" data-slide-to="3"></li></ol></div>"""


def _u12_carousel(p: Portal) -> None:
    """Honest: the 科技局's subpage has a Bootstrap carousel (`data-ride="carousel"`) whose
    inactive slides are hidden by compound rules (`.carousel-inner>.item{display:none}`,
    `.carousel-inner>.active{display:block}`), linking 辟谣平台 and 陕西日报 banners. No injection:
    a carousel's next slides (R3.injection)."""
    u = p.unit("kjj", "区科学技术局", "department")
    std(p, u)
    subpage(p, u, CAROUSEL.replace("{own}", u.columns[0].path))


def _u13_place_names(p: Portal) -> None:
    """Honest: the town 金沙镇, whose keywords are 金沙镇,六合村,太平村,黄金周 and whose 乡镇动态
    names 黄金周, 六合村, 太平村 and 金沙湖景区娱乐项目 (2–13 days). No injection: place names
    (R3.injection: common official phrases sharing characters with spam are not spam)."""
    u = p.unit("xz_js", "金沙镇人民政府", "town")
    base = p.col(u, "乡镇动态", "dynamic", "gzdt")
    items = titled(plain(p, base, "乡镇动态", [2, 4, 9, 13]), [
        "金沙镇“五一”黄金周接待游客5.2万人次",
        "六合村召开2028年度村民代表大会",
        "太平村举办“太平有象”农民文化节",
        "金沙镇对金沙湖景区娱乐项目开展安全检查",
    ])
    p.add(base + "index.html", p.column_page(u, "乡镇动态", ul(items)))
    std(p, u, policy=False, skip=("dynamic",))
    keywords = '<meta name="keywords" content="金沙镇,六合村,太平村,黄金周,金沙湖" />'
    subpage(p, u, head_extra=keywords)


# -- hacked pages -------------------------------------------------------------------------------


def _u14_after_html(p: Portal) -> None:
    """Hacked: the 生态环境局's subpage has a div of gambling links pasted after `</html>`
    (`position:absolute; left:-3000px`); its 工作动态 page has one after the footer, in a
    zero-size div (`overflow:hidden;height:0px;width:0px`). Injection on both (R3.injection:
    off-screen positioning, zero size)."""
    u = p.unit("hbj", "区生态环境局", "department")
    std(p, u)
    subpage(p, u)
    r = p.routes[u.subpage]
    tail = f'\n<div style="position:absolute; left:-3000px; top:0">{HIDDEN_LINKS}</div>\n'
    p.routes[u.subpage] = replace(r, body=r.body + tail.encode("utf-8"))
    col = u.columns[0].path
    after_footer(p, col, f'<div style="overflow:hidden;height:0px;width:0px">{HIDDEN_LINKS}</div>')
    p.expect("hbj", "content_injection", u.subpage, "R3.injection: off-screen, after </html>")
    p.expect("hbj", "content_injection", col, "R3.injection: zero size, after the footer")


ZRJ_CSS = """\
.yqlj{margin:10px 0;border:1px solid #ddd}.yqlj h3{font-size:14px;color:#1f5fa8}
.yqlj li{float:left;width:20%}.yqlj-ext{display:none}
"""


def _u15_marquee_css(p: Portal) -> None:
    """Hacked: the 自然资源局's 通知公告 page has a `<marquee direction="up">` of gambling links
    only `height:1px` tall (a marquee clips what overflows it: nothing shows); its subpage has
    gambling links in `div.yqlj-ext`, hidden by a rule of the unit's own stylesheet
    (`/bm/zrj/css/zrj.css`: `.yqlj-ext{display:none}`) — a browser hides them. Injection on
    both (R3.injection: zero size; display:none)."""
    u = p.unit("zrj", "区自然资源局", "department")
    std(p, u)
    p.add("/bm/zrj/css/zrj.css", ZRJ_CSS, ctype="text/css")
    css = '<link href="/bm/zrj/css/zrj.css" rel="stylesheet" type="text/css" />'
    links = (
        '<div class="yqlj"><h3>友情链接</h3><ul><li><a href="http://www.mnr.gov.cn/">自然资源部</a>'
        '</li><li><a href="http://zrzyt.shaanxi.gov.cn/">陕西省自然资源厅</a></li></ul></div>'
        f'<div class="yqlj-ext">{HIDDEN_LINKS}</div>'
    )
    subpage(p, u, links, head_extra=css)
    col = u.columns[1].path
    before_footer(p, col, f'<marquee direction="up" scrollamount="2" style="height:1px;">'
                  f"{HIDDEN_LINKS}</marquee>")
    p.expect("zrj", "content_injection", u.subpage, "R3.injection: hidden by the page's CSS file")
    p.expect("zrj", "content_injection", col, "R3.injection: a marquee 1px tall")


def _u16_upper_fontsize(p: Portal) -> None:
    """Hacked: the 交通运输局's subpage has gambling links in `<DIV STYLE="DISPLAY:NONE">` (an old
    upper-case injection); its 工作动态 page has a `font-size:0px` span of spam words
    (澳门新葡京 太阳城集团 皇冠体育 百家乐 时时彩), no links. Injection on both (R3.injection:
    display:none; zero size, spam words)."""
    u = p.unit("jtj", "区交通运输局", "department")
    std(p, u)
    subpage(p, u, f'<DIV STYLE="DISPLAY:NONE">{HIDDEN_LINKS.replace("<a ", "<A ")}</DIV>')
    col = u.columns[0].path
    before_footer(p, col, '<p class="tj"><span style="font-size:0px;line-height:0">澳门新葡京 '
                  "太阳城集团 皇冠体育 百家乐 时时彩</span></p>")
    p.expect("jtj", "content_injection", u.subpage, "R3.injection: DISPLAY:NONE upper case")
    p.expect("jtj", "content_injection", col, "R3.injection: font-size:0 spam words")


def _u17_heads(p: Portal) -> None:
    """Hacked: the 林业局's subpage `<title>` is 区林业局_澳门金沙_金沙娱乐场_金沙官网_… (the
    Sands casino), reset for readers by `document.title = …` (search engines show the spam);
    its 政策文件 page's keywords are 繁體 with full-width commas (澳門威尼斯人，百家樂，時時彩，
    真人視訊，線上娛樂城). Injection on both (R3.injection: gambling SEO phrases; README: a
    hijacked title/keywords)."""
    u = p.unit("lyj", "区林业局", "department")
    std(p, u)
    reset = f'<script type="text/javascript">document.title = "{u.name}-{h.SITE}";</script>'
    subpage(p, u, reset)
    edit(p, u.subpage, f"<title>{u.name}-{h.SITE}</title>",
         f"<title>{u.name}_澳门金沙_金沙娱乐场_金沙官网_{h.SITE}</title>")
    col = u.columns[2].path
    with_keywords(p, col, "澳門威尼斯人，百家樂，時時彩，真人視訊，線上娛樂城")
    p.expect("lyj", "content_injection", u.subpage, "R3.injection: hijacked title (澳门金沙)")
    p.expect("lyj", "content_injection", col, "R3.injection: 繁體 full-width keywords")


def js_hex(html: str) -> str:
    """A JavaScript string body with `<`, `>` and quotes written as `\\x3c`, `\\x3e`, `\\x22`."""
    return html.replace("<", "\\x3c").replace(">", "\\x3e").replace('"', "\\x22")


HIDDEN_DIV = f'<div style="display:none">{HIDDEN_LINKS}</div>'


def _u18_scripts(p: Portal) -> None:
    """Hacked: the 市场监管局's subpage writes a hidden div of gambling links by
    `document.writeln("\\x3cdiv style=\\x22display:none\\x22\\x3e…")`; its 工作动态 page fills an
    empty hidden div with the links by `getElementById('tj_box').innerHTML = '…'`. A browser
    renders both: injection on both (R3.injection; README: "HTML a script writes")."""
    u = p.unit("scj", "区市场监督管理局", "department")
    std(p, u)
    subpage(p, u, f'<script type="text/javascript">document.writeln("{js_hex(HIDDEN_DIV)}");'
                  "</script>")
    col = u.columns[0].path
    fill = (
        '<div id="tj_box" style="display:none"></div><script type="text/javascript">'
        f"document.getElementById('tj_box').innerHTML = '{HIDDEN_LINKS}';</script>"
    )
    before_footer(p, col, fill)
    p.expect("scj", "content_injection", u.subpage, "R3.injection: writeln of \\x3c escapes")
    p.expect("scj", "content_injection", col, "R3.injection: innerHTML into a hidden div")


def _u19_hidden_by_script(p: Portal) -> None:
    """Hacked: the 农业农村局's subpage shows gambling links in `div#ad_0`, and a script right
    after it hides the div on load (`getElementById('ad_0').style.display = 'none'`): readers
    never see them. Injection (R3.injection: links hidden from readers that point to other
    sites)."""
    u = p.unit("nyj", "区农业农村局", "department")
    std(p, u)
    subpage(p, u, f'<div id="ad_0">{HIDDEN_LINKS}</div><script type="text/javascript">'
                  "document.getElementById('ad_0').style.display = 'none';</script>")
    p.expect("nyj", "content_injection", u.subpage, "R3.injection: hidden by a script on load")


def _u20_phrase_cells(p: Portal) -> None:
    """Hacked: the 商务局's subpage footer has a small grey cell of gambling phrases joined by
    丨 (棋牌游戏丨彩票投注丨真人娱乐丨电子游艺丨体育投注丨注册送彩金丨足球投注); its 通知公告
    page's copyright line is 繁體 phrases joined by full-width ｜ (澳門百家樂｜時時彩｜六合彩開獎｜
    真人視訊｜線上娛樂城｜棋牌遊戲). Injection on both (R3.injection: blocks of gambling SEO
    phrases, "often many phrases joined by |")."""
    u = p.unit("swj", "区商务局", "department")
    std(p, u)
    subpage(p, u)
    cell = ('<table class="ft-tb" width="100%"><tr><td style="font-size:10px;color:#cccccc">'
            "棋牌游戏丨彩票投注丨真人娱乐丨电子游艺丨体育投注丨注册送彩金丨足球投注</td></tr></table>")
    in_footer(p, u.subpage, cell)
    col = u.columns[1].path
    in_footer(p, col, '<p class="copyright">澳門百家樂｜時時彩｜六合彩開獎｜真人視訊｜線上娛樂城｜'
              "棋牌遊戲</p>")
    p.expect("swj", "content_injection", u.subpage, "R3.injection: phrases joined by 丨")
    p.expect("swj", "content_injection", col, "R3.injection: 繁體 phrases joined by ｜")


def _u21_pinned_newest(p: Portal) -> None:
    """Hacked: the 应急管理局's 工作动态 list starts with a 置顶 line 200 days old; the newest
    line (2 days) is the second, and its article hides gambling links in a `display:none` span
    inside the text. Injection on that article (R3.injection: "the newest detail pages"); the
    column is fresh (R3.newest: the maximum, not the pinned first line)."""
    u = p.unit("ajj", "区应急管理局", "department")
    base = p.col(u, "工作动态", "dynamic", "gzdt")
    hidden = f'<p><span style="display:none">{HIDDEN_LINKS}</span></p>'
    items = plain(p, base, "工作动态", [200, 2, 6, 11], inject={1: hidden})
    items = titled(items, ["区应急管理局关于印发《2027年度安全生产工作要点》的通知",
                           "区应急管理局开展“安全生产月”宣传咨询日活动",
                           "区应急管理局召开防汛备汛工作部署会",
                           "区应急管理局开展危化品企业专项检查"])
    top = '<font color="red">[置顶]</font>'
    li = "".join(f"<li>{top if n == 0 else ''}{a(i)}<span>{ymd(i)}</span></li>"
                 for n, i in enumerate(items))
    p.add(base + "index.html", p.column_page(u, "工作动态", f'<ul class="list">{li}</ul>'))
    std(p, u, skip=("dynamic",))
    subpage(p, u)
    p.expect("ajj", "content_injection", items[1].href, "R3.injection: the newest article")


FRIENDS = """\
<div class="yqlj"><h3>友情链接</h3><ul>
<li><a href="http://www.gov.cn/" target="_blank">中国政府网</a></li>
<li><a href="http://www.shaanxi.gov.cn/" target="_blank">陕西省人民政府</a></li>
<li><a href="http://www.weinan.gov.cn/" target="_blank">渭南市人民政府</a></li>
<li><a href="http://gxt.shaanxi.gov.cn/" target="_blank">陕西省工业和信息化厅</a>{extra}</li>
<li><a href="https://www.miit.gov.cn/" target="_blank">工业和信息化部</a></li>{more}</ul></div>"""


def _u22_friends(p: Portal) -> None:
    """Hacked: the 工信局's subpage 友情链接 block (government sites) holds one more link,
    `<a style="display:none">` to a gambling host (澳门葡京); its 工作动态 page's block holds two
    links to gambling hosts written `<font color="#FFFFFF">` on the page's default white
    background (no background is set anywhere: white on white). Injection on both
    (R3.injection: links hidden from readers that point to other sites)."""
    u = p.unit("gxj", "区工业和信息化局", "department")
    std(p, u)
    hidden = f'<a href="http://{GAMBLING[2]}/" style="display:none" target="_blank">澳门葡京</a>'
    subpage(p, u, FRIENDS.format(extra=hidden, more=""))
    white = "".join(
        f'<li><a href="http://{host}/" target="_blank"><font color="#FFFFFF">{w}</font></a></li>'
        for w, host in zip(("网站地图", "在线客服"), GAMBLING, strict=False)
    )
    col = u.columns[0].path
    before_footer(p, col, FRIENDS.format(extra="", more=white))
    p.expect("gxj", "content_injection", u.subpage, "R3.injection: hidden link in 友情链接")
    p.expect("gxj", "content_injection", col, "R3.injection: white links on default white")


# -- controls -----------------------------------------------------------------------------------


def _u23_control_dept(p: Portal) -> None:
    """Honest control: a department, every page plain and fresh. Nothing."""
    u = p.unit("sjj", "区审计局", "department")
    std(p, u)
    subpage(p, u)


def _u24_control_town(p: Portal) -> None:
    """Control: the town 六合镇 (an allowed place name) whose 乡镇动态 is 25 days old (stale),
    whose 通知公告 says 暂无信息 (empty) and links a 404 page with a hostile query (broken)."""
    u = p.unit("xz_lh", "六合镇人民政府", "town")
    p.fresh(u, "乡镇动态", "dynamic", "gzdt", age=25)
    stale(p, "xz_lh", "/zj/xz_lh/gzdt/index.html", "乡镇动态", "dynamic", 25, "R3.age: 25 > 14")
    base = p.col(u, "通知公告", "notice", "tzgg")
    p.add(base + "index.html",
          p.column_page(u, "通知公告", '<ul class="list"><li class="nodata">暂无信息</li></ul>'))
    p.expect("xz_lh", "column_empty", base + "index.html", "R3.empty: 暂无信息",
             column="通知公告", category="notice")
    std(p, u, policy=False, skip=("dynamic", "notice"))
    subpage(p, u)
    bad = f"/zj/xz_lh/search404.html?q={HOSTILE}"
    before_footer(p, base + "index.html", f'<p><a href="{escape(bad)}">站内搜索</a></p>')
    p.expect("xz_lh", "broken_link", bad, "R3.broken: 404 (the bulletin must escape the query)")


UNITS: tuple[Callable[[Portal], None], ...] = (
    _u01_lottery,
    _u02_culture,
    _u03_police_case,
    _u04_share_summary,
    _u05_float,
    _u06_mega_menu,
    _u07_follow_qr,
    _u08_bshare,
    _u09_toolbar,
    _u10_mobile_search,
    _u11_selects,
    _u12_carousel,
    _u13_place_names,
    _u14_after_html,
    _u15_marquee_css,
    _u16_upper_fontsize,
    _u17_heads,
    _u18_scripts,
    _u19_hidden_by_script,
    _u20_phrase_cells,
    _u21_pinned_newest,
    _u22_friends,
    _u23_control_dept,
    _u24_control_town,
)
