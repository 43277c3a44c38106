"""Pages that hand the reader on to another page: meta refresh, script redirects, frames.

Government CMSs publish many column URLs as a stub: `index.html` holding only
`<meta http-equiv="refresh" content="0;url=list_1.html">`, a one-line
`location.href = '…'` script, or a frame around the real list. The column's
content is on the page the stub forwards to; reading the stub itself would
find no list and call a healthy column unreadable or empty.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from crawler.extract.page import absolute, base_of, visible_text

_REFRESH_URL = re.compile(r"^\s*\d*\s*[;,]?\s*url\s*=\s*['\"]?([^'\"\s>]+)", re.IGNORECASE)
_SCRIPT_GO = re.compile(
    r"(?:window\.|self\.|top\.|document\.)?location(?:\.href)?\s*=\s*['\"]([^'\"]+)['\"]"
    r"|location\.(?:replace|assign)\(\s*['\"]([^'\"]+)['\"]\s*\)",
)
_STUB_TEXT = 200  # visible characters: a forwarding stub says little more than 正在跳转


def forwarded_to(tree: LexborHTMLParser, url: str) -> tuple[str, str] | None:
    """(target URL, how) when the page is a stub forwarding the reader elsewhere."""
    base = base_of(tree, url)
    for meta in tree.css("meta[http-equiv]"):
        if (meta.attributes.get("http-equiv") or "").strip().lower() != "refresh":
            continue
        match = _REFRESH_URL.match(meta.attributes.get("content") or "")
        target = absolute(base, match.group(1)) if match else None
        if target and target != url:
            return target, "meta refresh"
    if len(visible_text(tree.body)) > _STUB_TEXT:
        return None  # a page with content of its own is read as it is
    for script in tree.css("script"):
        match = _SCRIPT_GO.search(script.text() or "")
        if match:
            target = absolute(base, match.group(1) or match.group(2))
            if target and target != url:
                return target, "script redirect"
    for frame in tree.css("iframe[src], frame[src]"):
        target = absolute(base, frame.attributes.get("src"))
        if target and target != url:
            return target, "frame"
    return None
