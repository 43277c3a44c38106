"""The sample portal's loopback server, with two behaviours of real government web servers:
paths arrive percent-encoded (Chinese file names) and some paths refuse HEAD (405) while
answering GET."""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer
from urllib.parse import unquote

from sampleportal.pages import Site
from sampleportal.server import RunningPortal, _Handler, _Ledger, _Server

NO_HEAD: set[str] = set()


class _P24Handler(_Handler):
    def _answer(self, send_body: bool) -> None:
        path, sep, query = self.path.partition("?")
        self.path = unquote(path) + sep + query
        super()._answer(send_body)

    def do_HEAD(self) -> None:
        if self.path.partition("?")[0] in NO_HEAD:
            self.send_response(405)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_HEAD()


class _P24Server(_Server):
    def __init__(self, address: tuple[str, int], site: Site) -> None:
        self.site = site
        self.ledger = _Ledger()
        self.stopping = threading.Event()
        self.gzip_cache: dict[str, bytes] = {}
        ThreadingHTTPServer.__init__(self, address, _P24Handler)


def serve(site: Site, no_head: set[str]) -> RunningPortal:
    NO_HEAD.clear()
    NO_HEAD.update(no_head)
    server = _P24Server(("127.0.0.1", 0), site)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    return RunningPortal(server, thread)
