"""N3 and N4 at the HTTP layer, without sockets (an httpx transport handler):

- N3: a 200 page sent with `Content-Encoding: UTF-8` (or `none`), body plain HTML, comes back
  `Unreadable('unsupported content-encoding: utf-8')`; browsers pass an unknown coding through.
- N4: a target whose HEAD answers 200 (Content-Length 0) while GET answers 404 is `ok=True`.

    PYTHONPATH=. .venv/bin/python tests/portal24n/repro/n3_n4_fetch.py
"""

from __future__ import annotations

import asyncio

import httpx

from checks.model import CrawlSettings
from crawler.fetch import Fetcher

PAGE = (
    '<html><head><meta charset="utf-8"></head><body><ul><li><a href="a.html">工作动态</a>'
    "<span>2027-09-24</span></li></ul></body></html>"
).encode()


def handler(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/gzdt/index.html":
        headers = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "UTF-8"}
        return httpx.Response(200, content=PAGE, headers=headers)
    if request.url.path == "/down/old2019.jsp":
        if request.method == "HEAD":
            return httpx.Response(200, headers={"Content-Type": "text/html", "Content-Length": "0"})
        return httpx.Response(404, content=b"<h1>404</h1>")
    return httpx.Response(404)


async def main() -> None:
    settings = CrawlSettings(retries=0, delay_s=0)
    async with Fetcher(settings, transport=httpx.MockTransport(handler)) as fetcher:
        page = await fetcher.get("http://127.0.0.1/gzdt/index.html")
        print("N3 GET  /gzdt/index.html ->", page)
        link = await fetcher.check_link("http://127.0.0.1/down/old2019.jsp")
        print("N4 link /down/old2019.jsp ->", link)


asyncio.run(main())
