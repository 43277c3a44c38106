"""The fourteenth trap portal's loopback server: `tests.portal24k.server` (the 24f behaviours —
slow answers, 503s, 405 to HEAD — plus the cookie checks of 24j and 24k) on two loopback hosts,
127.0.0.1 and 127.0.0.2 on one port as in `tests.portal24d.server`, plus what real government
web servers do to a link checker:

- `head_ok`: HEAD answers 200 for any path (a reverse proxy answering HEAD from its own rules),
  while GET answers what the route says (404 when there is none);
- `head_ua`: HEAD from a User-Agent that does not say `Mozilla` gets 403 (a WAF rule for bots
  that only looks at HEAD), GET is served to anyone;
- `fail500`: the first n requests (any method) answer 500, later ones the route.

Routes of the second host are keyed `h2:/path`; `__HP__` and `__HP2__` in bodies and
`Location` are replaced by the two `host:port` addresses. `hang_port()` gives a port on
127.0.0.2 that accepts connections and never answers; `closed_port()` one nothing listens on.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from urllib.parse import unquote

from tests.portal24d.server import HOST2, HP2
from tests.portal24f.server import HP, Answer
from tests.portal24k import server as base

__all__ = ["HOST2", "HP", "HP2", "Answer", "Served", "closed_port", "serve"]


@dataclass(slots=True)
class Served(base.Served):
    """One host's routes; `hp2` is the second host's address (both are known to both)."""

    hp2: str = ""
    head_ok: frozenset[str] = field(default_factory=frozenset)
    head_ua: frozenset[str] = field(default_factory=frozenset)
    fail500: Mapping[str, int] = field(default_factory=dict)
    agents: list[tuple[str, str, str]] = field(default_factory=list)  # (method, path, UA)

    def sub(self, data: bytes) -> bytes:
        return data.replace(HP2.encode(), self.hp2.encode()).replace(HP.encode(), self.hp.encode())


class _Handler(base._Handler):
    server: _Server  # type: ignore[assignment]

    def _plain(self, status: int, body: bytes = b"") -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _answer(self, send_body: bool) -> None:
        served = self.server.served
        path = unquote(self.path.partition("?")[0])
        agent = self.headers.get("User-Agent") or ""
        with served.lock:
            served.agents.append((self.command, path, agent))
        if not send_body and path in served.head_ok:
            self._plain(200)
            return
        if not send_body and path in served.head_ua and "Mozilla" not in agent:
            self._plain(403, b"<h1>403 Forbidden</h1>")
            return
        if path in served.fail500:
            with served.lock:
                n = served.counts.get("500:" + path, 0)
                served.counts["500:" + path] = n + 1
            if n < served.fail500[path]:
                self._plain(500, b"<h1>500 Internal Server Error</h1>")
                return
        super()._answer(send_body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], served: Served) -> None:
        self.served = served
        super().__init__(address, _Handler)


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@contextmanager
def hanging(host: str = HOST2) -> Iterator[int]:
    """A port on `host` whose connections are accepted by the kernel and never answered."""
    with socket.socket() as s:
        s.bind((host, 0))
        s.listen(64)
        yield s.getsockname()[1]


@contextmanager
def serve(
    routes: Mapping[str, Answer],
    *,
    head_ok: frozenset[str] = frozenset(),
    head_ua: frozenset[str] = frozenset(),
    fail500: Mapping[str, int] | None = None,
) -> Iterator[Served]:
    """Both hosts on one port (each its own `Served`, the quirks shared); yields host 1's."""
    one_routes = {k: v for k, v in routes.items() if not k.startswith("h2:")}
    two_routes = {k[3:]: v for k, v in routes.items() if k.startswith("h2:")}
    extra = {"head_ok": head_ok, "head_ua": head_ua, "fail500": dict(fail500 or {})}
    first = Served(one_routes, **extra)  # type: ignore[arg-type]
    second = Served(two_routes, **extra)  # type: ignore[arg-type]
    one = _Server(("127.0.0.1", 0), first)
    port = one.server_address[1]
    two = _Server((HOST2, port), second)
    for s in (first, second):
        s.hp, s.hp2 = f"127.0.0.1:{port}", f"{HOST2}:{port}"
    threads = [
        threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        for srv in (one, two)
    ]
    for t in threads:
        t.start()
    try:
        yield first
    finally:
        for srv in (one, two):
            srv.shutdown()
            srv.server_close()
