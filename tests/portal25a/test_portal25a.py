"""The first 25-series trap portal (broken links in forms the 24 portals left out, with the
other checks on the same pages, two loopback hosts), crawled by the real CLI, then the monthly
bulletin of `AS_OF`'s month.

The expected findings are written by hand in `tests.portal25a.site` from RULES.md. The
comparison (`tests.support.trapportal.judge`) prints precision / recall / F1 per check and
lists every false positive and false negative. Two things the comparison cannot see are
checked here too, from the findings file and from the server's own log: that a broken link's
finding names the pages the link stands on (`Portal.found_on`; INTERFACE.md "`observed.found_on`
says where it stands"), and that a target linked from several pages, units or spellings is
asked no more often than a twin with the same answers linked once (`Portal.twins`; RULES.md §3
"Each target is checked once per run").

The server is `tests.portal24n.server` (two hosts on one port, 127.0.0.1 and 127.0.0.2, and
the 24f behaviours: slow answers, 503s, a HEAD status of a route's own) plus what link
checkers meet on real government servers: a connection reset (RST) on any request, HEAD
dropped without an answer while GET is served, and answers that fail with a given status the
first n times (n < 0: always), with a `Retry-After` header.

Discrepancies already analysed (DISCREPANCIES.md) are listed in `KNOWN` (and `KNOWN_EXTRA`
for the two checks above) and reported separately; the test fails on any other difference,
in either direction.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from tests.portal24n import server as base
from tests.portal24n.server import HOST2, HP, HP2, Answer
from tests.portal25a.site import AS_OF, MAX_AGE, Portal, build, config_yaml
from tests.support import trapportal

# Known discrepancies, by DISCREPANCIES.md section: (kind, unit, check, url path and query,
# after the host; "*" for any). "fn": govwatch misses an expected finding; "fp": it reports one
# it should not.
A1 = "A1: a HEAD dropped without an answer is taken as the target's (crawler/fetch.py _check_link)"
A2 = "A2: raw and percent-encoded spellings are two targets (checks/urls.py link_target)"
A3 = "A3: an absolute URL keeps its dot segments (crawler/extract/page.py Resolver)"
A4 = "A4: a trailing NBSP or U+3000 is stripped from href (Resolver, link_target: str.strip)"
A5 = "A5: links document.write prints are never checked (crawler/reader.py read_page)"
A6 = "A6: found_on names the configured later page (checks/unit.py UnitPages.link_pages)"
KNOWN: dict[tuple[str, str, str, str], str] = {
    ("fn", "gxj", "broken_link", "/bm/gxj/zt/2019kh.html"): A5,
}
# Known failures of the two extra checks, by their message's first words.
KNOWN_EXTRA: dict[str, str] = {
}


@dataclass(slots=True)
class Served(base.Served):
    """Host quirks keyed by route (`/path` on host 1, `h2:/path` on host 2): `resets` answer
    any request with an RST, `head_drop` close a HEAD's connection without a word, `flaky`
    answer (status, times, Retry-After) before the route (times < 0: for ever). `hits` is
    every request the host received, (method, route)."""

    resets: frozenset[str] = frozenset()
    head_drop: frozenset[str] = frozenset()
    flaky: Mapping[str, tuple[int, int, str | None]] = field(default_factory=dict)
    hits: list[tuple[str, str]] = field(default_factory=list)
    prefix: str = ""


class _Handler(base._Handler):
    server: _Server  # type: ignore[assignment]

    def _answer(self, send_body: bool) -> None:
        served = self.server.served
        route = served.prefix + unquote(self.path.partition("?")[0])
        with served.lock:
            served.hits.append((self.command, route))
        if route in served.resets:
            self._cut(rst=True)
            return
        if not send_body and route in served.head_drop:
            self._cut(rst=False)
            return
        if route in served.flaky:
            status, times, after = served.flaky[route]
            with served.lock:
                n = served.counts.get("flaky:" + route, 0)
                served.counts["flaky:" + route] = n + 1
            if times < 0 or n < times:
                self.send_response(status)
                if after is not None:
                    self.send_header("Retry-After", after)
                body = f"<h1>{status} {self.responses.get(status, ('',))[0]}</h1>".encode()
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if send_body:
                    self.wfile.write(body)
                return
        super()._answer(send_body)

    def _cut(self, *, rst: bool) -> None:
        """Close the connection before any answer: an RST (`SO_LINGER` 0) or a plain FIN."""
        if rst:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        else:
            self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True
        self.connection.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], served: Served) -> None:
        self.served = served
        super().__init__(address, _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet: the cut connections raise in the handler's flush, on purpose."""


