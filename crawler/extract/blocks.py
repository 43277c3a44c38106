"""Evidence for the content_injection check: hidden blocks and keyword-like text runs.

Injected spam (暗链) hides itself from readers but not from search engines: an element
hidden by an inline style (text the colour of its background included), by a page-level
`<style>` rule (a simple selector, or any compound one lexbor finds), or by the `hidden`
attribute, in the page or in what its scripts write. Rules inside `@media` are ignored on
purpose: a menu hidden only on small screens is responsive design, not concealment. Nor is a
panel the page's own controls open (a toolbar, a share box, a tab, a carousel's next slide).
Visible runs are kept only when they look like a phrase list (many short phrases joined by
| , spaces or _); the judgement — which hidden links are foreign, which phrases are spam — is
`checks/injection.py`.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from checks.model import TextBlock
from checks.text import looks_like_phrase_list
from crawler.extract.page import (
    INVISIBLE,
    absolute,
    base_of,
    bound_to_show,
    element_after,
    element_children,
    link_text,
    visible_text,
)

MAX_TEXT = 4000  # characters kept per block
MAX_BLOCKS = 50  # per page; a page with more is already suspicious enough
CACHED_CSS_MAX = 100_000  # characters of a <style> text whose reading is cached across pages
CACHED_STYLE_MAX = 400  # characters of a style attribute whose reading is cached
_OFFSCREEN_PX = -999.0
_ZERO_SCALE = re.compile(r"scale[xy]?\(0(\.0+)?(,0(\.0+)?)?\)")
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
_NUMBER = re.compile(r"^(-?\d+(?:\.\d+)?)(px|em|rem|pt|%)?$")
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


def parse_style(style: str) -> dict[str, str]:
    """`a: b; c: d` as {a: b, c: d}, lower case, spaces and `!important` removed."""
    out: dict[str, str] = {}
    for declaration in style.split(";"):
        name, sep, value = declaration.partition(":")
        if sep:
            value = value.lower().replace("!important", "")
            out[name.strip().lower()] = "".join(value.split())
    return out


def _length(value: str | None) -> float | None:
    match = _NUMBER.match(value or "")
    return float(match.group(1)) if match else None


def _tiny(value: str | None) -> bool:
    """0 in any unit, or at most one pixel: a box no text can be read in (1em is a line)."""
    size = _length(value)
    if size is None:
        return False
    return size == 0 or (size <= 1 and (value or "").strip().endswith(("px", "1", "0")))


def hiding_rule(declarations: dict[str, str]) -> str | None:
    """The declaration that hides an element from readers, or None."""
    get = declarations.get
    if get("display") == "none":
        return "display:none"
    if get("visibility") in ("hidden", "collapse"):
        return "visibility:hidden"
    if get("position") in ("absolute", "fixed"):
        for side in ("left", "top", "right", "bottom"):
            number = _length(get(side))
            if number is not None and number <= _OFFSCREEN_PX:
                return f"{side}:{get(side)}"
        clip = (get("clip") or "").replace(" ", "").replace("px", "")
        if clip in ("rect(0000)", "rect(0,0,0,0)"):
            return f"clip:{get('clip')}"
    indent = _length(get("text-indent"))
    if indent is not None and indent <= _OFFSCREEN_PX:
        return f"text-indent:{get('text-indent')}"
    if get("overflow") == "hidden" and any(_tiny(get(d)) for d in ("width", "height")):
        return "zero size, overflow:hidden"
    transform = (get("transform") or "").replace(" ", "")
    if _ZERO_SCALE.fullmatch(transform):
        return f"transform:{get('transform')}"
    if _length(get("font-size")) == 0:
        return "font-size:0"
    if (get("color") or "").replace(" ", "") in ("transparent", "rgba(0,0,0,0)"):
        return "color:transparent"
    if _length(get("opacity")) == 0:
        return "opacity:0"
    return None


def inline_hiding_rule(style: str) -> str | None:
    """`hiding_rule` of a `style` attribute; a portal's templates repeat the same few."""
    if len(style) > CACHED_STYLE_MAX:
        return hiding_rule(parse_style(style))
    return _cached_inline_rule(style)


