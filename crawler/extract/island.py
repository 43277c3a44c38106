"""Script data islands: lists a CMS ships inside `<script type="text/xml">`.

大汉 Hanweb JCMS writes a column's records as
`<datastore><recordset><record><![CDATA[<li>…</li>]]></record>` inside a
script and lets JavaScript render them; the records are the column's list.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser

from crawler.extract.page import absolute, base_of
from crawler.extract.scripts import Script, page_scripts, script_written
from crawler.extract.subtree import link_count

_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_MAX_ISLAND = 2_000_000


_ZERO_TOTAL = re.compile(r"<totalrecord>\s*0\s*</totalrecord>", re.I)


def empty_island(tree: LexborHTMLParser, scripts: Sequence[Script] | None = None) -> str | None:
    """A marker when a datastore says its column has no records (`<totalrecord>0`).

    The CMS's own count of an empty recordset is as plain a statement as a
    visible 暂无信息: the column is blank, not a list we failed to read. `scripts` are the
    page's (`page_scripts`), when its reader has them already.
    """
    for script in page_scripts(tree) if scripts is None else scripts:
        text = script.code
        no_records = "<record>" not in text and "<record " not in text
        if "<datastore" in text and no_records and _ZERO_TOTAL.search(text):
            return "datastore: totalrecord 0"
    return None


def island_trees(
    tree: LexborHTMLParser,
    *,
    records_only: bool = False,
    scripts: Sequence[Script] | None = None,
) -> list[LexborHTMLParser]:
    """One parsed fragment per datastore script holding CDATA records. With `records_only`,
    only the records' CDATA: not the `<nextgroup>` pager's, whose proxy address
    (`dataproxy.jsp?page=1…`) is the script's, no link a reader follows."""
    out: list[LexborHTMLParser] = []
    pattern = _RECORD_CDATA if records_only else _CDATA
    for script in page_scripts(tree) if scripts is None else scripts:
        text = script.code
        if "<record" not in text or len(text) > _MAX_ISLAND:
            continue
        records = pattern.findall(text)
        if records:
            out.append(LexborHTMLParser("<ul>" + "".join(records) + "</ul>"))
    return out


_RECORD_CDATA = re.compile(r"<record[^>]*>\s*<!\[CDATA\[(.*?)\]\]>", re.S)


_CLICK_URL = re.compile(
    r"""['"]((?:https?:)?[^'"\s]*?(?:\.s?html?|\.jsp|\.aspx?|\.php|/)(?:[?#][^'"\s]*)?)['"]"""
)
_MAX_CLICK_ROWS = 500


def onclick_tree(tree: LexborHTMLParser) -> LexborHTMLParser | None:
    """Rows that open their article by script (`<tr onclick="window.open('…')">`), as a list.

    Some CMS tables carry no `<a>` at all: each row opens its article from an
    onclick handler. The rows are rewritten as `<li><a href>title</a> rest</li>`
    — the title being the row's longest cell — so the list reader sees the
    entries a reader clicks. Two such rows at least; the page is not changed.
    """
    if tree.body is None:
        return None
    rows: list[str] = []
    for node in tree.body.css("[onclick]")[:_MAX_CLICK_ROWS]:
        if node.tag == "a" or link_count(node, 1):
            continue
        match = _CLICK_URL.search(node.attributes.get("onclick") or "")
        if match is None:
            continue
        cells = [c.text(separator=" ").strip() for c in node.iter()] or [node.text().strip()]
        cells = [c for c in cells if c]
        if not cells:
            continue
        title = max(cells, key=len)
        rest = " ".join(c for c in cells if c is not title)
        rows.append(
            f"<li><a href='{html.escape(match[1], quote=True)}'>{html.escape(title)}</a>"
            f" <span>{html.escape(rest)}</span></li>"
        )
    if len(rows) < 2:
        return None
    return LexborHTMLParser("<ul>" + "".join(rows) + "</ul>")


