"""The fourth trap portal's loopback server: two hosts (127.0.0.1 and 127.0.0.2, one port),
routes by path *and* query string, and answers with headers a route dictates (content types
other than HTML, a `Content-Encoding` that is wrong or unusual, 304 to an unconditional GET, an
empty 200).

A route key is the path with its query (`/a/list.jsp?channelId=12&page=1`), or the path alone;
routes of the second host are keyed `h2:/path`. `__HP__` and `__HP2__` in bodies and `Location`
are replaced by the two `host:port` addresses.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

HP = "__HP__"
HP2 = "__HP2__"
HOST2 = "127.0.0.2"


@dataclass(frozen=True, slots=True)
class Answer:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    location: str | None = None
    raw_body: bool = False  # True: never substitute placeholders (encoded bodies)


@dataclass(slots=True)
class Served:
    routes: Mapping[str, Answer]
    hp: str = ""
    hp2: str = ""
    log: list[tuple[str, str, str, int]] = field(default_factory=list)

    def sub(self, data: bytes) -> bytes:
        return data.replace(HP2.encode(), self.hp2.encode()).replace(HP.encode(), self.hp.encode())


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._answer(True)

    def do_HEAD(self) -> None:
        self._answer(False)

    def _answer(self, send_body: bool) -> None:
        served = self.server.served
        prefix = "h2:" if self.server.server_address[0] == HOST2 else ""
        path, _, query = self.path.partition("?")
        path = unquote(path)
        full = f"{path}?{query}" if query else path
        answer = served.routes.get(prefix + full)
        if answer is None and query:
            answer = served.routes.get(prefix + path + "?" + unquote(query))
        if answer is None and not query:
            answer = None
        if answer is None:
            answer = Answer(body="<h1>404 页面不存在</h1>".encode(), status=404)
        served.log.append((self.command, prefix, full, answer.status))
        body = answer.body if answer.raw_body else served.sub(answer.body)
        self.send_response(answer.status)
        if answer.content_type:
            self.send_header("Content-Type", answer.content_type)
        for name, value in answer.headers:
            self.send_header(name, value)
        if answer.location:
            self.send_header("Location", served.sub(answer.location.encode()).decode())
        if answer.status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and answer.status != 304:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], served: Served) -> None:
        self.served = served
        super().__init__(address, _Handler)


@contextmanager
def serve(routes: Mapping[str, Answer]) -> Iterator[Served]:
    served = Served(routes)
    one = _Server(("127.0.0.1", 0), served)
    port = one.server_address[1]
    two = _Server((HOST2, port), served)
    served.hp, served.hp2 = f"127.0.0.1:{port}", f"{HOST2}:{port}"
    threads = [
        threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        for s in (one, two)
    ]
    for t in threads:
        t.start()
    try:
        yield served
    finally:
        for s in (one, two):
            s.shutdown()
            s.server_close()