@lru_cache(maxsize=4096)
def _cached_inline_rule(style: str) -> str | None:
    return hiding_rule(parse_style(style))


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
        css = style.text(deep=True)
        sheets.append(
            _cached_stylesheet_rules(css) if len(css) <= CACHED_CSS_MAX else stylesheet_rules(css)
        )
    return sheets


def page_hiding_rules(tree: LexborHTMLParser) -> dict[str, str]:
    """Simple selectors (`#id`, `.class`, `tag`) the page's `<style>` elements hide."""
    rules: dict[str, str] = {}
    revealed: set[str] = set()
    for sheet in _page_sheets(tree):
        for selector, rule in sheet.hides:
            rules.setdefault(selector, rule)
        revealed.update(sheet.reveals)
    for selector in revealed:  # a drop-down shown on hover is a menu, not concealment
        rules.pop(selector, None)
    for script in tree.css("script"):
        code = script.text() or ""
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
_cached_stylesheet_rules = lru_cache(maxsize=64)(stylesheet_rules)


# A script hiding an element by id once the page loads: an injector's other way to hide.
_SCRIPT_HIDES = re.compile(
    r"getElementById\(\s*['\"]([\w-]+)['\"]\s*\)\.style\.(?:display\s*=\s*['\"]none"
    r"|visibility\s*=\s*['\"]hidden)"
    r"|\$\(\s*['\"]#([\w-]+)['\"]\s*\)\.hide\(\s*\)"
    r"|\$\(\s*['\"]#([\w-]+)['\"]\s*\)\.css\(\s*['\"]display['\"]\s*,\s*['\"]none"
)


# `.nav li:hover .sub-nav {display:block}`: the hidden .sub-nav is a drop-down a reader opens.
_REVEALING = re.compile(
    r":hover|:focus|:active|:checked|\.(?:on|active|show|open|hover|cur)\b", re.I
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


# Elements whose width/height attributes size them: 1×1 makes them unreadable.
_SIZED_TAGS = frozenset({"iframe", "frame", "marquee", "div", "table", "object", "embed", "img"})
# Elements that clip what overflows them by their nature, with no `overflow:hidden` written: a
# 1×1 size in their style hides their content as the attributes' does.
_CLIPPING_TAGS = frozenset({"iframe", "frame", "marquee"})


@lru_cache(maxsize=4096)
def _tiny_box(style: str) -> bool:
    declarations = parse_style(style)
    return _tiny(declarations.get("width")) or _tiny(declarations.get("height"))


def _hidden_by(node: LexborNode, rules: dict[str, str]) -> str | None:
    attrs = node.attributes
    if "hidden" in attrs:
        return "hidden attribute"
    if node.tag in _SIZED_TAGS and (_tiny(attrs.get("width")) or _tiny(attrs.get("height"))):
        return f"zero-size {node.tag}"
    style = attrs.get("style")
    if style:
        if (inline := inline_hiding_rule(style)) is not None:
            return inline
        if node.tag in _CLIPPING_TAGS and len(style) <= CACHED_STYLE_MAX and _tiny_box(style):
            return f"zero-size {node.tag} (style)"
        if "color" in style and (same := _colour_of_background(node, style)) is not None:
            return same
    if not rules:
        return None
    candidates = [(node.tag or "").lower()]
    if attrs.get("id"):
        candidates.append("#" + (attrs.get("id") or "").strip().lower())
    candidates += ["." + c.lower() for c in (attrs.get("class") or "").split()]
    for selector in candidates:
        if selector in rules:
            return f"{selector} {{{rules[selector]}}}"
    return None


_NAMED_COLOURS = {
    "white": (255, 255, 255),
    "black": (0, 0, 0),
    "red": (255, 0, 0),
    "green": (0, 128, 0),
    "blue": (0, 0, 255),
    "yellow": (255, 255, 0),
    "gray": (128, 128, 128),
    "grey": (128, 128, 128),
    "silver": (192, 192, 192),
}
_COLOUR_TOKEN = re.compile(r"#[0-9a-f]{6}\b|#[0-9a-f]{3}\b|rgba?\([0-9.,%]+\)|[a-z]+")


def _rgb(token: str) -> tuple[int, int, int] | None:
    """#fff, #ffffff, white, rgb(255,255,255), rgba(255,255,255,1) as one value; an
    rgba with any transparency, or a colour word not in the short table, as None."""
    if token.startswith("#"):
        digits = token[1:]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))
    if token.startswith("rgb"):
        parts = token[token.index("(") + 1 : -1].split(",")
        if len(parts) == 4 and parts[3] not in ("1", "1.0"):
            return None
        try:
            red, green, blue = (int(float(p)) for p in parts[:3])
        except ValueError:  # percentages and junk: not compared
            return None
        return (red, green, blue)
    return _NAMED_COLOURS.get(token)


