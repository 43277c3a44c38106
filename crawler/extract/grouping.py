"""Links → entries → blocks, in two passes so that most links of a page are never read.

The first pass (`gather`) touches every link but only walks the tree: the
entry a link belongs to (its li/tr/dd/dt or nearest block) and the container
holding the entry; links of one container form a `Block`. Blocks that a pager
splits into same-shaped siblings share a merge key and form one `Unit`.

The second pass (`read_unit`) reads a unit's titles, dates and footer lines —
the costly part, some microseconds a link — and is run by the caller only on
units whose score bound can still beat the best list found so far.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

from selectolax.lexbor import LexborNode, SelectolaxError

from checks.text import title_core
from crawler.extract.dates import (
    FULL_DATE,
    DateReader,
    month_days,
    names_year,
    says_published,
    says_relative,
)
from crawler.extract.page import (
    INVISIBLE,
    element_before,
    element_children,
    one_element_child,
)
from crawler.extract.ranking import Group, Row
from crawler.extract.styles import inline_hiding_rule
from crawler.extract.subtree import (
    WALKED,
    elements,
    link_count,
    marked,
    tagged,
    text_longer,
    text_of,
    text_start,
)

STRICT_ITEM_TAGS = frozenset({"li", "tr", "dd", "dt"})
ITEM_TAGS = frozenset({"p", "div", "article", "section", "h3", "h4", "td"})
# Lines that date the site or the day, not an entry: footers, and the top bar's greeting
# (今天是：2026年11月24日 星期二), which would make any column look updated today.
FOOTER_MARKERS = re.compile(
    r"网站更新时间|更新时间|版权所有|copyright|©|ICP|公网安备|网站标识码|今天是|今日是|当前时间",
    re.I,
)
# FOOTER_MARKERS split by case: the CJK and © markers are plain substrings; the
# Latin ones need their first letter (re.I folds i to İ and ı too) before the
# case-insensitive search, several times cheaper than the search, is worth running.
_FOOTER_LITERALS = (
    "更新时间",
    "版权所有",
    "©",
    "公网安备",
    "网站标识码",
    "今天是",
    "今日是",
    "当前时间",
)
# The markers that name the site's owner: a list line beside one is the footer's.
_OWNER_LITERALS = ("版权所有", "©", "公网安备", "网站标识码")
_LATIN_FIRST = re.compile(r"[cCiIİı]")
# ICP as a footer writes it, with its number (陕ICP备05001234号, 京ICP证030173号): a notice
# about ICP 备案 核查 names the word only.
_LATIN_MARKERS = re.compile(r"copyright|ICP\s*[备证]\s*\d", re.I)
# The markers that date the site or the day (网站更新时间：…, 今天是：…), with the date they
# give: on a list line that date is struck out and the line kept, its title being its own.
_DATING_LITERALS = ("更新时间", "今天是", "今日是", "当前时间")
_SITE_DATE = re.compile(r"(?:更新时间|今天是|今日是|当前时间)\s*[:：]?\s*[\d\s\-/.年月日:：]{4,24}")
# A title this short with a footer marker is a footer's own link (网站更新时间：2026-11-24,
# 版权所有：某某区人民政府); a headline mentioning 今天是 or ICP 备案 is longer.
_FOOTER_TITLE = 20
# A block whose lines mostly carry 更新时间 (three lines or more) uses it as its date label.
_LABEL_LINES = 3
_MAX_CLIMB = 6
# Widening a lone title holder into its entry: tags an entry can be, how far, how much text.
_WIDEN_TAGS = frozenset(
    {"div", "li", "article", "section", "dd", "p", "table", "tbody", "ul", "ol", "dl"}
)
_MAX_WIDEN = 3
_WIDE_TEXT = 400
_STOP_TAGS = frozenset({"body", "html", None})
# No column list is this long; beyond it a page is a link farm or an attack.
MAX_ANCHORS = 5000

# A link, the entry it belongs to, whether the entry holds several links, and
# the link's place in the document (ties in score go to the earlier list).
Entry = tuple[LexborNode, LexborNode, bool, int]
MergeKey = tuple[int, tuple[str | None, str], tuple[str | None, str], str]


@dataclass(slots=True)
class Block:
    """The links of one container, not yet read."""

    container: LexborNode
    source: str  # "page", "datastore" or "onclick"
    entries: list[Entry] = field(default_factory=list)
    grand: LexborNode | None = None
    key: MergeKey | None = None  # blocks sharing a key may be one list split by a pager
    by_year: bool = False  # a year's group of one list (h3 2028年 + ul), joined however small


@dataclass(slots=True)
class Unit:
    """Blocks that are read and ranked together (one block, or the blocks of one merge key)."""

    blocks: list[Block]
    links: int


def is_footer(text: str) -> bool:
    """FOOTER_MARKERS.search(text), without the regular expression on most text."""
    for literal in _FOOTER_LITERALS:
        if literal in text:
            return True
    return _LATIN_FIRST.search(text) is not None and _LATIN_MARKERS.search(text) is not None


def names_owner(text: str) -> bool:
    """The text names the site's owner (版权所有, ©, ICP, 公网安备, 网站标识码): a footer line."""
    for literal in _OWNER_LITERALS:
        if literal in text:
            return True
    return _LATIN_FIRST.search(text) is not None and _LATIN_MARKERS.search(text) is not None


def _dates_the_site(text: str) -> bool:
    for literal in _DATING_LITERALS:  # noqa: SIM110 - twice as fast as any() on every line
        if literal in text:
            return True
    return False


