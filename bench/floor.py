"""The floor of a crawl: a bare httpx client fetching a given list of URLs, nothing else.

Run as a subprocess by `bench.crawl` (so interpreter start-up counts for both
sides): `python -m bench.floor URLS.json CONCURRENCY [--own]`, where the file holds
[[method, url], ...]. Prints one JSON object: {"requests", "bytes", "seconds"}.

It runs in the same environment as govwatch (sniffio included, which httpcore asks on every
request), with httpx's default transport: the client an operator would write by hand. With
`--own` the same requests go through the crawler's own HTTP stack (`crawler/client.py` on
`crawler/transport.py`) and nothing else: what the crawl costs beyond its HTTP is the
crawl's time over this one.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

import httpx


async def fetch_all(requests: list[tuple[str, str]], concurrency: int) -> tuple[int, int]:
    """Every request, at most `concurrency` in flight (one host), bodies read in full."""
    gate = asyncio.Semaphore(concurrency)
    received = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:

        async def one(method: str, url: str) -> None:
            nonlocal received
            async with gate:
                try:
                    response = await client.request(method, url)
                except httpx.HTTPError:
                    return
                received += len(response.content)

        await asyncio.gather(*(one(m, u) for m, u in requests))
    return len(requests), received


async def fetch_all_own(requests: list[tuple[str, str]], concurrency: int) -> tuple[int, int]:
    """The same, through the crawler's HTTP stack: its client and transport, nothing more."""
    from crawler.client import Client
    from crawler.inflate import ACCEPT_ENCODING, Inflater
    from crawler.transport import asyncio_transport

    gate = asyncio.Semaphore(concurrency)
    received = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    client = Client(
        asyncio_transport(limits),
        headers={"Accept-Encoding": ACCEPT_ENCODING},  # as httpx's: both inflate what they get
        timeout=httpx.Timeout(30),
        limits=limits,
    )

    async def one(method: str, url: str) -> None:
        nonlocal received
        async with gate:
            try:
                async with client.stream(method, url, {}) as response:
                    inflater = Inflater(response.headers.get("content-encoding"), 1 << 30)
                    async for chunk in response.aiter_raw():
                        received += len(inflater.feed(chunk))
                    received += len(inflater.finish())
            except httpx.HTTPError:
                return

    try:
        await asyncio.gather(*(one(m, u) for m, u in requests))
    finally:
        await client.aclose()
    return len(requests), received


def main(argv: list[str]) -> int:
    own = "--own" in argv
    argv = [a for a in argv if a != "--own"]
    if len(argv) != 2:
        print("usage: python -m bench.floor URLS.json CONCURRENCY [--own]", file=sys.stderr)
        return 2
    pairs = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    requests = [(str(m), str(u)) for m, u in pairs]
    started = time.perf_counter()
    fetch = fetch_all_own if own else fetch_all
    count, received = asyncio.run(fetch(requests, int(argv[1])))
    seconds = time.perf_counter() - started
    print(json.dumps({"requests": count, "bytes": received, "seconds": round(seconds, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
