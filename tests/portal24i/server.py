"""The ninth trap portal's loopback server: `tests.portal24f.server` plus two gates a real web
server puts before some pages — a cookie check (the first visit is sent back to the same URL
with a cookie, as a browser follows without noticing) and a block on programs (403 to any
User-Agent that is not a browser's).

`gates` maps a path to "cookie" or "browser"; everything else is `tests.portal24f.server`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
from urllib.parse import unquote

from tests.portal24f import server as base
from tests.portal24f.server import Answer, Served

__all__ = ["COOKIE", "Answer", "Served", "serve"]

COOKIE = "SERVERID=a1b2c3d4e5f6"


class _Handler(base._Handler):
    server: _Server

    def _answer(self, send_body: bool) -> None:
        path = unquote(self.path.partition("?")[0])
        gate = self.server.gates.get(path)
        if gate == "cookie" and COOKIE not in (self.headers.get("Cookie") or ""):
            self.server.served.log.append((self.command, path, 302))
            self.send_response(302)
            self.send_header("Set-Cookie", f"{COOKIE}; Path=/; HttpOnly")
            self.send_header("Location", self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if gate == "browser" and "Mozilla/" not in (self.headers.get("User-Agent") or ""):
            body = b"<html><body><h1>403 Forbidden</h1></body></html>"
            self.server.served.log.append((self.command, path, 403))
            self.send_response(403)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if send_body:
                self.wfile.write(body)
            return
        super()._answer(send_body)


class _Server(base._Server):
    def __init__(self, address: tuple[str, int], served: Served, gates: Mapping[str, str]) -> None:
        self.gates = dict(gates)
        ThreadingHTTPServer.__init__(self, address, _Handler)
        self.served = served


@contextmanager
def serve(routes: Mapping[str, Answer], gates: Mapping[str, str]) -> Iterator[Served]:
    served = Served(routes)
    server = _Server(("127.0.0.1", 0), served, gates)
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