def item_of(anchor: LexborNode, parent: LexborNode | None) -> LexborNode:
    """The entry a link belongs to: its nearest li/tr/dd/dt, else its nearest block.

    `parent` is the link's: only the link's ancestors are looked at, so the links of one
    parent (a row of them) share their entry.
    """
    node = parent
    generic: LexborNode | None = None
    for level in range(_MAX_CLIMB):
        if node is None:
            break
        tag = node.tag
        if tag in _STOP_TAGS:
            break
        if level < 4 and tag in STRICT_ITEM_TAGS:
            return node
        if generic is None and tag in ITEM_TAGS:
            generic = node
        node = node.parent
    return generic or parent or anchor


def _widen(item: LexborNode, links_in: dict[int, int]) -> LexborNode:
    """The entry around a lone title holder: `div.item > h4 > a` + `p.time` is one entry,
    and so is a `<table>` written for each item.

    A link whose nearest block is its own heading or title div would make every
    entry a block of one, and the date beside the title would belong to no
    entry. Climb while the parent holds this one link and little text (an
    article body around a lone link is no entry). `links_in` memoises link
    counts per node (up to two: only "one" matters): the entries of one list share their
    container.
    """
    node = item
    for _ in range(_MAX_WIDEN):
        parent = node.parent
        if parent is None or parent.tag not in _WIDEN_TAGS:
            break
        key = parent.mem_id
        count = links_in.get(key)
        if count is None:
            count = links_in[key] = link_count(parent, 2)
        if count != 1 or text_longer(parent, _WIDE_TEXT) or _under_year(parent):
            break  # a year's one line (h3 2028年 + ul) stays a line of the year's group
        node = parent
    return node


# Links that go with a line's title without being a line of their own: an attachment icon,
# 下载, 解读, the DOC版 of a PDF. A row holding one of them beside its title is one entry.
_MINOR_LINK = re.compile(
    r"^[\[【(（]?(?:下载|附件|附件下载|点击下载|解读|政策解读|文字解读|图文解读|图解|视频解读|原文"
    r"|(?:doc|docx|pdf|wps|ofd|xls|xlsx|word|excel)版?)[\]】)）]?$",
    re.I,
)
_MAX_MINOR_ROW = 4
_MINOR_CHARS = 8  # the longest text _MINOR_LINK matches: (excel版)


def _minor_links(
    items_of: list[tuple[LexborNode, LexborNode, int]], per_item: dict[int, int]
) -> set[int]:
    """The minor links of lines (li, tr, dd, dt) holding 2–4 links of which exactly one is
    not minor; `per_item` is left counting that one. A line of several titles stays flat,
    and so does a block of text (an article's paragraph) with a link and an icon in it."""
    rows = {k for k, n in per_item.items() if 2 <= n <= _MAX_MINOR_ROW}
    if not rows:
        return set()
    found: dict[int, list[int]] = {}
    for anchor, item, item_id in items_of:
        if item_id in rows and item.tag in STRICT_ITEM_TAGS:
            text = text_start(anchor, _MINOR_CHARS + 1)  # the whole text of a minor link
            if not text or _MINOR_LINK.match(text):
                found.setdefault(item_id, []).append(anchor.mem_id)
    minor: set[int] = set()
    for item_id, links in found.items():
        if per_item[item_id] - len(links) == 1:
            per_item[item_id] = 1
            minor.update(links)
    return minor


def _signature(node: LexborNode | None) -> tuple[str | None, str]:
    if node is None:
        return (None, "")
    return (node.tag, node.attributes.get("class") or "")


# Classes that only place a list (`ul.left` + `ul.right`: one list printed in two columns).
_PLACING = frozenset({"left", "right", "fl", "fr", "l", "r", "lf", "rt", "pull-left", "pull-right"})


def _list_shape(node: LexborNode) -> tuple[str | None, str]:
    """A list container's signature, its placing classes aside: the halves of a list printed
    side by side in one box are one list."""
    tag, classes = _signature(node)
    return tag, " ".join(c for c in classes.split() if c.lower() not in _PLACING)


def gather(
    root: LexborNode, source: str, first: int, skipped: list[str], names: tuple[str, ...] = ()
) -> list[Block]:
    """Every link of `root` attached to its entry and container, blocks in document order.

    Links are numbered from `first` on (a data island's after the page's). `names` (the
    column's) tell a tab box's panels apart when one of its tabs is so named (`tab_title`).
    """
    anchors = root.css("a[href]")
    if len(anchors) > MAX_ANCHORS:
        skipped.append(f"page has {len(anchors)} links: lists read from the first {MAX_ANCHORS}")
        anchors = anchors[:MAX_ANCHORS]
    per_item: dict[int, int] = {}
    items_of: list[tuple[LexborNode, LexborNode, int]] = []
    parents: list[LexborNode | None] = []
    by_parent: dict[int, LexborNode] = {}  # item_of, by the link's parent
    for anchor in anchors:
        parent = anchor.parent
        known = by_parent.get(parent.mem_id) if parent is not None else None
        item = known if known is not None else item_of(anchor, parent)
        if known is None and parent is not None:
            by_parent[parent.mem_id] = item
        item_id = item.mem_id
        per_item[item_id] = per_item.get(item_id, 0) + 1
        items_of.append((anchor, item, item_id))
        parents.append(parent)
    minor = _minor_links(items_of, per_item)
    blocks: dict[int, Block] = {}
    seen_items: set[int] = set()
    links_in: dict[int, int] = {}
    for place, (anchor, item, item_id), parent in zip(
        range(first, first + len(items_of)), items_of, parents, strict=True
    ):
        if minor and anchor.mem_id in minor:
            continue
        flat = per_item[item_id] > 1
        if not flat:
            wider = _widen(item, links_in)
            if wider is not item:
                item, item_id = wider, wider.mem_id
        key_id = anchor.mem_id if flat else item_id
        if key_id in seen_items:
            continue
        seen_items.add(key_id)
        container = (parent if flat else item.parent) or root
        container_id = container.mem_id
        block = blocks.get(container_id)
        if block is None:
            block = blocks[container_id] = Block(container, source)
        block.entries.append((anchor, item, flat, place))
    out = list(blocks.values())
    _merge_keys(out, names)
    return out


