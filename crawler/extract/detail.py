"""The publication date of a detail (article) page.

Order of trust: the date a reader sees next to a label (发布时间, 发布日期,
生成日期, 时间 …), then `<meta name="PubDate">` and kin (`<time datetime>`), then a
bare date under the title, in the article's info line (来源 … 浏览次数) or alone with
its time, then the date in the URL. Attributes are
never read for the visible date (alt='时间：2017-…' is a stale copy), and when
the visible date and PubDate disagree the visible one wins: portals regenerate
pages and PubDate often records the regeneration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import unescape

from selectolax.lexbor import LexborHTMLParser, LexborNode

from checks.text import to_simplified
from crawler.extract.dates import FULL_DATE, infer_year, is_typo, make_date, plain_dates, url_date
from crawler.extract.page import INVISIBLE, base_of, element_after, element_before, read_meta

_DATE = FULL_DATE.pattern
# Labels in order of trust. A bare 时间/日期 must carry a colon and stand alone:
# 成文日期, 更新时间, 截止日期, 会议时间 … are not publication dates.
_STRONG = re.compile(r"(发布时间|发布日期|公开日期|上线时间|发稿时间|信息时间)\s*[:：]?\s*" + _DATE)
# The date a document was issued (发文日期) stands in for the publication date only when the
# page shows none: 信息公开 head tables show it before 发布日期, and it is the earlier of two.
_ISSUED = re.compile(r"(发文日期)\s*[:：]?\s*" + _DATE)
_GENERATED = re.compile(r"(生成日期)\s*[:：]?\s*" + _DATE)
# 发布：2027-08-28, 发布于 2027-08-28: the verb alone labels the date too (not 发布机构).
# Not a word ending in 发布 (首次发布于, 成绩发布：): those name another release.
_PUBLISHED = re.compile(r"(?<![\u4e00-\u9fff])(发布(?=\s*[:：])|发布于|发表于)\s*[:：]?\s*" + _DATE)
_WEAK = re.compile(r"(?<![\u4e00-\u9fff])(时间|日期)\s*[:：]\s*" + _DATE)
# A month-day after a publication label (发布：8月28日 08:00): the year is as_of's (R3).
_LABELLED_MONTH_DAY = re.compile(
    r"(发布时间|发布日期|发布)\s*[:：]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?![\d/.-])"
)
# An item of the article's own enumeration (一、时间：… 二、地点：…): a meeting's time, not
# the page's date.
_ENUMERATED = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]\s*$|[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]\s*$"
)
_META_NAMES = (
    "PubDate",
    "pubdate",
    "publishdate",
    "firstpublishedtime",
    "article:published_time",
    "dcterms.issued",
    "DC.Date",
    "dc.date",
    "publish_date",
)
_LONE = re.compile(r"^\s*" + _DATE + r"(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*$")
_BARE_SCAN_LIMIT = 4000
# Text that marks the page footer: a lone date after it is the site's, not the article's.
_FOOTER_MARK = re.compile(r"版权所有|主办单位|承办单位|ICP备|网站标识码|网站地图|Copyright|©", re.I)
# Words of an article's info line: source, author, hits. Its one date is the publication date.
_INFO_LINE = re.compile(
    r"来源[:：]|作者[:：]|浏览(次数|量)?[:：]|点击(数|率|量)?[:：]|阅读(数|量)?[:：]|编辑[:：]"
)
# A label that makes the next lone date something other than a publication date.
_NOT_PUBLISHED = re.compile(
    r"(更新时间|更新日期|生成时间|访问时间|当前时间|今天是|今日)\s*[:：]?\s*$"
)


@dataclass(frozen=True, slots=True)
class DetailReading:
    """A detail page's publication date, where it was read, and why it was trusted."""

    published: date | None
    source: str
    why: str


def _labelled(text: str, as_of: date) -> tuple[date, str] | None:
    for pattern in (_STRONG, _PUBLISHED, _ISSUED, _GENERATED, _WEAK):
        for match in pattern.finditer(text):
            start = match.start()
            enumerated = _ENUMERATED.search(text, max(0, start - 8), start)
            if enumerated and pattern in (_WEAK, _PUBLISHED):
                continue
            value = make_date(int(match[2]), int(match[3]), int(match[4]))
            if value is not None and not is_typo(value, as_of):
                return value, match[1]
    for match in _LABELLED_MONTH_DAY.finditer(text):
        month, day = int(match[2]), int(match[3])
        if 1 <= month <= 12 and 1 <= day <= 31 and (value := infer_year(month, day, as_of)):
            return value, match[1]
    return None


# What a 繁體 template's labels hold (發佈時間, 來源, 瀏覽次數): fragments holding one of these
# are read in 简体, so that one set of labels reads both.
_TRADITIONAL = re.compile("[發佈時間來瀏覽點擊閱讀數編輯開資訊]")
def _simplified(text: str) -> str:
    """The text in 简体 when it holds a 繁體 label character (opencc runs only then)."""
    return to_simplified(text) if _TRADITIONAL.search(text) else text


