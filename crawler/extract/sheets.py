"""What a page's `<style>` elements hide: simple selectors by name, compound ones through
lexbor's own selector engine, less what a hover or state rule opens and what a rule at least
as specific shows again; and the elements a script hides by id once the page loads.

Its own module because reading template CSS was most of the cost of reading a page: the
at-rule stripping and the caches across pages live here, beside the rules they speed up.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from threading import Lock

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from crawler.extract.scripts import Script, page_scripts
from crawler.extract.styles import hiding_rule, parse_style
from crawler.extract.subtree import text_of

CACHED_CSS_MAX = 100_000  # characters of a <style> text whose reading is cached across pages
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_BRACE = re.compile(r"[{}]")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"[#.]?[a-z0-9_-]+")
# Every property `hiding_rule` looks at names one of these: a rule body without any cannot hide.
_HIDING_PROPERTIES = (
    "display",
    "clip",
    "transform",
    "visibility",
    "position",
    "text-indent",
    "overflow",
    "font-size",
    "opacity",
)


def _strip_at_rules(css: str) -> str:
    """Drop `@media {…}` and other at-rule blocks (nested braces) and comments.

    Jumps from one `@` or brace to the next with `str.find` and a regex: CMS pages carry
    tens of kilobytes of inline CSS, and a loop over characters cost more than the rest
    of a page's reading together.
    """
    css = _COMMENT.sub("", css)
    out: list[str] = []
    i, end = 0, len(css)
    while i < end:
        at = css.find("@", i)
        if at == -1:
            out.append(css[i:])
            break
        out.append(css[i:at])
        brace = css.find("{", at)
        semi = css.find(";", at)
        if brace == -1 or (semi != -1 and semi < brace):
            i = end if semi == -1 else semi + 1
            continue
        depth, i = 0, end
        for match in _BRACE.finditer(css, brace):
            depth += 1 if match.group() == "{" else -1
            if depth == 0:
                i = match.end()
                break
    return "".join(out)


def _page_sheets(tree: LexborHTMLParser) -> list[Sheet]:
    """What each of the page's `<style>` elements hides and shows, print sheets left out."""
    sheets: list[Sheet] = []
    for style in tree.css("style"):
        media = (style.attributes.get("media") or "").lower()
        if media and not any(word in media for word in ("all", "screen")):
            continue  # a print stylesheet hides the menus on paper, not from readers
        css = text_of(style)
        sheets.append(
            _cached_stylesheet_rules(css) if len(css) <= CACHED_CSS_MAX else stylesheet_rules(css)
        )
    return sheets


def page_hiding_rules(
    tree: LexborHTMLParser, scripts: Sequence[Script] | None = None
) -> dict[str, str]:
    """Simple selectors (`#id`, `.class`, `tag`) the page's `<style>` elements hide, and the
    ids its scripts hide on load; `scripts` are the page's, when its reader has them."""
    rules: dict[str, str] = {}
    revealed: set[str] = set()
    for sheet in _page_sheets(tree):
        for selector, rule in sheet.hides:
            rules.setdefault(selector, rule)
        revealed.update(sheet.reveals)
    for selector in revealed:  # a drop-down shown on hover is a menu, not concealment
        rules.pop(selector, None)
    for script in page_scripts(tree) if scripts is None else scripts:
        code = script.code
        if "none" not in code and "hide" not in code:
            continue
        for match in _SCRIPT_HIDES.finditer(code):
            before = code[: match.start()]
            if before.count("{") > before.count("}"):
                continue  # inside a function or handler (a 关闭 button): not hidden on load
            element = match[1] or match[2] or match[3]
            rules.setdefault("#" + element.lower(), "display:none (script)")
    return rules


MAX_NESTED_RULES = 300  # compound hiding selectors asked of lexbor per page


def nested_hidden(tree: LexborHTMLParser, more: Sequence[Sheet] = ()) -> dict[int, str]:
    """Elements a compound or descendant selector hides (`#ftlinks .lk {top:-1200px}`), by
    `mem_id`: lexbor's own selector engine finds them, so any selector it parses is read right.

    Not hidden: what a hover or state rule opens (as for simple selectors), and an element a
    rule at least as specific shows again (`.tabs > .layui-this {display:block}` over
    `.tabs > * {display:none}`) — the cascade, read to the side of showing."""
    sheets = [*more, *_page_sheets(tree)]
    nested = [rule for sheet in sheets for rule in sheet.nested][:MAX_NESTED_RULES]
    if not nested:
        return {}
    revealed = frozenset(target for sheet in sheets for target in sheet.reveals)
    shows: dict[str, list[Shown]] = {}
    for sheet in sheets:
        for shown in sheet.shows:
            shows.setdefault(shown[2], []).append(shown)
    hidden: dict[int, str] = {}
    for selector, rule, prop in nested:
        try:
            nodes = tree.css(selector)
        except SelectolaxError:
            continue  # a selector lexbor cannot parse: a browser may not either
        weight = _specificity(selector)
        for node in nodes:
            if node.mem_id in hidden or _named_by(node, revealed):
                continue
            if prop and _shown_again(node, prop, weight, shows):
                continue
            hidden[node.mem_id] = f"{selector} {{{rule}}}"
    return hidden