@lru_cache(maxsize=4096)
def _stated_colours(style: str) -> tuple[tuple[int, int, int] | None, tuple[int, int, int] | None]:
    """The text colour and the background colour a style attribute states (None: not stated,
    or not one plain colour: a background image may show behind the text)."""
    declarations = parse_style(style)
    colour = declarations.get("color")
    text = _rgb(colour) if colour and _COLOUR_TOKEN.fullmatch(colour) else None
    background = declarations.get("background-color") or declarations.get("background") or ""
    fill = None
    if background and "url(" not in background and "gradient" not in background:
        first = _COLOUR_TOKEN.match(background)
        fill = _rgb(first.group()) if first else None
    return text, fill


def _colours(node: LexborNode) -> tuple[tuple[int, int, int] | None, tuple[int, int, int] | None]:
    style = node.attributes.get("style") or ""
    if "color" not in style and "background" not in style:
        return None, None
    return _stated_colours(style[:CACHED_STYLE_MAX])


def _colour_of_background(node: LexborNode, style: str) -> str | None:
    """Text written in the colour of its background, both stated in style on the element or
    on its parent: the oldest way to hide links. Nothing is guessed from the page's look, and
    a link inside that states no colour of its own shows the link colour, so it is seen."""
    colour, background = _stated_colours(style[:CACHED_STYLE_MAX])
    if colour is None:
        return None
    if background is None and node.parent is not None:
        background = _colours(node.parent)[1]
    if background != colour:
        return None
    for inner in node.css("a, [style]"):  # lexbor's css() includes the node itself
        if inner.mem_id == node.mem_id or not inner.text(strip=True):
            continue
        own, fill = _colours(inner)
        if (inner.tag == "a" and own is None) or own not in (None, colour):
            return None  # this text shows in another colour
        if fill not in (None, colour):
            return None  # on another background
    return "color equal to background"


@dataclass(frozen=True, slots=True)
class Openers:
    """Elements the page's own controls open: panels a reader sees on a click or a hover, not
    concealment. By id (`getElementById('wzaBar')`), by an id's written prefix
    (`getElementById("con_" + name + "_" + i)`), or as nodes (a jQuery selector's, the element
    a handler reaches from `this`), everything inside `within` nodes, and what a framework
    binding shows (`ms-visible`, `v-show` …)."""

    ids: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    nodes: frozenset[int] = frozenset()
    within: frozenset[int] = frozenset()
    carousels: frozenset[int] = frozenset()  # containers a slider plugin is started on

    def opens(self, node: LexborNode) -> bool:
        if node.mem_id in self.nodes or bound_to_show(node):
            return True
        name = _element_id(node)
        if name and (name in self.ids or name.startswith(self.prefixes or ("\0",))):
            return True
        if self.within:
            parent, depth = node.parent, 0
            while parent is not None and depth < 8:
                if parent.mem_id in self.within:
                    return True
                parent, depth = parent.parent, depth + 1
        return False


