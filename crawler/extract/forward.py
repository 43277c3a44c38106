"""Pages that hand the reader on to another page: meta refresh, script redirects, frames.

Government CMSs publish many column URLs as a stub: `index.html` holding only
`<meta http-equiv="refresh" content="0;url=list_1.html">`, a one-line
`location.href = '…'` script, or a frame around the real list. The column's
content is on the page the stub forwards to; reading the stub itself would
find no list and call a healthy column unreadable or empty.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from crawler.extract.page import absolute, base_of, visible_text

# A refresh's `content` as browsers read it (WHATWG "shared declarative refresh steps"): a
# delay whose fractional part is skipped (`0.1`, `.5`), then `url=` and the target, or after a
# `;`/`,` a bare target. A bare `url=` names nothing: it is not a page called "url=".
_REFRESH = re.compile(
    r"""^\s*(?P<delay>\d*(?:\.[\d.]*)?)\s*(?P<sep>[;,]?)\s*
    (?:(?P<key>url\s*=\s*)|(?!url\s*=))['"]?(?P<url>[^'"\s>]+)""",
    re.IGNORECASE | re.VERBOSE,
)
_SCRIPT_GO = re.compile(
    r"(?:window\.|self\.|top\.|document\.)?location(?:\.href)?\s*=\s*['\"]([^'\"]+)['\"]"
    r"|location\.(?:replace|assign)\(\s*['\"]([^'\"]+)['\"]\s*\)",
)
_STUB_TEXT = 200  # visible characters: a forwarding stub says little more than 正在跳转
# A script that is nothing but the redirect (a TRS 栏目首页 sending the reader to its first
# child column keeps the site's chrome around it). A redirect inside a condition or a
# function (a mobile switch, an onclick helper) is not one every reader meets.
_SOLE_GO = re.compile(
    r"^\s*(?:<!--)?\s*(?:(?:window\.|self\.|top\.|document\.)?location(?:\.href)?\s*=\s*"
    r"['\"]([^'\"]+)['\"]|(?:window\.|self\.|top\.|document\.)?location\.(?:replace|assign)"
    r"\(\s*['\"]([^'\"]+)['\"]\s*\))\s*;?\s*(?://\s*-->)?\s*$"
)


def forwarded_to(
    tree: LexborHTMLParser, url: str, refresh: str | None = None
) -> tuple[str, str] | None:
    """(target URL, how) when the page is a stub forwarding the reader elsewhere; `refresh`
    is the answer's HTTP Refresh header, which browsers follow as a meta refresh."""
    base = base_of(tree, url)
    if refresh and (found := refresh_target(refresh)):
        target = absolute(base, found)
        if target and target != url:
            return target, "Refresh header"
    for meta in tree.css("meta[http-equiv]"):
        if (meta.attributes.get("http-equiv") or "").strip().lower() != "refresh":
            continue
        found = refresh_target(meta.attributes.get("content") or "")
        target = absolute(base, found) if found else None
        if target and target != url:
            return target, "meta refresh"
    if len(visible_text(tree.body)) > _STUB_TEXT:
        # A page with content of its own is read as it is — unless a script that does nothing
        # else sends the reader on, or its list lives in a frame of the same site (the
        # template's chrome around an iframe holding the list).
        for script in tree.css("script"):
            match = _SOLE_GO.match(script.text() or "")
            if match:
                target = absolute(base, match.group(1) or match.group(2))
                if target and target != url and _same_site(target, url):
                    return target, "script redirect"
        target = _content_frame(tree, base, url)
        return (target, "frame") if target and _same_site(target, url) else None
    for script in tree.css("script"):
        match = _SCRIPT_GO.search(script.text() or "")
        if match:
            target = absolute(base, match.group(1) or match.group(2))
            if target and target != url:
                return target, "script redirect"
    target = _content_frame(tree, base, url)
    return (target, "frame") if target else None


def refresh_target(content: str) -> str | None:
    """The address a meta refresh or a Refresh header sends the reader to, as written; None
    for a plain reload (`600`). A bare address needs a delay and a separator before it, as
    `0;list_1.html`; `url=` may stand alone, as lenient pages write it."""
    match = _REFRESH.match(content)
    if match is None:
        return None
    if match["key"] is None and not (match["delay"] and match["sep"]):
        return None
    return match["url"]


MAX_FRAMES = 4  # a subpage's frames read for what it shows (a menu, a banner, the list)


def same_site_frames(tree: LexborHTMLParser, url: str, *skip: str) -> tuple[str, ...]:
    """The pages of the same site a page shows in frames, iframes or objects (`skip`: one
    already followed): a subpage's menu frame shows its categories as much as its body does."""
    base = base_of(tree, url)
    found: dict[str, None] = {}
    for frame in tree.css(_FRAMES):
        source = frame.attributes.get("data" if frame.tag == "object" else "src") or ""
        if frame.tag in ("object", "embed") and not _looks_like_page(frame, source):
            continue
        target = absolute(base, source)
        if target and target != url and target not in skip and _same_site(target, url):
            found[target] = None
            if len(found) >= MAX_FRAMES:
                break
    return tuple(found)


