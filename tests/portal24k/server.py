"""The eleventh trap portal's loopback server: `tests.portal24j.server` (the 302 cookie check)
plus a cookie check that never lets anyone through: every request, cookie or not, is sent
back to the same URL with a fresh `Set-Cookie` (a misconfigured web firewall).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from urllib.parse import unquote

from tests.portal24f.server import HP, Answer
from tests.portal24j import server as base

__all__ = ["HP", "Answer", "Served", "serve"]

_TICKET = itertools.count(1)


@dataclass(slots=True)
class Served(base.Served):
    """`loops`: paths answered by a 302 to themselves, for ever."""

    loops: frozenset[str] = field(default_factory=frozenset)


class _Handler(base._Handler):
    def _answer(self, send_body: bool) -> None:
        served = self.server.served
        path = unquote(self.path.partition("?")[0])
        if path in served.loops:
            self.send_response(302)
            self.send_header("Location", self.path)
            self.send_header("Set-Cookie", f"waf_sid={next(_TICKET)}; Path=/; HttpOnly")
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
    routes: Mapping[str, Answer],
    cookie_gates: Mapping[str, tuple[str, str]] | None = None,
    loops: frozenset[str] = frozenset(),
) -> Iterator[Served]:
    served = Served(routes, cookie_gates=dict(cookie_gates or {}), loops=loops)
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
