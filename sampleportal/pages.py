"""What the loopback portal serves: routes, the site protocol, and CMS-like page templates.

A route says how one path answers (a page, a 404, a flaky 500, a slow or hung
answer, a redirect). A site maps paths to routes; the bundled sample builds all
of its routes up front, the generated benchmark portal builds each on request.
The templates imitate district portals (TRS WCM, 大汉 JCMS, home-grown CMSs):
a header, a navigation bar, a breadcrumb, the list, a sidebar and a footer that
carries 网站更新时间 and a copyright year — the noise a monitor must see past.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from html import escape
from typing import Literal, Protocol

CST = timezone(timedelta(hours=8))  # the portals' time zone (Asia/Shanghai has no DST)
SITE_NAME = "示例区人民政府"
SITE_ID = "6103020001"

DateStyle = Literal["iso", "yearless", "cn", "slash", "none"]


@dataclass(frozen=True, slots=True)
class Route:
    """How one path answers. Defaults: 200 with an HTML body."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    last_modified: datetime | None = None
    location: str | None = None  # for 301/302
    delay_s: float = 0.0  # answered after this delay (a slow page)
    fail_first: int = 0  # the first n requests of this path answer 500
    hang: bool = False  # never answers (until the server stops)


class Site(Protocol):
    """Paths to routes; `today` is the reference day every relative date is counted from."""

    @property
    def today(self) -> date: ...

    def route(self, path: str) -> Route | None: ...