_CHROME_FRAME = re.compile(r"top|head|banner|nav|menu|left|foot|bottom|blank|logo", re.I)
_CONTENT_FRAME = re.compile(r"main|content|right|body|list|center|zw", re.I)


def _frame_size(frame: LexborNode) -> float:
    """The share a frameset gives the frame (`rows="0,*"`: 0 for the first), else 1."""
    parent = frame.parent
    if parent is None or parent.tag != "frameset":
        attrs = frame.attributes
        sizes = ((attrs.get("width") or "").strip(), (attrs.get("height") or "").strip())
        return 0.0 if "0" in sizes else 1.0
    spec = parent.attributes.get("rows") or parent.attributes.get("cols") or ""
    parts = [p.strip() for p in spec.split(",")]
    position = [c for c in parent.iter() if c.tag in ("frame", "frameset")].index(frame)
    if position >= len(parts) or not parts[position]:
        return 1.0
    part = parts[position].rstrip("%")
    if part.endswith("*"):
        return 1000.0  # the rest of the window
    try:
        return float(part)
    except ValueError:
        return 1.0


_FRAMES = "iframe[src], frame[src], object[data], embed[src]"
_NOT_PAGES = re.compile(r"\.(swf|pdf|mp4|flv|mp3|wmv|avi|docx?|xlsx?|jpe?g|png|gif)(\?|$)", re.I)


def _looks_like_page(node: LexborNode, source: str) -> bool:
    """An <object>/<embed> that includes an HTML page (some templates include lists so)."""
    kind = (node.attributes.get("type") or "").lower()
    return (not kind or "html" in kind) and not _NOT_PAGES.search(source)


def _same_site(target: str, url: str) -> bool:
    def host(u: str) -> str:
        return (urlsplit(u).hostname or "").lower().removeprefix("www.")

    return host(target) == host(url)


def _content_frame(tree: LexborHTMLParser, base: str, url: str) -> str | None:
    """The frame holding the page's content: not a zero-size one, not a banner or a menu.

    A frameset column (`rows="0,*"` with a blank first frame, or top/left/main
    frames) shows its list in the largest frame, usually named main/content.
    """
    best: tuple[float, int, str] | None = None
    for order, frame in enumerate(tree.css(_FRAMES)):
        source = frame.attributes.get("data" if frame.tag == "object" else "src") or ""
        if frame.tag in ("object", "embed") and not _looks_like_page(frame, source):
            continue  # a video, a Flash banner, a PDF viewer
        target = absolute(base, source)
        if not target or target == url:
            continue
        size = _frame_size(frame)
        if size <= 0:
            continue
        names = " ".join(filter(None, (frame.attributes.get("name"), frame.attributes.get("id"))))
        hint = names + " " + (frame.attributes.get("src") or "")
        weight = size * (4.0 if _CONTENT_FRAME.search(names) else 1.0)
        if _CHROME_FRAME.search(hint) and not _CONTENT_FRAME.search(names):
            weight *= 0.1
        if best is None or weight > best[0]:
            best = (weight, -order, target)
    return best[2] if best else None


# A list page saying it is not the first: 当前第2页/共3页, 第 2 页 共 3 页, and TRS WCM's pager
# script `createPageHTML(count, current, "index", "html")`, whose current page counts from 0.
_PAGE_N = re.compile(
    r"(?:当前)?第\s*(\d{1,4})\s*页\s*[/／,，]?\s*共\s*\d{1,5}\s*页|当前第\s*(\d{1,4})\s*页"
)
_TRS_PAGER = re.compile(
    r"createPageHTML\(\s*(?:['\"][^'\"]*['\"]\s*,\s*)?(\d{1,5})\s*,\s*(\d{1,5})\s*,"
    r"\s*['\"]([\w.-]+)['\"]\s*,\s*['\"](\w+)['\"]"
)
_FIRST_PAGE_WORDS = frozenset({"首页", "第一页", "首 页", "«首页", "<<首页", "|<首页"})


def first_list_page(tree: LexborHTMLParser, url: str) -> str | None:
    """The first page of the list when this column page says it is a later one (a
    configured `index_1.html`, TRS's second page): RULES.md dates a column by its first list
    page. Its 首页 link in the same folder, or the page its TRS pager names; None when the
    page is the first or does not say."""
    folder = url[: url.rfind("/") + 1]
    for script in tree.css("script"):
        text = script.text() or ""
        if "createPageHTML" not in text or (pager := _TRS_PAGER.search(text)) is None:
            continue
        if int(pager[2]) == 0:
            return None
        target = absolute(base_of(tree, url), f"{pager[3]}.{pager[4]}")
        return target if target and target != url and target.startswith(folder) else None
    shown = tree.body.text() if tree.body is not None else ""  # in C; a pager's script's too
    said = _PAGE_N.search(shown) if "页" in shown and "第" in shown else None
    if said is None or int(said[1] or said[2]) <= 1:
        return None
    base = base_of(tree, url)
    for link in tree.css("a[href]"):
        if "".join(link.text().split()) not in _FIRST_PAGE_WORDS:
            continue
        target = absolute(base, link.attributes.get("href"))
        if target and target != url and target.startswith(folder):
            return target
    return None
