"""The crawler's HTTP/1.1 transport and its socket layer, against real servers on 127.0.0.1.

What the pool relies on: keep-alive connections are re-used, an idle connection
the server closed is noticed (from the protocol's state, no system call) and
replaced rather than failing the next request, a kept connection the server
drops as the next request goes out is retried once on a new one, time-outs and
resets become the httpx errors `crawler/attempt.py` maps, chunked and
read-to-close bodies are read whole, large bodies stream under flow control,
and TLS works with the same verification as httpx's default.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from crawler.sockets import HIGH_WATER, LOW_WATER, Reading
from crawler.transport import H11Transport, asyncio_transport
from tests.support.certs import self_signed_files

LIMITS = httpx.Limits(max_connections=None, max_keepalive_connections=8)


class RawServer:
    """Speaks just enough HTTP/1.1 by hand to misbehave on purpose, per path."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._tls = tls
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def base(self) -> str:
        return f"{'https' if self._tls else 'http'}://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            if self._tls is not None:
                conn = self._tls.wrap_socket(conn, server_side=True)
            buffered = b""
            dropping = False
            while True:
                while b"\r\n\r\n" not in buffered:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffered += chunk
                head, _, buffered = buffered.partition(b"\r\n\r\n")
                path = head.split(b" ")[1].decode()
                if dropping:
                    return  # the request read, no answer: as a keep-alive that just ran out
                if not self._answer(conn, path):
                    return
                dropping = path == "/drop-next"
        except (OSError, ssl.SSLError):
            return
        finally:
            conn.close()

    def _answer(self, conn: socket.socket, path: str) -> bool:
        """Write the answer for `path`; False when the connection must end."""
        if path == "/hang":
            self._stop.wait(30)
            return False
        if path == "/reset":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial")
            linger_zero = b"\x01\x00\x00\x00\x00\x00\x00\x00"  # close() sends a reset
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger_zero)
            return False
        if path == "/chunked":
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                b"5\r\n01234\r\n3\r\n567\r\n0\r\n\r\n"
            )
            return True
        if path == "/until-close":  # HTTP/1.0 style: no length, the body ends with the connection
            conn.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nto the end")
            return False
        size = 3_000_000 if path == "/large" else 5
        body = (b"0123456789" * (size // 10 + 1))[:size]
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        return path != "/close-after"  # answered, then the server drops the idle connection


@pytest.fixture
def server() -> Iterator[RawServer]:
    running = RawServer()
    yield running
    running.close()


def run(client_call: Callable[[httpx.AsyncClient], object], **client: object) -> object:
    async def go() -> object:
        transport = asyncio_transport(LIMITS, verify=client.pop("verify", True))  # type: ignore[arg-type]
        assert transport is not None
        async with httpx.AsyncClient(transport=transport, **client) as http:  # type: ignore[arg-type]
            return await client_call(http)  # type: ignore[misc]

    return asyncio.run(go())


def test_the_crawler_uses_its_own_transport() -> None:
    assert isinstance(asyncio_transport(LIMITS), H11Transport)


def test_chunked_and_read_to_close_bodies_are_whole(server: RawServer) -> None:
    async def bodies(http: httpx.AsyncClient) -> list[bytes]:
        urls = ["/chunked", "/chunked", "/until-close", "/ok"]
        return [(await http.get(f"{server.base}{u}")).content for u in urls]

    assert run(bodies) == [b"01234567", b"01234567", b"to the end", b"01234"]
    assert server.connections == 2  # the chunked answers share one; Connection: close ends it


def test_a_kept_connection_dropped_as_the_request_goes_out_is_retried_once(
    server: RawServer,
) -> None:
    async def twice(http: httpx.AsyncClient) -> list[bytes]:
        first = await http.get(f"{server.base}/drop-next")
        second = await http.get(f"{server.base}/ok")  # sent on the kept connection: dropped
        return [first.content, second.content]

    assert run(twice) == [b"01234", b"01234"]
    assert server.connections == 2


def test_keep_alive_connections_are_reused(server: RawServer) -> None:
    async def three(http: httpx.AsyncClient) -> list[bytes]:
        return [(await http.get(f"{server.base}/ok")).content for _ in range(3)]

    assert run(three) == [b"01234"] * 3
    assert server.connections == 1


def test_an_idle_connection_the_server_closed_is_replaced_not_failed(server: RawServer) -> None:
    async def twice(http: httpx.AsyncClient) -> list[int]:
        first = await http.get(f"{server.base}/close-after")
        for _ in range(50):  # until the protocol has seen the server's close
            await asyncio.sleep(0.01)
        second = await http.get(f"{server.base}/ok")
        return [first.status_code, second.status_code]

    assert run(twice) == [200, 200]
    assert server.connections == 2


def test_a_server_that_never_answers_is_a_read_timeout(server: RawServer) -> None:
    async def hang(http: httpx.AsyncClient) -> float:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            await http.get(f"{server.base}/hang")
        return time.monotonic() - started

    elapsed = run(hang, timeout=httpx.Timeout(0.3))
    assert isinstance(elapsed, float) and 0.25 < elapsed < 3


def test_a_reset_mid_body_is_an_error_not_a_short_page(server: RawServer) -> None:
    async def reset(http: httpx.AsyncClient) -> None:
        with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            await http.get(f"{server.base}/reset")

    run(reset)


def test_a_refused_connection_is_a_connect_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, never listening: refused

    async def refused(http: httpx.AsyncClient) -> None:
        with pytest.raises(httpx.ConnectError):
            await http.get(f"http://127.0.0.1:{port}/")

    run(refused)


def test_a_large_body_streams_whole_under_flow_control(server: RawServer) -> None:
    async def large(http: httpx.AsyncClient) -> tuple[int, int]:
        total, chunks = 0, 0
        async with http.stream("GET", f"{server.base}/large") as response:
            async for chunk in response.aiter_raw():
                await asyncio.sleep(0)  # a slow reader: the protocol must pause, then resume
                total += len(chunk)
                chunks += 1
        return total, chunks

    result = run(large)
    assert isinstance(result, tuple)
    total, chunks = result
    assert total == 3_000_000 > 4 * HIGH_WATER
    assert chunks > 1


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    return self_signed_files(tmp_path)


def test_tls_verified_against_the_given_authority(tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_side.load_cert_chain(cert, key)
    tls = RawServer(tls=server_side)
    try:
        trusted = ssl.create_default_context(cafile=str(cert))

        async def two(http: httpx.AsyncClient) -> list[bytes]:
            return [(await http.get(f"{tls.base}/ok")).content for _ in range(2)]

        assert run(two, verify=trusted) == [b"01234"] * 2
        assert tls.connections == 1

        async def untrusted(http: httpx.AsyncClient) -> None:
            with pytest.raises(httpx.ConnectError):
                await http.get(f"{tls.base}/ok")

        run(untrusted)  # the default authorities do not know a self-signed certificate
    finally:
        tls.close()


class _Transport(asyncio.Transport):
    """Records what the protocol asks of its transport."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def pause_reading(self) -> None:
        self.calls.append("pause")

    def resume_reading(self) -> None:
        self.calls.append("resume")


def test_reading_pauses_past_the_high_water_mark_and_resumes_below_the_low() -> None:
    protocol, transport = Reading(), _Transport()
    protocol.connection_made(transport)
    chunk = b"x" * 65536
    while protocol.buffered <= HIGH_WATER:
        protocol.data_received(chunk)
    assert transport.calls == ["pause"]
    protocol.data_received(chunk)  # what was in flight still arrives; no second pause
    assert transport.calls == ["pause"]
    while protocol.buffered >= LOW_WATER:
        assert transport.calls == ["pause"]
        protocol.take(65536)
    assert transport.calls == ["pause", "resume"]
    protocol.data_received(chunk)
    assert protocol.take(10) == b"x" * 10  # a read takes at most what it asks
