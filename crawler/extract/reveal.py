"""What the page's own controls open: elements a handler or script shows (by id, by an id's
prefix, by a jQuery selector, through `this`), containers a slider plugin starts, and slide
or tab panels that take turns.

A hidden element one of these opens is a panel a reader sees on a click or in turn, not
concealment; the injection reader (`blocks.py`) asks here before it calls an element hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from crawler.extract.page import bound_to_show, element_after, element_children


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
# A class a script removes or toggles (`.hide` off) is a showing too, and so is a state class
# it adds (`.nav-hover`, `.active`, `.is-open`): the page's rules show by it. A class added
# under another name may be one that hides (`addClass('yc')`): no showing.
_STATE_ADDED = (
    r"""['"](?:\w+[-_])*"""
    r"""(?:on|active|show|shown|open|opened|hover|cur|current|in|visible|expand|expanded)['"]"""
)
_JQUERY_SHOW = re.compile(
    r"\.(?:show|toggle|slideDown|slideToggle|fadeIn|fadeToggle|stop\(\)\.slideDown)\("
    r"|\.css\(\s*['\"]display['\"]\s*,\s*['\"](?!none)"
    r"|\.(?:removeClass|toggleClass)\(|\.addClass\(\s*" + _STATE_ADDED
)
# A showing that is no class change: an effect or a display set.
_EFFECT = re.compile(
    r"\.(?:show|toggle|slideDown|slideToggle|fadeIn|fadeToggle|stop\(\)\.slideDown)\("
    r"|\.css\(\s*['\"]display['\"]\s*,\s*['\"](?!none)"
)
# The same done by the DOM: `el.classList.remove('hide')`, `el.classList.add('open')`.
_CLASS_SET = re.compile(
    r"\s*\.classList\.(?:remove|toggle)\(|\s*\.classList\.add\(\s*" + _STATE_ADDED
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
    return (
        any(not _HIDDEN_VALUE.match(m[1]) for m in _STYLE_SET.finditer(code))
        or bool(_JQUERY_SHOW.search(code))
        or bool(_CLASS_SET.search(code))
    )


def _showing_at(code: str, at: int) -> bool:
    """A showing `.style` assignment or class change right at `at` (after an element)."""
    direct = _STYLE_SET.match(code, at)
    if direct is not None:
        return not _HIDDEN_VALUE.match(direct[1])
    return _CLASS_SET.match(code, at) is not None


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
        if _STYLE_SET.match(code, match.end()) or _CLASS_SET.match(code, match.end()):
            if _showing_at(code, match.end()):
                names.add(name.lower())
            continue
        stored = _ASSIGNED.search(code[max(0, match.start() - 80) : match.start()])
        if stored is None:
            continue
        variable = re.escape(stored[1])
        for use in re.finditer(rf"(?<![\w$.]){variable}(?=\s*\.(?:style|classList)\.)", code):
            if _showing_at(code, use.end()):
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
        if "display" in code or "visibility" in code or "class" in code:
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
            # A class put on the hovered element itself (`$(this).addClass('li-hover')`) shows
            # what the page's rules show inside it, not the next element: the rows of a list
            # whose lines are highlighted are no panels, and a hidden row is never hovered.
            beside = _EFFECT.search(statement) is not None or _NEXT.search(statement) is not None
            for node in selected:
                within.add(node.mem_id)
                if beside and (after := element_after(node)) is not None:
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


def in_panel_container(node: LexborNode) -> bool:
    """`node`, or an element a few levels up, is a slider or tab box by its class or id (a
    大汉 JCMS datastore inside `div.slideBox`: its records are the slides)."""
    attrs = node.attributes
    if _PANEL_SET.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
        return True
    return _in_panel_set(node, frozenset())


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
