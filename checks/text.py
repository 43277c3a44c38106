"""Text normalisation shared by the checks: a name on a page must match the configured name
whatever script (繁/简), width (全角/半角), spacing or bracketing the portal used."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

import opencc

Converter = Callable[[str], str]

# Brackets portals wrap column names in: 【通知公告】, [工作动态], （政策文件）, 〔…〕, 「…」.
# Middle dots spacing a name out (通知 · 公告) go with them.
_NOISE = re.compile(r"[\s【】\[\]（）()〔〕「」『』《》<>·・•‧]+")


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese; the converter is built once, on first use."""
    return str(_t2s().convert(text))


# Zero-width characters: invisible, and used to split a name or a spam word (百\u200b家乐).
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")


def fold(text: str, convert: Converter | None = None) -> str:
    """繁→简, then NFKC (full-width letters, digits, punctuation → half-width), lower case,
    zero-width characters dropped."""
    folded = unicodedata.normalize("NFKC", (convert or to_simplified)(text)).lower()
    folded = folded.translate(_BARS)
    return _ZERO_WIDTH.sub("", folded) if _ZERO_WIDTH.search(folded) else folded


# Bars spam joins its phrases with besides | (the CJK stroke 丨, box-drawing │ ┃, ¦).
_BARS = str.maketrans({"丨": "|", "│": "|", "┃": "|", "¦": "|"})


def normalise_name(text: str, convert: Converter | None = None) -> str:
    """The form in which a link text is compared with a category name or alias."""
    return _NOISE.sub("", fold(text, convert))


# Decoration around a block title: ■工作动态, 工作动态>>, ·通知公告：, 政策文件 更多.
_EDGES = re.compile(r"^[^\w]+|(更多|more)?[^\w]*$", re.IGNORECASE)


# A count after the name: 工作动态(23), 通知公告［128］, 政策文件 (5).
_COUNT = re.compile(r"[(（\[［【]\s*\d+\s*(?:条|篇)?\s*[)）\]］】]\s*$")


def title_core(text: str, convert: Converter | None = None) -> str:
    """A link text or block title reduced to the name it shows, for comparison with names."""
    return _EDGES.sub("", normalise_name(_COUNT.sub("", text.strip()), convert))


_SEPARATORS = re.compile(r"[|｜丨│┃¦,，、_/\\·;；\s]+")


# A sentence's enumeration: names joined by 、 and closed by 等 (百家乐、时时彩、老虎机等。),
# as an article lists what a campaign fights. SEO blocks are joined by | , _ or spaces.
_ENUMERATION_END = re.compile(r"等[等]?\s*[。；;，,]?\s*$")


# What sentences carry and keyword lists do not: a sentence's end or a quotation, and the
# particles and pronouns of speech (一开始，只是好奇，玩了几把…，输了就想翻本。).
_SENTENCE_MARK = re.compile("[。！？!?“”「」『』]")
_PARTICLES = frozenset("的了在是我你他她被把着过们就也又还都吗呢吧")


def is_prose(text: str, phrases: list[str] | None = None) -> bool:
    """Sentences, however short their clauses: a sentence mark (。！？, quotation marks), and
    particles (的 了 在 是 我 被 …) in at least a quarter of the clauses. An SEO list has
    neither: its items are bare names joined by | , 、 _ or spaces."""
    if not _SENTENCE_MARK.search(text):
        return False
    clauses = phrases if phrases is not None else [p for p in _SEPARATORS.split(text) if p]
    spoken = sum(1 for clause in clauses if not _PARTICLES.isdisjoint(clause))
    return bool(clauses) and spoken * 4 >= len(clauses)


def looks_like_phrase_list(text: str, *, min_phrases: int = 6, max_mean_len: float = 8.0) -> bool:
    """Many short phrases joined by | , spaces or _: the shape of an SEO keyword block (and of
    a navigation bar — telling the two apart is the lexicon's job, not the shape's). An
    enumeration in prose (、 … 等。) is a sentence, not such a block, and so is any prose."""
    phrases = [p for p in _SEPARATORS.split(text) if p]
    if len(phrases) < min_phrases or len(text) < 20:
        return False
    if "、" in text and _ENUMERATION_END.search(text) and text.count("、") * 2 >= len(phrases):
        return False
    if sum(len(p) for p in phrases) / len(phrases) > max_mean_len:
        return False
    return not is_prose(text, phrases)
