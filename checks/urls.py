"""URL comparison and link classification, pure: the same rules decide which targets the
crawler checks and which links a unit is held responsible for."""

from __future__ import annotations

import re
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_INDEX_PAGES = ("index.html", "index.htm", "index.shtml")
SKIPPED_SCHEMES = ("javascript", "mailto", "tel")
# An absolute http(s) URL that urljoin would hand back unchanged: lower-case scheme, a plain
# ASCII host, no fragment, no `;params`, no whitespace (urlsplit drops tabs and newlines).
# Almost every link the crawler reads is one; the rest take the general path.
# `http://` and nothing after (what a CMS's link dialog saves when no address is typed).
_NO_HOST = re.compile(r"https?:/{2,}", re.I)
_PLAIN_ABSOLUTE = re.compile(r"https?://[A-Za-z0-9._~%!$&'()*+,=:@-]+(?:[/?][^#;\s]*)?")


def _netloc(scheme: str, host: str, port: int | None, userinfo: str) -> str:
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    return f"{userinfo}@{netloc}" if userinfo else netloc


def normalise_url(url: str) -> str:
    """Same page, same string: scheme and host case, default port, trailing `index.html` or
    `/` and the fragment do not make two URLs different (`gzdt/` is `gzdt/index.html`)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").rstrip(".")
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    path = parts.path
    for index in _INDEX_PAGES:
        if path.lower().endswith("/" + index):
            path = path[: -len(index)]
            break
    path = path.rstrip("/")
    return urlunsplit((scheme, _netloc(scheme, host, port, userinfo), path, parts.query, ""))


def page_key(url: str) -> str:
    """`normalise_url`, and what names the same page however written: the query's
    parameters in any order (`?cid=12&page=1` is `?page=1&cid=12`) and the letter case of
    the path and of the parameters' names (an IIS site's `List.aspx?ClassID=3` is its
    `list.aspx?classid=3`), not of their values (`?cid=Qa7T` is no `?cid=qA7t`). For
    telling whether a page links a configured column, not for fetching: a case-sensitive
    server seldom holds two pages whose paths differ only in case."""
    parts = urlsplit(normalise_url(url.replace("&amp;", "&")))  # copied from HTML source
    pairs = [(n.lower(), sign, value) for n, sign, value in
             (p.partition("=") for p in parts.query.split("&") if p)]
    # A list's first page is the list: `?cid=2&page=1` is `?cid=2`, whichever a menu writes.
    pairs = [(n, sign, v) for n, sign, v in pairs if not (n in _PAGE_NUMBER and v == "1")]
    if _JCMS_COLUMN.search(parts.path):
        # 大汉 JCMS: the path names the column, and `uid` the list module on it, which a
        # pager's links add (`/col/col7031/index.html?uid=5678&pageNum=1`). Elsewhere `uid`
        # may name the unit (`list.aspx?uid=31&cid=2`): another unit's list is another page.
        pairs = [(n, sign, v) for n, sign, v in pairs if n != "uid"]
    query = "&".join(sorted(f"{name}{sign}{value}" for name, sign, value in pairs))
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.lower(), query, ""))


_JCMS_COLUMN = re.compile(r"/col/col\d+(?:/(?:index\.[a-z]+)?)?$", re.I)

# Parameters a pager numbers its pages with.
_PAGE_NUMBER = frozenset(
    {"pagenum", "page", "pageno", "pageindex", "currpage", "currentpage", "curpage", "pn"}
)


def without_fragment(url: str) -> str:
    """The resource a link asks for: the fragment never reaches the server."""
    return url.split("#", 1)[0]


def has_no_address(href: str) -> bool:
    """`http://` with nothing after: a link no reader can open."""
    return _NO_HOST.fullmatch(href) is not None


def link_target(page_url: str, href: str) -> tuple[str | None, str]:
    """The URL to check for a link on `page_url`, or None and why it is skipped.

    Skipped: `javascript:`, `mailto:`, `tel:` and other non-http schemes, and in-page
    anchors (`#top`, or the page's own URL plus a fragment)."""
    href = href.strip(URL_SPACE)
    if not href:
        return None, "empty"
    if _PLAIN_ABSOLUTE.fullmatch(href) and not href.endswith("?"):
        return as_requested(href), ""  # what the general path answers for it, ~20× sooner
    if href.startswith("#"):
        return None, "anchor"
    if has_no_address(href):
        return href, ""  # the address an editor's link dialog leaves empty: broken for all
    absolute = urljoin(page_url, href)
    scheme = urlsplit(absolute).scheme.lower()
    if scheme in SKIPPED_SCHEMES:
        return None, scheme
    if scheme == "file":
        return absolute, ""  # a file on the author's computer: broken for every reader
    if scheme not in ("http", "https"):
        return None, f"scheme {scheme or '(none)'}"
    target = without_fragment(absolute)
    if "#" in absolute and normalise_url(target) == normalise_url(page_url):
        return None, "anchor"
    return as_requested(target), ""


# What a browser strips from the ends of an address (the URL standard: C0 controls and space),
# and no more: a trailing no-break or full-width space pasted from Word stays part of it,
# and the browser asks for `c.html%C2%A0`.
URL_SPACE = "".join(map(chr, range(0x21)))
_PERCENT = re.compile(r"%[0-9a-f]{2}", re.I)
_PATH_SAFE = "/%:@!$&'()*+,;=~-._"  # what a path keeps as it is; the rest is percent-encoded


def as_requested(url: str) -> str:
    """An http(s) URL as a browser requests it: one target however it was written.

    The path's dot segments are removed (`bszn/../bszn/a.html` is `bszn/a.html`; urljoin
    leaves an absolute URL's as they are), its non-ASCII is percent-encoded in UTF-8 (a raw
    `统计公报.pdf` and its `%E7%BB%9F…` spelling are one file) and escapes are upper-cased.
    The query is kept as written: a browser encodes its non-ASCII in the page's encoding
    (GBK on many old portals), which a pure function cannot know."""
    if url.isascii() and "/." not in url and "%" not in url:
        return url  # nearly every link: nothing to do
    parts = urlsplit(url)
    path = parts.path
    if "/." in path:
        path = _without_dot_segments(path)
    if not path.isascii():
        path = quote(path, safe=_PATH_SAFE)
    if "%" in path:
        path = _PERCENT.sub(lambda m: m.group().upper(), path)
    if path == parts.path:
        return url
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))


def _without_dot_segments(path: str) -> str:
    """RFC 3986 §5.2.4: `.` and `..` segments resolved; `..` never climbs above the root."""
    segments = path.split("/")
    kept: list[str] = []
    for number, segment in enumerate(segments):
        last = number == len(segments) - 1
        if segment in (".", ".."):
            if segment == ".." and len(kept) > 1:
                kept.pop()
            if last:
                kept.append("")  # `a/b/..` is the directory `a/`
            continue
        kept.append(segment)
    return "/".join(kept)
