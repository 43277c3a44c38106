"""The HTTP layer every crawl goes through: polite, bounded, retried, and never raising.

A page problem is a value (STYLE.md §6): `get` answers a `Response`, or says
why there is none — `Unreachable` (no usable answer after retries) or
`Unreadable` (an answer we refuse to read, such as a body over the size cap).
A false `Unreachable` becomes a false `fail` in a bulletin, so transient
trouble (connection errors, time-outs, 5xx, 429) is retried with back-off
before we give up, while answers that will not change (404, 410, other 4xx)
are final at once.
"""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from types import TracebackType
from urllib.parse import quote, urljoin, urlsplit

import httpx

from checks.model import CrawlSettings, Unreachable, Unreadable
from crawler.attempt import Attempt, Failure, Outcome, Raw, exchange, retry_after_s
from crawler.challenge import CHALLENGE_ONLY_STATUSES, CHALLENGE_STATUSES, challenge_reason
from crawler.client import Client
from crawler.inflate import ACCEPT_ENCODING
from crawler.politeness import HostLimiter
from crawler.transport import asyncio_transport

log = logging.getLogger(__name__)

# Answers kept whole once they arrive, for units crawled at the same time that share a page.
# Older ones are dropped so a run's memory does not grow with the portal; a later unit asking
# again sends a conditional GET with the validators the store kept, answered by a 304.
KEEP_ANSWERS = 256

REDIRECTS = frozenset({301, 302, 303, 307, 308})
# HEAD may lie (405, 501, a 500 from a script that only knows GET): any error is asked again by GET.
HEAD_DOUBTED_FROM = 400