_JSON_ARRAY = re.compile(r"=\s*(\[\s*\{.*?\}\s*\])\s*[;\n]", re.S)
_TITLE_KEYS = ("title", "name", "bt", "biaoti", "text", "subject", "doctitle")
_URL_KEYS = ("url", "link", "href", "path", "docurl", "pageurl", "linkurl", "detailurl", "weburl")
_DATE_KEYS = (
    "time",
    "date",
    "pubdate",
    "publishdate",
    "pubtime",
    "publishtime",
    "fbsj",
    "fbrq",
    "rq",
    "releasedate",
    "publishedtime",
    "docdate",
    "docpubtime",
    "createtime",
    "releasetime",
    "docreltime",
    "crtime",
    "updatetime",
)
_MAX_SCRIPT = 1_000_000
_ARRAY_START = re.compile(r"\[\s*\{")


def json_tree(
    tree: LexborHTMLParser, scripts: Sequence[Script] | None = None
) -> LexborHTMLParser | None:
    """A list a script renders from an inline JSON array (`var data = [{"title":…,"time":…}]`).

    Records with a title and a date are rewritten as `<li><a href>title</a> date</li>`;
    the page itself shows a 暂无数据 placeholder until the script runs. Nothing is
    executed: only literal JSON is read.
    """
    rows = [row for record in _json_records(tree, scripts) if (row := _record_row(record))]
    if len(rows) < 2:
        return None
    return LexborHTMLParser("<ul>" + "".join(rows) + "</ul>")


# A server-rendered application's store (Vue's `window.__INITIAL_STATE__={…}`, Nuxt's
# `window.__NUXT__={…}` when it is plain JSON): the page's lists live in it, nested.
_STATE = re.compile(r"window\.(__[A-Za-z_]+__)\s*=\s*(?=\{)")
_MAX_STATE_LISTS = 20
_KEY_CLASS = re.compile(r"[^A-Za-z0-9_-]+")


def state_tree(
    tree: LexborHTMLParser, scripts: Sequence[Script] | None = None
) -> LexborHTMLParser | None:
    """The lists of a page's JSON store, each drawn where it sits: `{"sidebar":{"hotNews":
    [...]}}` becomes `div.sidebar > div.hotNews > ul`, so a side box or a 热点 array ranks as
    one (its keys are its classes), and the column's own `columnPage.list.records` as its
    list. Nothing is executed: only literal JSON is read."""
    boxes: list[str] = []
    for script in page_scripts(tree) if scripts is None else scripts:
        code = script.code
        if "window.__" not in code or len(code) > _MAX_SCRIPT:
            continue
        for found in _STATE.finditer(code):
            try:
                state, _ = json.JSONDecoder().raw_decode(code, found.end())
            except ValueError:
                continue
            _draw_lists(state, [], boxes)
    if not boxes:
        return None
    return LexborHTMLParser("<div>" + "".join(boxes[:_MAX_STATE_LISTS]) + "</div>")


def _draw_lists(value: object, path: list[str], boxes: list[str], title: str = "") -> None:
    """Append, for each array of dated records under `value`, its rows inside one div per
    key of its path, under the title its object gives it (`{"title":"热门文章","list":[…]}`
    is a 热门 box whatever its keys are called)."""
    if len(path) > 8 or len(boxes) >= _MAX_STATE_LISTS:
        return
    if isinstance(value, dict):
        named = next((v for k in _BOX_KEYS if isinstance(v := value.get(k), str)), "")
        for key, inner in value.items():
            _draw_lists(inner, [*path, str(key)], boxes, named[:16] if named else "")
    elif isinstance(value, list):
        rows = [row for record in value if (row := _record_row(record))]
        if len(rows) >= 1:
            opening = "".join(f"<div class='{_KEY_CLASS.sub('-', key)}'>" for key in path)
            heading = f"<h3>{html.escape(title)}</h3>" if title else ""
            boxes.append(
                opening + heading + "<ul>" + "".join(rows) + "</ul>" + "</div>" * len(path)
            )
        else:
            for inner in value[:50]:
                _draw_lists(inner, path, boxes)


_BOX_KEYS = ("title", "name", "columnName", "boxTitle", "label")


def _json_records(tree: LexborHTMLParser, scripts: Sequence[Script] | None = None) -> list[object]:
    """The records of the inline JSON arrays a page's scripts hold (only literal JSON)."""
    records: list[object] = []
    for script in page_scripts(tree) if scripts is None else scripts:
        if script.kind == "text/xml":
            continue
        code = script.code
        if len(code) > _MAX_SCRIPT or _ARRAY_START.search(code) is None:
            continue
        for match in _JSON_ARRAY.finditer(code):
            try:
                found = json.loads(match[1])
            except ValueError:
                continue
            if isinstance(found, list):
                records += found
    return records


