"""Bytes to text for pages whose declared charset cannot be trusted.

Portals declare gb2312 and send utf-8, or a server's default ISO-8859-1
header covers a GBK page, so a declaration is a hint checked against the
bytes: a declared codec is used only when it decodes the body (nearly)
cleanly, and bytes that are valid UTF-8 with non-ASCII content are read as
UTF-8 whatever was declared — GBK text is practically never valid UTF-8.
"Nearly" is what a browser shows with a few replacement characters: a PHP
template's byte-wise `substr` leaves half a character at the end of each
summary, a few errors against hundreds of good non-ASCII characters, while
GBK bytes under a UTF-8 declaration fail at most of theirs.
GB2312 and GBK are read as their superset GB18030, which decodes every
character a GBK page can carry.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from checks.model import Unreadable

SNIFF_BYTES = 4096
_GB_FAMILY = frozenset({"gb2312", "gbk", "cp936", "x-gbk", "gb_2312-80", "gb18030", "euc-cn", "hz"})
_WEAK = frozenset({"latin_1", "iso8859-1", "cp1252", "ascii"})  # server defaults, not page facts
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([a-z0-9_.:+-]+)", re.IGNORECASE)
_XML = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([a-z0-9_.:+-]+)", re.IGNORECASE)
_HEADER = re.compile(r"charset\s*=\s*[\"']?\s*([a-z0-9_.:+-]+)", re.IGNORECASE)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Decoded:
    """The page's text and how its codec was chosen (`how` is shown by `inspect`)."""

    text: str
    encoding: str  # python codec name actually used, e.g. "utf-8", "gb18030"
    how: str  # "bom" | "http-header" | "meta" | "detected" | "fallback"


def codec_name(label: str) -> str | None:
    """The Python codec for a charset label, GB family widened to gb18030 and Big5 to cp950
    (its Windows superset: 裏, 恒 and kin, as browsers read it); None when unknown."""
    label = label.strip().strip("\"'").lower()
    if label in _GB_FAMILY:
        return "gb18030"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name == "big5":
        return "cp950"
    return "gb18030" if name in ("gb2312", "gbk") else name


def decode_html(body: bytes, content_type: str | None = None) -> Decoded | Unreadable:
    """Decode a page: BOM, then a declared charset the bytes agree with, then detection."""
    if not body:
        return Decoded("", "utf-8", "fallback")
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return Decoded(body.decode(codec, errors="replace"), _bom_name(codec, bom), "bom")
    if (kind := _document_kind(body, content_type)) is not None:
        return Unreadable(f"not an HTML page: {kind}")
    if _looks_binary(body[: SNIFF_BYTES * 2]):
        return Unreadable("not text")
    ascii_only = body.isascii()
    if not ascii_only and _strict(body, "utf-8") is not None:
        header, meta = _declared_header(content_type), _declared_meta(body)
        how = "http-header" if header == "utf-8" else "meta" if meta == "utf-8" else "detected"
        return Decoded(body.decode("utf-8"), "utf-8", how)
    for how, codec in _declarations(body, content_type, ascii_only):
        text = _nearly(body, codec, declared=True)
        if text is not None:
            return Decoded(text, codec, how)
    if ascii_only:
        return Decoded(body.decode("ascii"), "ascii", "detected")
    return _detect(body)


def _declarations(body: bytes, content_type: str | None, ascii_only: bool) -> list[tuple[str, str]]:
    """Declared codecs to try, header first; a server-default Latin-1 header yields to the page."""
    header, meta = _declared_header(content_type), _declared_meta(body)
    out: list[tuple[str, str]] = []
    if header and (ascii_only or header not in _WEAK):
        out.append(("http-header", header))
    if meta and (ascii_only or meta not in _WEAK):
        out.append(("meta", meta))
    return out


def _declared_header(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER.search(content_type)
    return codec_name(match.group(1)) if match else None


def _declared_meta(body: bytes) -> str | None:
    """A real declaration: in a <meta> tag (or the XML prolog), not inside a comment."""
    head = _COMMENT.sub(b"", body[:SNIFF_BYTES])
    match = _XML.search(head) or _META.search(head)
    codec = codec_name(match.group(1).decode("ascii")) if match else None
    if codec is not None and codec.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a page that could read its own meta is not UTF-16 (WHATWG does the same)
    return codec


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


DECLARED_BAD_SHARE = 20  # a declared codec may miss one non-ASCII character in this many


def _nearly(body: bytes, codec: str, *, declared: bool = False) -> str | None:
    """Decode leniently only when few bytes are bad: real pages carry a stray broken byte.

    Any codec may miss a few characters per thousand; a declared one (header or meta) may
    also miss up to one in DECLARED_BAD_SHARE of the page's non-ASCII characters, counted
    against those rather than against all characters — markup is mostly ASCII, and a wrong
    declaration (GBK under utf-8) fails at most non-ASCII characters, not at a few.
    """
    text = _strict(body, codec)
    if text is not None:
        return text
    try:
        text = body.decode(codec, errors="replace")
    except LookupError:
        return None
    bad = text.count("\ufffd")
    if bad <= max(2, len(text) // 1000):
        return text
    if declared and bad * DECLARED_BAD_SHARE <= _non_ascii(text):
        return text
    return None


def _non_ascii(text: str) -> int:
    """Characters outside ASCII, replacement characters included (counted in C)."""
    return len(text) - len(text.encode("ascii", errors="ignore"))


def _detect(body: bytes) -> Decoded | Unreadable:
    best = from_bytes(body).best()
    if best is not None:
        codec = codec_name(best.encoding) or best.encoding
        text = _nearly(body, codec)
        if text is not None:
            return Decoded(text, codec, "detected")
    return Decoded(body.decode("gb18030", errors="replace"), "gb18030", "fallback")


_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\x1b") + b"\x7f"


# What a column's or an article's link may open instead of a page: a 政策文件 list links
# its titles straight to the PDF. The signature decides (servers label documents as
# text/html and pages as octet-stream alike); a document type named by the header does too.
_SIGNATURES = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"{\\rtf", "RTF document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
)
_DOCUMENT_TYPES = re.compile(
    r"^\s*(application/(pdf|msword|vnd\.|zip|x-rar|x-7z|ofd)|image/|audio/|video/)", re.I
)


def _document_kind(body: bytes, content_type: str | None) -> str | None:
    for signature, kind in _SIGNATURES:
        if body.startswith(signature):
            return kind
    if content_type and _DOCUMENT_TYPES.match(content_type):
        return content_type.split(";")[0].strip().lower()
    return None


def _looks_binary(sample: bytes) -> bool:
    """Mostly control bytes (NULs above all) means an image, archive or the like, not a page."""
    if not sample:
        return False
    nuls = sample.count(0)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C
    return nuls * 100 >= len(sample) or controls * 20 > len(sample)


def _bom_name(codec: str, bom: bytes) -> str:
    """The codec named by the BOM, so `encoding` says which byte order was read."""
    if codec != "utf-16" and codec != "utf-32":
        return "utf-8"
    return f"{codec}-{'le' if bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE) else 'be'}"
