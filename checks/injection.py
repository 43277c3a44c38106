"""content_injection: hidden links to other sites (暗链) and porn/gambling SEO phrase blocks
(RULES.md §3), judged on the blocks the extractor kept (`Fetched.blocks`).

A hidden block is injection when it links to a foreign site (not the portal's own hosts, not a
government host, not a trusted host) or carries an unexcused spam term. A visible block is
injection only when dense: at least three distinct terms, or two in a phrase list. A term near
a context word (打击, 查处, 扫黄打非 …) is reporting on spam, not spam. One finding per page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from checks.lexicon import Lexicon
from checks.model import FAIL, Fetched, Finding, TextBlock
from checks.text import Converter, looks_like_phrase_list

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
    hosts = {host_of(url) for _text, url in block.links}
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


def judge_block(
    block: TextBlock, lexicon: Lexicon, own_hosts: Iterable[str], convert: Converter | None = None
) -> Verdict | None:
    """Injection or not, with the evidence; link texts count as text of the block."""
    text = " ".join([block.text, *(t for t, _u in block.links if t not in block.text)])
    phrases = tuple(sorted({hit.term for hit in lexicon.unexcused(text, convert)}))
    if block.hidden_by is not None:
        foreign = foreign_hosts(block, own_hosts, lexicon)
        if foreign or phrases:
            return Verdict(block, phrases, foreign)
        return None
    dense = len(phrases) >= VISIBLE_MIN_TERMS or (
        len(phrases) >= LIST_MIN_TERMS and looks_like_phrase_list(text)
    )
    return Verdict(block, phrases, ()) if dense else None


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
        verdicts = [v for b in page.blocks if (v := judge_block(b, lexicon, mine, convert))]
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
