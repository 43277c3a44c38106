"""Reading an answer's body into what the checks need: decode, parse once, run every reader.

This is the CPU-heavy half of a crawl (a page's parse and readings cost several
times its HTTP exchange), so it is a pure function of a picklable `Page`: the
run can hand it to a worker process (`ProcessReader`) and keep fetching while
pages are read, or call it in place (`InlineReader`) where a process is not
worth starting. Either way a page reads the same.
"""

from __future__ import annotations

import asyncio
import hashlib
import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol

from checks.model import Fetched, PageRole, Unreachable, Unreadable
from crawler.decode import decode_html
from crawler.extract import (
    parse_html,
    read_detail,
    read_links,
    read_list,
    read_meta,
    read_page_newest,
)
from crawler.extract.blocks import read_blocks
from crawler.extract.errorpage import error_page_reason
from crawler.extract.forward import forwarded_to
from crawler.extract.labels import read_labels


@dataclass(frozen=True, slots=True)
class Forward:
    """The page is a stub handing the reader on to `url`."""

    url: str
    how: str
    meta: tuple[tuple[str, str], ...] = ()  # the stub's own 指引 tags: the column URL carries them


Reading = Fetched | Unreachable | Unreadable | Forward


@dataclass(frozen=True, slots=True)
class Page:
    """An answer to read, and how: everything `read_page` uses, nothing it does not."""

    body: bytes
    content_type: str | None
    status: int
    final_url: str
    role: PageRole
    as_of: date
    selector: str | None = None
    date_selector: str | None = None


def read_page(page: Page) -> Reading:
    """The page's reading; a soft error page is Unreachable, an empty stub a Forward."""
    if not page.body.strip():
        # A 200 with nothing in it: a reader sees a blank page, no usable answer at all.
        return Unreachable("empty answer: the page has no content", page.status)
    decoded = decode_html(page.body, page.content_type)
    if isinstance(decoded, Unreadable):
        return replace(decoded, status=page.status)
    tree = parse_html(decoded.text)
    role, url = page.role, page.final_url
    if role != "home" and (soft_error := error_page_reason(tree)) is not None:
        return Unreachable(soft_error, page.status)
    meta = read_meta(tree)
    links = read_links(tree, url)
    blocks = read_blocks(tree, url)
    digest = hashlib.sha256(page.body).hexdigest()
    if role == "detail":
        detail = read_detail(tree, url, page.as_of)
        return Fetched(
            status=page.status,
            final_url=url,
            encoding=decoded.encoding,
            newest=detail.published,
            newest_rule=detail.why,
            links=links,
            meta=meta,
            blocks=blocks,
            content_hash=digest,
        )
    reading = read_list(
        tree, url, page.as_of, selector=page.selector, date_selector=page.date_selector
    )
    if not reading.items and role in ("column", "subpage"):
        forward = forwarded_to(tree, url)
        if forward is not None:
            return Forward(*forward, meta=tuple(meta.items()))
    newest, rule = reading.newest, reading.newest_rule
    labels: tuple[str, ...] = ()
    if role in ("home", "subpage"):
        # A home page or subpage is many small lists: its newest date is across all of them.
        newest, rule = read_page_newest(tree, url, page.as_of)
        labels = read_labels(tree)
    return Fetched(
        status=page.status,
        final_url=url,
        encoding=decoded.encoding,
        items=reading.items,
        newest=newest,
        newest_rule=rule,
        empty_marker=reading.empty_marker,
        links=links,
        meta=meta,
        blocks=blocks,
        labels=labels,
        content_hash=digest,
    )


class PageReader(Protocol):
    """Where pages are read: in the event loop's thread, or in a worker process."""

    async def read(self, page: Page) -> Reading: ...

    def close(self) -> None: ...


class InlineReader:
    """Reads in place: for small runs and tests, where a worker process costs more than it saves."""

    async def read(self, page: Page) -> Reading:
        return read_page(page)

    def close(self) -> None:
        return None


class ProcessReader:
    """Reads in a worker process, so the event loop keeps fetching while a page is parsed.

    Forked (the worker is the run's own child: its CPU time is the run's), before the
    run starts any thread; the worker leaves signals to the parent, which owns the run.
    """

    def __init__(self, workers: int = 1) -> None:
        context = multiprocessing.get_context("fork")
        self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init)
        # Started now, while this process has no other thread, rather than at the first page.
        self._pool.submit(_worker_ready).result()

    async def read(self, page: Page) -> Reading:
        return await asyncio.get_running_loop().run_in_executor(self._pool, read_page, page)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _worker_init() -> None:
    """A fork shares the parent's signal wake-up fd: a signal to the worker must not reach the
    parent's event loop, and Ctrl-C or SIGTERM is for the parent to act on."""
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _worker_ready() -> bool:
    return True
