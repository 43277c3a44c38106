"""Availability probes: one light request per URL, the national rule's 15 s limit.

A HEAD first; servers that refuse HEAD (405/501, some 403/400) get a GET of
which only the first few KB are read. A probe never follows the crawl's
retries: a page that did not load within the limit is, for this rule, down.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from datetime import datetime

import httpx

from checks.availability import Probe

LIMIT_S = 15.0
GET_CAP = 16 * 1024
HEAD_REFUSED = frozenset({400, 403, 405, 501})
CONCURRENCY = 4
USER_AGENT = "govwatch-probe/0.1 (availability probe)"  # header values are ASCII only


async def probe(client: httpx.AsyncClient, url: str, at: datetime, limit: float = LIMIT_S) -> Probe:
    """The whole exchange (HEAD, and the small GET when HEAD is refused) within `limit`."""
    started = time.monotonic()
    try:
        async with asyncio.timeout(limit):
            response = await client.head(url)
            status = response.status_code
            if status in HEAD_REFUSED:
                status = await _small_get(client, url)
    except (httpx.HTTPError, TimeoutError) as exc:
        elapsed = int((time.monotonic() - started) * 1000)
        reason = f"{type(exc).__name__}: {exc}".strip().rstrip(":")[:500]
        return Probe(url, at, False, None, elapsed, reason)
    elapsed = int((time.monotonic() - started) * 1000)
    ok = status < 400
    return Probe(url, at, ok, status, elapsed, None if ok else f"HTTP {status}")


async def _small_get(client: httpx.AsyncClient, url: str) -> int:
    async with client.stream("GET", url) as response:
        received = 0
        async for chunk in response.aiter_raw():
            received += len(chunk)
            if received >= GET_CAP:
                break
        return response.status_code


async def probe_all(
    urls: Sequence[str],
    at: datetime,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    limit: float = LIMIT_S,
) -> list[Probe]:
    """All URLs, a few at a time; every probe of a round carries the round's moment.

    `limit` is the national rule's 15 s; tests pass a fraction of a second.
    """
    gate = asyncio.Semaphore(CONCURRENCY)
    async with httpx.AsyncClient(
        transport=transport,
        timeout=httpx.Timeout(limit),
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
    ) as client:

        async def one(url: str) -> Probe:
            async with gate:
                return await probe(client, url, at, limit)

        return list(await asyncio.gather(*(one(u) for u in urls)))