@dataclass(frozen=True, slots=True)
class StaticSite:
    """A site whose routes are all built up front (small enough to hold in memory)."""

    today: date
    routes: Mapping[str, Route] = field(default_factory=dict)

    def route(self, path: str) -> Route | None:
        return self.routes.get(path)


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One line of a list page; `age` in days before today, None for an undated line."""

    title: str
    href: str
    age: int | None
    pinned: bool = False


def day(today: date, age: int) -> date:
    return today - timedelta(days=age)


def modified_at(today: date, age: int) -> datetime:
    """Pages change at 09:30 local time on the day of their newest item."""
    return datetime.combine(day(today, age), time(9, 30), tzinfo=CST).astimezone(UTC)


def format_date(value: date, style: DateStyle) -> str:
    if style == "yearless":
        return f"[{value:%m-%d}]"
    if style == "cn":
        return f"{value.year}年{value.month}月{value.day}日"
    if style == "slash":
        return f"{value.year}/{value.month}/{value.day}"
    if style == "none":
        return ""
    return value.isoformat()


def meta_tags(column: str | None, column_type: str | None, extra: Mapping[str, str]) -> str:
    tags = {"SiteName": SITE_NAME, "SiteDomain": "127.0.0.1", "SiteIDCode": SITE_ID}
    if column is not None:
        tags["ColumnName"] = column
    if column_type is not None:
        tags["ColumnType"] = column_type
    tags.update(extra)
    return "\n".join(f'<meta name="{k}" content="{escape(v)}">' for k, v in tags.items())


def nav_bar(links: Sequence[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in links)
    return f'<div class="nav"><ul>{items}</ul></div>'


def breadcrumb(trail: Sequence[tuple[str, str]]) -> str:
    parts = " &gt; ".join(f'<a href="{escape(h)}">{escape(t)}</a>' for t, h in trail)
    return f'<div class="position">当前位置：{parts}</div>'


def footer(today: date) -> str:
    """The footer's dates (update time, copyright year) are not the column's: a trap for readers."""
    return (
        '<div class="footer"><p>'
        '<a href="/">网站首页</a> | <a href="/wzdt/index.html">网站地图</a> | '
        '<a href="/lxwm/index.html">联系我们</a></p>'
        f"<p>主办单位：{SITE_NAME}办公室 承办：区大数据服务中心 网站标识码：{SITE_ID}</p>"
        f"<p>版权所有 © 2006-{today.year} {SITE_NAME} 陕ICP备05001234号</p>"
        f'<p>网站更新时间：<span id="updatetime">{today.isoformat()} 08:00</span></p>'
        "</div>"
    )


def document(
    *,
    title: str,
    head: str,
    nav: Sequence[tuple[str, str]],
    trail: Sequence[tuple[str, str]],
    main: str,
    today: date,
    side: str = "",
    charset: str | None = "utf-8",
    padding: int = 0,
) -> str:
    """A whole page; `padding` adds CMS boilerplate (scripts, styles) to reach a realistic size."""
    meta_charset = f'<meta charset="{charset}">\n' if charset else ""
    filler = boilerplate(padding) if padding else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
        f"{meta_charset}<title>{escape(title)}</title>\n{head}\n{filler}</head>\n<body>\n"
        f'<div class="header"><h1><a href="/">{SITE_NAME}</a></h1></div>\n'
        f"{nav_bar(nav)}\n{breadcrumb(trail)}\n"
        f'<div class="container"><div class="main">\n{main}\n</div>\n'
        f'<div class="side">{side}</div></div>\n{footer(today)}\n</body>\n</html>\n'
    )


def boilerplate(size: int) -> str:
    """Inline styles and scripts as real CMS templates carry them (no links, no dates)."""
    rule = ".nav li a{display:block;padding:0 12px;color:#fff;font-size:16px;}\n"
    chunk = (rule * 40) + "/* 栏目导航样式 */\n"
    text = ""
    while len(text) < size:
        text += chunk
    return f"<style>\n{text[:size]}\n</style>\n"


def list_lines(entries: Iterable[ListEntry], today: date, style: DateStyle) -> str:
    """A ul/li list, the most common layout; 置顶 lines are marked as many CMSs do."""
    out = []
    for entry in entries:
        mark = '<span class="top">[置顶]</span>' if entry.pinned else ""
        when = "" if entry.age is None else format_date(day(today, entry.age), style)
        date_span = f'<span class="date">{when}</span>' if when else ""
        out.append(
            f'<li>{mark}<a href="{escape(entry.href)}" title="{escape(entry.title)}" '
            f'target="_blank">{escape(entry.title)}</a>{date_span}</li>'
        )
    return '<ul class="list">\n' + "\n".join(out) + "\n</ul>"


def table_lines(entries: Iterable[ListEntry], today: date) -> str:
    """TRS WCM style: a table, one row per document, the date in its own cell."""
    rows = [
        '<tr><td class="bt"><a href="{h}" target="_blank">{t}</a></td>'
        '<td class="sj">{d}</td></tr>'.format(
            h=escape(e.href),
            t=escape(e.title),
            d="" if e.age is None else day(today, e.age).isoformat(),
        )
        for e in entries
    ]
    return (
        '<table class="trs_list" width="100%" cellspacing="0" cellpadding="0">\n'
        '<tr><th>标题</th><th>发布日期</th></tr>\n' + "\n".join(rows) + "\n</table>"
    )


def datastore_lines(entries: Iterable[ListEntry], today: date) -> str:
    """大汉 JCMS: the list is a CDATA data island that a script renders in the browser."""
    records = "\n".join(
        "<record><![CDATA[\n<li><a href=\"{h}\" target=\"_blank\" title=\"{t}\">{t}</a>"
        "<span class=\"bt_time\">{d}</span></li>\n]]></record>".format(
            h=e.href, t=e.title, d="" if e.age is None else day(today, e.age).isoformat()
        )
        for e in entries
    )
    return (
        '<div id="1229"><script type="text/xml"><datastore>\n'
        "<nextgroup><![CDATA[<a href=\"#\">下一页</a>]]></nextgroup>\n"
        f"<recordset>\n{records}\n</recordset>\n</datastore></script>\n"
        '<script language="javascript" src="/module/jslib/jquery/jpage/dataproxy.js"></script>'
        "</div>"
    )


def detail_body(title: str, published: datetime | None, source: str, paragraphs: int = 3) -> str:
    """An article: the visible 发布时间 line, the way most CMSs print it (absent when None)."""
    when = f"发布时间：{published:%Y-%m-%d %H:%M}" if published else ""
    text = "".join(
        f"<p>　　{escape(title)}。会议强调，要提高政治站位，压实工作责任，"
        f"确保各项任务落地见效（第{n + 1}段）。</p>"
        for n in range(paragraphs)
    )
    return (
        f'<div class="article"><h2 class="title">{escape(title)}</h2>\n'
        f'<div class="info"><span>{when}</span> <span>来源：{escape(source)}</span> '
        '<span>【字体：<a href="javascript:;">大</a> <a href="javascript:;">小</a>】</span></div>\n'
        f'<div class="content">{text}</div></div>'
    )
