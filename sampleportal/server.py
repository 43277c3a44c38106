"""A loopback HTTP server for a `Site`, with the counters tests and benchmarks read.

It speaks HTTP/1.1 with keep-alive (as portals do, so connection reuse is
measured), answers conditional GETs with 304 (ETag and Last-Modified), gzips
when asked, and plays each route's behaviour: 404, 500-then-OK, slow, hang,
redirects. A hung request waits on the server's stop event, so `stop()` never
waits for it.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import socket
import threading
from collections import Counter
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from sampleportal.pages import Route, Site

log = logging.getLogger(__name__)

HANG_S = 3600.0  # longer than any timeout; ended early by stop()
GZIP_MIN = 1024


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    """One request as the server saw it; `bytes` counts the body sent (0 for 304 and HEAD).

    The hang test's `wait_for_requests` and the counters rely on an entry being logged before
    its answer goes out."""

    method: str
    path: str
    status: int
    bytes: int
    host: str
    conditional: bool


class _Ledger:
    """Counters shared by the handler threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.arrived = threading.Condition(self.lock)  # notified as each request comes in
        self.entered = 0
        self.log: list[LoggedRequest] = []
        self.attempts: Counter[str] = Counter()
        self.in_flight: Counter[str] = Counter()
        self.peak: Counter[str] = Counter()

    def enter(self, host: str, path: str) -> int:
        """Count the request in; returns how many times this path was asked before."""
        with self.lock:
            self.entered += 1
            self.arrived.notify_all()
            self.in_flight[host] += 1
            self.peak[host] = max(self.peak[host], self.in_flight[host])
            before = self.attempts[path]
            self.attempts[path] += 1
            return before

    def record(self, entry: LoggedRequest) -> None:
        """Logged before the answer is written, so a client that has its answer sees it counted."""
        with self.lock:
            self.log.append(entry)

    def leave(self, host: str) -> None:
        with self.lock:
            self.in_flight[host] -= 1


