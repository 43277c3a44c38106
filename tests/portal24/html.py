"""Markup of the 24-unit trap portal: page chrome and list layouts of real government CMSs.

Deliberately unlike `sampleportal.pages`: a TRS WCM chrome (top bar with today's date,
`createPageHTML` pagers, `./202612/t20261230_1.html` links), 大汉 JCMS data islands, table
rows, dl/dt/dd, div blocks, split dates, year-less dates, and 热点/排行 sidebars and footers
carrying newer dates than the list. Every date is a real `date`; nothing here decides what a
monitor should report (that is `expected.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

SITE = "临渭示范区人民政府"
SITE_ID = "6105000099"
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True, slots=True)
class Item:
    """One list line: title, link (as written in the page), date (None: not shown)."""

    title: str
    href: str
    when: date | None
    pinned: bool = False


def meta(column: str | None, ctype: str | None, **extra: str) -> str:
    tags = {"SiteName": SITE, "SiteDomain": "127.0.0.1", "SiteIDCode": SITE_ID}
    if column:
        tags["ColumnName"] = column
    if ctype:
        tags["ColumnType"] = ctype
    tags.update(extra)
    return "\n".join(f'<meta name="{k}" content="{escape(v)}" />' for k, v in tags.items())


def topbar(today: date) -> str:
    """The TRS header greets the reader with today's date: not a list date."""
    return (
        '<div class="top-bar"><div class="w1200">'
        f'<span id="today">今天是：{today.year}年{today.month}月{today.day}日 '
        f"星期{WEEKDAYS[today.weekday()]}</span>"
        '<span class="r"><a href="/">首页</a> | <a href="javascript:void(0)" '
        'onclick="AddFavorite()">加入收藏</a> | <a href="javascript:;">无障碍浏览</a> | '
        '<a href="mailto:zwgk@linwei.example">网站纠错</a></span></div></div>'
    )


def navbar() -> str:
    links = [
        ("首页", "/"),
        ("政务公开", "/zwgk/index.html"),
        ("政务服务", "/zwfw/index.html"),
        ("互动交流", "/hdjl/index.html"),
    ]
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in links)
    return f'<div class="menu"><ul class="clearfix">{items}</ul></div>'


def mobile_menu() -> str:
    """A hidden mobile menu: own links and gov.cn only (an innocent hidden block)."""
    return (
        '<div class="m-nav" style="display:none"><ul>'
        '<li><a href="/">首页</a></li><li><a href="/zwgk/index.html">政务公开</a></li>'
        '<li><a href="http://www.gov.cn/">中国政府网</a></li></ul></div>'
    )


def footer(today: date, updated: date | None = None) -> str:
    upd = updated or today
    return (
        '<div class="footer"><div class="w1200">'
        '<p><a href="/">网站首页</a> | <a href="/zwgk/index.html">政务公开</a> | '
        '<a href="#top">返回顶部</a></p>'
        f"<p>主办：{SITE}办公室　网站标识码：{SITE_ID}　陕ICP备12009999号-1</p>"
        f"<p>Copyright &copy; 2008-{today.year} All Rights Reserved　"
        f"网站更新时间：{upd:%Y-%m-%d} 17:30</p></div></div>"
    )


def hot_box(items: Sequence[Item]) -> str:
    """热点排行 sidebar: other columns' newest items, newer than the list beside it."""
    lines = "".join(
        f'<li><em>{n + 1}</em><a href="{escape(i.href)}">{escape(i.title)}</a>'
        f"<span>{i.when:%m-%d}</span></li>"
        for n, i in enumerate(items)
        if i.when
    )
    return f'<div class="side-box"><h3>热点排行</h3><ol class="rank">{lines}</ol></div>'


def page(
    *,
    title: str,
    head: str,
    today: date,
    crumbs: Sequence[tuple[str, str]],
    main: str,
    side: str = "",
    charset: str | None = "utf-8",
    updated: date | None = None,
    extra_head: str = "",
    extra_body: str = "",
) -> str:
    charset_tag = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n'
    trail = " &gt; ".join(f'<a href="{h}">{escape(t)}</a>' for t, h in crumbs)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        f"{charset_tag if charset else ''}<title>{escape(title)}</title>\n{head}\n{extra_head}"
        '<link href="/images/style.css" rel="stylesheet" type="text/css" />\n'
        "</head>\n<body>\n"
        f"{topbar(today)}\n{mobile_menu()}\n"
        f'<div class="head"><img src="/images/logo.png" alt="{SITE}" /></div>\n{navbar()}\n'
        f'<div class="w1200 main-wrap"><div class="location">您当前的位置：{trail}</div>\n'
        f'<div class="fl main-l">{side}</div>\n<div class="fr main-r">\n{main}\n</div></div>\n'
        f"{extra_body}{footer(today, updated)}\n</body>\n</html>\n"
    )


def d_iso(when: date) -> str:
    return when.isoformat()


def trs_ul(items: Sequence[Item], fmt=d_iso, pages: int = 5) -> str:
    """TRS WCM: ul/li with the date in a span, then the createPageHTML pager script."""
    lines = []
    for i in items:
        top = '<font color="red">[置顶]</font>' if i.pinned else ""
        when = f"<span>{fmt(i.when)}</span>" if i.when else ""
        lines.append(
            f'<li>{top}<a href="{escape(i.href)}" target="_blank" title="{escape(i.title)}">'
            f"{escape(i.title)}</a>{when}</li>"
        )
    return (
        '<div class="list-box"><ul class="list_con">\n' + "\n".join(lines) + "\n</ul>\n"
        '<div class="page"><script type="text/javascript">\n'
        f"var countPage = {pages}; var currentPage = 0;\n"
        f'createPageHTML({pages}, 0, "index", "html");\n</script></div></div>'
    )


