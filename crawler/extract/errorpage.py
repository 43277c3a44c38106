"""Pages that answer 200 but are not the page asked for (soft 404s, redirects home).

Government CMSs often answer a deleted column with a 200 "页面不存在" page, or
redirect it to the portal's home page. Reading such a page as the column
would make a removed column look empty (a wrong kind of fail) or, worse, as
fresh as the home page (a missed problem); it is an unreachable column.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from crawler.extract.page import visible_text

_ERROR_WORDS = re.compile(
    r"页面不存在|页面未找到|网页不存在|无法找到该页|找不到(该|此|您要访问的)?页面"
    r"|您访问的页面(已删除|不存在)|文章不存在|信息不存在|栏目不存在|该栏目已(撤销|删除)"
    r"|404\s*(not found|错误|页面)|page not found|页面已失效|链接已失效",
    re.IGNORECASE,
)
_HOME_PATH = re.compile(r"^/?(index|default)?(\.(s?html?|jsp|php|aspx?))?$", re.IGNORECASE)
_SHORT_PAGE = 1500  # visible characters; a real column page with its chrome is longer


def error_page_reason(tree: LexborHTMLParser) -> str | None:
    """Why the page is an error page in disguise, or None when it reads as a real page."""
    title = tree.css_first("title")
    title_text = title.text(strip=True) if title is not None else ""
    if _ERROR_WORDS.search(title_text):
        return f"soft 404: title {title_text[:40]!r}"
    body = visible_text(tree.body)
    if len(body) > _SHORT_PAGE:
        return None
    for link in tree.css("a"):  # list titles are links; the error message is not
        text = link.text(strip=True)
        if text:
            body = body.replace(text, " ")
    if match := _ERROR_WORDS.search(body):
        return f"soft 404: page says {match.group(0)!r}"
    return None


def _site(netloc: str) -> str:
    """The host a reader would call the same site: case, www. and port aside."""
    host = netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0]
    return host.removeprefix("www.")


def redirected_home(requested: str, final: str) -> bool:
    """A deep URL that ended on its own site's root page: the column was removed.

    Landing on the root of another host is not judged so: a department's
    pages moved to its own site (jyj.x.gov.cn) are a move, not a removal.
    """
    asked, landed = urlsplit(requested), urlsplit(final)
    if _site(asked.netloc) != _site(landed.netloc):
        return False
    return not _HOME_PATH.match(asked.path) and bool(_HOME_PATH.match(landed.path))