class RunningPortal:
    """A served site: `base_url` ends with '/', `stop()` (or leaving the `with`) shuts it down."""

    def __init__(self, server: _Server, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread
        host, port = server.server_address[:2]
        self.base_url = f"http://{host!s}:{port}/"
        self.port = int(port)

    @property
    def site(self) -> Site:
        return self._server.site

    def url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")

    def requests(self, path: str | None = None) -> int:
        """Requests answered, for one path (without query) or in total."""
        with self._server.ledger.lock:
            return sum(1 for r in self._server.ledger.log if path is None or r.path == path)

    def bytes_sent(self, path: str | None = None) -> int:
        """Body bytes sent, for one path or in total."""
        with self._server.ledger.lock:
            return sum(r.bytes for r in self._server.ledger.log if path is None or r.path == path)

    def by_path(self) -> dict[str, tuple[int, int]]:
        """path -> (requests, body bytes)."""
        out: dict[str, tuple[int, int]] = {}
        with self._server.ledger.lock:
            for r in self._server.ledger.log:
                n, b = out.get(r.path, (0, 0))
                out[r.path] = (n + 1, b + r.bytes)
        return out

    def max_concurrency(self, host: str | None = None) -> int:
        """The most requests in flight at once to one Host header (the highest over hosts)."""
        with self._server.ledger.lock:
            peaks = self._server.ledger.peak
            return peaks.get(host, 0) if host is not None else max(peaks.values(), default=0)

    def in_flight(self) -> int:
        """Requests being answered right now (hung and slow ones included)."""
        with self._server.ledger.lock:
            return sum(self._server.ledger.in_flight.values())

    def wait_for_requests(self, count: int, timeout: float = 10.0) -> bool:
        """Block until `count` requests have come in since start: lets a test act while a
        request is held (hung, slow) without sleeping."""
        ledger = self._server.ledger
        with ledger.arrived:
            return ledger.arrived.wait_for(lambda: ledger.entered >= count, timeout)

    def request_log(self) -> list[LoggedRequest]:
        with self._server.ledger.lock:
            return list(self._server.ledger.log)

    def reset_counters(self) -> None:
        """Forget the log and peaks (not the per-path attempts that drive 500-then-OK)."""
        with self._server.ledger.lock:
            self._server.ledger.log.clear()
            self._server.ledger.peak.clear()

    def stop(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> RunningPortal:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], site: Site) -> None:
        self.site = site
        self.ledger = _Ledger()
        self.stopping = threading.Event()
        self.gzip_cache: dict[str, bytes] = {}
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "SamplePortal/1.0"
    timeout = 30  # idle keep-alive connections end on their own
    server: _Server

    def setup(self) -> None:
        """Headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm and
        delayed ACKs would add ~40 ms to every keep-alive answer and skew every benchmark."""
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def _answer(self, send_body: bool) -> None:
        path = urlsplit(self.path).path or "/"
        host = self.headers.get("Host", "")
        before = self.server.ledger.enter(host, path)
        try:
            self._respond(path, host, before, send_body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            self.server.ledger.leave(host)

    def _respond(self, path: str, host: str, before: int, send_body: bool) -> None:
        route = self.server.site.route(path)
        conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
        if route is None:
            route = Route(body="<h1>404 页面不存在</h1>".encode(), status=404)
        if route.hang or (route.delay_s and self.server.stopping.wait(route.delay_s)):
            # dropped without an answer (hung, or stopped while slow): logged with status 0
            self.server.ledger.record(LoggedRequest(self.command, path, 0, 0, host, conditional))
            if route.hang:
                self.server.stopping.wait(HANG_S)
            self.close_connection = True
            return
        if before < route.fail_first:
            route = Route(body=b"<h1>500 Internal Server Error</h1>", status=500)
        status, headers, body = self._render(route, conditional)
        sent = len(body) if send_body else 0
        entry = LoggedRequest(self.command, path, status, sent, host, conditional)
        self.server.ledger.record(entry)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if sent:
            self.wfile.write(body)

    def _render(self, route: Route, conditional: bool) -> tuple[int, dict[str, str], bytes]:
        headers = {"Content-Type": route.content_type, "Vary": "Accept-Encoding"}
        if route.location is not None:
            headers["Location"] = route.location
        body = route.body
        if route.status == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers["ETag"] = etag
            if route.last_modified is not None:
                headers["Last-Modified"] = format_datetime(route.last_modified, usegmt=True)
            if conditional and self._not_modified(etag, route):
                return 304, {k: v for k, v in headers.items() if k != "Content-Type"}, b""
            if len(body) >= GZIP_MIN and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = self._gzipped(etag, body)
                headers["Content-Encoding"] = "gzip"
        headers["Content-Length"] = str(len(body))
        return route.status, headers, body

    def _not_modified(self, etag: str, route: Route) -> bool:
        """If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2)."""
        tags = self.headers.get("If-None-Match")
        if tags is not None:
            return any(t.strip().removeprefix("W/") == etag for t in tags.split(","))
        since = self.headers.get("If-Modified-Since")
        if since is None or route.last_modified is None:
            return False
        try:
            when = parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
        return when.tzinfo is not None and route.last_modified.replace(microsecond=0) <= when

    def _gzipped(self, etag: str, body: bytes) -> bytes:
        cache = self.server.gzip_cache
        found = cache.get(etag)
        if found is None:
            found = gzip.compress(body, compresslevel=6, mtime=0)
            if len(cache) > 4096:
                cache.clear()
            cache[etag] = found
        return found


def serve(site: Site, host: str = "127.0.0.1", port: int = 0) -> RunningPortal:
    """Start serving `site` in a daemon thread; port 0 picks a free port."""
    server = _Server((host, port), site)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
        name=f"sampleportal:{server.server_address[1]}",
    )
    thread.start()
    return RunningPortal(server, thread)
