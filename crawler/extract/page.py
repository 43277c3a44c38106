"""Page-wide readings: the parse, the base URL, visible text, links and 指引 meta tags.

Nothing here mutates the tree: the same tree is read by several scans
(list, links, meta, injection blocks), so text is gathered by walking nodes
rather than by stripping scripts out of the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from checks.urls import URL_SPACE

# Text under these elements is never shown to a reader.
INVISIBLE = frozenset(
    {"script", "style", "noscript", "template", "textarea", "select", "option", "title", "head"}
)
# Far above any real page (portal homes carry ~1,000 links); see read_links.
MAX_LINKS = 20_000
# The 指引 (government site guideline) meta names, in their canonical spelling.
GUIDE_META = (
    "SiteName",
    "SiteDomain",
    "SiteIDCode",
    "ColumnName",
    "ColumnDescription",
    "ColumnKeywords",
    "ColumnType",
    "ArticleTitle",
    "PubDate",
    "ContentSource",
    "Keywords",
    "Author",
    "Description",
    "Image",
    "Url",
    "firstpublishedtime",
    "lastmodifiedtime",
    "Maketime",
)
_CANONICAL = {name.lower(): name for name in GUIDE_META}


def parse_html(text: str) -> LexborHTMLParser:
    """Parse once; every reader takes the tree so a page is never parsed twice."""
    return LexborHTMLParser(text)


def base_of(tree: LexborHTMLParser, url: str) -> str:
    """The URL relative links resolve against: `<base href>` when the page has one."""
    base = tree.css_first("base[href]")
    href = (base.attributes.get("href") or "").strip() if base is not None else ""
    return urljoin(url, href) if href else url


# `http:///www.gov.cn/`: a browser skips every slash after an http(s) scheme.
_EXTRA_SLASHES = re.compile(r"^(https?):/{3,}", re.I)


class Resolver:
    """Absolute http(s) URLs for the links of one page.

    `urljoin` costs ~15 µs a call, too slow for pages of 100,000 links; the
    common shapes (absolute, //host, /path, plain relative name) are joined
    directly and only dot-segments, queries and odd schemes go through it.
    """

    def __init__(self, base: str) -> None:
        self.base = base
        parts = urlsplit(base)
        self.scheme = parts.scheme.lower()
        self.origin = f"{parts.scheme}://{parts.netloc}"
        path = parts.path or "/"
        self.directory = self.origin + path[: path.rfind("/") + 1]

    def __call__(self, href: str | None) -> str | None:
        if not href:
            return None
        href = href.strip(URL_SPACE)
        if "\n" in href or "\r" in href or "\t" in href:
            href = href.replace("\n", "").replace("\r", "").replace("\t", "")
        if not href or href[0] == "#":
            return None
        if "\\" in href:  # browsers read ..\swj\index.html as ../swj/index.html
            href = href.replace("\\", "/")
        head = href[:8].lower()
        if head.startswith(("http:///", "https:///")):
            href = _EXTRA_SLASHES.sub(r"\1://", href, count=1)
        if head.startswith(("http://", "https://")):
            joined = href
        elif href.startswith("//"):
            joined = f"{self.scheme}:{href}"
        elif href.startswith("./") and "/." not in href[1:]:
            joined = self.directory + href[2:]
        elif "/." in href or href[0] in ".?;" or ":" in href.split("/", 1)[0]:
            joined = self._slow(href)
        elif href[0] == "/":
            joined = self.origin + href
        else:
            joined = self.directory + href
        if not joined.startswith(("http://", "https://", "HTTP://", "HTTPS://")):
            return None
        return joined.split("#", 1)[0]

    def _slow(self, href: str) -> str:
        try:
            return urljoin(self.base, href)
        except ValueError:
            return ""


def absolute(base: str, href: str | None) -> str | None:
    """An http(s) URL for a link, or None for javascript:, mailto:, in-page anchors and junk."""
    return Resolver(base)(href)


def link_text(node: LexborNode, title: str | None = None, text: str | None = None) -> str:
    """What a reader sees of a link; the title attribute when the text is empty or cut (…)."""
    if text is None:
        text = node.text()
    if "\n" in text or "  " in text or "\t" in text or "\r" in text:
        text = " ".join(text.split())
    else:
        text = text.strip()
    if title is None:
        title = node.attributes.get("title")
    if not title:
        return text
    title = title.strip()
    if title and (not text or text.endswith(("...", "…", "..")) or len(title) > len(text) + 3):
        return title
    return text


_NOT_ELEMENTS = ("-text", "-comment")


def element_before(node: LexborNode) -> LexborNode | None:
    """The element just before `node` among its siblings (text and comments passed over)."""
    before = node.prev
    while before is not None and before.tag in _NOT_ELEMENTS:
        before = before.prev
    return before


def element_after(node: LexborNode) -> LexborNode | None:
    """The element just after `node` among its siblings (text and comments passed over)."""
    after = node.next
    while after is not None and after.tag in _NOT_ELEMENTS:
        after = after.next
    return after


def element_children(node: LexborNode) -> list[LexborNode]:
    """The element children of `node`, text and comments left out."""
    return [child for child in node.iter() if child.tag not in _NOT_ELEMENTS]


def one_element_child(node: LexborNode) -> bool:
    """`node` has exactly one element child (looked at no further than the second)."""
    elements = 0
    for child in node.iter():
        if child.tag not in _NOT_ELEMENTS:
            elements += 1
            if elements > 1:
                return False
    return elements == 1


def visible_fragments(
    node: LexborNode | None, unshown: frozenset[int] = frozenset()
) -> Iterator[str]:
    """Text nodes a reader would see, in document order (scripts, styles, comments skipped,
    and the text of `unshown` items: see `unshown_items`)."""
    if node is None:
        return
    for child in node.traverse(include_text=True, skip_empty=True):
        if not child.is_text_node:
            continue
        parent = child.parent
        if parent is not None and parent.tag in INVISIBLE:
            continue
        if unshown and parent is not None and _under_unshown(parent, unshown):
            continue
        value = child.text_content
        if value:
            yield value


def visible_text(node: LexborNode | None, separator: str = " ") -> str:
    """The visible text of a node, fragments joined by `separator`."""
    return separator.join(visible_fragments(node))


def read_links(tree: LexborHTMLParser, base_url: str) -> tuple[tuple[str, str], ...]:
    """(visible text, absolute URL) of every http(s) link, each URL once, in page order.

    A link the page hides inline (`unshown_items`) keeps its URL, to be checked like any,
    but shows no text: a menu item taken off the menu names nothing a reader sees.
    At most MAX_LINKS: no portal page has more, and a link farm must not stall a run.
    """
    resolve = Resolver(base_of(tree, base_url))
    unshown = unshown_items(tree)
    seen: dict[str, int] = {}
    out: list[tuple[str, str]] = []
    for node in tree.css("a[href], area[href]")[: MAX_LINKS * 2]:
        attrs = node.attributes
        url = resolve(attrs.get("href")) or local_file_url(attrs.get("href"))
        if url is None:
            continue
        place = seen.get(url)
        if place is not None:
            if _says_little(out[place][0]):  # 更多>> first, 工作动态 later: keep the name
                text = _shown_text(node, attrs, unshown)
                if not _says_little(text):
                    out[place] = (text, url)
            continue
        if len(out) >= MAX_LINKS:
            break
        seen[url] = len(out)
        out.append((_shown_text(node, attrs, unshown), url))
    return tuple(out)


# A link or its wrapper hidden by its own markup: `style="display:none"` or `hidden`.
_INLINE_HIDDEN = (
    'a[href][style*="none" i], a[href][hidden], [style*="none" i] > a[href], [hidden] > a[href]'
)
_DISPLAY_NONE = re.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.I)
_HANDLERS = ("onclick", "onmouseover", "onmouseenter", "onfocus")


def unshown_items(tree: LexborHTMLParser) -> frozenset[int]:
    """Menu items a page hides in their own markup and nothing opens (by `mem_id`): a link
    with `style="display:none"` or `hidden`, or the `li` (any wrapper) holding only that link.

    Only the item itself: a drop-down `<ul>` hidden around several items is a menu a hover
    opens, whether CSS or a script opens it. An item whose id or class a script or handler
    names, or beside a control (a handler on it, its parent or the element before it; a link
    just before it), may be opened too, and counts as shown."""
    found: set[int] = set()
    scripts: str | None = None
    for link in tree.css(_INLINE_HIDDEN):
        holder = link if _hides_itself(link) else link.parent
        if holder is None or holder.mem_id in found:
            continue
        if holder is not link and (not _hides_itself(holder) or len(holder.css("a")) != 1):
            continue
        if _beside_a_control(holder):
            continue
        if scripts is None:
            scripts = " ".join(
                [
                    *(s.text() or "" for s in tree.css("script")),
                    *(
                        n.attributes.get(h) or ""
                        for n in tree.css(", ".join(f"[{h}]" for h in _HANDLERS))
                        for h in _HANDLERS
                    ),
                ]
            )
        if _named_in(holder, scripts):
            continue
        found.add(holder.mem_id)
    return frozenset(found)


# A script framework's binding that shows an element when its state says so (avalon, Vue,
# Angular, Alpine): the element is a panel of the page's application, not taken off the page.
SHOWING_BINDINGS = (
    "ms-visible",
    "ms-if",
    "v-show",
    "v-if",
    "ng-show",
    "ng-if",
    "data-ng-show",
    "x-show",
)


def bound_to_show(node: LexborNode) -> bool:
    """The element carries a framework binding that shows it (`ms-visible`, `v-show` …)."""
    attrs = node.attributes
    return any(name in attrs for name in SHOWING_BINDINGS)


def _hides_itself(node: LexborNode) -> bool:
    attrs = node.attributes
    return "hidden" in attrs or bool(_DISPLAY_NONE.search(attrs.get("style") or ""))


def _beside_a_control(holder: LexborNode) -> bool:
    if bound_to_show(holder):
        return True
    around = [holder, holder.parent, element_before(holder)]
    if any(n is not None and any(h in n.attributes for h in _HANDLERS) for n in around):
        return True
    before = element_before(holder)
    return before is not None and before.tag == "a"


def _named_in(holder: LexborNode, scripts: str) -> bool:
    attrs = holder.attributes
    names = [(attrs.get("id") or "").strip(), *(attrs.get("class") or "").split()]
    return any(name and name in scripts for name in names)


def _under_unshown(node: LexborNode, unshown: frozenset[int]) -> bool:
    """`node` or one of the three elements around it is an unshown item (an item holds one
    link: `li > a > span` is as deep as its text goes)."""
    above: LexborNode | None = node
    for _ in range(4):
        if above is None:
            return False
        if above.mem_id in unshown:
            return True
        above = above.parent
    return False


_LOCAL_FILE = re.compile(r"^\s*(?:file:|[a-zA-Z]:[\\/]|\\\\)", re.I)


def local_file_url(href: str | None) -> str | None:
    """A link to a file on the author's own computer (file:///C:/…, C:\\…, \\server\\…), as a
    file: URL: an editor pasted it, and no reader can open it."""
    if not href or not _LOCAL_FILE.match(href):
        return None
    path = href.strip().replace("\\", "/")
    if path.lower().startswith("file:"):
        return "file:" + path[5:]
    return "file:///" + path.lstrip("/") if path[1:2] == ":" else "file:" + path


_LITTLE = frozenset({"", "更多", "more", "更多>>", ">>", "more>>", "详细", "查看更多", "+"})


def _says_little(text: str) -> bool:
    """A link text that names nothing: empty, or a 更多/more arrow."""
    return text.strip().lower().rstrip(".。>》»+ ").rstrip() in _LITTLE or len(text) > 200


def _shown_text(
    node: LexborNode, attrs: dict[str, str | None], unshown: frozenset[int] = frozenset()
) -> str:
    """The link's text, title attribute, or the alt text of its image (image-only links) —
    the image's title when it has no alt, its accessible name then; nothing for an item the
    page hides."""
    if unshown and _under_unshown(node, unshown):
        return ""
    text = link_text(node, attrs.get("title"))
    if not text:
        image = node.css_first("img[alt], img[title]")
        if image is not None:
            named = image.attributes
            text = (named.get("alt") or named.get("title") or "").strip()
        elif node.tag == "area":
            text = (attrs.get("alt") or "").strip()
    return text


def read_meta(tree: LexborHTMLParser) -> dict[str, str]:
    """Named meta tags (指引 names in canonical case); the first of a repeated name wins."""
    out: dict[str, str] = {}
    for node in tree.css("meta[name], meta[property]"):
        attrs = node.attributes
        name = (attrs.get("name") or attrs.get("property") or "").strip()
        content = (attrs.get("content") or "").strip()
        if not name or not content:
            continue
        name = _CANONICAL.get(name.lower(), name)
        out.setdefault(name, content)
    return out