PartialKey = tuple[int, tuple[str | None, str], tuple[str | None, str]]


def _merge_keys(blocks: list[Block], names: tuple[str, ...]) -> None:
    """Set the merge key of the blocks that may be pages of one list: blocks of one shape
    under one grandparent, told apart by their box titles.

    A block alone with its shape and grandparent forms a unit of its own whatever its key
    (and its year flag is only read when its unit has several blocks), so its title —
    a CSS query of its box and its tab row, the costly part — is never looked for.
    """
    alike: dict[PartialKey, list[tuple[Block, LexborNode, LexborNode]]] = {}
    for block in blocks:
        # A block of one entry never merges (read or not), unless a year heads it: the new
        # year's first line stands alone above last year's lines in January.
        if len(block.entries) < 2 and not _under_year(block.container):
            continue
        parent = block.container.parent
        grand = parent.parent if parent is not None else None
        if grand is not None and parent is not None:
            shape = (grand.mem_id, _list_shape(block.container), _signature(parent))
            alike.setdefault(shape, []).append((block, parent, grand))
    tab_rows: BoxTabs = {}
    for shape, members in alike.items():
        if len(members) < 2:
            continue
        for block, parent, grand in members:
            title = "" if parent.tag in _GROUP_TAGS else box_title(parent, block.container)
            title = title or tab_title(block.container, names, tab_rows)
            if _YEAR_HEADING.match(title):
                title, block.by_year = "", True  # years group one list, not lists of their own
            block.grand = grand
            block.key = (*shape, title)


_MAX_TABS = 12


def tab_title(
    container: LexborNode, names: tuple[str, ...] | None = None, memo: BoxTabs | None = None
) -> str:
    """The name of the tab that shows the list `container`, "" when it is none: a tab box's
    panels (`div.tab-bd > ul.tab-list × n`, or each list in a panel of its own,
    `div.tab-bd > div.tab-con > ul`) are named by the n entries of the header row before
    them (`div.tab-hd li` 图片新闻 | 通知公告), paired by place.

    With `names` (the column's and its category's), only a row one of whose tabs is so
    named tells its panels apart: 图片新闻 | 通知公告 are two lists on a 通知公告 page, while
    通知 | 公示 there are the column's own halves, one list. `memo` keeps the tab rows found
    for the other blocks of one page."""
    tabs, place = _panel_tabs(container, memo)
    wrapper = container.parent
    if not tabs and wrapper is not None and one_element_child(wrapper):
        tabs, place = _panel_tabs(wrapper, memo)
    if not tabs:
        return ""
    if names is not None:
        wanted = {title_core(n) for n in names}
        if not any(title_core(t) in wanted for t in tabs):
            return ""
    return tabs[place]


# A box's tab row by (box, panel shape): the panels of one box share it.
BoxTabs = dict[tuple[int, tuple[str | None, str | None]], tuple[list[str], list[int]]]


def _panel_tabs(panel: LexborNode, memo: BoxTabs | None = None) -> tuple[list[str], int]:
    """The tabs of the row that switches `panel`'s box, and `panel`'s place among them;
    `memo` keeps each box's row for its other panels."""
    box = panel.parent
    if box is None:
        return [], 0
    shape = (panel.tag, panel.attributes.get("class"))
    known = memo.get((box.mem_id, shape)) if memo is not None else None
    if known is None:
        known = _box_tabs(box, shape)
        if memo is not None:
            memo[(box.mem_id, shape)] = known
    tabs, panels = known
    return (tabs, panels.index(panel.mem_id)) if tabs else ([], 0)


def _box_tabs(box: LexborNode, shape: tuple[str | None, str | None]) -> tuple[list[str], list[int]]:
    """The tabs of the row before `box`'s panels of one shape (or before the box, when they
    open it) that switch them, and the panels by `mem_id`; no tabs when no row does."""
    children = element_children(box)
    panels = [c for c in children if (c.tag, c.attributes.get("class")) == shape]
    if not 2 <= len(panels) <= _MAX_TABS:
        return [], []
    first = panels[0]
    header = element_before(box) if first.mem_id == children[0].mem_id else element_before(first)
    if header is None:
        return [], []
    for selector in ("li", "span", "a"):
        items = tagged(header, selector, len(panels) + 1)  # one more says "too many"
        if len(items) != len(panels):
            continue
        tabs = [t.text(strip=True) for t in items]
        if (
            len(set(tabs)) == len(tabs)
            and all(0 < len(t) <= 16 and not _MORE.search(t) for t in tabs)
            and (_switch(items) or any(map(_hidden_inline, panels)))
        ):
            return tabs, [c.mem_id for c in panels]
    return [], []


_MORE = re.compile(r"更多|全部|more|>>|»", re.I)
_TAB_STATES = frozenset({"on", "active", "cur", "current", "hover", "selected", "this"})
_HANDLERS = ("onmouseover", "onclick", "onmouseenter")
_NAVIGATES = re.compile(r"location|window\.open|href", re.I)


