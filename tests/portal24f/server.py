"""The sixth trap portal's loopback server: `tests.portal24d.server` plus what a healthy but
unusual web server does — a slow answer, 503 a given number of times before 200, 405 to HEAD,
`ETag` / `Last-Modified` honoured by 304 on a conditional GET, and a large file streamed in
chunks (the bytes actually sent are logged, to see whether a link check downloads it whole).

Routes are keyed by path (with query, if any); `__HP__` in bodies and `Location` is replaced by
the server's `host:port`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

HP = "__HP__"
CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Answer:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    location: str | None = None
    raw_body: bool = False  # True: never substitute placeholders (encoded bodies)
    delay_s: float = 0.0  # answered after this long
    fail_first: int = 0  # the first n requests (any method) answer 503
    head_status: int | None = None  # HEAD answers this (405: method not allowed)
    etag: str | None = None  # sent; If-None-Match equal to it answers 304
    last_modified: str | None = None  # sent; If-Modified-Since equal to it answers 304
    big: int = 0  # a generated body of this many bytes (a PDF), streamed


@dataclass(slots=True)
class Served:
    routes: Mapping[str, Answer]
    hp: str = ""
    log: list[tuple[str, str, int]] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)  # big files: bytes written per path
    counts: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def sub(self, data: bytes) -> bytes:
        return data.replace(HP.encode(), self.hp.encode())


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._answer(True)

    def do_HEAD(self) -> None:
        self._answer(False)

    def _status(self, served: Served, full: str, answer: Answer, send_body: bool) -> int:
        with served.lock:
            n = served.counts.get(full, 0)
            served.counts[full] = n + 1
        if n < answer.fail_first:
            return 503
        if not send_body and answer.head_status:
            return answer.head_status
        if answer.etag and self.headers.get("If-None-Match") == answer.etag:
            return 304
        if answer.last_modified and self.headers.get("If-Modified-Since") == answer.last_modified:
            return 304
        return answer.status

    def _answer(self, send_body: bool) -> None:
        served = self.server.served
        path, _, query = self.path.partition("?")
        path = unquote(path)
        full = f"{path}?{query}" if query else path
        answer = served.routes.get(full)
        if answer is None and query:
            answer = served.routes.get(path + "?" + unquote(query))
        if answer is None:
            answer = Answer(body="<h1>404 页面不存在</h1>".encode(), status=404)
        if answer.delay_s:
            time.sleep(answer.delay_s)
        status = self._status(served, full, answer, send_body)
        served.log.append((self.command, full, status))
        if status == 503:
            body = b"<h1>503 Service Temporarily Unavailable</h1>"
        elif status in (405, 304):
            body = b""
        else:
            body = answer.body if answer.raw_body else served.sub(answer.body)
        length = answer.big if answer.big and status == 200 else len(body)
        self.send_response(status)
        if answer.content_type and status not in (503, 304):
            self.send_header("Content-Type", answer.content_type)
        if status == 405:
            self.send_header("Allow", "GET, POST")
        for name, value in answer.headers:
            self.send_header(name, value)
        if answer.etag:
            self.send_header("ETag", answer.etag)
        if answer.last_modified:
            self.send_header("Last-Modified", answer.last_modified)
        if answer.location and status in (301, 302, 303, 307, 308):
            self.send_header("Location", served.sub(answer.location.encode()).decode())
        if status != 304:
            self.send_header("Content-Length", str(length))
        self.end_headers()
        if not send_body or status == 304:
            return
        if not (answer.big and status == 200):
            self.wfile.write(body)
            return
        head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        written = 0
        try:
            while written < length:
                chunk = head if written == 0 else b"\0" * min(CHUNK, length - written)
                self.wfile.write(chunk)
                written += len(chunk)
        except OSError:
            pass
        finally:
            with served.lock:
                served.sent[full] = max(served.sent.get(full, 0), written)
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], served: Served) -> None:
        self.served = served
        super().__init__(address, _Handler)


@contextmanager
def serve(routes: Mapping[str, Answer]) -> Iterator[Served]:
    served = Served(routes)
    server = _Server(("127.0.0.1", 0), served)
    served.hp = f"127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