# What a script does to show an element: an assignment of display or visibility to anything
# but none/hidden (a toggle `x == 'none' ? 'block' : 'none'` included), or a jQuery effect.
_STYLE_SET = re.compile(r"\s*\.style\.(?:display|visibility)\s*=(?!=)\s*([^;\n}]*)")
_HIDDEN_VALUE = re.compile(r"""^\s*(['"])(none|hidden)\1\s*$""")
_JQUERY_SHOW = re.compile(
    r"\.(?:show|toggle|slideDown|slideToggle|fadeIn|fadeToggle|stop\(\)\.slideDown)\("
    r"|\.css\(\s*['\"]display['\"]\s*,\s*['\"](?!none)"
)
_BY_ID = re.compile(r"getElementById\(\s*([^()]{1,200}?)\s*\)")
_LITERAL_ID = re.compile(r"""^(['"])([\w-]+)\1$""")
_ID_PREFIX = re.compile(r"""^(['"])([\w-]{2,})\1\s*\+""")
_ASSIGNED = re.compile(r"([A-Za-z_$][\w$]*)\s*=\s*(?:window\.)?(?:document\.)?$")
_JQUERY = re.compile(r"""(?:\$|jQuery)\(\s*(['"])([^'"]{1,200})\1\s*\)""")
_SLIDER = re.compile(
    r"""(?:\$|jQuery)\(\s*(['"])([^'"]{1,200})\1\s*\)\s*\.\s*(?:slide|slick|bxSlider|owlCarousel"""
    r"""|carousel|cycle|flexslider|nivoSlider|jCarouselLite|unslider|slidesjs)\s*\("""
    r"""|new\s+Swiper\(\s*(['"])([^'"]{1,200})\3"""
    r"""|elem\s*:\s*(['"])([^'"]{1,200})\5"""
)
_HANDLERS = ("onclick", "onmouseover", "onmouseenter", "onfocus")
_NEXT = re.compile(r"this\.next(?:Element)?Sibling|\$\(this\)\.next(?:All)?\(")
_INSIDE = re.compile(
    r"this\.(?:getElementsByTagName|getElementsByClassName|querySelector|children|childNodes"
    r"|firstChild|lastChild|firstElementChild|lastElementChild)"
    r"|\$\(this\)\.(?:find|children)\("
)
_AROUND = re.compile(r"this\.parent(?:Node|Element)|\$\(this\)\.(?:parent|siblings|closest)\(")


def _shows(code: str) -> bool:
    return any(not _HIDDEN_VALUE.match(m[1]) for m in _STYLE_SET.finditer(code)) or bool(
        _JQUERY_SHOW.search(code)
    )


def _ids_shown(code: str) -> tuple[set[str], set[str]]:
    """Ids (and id prefixes) a script or handler shows: `getElementById(…)` followed by a
    showing `.style` assignment, directly or through the variable it was stored in."""
    ids: set[str] = set()
    prefixes: set[str] = set()
    for match in _BY_ID.finditer(code):
        argument = match[1]
        if (literal := _LITERAL_ID.match(argument)) is not None:
            names, name = ids, literal[2]
        elif (prefix := _ID_PREFIX.match(argument)) is not None:
            names, name = prefixes, prefix[2]
        else:
            continue
        direct = _STYLE_SET.match(code, match.end())
        if direct is not None:
            if not _HIDDEN_VALUE.match(direct[1]):
                names.add(name.lower())
            continue
        stored = _ASSIGNED.search(code[max(0, match.start() - 80) : match.start()])
        if stored is None:
            continue
        variable = re.escape(stored[1])
        for use in re.finditer(rf"(?<![\w$.]){variable}(?=\s*\.style\.)", code):
            set_to = _STYLE_SET.match(code, use.end())
            if set_to is not None and not _HIDDEN_VALUE.match(set_to[1]):
                names.add(name.lower())
                break
        else:
            if re.search(rf"\$\(\s*{variable}\s*\)\s*{_JQUERY_SHOW.pattern}", code):
                names.add(name.lower())
    return ids, prefixes


def _selected(tree: LexborHTMLParser, selector: str) -> list[LexborNode]:
    try:
        return list(tree.css(selector))
    except SelectolaxError:
        return []


def page_openers(tree: LexborHTMLParser) -> Openers:
    """What the page's handlers and scripts open (see `Openers`)."""
    ids: set[str] = set()
    prefixes: set[str] = set()
    nodes: set[int] = set()
    within: set[int] = set()
    carousels: set[int] = set()
    for node in tree.css(", ".join(f"[{name}]" for name in _HANDLERS)):
        code = " ".join(node.attributes.get(name) or "" for name in _HANDLERS)
        if not _shows(code):
            continue
        found, started = _ids_shown(code)
        ids |= found
        prefixes |= started
        if _NEXT.search(code) and (after := element_after(node)) is not None:
            nodes.add(after.mem_id)
        if _INSIDE.search(code):
            within.add(node.mem_id)
        if _AROUND.search(code) and node.parent is not None:
            # what is beside it, not everything under its parent (a page's wrapper)
            nodes.update(n.mem_id for n in element_children(node.parent) if n.mem_id != node.mem_id)
    for script in tree.css("script"):
        code = script.text() or ""
        if "display" in code or "visibility" in code:
            found, started = _ids_shown(code)
            ids |= found
            prefixes |= started
        if "$(" in code or "jQuery(" in code:
            _jquery_openers(tree, code, nodes, within)
        for match in _SLIDER.finditer(code):
            selector = match[2] or match[4] or match[6]
            carousels.update(n.mem_id for n in _selected(tree, selector))
    return Openers(
        frozenset(ids),
        tuple(sorted(prefixes)),
        frozenset(nodes),
        frozenset(within),
        frozenset(carousels),
    )


