"""A real HTTP server on 127.0.0.1 with a catalogue of hostile pages.

Unit tests use transports; these pages exist because time-outs, resets and
bombs only show their true behaviour over a socket. The server counts what it
receives (hits per path, requests in flight, start times) so tests assert on
the server's view, not on the code under test.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = (
    "<html><head><meta charset='utf-8'></head>"
    "<body><ul><li>通知公告 2026-11-20</li></ul></body></html>"
)
BIG = 20 * 1024 * 1024
BOMB = gzip.compress(b"\0" * BIG, compresslevel=9)


@dataclass
class Tally:
    """What the server saw; shared by the handler threads under `lock`."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    hits: Counter[str] = field(default_factory=Counter)
    in_flight: int = 0
    max_in_flight: int = 0
    starts: dict[str, float] = field(default_factory=dict)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    tally: Tally


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests assert on the tally, not on an access log."""

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        tally = self.server.tally
        with tally.lock:
            tally.hits[self.path] += 1
            tally.starts[self.path] = time.monotonic()
        route = self.path.split("?")[0].strip("/").split("/")[0]
        handler = getattr(self, f"page_{route}", None)
        try:
            if handler is None:
                self._send(404, b"not found")
            else:
                handler()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up, as it should have

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": "text/html; charset=utf-8", **(headers or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def page_page(self) -> None:
        self._send(200, PAGE.encode("utf-8"), {"ETag": '"v1"'})

    def page_gzip(self) -> None:
        body = gzip.compress(PAGE.encode("utf-8") * 50)
        self._send(200, body, {"Content-Encoding": "gzip"})

    def page_drip(self) -> None:
        """Headers at once, then a byte every 0.25 s: never idle long enough for a read time-out."""
        self.send_response(200)
        self.send_header("Content-Length", "100")
        self.end_headers()
        for _ in range(100):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.25)

    def page_big(self) -> None:
        """20 MB announced by Content-Length."""
        self.send_response(200)
        self.send_header("Content-Length", str(BIG))
        self.end_headers()
        self._write_chunks(lambda chunk: chunk)

    def page_bigchunked(self) -> None:
        """20 MB with no length announced: only counting while streaming catches it."""
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self._write_chunks(lambda chunk: b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\n\r\n")

    def _write_chunks(self, frame: Callable[[bytes], bytes]) -> None:
        chunk = b"a" * 65536
        for _ in range(BIG // len(chunk)):
            self.wfile.write(frame(chunk))

    def page_bomb(self) -> None:
        """About 20 KB on the wire, 20 MB once inflated."""
        self._send(200, BOMB, {"Content-Encoding": "gzip"})

    def page_reset(self) -> None:
        """Promise 10 000 bytes, send 100, then reset the connection (RST, not FIN)."""
        self.send_response(200)
        self.send_header("Content-Length", "10000")
        self.end_headers()
        self.wfile.write(b"y" * 100)
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def page_hold(self) -> None:
        """Answer after 0.1 s, counting how many requests are being served at once."""
        tally = self.server.tally
        with tally.lock:
            tally.in_flight += 1
            tally.max_in_flight = max(tally.max_in_flight, tally.in_flight)
        try:
            time.sleep(0.1)  # the server is slow; the test waits on the client, not on this
            self._send(200, PAGE.encode("utf-8"))
        finally:
            with tally.lock:
                tally.in_flight -= 1


@dataclass(frozen=True)
class Hostile:
    """A running catalogue server: its base URL and what it has seen."""

    base: str
    tally: Tally

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


@contextmanager
def hostile_server() -> Iterator[Hostile]:
    """Serve the catalogue on a free loopback port for the duration of the block."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.tally = Tally()
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield Hostile(f"http://{host!s}:{port}", server.tally)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
