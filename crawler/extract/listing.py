"""The main list of a column page: its items, their dates, and the newest date.

Lists are found, not configured: every link is attached to its *item* (the
nearest li/tr/dd/dt, or the repeated block around it), items are grouped by
their container, and the groups are scored — dated, long-titled, repeated
entries in a content area win; nav bars, sidebars, 热点/推荐/排行 boxes,
breadcrumbs and footers lose. The newest date is the maximum of the chosen
list (pinned 置顶 items are old), never its first item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from checks.model import Item
from crawler.extract.dates import FULL_DATE, first_date, full_dates, is_typo
from crawler.extract.island import island_trees
from crawler.extract.page import (
    Resolver,
    absolute,
    base_of,
    link_text,
    visible_fragments,
    visible_text,
)
from crawler.extract.ranking import Group, describe_node, rank

STRICT_ITEM_TAGS = frozenset({"li", "tr", "dd", "dt"})
ITEM_TAGS = frozenset({"p", "div", "article", "section", "h3", "h4", "td"})
EMPTY_MARKERS = (
    "暂无信息",
    "暂无数据",
    "没有相关信息",
    "暂无内容",
    "暂无记录",
    "没有找到相关",
    "暂无相关",
)
FOOTER_MARKERS = re.compile(
    r"网站更新时间|更新时间|版权所有|copyright|©|ICP|公网安备|网站标识码", re.I
)
_MAX_CLIMB = 6
# No column list is this long; beyond it a page is a link farm or an attack.
MAX_ANCHORS = 5000


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate list, kept so an operator can see which block was chosen and why."""

    selector: str
    items: int
    dated: int
    score: float
    chosen: bool
    why: str


@dataclass(frozen=True, slots=True)
class ListReading:
    """What the list page says: the items of its main list and its newest date."""

    items: tuple[Item, ...]
    newest: date | None
    newest_rule: str
    empty_marker: str | None
    candidates: tuple[Candidate, ...]
    skipped: tuple[str, ...]


def _item_of(anchor: LexborNode) -> LexborNode:
    """The entry a link belongs to: its nearest li/tr/dd/dt, else its nearest block."""
    node = anchor
    generic: LexborNode | None = None
    for level in range(_MAX_CLIMB):
        parent = node.parent
        if parent is None or parent.tag in ("body", "html", None):
            break
        node = parent
        if node.tag in STRICT_ITEM_TAGS and level < 4:
            return node
        if generic is None and node.tag in ITEM_TAGS:
            generic = node
    return generic or anchor.parent or anchor


def _date_text(item: LexborNode, anchor: LexborNode, anchor_text: str, flat: bool) -> str:
    """The item's text outside its title (a title may name a date of its own)."""
    if flat:
        pieces: list[str] = []
        sibling = anchor.next
        while sibling is not None and len(pieces) < 4:
            if sibling.tag == "a":
                break
            pieces.append(sibling.text())
            sibling = sibling.next
        return " ".join(pieces)
    text = item.text()
    rest = text.replace(anchor_text, " ", 1) if anchor_text else text
    if item.tag == "dt":
        follower = item.next
        while follower is not None and follower.tag not in ("dd", "dt"):
            follower = follower.next
        if follower is not None and follower.tag == "dd":
            rest += " " + follower.text()
    if anchor_text and FULL_DATE.search(anchor_text) and not FULL_DATE.search(rest):
        # <a><span>title</span><span>2026-11-24</span></a>: a child that is only a date
        for child in anchor.css("span, em, i, font, b"):
            child_text = child.text(strip=True)
            if len(child_text) <= 24 and FULL_DATE.search(child_text):
                return child_text
    return rest


