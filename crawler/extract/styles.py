"""Whether one element hides itself: its `style` attribute, its `hidden` and size
attributes, or text the colour of its background.

Apart from the page's `<style>` sheets (`sheets.py`), which judge each rule body with the same
`hiding_rule`, since the list reader (`grouping.py`) asks a line's own style too, not only the
injection reader. Readings are cached: a portal's templates repeat a few styles on every page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from selectolax.lexbor import LexborNode

CACHED_STYLE_MAX = 400  # characters of a style attribute whose reading is cached
_OFFSCREEN_PX = -999.0
_ZERO_SCALE = re.compile(r"scale[xy]?\(0(\.0+)?(,0(\.0+)?)?\)")
_NUMBER = re.compile(r"^(-?\d+(?:\.\d+)?)(px|em|rem|pt|%)?$")


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