# document.write('2027-08-25 16:20'): the text a template's script prints where it stands.
_WRITE = re.compile(r"""document\.write(?:ln)?\(\s*(['"])((?:\\.|(?!\1).){1,200}?)\1\s*\)""")
_TAG = re.compile(r"<[^>]*>")
_WRITTEN_TEXT = 80


def _text_nodes(body: LexborNode | None) -> list[tuple[str, LexborNode]]:
    """What a reader sees, text node by text node, with each node's element: dates in ASCII
    digits, 繁體 labels in 简体, and the short texts inline scripts print in their place
    (`发布时间：<script>document.write('2027-08-25')</script>`)."""
    nodes: list[tuple[str, LexborNode]] = []
    if body is None:
        return nodes
    for child in body.traverse(include_text=True, skip_empty=True):
        if not child.is_text_node:
            continue
        parent = child.parent
        if parent is None:
            continue
        value = child.text_content or ""
        if parent.tag in INVISIBLE:
            if parent.tag != "script" or "document.write" not in value:
                continue
            value = " ".join(
                text
                for literal in _WRITE.finditer(value)
                if len(text := unescape(_TAG.sub(" ", literal[2])).strip()) <= _WRITTEN_TEXT
            )
        value = value.strip()
        if not value:
            continue
        nodes.append((plain_dates(_simplified(value)), parent))
    return nodes


def _meta_date(tree: LexborHTMLParser, as_of: date) -> tuple[date, str] | None:
    meta = read_meta(tree)
    for name in _META_NAMES:
        content = meta.get(name)
        if not content:
            continue
        match = FULL_DATE.search(content)
        if match:
            value = make_date(int(match[1]), int(match[2]), int(match[3]))
            if value is not None and not is_typo(value, as_of):
                return value, name
    return None


def _lone_date(nodes: list[tuple[str, LexborNode]], as_of: date) -> date | None:
    """A text node that is only a date with a time (an unlabelled article header line).

    The scan stops at the footer and skips a date labelled as an update time: the
    footer's 网站更新时间 is the site's regeneration time, not the article's. A date on a
    line of links (a 相关文章 box: `li > a` + its date) is another article's.
    """
    previous = ""
    for fragment, element in nodes[:_BARE_SCAN_LIMIT]:
        label, previous = previous, fragment
        if _FOOTER_MARK.search(fragment):
            return None
        if len(fragment) > 30 or _NOT_PUBLISHED.search(label):
            continue
        match = _LONE.match(fragment)
        if match and match[4] and not _on_linked_line(element):
            value = make_date(int(match[1]), int(match[2]), int(match[3]))
            if value is not None and not is_typo(value, as_of):
                return value
    return None


_LINE_TAGS = frozenset({"li", "tr", "dd", "dt"})
_LINE_CLIMB = 4


def _on_linked_line(element: LexborNode) -> bool:
    """The element is a link, or sits on a list line holding a link: a li, tr or dd, or a
    div or p made of one title's link and little else (`div.xg-item > a + span`)."""
    node: LexborNode | None = element
    for _ in range(_LINE_CLIMB):
        if node is None or node.tag in ("body", "html"):
            return False
        if node.tag == "a":
            return True
        if node.tag in _LINE_TAGS:
            return node.css_first("a[href]") is not None
        if node.tag in ("div", "p"):
            return _titled_line(node)
        node = node.parent
    return False


_LINE_TITLE = 10  # characters of a link that is another article's title, not a 来源 name
_LINE_REST = 30


def _titled_line(block: LexborNode) -> bool:
    links = block.css("a[href]")
    if len(links) != 1:
        return False
    title = links[0].text(strip=True)
    rest = len(block.text(strip=True)) - len(title)
    return len(title) >= _LINE_TITLE and rest <= _LINE_REST


def _under_title(tree: LexborHTMLParser, as_of: date) -> date | None:
    """A bare date standing on the line right under the article's title (`h1` then
    `p.time 2027-03-01`): the article's date. A 落款 date at the end is never this line."""
    for heading in tree.css("h1, h2")[:2]:
        line = element_after(heading)
        if line is None:
            continue
        match = _LONE.match(plain_dates(line.text(strip=True)))
        if match:
            value = make_date(int(match[1]), int(match[2]), int(match[3]))
            if value is not None and not is_typo(value, as_of):
                return value
    return None


# Elements that run inside a line: a date's line is the first element around it not of these.
_INLINE = frozenset(
    {"span", "font", "b", "strong", "em", "i", "a", "label", "time", "small", "u", "script"}
)
_LINE_TEXT = 200