def _collect(
    root: LexborNode, base: str, as_of: date, source: str, skipped: list[str]
) -> list[Group]:
    """Link → item → container groups, in document order."""
    anchors = root.css("a[href]")
    if len(anchors) > MAX_ANCHORS:
        skipped.append(f"page has {len(anchors)} links: lists read from the first {MAX_ANCHORS}")
        anchors = anchors[:MAX_ANCHORS]
    resolve = Resolver(base)
    per_item: dict[int, int] = {}
    items_of: list[tuple[LexborNode, LexborNode]] = []
    for anchor in anchors:
        item = _item_of(anchor)
        per_item[item.mem_id] = per_item.get(item.mem_id, 0) + 1
        items_of.append((anchor, item))
    groups: dict[int, Group] = {}
    seen_items: set[int] = set()
    for anchor, item in items_of:
        flat = per_item[item.mem_id] > 1
        key_item = anchor if flat else item
        if key_item.mem_id in seen_items:
            continue
        seen_items.add(key_item.mem_id)
        anchor_text = anchor.text()
        attrs = anchor.attributes
        title = link_text(anchor, attrs.get("title"), anchor_text)
        if len(title) < 2:
            continue
        url = resolve(attrs.get("href"))
        text = _date_text(item, anchor, anchor_text, flat)
        if FOOTER_MARKERS.search(text) or FOOTER_MARKERS.search(title):
            skipped.append(f"footer: {' '.join((title + ' ' + text).split())[:60]}")
            continue
        value, typo = first_date(text, as_of)
        if typo is not None:
            skipped.append(f"typo date {typo.isoformat()} after as_of ignored: {title[:30]}")
        container = (anchor.parent if flat else item.parent) or root
        group = groups.get(container.mem_id)
        if group is None:
            group = groups[container.mem_id] = Group(container, [], source)
        group.items.append(
            Item(title=title, url=url, date=value, date_source="list" if value else None)
        )
    return _merge(list(groups.values()))


def _signature(node: LexborNode | None) -> tuple[str | None, str]:
    if node is None:
        return (None, "")
    return (node.tag, node.attributes.get("class") or "")


def _merge(groups: list[Group]) -> list[Group]:
    """Join lists split into same-shaped sibling blocks (pages of 5 items shown by a pager)."""
    merged: list[Group] = []
    by_key: dict[tuple[int, tuple[str | None, str], tuple[str | None, str]], Group] = {}
    for group in groups:
        parent = group.container.parent
        grand = parent.parent if parent is not None else None
        if grand is None or len(group.items) < 2:
            merged.append(group)
            continue
        key = (grand.mem_id, _signature(group.container), _signature(parent))
        host = by_key.get(key)
        if host is None:
            by_key[key] = group
            merged.append(group)
        else:
            host.items.extend(group.items)
            host.container = grand
    return merged


def _empty_marker(tree: LexborHTMLParser) -> str | None:
    """The 暂无信息-like words a reader sees (not a script's "暂无数据" template string)."""
    if tree.body is None:
        return None
    raw = tree.body.text()  # fast, scripts included: only a candidate test
    if not any(marker in raw for marker in EMPTY_MARKERS):
        return None
    text = visible_text(tree.body, "")
    for marker in EMPTY_MARKERS:
        if marker in text:
            return marker
    return None


def _override(
    tree: LexborHTMLParser, base: str, as_of: date, selector: str, date_selector: str | None
) -> list[Item]:
    """Items named by the column's configured selectors (for pages no heuristic reads)."""
    items: list[Item] = []
    for node in tree.css(selector):
        anchor = node if node.tag == "a" else node.css_first("a[href]")
        title = link_text(anchor) if anchor is not None else node.text(strip=True)
        url = absolute(base, anchor.attributes.get("href")) if anchor is not None else None
        date_node = node.css_first(date_selector) if date_selector else None
        text = visible_text(date_node if date_node is not None else node, "")
        value, _ = first_date(text, as_of)
        items.append(Item(title=title, url=url, date=value, date_source="list" if value else None))
    return items


def _rule(items: tuple[Item, ...], chosen: str) -> tuple[date | None, str]:
    dates = [i.date for i in items if i.date is not None]
    if not dates:
        return None, f"no dates in the list ({len(items)} items, {chosen})"
    newest = max(dates)
    first = items[0].date
    rule = f"max of {len(dates)} list dates ({chosen})"
    if first is not None and first < newest:
        rule += f"; first item {first.isoformat()} is older (pinned or unsorted)"
    return newest, rule


