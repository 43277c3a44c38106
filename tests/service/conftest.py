"""Service fixtures: a migrated database (SQLite, and PostgreSQL when GOVWATCH_TEST_PG is set),
a switchable sample portal, and a loopback receiver of apprise `json://` posts."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from sampleportal.pages import Route, StaticSite
from sampleportal.server import RunningPortal, serve
from sampleportal.site import sample_site
from tests.store.conftest import engine, store  # noqa: F401


class SwitchableSite:
    """The sample portal as it stands on `today`; a test moves it on to show a column updated."""

    def __init__(self, today: date) -> None:
        self.current: StaticSite = sample_site(today)

    @property
    def today(self) -> date:
        return self.current.today

    def route(self, path: str) -> Route | None:
        return self.current.route(path)


@dataclass
class Portal:
    site: SwitchableSite
    running: RunningPortal


@pytest.fixture
def portal() -> Iterator[Portal]:
    site = SwitchableSite(date(2026, 11, 2))
    with serve(site) as running:
        yield Portal(site, running)


@dataclass
class Receiver:
    """Counts what apprise posted; `fail_next` answers that many posts with 500 first."""

    url: str
    posts: list[dict[str, Any]] = field(default_factory=list)
    refused: int = 0
    fail_next: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def apprise_url(self) -> str:
        return "json://" + self.url.removeprefix("http://")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    receiver: Receiver


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests read `posts`."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        receiver = self.server.receiver
        with receiver.lock:
            failing = receiver.fail_next > 0
            if failing:
                receiver.fail_next -= 1
                receiver.refused += 1
            else:
                receiver.posts.append(json.loads(body))
        self.send_response(500 if failing else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.receiver = Receiver(url=f"http://127.0.0.1:{server.server_address[1]}/")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server.receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