def _switch(tabs: list[LexborNode]) -> bool:
    """The row's entries switch panels: most carry a handler that does not navigate
    (`setTab(1,0)`, not `location.href='index_1.html'`), or they are alike but for one
    state class (`li.on` beside plain `li`s) — a title bar's name and its 查看全部 are not."""
    switching = sum(
        1
        for tab in tabs
        if any((h := tab.attributes.get(k)) and not _NAVIGATES.search(h) for k in _HANDLERS)
    )
    if switching * 2 >= len(tabs):
        return True
    classes = [set((tab.attributes.get("class") or "").lower().split()) for tab in tabs]
    marked = [c for c in classes if not _TAB_STATES.isdisjoint(c)]
    shapes = {(tab.tag, frozenset(c - _TAB_STATES)) for tab, c in zip(tabs, classes, strict=True)}
    return len(marked) == 1 and len(shapes) == 1


def _hidden_inline(panel: LexborNode) -> bool:
    style = (panel.attributes.get("style") or "").replace(" ", "").lower()
    return "display:none" in style


def _under_year(container: LexborNode) -> bool:
    before = element_before(container)
    return before is not None and _year_heading(before, 16) is not None


def _year_heading(heading: LexborNode, size: int) -> re.Match[str] | None:
    """`_YEAR_HEADING` matched to the heading's first `size` characters. Its stripped text
    starts with the year, so two characters tell most headings apart (a title's first
    text node is often shorter than `size`, and the walk would go on into what follows)."""
    if text_start(heading, 2) not in _CENTURIES:
        return None
    return _YEAR_HEADING.match(text_start(heading, size))


_CENTURIES = ("19", "20")


_BOX_TITLES = "h1, h2, h3, h4, h5, .title, .tit"
# Boxes that are themselves entries of an outer list (`ul.grp > li > h4 + ul.sub`): their
# titles name groups of one list (河长制, 防汛抗旱), not separate lists.
_GROUP_TAGS = frozenset({"li", "dd", "td", "tr"})


def box_title(box: LexborNode, inner: LexborNode) -> str:
    """The title a block's box shows (最新发布, 通知公告), "" when none: boxes of one shape
    but different titles are different lists, never one list split by a pager."""
    for heading in box.css(_BOX_TITLES)[:3]:
        node: LexborNode | None = heading
        while node is not None and node.mem_id != box.mem_id:
            if node.mem_id == inner.mem_id:
                break  # a heading inside the list is an entry's own title
            node = node.parent
        else:
            return text_start(heading, 40)
    return ""


def units_of(blocks: list[Block]) -> list[Unit]:
    """Blocks grouped by merge key (a block without one is a unit of its own), document order."""
    units: list[Unit] = []
    by_key: dict[MergeKey, Unit] = {}
    for block in blocks:
        if block.key is None:
            units.append(Unit([block], len(block.entries)))
            continue
        unit = by_key.get(block.key)
        if unit is None:
            unit = by_key[block.key] = Unit([block], 0)
            units.append(unit)
        else:
            unit.blocks.append(block)
        unit.links += len(block.entries)
    return units


def _date_text(
    item: LexborNode,
    anchor: LexborNode,
    anchor_text: str,
    flat: bool,
    counting: dict[str, bool],
    spaced: bool = False,
) -> str:
    """The item's text outside its title (a title may name a date of its own).

    An entry's text nodes are joined with a gap, as a reader sees cells and spans apart:
    run together, "2027-3-2" and a hit count "6" would read 2027-03-26. The text after a
    flat entry's link is joined so only with `spaced` (the caller asks again this way when
    no date was found). `counting` is the block's memo of `_without_counts`.
    """
    if flat:
        separator = " " if spaced else ""
        pieces: list[str] = []
        sibling = anchor.next
        while sibling is not None and len(pieces) < 4:
            if sibling.tag == "a":
                break
            pieces.append(sibling.text(separator=separator))
            sibling = sibling.next
        return " ".join(pieces)
    text = item.text(separator=" ")
    own = anchor.text(separator=" ") if anchor_text else ""
    rest = text.replace(own, " ", 1) if own else text
    if "20" in rest or "19" in rest:
        rest = _without_counts(item, rest, counting)
    if item.tag == "dt":
        # <dt>title</dt><dd>summary</dd><dd>date</dd>: the dds up to the next dt are its own
        follower = item.next
        followers = 0
        while follower is not None and follower.tag != "dt" and followers < _DT_FOLLOWERS:
            if follower.tag == "dd":
                rest += " " + follower.text(separator=" ")
                followers += 1
            follower = follower.next
    if (
        ("20" in anchor_text or "19" in anchor_text)  # what FULL_DATE cannot match without
        and FULL_DATE.search(anchor_text)
        and not FULL_DATE.search(rest)
    ):
        # <a><span>title</span><span>2026-11-24</span></a>: a child that is only a date
        for child in tagged(anchor, _DATE_CHILD_TAGS):
            child_text = child.text(strip=True)
            if len(child_text) <= 24 and FULL_DATE.search(child_text):
                return child_text
    return rest


_DT_FOLLOWERS = 3
_DATE_CHILD_TAGS = frozenset({"span", "em", "i", "font", "b"})
# An element that holds a count (`span.view` with an eye icon, `em.hits`): its 2025 is no year.
_COUNTER = re.compile(
    r"(?:^|[-_\s])(?:views?|hits?|clicks?|counts?|reads?|browse|liulan|dianji|djl|llcs|pv|eye)"
    r"(?:$|[-_\s\d])",
    re.I,
)


