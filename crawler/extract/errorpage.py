"""Pages that answer 200 but are not the page asked for (soft 404s, redirects home).

Government CMSs often answer a deleted column with a 200 "页面不存在" page, or
redirect it to the portal's home page. Reading such a page as the column
would make a removed column look empty (a wrong kind of fail) or, worse, as
fresh as the home page (a missed problem); it is an unreachable column.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from crawler.extract.page import visible_text

_ERROR_WORDS = re.compile(
    r"页面不存在|页面未找到|网页不存在|无法找到该页|找不到(该|此|您要访问的)?页面"
    r"|您访问的页面(已删除|不存在)|文章不存在|信息不存在|栏目不存在|该栏目已(撤销|删除)"
    r"|404\s*(not found|错误|页面)|page not found|页面已失效|链接已失效|(页面|网页)找不回来了",
    re.IGNORECASE,
)
# What a removed page or a closed site says in its body. Not looked for in titles: an
# article may be titled 关于某网站已关闭的公告.
_GONE_WORDS = re.compile(
    r"(页面|信息|内容|文章|网页)(已被?删除|不存在或已被?删除)|已被删除或不存在"
    r"|(该|本)(站点|网站)已经?(关闭|停止服务|暂停访问)|本站已经?(关闭|停止服务)|该站点关闭"
)
# What a help text says of a page that might not exist (如您访问的页面不存在，请…): a tip, not
# the page's own message. Words of the future (期间, 将) make a notice, not a closed site.
_CONDITIONAL = re.compile(r"(如|如果|若|假如|倘若|如遇|一旦|期间|将)[^，。！,.!]{0,12}$")
# A site under maintenance says so on a page of its own and little else: only a bare page
# counts (a column's notice box may mention maintenance beside its list).
_MAINTENANCE = re.compile(r"(系统|网站|站点)(正在)?(升级)?维护中|正在(升级)?维护|升级维护")
_BARE_PAGE = 300
_BARE_LINKS = 5
_HOME_PATH = re.compile(r"^/?(index|default)?(\.(s?html?|jsp|php|aspx?))?$", re.IGNORECASE)
_SHORT_PAGE = 1500  # visible characters; a real column page with its chrome is longer
# What a server-side script or database error prints in place of the page (classic ASP
# answers 200 once its buffer has flushed, PHP and ASP.NET often do too): a 5xx whatever the
# status line says. Each names the engine, an error code, or the script's line.
_SERVER_ERROR = re.compile(
    r"Microsoft VBScript\s*(运行时|编译器)\s*错误|Microsoft VBScript (runtime|compilation) error"
    r"|ADODB\.(Recordset|Connection|Command|Field|Stream)\s*(错误|error)"
    r"|Microsoft OLE DB Provider for [^'\n]{1,40}?(错误|error)"
    r"|Microsoft JET Database Engine\s*(错误|error)"
    r"|(错误|error)\s*['‘’]8[0-9a-f]{7}['‘’]"
    r"|HTTP\s*500(\.\d+)?\s*-\s*(内部服务器错误|Internal Server Error)"
    r"|['\"“‘]/[^'\"”’\s]*['\"”’]\s*应用程序中的服务器错误|Server Error in '/[^'\s]*' Application"
    r"|\b(Fatal|Parse) error\s*:.{0,300}? on line\s*\d+"
    r"|\bWarning\s*:\s*mysqli?_(p?connect|query|select_db|fetch_\w+)\s*\(\)",
    re.IGNORECASE,
)
# An error page's whole title (IIS's 无法显示网页, ASP.NET's 运行时错误): an article about an
# error is titled with a sentence, never with the bare phrase.
_SERVER_ERROR_TITLE = re.compile(
    r"无法显示网页|该页无法显示|the page cannot be displayed|运行时错误|runtime error"
    r"|(HTTP\s*)?(错误\s*)?500(\.\d+)?\s*[-–:：]?\s*(内部服务器错误|internal server error)"
    r"|内部服务器错误|internal server error|服务器错误|server error",
    re.IGNORECASE,
)
# A server error opens the page's text (links' texts out): what comes before it is at most a
# short phrase (the chrome's box titles and dates, a 出错了 banner), never an article's title,
# date line and prose.
_LEAD = 80
_SENTENCE = re.compile(r"[。！？；，,;!?]")
# A quotation of an error (部分用户访问时出现“ADODB.Recordset 错误…”提示) is an article about it.
_QUOTED = re.compile(r"([“「『《\"']|出现|提示|显示|报错|返回|弹出)\s*$")


BODY_SAYS = "soft 404: page says"  # a reason read from the body, not from the title


def error_page_reason(tree: LexborHTMLParser) -> str | None:
    """Why the page is an error page in disguise, or None when it reads as a real page."""
    title = tree.css_first("title")
    title_text = title.text(strip=True) if title is not None else ""
    if _ERROR_WORDS.search(title_text):
        return f"soft 404: title {title_text[:40]!r}"
    if _SERVER_ERROR_TITLE.fullmatch(title_text):
        return f"server error: title {title_text[:40]!r}"
    body = visible_text(tree.body)
    if error := _server_error_opens(tree, body, title_text):
        return f"{BODY_SAYS} {error!r} (a server-side error)"
    if len(body) > _SHORT_PAGE:
        return None
    bare = len(body.strip()) <= _BARE_PAGE and len(tree.css("a[href]")) <= _BARE_LINKS
    body = _without_link_texts(tree, body)
    if match := _says_gone(body):
        return f"{BODY_SAYS} {match.group(0)!r}"
    if bare and (match := _MAINTENANCE.search(body)):
        return f"not the page: it says {match.group(0)!r}"
    return None


_LOGIN_WORDS = re.compile(r"登录|登陆|统一身份认证|身份认证|用户认证|login|sign\s*in", re.I)
_LOGIN_PATH = re.compile(r"/(sso|cas|login|signin|passport|auth|uc/login|oauth)\b", re.I)


def login_page(tree: LexborHTMLParser, url: str) -> bool:
    """A sign-in form (统一身份认证) in place of the page: the public cannot read what the
    column shows. A login box in a sidebar is no such page: the page itself must say so in
    its title or its address."""
    if tree.css_first("input[type=password]") is None:
        return False
    title = tree.css_first("title")
    said = title.text(strip=True) if title is not None else ""
    return bool(_LOGIN_WORDS.search(said) or _LOGIN_PATH.search(urlsplit(url).path))


_SHELL_TEXT = 40  # visible characters of an application shell (a title bar at most)


def script_shell(tree: LexborHTMLParser) -> bool:
    """A page a script builds from nothing (`<div id="app"></div>` and bundles, 请开启
    JavaScript): without running the scripts there is nothing to read, so its categories and
    lists can be neither seen nor missed."""
    body = tree.body
    if body is None or body.css_first("a[href]") is not None:
        return False
    if tree.css_first("script[src]") is None:
        return False
    mounts = [n for n in body.css("#app, #root, [data-v-app]") if not n.text(strip=True)]
    if body.css_first("noscript") is None and not mounts:
        return False  # a short page with a script is still a page
    shown = len("".join(visible_text(body, "").split()))
    notice = sum(len("".join(n.text().split())) for n in body.css("noscript"))
    return shown - notice <= _SHELL_TEXT


def gone_in_chrome(tree: LexborHTMLParser) -> str | None:
    """A removed page rendered inside the site's full chrome (TRS, JCMS): the error message
    in the body, however long the chrome around it. Asked only of a column page whose only
    list is a side box — a page with a list of its own is never judged so."""
    body = _without_link_texts(tree, visible_text(tree.body))
    match = _says_gone(body) or _server_error(body)
    return f"{BODY_SAYS} {match.group(0)!r} (in the site's chrome)" if match else None


def _without_link_texts(tree: LexborHTMLParser, body: str) -> str:
    """The body's text with the links' texts taken out: list titles are links (关于…页面
    不存在问题的说明), the error message is not."""
    for link in tree.css("a"):
        text = link.text(strip=True)
        if text:
            body = body.replace(text, " ")
    return body


def _says_gone(body: str) -> re.Match[str] | None:
    return _stated(_ERROR_WORDS, body) or _stated(_GONE_WORDS, body)


def _server_error(body: str) -> re.Match[str] | None:
    """The first server-error signature the text states, not quoting it (出现“…”提示)."""
    return _stated(_SERVER_ERROR, body, unless=_QUOTED)


# Words each server-error signature holds (all of them, for a tuple): a page holding none is
# not searched with the full pattern, which costs a millisecond on a long page.
_SERVER_HINTS = (
    ("vbscript",),
    ("adodb",),
    ("ole db",),
    ("jet database",),
    ("错误",),
    ("error",),
    ("http", "500"),
    ("mysql",),
)


def _may_say_server_error(body: str) -> bool:
    low = body.lower()
    return any(all(word in low for word in words) for words in _SERVER_HINTS)


def _server_error_opens(tree: LexborHTMLParser, body: str, title: str) -> str | None:
    """A server-error signature the page opens with, whatever its length (an ASP.NET page's
    stack trace runs long): at most a short phrase before it, and no sentence. A page whose
    title names the error is an article about it (…错误 '800a0bcd' 的处理办法)."""
    if not _may_say_server_error(body) or _SERVER_ERROR.search(body) is None:
        return None  # most pages: no link texts taken out
    text = _without_link_texts(tree, body)
    match = _server_error(text)
    if match is None or _SERVER_ERROR.search(title):
        return None
    lead = "".join(text[: match.start()].split())
    if len(lead) > _LEAD or _SENTENCE.search(lead):
        return None
    return match.group(0)


def _stated(
    words: re.Pattern[str], text: str, unless: re.Pattern[str] | None = None
) -> re.Match[str] | None:
    """The first of `words` the text states as a fact, not inside a condition (如您访问的
    页面不存在) or a notice of what will be (维护期间本网站暂停访问) — nor, with `unless`,
    after what else makes it no statement of the page's own (a quotation)."""
    for match in words.finditer(text):
        before = text[max(0, match.start() - 16) : match.start()]
        if not _CONDITIONAL.search(before) and not (unless and unless.search(before)):
            return match
    return None


def _site(netloc: str) -> str:
    """The host a reader would call the same site: case, www. and port aside."""
    host = netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0]
    return host.removeprefix("www.")


def is_home(url: str, homes: Collection[str]) -> bool:
    """The portal's home page: one of `homes`, or the root page (/, /index.html) of a
    home's site."""
    if url in homes:
        return True
    parts = urlsplit(url)
    return bool(_HOME_PATH.match(parts.path)) and any(
        _site(urlsplit(home).netloc) == _site(parts.netloc) for home in homes
    )


def redirected_home(requested: str, final: str) -> bool:
    """A deep URL that ended on its own site's root page: the column was removed.

    Landing on the root of another host is not judged so: a department's
    pages moved to its own site (jyj.x.gov.cn) are a move, not a removal.
    """
    asked, landed = urlsplit(requested), urlsplit(final)
    if _site(asked.netloc) != _site(landed.netloc):
        return False
    return not _HOME_PATH.match(asked.path) and bool(_HOME_PATH.match(landed.path))