_DELEGATED = re.compile(
    r"""\s*\.\s*(?:on|delegate|live)\(\s*(['"])[^'"]*\1\s*,\s*(['"])([^'"]{1,200})\2"""
)
_PAGE_TAGS = frozenset({"html", "body", "-document"})


def _jquery_openers(tree: LexborHTMLParser, code: str, nodes: set[int], within: set[int]) -> None:
    """`$('.more').show()` opens what the selector names; `$('.nav li').hover(function(){
    $(this).find('ul').show() })` opens what is inside or beside each element it names."""
    for match in _JQUERY.finditer(code):
        statement = code[match.end() : match.end() + 400]
        semi = re.search(r";\s*(?:\$|jQuery|var\b|function\b|\n\s*\n)", statement)
        statement = statement[: semi.start()] if semi else statement
        if not _JQUERY_SHOW.search(statement):
            continue
        delegated = _DELEGATED.match(statement)  # $('body').on('click', '.btn', …)
        selected = _selected(tree, delegated[3] if delegated else match[2])
        if any((node.tag or "") in _PAGE_TAGS for node in selected):
            continue  # the whole page is no panel
        if "this" in statement:
            for node in selected:
                within.add(node.mem_id)
                if (after := element_after(node)) is not None:
                    nodes.add(after.mem_id)
        elif _JQUERY_SHOW.match(statement.lstrip()):
            nodes.update(node.mem_id for node in selected)


# A slider or tab set: its container's class or id names it, or a slider plugin is started on
# it; its panels are siblings of one shape, one shown and the others hidden until their turn.
_PANEL_SET = re.compile(r"slide|banner|carousel|swiper|focus|slick|bxslider|lunbo|tab(?!le)", re.I)
# Classes that mark the panel shown now, not a panel's shape.
_STATE_CLASSES = frozenset(
    {
        "on",
        "active",
        "cur",
        "current",
        "show",
        "shown",
        "selected",
        "hover",
        "open",
        "in",
        "first",
        "layui-this",
        "swiper-slide-active",
        "slick-active",
        "slick-current",
        "active-slide",
        "curr",
        "now",
        "select",
    }
)


def _shape(node: LexborNode) -> tuple[str, frozenset[str]]:
    classes = frozenset((node.attributes.get("class") or "").lower().split())
    return node.tag or "", classes - _STATE_CLASSES


def _in_panel_set(node: LexborNode, carousels: frozenset[int]) -> bool:
    holder, depth = node.parent, 0
    while holder is not None and depth < 4:
        if holder.mem_id in carousels:
            return True
        attrs = holder.attributes
        if _PANEL_SET.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
            return True
        holder, depth = holder.parent, depth + 1
    return False


PanelSets = dict[tuple[int, tuple[str, frozenset[str]]], bool]


def is_panel(
    node: LexborNode,
    hidden: Callable[[LexborNode], str | None],
    carousels: frozenset[int] = frozenset(),
    known: PanelSets | None = None,
) -> bool:
    """A hidden slide or tab panel: siblings of its shape take turns, a few shown (one, as a
    rule) and at least as many hidden; and either the set lives in a slider or tab container,
    or a shown sibling carries the state class (on, active, layui-this …) the script moves
    from panel to panel. One hidden item among many shown ones (a menu's `li.on` beside an
    injected `li`) is no such set. `known` keeps the answer per parent and shape: every
    hidden panel of a set asks the same question."""
    parent = node.parent
    if parent is None:
        return False
    shape = _shape(node)
    key = (parent.mem_id, shape)
    if known is not None and key in known:
        return known[key]
    shown: list[LexborNode] = []
    concealed = 0
    for sibling in element_children(parent):
        if _shape(sibling) != shape:
            continue
        if sibling.mem_id != node.mem_id and hidden(sibling) is None:
            shown.append(sibling)
        else:
            concealed += 1
    answer = bool(shown) and len(shown) <= concealed
    if answer:
        marked = any(
            not _STATE_CLASSES.isdisjoint((s.attributes.get("class") or "").lower().split())
            for s in shown
        )
        answer = marked or _in_panel_set(node, carousels)
    if known is not None:
        known[key] = answer
    return answer


