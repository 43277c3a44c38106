"""Evidence for the content_injection check: hidden blocks and keyword-like text runs.

Injected spam (暗链) hides itself from readers but not from search engines: an element
hidden by an inline style, by a page-level `<style>` rule on a simple selector (#id, .class,
tag), or by the `hidden` attribute. Rules inside `@media` are ignored on purpose: a menu
hidden only on small screens is responsive design, not concealment. Visible runs are kept
only when they look like a phrase list (many short phrases joined by | , spaces or _); the
judgement — which hidden links are foreign, which phrases are spam — is `checks/injection.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

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


def page_hiding_rules(tree: LexborHTMLParser) -> dict[str, str]:
    """Simple selectors (`#id`, `.class`, `tag`) the page's `<style>` elements hide."""
    rules: dict[str, str] = {}
    revealed: set[str] = set()
    for style in tree.css("style"):
        media = (style.attributes.get("media") or "").lower()
        if media and not any(word in media for word in ("all", "screen")):
            continue  # a print stylesheet hides the menus on paper, not from readers
        css = style.text(deep=True)
        hides, reveals = (
            _cached_stylesheet_rules(css) if len(css) <= CACHED_CSS_MAX else stylesheet_rules(css)
        )
        for selector, rule in hides:
            rules.setdefault(selector, rule)
        revealed.update(reveals)
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


Sheet = tuple[tuple[tuple[str, str], ...], frozenset[str]]


# A class or id qualified by its tag (`div.hz-link`, `p#s1`): read as the class or id alone,
# which holds every element it could hide (and, rarely, one of another tag too).
_QUALIFIED = re.compile(r"[a-z][a-z0-9]*([.#][\w-]+)")


def stylesheet_rules(css: str) -> Sheet:
    """What one `<style>` text hides (selector, rule; first rule of a selector wins) and what
    it shows on hover or state."""
    rules: dict[str, str] = {}
    revealed: set[str] = set()
    judged: dict[str, str | None] = {}  # template CSS repeats the same rule body many times
    for selectors, body in _RULE.findall(_strip_at_rules(css)):
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
            selector = selector.strip().lower()
            if (qualified := _QUALIFIED.fullmatch(selector)) is not None:
                selector = qualified.group(1)  # div.hz-link hides what .hz-link names
            if _SIMPLE_SELECTOR.fullmatch(selector):
                rules.setdefault(selector, rule)
    return tuple(rules.items()), frozenset(revealed)


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


def _hidden_by(node: LexborNode, rules: dict[str, str]) -> str | None:
    attrs = node.attributes
    if "hidden" in attrs:
        return "hidden attribute"
    if node.tag in _SIZED_TAGS and (_tiny(attrs.get("width")) or _tiny(attrs.get("height"))):
        return f"zero-size {node.tag}"
    style = attrs.get("style")
    if style and (inline := inline_hiding_rule(style)) is not None:
        return inline
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


# A handler or script showing an element by id: `getElementById('more').style.display='block'`,
# `$('#more').show()`, `.toggle()`, `.slideDown()` …: that element is a panel a reader opens.
_REVEALS = re.compile(
    r"getElementById\(\s*['\"]([\w-]+)['\"]\s*\)\.style\.display\s*=\s*['\"](?!none)"
    r"|\$\(\s*['\"]#([\w-]+)['\"]\s*\)\.(?:show|toggle|slideDown|slideToggle|fadeIn|fadeToggle)\("
)


def revealed_ids(tree: LexborHTMLParser) -> frozenset[str]:
    """Ids of elements that the page's handlers or scripts show (lower case)."""
    sources = [
        node.attributes.get(name) or ""
        for node in tree.css("[onclick], [onmouseover], [onmouseenter]")
        for name in ("onclick", "onmouseover", "onmouseenter")
    ]
    sources += [script.text() or "" for script in tree.css("script")]
    found: set[str] = set()
    for code in sources:
        if "display" in code or "$(" in code:
            for match in _REVEALS.finditer(code):
                found.add((match[1] or match[2]).lower())
    return frozenset(found)


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
    _scan(tree, root, base, rules, blocks, "", revealed_ids(tree))
    for written in script_written(tree):
        fragment = LexborHTMLParser(f"<html><body>{written}</body></html>")
        if fragment.body is not None:
            more_rules = {**rules, **page_hiding_rules(fragment)}
            _scan(
                fragment, fragment.body, base, more_rules, blocks, " (document.write)", frozenset()
            )
    return tuple(blocks)


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
    rules: dict[str, str],
    blocks: list[TextBlock],
    how: str,
    revealed: frozenset[str],
) -> None:
    """Hidden elements and visible phrase lists under `root`, appended to `blocks`.

    An element a control on the page opens (`revealed`) is a panel, not concealment.
    """
    may_hide = _may_hide(tree, rules)
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
            asked = may_hide is None or child.mem_id in may_hide
            rule = _hidden_by(child, rules) if asked else None
            if rule is not None and revealed and _element_id(child) in revealed:
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


_WRITE_CALL = re.compile(r"document\.write(?:ln)?\s*\(", re.I)
_STRING = re.compile(r"'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\"")
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)")
MAX_WRITTEN = 200_000  # characters of script-written HTML read per page


def _unescape(literal: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match[1]
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return {"n": "\n", "t": "\t", "r": ""}.get(code, code)

    return _ESCAPE.sub(one, literal)


def script_written(tree: LexborHTMLParser) -> list[str]:
    """The HTML inline scripts pass to document.write: where 暗链 injectors like to hide.

    A script writing `<div style="display:none"><a href=…>` shows nothing in
    the page's own markup; the string literals of each call are joined (the
    usual `'<div ' + 'style=…'` splitting included) and read like page HTML.
    Nothing is executed: computed strings are not followed.
    """
    written: list[str] = []
    budget = MAX_WRITTEN  # characters of HTML taken from write calls
    for script in tree.css("script"):
        code = script.text() or ""
        if "write" not in code:  # a substring test: megabytes of library code cost nothing
            continue
        for call in _WRITE_CALL.finditer(code):
            if budget <= 0:
                return written
            end = code.find(");", call.end())
            argument = code[call.end() : end if end >= 0 else call.end() + 4000]
            pieces = [
                _unescape(m[1] if m[1] is not None else m[2]) for m in _STRING.finditer(argument)
            ]
            html = "".join(pieces)
            if "%3c" in html.lower():  # document.write(unescape('%3Cdiv%20style…'))
                html = unquote(html)
            if "<" in html:
                written.append(html[:budget])
                budget -= len(html)
    return written
