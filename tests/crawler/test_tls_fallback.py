"""A portal whose certificate a browser would warn about is still read, not called unreachable.

Government sites often serve a self-signed or expired certificate, or leave out the
intermediate a browser fetches on its own; Python's ssl refuses all of these. The units are
judged on what their columns show, so the fetcher reads such a host without verification
(and logs it once), while a failure that is no certificate's stays a failure.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from checks.model import CrawlSettings, Unreachable
from crawler.fetch import Answer, Fetcher, LinkStatus, Response
from tests.support.certs import self_signed_files

SETTINGS = CrawlSettings(delay_s=0.0, retries=0, timeout_s=5.0)
PAGE = "<html><body><ul><li><a href='/a.html'>通知</a> 2026-11-20</li></ul></body></html>"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/missing.html":
            self.send_error(404)
            return
        body = PAGE.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_HEAD = do_GET

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    """Counts the handshakes it refused: each one is a client that gave up on the certificate."""

    daemon_threads = True

    def __init__(self, context: ssl.SSLContext | None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context
        self.refused = 0

    def get_request(self) -> tuple[socket.socket, Any]:
        conn, addr = self.socket.accept()
        if self.context is None:
            return conn, addr
        try:
            return self.context.wrap_socket(conn, server_side=True), addr
        except (ssl.SSLError, OSError):
            self.refused += 1
            conn.close()
            raise

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture
def self_signed(tmp_path: Path) -> ssl.SSLContext:
    cert, key = self_signed_files(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def _serving(context: ssl.SSLContext | None) -> Iterator[_Server]:
    server = _Server(context)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def https_site(self_signed: ssl.SSLContext) -> Iterator[_Server]:
    yield from _serving(self_signed)


@pytest.fixture
def http_site() -> Iterator[_Server]:
    yield from _serving(None)


def _base(server: _Server, scheme: str) -> str:
    return f"{scheme}://127.0.0.1:{server.server_address[1]}"


def test_a_self_signed_portal_is_read_and_logged_once(
    https_site: _Server, caplog: pytest.LogCaptureFixture
) -> None:
    base = _base(https_site, "https")

    async def crawl() -> tuple[Answer, Answer, LinkStatus, LinkStatus]:
        async with Fetcher(SETTINGS) as fetcher:
            first = await fetcher.get(f"{base}/col/index.html")
            second = await fetcher.get(f"{base}/col2/index.html")
            link = await fetcher.check_link(f"{base}/doc.html")
            missing = await fetcher.check_link(f"{base}/missing.html")
            return first, second, link, missing

    with caplog.at_level(logging.WARNING, logger="crawler.fetch"):
        first, second, link, missing = asyncio.run(crawl())
    assert isinstance(first, Response) and first.status == 200 and "通知" in first.body.decode()
    assert isinstance(second, Response) and second.status == 200
    assert link.ok is True
    assert missing.ok is False and missing.status == 404
    # Once refused, the host is asked without verification: one handshake was given up on.
    assert https_site.refused == 1
    warned = [r for r in caplog.records if "certificate not verified" in r.getMessage()]
    assert len(warned) == 1 and "127.0.0.1" in warned[0].getMessage()


def test_a_tls_failure_that_is_no_certificate_stays_unreachable(http_site: _Server) -> None:
    # https:// to a server that speaks plain HTTP: the handshake fails, the certificate is
    # not the reason, and nothing is read past it.
    url = f"{_base(http_site, 'https')}/col/index.html"

    async def crawl() -> Answer:
        async with Fetcher(SETTINGS) as fetcher:
            return await fetcher.get(url)

    answer = asyncio.run(crawl())
    assert isinstance(answer, Unreachable)
    assert answer.error.startswith("connect")
