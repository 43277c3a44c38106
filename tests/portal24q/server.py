"""The seventeenth trap portal's loopback server: `tests.portal24d.server` (two hosts,
127.0.0.1 and 127.0.0.2 on one port; routes by path and query; `h2:` keys for the second
host) plus what the application servers of real district portals do with a URL:

- `nocase`: route-key prefixes answered case-insensitively, path and query alike (IIS with
  ASP.NET: `/bm/swj/List.aspx?ClassID=3` is `/bm/swj/list.aspx?classid=3`);
- `params`: scripts that read named parameters, whatever their order, ignoring any other
  (a JSP reading `cid` and `page`, page 1 by default; a Hanweb `index.html` whose `uid` and
  `pageNum` only a browser script reads: no significant parameter at all);
- POST: an ASP.NET postback (`__doPostBack`) is answered from the route keyed `POST:` plus
  the path, else 405.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote

from tests.portal24d import server as base
from tests.portal24d.server import HOST2, HP, HP2, Answer

__all__ = ["HP", "HP2", "Answer", "Served", "serve"]

# A script's significant parameters, in the order its route keys write them, with defaults.
Params = tuple[tuple[str, str | None], ...]


@dataclass(slots=True)
class Served(base.Served):
    nocase: tuple[str, ...] = ()
    params: Mapping[str, Params] = field(default_factory=dict)

    def key(self, prefix: str, path: str, query: str) -> str:
        """The route key a request is answered from."""
        path = unquote(path)
        full = prefix + path
        if any(full.lower().startswith(p.lower()) for p in self.nocase):
            full, query = full.lower(), query.lower()
        wanted = self.params.get(full)
        if wanted is None:
            return f"{full}?{query}" if query else full
        given = dict(parse_qsl(query, keep_blank_values=True))
        parts = []
        for name, default in wanted:
            value = given.get(name, default)
            if value is not None:
                parts.append(f"{name}={value}")
        return full + ("?" + "&".join(parts) if parts else "")


class _Handler(base._Handler):
    server: _Server  # type: ignore[assignment]  # this module's server, with `Served.key`

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._answer(True, method="POST:")

    def _answer(self, send_body: bool, method: str = "") -> None:
        served = self.server.served
        prefix = "h2:" if self.server.server_address[0] == HOST2 else ""
        path, _, query = self.path.partition("?")
        key = served.key(prefix, path, query)
        answer = served.routes.get(method + key)
        if answer is None:
            answer = (
                Answer(body=b"<h1>405 Method Not Allowed</h1>", status=405)
                if method
                else Answer(body="<h1>404 页面不存在</h1>".encode(), status=404)
            )
        served.log.append((self.command, prefix, self.path, answer.status))
        body = answer.body if answer.raw_body else served.sub(answer.body)
        self.send_response(answer.status)
        if answer.content_type:
            self.send_header("Content-Type", answer.content_type)
        for name, value in answer.headers:
            self.send_header(name, value)
        if answer.location:
            self.send_header("Location", served.sub(answer.location.encode()).decode())
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], served: Served) -> None:
        self.served = served
        super().__init__(address, _Handler)


@contextmanager
def serve(
    routes: Mapping[str, Answer],
    nocase: tuple[str, ...] = (),
    params: Mapping[str, Params] | None = None,
) -> Iterator[Served]:
    served = Served(routes, nocase=nocase, params=dict(params or {}))
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