def _without_counts(item: LexborNode, rest: str, counting: dict[str, bool]) -> str:
    """The line's text with the numbers of its count elements taken out: the last place each
    stands on its own (a count most often follows the date, but never inside it: the `10`
    of `浏览 10 2026-01-10` is the first). The lines of a block repeat a few class names:
    each is judged once, `counting` keeping the judgement (class and id → a count's)."""
    for node, attrs in marked(item):
        marks = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        counts = counting.get(marks)
        if counts is None:
            counts = counting[marks] = _COUNTER.search(marks) is not None
        if not counts:
            continue
        shown = node.text(strip=True)
        if shown.isdigit() and (at := _alone_last(rest, shown)) != -1:
            rest = rest[:at] + " " + rest[at + len(shown) :]
    return rest


def _alone_last(text: str, number: str) -> int:
    """Where `number` last stands apart from any date (no digit or date mark beside it)."""
    at = text.rfind(number)
    while at != -1:
        before = text[at - 1] if at else " "
        after = text[at + len(number)] if at + len(number) < len(text) else " "
        if not (before.isdigit() or after.isdigit() or before in _DATE_MARKS
                or after in _DATE_MARKS):
            return at
        at = text.rfind(number, 0, at)
    return -1


_DATE_MARKS = frozenset("-./:年月日")


_DIGIT = re.compile(r"\d")
_EIGHT_DIGITS = re.compile(r"(?:1(?<!\d1)9|2(?<!\d2)0)\d{6}(?!\d)")  # as FULL_DATE opens


def _title(anchor_text: str, title: str | None) -> str:
    """link_text (page.py) for an anchor whose text and title attribute are in hand."""
    if "\n" in anchor_text or "  " in anchor_text or "\t" in anchor_text or "\r" in anchor_text:
        text = " ".join(anchor_text.split())
    else:
        text = anchor_text.strip()
    if not title:
        return text
    title = title.strip()
    if title and (not text or text.endswith(("...", "…", "..")) or len(title) > len(text) + 3):
        return title
    return text


# Elements that may hide themselves by their own markup, found by lexbor in C: a style
# hiding by display or visibility, and the hidden attribute (`_hidden_in` judges each).
_MAY_HIDE = '[style*="none"], [style*="hidden"], [hidden]'


_HIDDEN_HOLDER_LEVELS = 6  # how far up a hidden element makes its line one to read again


def _select(root: LexborNode, selector: str) -> list[LexborNode]:
    """`root.css(selector)`; a selector lexbor refuses (a page's odd class names) falls back
    to the inline-style one."""
    try:
        return root.css(selector)
    except SelectolaxError:
        return root.css(_MAY_HIDE)


def hiding_selector(rules: dict[str, str]) -> str:
    """What to look for: elements hiding by their own style, and those the page's style
    sheet hides by class or id (`.xgsj {display:none}`)."""
    named = [key for key in rules if key[:1] in ".#" and _CSS_NAME.fullmatch(key[1:])]
    return ", ".join([_MAY_HIDE, *named])


_CSS_NAME = re.compile(r"[A-Za-z_][\w-]*")


def hidden_holders(root: LexborNode | None, selector: str = _MAY_HIDE) -> frozenset[int]:
    """The near ancestors of elements that may hide themselves: only lines among them are
    read again without their hidden parts. Empty for most pages, and then never consulted."""
    if root is None:
        return frozenset()
    holders: set[int] = set()
    for node in _select(root, selector):
        parent = node.parent
        for _ in range(_HIDDEN_HOLDER_LEVELS):
            if parent is None or parent.mem_id in holders:
                break  # a sibling's climb has been this way (near enough: lines are small)
            holders.add(parent.mem_id)
            parent = parent.parent
    return frozenset(holders)


def _hidden_in(item: LexborNode, rules: dict[str, str]) -> dict[int, LexborNode]:
    hidden: dict[int, LexborNode] = {}
    for node in _select(item, hiding_selector(rules)):
        attrs = node.attributes
        style = attrs.get("style")
        if (style and inline_hiding_rule(style)) or "hidden" in attrs or (rules and (
            "#" + (attrs.get("id") or "").strip().lower() in rules
            or any("." + c.lower() in rules for c in (attrs.get("class") or "").split())
        )):
            hidden[node.mem_id] = node
    return hidden


def _shown_text(
    node: LexborNode, hidden: dict[int, LexborNode], holding: frozenset[int] | None = None
) -> str:
    """The text under `node` outside its hidden and never-shown elements. With `holding`
    (the elements that hold one of those), an element holding none is read whole by lexbor
    rather than node by node."""
    parts: list[str] = []
    for child in node.iter(include_text=True):
        if child.is_text_node:
            parts.append(child.text_content or "")
        elif child.mem_id not in hidden and child.tag not in INVISIBLE:
            if holding is None or child.mem_id in holding:
                parts.append(_shown_text(child, hidden, holding))
            else:
                parts.append(text_of(child))
    return "".join(parts)


_UNSHOWN = ", ".join(sorted(INVISIBLE))


def _holding(item: LexborNode, hidden: dict[int, LexborNode]) -> frozenset[int] | None:
    """The elements of a large line between it and each hidden or never-shown element under
    it, for `_shown_text`; None for a line of a few nodes, walked whole more cheaply."""
    if len(list(islice(item.traverse(include_text=True), WALKED + 1))) <= WALKED:
        return None
    holding: set[int] = set()
    for unshown in [*hidden.values(), *item.css(_UNSHOWN)]:
        if unshown.mem_id == item.mem_id:
            continue  # the line itself: only what is under it is left out
        above = unshown.parent
        while above is not None and above.mem_id != item.mem_id and above.mem_id not in holding:
            holding.add(above.mem_id)
            above = above.parent
    return frozenset(holding)


