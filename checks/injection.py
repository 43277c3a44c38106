"""content_injection: hidden links to other sites (暗链) and porn/gambling SEO phrase blocks
(RULES.md §3), judged on the blocks the extractor kept (`Fetched.blocks`).

A hidden block is injection when it links to a foreign site (not the portal's own hosts, not a
government host, not a trusted host) or carries an unexcused spam term. A panel (a slide, tab
or box the page's own controls show: placed `panel`) is no concealment, but a reader sees it:
injection when it links a foreign site and carries an unexcused spam term, or when a link's
text names an unexcused gambling or porn term. A visible block is
injection only when dense: at least three distinct terms, or two in a phrase list; a title or
description repeating one gambling or porn term is hijacked. A term near a context word (打击,
查处, 扫黄打非 …), or in the sentences of an article whose title names one, is reporting on spam,
not spam. One finding per page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from checks.lexicon import Lexicon
from checks.model import FAIL, Fetched, Finding, TextBlock
from checks.text import Converter, is_prose, looks_like_phrase_list

GOVERNMENT_SUFFIXES = ("gov.cn",)
SNIPPET = 200
VISIBLE_MIN_TERMS = 3  # distinct terms that make any visible block spam
LIST_MIN_TERMS = 2  # distinct terms that make a visible phrase list spam


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why one block is injection."""

    block: TextBlock
    phrases: tuple[str, ...]
    foreign_hosts: tuple[str, ...]


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def _under(host: str, domains: Iterable[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains if d)


def foreign_hosts(
    block: TextBlock, own_hosts: Iterable[str], lexicon: Lexicon
) -> tuple[str, ...]:
    """Hosts the block links to that are neither the portal's, nor government, nor trusted."""
    own = [h.lower().rstrip(".") for h in own_hosts]
    hosts = {host_of(url) for _text, url in block.links if not _shares(url, own)}
    return tuple(
        sorted(
            h
            for h in hosts
            if h
            and not _under(h, own)
            and not _under(h, GOVERNMENT_SUFFIXES)
            and not _under(h, lexicon.trusted_hosts)
        )
    )


def _shares(url: str, own: Sequence[str]) -> bool:
    """A share service's link handing it a page (人人网 `dialog/share?resourceUrl=`, 豆瓣
    `recommend/?url=`): a 分享到 box's, whichever service it names. The page is one of the
    site's own, or any when the service's own path says it shares (a template may write the
    site's production address). An injected link leads to its own site."""
    parts = urlsplit(url)
    if "http" not in parts.query:
        return False
    sharing = _SHARE_PATH.search(parts.path) is not None
    service = host_of(url)
    for name, value in parse_qsl(parts.query):
        if (
            name.lower() in _SHARED_PAGE
            and value.startswith(("http://", "https://"))
            and host_of(value) != service  # a site's own `/share/?url=<itself>` shares nothing
            and (sharing or _under(host_of(value), own))
        ):
            return True
    return False


_SHARE_PATH = re.compile(r"share|recommend|bookmark|/post|records\.php", re.I)
# The parameters a share service takes the shared page in; `?from=<our page>` is an affiliate
# link's referrer, not a page handed over.
_SHARED_PAGE = frozenset(
    {"url", "u", "resourceurl", "link", "href", "srcurl", "sourceurl", "shareurl", "uri", "rurl"}
)


HEAD_PLACES = ("title", "meta keywords", "meta description")
PANEL = "panel"  # the place of a hidden element the page's own controls show in turn
SPAM_CATEGORIES = frozenset({"gambling", "porn"})
HEAD_REPEATS = 2  # occurrences of one gambling or porn term that make a hijacked head


def judge_block(
    block: TextBlock,
    lexicon: Lexicon,
    own_hosts: Iterable[str],
    convert: Converter | None = None,
    *,
    reporting: bool = False,
) -> Verdict | None:
    """Injection or not, with the evidence; link texts count as text of the block.

    `reporting`: the page's title names a context word (反赌, 打击, 警方 …), so sentences in
    its body speak of the problem, wherever in the article the context word stands. It
    excuses no hidden block, no head and no keyword list: an injector can hide those in
    any article.
    """
    text = " ".join([block.text, *(t for t, _u in block.links if t not in block.text)])
    hits = lexicon.unexcused(text, convert)
    phrases = tuple(sorted({hit.term for hit in hits}))
    if block.place == PANEL:
        return _judge_panel(block, phrases, lexicon, own_hosts, convert, reporting=reporting)
    if block.hidden_by is not None:
        foreign = foreign_hosts(block, own_hosts, lexicon)
        if foreign or phrases:
            return Verdict(block, phrases, foreign)
        return None
    if block.place in HEAD_PLACES:
        # One brand repeated (澳门新葡京-澳门新葡京官网-新葡京娱乐场): a title or description
        # taken over, however few distinct terms the longest-first matching finds in it.
        counts = Counter(hit.term for hit in hits if hit.category in SPAM_CATEGORIES)
        if counts and max(counts.values()) >= HEAD_REPEATS:
            return Verdict(block, phrases, ())
    elif reporting and is_prose(text):
        return None
    dense = len(phrases) >= VISIBLE_MIN_TERMS or (
        len(phrases) >= LIST_MIN_TERMS and looks_like_phrase_list(text)
    )
    return Verdict(block, phrases, ()) if dense else None


def _judge_panel(
    block: TextBlock,
    phrases: tuple[str, ...],
    lexicon: Lexicon,
    own_hosts: Iterable[str],
    convert: Converter | None,
    *,
    reporting: bool,
) -> Verdict | None:
    """A slide or tab a reader sees in turn hides nothing: its links to official or trusted
    sites (学习强国, 共产党员网), to a share service or a screen reader's download, and the tax
    office's 代开发票办理 are what such panels hold. A foreign link beside a spam term, or a
    link whose text (an image's alt) names gambling or porn, is injected wherever it stands;
    on a page reporting on the problem only the first (its own 相关报道 tab names the terms)."""
    foreign = foreign_hosts(block, own_hosts, lexicon)
    if foreign and phrases:
        return Verdict(block, phrases, foreign)
    if reporting:
        return None
    baited = any(
        hit.category in SPAM_CATEGORIES
        for text, _url in block.links
        for hit in lexicon.unexcused(text, convert)
    )
    return Verdict(block, phrases, ()) if baited else None


def reports_on_spam(page: Fetched, lexicon: Lexicon, convert: Converter | None = None) -> bool:
    """The page's title (or ArticleTitle) names a context word: an article about a campaign
    against gambling or pornography (区公安分局开展“反赌反诈”宣传), not an advertisement."""
    titles = [b.text for b in page.blocks if b.place == "title"]
    titles += [v for k, v in page.meta.items() if k.lower() == "articletitle"]
    return any(lexicon.has_context(title, convert) for title in titles)


def check_injection(
    unit_id: str,
    pages: Sequence[tuple[str, Fetched]],
    lexicon: Lexicon,
    own_hosts: Iterable[str],
    convert: Converter | None = None,
) -> list[Finding]:
    """One finding per page carrying injected content; the first offending block is the evidence."""
    own = tuple(own_hosts)
    findings: list[Finding] = []
    seen: set[str] = set()
    for url, page in pages:
        if url in seen:
            continue
        # A page's own host is never "another site", wherever it lives.
        mine = (*own, host_of(url), host_of(page.final_url))
        reporting = reports_on_spam(page, lexicon, convert)
        verdicts = [
            v
            for b in page.blocks
            if (v := judge_block(b, lexicon, mine, convert, reporting=reporting))
        ]
        if not verdicts:
            continue
        seen.add(url)
        findings.append(_finding(unit_id, url, verdicts))
    return findings


def _finding(unit_id: str, url: str, verdicts: list[Verdict]) -> Finding:
    first = verdicts[0]
    phrases = sorted({p for v in verdicts for p in v.phrases})
    hosts = sorted({h for v in verdicts for h in v.foreign_hosts})
    what = "隐藏链接（暗链）" if hosts else "涉黄涉赌关键词"
    return Finding(
        unit=unit_id,
        check="content_injection",
        severity=FAIL,
        url=url,
        message=f"页面被植入{what}：{'、'.join(phrases[:5] or hosts[:5])}",
        observed={
            "snippet": first.block.text[:SNIPPET],
            "hidden_by": first.block.hidden_by,
            "place": first.block.place or "body",
            "phrases": phrases,
            "link_hosts": hosts,
            "blocks": len(verdicts),
        },
    )
