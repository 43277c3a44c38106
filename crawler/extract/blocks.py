"""Evidence for the content_injection check: hidden blocks and keyword-like text runs.

Injected spam (暗链) hides itself from readers but not from search engines: an element
hidden by an inline style (text the colour of its background included), by a page-level
`<style>` rule (a simple selector, or any compound one lexbor finds), or by the `hidden`
attribute, in the page or in what its scripts write. Rules inside `@media` are ignored on
purpose: a menu hidden only on small screens is responsive design, not concealment. Nor is a
panel the page's own controls open (a toolbar, a share box, a tab, a carousel's next slide):
it is kept, when it links anywhere, as a block placed `panel` — content a reader sees in turn,
judged as such — and its inside is read like visible text. Visible runs are kept only when
they look like a phrase list (many short phrases joined by | , spaces or _); the judgement —
which hidden links are foreign, which phrases are spam — is `checks/injection.py`.

The readers it joins have modules of their own: `styles` (an element's own style and
attributes), `sheets` (the page's `<style>` rules), `reveal` (what the page's controls open)
and `scripts` (what scripts write).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from checks.injection import PANEL
from checks.model import TextBlock
from checks.text import looks_like_phrase_list
from crawler.extract.page import (
    INVISIBLE,
    absolute,
    base_of,
    element_children,
    link_text,
    visible_text,
)
from crawler.extract.reveal import Openers, PanelSets, is_panel, page_openers
from crawler.extract.scripts import script_written
from crawler.extract.sheets import _page_sheets, nested_hidden, page_hiding_rules
from crawler.extract.styles import _hidden_by

__all__ = ["read_blocks"]

MAX_TEXT = 4000  # characters kept per block
MAX_BLOCKS = 50  # per page; a page with more is already suspicious enough
MAX_PANELS = 30  # panel blocks per page, apart: a portal's many tabs crowd out no hidden block
_LEAF_INLINE = frozenset(
    {
        "a",
        "span",
        "font",
        "b",
        "strong",
        "em",
        "i",
        "u",
        "small",
        "br",
        "img",
        "label",
        "sup",
        "sub",
        "big",
        "s",
    }
)
_RUN_TAGS = frozenset(
    {
        "div",
        "p",
        "td",
        "li",
        "span",
        "font",
        "center",
        "marquee",
        "section",
        "footer",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "dd",
        "dt",
        "ul",
    }
)


def _links(node: LexborNode, base: str) -> tuple[tuple[str, str], ...]:
    """The links in a block — itself when it is one — and the pages its frames load."""
    out: list[tuple[str, str]] = []
    for anchor in node.css("a[href], area[href]"):  # lexbor's css() includes the node itself
        url = absolute(base, anchor.attributes.get("href"))
        if url is not None:
            out.append((link_text(anchor) or _image_words(anchor), url))
    for frame in node.css("iframe[src], frame[src]"):
        url = absolute(base, frame.attributes.get("src"))
        if url is not None:
            out.append(("", url))
    return tuple(out)


def _image_words(anchor: LexborNode) -> str:
    """What an image link says when it shows no text: its image's alt or title (a banner's
    澳门新葡京 is its words to a reader and a search engine alike)."""
    for image in anchor.css("img"):
        words = image.attributes.get("alt") or image.attributes.get("title") or ""
        if words.strip():
            return " ".join(words.split())
    return ""


# Elements a reader does not see as text but whose links search engines and clicks reach:
# <noscript> (hidden wherever scripts run: an injector's hiding place) and <select> (a 友情链接
# drop-down opening its options' URLs).
_UNSEEN_CONTAINERS = frozenset({"noscript", "select"})


def _unseen_container(node: LexborNode, tag: str, how: str, base: str) -> TextBlock | None:
    if tag == "noscript":
        links = _links(node, base)
        return TextBlock(_block_text(node), "inside <noscript>" + how, links) if links else None
    options: list[tuple[str, str]] = []
    for option in node.css("option"):
        url = absolute(base, option.attributes.get("value"))
        if url is not None:
            options.append((option.text(strip=True), url))
    if not options:
        return None
    text = " ".join(t for t, _ in options if t)[:MAX_TEXT]
    return TextBlock(text, None, tuple(options), "drop-down")


def _pixel_link(image: LexborNode, rule: str, base: str) -> TextBlock | None:
    """A link whose only content is a 1×1 image: a link no reader can see or click, its
    words kept in the image's alt. A spacer image beside a link's text hides nothing."""
    anchor = image.parent
    for _ in range(2):
        if anchor is None or anchor.tag == "a":
            break
        anchor = anchor.parent
    if anchor is None or anchor.tag != "a" or anchor.text(strip=True):
        return None
    url = absolute(base, anchor.attributes.get("href"))
    if url is None:
        return None
    alt = " ".join((image.attributes.get("alt") or image.attributes.get("title") or "").split())
    return TextBlock(alt[:MAX_TEXT], f"link showing only a {rule}", ((alt, url),))


def _block_text(node: LexborNode) -> str:
    """All text of a hidden block, hidden text included (it is the evidence)."""
    return " ".join(node.text(deep=True, separator=" ").split())[:MAX_TEXT]


def _is_leaf_run(node: LexborNode) -> bool:
    children = element_children(node)
    return all((c.tag or "") in _LEAF_INLINE for c in children)


def head_blocks(tree: LexborHTMLParser) -> list[TextBlock]:
    """The page title and the keywords/description a search engine shows.

    Hijacking these (澳门新葡京|百家乐|…-区林业局) is the commonest SEO spam on
    government sites: search results show the phrases under the portal's name.
    They are judged like visible text (several distinct terms), not like
    hidden links, since an honest article's keywords may name one such word.
    """
    found: list[TextBlock] = []
    title = tree.css_first("title")
    if title is not None and (text := " ".join(title.text().split())):
        found.append(TextBlock(text[:MAX_TEXT], None, (), "title"))
    said: str | None = None  # the body's text, read once when a tag has words to compare
    for meta in tree.css("meta[name]"):
        name = (meta.attributes.get("name") or "").strip().lower()
        if name in ("keywords", "description"):
            content = " ".join((meta.attributes.get("content") or "").split())
            if content and said is None:
                said = _compact(tree.body.text(deep=True)) if tree.body is not None else ""
            if name == "keywords":
                content = _unsaid(content, said or "")
            elif said and _compact(content) in said:
                content = ""  # the article's lead, word for word: judged where it stands
            if content:
                found.append(TextBlock(content[:MAX_TEXT], None, (), f"meta {name}"))
    return found[:4]


_TAG_PARTS = re.compile(r"[,，、;；|｜\s]+")


def _compact(text: str) -> str:
    return "".join(text.split())


def _unsaid(content: str, said: str) -> str:
    """The keywords the page's body does not say itself. An article's keywords are its own
    words (破获…网络赌博案 tagged 百家乐,时时彩; a notice naming
    金沙娱乐会所 tagged with it); a hijacker's name what the page never mentions. What the
    body says in a hidden block is judged there, on its own."""
    parts = [part for part in _TAG_PARTS.split(content) if part]
    if not said or not parts:
        return content
    kept = [part for part in parts if len(part) < 2 or part not in said]
    if len(kept) == len(parts):
        return content
    return ",".join(kept) if any(len(part) >= 2 for part in kept) else ""


def read_blocks(tree: LexborHTMLParser, base_url: str) -> tuple[TextBlock, ...]:
    """The head's title and keywords, hidden elements (outermost only) with their text and
    links, visible phrase lists, then the same in HTML that inline scripts write."""
    root = tree.body
    if root is None:
        return tuple(head_blocks(tree))
    base = base_of(tree, base_url)
    rules = page_hiding_rules(tree)
    blocks: list[TextBlock] = head_blocks(tree)
    hiding = Hiding(rules, nested_hidden(tree), page_openers(tree))
    _scan(tree, root, base, hiding, blocks, "")
    # A browser appends every write to one stream: a hiding <div> opened by one call and
    # closed by a later one holds what the calls between them write.
    written = "".join(script_written(tree))
    if written:
        fragment = LexborHTMLParser(f"<html><body>{written}</body></html>")
        if fragment.body is not None:
            more_rules = {**rules, **page_hiding_rules(fragment)}
            nested = nested_hidden(fragment, _page_sheets(tree))
            _scan(fragment, fragment.body, base, Hiding(more_rules, nested), blocks, WRITTEN)
    return tuple(blocks)


WRITTEN = " (document.write)"


@dataclass(frozen=True, slots=True)
class Hiding:
    """How a page hides: simple-selector rules, elements compound rules hide, what opens."""

    rules: dict[str, str]
    nested: dict[int, str]
    # Openers is frozen, so one default for every Hiding is safe; ruff cannot see it here.
    openers: Openers = Openers()  # noqa: RUF009
    panels: PanelSets = field(default_factory=dict)  # is_panel's answers, filled as asked

    def rule(self, node: LexborNode) -> str | None:
        """Why `node` is hidden from readers on load, or None."""
        return _hidden_by(node, self.rules) or self.nested.get(node.mem_id)

    def panel(self, node: LexborNode) -> bool:
        """The page's own controls open the (hidden) element: a toolbar, a share box, a tab
        or a slide."""
        if self.openers.opens(node):
            return True
        return is_panel(node, self.rule, self.openers.carousels, self.panels)


_MAY_HIDE = "[hidden], [style], [width], [height]"
_TAG_NAME = re.compile(r"[a-z][a-z0-9-]*")


def _may_hide(tree: LexborHTMLParser, rules: dict[str, str]) -> set[int] | None:
    """Elements `_hidden_by` can call hidden, and some it will not: found by lexbor's selector
    engine in C, so the walk asks only these (None: ask every element). Ids and classes are
    matched loosely (a substring, any case); `_hidden_by` then judges each exactly."""
    selectors = [_MAY_HIDE]
    for key in rules:
        if key.startswith("#"):
            selectors.append(f'[id*="{key[1:]}" i]')
        elif key.startswith("."):
            selectors.append(f'[class*="{key[1:]}" i]')
        elif _TAG_NAME.fullmatch(key):
            selectors.append(key)
        # else a "tag" no element can have (`1abc` in broken CSS): nothing to look for
    try:
        return {node.mem_id for node in tree.css(", ".join(selectors))}
    except SelectolaxError:  # a selector lexbor cannot parse: judge every element instead
        return None


def _invisible_holders(tree: LexborHTMLParser) -> set[int]:
    """Elements with a script, style or other unseen element somewhere inside."""
    holders: set[int] = set()
    for node in tree.css(", ".join(sorted(INVISIBLE))):
        parent = node.parent
        while parent is not None and parent.mem_id not in holders:
            holders.add(parent.mem_id)
            parent = parent.parent
    return holders


def _scan(
    tree: LexborHTMLParser,
    root: LexborNode,
    base: str,
    hiding: Hiding,
    blocks: list[TextBlock],
    how: str,
) -> None:
    """Hidden elements and visible phrase lists under `root`, appended to `blocks`.

    An element a control on the page opens (`Hiding.openers`, a slide, a tab) is a panel,
    not concealment: a `panel` block of its links, and its inside read like visible text.
    """
    may_hide = _may_hide(tree, hiding.rules)
    nested = hiding.nested
    unseen_inside = _invisible_holders(tree)
    panels = sum(block.place == PANEL for block in blocks)
    stack = [root]
    while stack and len(blocks) - panels < MAX_BLOCKS:
        node = stack.pop()
        descend: list[LexborNode] = []
        for child in node.iter():
            tag = child.tag or ""
            if tag in _UNSEEN_CONTAINERS and (block := _unseen_container(child, tag, how, base)):
                blocks.append(block)
                continue
            if tag.startswith("-") or tag in INVISIBLE:
                continue
            asked = may_hide is None or child.mem_id in may_hide or child.mem_id in nested
            rule = hiding.rule(child) if asked else None
            if rule is not None and hiding.panel(child):
                if panels < MAX_PANELS and (links := _links(child, base)):
                    # seen in turn, not concealed: judged as a panel, and read on as visible
                    blocks.append(TextBlock(_block_text(child), rule + how, links, PANEL))
                    panels += 1
                rule = None
            if rule is not None and tag == "img":
                if (pixel := _pixel_link(child, rule + how, base)) is not None:
                    blocks.append(pixel)
                continue
            if rule is not None:
                block = TextBlock(_block_text(child), rule + how, _links(child, base))
                if block.text or block.links:
                    blocks.append(block)
                continue  # what is inside a hidden element is in its block already
            if tag in _RUN_TAGS and _is_leaf_run(child):
                if child.mem_id in unseen_inside:
                    shown = visible_text(child)
                else:  # nothing unseen inside: lexbor's own text is what a reader sees
                    shown = child.text(deep=True, separator=" ")
                text = " ".join(shown.split())
                # A scrolling marquee is kept whatever its shape: injectors like it, and a
                # few phrases in it are as telling as a long list elsewhere.
                if looks_like_phrase_list(text) or (tag == "marquee" and text):
                    blocks.append(TextBlock(text[:MAX_TEXT], None, _links(child, base)))
                    continue
            descend.append(child)
        stack.extend(reversed(descend))  # depth first, in document order
