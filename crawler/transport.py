"""HTTP/1.1 for httpx on asyncio's own transports: h11 for the protocol, a pool per origin.

httpx's default transport goes through httpcore, whose every request on asyncio
passes anyio locks and cancel scopes (each asking sniffio, and sniffio asking
asyncio, which task runs), and whose pool scans every connection twice per
request. On a crawl of thousands of small pages from one server that was a
third of the client's CPU time (measured in `bench/crawl.py`), and a crawl's
client runs on the same core as its bookkeeping. The crawler needs less: the
per-host limiter (`crawler/politeness.py`) already bounds the connections to a
host, so a connection is simply taken from its origin's idle list, or opened.

The protocol itself is h11's, as it is under httpcore (same limits on a
response head), so a server is read exactly as before. Errors are raised as the
httpx exceptions `crawler/attempt.py` maps, with the cause chained (a refused
certificate is recognised from its `ssl` error). A connection is reused only
when h11 says both sides finished and the server has not closed or spoken since.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator
from typing import Any
from urllib.request import getproxies

import h11
import httpx

from crawler.sockets import CLOSE_WAIT_S, HAPPY_EYEBALLS_DELAY_S, Reading

READ_BYTES = 64 * 1024
MAX_HEAD_BYTES = 100 * 1024  # a response head larger than this is a protocol error (as httpcore)
KEEPALIVE_S = 5.0  # idle connections older than this are closed, not reused (httpx's default)
Origin = tuple[str, str, int]


class Connection:
    """One TCP (or TLS) connection and its h11 state; used by one request at a time."""

    def __init__(self, origin: Origin, transport: asyncio.Transport, reading: Reading) -> None:
        self.origin = origin
        self._transport = transport
        self._reading = reading
        self._h11 = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD_BYTES)
        self.idle_since = 0.0
        self.answered = False  # a byte of the current request's answer has arrived

    @property
    def usable(self) -> bool:
        """Idle, not expired, and nothing from the server since (a close or stray bytes)."""
        reading = self._reading
        return (
            not reading.chunks
            and not reading.ended
            and not self._transport.is_closing()
            and time.monotonic() - self.idle_since < KEEPALIVE_S
        )

    async def send(self, request: httpx.Request, timeout: float | None) -> None:
        self.answered = False
        target = request.url.raw_path
        head = h11.Request(method=request.method, target=target, headers=request.headers.raw)
        self._write(self._h11.send(head))
        async for chunk in request.stream:  # type: ignore[union-attr]
            if chunk:
                self._write(self._h11.send(h11.Data(data=chunk)))
        self._write(self._h11.send(h11.EndOfMessage()))
        try:
            await self._reading.wait_drained(timeout)
        except TimeoutError as exc:
            raise httpx.WriteTimeout("timed out", request=request) from exc

    def _write(self, data: bytes | None) -> None:
        if not data:
            return
        if self._reading.closed or self._transport.is_closing():
            # A server may close early and still answer (413, 401): the answer is read next.
            return
        self._transport.write(data)

    async def head(
        self, request: httpx.Request, timeout: float | None
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """The status, headers and reason of the final (non-1xx) response."""
        while True:
            event = await self._next(request, timeout)
            if isinstance(event, h11.Response):
                return event.status_code, list(event.headers.raw_items()), event.reason
            if not isinstance(event, h11.InformationalResponse):
                unexpected = type(event).__name__
                raise httpx.RemoteProtocolError(f"unexpected {unexpected}", request=request)

    async def body(self, request: httpx.Request, timeout: float | None) -> AsyncIterator[bytes]:
        while True:
            event = await self._next(request, timeout)
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, h11.EndOfMessage) or event is h11.PAUSED:
                return

    async def _next(self, request: httpx.Request, timeout: float | None) -> Any:
        while True:
            try:
                event = self._h11.next_event()
            except h11.RemoteProtocolError as exc:
                raise httpx.RemoteProtocolError(str(exc), request=request) from exc
            if event is not h11.NEED_DATA:
                return event
            data = await self._read(request, timeout)
            if not data and self._h11.their_state is h11.SEND_RESPONSE:
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response.", request=request
                )
            self._h11.receive_data(data)

    async def _read(self, request: httpx.Request, timeout: float | None) -> bytes:
        reading = self._reading
        if not reading.chunks and not reading.ended:
            try:
                await reading.wait_data(timeout)
            except TimeoutError as exc:
                raise httpx.ReadTimeout("timed out", request=request) from exc
        if reading.chunks:
            self.answered = True
            return reading.take(READ_BYTES)
        if reading.lost is not None:
            raise httpx.ReadError(str(reading.lost), request=request) from reading.lost
        return b""  # the server closed its side: h11 reads that as the end

    def finished(self) -> bool:
        """Both sides done and the server keeps the connection: ready for the next request."""
        if self._h11.our_state is h11.DONE and self._h11.their_state is h11.DONE:
            self._h11.start_next_cycle()
            self.idle_since = time.monotonic()
            return True
        return False

    def close(self) -> None:
        """Closed at once: an unfinished answer is abandoned, never left for the next request."""
        self._transport.abort()

    async def aclose(self) -> None:
        """Closed when this returns; TLS says goodbye first, for at most `CLOSE_WAIT_S`."""
        self._transport.close()
        if not await self._reading.wait_closed(CLOSE_WAIT_S):
            self._transport.abort()


class _Body(httpx.AsyncByteStream):
    """A response body read from its connection; the connection goes back to the pool at the
    end of the body, and is closed when the body is abandoned before its end."""

    def __init__(
        self,
        pool: H11Transport,
        connection: Connection,
        request: httpx.Request,
        timeout: float | None,
    ) -> None:
        self._pool = pool
        self._connection: Connection | None = connection
        self._request = request
        self._timeout = timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._connection
        if connection is None:
            raise httpx.StreamClosed()
        try:
            async for chunk in connection.body(self._request, self._timeout):
                yield chunk
        except BaseException:
            self._drop()
            raise
        self._connection = None
        self._pool.release(connection)

    async def aclose(self) -> None:
        self._drop()

    def _drop(self) -> None:
        if self._connection is not None:
            self._pool.discard(self._connection)
            self._connection = None


class H11Transport(httpx.AsyncBaseTransport):
    """HTTP/1.1 over asyncio, one idle list per origin (scheme, host, port)."""

    def __init__(self, ssl_context: ssl.SSLContext, max_idle: int = 256) -> None:
        self._ssl = ssl_context
        self._max_idle = max_idle
        self._idle: dict[Origin, list[Connection]] = {}
        self._idle_count = 0
        self._open: set[Connection] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeouts = request.extensions.get("timeout", {})
        origin = _origin(request)
        connection = self._take(origin)
        try:
            return await self._exchange(connection, request, timeouts)
        except (httpx.RemoteProtocolError, httpx.ReadError):
            if (
                connection is None
                or connection.answered
                or request.method not in ("GET", "HEAD")
            ):
                raise
            # A kept connection the server closed as the request went out (its keep-alive
            # ran out): nothing was answered, and a GET or HEAD may be sent again, once, on
            # a new connection.
            return await self._exchange(None, request, timeouts)

    async def _exchange(
        self, connection: Connection | None, request: httpx.Request, timeouts: dict[str, Any]
    ) -> httpx.Response:
        if connection is None:
            connection = await self._connect(request, timeouts.get("connect"))
        read_timeout = timeouts.get("read")
        try:
            await connection.send(request, timeouts.get("write"))
            status, headers, reason = await connection.head(request, read_timeout)
        except BaseException:
            self.discard(connection)
            raise
        return httpx.Response(
            status,
            headers=headers,
            stream=_Body(self, connection, request, read_timeout),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason},
        )

    def _take(self, origin: Origin) -> Connection | None:
        idle = self._idle.get(origin)
        while idle:
            connection = idle.pop()
            self._idle_count -= 1
            if connection.usable:
                return connection
            self.discard(connection)
        return None

    def release(self, connection: Connection) -> None:
        """Back to its origin's idle list when its answer ended cleanly; closed otherwise."""
        if not connection.finished() or self._idle_count >= self._max_idle:
            self.discard(connection)
            return
        self._idle.setdefault(connection.origin, []).append(connection)
        self._idle_count += 1

    def discard(self, connection: Connection) -> None:
        connection.close()
        self._open.discard(connection)

    async def _connect(self, request: httpx.Request, timeout: float | None) -> Connection:
        origin = _origin(request)
        scheme, host, port = origin
        secure = scheme == "https"
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport, reading = await loop.create_connection(
                    Reading,
                    host,
                    port,
                    ssl=self._ssl if secure else None,
                    server_hostname=host if secure else None,
                    ssl_handshake_timeout=timeout if secure else None,
                    happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY_S,
                )
        except TimeoutError as exc:
            raise httpx.ConnectTimeout("timed out", request=request) from exc
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
        connection = Connection(origin, transport, reading)
        self._open.add(connection)
        return connection

    async def aclose(self) -> None:
        """Every connection closed when this returns, so none outlives its event loop."""
        connections = list(self._open)
        self._open.clear()
        self._idle.clear()
        self._idle_count = 0
        await asyncio.gather(*(c.aclose() for c in connections), return_exceptions=True)


def _origin(request: httpx.Request) -> Origin:
    """(scheme, host as sent on the wire — IDNA for a Chinese domain —, port)."""
    url = request.url
    if url.scheme not in ("http", "https"):
        raise httpx.UnsupportedProtocol(f"unsupported scheme: {url.scheme}", request=request)
    port = url.port or (443 if url.scheme == "https" else 80)
    return url.scheme, url.raw_host.decode("ascii"), port


def asyncio_transport(
    limits: httpx.Limits, *, verify: ssl.SSLContext | bool = True
) -> httpx.AsyncBaseTransport | None:
    """The crawler's transport; None where httpx must choose: with a proxy set in the
    environment httpx's default transport is kept, since it is the one that honours it."""
    if any(key in ("http", "https", "all") for key in getproxies()):
        return None
    context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify)
    context.set_alpn_protocols(["http/1.1"])
    return H11Transport(context, max_idle=limits.max_keepalive_connections or 256)
