"""The tenth trap portal's loopback server: `tests.portal24f.server` plus the 302 cookie check
of a web firewall's anti-CC mode (宝塔 / 安全狗 / 云锁 "302 跳转验证"): the first request to a
guarded path, without the cookie, is answered `302` back to the very same URL with a
`Set-Cookie`; a browser comes back with the cookie and gets the page.

Routes, `Answer`s and placeholders are those of `tests.portal24f.server`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from http.server import ThreadingHTTPServer
from urllib.parse import unquote

from tests.portal24f.server import HP, Answer
from tests.portal24f.server import Served as _Served
from tests.portal24f.server import _Handler as _BaseHandler

__all__ = ["HP", "Answer", "Served", "serve"]


@dataclass(slots=True)
class Served(_Served):
    """`cookie_gates`: path → (cookie name, value) a request must carry to get the page."""

    cookie_gates: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    gated: list[tuple[str, bool]] = field(default_factory=list)  # (path, had the cookie)


class _Handler(_BaseHandler):
    server: _Server  # type: ignore[assignment]

    def _answer(self, send_body: bool) -> None:
        served = self.server.served
        path = unquote(self.path.partition("?")[0])
        gate = served.cookie_gates.get(path)
        if gate is not None:
            jar = SimpleCookie(self.headers.get("Cookie") or "")
            name, value = gate
            ok = name in jar and jar[name].value == value
            with served.lock:
                served.gated.append((path, ok))
            if not ok:
                self.send_response(302)
                self.send_header("Location", self.path)
                self.send_header("Set-Cookie", f"{name}={value}; Path=/; HttpOnly")
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        super()._answer(send_body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], served: Served) -> None:
        self.served = served
        super().__init__(address, _Handler)


@contextmanager
def serve(
    routes: Mapping[str, Answer], cookie_gates: Mapping[str, tuple[str, str]] | None = None
) -> Iterator[Served]:
    served = Served(routes, cookie_gates=dict(cookie_gates or {}))
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
