"""The floor of a crawl: a bare httpx client fetching a given list of URLs, nothing else.

Run as a subprocess by `bench.crawl` (so interpreter start-up counts for both
sides): `python -m bench.floor URLS.json CONCURRENCY`, where the file holds
[[method, url], ...]. Prints one JSON object: {"requests", "bytes", "seconds"}.

It runs in the same environment as govwatch (sniffio included, which httpcore asks on every
request), with httpx's default transport: the client an operator would write by hand.
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


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m bench.floor URLS.json CONCURRENCY", file=sys.stderr)
        return 2
    pairs = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    requests = [(str(m), str(u)) for m, u in pairs]
    started = time.perf_counter()
    count, received = asyncio.run(fetch_all(requests, int(argv[1])))
    seconds = time.perf_counter() - started
    print(json.dumps({"requests": count, "bytes": received, "seconds": round(seconds, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