@contextmanager
def serve(built: Portal) -> Iterator[tuple[Served, Served]]:
    """Both hosts on one port, each its own routes and log; yields (host 1, host 2)."""
    routes: dict[str, Answer] = built.served()
    one_routes = {k: v for k, v in routes.items() if not k.startswith("h2:")}
    two_routes = {k[3:]: v for k, v in routes.items() if k.startswith("h2:")}
    quirks = {
        "resets": frozenset(built.resets),
        "head_drop": frozenset(built.head_drop),
        "flaky": dict(built.flaky),
        "head_ok": frozenset(),
        "head_ua": frozenset(),
        "fail500": dict(built.fail500),
    }
    first = Served(one_routes, **quirks)  # type: ignore[arg-type]
    second = Served(two_routes, prefix="h2:", **quirks)  # type: ignore[arg-type]
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
        yield first, second
    finally:
        for srv in (one, two):
            srv.shutdown()
            srv.server_close()


def closed_port() -> int:
    """A port nothing listens on, on either loopback host (bound on both, then released)."""
    with socket.socket() as s, socket.socket() as t:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        t.bind((HOST2, port))
    return port


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served, Served]]:
    built = build(closed_port(), AS_OF)
    with serve(built) as (one, two):
        yield built, one, two


def address_of(path: str, one: Served) -> str:
    """A path as `site` writes it (`/p`, `h2:/p`, `abs:URL` with the placeholders) as a URL."""
    path = path.replace(HP2, one.hp2).replace(HP, one.hp)
    if path.startswith("abs:"):
        return path[4:]
    if path.startswith("h2:"):
        return f"http://{one.hp2}{path[3:]}"
    return f"http://{one.hp}{path}"


def extra_checks(built: Portal, one: Served, two: Served, findings: list[Any]) -> list[str]:
    """Where each broken link stands, as its finding says; one check per target."""
    lines: list[str] = []
    found_on = {
        (f["unit"], f["url"]): sorted(f["observed"]["found_on"])
        for f in findings
        if f["check"] == "broken_link"
    }
    for unit, target, pages in built.found_on:
        got = found_on.get((unit, address_of(target, one)))
        want = sorted(address_of(page, one) for page in pages)
        if got is not None and got != want:  # a missing finding is the judge's FN
            lines.append(f"found_on: {unit} {target}: {got}, want {want}")
    hits = Counter(route for _method, route in (*one.hits, *two.hits))
    for route, once in built.twins:
        if hits[route] != hits[once]:
            lines.append(
                f"requests: {route}: {hits[route]}, its twin linked once {once}: {hits[once]}"
            )
    return lines


def test_portal25a_is_built_as_planned() -> None:
    """The portal's shape, asserted on the built routes (not on govwatch): a Tuesday, 22 units,
    every configured column answered or given a quirk, each registered extra naming an expected
    finding, each twin an unrouted 404."""
    built = build(closed_port(), AS_OF)
    assert AS_OF.weekday() == 1
    assert len(built.units) == 22
    served = built.served()
    quirks = built.resets | built.flaky.keys()
    for u in built.units:
        for c in u.columns:
            assert c.path in served or c.path in quirks, c.path
    expected = {(e.unit, e.path) for e in built.expected if e.check == "broken_link"}
    for unit, target, _pages in built.found_on:
        assert (unit, target) in expected, (unit, target)
    for route, once in built.twins:
        assert route not in served and once not in served, (route, once)


def test_portal25a_findings(portal: tuple[Portal, Served, Served], tmp_path: Path) -> None:
    built, one, two = portal
    report: list[str] = []

    def notes() -> list[str]:
        hits = Counter(r for _m, r in (*one.hits, *two.hits))
        return [f"requests in the run: {sum(hits.values())}"]

    try:
        trapportal.judge(
            "portal25a",
            built,
            one,
            tmp_path,
            config_text=config_yaml(built, f"http://{one.hp}", f"http://{one.hp2}"),
            as_of=AS_OF,
            max_age=MAX_AGE,
            known=KNOWN,
            notes=notes,
        )
    finally:
        findings = json.loads((tmp_path / "findings.json").read_text(encoding="utf-8"))
        seen: set[str] = set()
        for line in extra_checks(built, one, two, findings):
            why = next((w for k, w in KNOWN_EXTRA.items() if line.startswith(k)), None)
            report.append(f"  EXTRA {line}" + (f"  [known: {why}]" if why else ""))
            seen |= {why} if why else set()
        for why in sorted(set(KNOWN_EXTRA.values()) - seen):
            report.append(f"  known extra discrepancy no longer seen (fixed?): {why}")
        print("\n".join(report) if report else "  extra checks: all right")
    unknown = [line for line in report if line.startswith("  EXTRA") and "[known:" not in line]
    assert not unknown, "\n".join(unknown)
