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

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from crawler.extract.dates import FULL_DATE, DateReader
from crawler.extract.ranking import Group, Row

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
_LATIN_FIRST = re.compile(r"[cCiIİı]")
_LATIN_MARKERS = re.compile(r"copyright|ICP", re.I)
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


def item_of(anchor: LexborNode) -> LexborNode:
    """The entry a link belongs to: its nearest li/tr/dd/dt, else its nearest block."""
    node = anchor
    generic: LexborNode | None = None
    for level in range(_MAX_CLIMB):
        parent = node.parent
        if parent is None:
            break
        tag = parent.tag
        if tag in _STOP_TAGS:
            break
        node = parent
        if level < 4 and tag in STRICT_ITEM_TAGS:
            return node
        if generic is None and tag in ITEM_TAGS:
            generic = node
    return generic or anchor.parent or anchor


def _widen(item: LexborNode, links_in: dict[int, int]) -> LexborNode:
    """The entry around a lone title holder: `div.item > h4 > a` + `p.time` is one entry,
    and so is a `<table>` written for each item.

    A link whose nearest block is its own heading or title div would make every
    entry a block of one, and the date beside the title would belong to no
    entry. Climb while the parent holds this one link and little text (an
    article body around a lone link is no entry). `links_in` memoises link
    counts per node: the entries of one list share their container.
    """
    node = item
    for _ in range(_MAX_WIDEN):
        parent = node.parent
        if parent is None or parent.tag not in _WIDEN_TAGS:
            break
        key = parent.mem_id
        count = links_in.get(key)
        if count is None:
            count = links_in[key] = len(parent.css("a[href]"))
        if count != 1 or len(parent.text()) > _WIDE_TEXT:
            break
        node = parent
    return node


def _signature(node: LexborNode | None) -> tuple[str | None, str]:
    if node is None:
        return (None, "")
    return (node.tag, node.attributes.get("class") or "")


def gather(root: LexborNode, source: str, first: int, skipped: list[str]) -> list[Block]:
    """Every link of `root` attached to its entry and container, blocks in document order.

    Links are numbered from `first` on (a data island's after the page's).
    """
    anchors = root.css("a[href]")
    if len(anchors) > MAX_ANCHORS:
        skipped.append(f"page has {len(anchors)} links: lists read from the first {MAX_ANCHORS}")
        anchors = anchors[:MAX_ANCHORS]
    per_item: dict[int, int] = {}
    items_of: list[tuple[LexborNode, LexborNode, int]] = []
    for anchor in anchors:
        item = item_of(anchor)
        item_id = item.mem_id
        per_item[item_id] = per_item.get(item_id, 0) + 1
        items_of.append((anchor, item, item_id))
    blocks: dict[int, Block] = {}
    seen_items: set[int] = set()
    links_in: dict[int, int] = {}
    for place, (anchor, item, item_id) in enumerate(items_of, first):
        flat = per_item[item_id] > 1
        if not flat:
            wider = _widen(item, links_in)
            if wider is not item:
                item, item_id = wider, wider.mem_id
        key_id = anchor.mem_id if flat else item_id
        if key_id in seen_items:
            continue
        seen_items.add(key_id)
        container = (anchor.parent if flat else item.parent) or root
        container_id = container.mem_id
        block = blocks.get(container_id)
        if block is None:
            block = blocks[container_id] = Block(container, source)
        block.entries.append((anchor, item, flat, place))
    out = list(blocks.values())
    for block in out:
        if len(block.entries) < 2:
            continue  # a block of one entry never merges (read or not)
        parent = block.container.parent
        grand = parent.parent if parent is not None else None
        if grand is not None and parent is not None:
            block.grand = grand
            block.key = (
                grand.mem_id,
                _signature(block.container),
                _signature(parent),
                "" if parent.tag in _GROUP_TAGS else box_title(parent, block.container),
            )
    return out


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
            return heading.text(strip=True)[:40]
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
    item: LexborNode, anchor: LexborNode, anchor_text: str, flat: bool, spaced: bool = False
) -> str:
    """The item's text outside its title (a title may name a date of its own).

    With `spaced`, text nodes are joined with a gap (slower): cells that run
    together ("〔2026〕12号" "2026-03-01" "2026-03-07") leave digits no date
    pattern can split, and the caller asks again this way when none was found.
    """
    separator = " " if spaced else ""
    if flat:
        pieces: list[str] = []
        sibling = anchor.next
        while sibling is not None and len(pieces) < 4:
            if sibling.tag == "a":
                break
            pieces.append(sibling.text(separator=separator))
            sibling = sibling.next
        return " ".join(pieces)
    text = item.text(separator=separator)
    own = (anchor.text(separator=separator) if spaced else anchor_text) if anchor_text else ""
    rest = text.replace(own, " ", 1) if own else text
    if item.tag == "dt":
        follower = item.next
        while follower is not None and follower.tag not in ("dd", "dt"):
            follower = follower.next
        if follower is not None and follower.tag == "dd":
            rest += " " + follower.text(separator=separator)
    if (
        ("20" in anchor_text or "19" in anchor_text)  # what FULL_DATE cannot match without
        and FULL_DATE.search(anchor_text)
        and not FULL_DATE.search(rest)
    ):
        # <a><span>title</span><span>2026-11-24</span></a>: a child that is only a date
        for child in anchor.css("span, em, i, font, b"):
            child_text = child.text(strip=True)
            if len(child_text) <= 24 and FULL_DATE.search(child_text):
                return child_text
    return rest


_DIGIT = re.compile(r"\d")


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


def read_block(block: Block, reader: DateReader, skipped: list[str]) -> tuple[list[Row], int]:
    """The block's entries (title, link, date) and the place of the first kept one.

    Footer lines and typo dates are reported in `skipped`.
    """
    rows: list[Row] = []
    first_place = -1
    text_date = reader.read
    for anchor, item, flat, place in block.entries:
        anchor_text = anchor.text()
        attrs = anchor.attributes
        title = _title(anchor_text, attrs.get("title"))
        if len(title) < 2:
            continue
        text = _date_text(item, anchor, anchor_text, flat)
        if is_footer(title + "\n" + text):  # the newline keeps markers from spanning the two
            skipped.append(f"footer: {' '.join((title + ' ' + text).split())[:60]}")
            continue
        value, typo = text_date(text)
        if value is None and typo is None and _DIGIT.search(text):
            value, typo = text_date(_date_text(item, anchor, anchor_text, flat, spaced=True))
        if typo is not None:
            skipped.append(f"typo date {typo.isoformat()} after as_of ignored: {title[:30]}")
        if first_place < 0:
            first_place = place
        rows.append((title, attrs.get("href"), value))
    return rows, first_place


def read_unit(unit: Unit, reader: DateReader, skipped: list[str]) -> list[Group]:
    """The unit's blocks read; blocks of one key with two entries or more joined into the first."""
    groups: list[Group] = []
    host: Group | None = None
    for block in unit.blocks:
        rows, place = read_block(block, reader, skipped)
        if not rows:
            continue
        group = Group(block.container, rows, block.source, seq=place)
        if block.grand is None or len(rows) < 2:
            groups.append(group)
        elif host is None:
            host = group
            groups.append(group)
        else:
            host.rows.extend(rows)
            host.container = block.grand
    return groups
