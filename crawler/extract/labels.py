"""Short visible texts of a page: block titles, tabs and headings (not the text of a menu
item the page hides in its own markup: `page.unshown_items`).

A subpage often shows a category as a block title (`<h3>通知公告</h3>`) whose
only link reads 更多; the category check must see such titles as well as links.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from crawler.extract.page import unshown_items, visible_fragments

MAX_LABEL_CHARS = 20  # a column name with its decoration; longer text is prose or a title
MAX_LABELS = 3000


def read_labels(tree: LexborHTMLParser) -> tuple[str, ...]:
    """Distinct short visible text fragments, in page order."""
    seen: dict[str, None] = {}
    for fragment in visible_fragments(tree.body, unshown_items(tree)):
        text = fragment.strip()
        if text and len(text) <= MAX_LABEL_CHARS and text not in seen:
            seen[text] = None
            if len(seen) >= MAX_LABELS:
                break
    for button in tree.css("input[value]"):  # a button's label is its value, shown on it
        kind = (button.attributes.get("type") or "").lower()
        text = (button.attributes.get("value") or "").strip()
        if kind in ("button", "submit") and text and len(text) <= MAX_LABEL_CHARS:
            seen.setdefault(text, None)
    for option in tree.css("select option[value]"):  # a 栏目导航 drop-down: value is a URL
        value = option.attributes.get("value") or ""
        text = option.text(strip=True)
        if ("/" in value or ".htm" in value) and text and len(text) <= MAX_LABEL_CHARS:
            seen.setdefault(text, None)
    return tuple(seen)
