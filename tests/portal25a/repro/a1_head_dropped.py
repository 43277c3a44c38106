"""A1 at the HTTP layer, without sockets (an httpx transport handler): a target whose HEAD is
dropped without an answer (an old firewall's rule) while GET answers 200 comes back
`ok=False` ("protocol: Server disconnected without sending a response."), never asked by GET.
For comparison, the same target with HEAD answering 405 or 403 is asked again by GET: `ok=True`.

    PYTHONPATH=. .venv/bin/python tests/portal25a/repro/a1_head_dropped.py
"""

from __future__ import annotations

import asyncio

import httpx

from checks.model import CrawlSettings
from crawler.fetch import Fetcher

PAGE = '<html><head><meta charset="utf-8"></head><body><p>交通运输执法公示</p></body></html>'

asked: list[str] = []  # the requests the server received, for the current target


def handler(request: httpx.Request) -> httpx.Response:
    asked.append(f"{request.method} {request.url.path}")
    if request.method == "HEAD":
        if request.url.path == "/bm/jtj/xxgk/hdrop.html":
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            )
        return httpx.Response(405 if request.url.path.endswith("405.html") else 403)
    return httpx.Response(200, content=PAGE.encode(), headers={"Content-Type": "text/html"})


async def main() -> None:
    settings = CrawlSettings(retries=0, delay_s=0)
    async with Fetcher(settings, transport=httpx.MockTransport(handler)) as fetcher:
        for path in (
            "/bm/jtj/xxgk/hdrop.html",
            "/bm/jtj/xxgk/gs405.html",
            "/bm/jtj/xxgk/gs403.html",
        ):
            asked.clear()
            link = await fetcher.check_link(f"http://127.0.0.1{path}")
            print(f"{path}: {link}\n  requests: {asked}")


asyncio.run(main())
