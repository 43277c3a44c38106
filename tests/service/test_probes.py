"""Availability probes: the 7-day failure share against the 3 % and 5 % lines (hand-computed),
one alert per crossing through the outbox to a loopback receiver, and the probe itself against a
loopback server — HEAD refused → a small GET, a hang cut at the limit, a 500 a failure, and light:
one request per URL, never a crawl."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import Engine

from checks.alerts import AlertPolicy
from checks.availability import (
    Availability,
    Probe,
    ProbeLines,
    availability,
    crossings,
    level_of,
    loaded_share,
    message,
)
from checks.model import PortalConfig
from config import parse_config
from config.service import service_settings
from crawler.probe import GET_CAP, probe_all
from govwatch.notify import drain
from govwatch.scheduled import AVAILABILITY, PORTAL, probe_round
from sampleportal.config import config_yaml
from store.service import ServiceStore
from tests.service.conftest import Receiver

T = datetime(2026, 11, 2, 4, 0, tzinfo=UTC)
HOME = "http://portal.example/"
LINES = ProbeLines()
BIG = 64 * 1024 * 1024  # the body a HEAD-refusing server offers; a probe reads ~16 KB of it
PAGE = b"<html><body>" + b"".join(
    f'<a href="/link{i}.html">link {i}</a>'.encode() for i in range(50)
) + b"</body></html>"


def probes(url: str, total: int, failed: int, *, end: datetime = T) -> list[Probe]:
    """`total` probes an hour apart ending at `end`, the oldest `failed` of them failing."""
    return [
        Probe(url, end - timedelta(hours=k), ok=k < total - failed) for k in range(total)
    ]


# --- the share and the lines (pure) ------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "failed", "level"),
    [
        (100, 2, "ok"),  # 2 %
        (100, 3, "warn"),  # exactly 3 %: at the line is over it
        (100, 4, "warn"),
        (100, 5, "veto"),  # exactly 5 %: "≥ 5 %" (RULES.md §2)
        (168, 5, "ok"),  # a full week at 24 a day: 5/168 = 2.98 %
        (168, 6, "warn"),  # 6/168 = 3.57 %
        (168, 8, "warn"),  # 8/168 = 4.76 %
        (168, 9, "veto"),  # 9/168 = 5.36 %
        (20, 1, "veto"),  # one day's minimum: 1/20 = 5 %
        (19, 19, "ok"),  # below one day's minimum nothing is judged
        (0, 0, "ok"),
    ],
)
def test_level_at_the_lines(total: int, failed: int, level: str) -> None:
    assert level_of(failed, total, LINES) == level
    found = availability(probes(HOME, total, failed), T, LINES, HOME)[""]
    assert (found.probes, found.failures, found.level) == (total, failed, level)


def test_lines_are_configurable() -> None:
    strict = ProbeLines(warn_share=Decimal("0.01"), veto_share=Decimal("0.02"), min_probes=1)
    assert [level_of(n, 100, strict) for n in (0, 1, 2)] == ["ok", "warn", "veto"]


def test_the_window_is_the_last_seven_days() -> None:
    week = timedelta(days=7)
    seen = [
        Probe(HOME, T - week, ok=False),  # exactly 7 days ago: outside
        Probe(HOME, T - week + timedelta(seconds=1), ok=False),  # inside
        Probe(HOME, T, ok=True),  # now: inside
        Probe(HOME, T + timedelta(seconds=1), ok=False),  # after now: not yet
        *probes(HOME, 18, 0, end=T - timedelta(minutes=30)),
    ]
    portal = availability(seen, T, LINES, HOME)[""]
    assert (portal.probes, portal.failures) == (20, 1)
    assert portal.share == Decimal("0.05") and portal.level == "veto"


def test_the_portal_is_its_home_page_and_other_urls_stand_alone() -> None:
    unit = "http://portal.example/bm/jyj/"
    seen = probes(HOME, 100, 3) + probes(unit, 50, 0)
    found = availability(seen, T, LINES, HOME)
    assert set(found) == {"", unit}  # the home page once, as the portal: one alert, not two
    assert (found[""].failures, found[""].level) == (3, "warn")
    assert (found[unit].probes, found[unit].level) == (50, "ok")
    # no probe of the home page: the portal is "ok" with nothing counted, not a failure
    alone = availability(probes(unit, 30, 30), T, LINES, HOME)
    assert (alone[""].probes, alone[""].level, alone[unit].level) == (0, "ok", "veto")


def test_crossings_are_changes_of_level_only() -> None:
    now = {
        "": Availability("", 100, 3, "warn"),
        "u": Availability("u", 100, 0, "ok"),
        "v": Availability("v", 100, 5, "veto"),
    }
    changed = crossings({"v": "veto"}, now)
    assert [(a.url, before) for a, before in changed] == [("", "ok")]
    back = crossings({"": "warn"}, {"": Availability("", 100, 2, "ok")})
    assert [(a.level, before) for a, before in back] == [("ok", "warn")]


def test_messages_name_the_line_and_the_share() -> None:
    title, body = message(Availability("", 98, 3, "warn"), "ok", "示例区政府")
    assert "预警" in title and "示例区政府" in title
    assert "近 7 天访问失败率 3.1%（3/98）" in body and "预警线" in body
    title, body = message(Availability("", 100, 5, "veto"), "warn", "示例区政府")
    assert "否决线" in title and "5.0%（5/100）" in body
    title, _ = message(Availability("", 30, 0, "ok"), "veto", "示例区政府")
    assert "恢复" in title


def test_loaded_share_over_a_period() -> None:
    start, end = T - timedelta(days=30), T
    seen = [
        *probes(HOME, 40, 2, end=T - timedelta(hours=1)),
        Probe(HOME, end, ok=False),  # the end is the next period's
        Probe(HOME, start - timedelta(seconds=1), ok=False),  # before the period
        Probe("http://portal.example/bm/", T - timedelta(hours=2), ok=False),  # not the home page
    ]
    assert loaded_share(seen, start, end, HOME) == 38 / 40
    assert loaded_share(seen, start, end, "http://elsewhere.example/") is None


# --- the probe against a loopback server ------------------------------------------------


@dataclass
class ProbeServer:
    """Answers by path: /ok, /nohead (HEAD 405, GET a big body), /error (500), /hang (never,
    until released), /switch (the status in `status`); counts every request by (method, path)."""

    base: str
    status: int = 200
    requests: Counter[tuple[str, str]] = field(default_factory=Counter)
    sent: int = 0  # bytes of the /nohead body written before the client closed
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path.lstrip("/")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: ProbeServer


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests read the counts."""

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def do_GET(self) -> None:
        self._answer(body=True)

    def _answer(self, body: bool) -> None:
        state = self.server.state
        with state.lock:
            state.requests[(self.command, self.path)] += 1
        if self.path == "/hang":
            state.release.wait(30)
            return
        if self.path == "/nohead":
            self._nohead(body)
            return
        status = {"/error": 500, "/switch": state.status}.get(self.path, 200)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        if body:
            self.wfile.write(PAGE)

    def _nohead(self, body: bool) -> None:
        state = self.server.state
        if not body:
            self.send_response(405)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(BIG))
        self.end_headers()
        chunk = b"x" * 65536
        try:
            for _ in range(BIG // len(chunk)):
                self.wfile.write(chunk)
                with state.lock:
                    state.sent += len(chunk)
        except OSError:
            pass  # the probe closed the connection after its few KB: what is measured


@pytest.fixture
def server() -> Iterator[ProbeServer]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.state = ProbeServer(base=f"http://127.0.0.1:{httpd.server_address[1]}/")
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield httpd.state
    finally:
        httpd.state.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_head_refused_falls_back_to_a_small_get(server: ProbeServer) -> None:
    [found] = asyncio.run(probe_all([server.url("/nohead")], T))
    assert (found.ok, found.status, found.error, found.at) == (True, 200, None, T)
    assert server.requests == Counter({("HEAD", "/nohead"): 1, ("GET", "/nohead"): 1})
    # the connection was dropped after the cap: the server could not write the whole body
    assert server.sent < BIG // 4, server.sent
    assert GET_CAP <= 64 * 1024


def test_a_hang_is_cut_at_the_limit_and_fails(server: ProbeServer) -> None:
    started = time.monotonic()
    [found] = asyncio.run(probe_all([server.url("/hang")], T, limit=0.3))
    took = time.monotonic() - started
    assert found.ok is False and found.status is None
    assert found.error is not None and "Timeout" in found.error
    assert found.elapsed_ms is not None and 250 <= found.elapsed_ms < 3000
    assert took < 5


def test_a_server_error_is_a_failure_and_success_is_not(server: ProbeServer) -> None:
    urls = [server.url("/error"), server.url("/ok"), "http://127.0.0.1:9/closed"]
    error, ok, closed = asyncio.run(probe_all(urls, T, limit=5))
    assert (error.ok, error.status, error.error) == (False, 500, "HTTP 500")
    assert (ok.ok, ok.status) == (True, 200)
    assert closed.ok is False and closed.status is None and closed.error
    assert [p.url for p in (error, ok, closed)] == urls  # in the order asked


def test_a_probe_is_light_one_request_per_url_never_a_crawl(server: ProbeServer) -> None:
    urls = [server.url("/"), server.url("/ok"), server.url("/switch")]
    found = asyncio.run(probe_all(urls, T))
    assert all(p.ok for p in found)
    # one HEAD each; the 50 links of the page are never requested, no GET at all
    assert server.requests == Counter({("HEAD", "/"): 1, ("HEAD", "/ok"): 1,
                                       ("HEAD", "/switch"): 1})


# --- probe rounds: stored, judged, one alert per crossing ---------------------------------


def home_only(base_url: str) -> PortalConfig:
    """The sample configuration with its home page at the probe server and no units."""
    config = parse_config(config_yaml(base_url, delay_s=0))
    portal = dataclasses.replace(config.portal, base_url=base_url)
    return dataclasses.replace(config, portal=portal, units=())


def test_probes_are_stored_and_read_back_by_window(engine: Engine) -> None:
    states = ServiceStore(engine)
    states.add_probes([
        Probe(HOME, T - timedelta(days=7), ok=True),
        Probe(HOME, T - timedelta(hours=1), ok=False, status=500, elapsed_ms=12, error="HTTP 500"),
        Probe(HOME, T, ok=True, status=200, elapsed_ms=3),
    ])
    found = sorted(states.probes_since(T - timedelta(days=7)), key=lambda p: p.at)
    assert found == [
        Probe(HOME, T - timedelta(hours=1), False, 500, 12, "HTTP 500"),
        Probe(HOME, T, True, 200, 3, None),
    ]
    assert all(p.at.tzinfo is not None for p in found)


def test_one_alert_per_crossing_through_the_outbox(
    engine: Engine, server: ProbeServer, receiver: Receiver
) -> None:
    home = server.url("/switch")
    config = home_only(home)
    states = ServiceStore(engine)
    policy = AlertPolicy(default=(receiver.apprise_url,))
    # 97 hourly probes before T, the two oldest failed: 2/97 = 2.06 %, below the early warning
    states.add_probes(probes(home, 98, 2, end=T)[1:])

    def round_at(now: datetime, status: int) -> list[str]:
        server.status = status
        probe_round(config, states, policy, LINES, now)
        before = len(receiver.posts)
        drain(states, now=lambda: now)
        return [p["title"] + " " + p["message"] for p in receiver.posts[before:]]

    hour = timedelta(hours=1)
    first = round_at(T, 500)  # 3/98 = 3.06 %: early warning
    assert len(first) == 1 and "可访问性预警" in first[0] and "3.1%（3/98）" in first[0]
    assert round_at(T + hour, 500) == []  # 4/99 = 4.04 %: still warning, nothing sent
    veto = round_at(T + 2 * hour, 500)  # 5/100 = 5.00 %: the veto line, at the line
    assert len(veto) == 1 and "超过否决线" in veto[0] and "5.0%（5/100）" in veto[0]
    down = round_at(T + 3 * hour, 200)  # 5/101 = 4.95 %: back under the veto line, still warned
    assert len(down) == 1 and "可访问性预警" in down[0] and "4.95" not in down[0]
    assert round_at(T + 4 * hour, 200) == []  # 5/102 = 4.90 %
    # 80 good hours later (stored as the rounds would have): the two seeded failures have left
    # the window; 82 seeded + 5 rounds + 80 + this one = 168 probes, 3 failed = 1.79 %
    states.add_probes([Probe(home, T + (4 + k) * hour, ok=True) for k in range(1, 81)])
    recovered = round_at(T + 85 * hour, 200)
    assert len(recovered) == 1 and "已恢复" in recovered[0] and "1.8%（3/168）" in recovered[0]
    assert round_at(T + 86 * hour, 200) == []
    assert len(receiver.posts) == 4
    saved = states.alert_states(PORTAL)
    assert {(s.subject, s.check, s.state) for s in saved.values()} == {("", AVAILABILITY, "ok")}
    # light: each round asked the home page once, with a HEAD
    assert server.requests == Counter({("HEAD", "/switch"): 7})


def test_min_probes_is_configurable() -> None:
    base = config_yaml("http://127.0.0.1:9/", delay_s=0)
    lines = service_settings(parse_config(base + "probes:\n  min_probes: 100\n")).probes
    assert lines.min_probes == 100
    assert level_of(5, 99, lines) == "ok" and level_of(5, 100, lines) == "veto"
    assert service_settings(parse_config(base)).probes == ProbeLines()
