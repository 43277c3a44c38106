"""A page can link anywhere: internal addresses are never requested, legitimate targets are.

A real server on 127.0.0.1 plays the portal and counts what it receives; a second one, on
127.0.0.2, plays another service of the machine at an address the portal does not live on.
The real `Fetcher` does the requests. Spies on the
resolver and on the check show that a refused target was never asked for — not even its DNS.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections import Counter
from collections.abc import Awaitable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TypeVar

import pytest

from checks.links import LinkAnswer, LinkReport, check_broken_links
from checks.model import CrawlSettings, Fetched, Unit
from crawler.extract import parse_html, read_links
from crawler.fetch import Fetcher
from crawler.links import LinkChecker, LinkGate

PAGE = (Path(__file__).parents[1] / "checks" / "pages" / "link_safety_page.html").read_text(
    encoding="utf-8"
)
T = TypeVar("T")


@dataclass
class Counting:
    base: str
    hits: Counter[str] = field(default_factory=Counter)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read the counter."""

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def _answer(self, *, with_body: bool) -> None:
        with self.server.lock:
            self.server.counting.hits[self.path] += 1
        status = 200 if self.path in ("/ok.html", "/page.html", "/elsewhere.html") else 404
        body = b"<html><body>ok</body></html>"
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    counting: Counting
    lock: threading.Lock


@pytest.fixture
def servers() -> Iterator[tuple[Counting, Counting]]:
    started = []
    for address in ("127.0.0.1", "127.0.0.2"):
        server = _Server((address, 0), _Handler)
        server.lock = threading.Lock()
        server.counting = Counting(f"http://{address}:{server.server_address[1]}")
        threading.Thread(target=server.serve_forever, daemon=True).start()
        started.append(server)
    try:
        yield started[0].counting, started[1].counting
    finally:
        for server in started:
            server.shutdown()
            server.server_close()


def run(coro: Awaitable[T], limit_s: float = 10.0) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, limit_s)

    return asyncio.run(bounded())


