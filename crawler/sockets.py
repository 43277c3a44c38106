"""The socket layer under the crawler's HTTP client, on asyncio's own transports.

anyio streams (httpx's default on asyncio) cost, per socket operation, a cancel
scope with a loop timer, an exception-mapping context manager, a checkpoint on
every send and a pause/resume of reading around every receive; and "has the
server closed this idle connection?" is a `poll()` system call per request. On
a crawl of small pages from one server that was about half of the client's CPU
time (measured in `bench/crawl.py`).

A `Reading` protocol keeps reading while a connection is idle (bounded by a
high-water mark), so "is this idle connection still usable?" is answered from
what the protocol already saw, and a read returns buffered bytes without
waiting. `crawler/transport.py` speaks HTTP/1.1 over it.
"""

from __future__ import annotations

import asyncio
from collections import deque

HIGH_WATER = 256 * 1024  # bytes buffered before the protocol stops reading
LOW_WATER = 64 * 1024  # and below which it reads again
HAPPY_EYEBALLS_DELAY_S = 0.25  # as anyio's connect_tcp: IPv6 and IPv4 raced, the first wins
CLOSE_WAIT_S = 1.0  # how long a close may wait for TLS's goodbye before the socket is cut


class Reading(asyncio.Protocol):
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
