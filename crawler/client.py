"""The one thing the crawler asks of an HTTP client: send a request, stream its answer.

httpx's `AsyncClient` does more per request than a crawl needs — it merges a
base URL, runs auth and event-hook machinery, and passes every answer through
`http.cookiejar` — and that was a third of the cost of a request in
`bench/crawl.py`. Here requests go straight to the transport as `httpx.Request`s
with the run's headers and time-outs; cookies are kept (a firewall's cookie
check needs them) but the cookie jar is consulted only once a server has set one.

With a proxy set in the environment there is no transport of ours (see
`crawler/transport.py`), and httpx's client does the work: it is the one that
knows how to honour a proxy and its exceptions.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx


class Client:
    """Requests with the run's headers and time-out, on `transport` (httpx's own when None)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None,
        *,
        headers: dict[str, str],
        timeout: httpx.Timeout,
        limits: httpx.Limits,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self._headers = {"Accept": "*/*", "Connection": "keep-alive", **headers}
        self._timeout = timeout.as_dict()
        self._transport = transport
        self._cookies = httpx.Cookies()
        self._httpx: httpx.AsyncClient | None = None
        if transport is None:
            self._httpx = httpx.AsyncClient(
                verify=verify,
                http2=False,
                follow_redirects=False,  # each hop must pass the per-host limiter
                timeout=timeout,
                limits=limits,
                headers=self._headers,
            )

    @asynccontextmanager
    async def stream(
        self, method: str, url: str, headers: dict[str, str]
    ) -> AsyncIterator[httpx.Response]:
        """The answer with its body unread; closed (its connection released) on exit."""
        if self._httpx is not None:
            async with self._httpx.stream(method, url, headers=headers) as answer:
                yield answer
            return
        assert self._transport is not None
        request = httpx.Request(
            method, url, headers={**self._headers, **headers}, extensions={"timeout": self._timeout}
        )
        if self._cookies.jar:
            self._cookies.set_cookie_header(request)
        response = await self._transport.handle_async_request(request)
        response.request = request
        try:
            if "set-cookie" in response.headers:
                self._cookies.extract_cookies(response)
            yield response
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        if self._httpx is not None:
            await self._httpx.aclose()
        elif self._transport is not None:
            await self._transport.aclose()