def _shown_date_text(
    item: LexborNode, anchor_text: str, reader: DateReader, rules: dict[str, str]
) -> str | None:
    """The line's text outside its title without what it hides (a hidden 修改时间 stamp is
    no date a reader sees), when that still shows a date; else None (a date kept only in
    hidden text is better than none)."""
    hidden = _hidden_in(item, rules)
    if not hidden:
        return None
    text = _shown_text(item, hidden, _holding(item, hidden))
    rest = text.replace(anchor_text, " ", 1) if anchor_text else text
    value, typo = reader.read(rest)
    return rest if value is not None or typo is not None else None


# A table's header names its date columns. When it names the publication (发布日期) beside
# another date (施行日期, 成文日期, 截止日期 …), a row's date is read from that cell alone.
# 生成日期 is the 政府信息公开 platforms' name for the publication date (as on their articles).
_PUBLISHED_HEADER = re.compile(r"^(?:发布|公开|公布|发文|生成)?(?:日期|时间)$")
_OTHER_DATE_HEADER = re.compile(
    r"(?:成文|施行|实施|生效|截止|有效|印发|废止|失效|开始|结束|更新|修改|会议|活动|举办|报名)"
    r"(?:日期|时间)|有效期|截止"
)
# A count column (浏览次数, 点击量): its numbers beside a year-month cell are no day.
_COUNT_HEADER = re.compile(r"浏览|点击|阅读|访问|次数|人气|热度")
# With no publication column, the day a document was written (成文日期) dates it rather than
# the day it takes effect (施行日期), which may come months later.
_WRITTEN_HEADER = re.compile(r"^(?:成文|印发)(?:日期|时间)$")


def published_column(block: Block) -> int | None:
    """The index of the publication-date cell in a table block's rows, when its header also
    names another date; None for any other block."""
    if not block.entries:
        return None
    first = block.entries[0][1]
    if first.tag != "tr":
        return _published_span(block.container, first)
    table = first.parent
    for _ in range(2):
        if table is None or table.tag == "table":
            break
        table = table.parent
    if table is None or table.tag != "table":
        return None
    rows = tagged(table, "tr", 1)
    return _published_cell(rows[0] if rows else None, None)


def _published_span(container: LexborNode, first: LexborNode) -> int | None:
    """The same for a list whose header is a row of its own before it (`div.list-head` of
    spans 文件名称 | 发布日期 | 施行日期 over `li > a + span + span`)."""
    return _published_cell(element_before(container), first)


# 日期 or 时间 with spaces inside it, as a cell's name is read with its spaces taken out.
_DATE_WORD = re.compile(r"日\s*期|时\s*间")


def _published_cell(header: LexborNode | None, line: LexborNode | None) -> int | None:
    """The publication column a header row names beside another date column; with a `line`,
    only when the lines have as many cells as the header (as that one has)."""
    if header is None:
        return None
    if _DATE_WORD.search(text_of(header)) is None:
        return None  # each header the rule reads names one (发布日期, 成文日期 …)
    if link_count(header, 1):
        return None
    names = ["".join(text_of(c).split()) for c in _cells_of(header)]
    published = [k for k, name in enumerate(names) if _PUBLISHED_HEADER.match(name)]
    others = [k for k, name in enumerate(names) if _OTHER_DATE_HEADER.search(name)]
    if not published:
        written = [k for k in others if _WRITTEN_HEADER.match(names[k])]
        if not written or len(others) < 2:
            return None
        published = written[:1]
    elif not others and not any(_COUNT_HEADER.search(name) for name in names):
        return None
    if line is not None and len(_cells_of(line)) != len(names):
        return None
    return min(published, key=lambda k: (not names[k].startswith(("发布", "公开", "公布")), k))


def _cells_of(row: LexborNode) -> list[LexborNode]:
    """A row's cells: its td/th, or the elements a header or list line is made of."""
    if row.tag == "tr":
        return [c for c in row.iter() if c.tag in ("td", "th")]
    return element_children(row)


def _cell_text(row: LexborNode, column: int) -> str | None:
    cells = _cells_of(row)
    return cells[column].text(separator=" ") if column < len(cells) else None