def table_rows(items: Sequence[Item], *, wenhao: bool = False) -> str:
    """A table list: 序号 | 标题 | (文号) | 发布日期."""
    head = '<tr class="th"><td>序号</td><td>标题</td>'
    head += "<td>文号</td>" if wenhao else ""
    head += "<td>发布日期</td></tr>"
    rows = []
    for n, i in enumerate(items):
        wh = f"<td>临渭政办发〔{i.when.year if i.when else 2026}〕{30 - n}号</td>" if wenhao else ""
        rows.append(
            f'<tr><td>{n + 1}</td><td class="bt"><a href="{escape(i.href)}" '
            f'target="_blank">{escape(i.title)}</a></td>{wh}'
            f'<td align="center">{i.when.isoformat() if i.when else ""}</td></tr>'
        )
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_table">\n'
        + head
        + "\n"
        + "\n".join(rows)
        + "\n</table>"
    )


def jcms_island(items: Sequence[Item], column_id: int, empty_text: str | None = None) -> str:
    """大汉 JCMS: records in CDATA inside a text/xml script, rendered by dataproxy.js."""
    records = "\n".join(
        "<record><![CDATA[\n"
        f'<li class="clearfix"><a href="{i.href}" target="_blank" title="{i.title}">{i.title}</a>'
        f'<span class="time">{i.when.isoformat() if i.when else ""}</span></li>\n'
        "]]></record>"
        for i in items
    )
    total = f"<totalrecord>{len(items)}</totalrecord>"
    body = (
        f'<div id="{column_id}"><script type="text/xml"><datastore>\n'
        f'<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1'
        f'&columnid={column_id}">下一页</a>]]></nextgroup>\n'
        f"<recordset>\n{records}\n</recordset>{total}</datastore></script>\n"
        '<script language="javascript" src="/module/web/jpage/dataproxy.js"></script></div>'
    )
    if empty_text:
        body += f'<div class="no-data">{empty_text}</div>'
    return body


def dl_list(items: Sequence[Item]) -> str:
    rows = "\n".join(
        f'<dl class="news"><dt><a href="{escape(i.href)}">{escape(i.title)}</a></dt>'
        f"<dd>{i.when.isoformat() if i.when else ''}</dd></dl>"
        for i in items
    )
    return f'<div class="dl-list">\n{rows}\n</div>'


def div_blocks(items: Sequence[Item]) -> str:
    rows = "\n".join(
        f'<div class="item"><h4><a href="{escape(i.href)}" target="_blank">{escape(i.title)}</a>'
        f'</h4><p class="summary">{escape(i.title)}，现将有关事项公告如下……</p>'
        f'<p class="time">发布时间：{i.when.isoformat() if i.when else ""}</p></div>'
        for i in items
    )
    return f'<div class="news-blocks">\n{rows}\n</div>'


def split_day_list(items: Sequence[Item]) -> str:
    """A big day number over a small year-month: the date split across two elements."""
    rows = "\n".join(
        f'<li><div class="date"><span class="day">{i.when.day:02d}</span>'
        f'<span class="ym">{i.when:%Y-%m}</span></div>'
        f'<div class="txt"><a href="{escape(i.href)}">{escape(i.title)}</a>'
        f"<p>{escape(i.title)}……</p></div></li>"
        for i in items
        if i.when
    )
    return f'<ul class="date-list">\n{rows}\n</ul>'


def split_ymd_list(items: Sequence[Item]) -> str:
    """Year, month and day each in its own span."""
    rows = "\n".join(
        f'<li><a href="{escape(i.href)}">{escape(i.title)}</a><span class="date">'
        f'<span class="y">{i.when.year}</span>-<span class="m">{i.when.month:02d}</span>-'
        f'<span class="d">{i.when.day:02d}</span></span></li>'
        for i in items
        if i.when
    )
    return f'<ul class="ymd-list">\n{rows}\n</ul>'


def detail(
    *,
    title: str,
    today: date,
    column: str,
    published: date | None,
    visible: bool = True,
    meta_date: bool = True,
    inject: str = "",
    source: str = "区政府办公室",
    charset: str | None = "utf-8",
) -> str:
    """An article page; `visible` prints 发布时间, `meta_date` writes PubDate."""
    extra: dict[str, str] = {"ArticleTitle": title, "ContentSource": source}
    if published and meta_date:
        extra["PubDate"] = f"{published:%Y-%m-%d} 09:20"
    info = f"发布时间：{published:%Y-%m-%d} 09:20　" if published and visible else ""
    body = "".join(
        f'<p style="text-indent:2em">{escape(title)}。会议要求，各部门要坚持久久为功，'
        f"扎实推进各项工作落实落细（{n + 1}）。</p>"
        for n in range(4)
    )
    main = (
        f'<div class="article"><h1 class="art-title">{escape(title)}</h1>'
        f'<div class="art-info">{info}来源：{escape(source)}　浏览次数：'
        '<span id="hits">128</span>　【<a href="javascript:window.print()">打印</a>】</div>'
        f'<div class="art-con TRS_Editor">{body}</div>{inject}</div>'
    )
    return page(
        title=title,
        head=meta(column, column, **extra),
        today=today,
        crumbs=[("首页", "/")],
        main=main,
        charset=charset,
    )