class ResolverSpy:
    """Maps names like a hostile DNS would; records every name asked for."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        if host not in self.answers:
            raise OSError(f"no such host {host}")
        return self.answers[host]


def hostile_dns() -> ResolverSpy:
    """The one public-looking name of the page resolves to the machine itself."""
    return ResolverSpy({"rebind.example.com": ["127.0.0.1"]})


def check_page(
    portal: Counting, other: Counting, resolver: ResolverSpy, allow: tuple[str, ...] = ()
) -> tuple[LinkReport, list[str], list[tuple[str, str]]]:
    page_url = portal.base + "/page.html"
    html = PAGE + f'<a href="{other.base}/elsewhere.html">同机其他服务</a>'
    links = read_links(parse_html(html), page_url)
    asked: list[str] = []

    async def go() -> LinkReport:
        async with Fetcher(CrawlSettings(delay_s=0.0, retries=0, timeout_s=2.0)) as fetcher:

            async def spy(url: str) -> LinkAnswer:
                asked.append(url)
                return await fetcher.check_link(url)

            gate = LinkGate(portal.base + "/", allow, resolver=resolver)
            checker = LinkChecker(spy, gate, limit=100)
            page = Fetched(200, page_url, "utf-8", links=links)
            return await checker.check_pages([(page_url, page)])

    return run(go()), asked, list(links)


def test_internal_targets_are_never_requested_and_legitimate_ones_are(
    servers: tuple[Counting, Counting],
) -> None:
    portal, other = servers
    resolver = hostile_dns()
    report, asked, links = check_page(portal, other, resolver)

    # positive: the portal's own pages were requested, and the server saw them
    assert sorted(asked) == [portal.base + "/missing.html", portal.base + "/ok.html"]
    assert portal.hits["/ok.html"] >= 1 and portal.hits["/missing.html"] >= 1
    assert report.status[portal.base + "/ok.html"].ok
    assert report.status[portal.base + "/missing.html"].status == 404
    # negative: nothing else was asked for, not even the other local service
    assert other.hits == Counter()
    blocked = {
        "http://169.254.169.254/latest/meta-data/": "blocked: link-local address",
        "http://10.0.0.1/admin": "blocked: private address",
        "http://intranet.local/": "blocked: internal name",
        "http://localhost./": "blocked: internal name",
        "http://2130706433/": "blocked: loopback address",
        "http://0x7f.1/": "blocked: loopback address",
        "http://[::1]/": "blocked: loopback address",
        "http://[::ffff:169.254.169.254]/": "blocked: link-local address",
        "http://rebind.example.com/": "blocked: loopback address",
        f"{other.base}/elsewhere.html": "blocked: loopback address",
    }
    assert {url: report.skipped.get(url) for url in blocked} == blocked
    assert not set(blocked) & set(asked)
    # names are refused before any DNS query; only the one real name was resolved
    assert resolver.asked == ["rebind.example.com"]
    assert len(links) > len(blocked)  # the page really carried the traps


def test_allow_listed_host_is_requested(servers: tuple[Counting, Counting]) -> None:
    portal, other = servers
    host_port = other.base.removeprefix("http://")
    host = host_port.split(":")[0]
    assert host == "127.0.0.2"
    report, asked, _ = check_page(portal, other, hostile_dns(), allow=("127.0.0.2",))
    assert other.hits["/elsewhere.html"] >= 1
    assert report.status[f"{other.base}/elsewhere.html"].ok
    assert "http://10.0.0.1/admin" not in asked  # the allow list opens one host, not all
    assert report.skipped["http://10.0.0.1/admin"] == "blocked: private address"


def test_broken_portal_link_becomes_a_finding(servers: tuple[Counting, Counting]) -> None:
    portal, other = servers
    report, _, links = check_page(portal, other, hostile_dns())
    page_url = portal.base + "/page.html"
    unit = Unit("fgj", "区发展和改革局", "department", page_url)
    page = Fetched(200, page_url, "utf-8", links=tuple(links))
    [finding] = check_broken_links(unit, [(page_url, page)], report)
    assert finding.url == portal.base + "/missing.html"
    assert finding.observed["found_on"] == [page_url]
    assert finding.observed["status"] == 404


def test_other_ports_of_the_portals_own_host_are_checked(
    servers: tuple[Counting, Counting],
) -> None:
    """The portal lives on 127.0.0.1: a dead 旧版网站 on another port of it is a broken link."""
    portal, _ = servers
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    dead = f"http://127.0.0.1:{closed.getsockname()[1]}/old/index.html"
    closed.close()  # nothing listens there now: connection refused
    page_url = portal.base + "/page.html"
    links = read_links(parse_html(f'<a href="{dead}">旧版网站</a>'), page_url)

    async def go() -> LinkReport:
        async with Fetcher(CrawlSettings(delay_s=0.0, retries=0, timeout_s=2.0)) as fetcher:
            gate = LinkGate(portal.base + "/", (), resolver=hostile_dns())
            checker = LinkChecker(fetcher.check_link, gate, limit=10)
            return await checker.check_pages(
                [(page_url, Fetched(200, page_url, "utf-8", links=links))]
            )

    report = run(go())
    assert dead not in report.skipped
    unit = Unit("tyj", "区体育局", "department", page_url)
    [finding] = check_broken_links(
        unit, [(page_url, Fetched(200, page_url, "utf-8", links=links))], report
    )
    assert finding.url == dead and finding.observed["found_on"] == [page_url]


def test_a_link_to_a_file_on_the_authors_computer_is_broken_without_a_request(
    servers: tuple[Counting, Counting],
) -> None:
    portal, _ = servers
    page_url = portal.base + "/page.html"
    html = "<a href='file:///C:/Users/Administrator/Desktop/附件1.doc'>附件1</a>"
    links = read_links(parse_html(f"<html><body>{html}</body></html>"), page_url)
    asked: list[str] = []

    async def spy(url: str) -> LinkAnswer:
        asked.append(url)
        raise AssertionError("a file: link must not be requested")

    async def go() -> LinkReport:
        checker = LinkChecker(spy, LinkGate(portal.base + "/"), limit=10)
        return await checker.check_pages([(page_url, Fetched(200, page_url, "utf-8", links=links))])

    report = run(go())
    unit = Unit("fgj", "区发展和改革局", "department", page_url)
    [finding] = check_broken_links(
        unit, [(page_url, Fetched(200, page_url, "utf-8", links=links))], report
    )
    assert finding.url == "file:///C:/Users/Administrator/Desktop/附件1.doc" and asked == []