def _node_keys(node: LexborNode) -> list[str]:
    attrs = node.attributes
    keys = ["*", (node.tag or "").lower()]
    if attrs.get("id"):
        keys.append("#" + (attrs.get("id") or "").strip().lower())
    keys += ["." + c.lower() for c in (attrs.get("class") or "").split()]
    return keys


def _named_by(node: LexborNode, targets: frozenset[str]) -> bool:
    return bool(targets) and any(key in targets for key in _node_keys(node))


def _shown_again(
    node: LexborNode, prop: str, weight: Specificity, shows: dict[str, list[Shown]]
) -> bool:
    for key in _node_keys(node):
        for selector, shown, _key, strength in shows.get(key, ()):
            if shown != prop or strength < weight:
                continue
            try:
                if node.css_matches(selector):
                    return True
            except SelectolaxError:
                continue
    return False


_ID_PART = re.compile(r"#[\w-]+")
_CLASS_PART = re.compile(r"\.[\w-]+|\[[^\]]*\]|:(?!:)[\w-]+")
_TAG_PART = re.compile(r"(?:^|[\s>+~])([a-z][a-z0-9]*)", re.I)
_COMBINATOR = re.compile(r"[\s>+~]+")


Specificity = tuple[int, int, int]
# A rule showing what matches a selector: (selector, display or visibility, the name an
# element it matches must carry (`_last_key`), specificity).
Shown = tuple[str, str, str, Specificity]


def _specificity(selector: str) -> Specificity:
    """(ids, classes and attributes, tags): near enough to CSS's for comparing two rules."""
    return (
        len(_ID_PART.findall(selector)),
        len(_CLASS_PART.findall(selector)),
        len(_TAG_PART.findall(selector)),
    )


def _last_key(selector: str) -> str:
    """One name the element a selector matches must carry: the last compound's id, else its
    last class, else its tag (`*` when it names none)."""
    last = _COMBINATOR.split(selector.strip().lower())[-1]
    last = re.sub(r":{1,2}[a-z-]+(\([^)]*\))?|\[[^\]]*\]", "", last)
    if ids := re.findall(r"#[\w-]+", last):
        return str(ids[-1])
    if classes := re.findall(r"\.[\w-]+", last):
        return str(classes[-1])
    tag = re.match(r"[a-z][a-z0-9]*", last)
    return tag.group() if tag else "*"


@dataclass(frozen=True, slots=True)
class Sheet:
    """What one `<style>` text hides and shows."""

    hides: tuple[tuple[str, str], ...]  # simple selector (#id, .class, tag), hiding rule
    reveals: frozenset[str]  # what a hover or state rule opens (.sub-nav, ul)
    nested: tuple[tuple[str, str, str], ...] = ()  # compound selector, rule, property it hides
    shows: tuple[Shown, ...] = ()  # rules showing an element again


# A class or id qualified by its tag (`div.hz-link`, `p#s1`): read as the class or id alone,
# which holds every element it could hide (and, rarely, one of another tag too).
_QUALIFIED = re.compile(r"[a-z][a-z0-9]*([.#][\w-]+)")
_SHOWN_PROPERTY = re.compile(r"(display|visibility)\s*:\s*(?!none|hidden|collapse)[a-z-]+", re.I)


def _hidden_property(rule: str) -> str:
    """The property a hiding rule sets that another rule can set back: display, visibility
    (an element moved off-screen or clipped stays so whatever its display)."""
    if rule.startswith("display"):
        return "display"
    if rule.startswith("visibility"):
        return "visibility"
    return ""