def _element_id(node: LexborNode) -> str:
    return (node.attributes.get("id") or "").strip().lower()


def _links(node: LexborNode, base: str) -> tuple[tuple[str, str], ...]:
    """The links in a block — itself when it is one — and the pages its frames load."""
    out: list[tuple[str, str]] = []
    for anchor in node.css("a[href], area[href]"):  # lexbor's css() includes the node itself
        url = absolute(base, anchor.attributes.get("href"))
        if url is not None:
            out.append((link_text(anchor), url))
    for frame in node.css("iframe[src], frame[src]"):
        url = absolute(base, frame.attributes.get("src"))
        if url is not None:
            out.append(("", url))
    return tuple(out)


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
    for meta in tree.css("meta[name]"):
        name = (meta.attributes.get("name") or "").strip().lower()
        if name in ("keywords", "description"):
            content = " ".join((meta.attributes.get("content") or "").split())
            if content:
                found.append(TextBlock(content[:MAX_TEXT], None, (), f"meta {name}"))
    return found[:4]


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
    openers: Openers = Openers()
    panels: PanelSets = field(default_factory=dict)  # is_panel's answers, filled as asked

    def rule(self, node: LexborNode) -> str | None:
        """Why `node` is hidden from readers on load, or None."""
        return _hidden_by(node, self.rules) or self.nested.get(node.mem_id)

    def concealed(self, node: LexborNode) -> str | None:
        """`rule`, unless the page's own controls open the element (a toolbar, a share box,
        a tab or a slide): a panel a reader opens is not concealment."""
        rule = self.rule(node)
        if rule is None or self.openers.opens(node):
            return None
        if is_panel(node, self.rule, self.openers.carousels, self.panels):
            return None
        return rule


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
    not concealment.
    """
    may_hide = _may_hide(tree, hiding.rules)
    nested = hiding.nested
    unseen_inside = _invisible_holders(tree)
    stack = [root]
    while stack and len(blocks) < MAX_BLOCKS:
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
            rule = hiding.concealed(child) if asked else None
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


_WRITE_CALL = re.compile(r"document\.write(?:ln)?\s*\(", re.I)
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)")
MAX_WRITTEN = 200_000  # characters of script-written HTML read per page


def _unescape(literal: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match[1]
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return {"n": "\n", "t": "\t", "r": ""}.get(code, code)

    return _ESCAPE.sub(one, literal)


_LITERAL = r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\""""
_NAME = r"[A-Za-z_$][\w$]*"
# The pieces of a written argument read without running it: string literals, the decoders
# injectors wrap them in, character codes, and variables holding any of those.
_PIECE = re.compile(
    r"String\.fromCharCode\(\s*((?:0x[0-9a-f]+|\d+)(?:\s*,\s*(?:0x[0-9a-f]+|\d+))*)\s*\)"
    rf"|(atob|unescape|decodeURIComponent|decodeURI)\(\s*({_LITERAL}|{_NAME})\s*\)"
    rf"|({_LITERAL})"
    rf"|(?<![\w$.])({_NAME})(?![\w$]|\s*[(.\[])",
    re.I,
)
_STATEMENT_END = re.compile(rf"{_LITERAL}|;")
_JS_UNICODE = re.compile(r"%u([0-9a-fA-F]{4})")
MAX_RESOLVE = 3  # variables followed from one write: `var a = unescape(b)` and the like


def _decode(function: str, text: str) -> str:
    """What a JavaScript decoder returns for a literal (its escapes already read)."""
    if function.lower() == "atob":
        try:
            raw = base64.b64decode("".join(text.split()) + "===", validate=False)
        except ValueError:
            return ""
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1")
    if function.lower() == "unescape":  # %uXXXX is JavaScript's own; %XX read as UTF-8
        text = _JS_UNICODE.sub(lambda m: chr(int(m[1], 16)), text)
    return unquote(text)


