"""Ranking candidate lists: which block of a page is the column's own list.

Dated, long-titled, repeated entries inside a content area score high; blocks
inside nav bars, sidebars and footers, or under a 热点/推荐/排行/相关 title,
are penalised and marked, so that a page's own list wins and an operator can
read in `inspect` why it did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from selectolax.lexbor import LexborNode

from crawler.extract.page import one_element_child
from crawler.extract.subtree import images_with_alt, link_count, text_start

_OFF_CONTENT = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|foot|footer|header|head|top|side|sidebar|aside|crumb|breadcrumb|"
    r"position|location|weizhi|hot|rank|paihang|tuijian|recommend|related|xgwz|xgxx|friend|yqlj|links?|copyright|banner)",
    re.I,
)
_ON_CONTENT = re.compile(r"(content|main|list|article|zwgk|xxgk|news|column|lanmu)", re.I)
# Box titles of other lists than the column's: 热点/推荐/点击排行 boxes (the most read), and the
# portal's 最新更新 box of every column's newest items, which old templates put in the left
# cell of every page (a column named so keeps its own, see listing._own_word_boxes).
_OFF_HEADING = re.compile(
    r"热点|热门|推荐|排行|相关|友情链接|点击排行|阅读排行|猜你喜欢|专题"
    r"|最新(信息|公告|动态|文章|更新|发布|消息|资讯|通知)|最近(更新|发布)|(点击|阅读|浏览)(榜|最多)"
)
_MAX_CLIMB = 12
OFF_HEADING_FACTOR = 0.2


# One entry of a block: (title, raw href, date). Items (with resolved URLs) are
# built only for the chosen list: most blocks of a page are read, ranked and dropped.
Row = tuple[str, str | None, date | None]


@dataclass(slots=True)
class Group:
    """A block of repeated entries while it is being ranked (mutable, never leaves extract)."""

    container: LexborNode
    rows: list[Row]
    source: str  # "page", "datastore" or "onclick"
    score: float = 0.0
    why: str = ""
    off_content: bool = False  # inside a nav/side/footer-like block or a 热点/推荐 box
    dated: int = 0
    title_chars: int = 0
    seq: int = 0  # place of its first entry in the page: ties in score go to the earlier
    off_word: str = ""  # the 热点/专题 word of its box title that put it off the content

    def tally(self) -> None:
        """Count the dated rows and the title characters (what ranking reads of the rows)."""
        self.dated = sum(1 for row in self.rows if row[2] is not None)
        self.title_chars = sum(len(row[0]) for row in self.rows)


def describe_node(node: LexborNode | None, depth: int = 3) -> str:
    """A readable CSS-ish path (tag#id.class > …) of a node and a few ancestors."""
    parts: list[str] = []
    while node is not None and depth > 0 and node.tag not in (None, "html", "-document"):
        attrs = node.attributes
        part = node.tag or "?"
        if attrs.get("id"):
            part += "#" + (attrs.get("id") or "").strip()
        elif attrs.get("class"):
            part += "." + ".".join((attrs.get("class") or "").split()[:2])
        parts.append(part)
        node = node.parent
        depth -= 1
    return " > ".join(reversed(parts))


_OFF_TAGS = frozenset({"nav", "header", "footer", "aside", "marquee"})  # a ticker: no list
_TOP_TAGS = frozenset({"body", "html", None})
_MAX_WALK = 40
# (nearest nav/side/footer-like mark, nearest content mark, steps to the top)
_Walk = tuple[str | None, str | None, int]


class Context:
    """What ranking reads of a page's ancestors, memoised for every block of one page.

    The blocks of a page share most of their ancestors (a portal home has
    dozens of boxes under the same few wrappers); each ancestor's class/id is
    read once, not once per block.
    """

    __slots__ = ("_headings", "_walks")

    def __init__(self) -> None:
        self._walks: dict[int, _Walk] = {}
        self._headings: dict[int, list[LexborNode]] = {}

    def walk(self, start: LexborNode) -> tuple[str | None, str | None]:
        """The nearest off-content and content marks within 40 ancestors of `start`."""
        path: list[LexborNode] = []
        node: LexborNode | None = start
        tail: _Walk | None = None
        while node is not None and node.tag not in _TOP_TAGS:
            if len(path) >= _MAX_WALK:
                break
            known = self._walks.get(node.mem_id)
            if known is not None and len(path) + known[2] <= _MAX_WALK:
                tail = known
                break
            path.append(node)
            node = node.parent
        else:
            tail = (None, None, 0)
        off, on, length = tail if tail is not None else (None, None, 0)
        for step in reversed(path):
            own_off, own_on = _marks(step)
            off = own_off or off
            on = own_on or on
            length += 1
            if tail is not None:  # the walk reached the top: the same from this node on
                self._walks[step.mem_id] = (off, on, length)
        return off, on

    def headings(self, parent: LexborNode) -> list[LexborNode]:
        found = self._headings.get(parent.mem_id)
        if found is None:
            found = self._headings[parent.mem_id] = parent.css("h1, h2, h3, h4, .title, .tit")[:4]
        return found


def _marks(node: LexborNode) -> tuple[str | None, str | None]:
    """One ancestor's own (off-content, content) marks: its tag, its class and id."""
    tag = node.tag
    attrs = node.attributes
    classes, ident = attrs.get("class"), attrs.get("id")
    if not classes and not ident:  # most wrappers: no mark but their tag
        return (tag if tag in _OFF_TAGS else None), None
    off, on = _classify(f"{classes} {ident}" if classes and ident else classes or ident or "")
    return (tag if tag in _OFF_TAGS else off), on


@lru_cache(maxsize=4096)
def _classify(marks: str) -> tuple[str | None, str | None]:
    """(off-content mark, content mark) of a class/id string.

    The case-insensitive patterns cost microseconds a search, and a page (and
    every page of one CMS) repeats the same few class names over and over.
    """
    if not marks:
        return None, None
    off = marks[:30] if _OFF_CONTENT.search(marks) else None
    on = marks[:30] if _ON_CONTENT.search(marks) else None
    return off, on


def _heading_of(node: LexborNode, context: Context) -> str:
    """Text just before a block (its box title), where 热点/推荐 boxes name themselves."""
    previous = node.prev
    steps = 0
    while previous is not None and steps < 3:
        # A ticker or a list (two links) is no box title; its text is not read.
        if (
            previous.tag != "-text"
            and link_count(previous, 2) < 2
            and (text := text_start(previous, 40))
        ):
            return text
        previous = previous.prev
        steps += 1
    parent = node.parent
    if parent is not None and parent.tag not in _TOP_TAGS:
        for heading in context.headings(parent):
            if not _inside(heading, node):  # an item's own <h4> title is no box title
                return text_start(heading, 40)
    return table_caption(node)


_SECTIONS = frozenset({"tbody", "thead", "tfoot"})
_TABLE_WRAPPERS = frozenset({"table", "tbody", "thead", "tr", "td", "th"})
_MAX_WRAPS = 12  # tbody > table > td > tr > tbody > table > td > tr: a box two tables deep
_NOT_SHOWN = frozenset({"-comment", "script", "style"})
_CAPTION_CHARS = 24
_RAW_CHARS = 40  # a title with its 更多>> and &nbsp;s: read no further
_MORE = re.compile(r"(更多|more)\s*[>》»+]*|[>》»]{2}", re.I)


def table_caption(node: LexborNode) -> str:
    """The title of the layout-table box around a list (最新更新 in a row of its own): old
    templates mark no box with a class or a heading, they write its title in the cell, row or
    table just before the list's table.

    From the list's table (a `tbody` the parser inserted stands for its table), climbing while
    the node is the only element of its cell, row or table: the first non-blank node before
    it — an earlier `<tr>`, a cell, a title table, a `<b>` or bare text. Its short text
    (更多>> aside), else the `alt` of its title image; "" when what stands there is a nav, a
    list or a sentence (two links, or more than a title's length)."""
    current = node.parent if node.tag in _SECTIONS and node.parent is not None else node
    for _ in range(_MAX_WRAPS):
        caption = _caption_before(current)
        if caption is not None:
            return caption
        parent = current.parent
        if parent is None or parent.tag not in _TABLE_WRAPPERS or not one_element_child(parent):
            return ""
        current = parent
    return ""


def _caption_before(node: LexborNode) -> str | None:
    """The title standing just before `node` ("" when what stands there is no title), or None
    when nothing does (only blanks: spacer rows, dotted-line images, whitespace)."""
    before = node.prev
    while before is not None:
        if before.tag not in _NOT_SHOWN:
            text = _short_text(before)
            if text is None:
                return ""
            if text := text or _image_title(before):
                return text
        before = before.prev
    return None


def _short_text(node: LexborNode) -> str | None:
    """The text of what may be a title ("" when blank), None when it is more: two links or
    more, or longer than a title. Read node by node and left as soon as it is more, so a big
    cell before a list (the page's whole left column) costs a few nodes, not its text."""
    parts: list[str] = []
    size = links = 0
    for part in node.traverse(include_text=True):
        if part.is_text_node:
            piece = (part.text_content or "").strip()
            size += len(piece)
            parts.append(piece)
        elif part.tag == "a" and part.attributes.get("href") is not None:
            links += 1
        if size > _RAW_CHARS or links >= 2:
            return None
    text = _MORE.sub("", "".join(parts)).strip()
    return text if len(text) <= _CAPTION_CHARS else None


def _image_title(node: LexborNode) -> str:
    """The `alt` of a title image (`<img alt=最新更新>`), for an element that shows no text."""
    if node.is_text_node:
        return ""
    images = [node] if node.tag == "img" else images_with_alt(node)
    alts = (" ".join((image.attributes.get("alt") or "").split()) for image in images)
    return " ".join(alt for alt in alts if alt)


def _inside(node: LexborNode, ancestor: LexborNode) -> bool:
    target = ancestor.mem_id
    current: LexborNode | None = node
    for _ in range(_MAX_CLIMB):
        if current is None:
            return False
        if current.mem_id == target:
            return True
        current = current.parent
    return False


def rank(group: Group, context: Context | None = None, *, explain: bool = True) -> None:
    """Dated, long-titled entries in a content area score high; nav/side/footer low. Without
    `explain` the reasons (`why`, which only `inspect` shows) are not written."""
    group.tally()
    count = len(group.rows)
    dated = group.dated
    mean_title = group.title_chars / count if count else 0.0
    score = dated * 3.0 + count * min(1.0, mean_title / 12.0)
    if dated == 0 and count < 3:  # can never be chosen: spare the ancestor walk
        group.score = score * 0.1
        if explain:
            group.why = _tally_why(count, dated, mean_title) + "; too small to be a list"
        return
    if context is None:
        context = Context()
    off, on = context.walk(group.container)
    group.off_content = off is not None
    if off is not None:
        score *= 0.3
    elif on is not None:
        score *= 1.5
    heading = _heading_of(group.container, context)
    if titled := _OFF_HEADING.search(heading):
        group.off_content = True
        group.off_word = titled.group(0)
        score *= OFF_HEADING_FACTOR
    if count < 2:
        score *= 0.5
    group.score = score
    if explain:
        group.why = _why(count, dated, mean_title, off, on, heading if titled else None)


def _tally_why(count: int, dated: int, mean_title: float) -> str:
    return f"{count} items, {dated} dated, mean title {mean_title:.0f} chars"


def _why(
    count: int, dated: int, mean_title: float, off: str | None, on: str | None, box: str | None
) -> str:
    """The reasons of a group's score, as `inspect` shows them."""
    reasons = [_tally_why(count, dated, mean_title)]
    if off is not None:
        reasons.append(f"inside nav/side/footer-like block '{off}'")
    elif on is not None:
        reasons.append(f"inside content block '{on}'")
    if box is not None:
        reasons.append(f"box titled '{box}'")
    return "; ".join(reasons)
