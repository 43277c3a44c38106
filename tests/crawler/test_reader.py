"""Reading pages in a worker process: the same readings as in place, and a dead worker or a
reader bug costs the pages concerned (unreadable: a warning), never the run."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Iterator
from datetime import date

import pytest

from checks.model import Fetched, Unreadable
from crawler import reader as reader_module
from crawler.reader import InlineReader, Page, ProcessReader, Reading, read_guarded
from sampleportal.generate import generated_site

TODAY = date(2026, 11, 24)


def pages() -> list[Page]:
    site = generated_site(3, 2, 10, today=TODAY)
    out = []
    for i in range(3):
        out.append(Page(site.subpage(i).body, "text/html; charset=utf-8", 200,
                        f"http://127.0.0.1/u{i}/index.html", "subpage", TODAY))
        for j in range(2):
            out.append(Page(site.column_page(i, j).body, "text/html; charset=utf-8", 200,
                            f"http://127.0.0.1/u{i}/c{j}/index.html", "column", TODAY))
            out.append(Page(site.detail(i, j, 0).body, "text/html; charset=utf-8", 200,
                            f"http://127.0.0.1/u{i}/c{j}/art_0.html", "detail", TODAY))
    return out


@pytest.fixture
def worker() -> Iterator[ProcessReader]:
    reader = ProcessReader()
    yield reader
    reader.close()


def read_all(reader: ProcessReader | InlineReader, todo: list[Page]) -> list[Reading]:
    async def go() -> list[Reading]:
        return list(await asyncio.gather(*(reader.read(p) for p in todo)))

    return asyncio.run(go())


def test_a_worker_reads_what_reading_in_place_reads(worker: ProcessReader) -> None:
    todo = pages()
    apart = read_all(worker, todo)
    here = read_all(InlineReader(), todo)
    assert apart == here
    assert all(isinstance(r, Fetched) for r in apart)
    assert any(r.newest is not None for r in apart if isinstance(r, Fetched))


def test_close_ends_the_worker_process(worker: ProcessReader) -> None:
    read_all(worker, pages()[:1])
    worker.close()
    assert not worker._process.is_alive()
    assert worker._process.exitcode == 0  # it saw the end of its input and returned


def test_a_dead_worker_costs_its_pages_and_the_rest_are_read_in_place(
    worker: ProcessReader,
) -> None:
    todo = pages()

    async def go() -> tuple[Reading, list[Reading]]:
        first = await worker.read(todo[0])  # connected, working
        assert worker._process.pid is not None
        os.kill(worker._process.pid, signal.SIGKILL)
        for _ in range(500):  # until the loop has seen the worker's end
            if worker._lost:
                break
            await asyncio.sleep(0.01)
        rest = await asyncio.gather(*(worker.read(p) for p in todo[1:]))
        return first, list(rest)

    first, rest = asyncio.run(go())
    assert isinstance(first, Fetched)
    assert rest == read_all(InlineReader(), todo[1:])  # read in place after the loss


def test_pages_held_by_a_worker_that_dies_are_unreadable_not_lost(
    worker: ProcessReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    todo = pages()[:4]

    async def go() -> list[Reading]:
        await worker.read(todo[0])
        assert worker._process.pid is not None
        os.kill(worker._process.pid, signal.SIGSTOP)  # holds what it is sent, answers nothing
        held = [asyncio.ensure_future(worker.read(p)) for p in todo[1:]]
        await asyncio.sleep(0.1)
        os.kill(worker._process.pid, signal.SIGKILL)
        return list(await asyncio.gather(*held))

    held = asyncio.run(go())
    assert len(held) == 3
    assert all(isinstance(r, Unreadable) and "reader process died" in r.reason for r in held)


@pytest.mark.parametrize("error", [RecursionError("deep"), ZeroDivisionError(), RuntimeError()])
def test_a_reader_bug_on_one_page_makes_that_page_unreadable(
    error: Exception, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(page: Page) -> Reading:
        raise error

    monkeypatch.setattr(reader_module, "read_page", broken)
    page = pages()[0]
    reading = read_guarded(page)
    assert isinstance(reading, Unreadable)
    assert reading.reason == f"reader error: {type(error).__name__}" and reading.status == 200