_MAX_SCRIPT_LINKS = 200


def json_links(tree: LexborHTMLParser, base_url: str) -> tuple[tuple[str, str], ...]:
    """(name, absolute URL) of the records a script draws as links or tabs
    (`var lmList = [{"name":"工作动态","url":"/bm/gxj/gzdt/index.html"}]`): what a reader
    sees on a subpage whose menu is built on load."""
    links: dict[tuple[str, str], None] = {}
    for record in _json_records(tree):
        if not isinstance(record, dict):
            continue
        fields = {str(k).lower(): v for k, v in record.items() if isinstance(v, str)}
        title = next((fields[k].strip() for k in _TITLE_KEYS if k in fields), "")
        target = next((fields[k] for k in _URL_KEYS if k in fields), None)
        url = absolute(base_of(tree, base_url), target)
        if title and url:
            links[(title, url)] = None
            if len(links) >= _MAX_SCRIPT_LINKS:
                break
    return tuple(links)


_CHINA = timezone(timedelta(hours=8))  # Beijing time: no daylight saving
_EPOCH = re.compile(r"^\d{10}(\d{3})?$")
_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$")


def _china_day(value: str) -> str:
    """A record's date as the day it was in China: an epoch (seconds or milliseconds) or an
    ISO instant with its offset (…T17:30:00.000Z is the next morning in Beijing) is turned
    into that day; any other text is left for the date patterns."""
    text = value.strip()
    try:
        if _EPOCH.match(text):
            seconds = int(text) / (1000 if len(text) == 13 else 1)
            return datetime.fromtimestamp(seconds, _CHINA).date().isoformat()
        if _INSTANT.match(text):
            return datetime.fromisoformat(text).astimezone(_CHINA).date().isoformat()
    except (ValueError, OverflowError, OSError):
        return value
    return value


def _record_row(record: object) -> str | None:
    if not isinstance(record, dict):
        return None
    fields = {str(k).lower(): v for k, v in record.items() if isinstance(v, str | int)}
    title = next((str(fields[k]) for k in _TITLE_KEYS if k in fields), None)
    when = next((str(fields[k]) for k in _DATE_KEYS if k in fields), None)
    if not title or not when:
        return None
    when = _china_day(when)
    url = next((str(fields[k]) for k in _URL_KEYS if k in fields), "#")
    return (
        f"<li><a href='{html.escape(url, quote=True)}'>{html.escape(title)}</a>"
        f" <span>{html.escape(when)}</span></li>"
    )


def written_labels(tree: LexborHTMLParser) -> tuple[str, ...]:
    """The texts of the links inline scripts write (`document.write('<li><a href=…>工作动态
    </a></li>')`, a menu old templates print so): names a reader sees on the page."""
    written = "".join(script_written(tree))
    if "<a" not in written.lower():
        return ()
    fragment = LexborHTMLParser(f"<html><body>{written}</body></html>")
    names = (link.text(strip=True) for link in fragment.css("a[href]"))
    return tuple(dict.fromkeys(name for name in names if name and len(name) <= 20))


# A written link with a title's length of text: a pager's 首页, 上一页, 2 are not.
_WRITTEN_TITLE = re.compile(r"<a\s[^>]*>(?:\s*<(?!/)[^>]+>)*\s*[^<\s][^<]{5,}", re.I)
_MIN_WRITTEN_ROWS = 2  # a list is two entries at least; one written link is a banner or an ad


def written_tree(tree: LexborHTMLParser) -> LexborHTMLParser | None:
    """The lines inline scripts write with document.write (`<ul><script>document.write('<li>
    <a href=…>…</a><span>2026-06-11</span></li>')</script>…`), as old 动易/ASP templates
    print a list: the written HTML, joined in page order, read as a fragment of its own —
    when it holds two titled links at least (a CMS's pager writes only short ones).
    Nothing is executed: only string literals are read (`scripts.script_written`)."""
    written = "".join(script_written(tree))
    if len(_WRITTEN_TITLE.findall(written)) < _MIN_WRITTEN_ROWS:
        return None
    return LexborHTMLParser("<ul>" + written + "</ul>")
