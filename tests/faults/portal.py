"""A loopback portal whose columns misbehave in every way a real server has been seen to.

It extends the hostile catalogue of `tests.support.server` with the pages a
whole crawl must survive: a hang, a drip of one byte a second, a redirect loop,
garbage bytes, mislabelled charsets, 429 with Retry-After, 500 three times then
200, 500 for ever, a close in mid-body and a page of 100,000 links — beside
ordinary columns (fresh, stale, empty) whose findings must stay right.

Hostile columns that do answer in the end (429, 500×3, mislabelled charsets)
carry a stale list with a date of their own, so the finding they get proves the
page was read, and read correctly.
"""

from __future__ import annotations

import random
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

from tests.support.server import Hostile, Tally, _Handler, _Server

AS_OF = date(2026, 11, 25)
FRESH = AS_OF - timedelta(days=5)
STALE = AS_OF - timedelta(days=55)
AFTER_429 = AS_OF - timedelta(days=40)
AFTER_500S = AS_OF - timedelta(days=41)
GBK_AS_UTF8 = AS_OF - timedelta(days=42)
UTF8_AS_GBK = AS_OF - timedelta(days=43)
MANY_LINKS = 100_000
GARBAGE = random.Random(7).randbytes(64 * 1024)


def cn_date(day: date) -> str:
    """年月日 only: a page decoded with the wrong codec loses the date with the characters."""
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def list_page(title: str, day: date | None, *, charset: str = "utf-8", count: int = 8) -> str:
    """A column page as district CMSs write one: nav, the list, a sidebar and a footer."""
    items = "".join(
        f'<li><a href="/doc/{title}-{n}.html">{title}第{n}号通知</a>'
        f"<span>{cn_date(day - timedelta(days=n)) if day else ''}</span></li>"
        for n in range(count)
    )
    return (
        f"<html><head><meta charset='{charset}'><title>{title}</title></head><body>"
        "<div class='nav'><a href='/sub/index.html'>首页</a>"
        "<a href='/sub/index.html'>机构概况</a></div>"
        f"<div class='main'><h2>{title}</h2><ul class='list'>{items}</ul></div>"
        "<div class='footer'>版权所有 示例区人民政府</div></body></html>"
    )


EMPTY_PAGE = (
    "<html><head><meta charset='utf-8'><title>通知公告</title></head><body>"
    "<div class='main'><h2>通知公告</h2><p>暂无信息</p></div></body></html>"
)
SUBPAGE = (
    "<html><head><meta charset='utf-8'><title>示例局</title></head><body>"
    "<h1>示例局</h1><p>机构概况：本局负责示例事务。</p></body></html>"
)
PLAIN = "<html><head><meta charset='utf-8'></head><body><p>正文，没有日期。</p></body></html>"


def many_links_page() -> bytes:
    """100,000 undated links, about 3 MB: under the size cap, so the reader must cope."""
    items = "".join(f"<li><a href=/plain/{n}>条目{n}</a></li>" for n in range(MANY_LINKS))
    return f"<html><head><meta charset='utf-8'></head><body><ul>{items}</ul></body></html>".encode()


class _FaultServer(_Server):
    stopping: threading.Event
    gets: Counter[str]
    many: bytes

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up on a hostile page is the point of the page, not a server error."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class _FaultHandler(_Handler):
    server: _FaultServer

    def do_GET(self) -> None:
        if self.command == "GET":
            with self.server.tally.lock:
                self.server.gets[self.path] += 1
        super().do_GET()

    def _gets(self) -> int:
        with self.server.tally.lock:
            return self.server.gets[self.path]

    def _html(self, text: str, charset: str = "utf-8", codec: str = "utf-8") -> None:
        self._send(200, text.encode(codec), {"Content-Type": f"text/html; charset={charset}"})

    # --- hostile ---------------------------------------------------------------

    def page_hang(self) -> None:
        """Accept, read the request, answer nothing until the server stops."""
        self.server.stopping.wait()
        self.close_connection = True

    def page_trickle(self) -> None:
        """A byte a second of a promised 10,000: each read returns, the page never ends."""
        self.send_response(200)
        self.send_header("Content-Length", "10000")
        self.end_headers()
        while not self.server.stopping.wait(1.0):
            self.wfile.write(b"<")
            self.wfile.flush()

    def page_loop(self) -> None:
        """/loop/a → /loop/b → /loop/a …"""
        target = "/loop/b" if self.path.endswith("/a") else "/loop/a"
        self._send(302, b"", {"Location": target})

    def page_garbage(self) -> None:
        self._send(200, GARBAGE)

    def page_gbkasutf8(self) -> None:
        """GBK bytes under a UTF-8 header and meta tag."""
        self._html(list_page("机构动态", GBK_AS_UTF8), codec="gb18030")

    def page_utf8asgbk(self) -> None:
        """UTF-8 bytes under a GB2312 header and meta tag."""
        self._html(list_page("规划信息", UTF8_AS_GBK, charset="gb2312"), charset="gb2312")

    def page_throttle(self) -> None:
        """429 with Retry-After on the first request, the page after."""
        if self._gets() == 1:
            self._send(429, b"slow down", {"Retry-After": "1"})
        else:
            self._html(list_page("限流栏目", AFTER_429))

    def page_flaky(self) -> None:
        """500 three times, then the page: within three retries, so not unreachable."""
        if self._gets() <= 3:
            self._send(500, b"server error")
        else:
            self._html(list_page("抖动栏目", AFTER_500S))

    def page_down(self) -> None:
        self._send(500, b"server error")

    def page_cut(self) -> None:
        """Promise 10,000 bytes, send 100, close cleanly (FIN): a body cut short."""
        self.send_response(200)
        self.send_header("Content-Length", "10000")
        self.end_headers()
        self.wfile.write(b"<html>" + b"z" * 94)
        self.wfile.flush()
        self.close_connection = True

    def page_many(self) -> None:
        self._send(200, self.server.many)

    # --- ordinary --------------------------------------------------------------

    def page_sub(self) -> None:
        self._html(SUBPAGE)

    def page_fresh(self) -> None:
        self._html(list_page("工作动态", FRESH))

    def page_stale(self) -> None:
        self._html(list_page("部门动态", STALE))

    def page_empty(self) -> None:
        self._html(EMPTY_PAGE)

    def page_doc(self) -> None:
        self._html(PLAIN)

    def page_plain(self) -> None:
        self._html(PLAIN)


@dataclass(frozen=True)
class FaultPortal(Hostile):
    """The running fault portal: base URL, tally, and GETs counted per path."""

    gets: Counter[str]


@contextmanager
def fault_server() -> Iterator[FaultPortal]:
    """Serve the fault portal on a free loopback port; hung handlers are released on exit."""
    server = _FaultServer(("127.0.0.1", 0), _FaultHandler)
    server.tally = Tally()
    server.stopping = threading.Event()
    server.gets = Counter()
    server.many = many_links_page()
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield FaultPortal(f"http://{host!s}:{port}", server.tally, server.gets)
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