def _line_of(element: LexborNode) -> LexborNode:
    node = element
    while node.tag in _INLINE and node.parent is not None:
        node = node.parent
    return node


def _info_text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    text = node.text(separator=" ")
    if len(text) > _LINE_TEXT:
        return ""
    return _simplified(text)


def _info_line_date(nodes: list[tuple[str, LexborNode]], as_of: date) -> tuple[date, str] | None:
    """The one date of an article's info line (来源：… 2026-10-03 浏览次数：…), before the footer.

    The line is the element holding the date's node (`div.info > span + span`), or, when it
    holds only the date, the element right before or after it (`p.source` + `p.time`). Never
    a paragraph of the article: its 2021年1月1日起施行 is a law's date, however near the
    article's 来源 it stands. A date an event label names (活动时间：) is not the article's.
    """
    previous = ""
    for fragment, element in nodes[:_BARE_SCAN_LIMIT]:
        previous, before = fragment, previous
        if _FOOTER_MARK.search(fragment):
            return None
        if len(fragment) > 120:
            continue
        dates = list(FULL_DATE.finditer(fragment))
        if len(dates) != 1:
            continue
        line = _line_of(element)
        said = plain_dates(_info_text(line))
        if not _INFO_LINE.search(said) and said.strip() in (fragment, ""):
            said = " ".join(
                (_info_text(element_before(line)), fragment, _info_text(element_after(line)))
            )
        if not _INFO_LINE.search(said):
            continue
        match = dates[0]
        if _EVENT_LABEL.search(fragment[: match.start()]) or (
            not fragment[: match.start()].strip() and _EVENT_LABEL.search(before)
        ):
            continue  # 活动时间：2027-10-05 on the info line: the event's day
        value = make_date(int(match[1]), int(match[2]), int(match[3]))
        if value is not None and not is_typo(value, as_of):
            return value, " ".join(said.split())[:60]
    return None


# A label naming a day other than the publication's: an event's, a deadline's, a law's.
_EVENT_LABEL = re.compile(
    r"(?:活动|会议|举办|开始|结束|截止|报名|受理|办理|考试|施行|实施|有效|开展|举行)(?:时间|日期)"
    r"\s*[:：]?\s*$"
)


# The machine-readable date HTML gives an article (`<time datetime>`, schema.org's
# datePublished): a kin of PubDate, read after it.
_STAMPS = "time[datetime], [itemprop=datePublished]"


def _stamp_date(tree: LexborHTMLParser, as_of: date) -> date | None:
    for node in tree.css(_STAMPS)[:3]:
        if _on_linked_line(node):
            continue  # another article's line
        attrs = node.attributes
        match = FULL_DATE.search(attrs.get("datetime") or attrs.get("content") or "")
        if match:
            value = make_date(int(match[1]), int(match[2]), int(match[3]))
            if value is not None and not is_typo(value, as_of):
                return value
    return None


def read_detail(tree: LexborHTMLParser, url: str, as_of: date) -> DetailReading:
    """The page's publication date and its source ("visible:发布时间", "meta:PubDate", "url" …)."""
    nodes = _text_nodes(tree.body)
    visible = _labelled(" ".join(text for text, _ in nodes), as_of)
    meta = _meta_date(tree, as_of)
    if visible is not None:
        value, label = visible
        why = f"visible {label} {value.isoformat()}"
        if meta is not None and meta[0] != value:
            why += (
                f"; meta {meta[1]} says {meta[0].isoformat()} — the visible date wins"
                " (meta is often the page's regeneration time)"
            )
        return DetailReading(value, f"visible:{label}", why)
    if meta is not None:
        return DetailReading(
            meta[0],
            f"meta:{meta[1]}",
            f"no visible date label; meta {meta[1]} {meta[0].isoformat()}",
        )
    stamp = _stamp_date(tree, as_of)
    if stamp is not None:
        return DetailReading(
            stamp, "meta:datetime", f"no label or meta; the article's <time datetime> {stamp}"
        )
    under = _under_title(tree, as_of)
    if under is not None:
        return DetailReading(
            under, "visible:title", f"no label or meta; the date under the title {under}"
        )
    info = _info_line_date(nodes, as_of)
    if info is not None:
        return DetailReading(
            info[0], "visible:info", f"no label or meta; the article's info line {info[1]!r}"
        )
    lone = _lone_date(nodes, as_of)
    if lone is not None:
        return DetailReading(
            lone, "visible:bare", f"no label or meta; first lone date-time {lone.isoformat()}"
        )
    for candidate in (url, base_of(tree, url)):
        from_url = url_date(candidate, as_of)
        if from_url is not None and not is_typo(from_url, as_of):
            return DetailReading(
                from_url,
                "url",
                f"no date on the page; URL {candidate} gives {from_url.isoformat()}",
            )
    return DetailReading(None, "none", "no visible date, no PubDate meta, no date in the URL")