@dataclass(frozen=True, slots=True)
class Validators:
    """What the server said identifies this version of the page, for a conditional GET next run."""

    etag: str | None = None
    last_modified: str | None = None

    @property
    def any(self) -> bool:
        return bool(self.etag or self.last_modified)

    def headers(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


@dataclass(frozen=True, slots=True)
class Response:
    """A usable HTTP answer: 2xx, or 304 when validators were sent (the caller re-uses its copy)."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    validators: Validators
    redirects: tuple[str, ...] = ()

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True, slots=True)
class LinkStatus:
    """Whether a link's target answers; `error` says why not (same words as `Unreachable.error`)."""

    url: str
    ok: bool
    status: int | None
    error: str | None


@dataclass(frozen=True, slots=True)
class _Hop:
    """The last answer of a redirect chain, before it is judged usable or not."""

    raw: Raw
    final_url: str
    redirects: tuple[str, ...]


Answer = Response | Unreachable | Unreadable


class Fetcher:
    """One per run: one connection pool, one per-host limiter, one answer per URL.

    Two units often share a column URL (a 通知公告 list linked from several
    subpages); the per-run cache makes that one request, and link checks of the
    same target one request too. A link to a page that was fetched (or is being
    fetched) is answered by that GET, not by a second request. Whole answers are
    kept only for the last `KEEP_ANSWERS` pages; link answers for the whole run.
    """

    def __init__(
        self,
        settings: CrawlSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._limiter = HostLimiter(settings.concurrency, settings.delay_s, sleep=sleep)
        # No pool-wide cap: a wait for a pooled connection would run inside the hard deadline
        # and turn a busy run into false time-outs; the per-host limiter bounds connections.
        self._limits = httpx.Limits(max_connections=None, max_keepalive_connections=256)
        self._client = self._new_client(transport or asyncio_transport(self._limits))
        # Hosts whose certificate failed verification, read on without it (see `_once`); the
        # client for them is made on first need. A test's own transport is never bypassed.
        self._unverified: Client | None = None
        self._unverified_hosts: set[str] = set()
        self._may_bypass_tls = transport is None
        self._gets: dict[tuple[str, Validators | None], asyncio.Task[Answer]] = {}
        self._kept: deque[tuple[str, Validators | None]] = deque()  # done GETs, oldest first
        self._pages: dict[str, asyncio.Task[Answer]] = {}  # GETs in flight, by URL
        self._links: dict[str, asyncio.Task[LinkStatus]] = {}  # link checks in flight
        self._link_answers: dict[str, LinkStatus] = {}  # checked, or known from a GET
        self.bytes_received = 0
        self.wire_bytes = 0
        self.requests_made = 0

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Cancel what is still in flight (an aborted run) and close the pool."""
        pending = [t for t in (*self._gets.values(), *self._links.values()) if not t.done()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await self._client.aclose()
        if self._unverified is not None:
            await self._unverified.aclose()

    def _new_client(
        self, transport: httpx.AsyncBaseTransport | None, verify: ssl.SSLContext | bool = True
    ) -> Client:
        """A client with the run's time-out and headers (`verify` counts only without a
        transport: httpx's own, which honours a proxy set in the environment)."""
        return Client(
            transport,
            headers={
                "User-Agent": header_safe(self.settings.user_agent),
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            timeout=httpx.Timeout(self.settings.timeout_s),
            limits=self._limits,
            verify=verify,
        )

    # --- public ------------------------------------------------------------------

    async def get(
        self, url: str, validators: Validators | None = None
    ) -> Response | Unreachable | Unreadable:
        """The page's answer, fetched at most once per run for the same URL and validators."""
        sent = validators if validators is not None and validators.any else None
        key = (url, sent)
        task = self._gets.get(key)
        if task is None:
            task = self._gets[key] = asyncio.create_task(self._get(url, sent))
            self._pages.setdefault(url, task)
            task.add_done_callback(partial(self._got, key))
        return await asyncio.shield(task)

    async def check_link(self, url: str) -> LinkStatus:
        """Whether `url` answers below 400: HEAD first, GET when HEAD is refused; once per run."""
        known = self._link_answers.get(url)
        if known is not None:
            return known
        task = self._links.get(url)
        if task is None:
            task = self._links[url] = asyncio.create_task(self._check_link(url))
            task.add_done_callback(partial(self._checked, url))
        return await asyncio.shield(task)

    # --- bookkeeping (done callbacks) ---------------------------------------------

    def _got(self, key: tuple[str, Validators | None], task: asyncio.Task[Answer]) -> None:
        """A GET ended: its URL's link answer is known; keep its body only for a while."""
        url = key[0]
        if self._pages.get(url) is task:
            del self._pages[url]
        if task.cancelled() or task.exception() is not None:
            return
        self._link_answers.setdefault(url, _link_status(url, task.result()))
        self._kept.append(key)
        while len(self._kept) > KEEP_ANSWERS:
            old = self._kept.popleft()
            kept = self._gets.get(old)
            if kept is not None and kept.done():
                del self._gets[old]

    def _checked(self, url: str, task: asyncio.Task[LinkStatus]) -> None:
        self._links.pop(url, None)
        if not task.cancelled() and task.exception() is None:
            self._link_answers.setdefault(url, task.result())

    # --- the work --------------------------------------------------------------

    async def _get(
        self, url: str, validators: Validators | None
    ) -> Response | Unreachable | Unreadable:
        headers = validators.headers() if validators else {}
        hop = await self._follow("GET", url, headers, read_body=True)
        if not isinstance(hop, _Hop):
            return hop
        raw = hop.raw
        if 200 <= raw.status < 300 or (raw.status == 304 and validators is not None):
            return Response(
                url=url,
                final_url=hop.final_url,
                status=raw.status,
                headers=raw.headers,
                body=raw.body,
                validators=Validators(raw.headers.get("etag"), raw.headers.get("last-modified")),
                redirects=hop.redirects,
            )
        if (puzzle := challenge_reason(raw.status, raw.body)) is not None:
            return Unreadable(puzzle, status=raw.status)
        return Unreachable(_status_error(raw.status), status=raw.status)

    async def _check_link(self, url: str) -> LinkStatus:
        known = self._link_answers.get(url)  # a GET may have ended since `check_link` looked
        if known is not None:
            return known
        page = self._pages.get(url)
        if page is not None:  # being fetched (a 304 included): its answer says enough
            return _link_status(url, await asyncio.shield(page))
        answer = await self._follow("HEAD", url, {}, read_body=False)
        if (isinstance(answer, _Hop) and answer.raw.status >= HEAD_DOUBTED_FROM) or (
            isinstance(answer, Unreachable) and answer.error.startswith(_UNANSWERED)
        ):
            # A refused HEAD, or one the server took and dropped unanswered (an old firewall
            # rule against HEAD), says nothing of the page: a reader's click is a GET.
            answer = await self._follow("GET", url, {}, read_body=False)
        if (
            isinstance(answer, _Hop)
            and answer.raw.status >= 400
            and answer.raw.status in CHALLENGE_STATUSES
        ):
            # A WAF's puzzle says so in its body: read it before calling the link broken.
            answer = await self._follow("GET", url, {}, read_body=True)
            if isinstance(answer, _Hop):
                puzzle = challenge_reason(answer.raw.status, answer.raw.body)
                if puzzle is not None:
                    return LinkStatus(url, True, answer.raw.status, puzzle)
        if isinstance(answer, _Hop) and answer.raw.status in CHALLENGE_ONLY_STATUSES:
            # 瑞数-style WAF: the target is there for a browser; not broken.
            status = answer.raw.status
            return LinkStatus(url, True, status, challenge_reason(status, b""))
        if isinstance(answer, _Hop):
            status = answer.raw.status
            ok = status < 400
            return LinkStatus(url, ok, status, None if ok else _status_error(status))
        return _link_status(url, answer)

    async def _follow(
        self, method: str, url: str, headers: dict[str, str], *, read_body: bool
    ) -> _Hop | Unreachable | Unreadable:
        """Follow redirects by hand so each hop is limited, counted and checked for loops.

        A redirect back to a URL of the chain that sets a cookie is a firewall's cookie check
        (宝塔, 安全狗, 云锁 "302 跳转验证"), not a loop: it is asked once more, with the cookie
        the client now holds, as a browser does.
        """
        current = url
        seen = {url}
        revisited: set[str] = set()
        redirects: list[str] = []
        for _ in range(self.settings.max_redirects + 1):
            if (problem := _unsupported(current)) is not None:
                return Unreachable(problem)
            raw = await self._retried(method, current, headers, read_body=read_body)
            if not isinstance(raw, Raw):
                return raw
            location = raw.headers.get("location")
            if raw.status not in REDIRECTS or not location:
                return _Hop(raw, current, tuple(redirects))
            following = urljoin(current, location.strip())
            if following in seen:
                if "set-cookie" not in raw.headers or following in revisited:
                    return Unreachable("redirect loop", status=raw.status)
                revisited.add(following)
            seen.add(following)
            redirects.append(following)
            current = following
        return Unreachable("too many redirects", status=raw.status)

    async def _retried(
        self, method: str, url: str, headers: dict[str, str], *, read_body: bool
    ) -> Raw | Unreachable | Unreadable:
        """One request with up to `retries` more tries on trouble that may pass."""
        result: Attempt = Failure("no attempt")
        for attempt in range(self.settings.retries + 1):
            result = await self._once(method, url, headers, read_body=read_body)
            wait = self._retry_wait(result, attempt)
            if wait is None or attempt == self.settings.retries:
                break
            log.debug("retrying %s %s in %.2fs: %s", method, url, wait, result)
            await self._sleep(wait)
        if isinstance(result, Failure):
            return Unreachable(result.error, status=result.status)
        return result

    async def _once(
        self, method: str, url: str, headers: dict[str, str], *, read_body: bool
    ) -> Attempt:
        async with self._limiter.slot(url):
            host = urlsplit(url).netloc.lower()
            client = self._unverified if host in self._unverified_hosts else self._client
            outcome = await self._exchange(client or self._client, method, url, headers, read_body)
            failed = outcome.result
            if isinstance(failed, Failure) and failed.certificate and self._may_bypass_tls:
                # A certificate a browser warns about (self-signed, expired, a missing
                # intermediate a browser fetches itself): the pages are still there, and the
                # units are judged on what their columns show, not on the portal's TLS set-up.
                log.warning(
                    "证书未通过验证，不验证证书继续读取 / certificate not verified, read without"
                    " verification: %s (%s)", host, failed.error,
                )
                self._unverified_hosts.add(host)
                outcome = await self._exchange(
                    self._unverified_client(), method, url, headers, read_body
                )
        return outcome.result

    async def _exchange(
        self,
        client: Client,
        method: str,
        url: str,
        headers: dict[str, str],
        read_body: bool,
    ) -> Outcome:
        self.requests_made += 1
        limit = self.settings.max_bytes if read_body else 0
        outcome = await exchange(
            client, method, url, headers, limit=limit, deadline_s=self.settings.timeout_s
        )
        self.bytes_received += outcome.decoded_bytes
        self.wire_bytes += outcome.wire_bytes
        return outcome

    def _unverified_client(self) -> Client:
        if self._unverified is None:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            self._unverified = self._new_client(
                asyncio_transport(self._limits, verify=context), verify=context
            )
        return self._unverified

    def _retry_wait(self, result: Attempt, attempt: int) -> float | None:
        """Seconds to wait before the next try, or None when trying again cannot help."""
        if isinstance(result, Unreadable):
            return None
        if isinstance(result, Raw):
            if result.status != 429 and result.status < 500:
                return None
            after = retry_after_s(result.headers.get("retry-after"))
            if after is not None:
                return min(after, self.settings.retry_after_cap_s)
        elif not result.retry:
            return None
        base = self.settings.backoff_s * 2.0**attempt
        return base * (0.5 + self._rng.random())  # jitter: many units' retries do not align


# Failures after the server took the connection: it heard the request and gave no answer.
_UNANSWERED = ("protocol:", "read:")


def header_safe(value: str) -> str:
    """Non-ASCII percent-encoded: raw UTF-8 in a header is legal but trips some WAFs and proxies."""
    if value.isascii():
        return value
    printable = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) != "%")
    return quote(value, safe=printable)


def _status_error(status: int) -> str:
    return f"http {status}"


def _unsupported(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"unsupported scheme: {parts.scheme or 'none'}"
    if not parts.hostname:
        return "invalid url: no host"
    return None


def _link_status(url: str, answer: Response | Unreachable | Unreadable) -> LinkStatus:
    if isinstance(answer, Response):
        return LinkStatus(url, True, answer.status, None)
    if isinstance(answer, Unreachable):
        return LinkStatus(url, False, answer.status, answer.error)
    return LinkStatus(url, True, answer.status, None)  # it answered; unreadable is not broken