def _char_code(number: str) -> int:
    number = number.strip().lower()
    return int(number, 16) if number.startswith("0x") else int(number)


# What a variable holding written markup is assigned: a literal, a decoder, character codes or
# another variable — never an array or object (a list's records, not markup).
_STRING_VALUE = re.compile(
    r"""['"]|(?:atob|unescape|decodeURIComponent|decodeURI|String\.fromCharCode)\s*\(|[A-Za-z_$]""",
    re.I,
)


# Words of the language and the page's objects: never a variable holding markup.
_NOT_VARIABLES = frozenset(
    {"var", "let", "const", "new", "this", "true", "false", "null", "undefined", "typeof"}
    | {"document", "window", "location", "navigator", "Math", "Date"}
)


class _Evaluator:
    """The string value of an expression built only of literals, decoders, character codes
    and variables assigned such expressions in the page's scripts. Nothing is executed."""

    def __init__(self, scripts: Sequence[str]) -> None:
        self.scripts = scripts
        self.known: dict[str, str] = {}

    def value(self, expression: str, depth: int = 0) -> str:
        parts: list[str] = []
        for m in _PIECE.finditer(expression):
            if m[1] is not None:
                codes = [_char_code(c) for c in m[1].split(",")]
                parts.append("".join(chr(c) for c in codes if 0 < c < 0x110000))
            elif m[2] is not None:
                parts.append(_decode(m[2], self._operand(m[3], depth)))
            elif m[4] is not None:
                parts.append(_unescape(m[4][1:-1]))
            elif m[5] is not None and depth < MAX_RESOLVE and m[5] not in _NOT_VARIABLES:
                parts.append(self._variable(m[5], depth + 1))
        return "".join(parts)

    def _operand(self, operand: str, depth: int) -> str:
        if operand[:1] in "'\"":
            return _unescape(operand[1:-1])
        return self._variable(operand, depth + 1) if depth < MAX_RESOLVE else ""

    def _variable(self, name: str, depth: int) -> str:
        """The value last assigned to `name` (`var name = …;`) in the page's scripts."""
        if name in self.known:
            return self.known[name]
        self.known[name] = ""  # `a = a + …` reads no further
        assignment = re.compile(rf"(?<![\w$.]){re.escape(name)}\s*=(?![=>])\s*")
        for code in self.scripts:
            if name not in code:
                continue
            found = list(assignment.finditer(code))
            if found:
                start = found[-1].end()
                if _STRING_VALUE.match(code, start):
                    expression = code[start : _statement_end(code, start)]
                    self.known[name] = self.value(expression, depth)
                break
        return self.known[name]


def _statement_end(code: str, start: int) -> int:
    """Where the statement from `start` ends: its first `;` outside a string literal."""
    limit = min(len(code), start + MAX_WRITTEN)
    for token in _STATEMENT_END.finditer(code, start, limit):
        if token.group() == ";":
            return token.start()
    return limit


def script_written(tree: LexborHTMLParser) -> list[str]:
    """The HTML inline scripts pass to document.write: where 暗链 injectors like to hide.

    A script writing `<div style="display:none"><a href=…>` shows nothing in
    the page's own markup; the string literals of each call are joined (the
    usual `'<div ' + 'style=…'` splitting included) and read like page HTML, and
    so are what `unescape`, `decodeURIComponent`, `atob` and `String.fromCharCode`
    make of literals, and variables assigned them. Nothing is executed: values
    computed any other way are not followed.
    """
    written: list[str] = []
    budget = MAX_WRITTEN  # characters of HTML taken from write calls
    scripts = [script.text() or "" for script in tree.css("script")]
    evaluator = _Evaluator(scripts)
    for code in scripts:
        if "write" not in code:  # a substring test: megabytes of library code cost nothing
            continue
        for call in _WRITE_CALL.finditer(code):
            if budget <= 0:
                return written
            end = code.find(");", call.end())
            argument = code[call.end() : end if end >= 0 else call.end() + 4000]
            html = evaluator.value(argument)
            if "%3c" in html.lower():  # document.write('%3Cdiv%20style…') decoded elsewhere
                html = unquote(html)
            if "<" in html:
                written.append(html[:budget])
                budget -= len(html)
    return written