# Characters a date cell holds besides the date: digits, separators, brackets, 年月日, and
# the words of a label (发布时间：) or a weekday (星期二). A child of the link with at most
# two others is a date of its own, not a title that names a date (2026年11月24日区长办公会).
_NOT_DATE_CHAR = re.compile(r"[^\d\s\-/.:：\[\]()（）【】年月日时间发布更新期星一二三四五六天·|]")
_DATE_CELL = 24
_LINK_CHILDREN = 8  # the elements of a link searched for its date (a card's few parts)
_EDGE = 24  # characters at each end of a link's text that may hold its date
_EDGE_DATE = (
    r"((?:19|20)\d{2}\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*[-/]\s*\d{2}|\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
_LINK_ENDS_DATED = re.compile(
    r"[\[(（【]\s*" + _EDGE_DATE + r"\s*[\])）】]\s*$|\s" + _EDGE_DATE + r"\s*$"
)
_LINK_STARTS_DATED = re.compile(r"^\s*[\[(（【]\s*" + _EDGE_DATE + r"\s*[\])）】]")


_CELLS = frozenset({"span", "em", "i", "font", "b", "small", "time", "p", "div", "td"})


def _own_cells(item: LexborNode, anchor: LexborNode) -> Iterator[tuple[LexborNode, str]]:
    """The elements of a line outside its link, with their text: where its date cell is."""
    inside = {node.mem_id for node in elements(anchor)} | {anchor.mem_id}
    for node in tagged(item, _CELLS):
        if node.mem_id not in inside:
            yield node, node.text(strip=True)


def _date_cell(
    item: LexborNode, anchor: LexborNode, reader: DateReader
) -> tuple[date, bool] | None:
    """The date of the one element of a line that holds only a date (`span.date` beside a
    `p.summary` naming 2026年10月1日至10月7日), and whether its year was inferred (a
    month-day cell); None when there is not exactly one."""
    found: list[tuple[date, bool]] = []
    for _, text in _own_cells(item, anchor):
        if 5 <= len(text) <= _DATE_CELL and len(_NOT_DATE_CHAR.findall(text)) <= 2:
            value, _ = reader.read(text)
            if value is not None:
                found.append((value, not names_year(text)))
                if len(found) > 1:
                    return None
    return found[0] if found else None


_RELATIVE_CELL = 12


def _relative_cell(
    item: LexborNode, anchor: LexborNode, reader: DateReader
) -> tuple[date, bool] | None:
    """The line's own relative stamp (`span.ago 3天前`, `<time datetime=…>6个月前</time>`):
    its date, exact when its markup gives the day — over a month-day its summary names (an
    event's 9月30日, itself in a `<time>`). None when no element is only a relative stamp."""
    for node, text in _own_cells(item, anchor):
        if len(text) > _RELATIVE_CELL or not says_relative(text):
            continue
        stamp = node if node.tag == "time" else node.css_first("time[datetime]")
        if stamp is not None:
            exact, _ = reader.read(stamp.attributes.get("datetime") or "")
            if exact is not None:
                return exact, False
        value, _ = reader.read(text)
        if value is not None:
            return value, False  # counted from the check day: its year is known
    return None


def _date_in_link(
    anchor: LexborNode, anchor_text: str, reader: DateReader
) -> tuple[date | None, date | None]:
    """A date written inside the link itself, for a line with none beside it: a child that
    is only a date (`a > h3.title + p.time`, `a > span.rq [02-12]`, a day badge `b 31 +
    span 2026-07`), else a bracketed date closing or opening the link's text
    (`·标题[2026-12-26]`). A date inside a title's words is the title's, never the line's."""
    for child in elements(anchor, _LINK_CHILDREN):
        text = child.text(strip=True)
        if (
            3 <= len(text) <= _DATE_CELL
            and _DIGIT.search(text)
            and len(_NOT_DATE_CHAR.findall(text)) <= 2
        ):
            value, typo = reader.read(text)
            if value is not None or typo is not None:
                return value, typo
    # Only the link text's two ends can hold its date: searched there, not along the title.
    edge = _LINK_ENDS_DATED.search(anchor_text[-_EDGE:]) or _LINK_STARTS_DATED.search(
        anchor_text[:_EDGE]
    )
    if edge is None:
        return None, None
    return reader.read(next(g for g in edge.groups() if g))


def read_block(
    block: Block,
    reader: DateReader,
    skipped: list[str],
    hiding: frozenset[int] = frozenset(),
    rules: dict[str, str] | None = None,
) -> tuple[list[Row], int]:
    """The block's entries (title, link, date) and the place of the first kept one.

    A footer's own lines (a short title with a footer marker, or text naming the site's
    owner) are left out; a date that dates the site or the day (网站更新时间：…, 今天是…)
    is struck out of a line, unless most lines of the block carry it — then it is the
    list's date label (更新时间：2026-01-10 on every line). Both, and typo dates, are
    reported in `skipped`.
    """
    lines: list[tuple[str, str | None, str, LexborNode, LexborNode, str, bool, int]] = []
    dating = 0
    counting: dict[str, bool] = {}
    column = published_column(block)
    for anchor, item, flat, place in block.entries:
        anchor_text = text_of(anchor)
        attrs = anchor.attributes
        title = _title(anchor_text, attrs.get("title"))
        if len(title) < 2:
            continue
        text = _date_text(item, anchor, anchor_text, flat, counting)
        if column is not None and not flat:
            text = _cell_text(item, column) or text
        elif hiding and not flat and item.mem_id in hiding:
            text = _shown_date_text(item, anchor_text, reader, rules or {}) or text
        if (len(title) <= _FOOTER_TITLE and is_footer(title)) or names_owner(text):
            skipped.append(f"footer: {' '.join((title + ' ' + text).split())[:60]}")
            continue
        if _dates_the_site(text):
            dating += 1
        lines.append((title, attrs.get("href"), text, anchor, item, anchor_text, flat, place))
    labelled = dating >= _LABEL_LINES and dating * 2 >= len(lines)
    rows: list[Row] = []
    yearless: set[int] = set()
    first_place = -1
    text_date = reader.read
    read_counting = reader.read_counting
    for title, href, text, anchor, item, anchor_text, flat, place in lines:
        if dating and not labelled and _dates_the_site(text):
            struck = _SITE_DATE.sub(" ", text)
            if struck != text:
                skipped.append(f"site date struck out: {' '.join(text.split())[:60]}")
                text = struck
        value, typo, full = read_counting(text)
        # A full date in the text names its year (full is None when the reading did not count).
        inferred = value is not None and not full and not (_YEAR.search(text) and names_year(text))
        if (
            value is not None
            and column is None
            and not flat
            and item.tag != "tr"
            and _summary_dates(text, full)
            and not says_published(text)
            and (cell := _date_cell(item, anchor, reader)) is not None
        ):
            value, inferred = cell  # a date of its own (span.date) over dates a summary names
        if value is None and typo is None and _DIGIT.search(text) and column is None:
            spaced = _date_text(item, anchor, anchor_text, flat, counting, spaced=True)
            if dating and not labelled:
                spaced = _SITE_DATE.sub(" ", spaced)
            value, typo = text_date(spaced)
            inferred = value is not None and not (_YEAR.search(spaced) and names_year(spaced))
        if value is None and typo is None and not flat and _EIGHT_DIGITS.search(text):
            value, inferred = _date_cell(item, anchor, reader) or (None, False)  # 20260815
        if value is None and typo is None and _DIGIT.search(anchor_text):
            value, typo = _date_in_link(anchor, anchor_text, reader)
            inferred = value is not None and not _YEAR.search(text)
        if inferred and value is not None and says_relative(text):
            relative = _relative_cell(item, anchor, reader)
            if relative is not None:
                value, inferred = relative
        if typo is not None:
            skipped.append(f"typo date {typo.isoformat()} after as_of ignored: {title[:30]}")
        if first_place < 0:
            first_place = place
        if value is not None and inferred:
            yearless.add(len(rows))  # a month-day: its year was inferred
        rows.append((title, href, value))
    if yearless and (year := _heading_year(block.container)) is not None:
        rows = [
            (t, h, _in_year(year, d, reader, skipped) if k in yearless and d else d)
            for k, (t, h, d) in enumerate(rows)
        ]
    if rows and all(row[2] is None for row in rows):
        heading = _heading_date(block.container, reader)
        if heading is not None:
            rows = [(title, href, heading) for title, href, _ in rows]
    return rows, first_place


_YEAR = re.compile(r"(?:19|20)\d{2}")
# 2025年, 2025年度, 2025, and a count beside it (2027年 共2条, 2026年（12）).
_YEAR_HEADING = re.compile(
    r"^\s*((?:19|20)\d{2})\s*年?(度)?\s*(?:[（(]?\s*共?\s*\d{1,4}\s*[条篇项个件]?\s*[)）]?)?\s*$"
)


def _in_year(year: int, day: date, reader: DateReader, skipped: list[str]) -> date | None:
    """A month-day given its heading's year; a day that would then lie after the check day
    (+1) is a typo, as a full date there is (`2028年` over `[01-30]` on 2028-01-04)."""
    if not _real(year, day):
        return day
    dated = day.replace(year=year)
    if dated > reader.cutoff:
        skipped.append(f"typo date {dated.isoformat()} after as_of ignored (year heading)")
        return None
    return dated


def _summary_dates(text: str, full: int | None = None) -> bool:
    """The line names more than one date: two full dates, or a full date beside a month-day
    (`[12-20]` and a summary citing 2027年5月1日) — its own date cell must say which. `full`
    is the count of full dates in the text, when its reading counted them."""
    count = len(FULL_DATE.findall(text)) if full is None else full
    if count >= 2:
        return True
    return (
        count == 1
        and len(text) > _DATE_CELL
        and next(month_days(FULL_DATE.sub(" ", text)), None) is not None
    )


def _heading_year(container: LexborNode) -> int | None:
    """The year a heading right before the block names (`h3 2025年` over `12-20` lines):
    the year of its month-day dates, which would otherwise take the check day's. A
    `2026年度` heading names what its lines report on (年报 of 2026, published in 2027),
    not when they were published."""
    before = element_before(container)
    if before is None:
        return None
    match = _year_heading(before, 12)
    return int(match[1]) if match and not match[2] else None


def _real(year: int, day: date) -> bool:
    return day.month != 2 or day.day != 29 or calendar.isleap(year)


def _one_of_days(container: LexborNode) -> bool:
    """The block is one of several day groups: a sibling block of its kind beside it
    (h3, ul, h3, ul …), or its box is one of several boxes alike (div.day-group × n)."""
    parent = container.parent
    if parent is None:
        return False
    if sum(1 for child in parent.iter() if child.tag == container.tag) >= 2:
        return True
    grand = parent.parent
    if grand is None:
        return False
    shape = (parent.tag, parent.attributes.get("class"))
    return sum(1 for c in grand.iter() if (c.tag, c.attributes.get("class")) == shape) >= 2


# A date standing alone as a heading (2027年01月27日 星期三): nothing else but a weekday.
_PURE_DATE = re.compile(
    r"^[\[(【]?\s*(?:19|20)\d{2}\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)\s*\d{1,2}\s*日?"
    r"\s*[\])】]?\s*(?:星期[一二三四五六日天]|周[一二三四五六日天])?$"
)


_DATE_OPENINGS = frozenset("[(【12")  # what a _PURE_DATE text starts with


def _heading_date(container: LexborNode, reader: DateReader) -> date | None:
    """The date heading just before an undated block (`div.day 2027年01月27日 星期三` over
    that day's `ul`, as 领导活动 and 每日动态 pages group their lines) — only where days
    repeat: a top bar's clock before the menu dates no one's lines."""
    before = element_before(container)
    if before is None or text_start(before, 1) not in _DATE_OPENINGS:
        return None
    text = text_start(before, _DATE_CELL + 1)  # the whole text, when it is short enough
    if len(text) > _DATE_CELL or not _PURE_DATE.match(text) or not _one_of_days(container):
        return None
    value, _ = reader.read(text)
    return value


def read_unit(
    unit: Unit,
    reader: DateReader,
    skipped: list[str],
    hiding: frozenset[int] = frozenset(),
    rules: dict[str, str] | None = None,
) -> list[Group]:
    """The unit's blocks read; blocks of one key with two entries or more joined into the first."""
    groups: list[Group] = []
    host: Group | None = None
    for block in unit.blocks:
        rows, place = read_block(block, reader, skipped, hiding, rules)
        if not rows:
            continue
        group = Group(block.container, rows, block.source, seq=place)
        if block.grand is None or (len(rows) < 2 and not block.by_year):
            groups.append(group)
        elif host is None:
            host = group
            groups.append(group)
        else:
            host.rows.extend(rows)
            host.container = block.grand
    return groups