def candidates_of(
    tree: LexborHTMLParser, base_url: str, as_of: date
) -> tuple[list[Group], list[str]]:
    """Every scored candidate list of the page (data islands included), best first."""
    base = base_of(tree, base_url)
    skipped: list[str] = []
    groups: list[Group] = []
    if tree.body is not None:
        groups = _collect(tree.body, base, as_of, "page", skipped)
    for island in island_trees(tree):
        if island.body is not None:
            groups.extend(_collect(island.body, base, as_of, "datastore", skipped))
    for group in groups:
        rank(group)
    groups.sort(key=lambda g: g.score, reverse=True)
    return groups, skipped


def _acceptable(group: Group) -> bool:
    """A dated block is a list; an undated one only when it looks like one (long titles).

    Blocks are tried best score first, so an undated main list beats a small
    dated 热点 box (penalised), and the caller then dates it from detail pages.
    """
    count = len(group.items)
    if any(i.date is not None for i in group.items):
        return True
    mean_title = sum(len(i.title) for i in group.items) / count if count else 0.0
    return count >= 3 and mean_title >= 8 and not group.off_content


def read_list(
    tree: LexborHTMLParser,
    base_url: str,
    as_of: date,
    *,
    selector: str | None = None,
    date_selector: str | None = None,
) -> ListReading:
    """The column's main list and its newest date (RULES.md §3)."""
    if selector:
        items = tuple(_override(tree, base_of(tree, base_url), as_of, selector, date_selector))
        newest, rule = _rule(items, f"configured selector {selector!r}")
        marker = None if items else _empty_marker(tree)
        return ListReading(items, newest, rule, marker, (), ())
    groups, skipped = candidates_of(tree, base_url, as_of)
    chosen = next((g for g in groups if _acceptable(g)), None)
    marker = None
    if chosen is None or chosen.off_content:
        # Only a page with no list of its own is empty: a 暂无数据 in a side box
        # must not empty a real list (a false "empty" fails a unit).
        marker = _empty_marker(tree)
        if marker is not None:
            chosen = None
    shown = groups[:12]
    if chosen is not None and chosen not in shown:
        shown.append(chosen)
    candidates = tuple(
        Candidate(
            selector=("script datastore > " if g.source == "datastore" else "")
            + describe_node(g.container),
            items=len(g.items),
            dated=sum(1 for i in g.items if i.date),
            score=round(g.score, 2),
            chosen=g is chosen,
            why=g.why,
        )
        for g in shown
    )
    if chosen is None:
        rule = f"empty: the page says {marker}" if marker else "no list found"
        return ListReading((), None, rule, marker, candidates, tuple(skipped))
    items = tuple(chosen.items)
    newest, rule = _rule(
        items, f"block {describe_node(chosen.container)}, score {chosen.score:.1f}"
    )
    return ListReading(items, newest, rule, None, candidates, tuple(skipped))


def read_page_newest(tree: LexborHTMLParser, base_url: str, as_of: date) -> tuple[date | None, str]:
    """Newest date over every dated block of a page (a subpage with many column boxes).

    The maximum of all dated candidate lists and of full dates in visible text,
    leaving out footer lines (网站更新时间, copyright) and typos.
    """
    groups, _ = candidates_of(tree, base_url, as_of)
    best: date | None = None
    where = "none"
    for group in groups:
        for item in group.items:
            if item.date is not None and (best is None or item.date > best):
                best, where = item.date, f"list {describe_node(group.container)}"
    for fragment in visible_fragments(tree.body):
        if FOOTER_MARKERS.search(fragment):
            continue
        for _, value in full_dates(fragment):
            if not is_typo(value, as_of) and (best is None or value > best):
                best, where = value, f"text '{' '.join(fragment.split())[:40]}'"
    return best, f"max over the page's dated blocks: {where}"
