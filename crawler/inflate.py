"""Content-encoding undone with a ceiling on the output, so a compression bomb cannot fill memory.

httpx inflates each network chunk in full: 20 KB of gzip on the wire can
become 20 MB in one step, before any size check runs. Here every step asks
zlib for at most the bytes still allowed (plus one, to notice the overflow).
"""

from __future__ import annotations

import zlib

ACCEPT_ENCODING = "gzip, deflate"  # what we can inflate with a ceiling; no br or zstd
_SUPPORTED = frozenset({"gzip", "x-gzip", "deflate"})
# Registered codings (IANA HTTP Content Coding registry) we cannot undo: such a body really is
# encoded. Any other label (`none`, `utf-8` meant as a charset, `binary`) names no coding, and
# browsers pass the body through unchanged (Chromium's SetUpSourceStream does): so do we.
_REFUSED = frozenset(
    {"br", "zstd", "compress", "x-compress", "aes128gcm", "exi", "pack200-gzip", "dcb", "dcz"}
)


def _real_codings(header: str | None) -> list[str]:
    """The codings a Content-Encoding header applies, in order; labels that name none dropped."""
    labels = [label.strip().lower() for label in (header or "").split(",")]
    return [label for label in labels if label in _SUPPORTED or label in _REFUSED]


class Overflow(Exception):
    """The decoded body passed the ceiling; raised inside this module's caller only."""


class Inflater:
    """Decodes one body of a given Content-Encoding, refusing to produce more than `limit` bytes."""

    def __init__(self, coding: str | None, limit: int) -> None:
        codings = _real_codings(coding)
        if len(codings) > 1 or not _SUPPORTED.issuperset(codings):
            raise ValueError(f"unsupported content-encoding: {', '.join(codings)}")
        coding = codings[0] if codings else "identity"
        self.limit = limit
        self.produced = 0
        self._coding = coding
        self._zlib: zlib._Decompress | None = None
        self._deflate_started = False
        if coding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS)

    def feed(self, chunk: bytes) -> bytes:
        """Decoded bytes of `chunk`; `Overflow` once the total would pass the limit."""
        if self._zlib is None:
            return self._count(chunk)
        room = self.limit - self.produced + 1
        try:
            out = self._zlib.decompress(chunk, room)
        except zlib.error:
            if self._coding != "deflate" or self._deflate_started:
                raise
            # Some servers send raw deflate without the zlib wrapper; browsers accept both.
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._zlib.decompress(chunk, room)
        self._deflate_started = True
        return self._count(out)

    def finish(self) -> bytes:
        """What the decoder still holds at the end of the body."""
        return self._count(self._zlib.flush()) if self._zlib is not None else b""

    def _count(self, out: bytes) -> bytes:
        self.produced += len(out)
        if self.produced > self.limit:
            raise Overflow
        return out
