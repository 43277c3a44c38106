"""The socket layer under httpx, on asyncio's own transports instead of anyio streams.

httpx (through httpcore) talks to sockets through a small "network backend"
interface. Its default on asyncio goes through anyio, which costs, per socket
operation, a cancel scope with a loop timer, an exception-mapping context
manager, a checkpoint on every send and a pause/resume of reading around every
receive; and the pool asks every idle connection "has the server closed you?"
before each request with a `poll()` system call. On a crawl of small pages
from one server that is about half of the client's CPU time (measured in
`bench/crawl.py`), so a run's CPU goes to the socket layer rather than to
reading pages.

This backend keeps a protocol reading while a connection is idle (bounded by a
high-water mark), so "is this idle connection still usable?" is answered from
what the protocol already saw, and a read returns buffered bytes without
waiting. Errors are mapped to the same httpcore exceptions as the default
backend, so httpx raises what it always raises and `crawler/attempt.py` maps
them as before.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections import deque
from collections.abc import Iterable
from typing import Any
from urllib.request import getproxies

import httpcore
import httpx
from httpcore._backends.base import SOCKET_OPTION

HIGH_WATER = 256 * 1024  # bytes buffered before the protocol stops reading
LOW_WATER = 64 * 1024  # and below which it reads again
HAPPY_EYEBALLS_DELAY_S = 0.25  # as anyio's connect_tcp: IPv6 and IPv4 raced, the first wins
CLOSE_WAIT_S = 1.0  # how long a close may wait for TLS's goodbye before the socket is cut


class _Reading(asyncio.Protocol):
    """Collects what the server sends, and says when the connection ended."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.buffered = 0
        self.eof = False
        self.lost: BaseException | None = None
        self.closed = False
        self.paused_reading = False
        self._waiter: asyncio.Future[None] | None = None
        self._drained: asyncio.Future[None] | None = None
        self._gone: asyncio.Future[None] | None = None

    # --- asyncio callbacks ----------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.buffered += len(data)
        if self.buffered > HIGH_WATER and not self.paused_reading and self.transport:
            self.paused_reading = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.lost = exc
        self._wake()
        for future in (self._drained, self._gone):
            if future is not None and not future.done():
                future.set_result(None)

    def pause_writing(self) -> None:
        if self._drained is None or self._drained.done():
            self._drained = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        if self._drained is not None and not self._drained.done():
            self._drained.set_result(None)

    # --- for the stream ---------------------------------------------------------------

    @property
    def ended(self) -> bool:
        return self.eof or self.closed

    def take(self, max_bytes: int) -> bytes:
        chunk = self.chunks.popleft()
        if len(chunk) > max_bytes:
            self.chunks.appendleft(chunk[max_bytes:])
            chunk = chunk[:max_bytes]
        self.buffered -= len(chunk)
        if self.paused_reading and self.buffered < LOW_WATER and self.transport:
            self.paused_reading = False
            self.transport.resume_reading()
        return chunk

    async def wait_data(self, timeout: float | None) -> None:
        """Until bytes arrive or the connection ends; TimeoutError after `timeout` seconds."""
        loop = asyncio.get_running_loop()
        waiter = self._waiter = loop.create_future()
        timer = loop.call_later(timeout, _expire, waiter) if timeout is not None else None
        try:
            await waiter
        finally:
            self._waiter = None
            if timer is not None:
                timer.cancel()

    async def wait_closed(self, timeout: float) -> bool:
        """Whether the connection ended within `timeout` seconds."""
        if self.closed:
            return True
        gone = self._gone = self._gone or asyncio.get_running_loop().create_future()
        try:
            async with asyncio.timeout(timeout):
                await asyncio.shield(gone)
        except TimeoutError:
            return False
        return True

    async def wait_drained(self, timeout: float | None) -> None:
        drained = self._drained
        if drained is None or drained.done():
            return
        async with asyncio.timeout(timeout):
            await asyncio.shield(drained)

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One TCP (or TLS) connection, read through a `_Reading` protocol."""

    def __init__(self, transport: asyncio.Transport, protocol: _Reading) -> None:
        self._transport = transport
        self._protocol = protocol

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        if not protocol.chunks and not protocol.ended:
            try:
                await protocol.wait_data(timeout)
            except TimeoutError as exc:
                raise httpcore.ReadTimeout("timed out") from exc
        if protocol.chunks:
            return protocol.take(max_bytes)
        if protocol.lost is not None:
            raise httpcore.ReadError(str(protocol.lost)) from protocol.lost
        return b""  # the server closed its side: httpcore reads that as the end

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        if self._protocol.closed or self._transport.is_closing():
            raise httpcore.WriteError("connection closed")
        self._transport.write(buffer)
        try:
            await self._protocol.wait_drained(timeout)
        except TimeoutError as exc:
            raise httpcore.WriteTimeout("timed out") from exc
        if self._protocol.lost is not None:
            raise httpcore.WriteError(str(self._protocol.lost)) from self._protocol.lost

    async def aclose(self) -> None:
        """Closed when this returns, so that no socket outlives its pool (or its event loop).

        A plain socket closes at the loop's next turn; TLS first says goodbye to the peer,
        and a peer that does not answer has its connection cut after `CLOSE_WAIT_S`."""
        self._transport.close()
        if not await self._protocol.wait_closed(CLOSE_WAIT_S):
            self._transport.abort()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                secured = await loop.start_tls(
                    self._transport,
                    self._protocol,
                    ssl_context,
                    server_hostname=server_hostname,
                    ssl_handshake_timeout=timeout,
                )
        except TimeoutError as exc:
            self._transport.close()
            raise httpcore.ConnectTimeout("TLS handshake timed out") from exc
        except (OSError, ssl.SSLError, ConnectionError) as exc:
            self._transport.close()
            raise httpcore.ConnectError(str(exc)) from exc
        if secured is None:  # the peer closed during the handshake
            raise httpcore.ConnectError("connection closed during the TLS handshake")
        assert isinstance(secured, asyncio.Transport)
        return AsyncioStream(secured, self._protocol)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            # Idle and readable means the server closed it or sent what nobody asked for:
            # either way it must not carry the next request. Known without a system call.
            return bool(self._protocol.chunks) or self._protocol.ended
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._transport.get_extra_info("socket")
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens TCP connections with the running loop's `create_connection`."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        local = (local_address, 0) if local_address else None
        try:
            async with asyncio.timeout(timeout):
                transport, protocol = await loop.create_connection(
                    _Reading, host, port, local_addr=local,
                    happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY_S,
                )
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout("timed out") from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        sock: socket.socket | None = transport.get_extra_info("socket")
        if sock is not None:
            for option in socket_options or ():
                sock.setsockopt(*option)
        return AsyncioStream(transport, protocol)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def asyncio_transport(
    limits: httpx.Limits, *, verify: ssl.SSLContext | bool = True
) -> httpx.AsyncHTTPTransport | None:
    """httpx's own HTTP/1.1 transport over `AsyncioBackend`; None where httpx must choose.

    With a proxy set in the environment httpx's default transport is kept, since it is
    the one that honours the proxy. The pool is httpx's, rebuilt with our backend: the
    request mapping and exception mapping stay httpx's own.
    """
    if any(key in ("http", "https", "all") for key in getproxies()):
        return None
    transport = httpx.AsyncHTTPTransport(verify=verify, limits=limits, http2=False)
    old = transport._pool
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=old._ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        http1=True,
        http2=False,
        network_backend=AsyncioBackend(),
    )
    return transport
