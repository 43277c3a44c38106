"""The second trap portal's loopback server: percent-encoded paths (Chinese file names, spaces)
are decoded, and some paths answer HEAD with their own status (403, 404, 405, 500, 501) while
answering GET normally, as WAFs and application servers in front of real portals do."""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer
from urllib.parse import unquote

from sampleportal.pages import Site
from sampleportal.server import RunningPortal, _Handler, _Ledger, _Server

HEAD_STATUS: dict[str, int] = {}


class _Handler24b(_Handler):
    def _answer(self, send_body: bool) -> None:
        path, sep, query = self.path.partition("?")
        self.path = unquote(path) + sep + query
        super()._answer(send_body)

    def do_HEAD(self) -> None:
        path = unquote(self.path.partition("?")[0])
        status = HEAD_STATUS.get(path)
        if status is not None:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_HEAD()


class _Server24b(_Server):
    def __init__(self, address: tuple[str, int], site: Site) -> None:
        self.site = site
        self.ledger = _Ledger()
        self.stopping = threading.Event()
        self.gzip_cache: dict[str, bytes] = {}
        ThreadingHTTPServer.__init__(self, address, _Handler24b)


def serve(site: Site, head_status: dict[str, int]) -> RunningPortal:
    HEAD_STATUS.clear()
    HEAD_STATUS.update(head_status)
    server = _Server24b(("127.0.0.1", 0), site)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    return RunningPortal(server, thread)
