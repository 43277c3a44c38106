"""The fetcher: retries, redirects, conditional GET, dedupe (transports); limits (loopback)."""

from __future__ import annotations

import asyncio
import itertools
import socket
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any, TypeVar
from urllib.parse import unquote

import httpx
import pytest

from checks.model import CrawlSettings, Unreachable, Unreadable
from crawler.attempt import retry_after_s
from crawler.fetch import Fetcher, LinkStatus, Response, Validators
from crawler.politeness import HostLimiter
from tests.support.server import Hostile, hostile_server

T = TypeVar("T")
Handler = Callable[[httpx.Request], httpx.Response]


def run(coro: Awaitable[T], limit_s: float = 5.0) -> T:
    """Every test is bounded in time: a hang fails the test instead of stalling the suite."""

    async def bounded() -> T:
        return await asyncio.wait_for(coro, limit_s)

    return asyncio.run(bounded())


def settings(**overrides: Any) -> CrawlSettings:
    """The defaults, without politeness delay so unit tests see only the waits they cause."""
    return CrawlSettings(**{"delay_s": 0.0, **overrides})


class Sleeps:
    """An injected sleep that records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


class Recorder:
    """A transport handler that answers from a function and keeps the requests it saw."""

    def __init__(self, answer: Handler) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)

    @property
    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]


def fetcher(answer: Handler, sleeps: Sleeps, **overrides: Any) -> tuple[Fetcher, Recorder]:
    recorder = Recorder(answer)
    transport = httpx.MockTransport(recorder)
    return Fetcher(settings(**overrides), transport=transport, sleep=sleeps), recorder


def get_once(
    answer: Handler,
    url: str = "http://portal.test/a",
    validators: Validators | None = None,
    **overrides: Any,
) -> tuple[Response | Unreachable | Unreadable, Recorder, Sleeps]:
    sleeps = Sleeps()

    async def go() -> Response | Unreachable | Unreadable:
        f, _ = made
        async with f:
            return await f.get(url, validators)

    made = fetcher(answer, sleeps, **overrides)
    return run(go()), made[1], sleeps


# --- retries ---------------------------------------------------------------


def test_5xx_is_retried_with_growing_jittered_backoff_then_succeeds() -> None:
    statuses = iter([503, 502, 200])
    result, rec, sleeps = get_once(lambda r: httpx.Response(next(statuses), text="ok"))
    assert isinstance(result, Response) and result.status == 200 and result.body == b"ok"
    assert len(rec.requests) == 3
    assert len(sleeps.waits) == 2
    assert 0.25 <= sleeps.waits[0] < 0.75  # backoff_s 0.5 × 2⁰, jittered ×[0.5, 1.5)
    assert 0.5 <= sleeps.waits[1] < 1.5  # × 2¹


def test_5xx_every_time_is_unreachable_after_all_retries() -> None:
    result, rec, sleeps = get_once(lambda r: httpx.Response(500), retries=3)
    assert result == Unreachable("http 500", status=500)
    assert len(rec.requests) == 4 and len(sleeps.waits) == 3


@pytest.mark.parametrize("status", [404, 410, 403, 400])
def test_4xx_is_final_at_once(status: int) -> None:
    result, rec, sleeps = get_once(lambda r: httpx.Response(status))
    assert result == Unreachable(f"http {status}", status=status)
    assert len(rec.requests) == 1 and sleeps.waits == []


def test_connection_errors_are_retried_then_unreachable() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    result, rec, sleeps = get_once(refuse, retries=2)
    assert result == Unreachable("connect: Connection refused")
    assert len(rec.requests) == 3 and len(sleeps.waits) == 2


def test_retry_after_seconds_is_honoured() -> None:
    statuses = iter([429, 200])
    result, rec, sleeps = get_once(
        lambda r: httpx.Response(next(statuses), headers={"Retry-After": "7"})
    )
    assert isinstance(result, Response) and result.status == 200
    assert sleeps.waits == [7.0] and len(rec.requests) == 2


def test_retry_after_is_capped() -> None:
    statuses = iter([503, 200])
    _, _, sleeps = get_once(
        lambda r: httpx.Response(next(statuses), headers={"Retry-After": "3600"}),
        retry_after_cap_s=30.0,
    )
    assert sleeps.waits == [30.0]


def test_retry_after_http_date() -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=20), usegmt=True)
    statuses = iter([429, 200])
    _, _, sleeps = get_once(lambda r: httpx.Response(next(statuses), headers={"Retry-After": when}))
    assert len(sleeps.waits) == 1 and 15.0 < sleeps.waits[0] <= 20.0


def test_retry_after_parsing() -> None:
    now = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    assert retry_after_s("120", now) == 120.0
    assert retry_after_s("Wed, 25 Nov 2026 08:01:00 GMT", now) == 60.0
    assert retry_after_s("Wed, 25 Nov 2026 07:00:00 GMT", now) == 0.0  # in the past: no wait
    assert retry_after_s("soon", now) is None and retry_after_s(None, now) is None


# --- redirects ---------------------------------------------------------------


def test_redirects_are_followed_and_relative_locations_resolved() -> None:
    hops = {"/a": "b", "/b": "/c/d", "/c/d": "../e"}

    def answer(r: httpx.Request) -> httpx.Response:
        if r.url.path in hops:
            return httpx.Response(302, headers={"Location": hops[r.url.path]})
        return httpx.Response(200, text="here")

    result, rec, _ = get_once(answer, url="http://portal.test/a")
    assert isinstance(result, Response)
    assert result.url == "http://portal.test/a" and result.final_url == "http://portal.test/e"
    assert result.redirects == (
        "http://portal.test/b",
        "http://portal.test/c/d",
        "http://portal.test/e",
    )
    assert rec.paths == ["/a", "/b", "/c/d", "/e"]


def test_redirect_loop_is_unreachable() -> None:
    loop = {"/a": "/b", "/b": "/a"}
    result, rec, _ = get_once(lambda r: httpx.Response(301, headers={"Location": loop[r.url.path]}))
    assert result == Unreachable("redirect loop", status=301)
    assert rec.paths == ["/a", "/b"]


def test_a_cookie_check_redirect_to_itself_is_asked_again_with_the_cookie() -> None:
    """A firewall's 302 back to the same URL with Set-Cookie (302 跳转验证): a browser gets
    the page on the next request, so the fetcher does too."""

    def answer(r: httpx.Request) -> httpx.Response:
        if "waf_cc=1" in r.headers.get("cookie", ""):
            return httpx.Response(200, text="<html><body>ok</body></html>")
        return httpx.Response(302, headers={"Location": "/a", "Set-Cookie": "waf_cc=1; Path=/"})

    result, rec, _ = get_once(answer, url="http://portal.test/a")
    assert isinstance(result, Response) and result.status == 200
    assert rec.paths == ["/a", "/a"]


def test_a_cookie_check_that_never_lets_in_is_a_loop() -> None:
    always = httpx.Response(302, headers={"Location": "/a", "Set-Cookie": "waf_cc=1; Path=/"})
    result, rec, _ = get_once(lambda r: always, url="http://portal.test/a")
    assert result == Unreachable("redirect loop", status=302)
    assert rec.paths == ["/a", "/a"]


def test_too_many_redirects() -> None:
    def onward(r: httpx.Request) -> httpx.Response:
        n = int(r.url.path.rsplit("/", 1)[1])
        return httpx.Response(302, headers={"Location": f"/r/{n + 1}"})

    result, rec, _ = get_once(onward, url="http://portal.test/r/0", max_redirects=10)
    assert result == Unreachable("too many redirects", status=302)
    assert len(rec.requests) == 11  # the first request and ten hops


def test_redirect_to_another_scheme_is_unreachable() -> None:
    result, rec, _ = get_once(lambda r: httpx.Response(302, headers={"Location": "ftp://x/y"}))
    assert result == Unreachable("unsupported scheme: ftp")
    assert len(rec.requests) == 1


# --- conditional GET, headers, dedupe ------------------------------------------


def test_validators_are_sent_and_304_is_returned_as_not_modified() -> None:
    validators = Validators(etag='"abc"', last_modified="Wed, 18 Nov 2026 08:00:00 GMT")
    result, rec, _ = get_once(
        lambda r: httpx.Response(304, headers={"ETag": '"abc"'}), validators=validators
    )
    sent = rec.requests[0].headers
    assert sent["If-None-Match"] == '"abc"'
    assert sent["If-Modified-Since"] == "Wed, 18 Nov 2026 08:00:00 GMT"
    assert isinstance(result, Response) and result.not_modified and result.status == 304
    assert result.validators.etag == '"abc"'


def test_a_fresh_answer_carries_its_validators_and_the_user_agent_is_sent() -> None:
    headers = {"ETag": '"v2"', "Last-Modified": "Thu, 19 Nov 2026 08:00:00 GMT"}
    result, rec, _ = get_once(lambda r: httpx.Response(200, headers=headers, text="x"))
    assert isinstance(result, Response) and not result.not_modified
    assert result.validators == Validators('"v2"', "Thu, 19 Nov 2026 08:00:00 GMT")
    assert result.headers["etag"] == '"v2"'
    sent_agent = rec.requests[0].headers["User-Agent"]
    assert sent_agent.isascii() and unquote(sent_agent) == CrawlSettings().user_agent
    sent = rec.requests[0].headers
    assert "If-None-Match" not in sent and "Accept-Encoding" in sent


def test_each_url_is_fetched_once_per_run() -> None:
    sleeps = Sleeps()
    f, rec = fetcher(lambda r: httpx.Response(200, text=r.url.path), sleeps)

    async def go() -> list[Response | Unreachable | Unreadable]:
        async with f:
            together = await asyncio.gather(*(f.get("http://portal.test/a") for _ in range(5)))
            later = await f.get("http://portal.test/a")
            other = await f.get("http://portal.test/b")
            return [*together, later, other]

    results = run(go())
    assert rec.paths == ["/a", "/b"]
    assert all(r == results[0] for r in results[:6]) and isinstance(results[0], Response)
    assert isinstance(results[6], Response) and results[6].body == b"/b"
    assert f.requests_made == 2


def test_content_length_over_the_cap_is_refused() -> None:
    result, _, _ = get_once(lambda r: httpx.Response(200, content=b"z" * 2000), max_bytes=1000)
    assert result == Unreadable("too large: over 1000 bytes", status=200)


@pytest.mark.parametrize("coding", ["UTF-8", "none", "identity", "binary, identity"])
def test_a_label_that_names_no_coding_passes_the_body_through(coding: str) -> None:
    """`Content-Encoding: UTF-8` (a charset put in the wrong header) or `none`: browsers show
    the body as sent (portal24n N3); a real coding we cannot undo is still refused."""
    page = "<html><body>工作动态 2027-09-24</body></html>".encode()

    def answer(coded: str) -> Handler:
        return lambda r: httpx.Response(200, content=page, headers={"Content-Encoding": coded})

    result, _, _ = get_once(answer(coding))
    assert isinstance(result, Response) and result.body == page
    refused, _, _ = get_once(answer("br"))
    assert refused == Unreadable("unsupported content-encoding: br", status=200)


# --- link checks ---------------------------------------------------------------


def link_check(answer: Handler, *urls: str) -> tuple[list[LinkStatus], Recorder]:
    sleeps = Sleeps()
    f, rec = fetcher(answer, sleeps, retries=0)

    async def go() -> list[LinkStatus]:
        async with f:
            return [await f.check_link(u) for u in urls]

    return run(go()), rec


def test_link_check_uses_head_and_caches() -> None:
    results, rec = link_check(lambda r: httpx.Response(200), "http://p.test/x", "http://p.test/x")
    assert results == [LinkStatus("http://p.test/x", True, 200, None)] * 2
    assert [r.method for r in rec.requests] == ["HEAD"]


@pytest.mark.parametrize("head_status", [405, 501, 403, 500])
def test_link_check_falls_back_to_get_when_head_is_refused(head_status: int) -> None:
    results, rec = link_check(
        lambda r: httpx.Response(head_status if r.method == "HEAD" else 200),
        "http://p.test/x",
    )
    assert results == [LinkStatus("http://p.test/x", True, 200, None)]
    assert [r.method for r in rec.requests] == ["HEAD", "GET"]


def test_broken_link_is_not_ok() -> None:
    results, rec = link_check(lambda r: httpx.Response(404), "http://p.test/gone")
    assert results == [LinkStatus("http://p.test/gone", False, 404, "http 404")]
    assert [r.method for r in rec.requests] == ["HEAD", "GET"]


def test_link_check_reuses_a_page_already_fetched() -> None:
    sleeps = Sleeps()
    f, rec = fetcher(lambda r: httpx.Response(200, text="page"), sleeps)

    async def go() -> LinkStatus:
        async with f:
            await f.get("http://p.test/x")
            return await f.check_link("http://p.test/x")

    assert run(go()) == LinkStatus("http://p.test/x", True, 200, None)
    assert [r.method for r in rec.requests] == ["GET"]


# --- politeness (fake clock) -----------------------------------------------------


def test_limiter_spaces_starts_per_host_only() -> None:
    now = [0.0]
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    limiter = HostLimiter(4, 0.5, sleep=sleep, clock=lambda: now[0])

    async def go() -> None:
        for url in ("http://a.test/1", "http://a.test/2", "http://b.test/1", "http://a.test/3"):
            async with limiter.slot(url):
                pass

    run(go())
    assert waits == [0.5, 0.5]  # a.test waits twice; b.test does not wait for a.test
    assert now[0] == 1.0


# --- loopback: what only a socket shows ----------------------------------------


@pytest.fixture(scope="module")
def hostile() -> Iterator[Hostile]:
    with hostile_server() as server:
        yield server


def real_get(url: str, limit_s: float = 5.0, **overrides: Any) -> tuple[object, Fetcher]:
    async def go() -> tuple[object, Fetcher]:
        async with Fetcher(settings(**overrides), sleep=Sleeps()) as f:
            return await f.get(url), f

    return run(go(), limit_s)


def test_a_dripping_server_is_cut_at_the_deadline(hostile: Hostile) -> None:
    started = time.monotonic()
    result, _ = real_get(hostile.url("/drip"), timeout_s=1.0, retries=0)
    elapsed = time.monotonic() - started
    assert result == Unreachable("timeout")
    assert 0.9 <= elapsed < 2.0


CAP = 5 * 1024 * 1024


@pytest.mark.parametrize(
    ("path", "least", "most"),
    [
        ("/big", 0, 0),  # refused on its Content-Length, before any body byte
        ("/bigchunked", CAP + 1, CAP + 65536),  # read up to the cap, no further
        ("/bomb", CAP + 1, CAP + 1),  # inflated only one byte past the cap
    ],
)
def test_oversized_bodies_are_unreadable(
    hostile: Hostile, path: str, least: int, most: int
) -> None:
    result, f = real_get(hostile.url(path))
    assert result == Unreadable(f"too large: over {CAP} bytes", status=200)
    assert least <= f.bytes_received <= most


def test_a_gzip_page_is_decoded_and_both_byte_counts_kept(hostile: Hostile) -> None:
    result, f = real_get(hostile.url("/gzip"))
    assert isinstance(result, Response) and result.body.startswith(b"<html>")
    assert f.bytes_received == len(result.body)
    assert 0 < f.wire_bytes < f.bytes_received


def test_a_reset_mid_body_is_unreachable_after_retries(hostile: Hostile) -> None:
    result, f = real_get(hostile.url("/reset?case=1"), retries=2)
    assert isinstance(result, Unreachable) and result.error != "timeout"
    assert result.error.startswith(("read:", "protocol:"))
    assert hostile.tally.hits["/reset?case=1"] == 3 and f.requests_made == 3


def test_connection_refused_is_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result, f = real_get(f"http://127.0.0.1:{port}/", retries=1)
    assert isinstance(result, Unreachable) and result.error.startswith("connect:")
    assert f.requests_made == 2


def test_in_flight_requests_per_host_never_exceed_concurrency(hostile: Hostile) -> None:
    async def go() -> None:
        async with Fetcher(settings(concurrency=2)) as f:
            results = await asyncio.gather(*(f.get(hostile.url(f"/hold/{i}")) for i in range(8)))
            assert all(isinstance(r, Response) for r in results)

    run(go())
    assert hostile.tally.max_in_flight == 2  # reached, never passed


def test_request_starts_to_one_host_are_spaced_by_delay(hostile: Hostile) -> None:
    paths = [f"/page?spaced={i}" for i in range(4)]

    async def go() -> None:
        async with Fetcher(settings(concurrency=4, delay_s=0.2)) as f:
            await asyncio.gather(*(f.get(hostile.url(p)) for p in paths))

    run(go())
    starts = sorted(hostile.tally.starts[p] for p in paths)
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(gaps) == 3 and min(gaps) >= 0.15


# --- anti-bot challenges ----------------------------------------------------------

RUISHU = (
    "<html><head><meta id='x' content='abc'><script>var $_ts=window['$_ts'];</script></head></html>"
)
JSL = (
    "<html><script>document.cookie=('_')+('_jsl_clearance_s=1');"
    "location.href=location.pathname</script></html>"
)


@pytest.mark.parametrize(
    ("status", "body"), [(412, RUISHU), (521, JSL), (403, "<p>安全狗 safedog</p>")]
)
def test_a_waf_puzzle_is_unreadable_not_unreachable(status: int, body: str) -> None:
    result, _, _ = get_once(lambda r: httpx.Response(status, text=body), retries=0)
    assert isinstance(result, Unreadable) and result.status == status
    assert "anti-bot challenge" in result.reason


def test_a_plain_403_is_still_unreachable() -> None:
    result, _, _ = get_once(lambda r: httpx.Response(403, text="<h1>403 Forbidden</h1>"))
    assert isinstance(result, Unreachable) and result.status == 403


@pytest.mark.parametrize(("status", "body"), [(412, RUISHU), (521, JSL)])
def test_a_link_behind_a_waf_puzzle_is_not_broken(status: int, body: str) -> None:
    sleeps = Sleeps()
    made, _ = fetcher(lambda r: httpx.Response(status, text=body), sleeps, retries=0)

    async def go() -> LinkStatus:
        async with made:
            return await made.check_link("http://other.gov.test/")

    answer = run(go())
    assert answer.ok and answer.status == status
    assert answer.error is not None and "anti-bot" in answer.error
