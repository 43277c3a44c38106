"""One HTTP attempt, bounded in time and size, with every foreign error mapped to a value.

This is the one place httpx exceptions are caught (STYLE.md §6: map foreign
errors at one boundary). The whole attempt — connect, headers and the body
stream — runs under a hard deadline, because httpx's read time-out restarts
with every chunk: a server that drips a byte a second would otherwise hold a
request for as long as it likes.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from checks.model import Unreadable
from crawler.challenge import CHALLENGE_BODY, CHALLENGE_STATUSES
from crawler.client import Client
from crawler.inflate import Inflater, Overflow

DRAIN_MAX = 64 * 1024  # an error page this small is read to keep its connection; larger: closed


@dataclass(frozen=True, slots=True)
class Raw:
    """An HTTP answer of any status; the body is read only for 2xx and only up to the cap."""

    status: int
    headers: dict[str, str]
    body: bytes = b""


@dataclass(frozen=True, slots=True)
class Failure:
    """No HTTP answer; `retry` says whether trying again may help."""

    error: str
    retry: bool = True
    status: int | None = None
    certificate: bool = False  # the TLS handshake refused the server's certificate


Attempt = Raw | Failure | Unreadable


@dataclass(frozen=True, slots=True)
class Outcome:
    """An attempt's result and what it cost, for the run's byte counters."""

    result: Attempt
    decoded_bytes: int = 0
    wire_bytes: int = 0


async def exchange(
    client: Client,
    method: str,
    url: str,
    headers: dict[str, str],
    *,
    limit: int,
    deadline_s: float,
) -> Outcome:
    """Send one request; read at most `limit` decoded body bytes (0: do not read the body)."""
    counted: list[int] = [0, 0]  # decoded, wire: kept even when the deadline cuts the body
    result: Attempt
    try:
        async with asyncio.timeout(deadline_s):
            result = await _stream(client, method, url, headers, limit, counted)
    except TimeoutError:
        result = Failure("timeout")
    except httpx.TimeoutException:
        result = Failure("timeout")
    except httpx.ConnectError as exc:
        result = Failure(f"connect: {_detail(exc)}", certificate=_certificate_refused(exc))
    except httpx.RemoteProtocolError as exc:
        result = Failure(f"protocol: {_detail(exc)}")
    except httpx.ReadError as exc:
        result = Failure(f"read: {_detail(exc)}")
    except httpx.DecodingError as exc:
        result = Unreadable(f"bad content-encoding: {_detail(exc)}")
    except httpx.UnsupportedProtocol as exc:
        result = Failure(f"unsupported: {_detail(exc)}", retry=False)
    except httpx.TransportError as exc:
        result = Failure(f"transport: {_detail(exc)}")
    except httpx.InvalidURL as exc:
        result = Failure(f"invalid url: {_detail(exc)}", retry=False)
    return Outcome(result, decoded_bytes=counted[0], wire_bytes=counted[1])


async def _stream(
    client: Client,
    method: str,
    url: str,
    headers: dict[str, str],
    limit: int,
    counted: list[int],
) -> Raw | Unreadable:
    async with client.stream(method, url, headers=headers) as response:
        names = {k.lower(): v for k, v in response.headers.items()}
        declared = _content_length(names.get("content-length"))
        puzzle = (
            not 200 <= response.status_code < 300 and response.status_code in CHALLENGE_STATUSES
        )
        if puzzle and limit > 0 and (declared is None or declared <= CHALLENGE_BODY):
            # A WAF's script puzzle comes with an error status: read it (it is small) so that
            # it can be told from a real error; a larger error page is not read.
            limit = CHALLENGE_BODY
        elif limit <= 0 or not 200 <= response.status_code < 300:
            if _reusable_without_reading(method, response.status_code, declared):
                # Drained as sent, never inflated (a small gzip can hide a bomb), so that the
                # connection goes back to the pool.
                async for _ in _raw_chunks(response):
                    pass
            return Raw(response.status_code, names)
        if declared is not None and declared > limit:
            return _too_large(limit, response.status_code)
        try:
            inflater = Inflater(names.get("content-encoding"), limit)
        except ValueError as exc:
            return Unreadable(str(exc), status=response.status_code)
        body = bytearray()
        try:
            # Counted after content-encoding is undone, step by step: a gzip bomb stops at the cap.
            async for chunk in _raw_chunks(response):
                body += inflater.feed(chunk)
                counted[:] = [len(body), response.num_bytes_downloaded]
            body += inflater.finish()
        except Overflow:
            counted[:] = [inflater.produced, response.num_bytes_downloaded]
            if puzzle:
                return Raw(response.status_code, names)  # an error page, too big to be a puzzle
            return _too_large(limit, response.status_code)
        except zlib.error as exc:
            return Unreadable(f"bad content-encoding: {_detail(exc)}", status=response.status_code)
        counted[:] = [len(body), response.num_bytes_downloaded]
        return Raw(response.status_code, names, bytes(body))


async def _raw_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """The body as sent; a response built in memory (a test transport) has it already read."""
    if response.is_stream_consumed:
        yield response.content
        return
    async for chunk in response.aiter_raw():
        yield chunk


def _reusable_without_reading(method: str, status: int, declared: int | None) -> bool:
    """Whether the unread rest of an answer is (next to) nothing.

    httpcore keeps a connection only once the answer has been read to its end; an
    unread HEAD answer or 304 would close it, and a crawl that link-checks by HEAD
    would open a new connection per link (and a threaded server a thread per link).
    """
    if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
        return True
    return declared is not None and declared <= DRAIN_MAX


def _too_large(limit: int, status: int) -> Unreadable:
    return Unreadable(f"too large: over {limit} bytes", status=status)


def _content_length(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value.strip())


def _certificate_refused(exc: BaseException) -> bool:
    """The handshake failed on the server's certificate (self-signed, expired, another host's
    name, an intermediate the server leaves out), not on the connection."""
    cause: BaseException | None = exc
    for _ in range(8):  # httpx wraps httpcore, which wraps the ssl error
        if cause is None:
            break
        if isinstance(cause, ssl.SSLCertVerificationError):
            return True
        cause = cause.__cause__ or cause.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


_ERRNO = re.compile(r"^\[Errno -?\d+\]\s*")


def _detail(exc: Exception) -> str:
    """A short reason: 'Connection refused', not '[Errno 111] Connection refused'."""
    text = _ERRNO.sub("", str(exc).strip()) or type(exc).__name__
    return text[:200]


def retry_after_s(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds asked by Retry-After, given as seconds or as an HTTP-date; None when unreadable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
