"""Questions the list reader asks of a small subtree (a list line, its link, a title holder)
again and again: CSS queries and texts, answered by walking its few nodes in Python or by
lexbor's cheaper calls.

lexbor parses the selector again on every `css()` call, some microseconds, while a walk of a
few nodes costs a fraction of one, and a page has hundreds of lines. Each answer here is the
query's own — document order, the subtree's root included, and a node given once for each
selector of a list it matches, as lexbor gives it — and a subtree of more than `WALKED`
nodes is handed to the query itself.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

WALKED = 32  # nodes walked in Python before the question goes to lexbor


def _lexbor_count(node: LexborNode, cap: int) -> int:
    if cap == 1:
        return int(node.css_first("a[href]") is not None)
    return min(len(node.css("a[href]")), cap)


def link_count(node: LexborNode, cap: int) -> int:
    """`min(len(node.css("a[href]")), cap)`: walking stops at the cap-th link. An `xlink:href`
    is `href` in an SVG only, which a walk cannot tell: such a link is left to lexbor."""
    found = 0
    for seen, part in enumerate(node.traverse()):
        if seen >= WALKED:
            return _lexbor_count(node, cap)
        if part.tag == "a":
            attrs = part.attrs  # looked up by name: a link's title and href are long to copy
            if "href" in attrs:
                found += 1
                if found >= cap:
                    return cap
            elif "xlink:href" in attrs:
                return _lexbor_count(node, cap)
    return found


def marked(node: LexborNode) -> list[tuple[LexborNode, dict[str, str | None]]]:
    """`node.css("[class], [id]")` with each element's attributes: an element carrying both
    comes twice."""
    found: list[tuple[LexborNode, dict[str, str | None]]] = []
    for seen, part in enumerate(node.traverse()):
        if seen >= WALKED:
            return [(element, element.attributes) for element in node.css("[class], [id]")]
        attrs = part.attributes
        if "class" in attrs:
            found.append((part, attrs))
        if "id" in attrs:
            found.append((part, attrs))
    return found


def text_of(node: LexborNode) -> str:
    """`node.text()`. An element's is lexbor's own text content, which it gathers in one
    buffer and which is decoded once — a third faster than text(), which appends each text
    node in turn (a comment's own text content is its data, which text() leaves out)."""
    return node.text_lexbor() if node.is_element_node else node.text()


def holds_character(node: LexborNode, character: re.Pattern[str]) -> bool:
    """`character.search(node.text()) is not None` for a pattern that matches one character
    (a class like `[\\d〇]`), which no boundary between texts can split. The whole
    document's text — hundreds of kilobytes of styles and body to decode — is read part by
    part, its head's parts first, and the first style or script most often holds one."""
    if node.tag in _PAGE_PARTS:
        return any(holds_character(child, character) for child in node.iter(include_text=True))
    return character.search(text_of(node)) is not None


_PAGE_PARTS = frozenset({"html", "head"})


def images_with_alt(node: LexborNode) -> list[LexborNode]:
    """`node.css("img[alt]")`."""
    found: list[LexborNode] = []
    for seen, part in enumerate(node.traverse()):
        if seen >= WALKED:
            return node.css("img[alt]")
        if part.tag == "img" and "alt" in part.attributes:
            found.append(part)
    return found


def text_start(node: LexborNode, size: int) -> str:
    """`node.text(strip=True)[:size]`: the fragments are stripped and joined only until
    `size` characters are in hand (a heading's first words, not the box it stands in). Blank
    text nodes, which strip to nothing, are skipped by lexbor."""
    child = node.first_child
    if child is not None and child.next is None and child.is_text_node:  # `<h3>通知公告</h3>`
        return (child.text_content or "").strip()[:size]
    parts: list[str] = []
    held = 0
    for seen, part in enumerate(node.traverse(include_text=True, skip_empty=True)):
        if seen >= _TEXT_WALKED:
            return node.text(strip=True)[:size]
        if part.is_text_node:
            piece = (part.text_content or "").strip()
            parts.append(piece)
            held += len(piece)
            if held >= size:
                break
    return "".join(parts)[:size]


def text_longer(node: LexborNode, size: int) -> bool:
    """`len(node.text()) > size`, the text read only until it is longer."""
    held = 0
    for seen, part in enumerate(node.traverse(include_text=True)):
        if seen >= _TEXT_WALKED:
            return len(text_of(node)) > size
        if part.is_text_node:
            held += len(part.text_content or "")
            if held > size:
                return True
    return False


_TEXT_WALKED = 64  # the first words of a large element stand in its first few dozen nodes


def tagged(
    node: LexborNode, tags: str | frozenset[str], limit: int | None = None
) -> list[LexborNode]:
    """`node.css(selector)[:limit]` for a selector of plain lower-case tag names (`li`, or
    `span, em, b` given as a set): no element has two tags, so none comes twice."""
    wanted = frozenset((tags,)) if isinstance(tags, str) else tags
    found: list[LexborNode] = []
    for seen, part in enumerate(node.traverse()):
        if seen >= WALKED:
            return node.css(", ".join(sorted(wanted)))[:limit]
        if part.tag in wanted:
            found.append(part)
            if limit is not None and len(found) >= limit:
                break
    return found


def elements(node: LexborNode, limit: int | None = None) -> list[LexborNode]:
    """`node.css("*")[:limit]`: the subtree's elements, its root first (no comment)."""
    found: list[LexborNode] = []
    for seen, part in enumerate(node.traverse()):
        if seen >= WALKED:
            return node.css("*")[:limit]
        if part.is_element_node:
            found.append(part)
            if limit is not None and len(found) >= limit:
                break
    return found