def stylesheet_rules(css: str) -> Sheet:
    """What one `<style>` text hides (selector, rule; first rule of a selector wins), what it
    shows on hover or state, the compound selectors it hides and the selectors it shows."""
    rules: dict[str, str] = {}
    nested: dict[str, tuple[str, str]] = {}
    shows: list[Shown] = []
    revealed: set[str] = set()
    judged: dict[str, str | None] = {}  # template CSS repeats the same rule body many times
    for selectors, body in _RULE.findall(_strip_at_rules(css)):
        shown = _SHOWN_PROPERTY.search(body)
        if shown is not None:
            prop = shown.group(1).lower()
            shows += [
                (sel.strip(), prop, _last_key(sel), _specificity(sel))
                for sel in selectors.split(",")
                if _plain(sel)
            ]
        if _REVEALING.search(selectors) and _SHOWS.search(body):
            revealed.update(_revealed_targets(selectors))
            continue
        if body in judged:
            rule = judged[body]
        else:
            lowered = body.lower()
            hiding = any(name in lowered for name in _HIDING_PROPERTIES)
            rule = judged[body] = hiding_rule(parse_style(body)) if hiding else None
        if rule is None:
            continue
        for selector in selectors.split(","):
            written = selector.strip()
            selector = written.lower()
            if (qualified := _QUALIFIED.fullmatch(selector)) is not None:
                selector = qualified.group(1)  # div.hz-link hides what .hz-link names
            if _SIMPLE_SELECTOR.fullmatch(selector):
                rules.setdefault(selector, rule)
            elif _plain(written) and not re.match(r"(html|body)\b", selector):
                nested.setdefault(written, (rule, _hidden_property(rule)))
    return Sheet(
        tuple(rules.items()),
        frozenset(revealed),
        tuple((sel, rule, prop) for sel, (rule, prop) in nested.items()),
        tuple(shows),
    )


def _plain(selector: str) -> bool:
    """A selector with no pseudo-class or pseudo-element (what hides on hover, or a ::before,
    is no element hidden on load), short enough to be a template's."""
    selector = selector.strip()
    return bool(selector) and ":" not in selector and len(selector) <= 200


# Every page of a portal carries the same template CSS, and reading tens of kilobytes of it
# again per page cost more than the rest of the page's reading. Only texts up to a size are
# kept, so the cache stays a few megabytes however large a hostile page's style is.
class _SheetCache:
    """`stylesheet_rules` of the last texts read, the least recently used dropped past
    `size` texts. A text is looked up by its length and ends, then compared whole: Python
    hashes a new string character by character, and the template CSS read again on every
    page of a portal is found by a few hundred characters, not by its tens of thousands."""

    def __init__(self, size: int) -> None:
        self._size = size
        # (length, start, end) → the texts so keyed (a template's colour changed in the
        # middle keys alike), each with its reading.
        self._kept: OrderedDict[tuple[int, str, str], list[tuple[str, Sheet]]] = OrderedDict()
        self._count = 0
        self._lock = Lock()

    def __call__(self, css: str) -> Sheet:
        key = (len(css), css[:_KEY_ENDS], css[-_KEY_ENDS:])
        with self._lock:
            for text, sheet in self._kept.get(key, ()):
                if text == css:
                    self._kept.move_to_end(key)
                    return sheet
        sheet = stylesheet_rules(css)
        with self._lock:
            self._kept.setdefault(key, []).append((css, sheet))
            self._kept.move_to_end(key)
            self._count += 1
            while self._count > self._size:
                self._count -= len(self._kept.popitem(last=False)[1])
        return sheet


_KEY_ENDS = 128
_cached_stylesheet_rules = _SheetCache(64)


# A script hiding an element by id once the page loads: an injector's other way to hide.
_SCRIPT_HIDES = re.compile(
    r"getElementById\(\s*['\"]([\w-]+)['\"]\s*\)\.style\.(?:display\s*=\s*['\"]none"
    r"|visibility\s*=\s*['\"]hidden)"
    r"|\$\(\s*['\"]#([\w-]+)['\"]\s*\)\.hide\(\s*\)"
    r"|\$\(\s*['\"]#([\w-]+)['\"]\s*\)\.css\(\s*['\"]display['\"]\s*,\s*['\"]none"
)


# `.nav li:hover .sub-nav {display:block}`: the hidden .sub-nav is a drop-down a reader opens.
# A state class may carry a prefix (`.nav-hover`, `.menu_on`, `.is-open`).
_REVEALING = re.compile(
    r":hover|:focus|:active|:checked|\.(?:[a-z0-9]+[-_])*(?:on|active|show|open|hover|cur)\b",
    re.I,
)
_SHOWS = re.compile(r"display\s*:\s*(?!none)[a-z-]+|visibility\s*:\s*visible", re.I)


def _revealed_targets(selectors: str) -> set[str]:
    """The element each revealing selector shows: the classes and id of its last compound,
    when an ancestor's hover or state opens it (`.nav li:hover .sub-nav` → .sub-nav;
    `.menu li:hover>ul` → ul)."""
    targets: set[str] = set()
    for selector in selectors.split(","):
        *before, last = re.split(r"[\s>+~]+", selector.strip().lower())
        opener = " ".join(before)
        if not _REVEALING.search(opener) or re.match(r"(html|body)\b", opener):
            continue  # what hides itself cannot be hovered; the whole page is no drop-down
        compound = re.sub(r":{1,2}[a-z-]+(\([^)]*\))?", "", last)
        named = re.findall(r"[#.][a-z0-9_-]+", compound)
        if named:
            targets.update(named)
        elif compound:
            targets.add(compound)
    return targets
