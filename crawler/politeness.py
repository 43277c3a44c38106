"""Per-host politeness: how many requests may be in flight to a host, and how far apart they start.

Government portals are often small servers behind a fragile WAF; a monitor that
floods them gets blocked and then reports every column as unreachable. So every
request — each redirect hop and each retry included — takes a slot from its
host's limiter first.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from urllib.parse import urlsplit


def host_key(url: str) -> str:
    """Hosts are told apart by name and port: two ports of one name are usually two servers."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{host}:{port}"


class _Host:
    """One host's state: the in-flight cap and the earliest moment the next request may start."""

    __slots__ = ("next_start", "slots", "starting")

    def __init__(self, concurrency: int) -> None:
        self.slots = asyncio.Semaphore(concurrency)
        self.starting = asyncio.Lock()  # starts are spaced one after the other
        self.next_start = 0.0


class HostLimiter:
    """At most `concurrency` requests in flight per host, starts at least `delay_s` apart.

    `sleep` and `clock` are injectable so tests can observe the waits without waiting.
    """

    def __init__(
        self,
        concurrency: int,
        delay_s: float,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.concurrency = max(1, concurrency)
        self.delay_s = max(0.0, delay_s)
        self._sleep = sleep
        self._clock = clock
        self._hosts: dict[str, _Host] = {}

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        host = self._hosts.get(key)
        if host is None:
            host = self._hosts[key] = _Host(self.concurrency)
        return host

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """Hold one of the host's slots for the duration of a request (headers and body)."""
        host = self._host(url)
        async with host.slots:
            await self._wait_turn(host)
            yield

    async def _wait_turn(self, host: _Host) -> None:
        """Space request starts; the lock is held while waiting so starts form a queue."""
        async with host.starting:
            wait = host.next_start - self._clock()
            if wait > 0:
                await self._sleep(wait)
            host.next_start = self._clock() + self.delay_s
