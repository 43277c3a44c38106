"""The publication date of a detail (article) page.

Order of trust: the date a reader sees next to a label (发布时间, 发布日期,
生成日期, 时间 …), then `<meta name="PubDate">` and kin, then a lone
date-and-time element near the title, then the date in the URL. Attributes are
never read for the visible date (alt='时间：2017-…' is a stale copy), and when
the visible date and PubDate disagree the visible one wins: portals regenerate
pages and PubDate often records the regeneration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from crawler.extract.dates import FULL_DATE, is_typo, make_date, plain_dates, url_date
from crawler.extract.page import base_of, element_after, read_meta, visible_fragments

_DATE = FULL_DATE.pattern
# Labels in order of trust. A bare 时间/日期 must carry a colon and stand alone:
# 成文日期, 更新时间, 截止日期, 会议时间 … are not publication dates.
_STRONG = re.compile(r"(发布时间|发布日期|公开日期|上线时间|发稿时间|信息时间)\s*[:：]?\s*" + _DATE)
# The date a document was issued (发文日期) stands in for the publication date only when the
# page shows none: 信息公开 head tables show it before 发布日期, and it is the earlier of two.
_ISSUED = re.compile(r"(发文日期)\s*[:：]?\s*" + _DATE)
_GENERATED = re.compile(r"(生成日期)\s*[:：]?\s*" + _DATE)
_WEAK = re.compile(r"(?<![\u4e00-\u9fff])(时间|日期)\s*[:：]\s*" + _DATE)
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
    for pattern in (_STRONG, _ISSUED, _GENERATED, _WEAK):
        for match in pattern.finditer(text):
            value = make_date(int(match[2]), int(match[3]), int(match[4]))
            if value is not None and not is_typo(value, as_of):
                return value, match[1]
    return None


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


def _lone_date(fragments: list[str], as_of: date) -> date | None:
    """A text node that is only a date with a time (an unlabelled article header line).

    The scan stops at the footer and skips a date labelled as an update time: the
    footer's 网站更新时间 is the site's regeneration time, not the article's.
    """
    previous = ""
    for fragment in fragments[:_BARE_SCAN_LIMIT]:
        label, previous = previous, fragment
        if _FOOTER_MARK.search(fragment):
            return None
        if len(fragment) > 30 or _NOT_PUBLISHED.search(label):
            continue
        match = _LONE.match(fragment)
        if match and match[4]:
            value = make_date(int(match[1]), int(match[2]), int(match[3]))
            if value is not None and not is_typo(value, as_of):
                return value
    return None


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


def _info_line_date(fragments: list[str], as_of: date) -> tuple[date, str] | None:
    """The one date of an article's info line (来源：… 2026-10-03 浏览次数：…), before the footer.

    The line may be one text node or several (来源 | date | 浏览次数): the date's node and
    its two neighbours are read together.
    """
    window = fragments[:_BARE_SCAN_LIMIT]
    for index, fragment in enumerate(window):
        if _FOOTER_MARK.search(fragment):
            return None
        if len(fragment) > 120:
            continue
        dates = list(FULL_DATE.finditer(fragment))
        if len(dates) != 1:
            continue
        line = " ".join(window[max(0, index - 1) : index + 2])
        if not _INFO_LINE.search(line):
            continue
        match = dates[0]
        value = make_date(int(match[1]), int(match[2]), int(match[3]))
        if value is not None and not is_typo(value, as_of):
            return value, line.strip()[:60]
    return None


def read_detail(tree: LexborHTMLParser, url: str, as_of: date) -> DetailReading:
    """The page's publication date and its source ("visible:发布时间", "meta:PubDate", "url" …)."""
    fragments = [plain_dates(f) for f in (s.strip() for s in visible_fragments(tree.body)) if f]
    visible = _labelled(" ".join(fragments), as_of)
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
    lone = _lone_date(fragments, as_of)
    if lone is not None:
        return DetailReading(
            lone, "visible:bare", f"no label or meta; first lone date-time {lone.isoformat()}"
        )
    under = _under_title(tree, as_of)
    if under is not None:
        return DetailReading(
            under, "visible:title", f"no label or meta; the date under the title {under}"
        )
    info = _info_line_date(fragments, as_of)
    if info is not None:
        return DetailReading(
            info[0], "visible:info", f"no label or meta; the article's info line {info[1]!r}"
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
