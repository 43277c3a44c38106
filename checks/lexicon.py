"""The spam lexicon as a value, and whole-term matching against it (content_injection).

Chinese has no word boundaries, so a term is matched whole: 久久 alone is never a term, only
久久精品 or 久久爱, and 久久为功 cannot match. Phrases of the `allow` list are blanked out
before matching, so an official phrase containing a term stays clean. Latin terms (av, bet365)
match only between non-alphanumerics. Text and terms are folded the same way (繁→简, NFKC,
lower case), and characters spaced out one by one (百 家 乐) are closed up. A hit near a
context word (打击, 查处, 扫黄打非, …) is reporting, not advertising.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from checks.text import Converter, fold

CONTEXT_WINDOW = 30  # characters either side of a hit in which a context word excuses it


@dataclass(frozen=True, slots=True)
class Hit:
    term: str
    category: str
    start: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Folded terms by category, exemptions, context words and hosts trusted in hidden menus."""

    terms: Mapping[str, str]  # folded term -> category (gambling, porn, …)
    allow: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    trusted_hosts: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None
    allow_pattern: re.Pattern[str] | None = None

    @classmethod
    def build(
        cls,
        terms: Mapping[str, Iterable[str]],
        *,
        allow: Iterable[str] = (),
        context: Iterable[str] = (),
        trusted_hosts: Iterable[str] = (),
        convert: Converter | None = None,
    ) -> Lexicon:
        """Fold everything once and compile the matchers; `terms` is category -> terms."""
        folded = {
            fold(term, convert).strip(): category
            for category, members in terms.items()
            for term in members
            if term.strip()
        }
        allowed = tuple(sorted({fold(a, convert).strip() for a in allow if a.strip()}))
        allowed = tuple(a for a in allowed if a not in folded)
        remaining = {t: c for t, c in folded.items() if t not in allowed}
        return cls(
            terms=remaining,
            allow=allowed,
            context=tuple(fold(c, convert).strip() for c in context if c.strip()),
            trusted_hosts=tuple(h.strip().lower().lstrip(".") for h in trusted_hosts if h.strip()),
            pattern=_alternation(remaining),
            allow_pattern=_alternation(allowed),
        )

    def hits(self, text: str, convert: Converter | None = None) -> list[Hit]:
        """Every whole-term occurrence in `text`, allow-listed phrases excluded; `Hit.start`
        counts in `matching_form(text)`."""
        if self.pattern is None:
            return []
        folded = matching_form(text, convert)
        if self.allow_pattern is not None:
            folded = self.allow_pattern.sub(lambda m: " " * len(m.group()), folded)
        return [
            Hit(m.group(), self.terms[m.group()], m.start())
            for m in self.pattern.finditer(folded)
        ]

    def unexcused(self, text: str, convert: Converter | None = None) -> list[Hit]:
        """Hits with no context word (打击, 查处, …) within CONTEXT_WINDOW characters."""
        folded = matching_form(text, convert)
        found = []
        for hit in self.hits(text, convert):
            # "|" joins SEO phrases and "_" a title's parts, never a sentence: a context word
            # beyond one (the 区人民法院 of a hijacked title's site name) says nothing of this
            # phrase.
            lo = max(0, hit.start - CONTEXT_WINDOW, _last_bar(folded, hit.start) + 1)
            end = hit.start + len(hit.term)
            hi = min(end + CONTEXT_WINDOW, _next_bar(folded, end))
            window = folded[lo:hi]
            if not any(word in window for word in self.context):
                found.append(hit)
        return found

    def has_context(self, text: str, convert: Converter | None = None) -> bool:
        """Whether `text` (an article's title) names a context word: the article reports."""
        folded = matching_form(text, convert)
        return any(word in folded for word in self.context)


_BARS = "|_"


def _last_bar(text: str, before: int) -> int:
    return max(text.rfind(bar, 0, before) for bar in _BARS)


def _next_bar(text: str, after: int) -> int:
    found = [at for bar in _BARS if (at := text.find(bar, after)) != -1]
    return min(found) if found else len(text)


# Single characters spaced out (百 家 乐, 真 人 视 讯): three or more Chinese characters, each
# standing alone between spaces, are read as the word they spell. Words of two characters or
# more (成熟 女性) stay apart.
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_SPACED = re.compile(rf"(?<![{_CJK}])[{_CJK}](?:\s+[{_CJK}](?![{_CJK}])){{2,}}")
_SPACE = re.compile(r"\s+")


def matching_form(text: str, convert: Converter | None = None) -> str:
    """The text terms are matched in: folded (`fold`), spaced-out characters closed up."""
    folded = fold(text, convert)
    if " " not in folded:
        return folded
    return _SPACED.sub(lambda m: _SPACE.sub("", m.group()), folded)


def _alternation(terms: Iterable[str]) -> re.Pattern[str] | None:
    """Longest first, so 澳门威尼斯人 wins over 威尼斯人; Latin terms bounded by non-alnum."""
    parts = []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        escaped = re.escape(term)
        if term.isascii():
            escaped = rf"(?<![a-z0-9]){escaped}(?![a-z0-9])"
        parts.append(escaped)
    return re.compile("|".join(parts)) if parts else None
