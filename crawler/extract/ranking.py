"""Ranking candidate lists: which block of a page is the column's own list.

Dated, long-titled, repeated entries inside a content area score high; blocks
inside nav bars, sidebars and footers, or under a 热点/推荐/排行/相关 title,
are penalised and marked, so that a page's own list wins and an operator can
read in `inspect` why it did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from checks.model import Item

_OFF_CONTENT = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|foot|footer|header|head|top|side|sidebar|aside|crumb|breadcrumb|"
    r"position|location|weizhi|hot|rank|paihang|tuijian|recommend|related|xgwz|xgxx|friend|yqlj|links?|copyright|banner)",
    re.I,
)
_ON_CONTENT = re.compile(r"(content|main|list|article|zwgk|xxgk|news|column|lanmu)", re.I)
_OFF_HEADING = re.compile(r"热点|热门|推荐|排行|相关|友情链接|点击排行|阅读排行|猜你喜欢|专题")
_MAX_CLIMB = 12


@dataclass(slots=True)
class Group:
    """A block of repeated entries while it is being ranked (mutable, never leaves extract)."""

    container: LexborNode
    items: list[Item]
    source: str  # "page" or "datastore"
    score: float = 0.0
    why: str = ""
    off_content: bool = False  # inside a nav/side/footer-like block or a 热点/推荐 box


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


def _heading_of(node: LexborNode) -> str:
    """Text just before a block (its box title), where 热点/推荐 boxes name themselves."""
    previous = node.prev
    steps = 0
    while previous is not None and steps < 3:
        text = previous.text(strip=True) if previous.tag != "-text" else ""
        if text:
            return text[:40]
        previous = previous.prev
        steps += 1
    parent = node.parent
    if parent is not None and parent.tag not in ("body", "html", None):
        for heading in parent.css("h1, h2, h3, h4, .title, .tit")[:4]:
            if not _inside(heading, node):  # an item's own <h4> title is no box title
                return heading.text(strip=True)[:40]
    return ""


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


def rank(group: Group) -> None:
    """Dated, long-titled entries in a content area score high; nav/side/footer low."""
    count = len(group.items)
    dated = sum(1 for i in group.items if i.date is not None)
    mean_title = sum(len(i.title) for i in group.items) / count if count else 0.0
    score = dated * 3.0 + count * min(1.0, mean_title / 12.0)
    reasons = [f"{count} items, {dated} dated, mean title {mean_title:.0f} chars"]
    if dated == 0 and count < 3:  # can never be chosen: spare the ancestor walk
        group.score, group.why = score * 0.1, reasons[0] + "; too small to be a list"
        return
    node: LexborNode | None = group.container
    off = on = None
    steps = 0
    while node is not None and node.tag not in ("body", "html", None) and steps < 40:
        if node.tag in ("nav", "header", "footer", "aside") and off is None:
            off = node.tag
        attrs = node.attributes
        marks = " ".join(filter(None, (attrs.get("class"), attrs.get("id"))))
        if marks:
            if off is None and _OFF_CONTENT.search(marks):
                off = marks[:30]
            if on is None and _ON_CONTENT.search(marks):
                on = marks[:30]
        node = node.parent
        steps += 1
    group.off_content = off is not None
    if off is not None:
        score *= 0.3
        reasons.append(f"inside nav/side/footer-like block '{off}'")
    elif on is not None:
        score *= 1.5
        reasons.append(f"inside content block '{on}'")
    heading = _heading_of(group.container)
    if _OFF_HEADING.search(heading):
        group.off_content = True
        score *= 0.2
        reasons.append(f"box titled '{heading}'")
    if count < 2:
        score *= 0.5
    group.score = score
    group.why = "; ".join(reasons)
