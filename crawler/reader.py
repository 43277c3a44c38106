"""Reading an answer's body into what the checks need: decode, parse once, run every reader.

This is the CPU-heavy half of a crawl (a page's parse and readings cost several
times its HTTP exchange), so it is a pure function of a picklable `Page`: the
run can hand it to a worker process (`ProcessReader`) and keep fetching while
pages are read, or call it in place (`InlineReader`) where a process is not
worth starting. Either way a page reads the same.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import multiprocessing
import pickle
import re
import signal
import socket
import struct
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol

from selectolax.lexbor import LexborHTMLParser

from checks.injection import HEAD_PLACES, PANEL
from checks.model import Fetched, PageRole, TextBlock, Unreachable, Unreadable
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
from crawler.extract.errorpage import (
    BODY_SAYS,
    error_page_reason,
    gone_in_chrome,
    login_page,
    script_shell,
)
from crawler.extract.forward import first_list_page, forwarded_to, same_site_frames
from crawler.extract.island import island_trees, json_links, written_labels
from crawler.extract.labels import read_labels
from crawler.extract.page import MAX_LINKS, base_of, element_children
from crawler.extract.reveal import in_panel_container
from crawler.extract.scripts import page_scripts

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Forward:
    """The page is a stub handing the reader on to `url`."""

    url: str
    how: str
    meta: tuple[tuple[str, str], ...] = ()  # the stub's own 指引 tags: the column URL carries them
    blocks: tuple[TextBlock, ...] = ()  # the stub's own title and hidden blocks (injection)
    frames: tuple[str, ...] = ()  # a frameset subpage's other frames (its menu)


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
    names: tuple[str, ...] = ()  # the column's name and its category's: which box is its list
    refresh: str | None = None  # the HTTP Refresh header, followed as a meta refresh is


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
    soft_error = error_page_reason(tree) if role != "home" else None
    if soft_error is not None and not (
        soft_error.startswith(BODY_SAYS) and _lists_dated_items(tree, page)
    ):
        return Unreachable(soft_error, page.status)
    if script_shell(tree):
        return Unreadable(
            "a page its scripts build (JavaScript application): nothing to read", page.status
        )
    meta = read_meta(tree)
    links = read_links(tree, url)
    blocks = read_blocks(tree, url)
    if role != "detail" and (islands := island_trees(tree, records_only=True)):
        links, blocks = _with_islands(tree, url, islands, links, blocks)
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
        tree,
        url,
        page.as_of,
        selector=page.selector,
        date_selector=page.date_selector,
        names=page.names,
        explain=False,
    )
    if not reading.items and role in ("column", "subpage") and login_page(tree, url):
        return Unreachable("a login page (统一身份认证): the public cannot read it", page.status)
    # A column whose only list is a side box has no list of its own: it may say it is gone
    # inside the full chrome, or show its list in a frame.
    ownless = role == "column" and reading.off_content
    if ownless and (gone := gone_in_chrome(tree)) is not None:
        return Unreachable(gone, page.status)
    if (not reading.items or ownless) and role in ("column", "subpage"):
        forward = forwarded_to(tree, url, page.refresh)
        if forward is not None and role == "subpage" and _shows_its_own(tree, links, forward):
            forward = None  # its iframes (a map, a menu) are read beside it: same_site_frames
        if forward is not None:
            others = same_site_frames(tree, url, forward[0]) if role == "subpage" else ()
            return Forward(*forward, meta=tuple(meta.items()), blocks=blocks, frames=others)
    if role == "column" and reading.items and (first := first_list_page(tree, url)) is not None:
        return Forward(first, "the list's first page", meta=tuple(meta.items()), blocks=blocks)
    newest, rule = reading.newest, reading.newest_rule
    labels: tuple[str, ...] = ()
    frames: tuple[str, ...] = ()
    if role in ("home", "subpage"):
        # A home page or subpage is many small lists: its newest date is across all of them.
        newest, rule = read_page_newest(tree, url, page.as_of)
        labels = read_labels(tree)
    if role == "subpage":
        frames = same_site_frames(tree, url)
        # Tabs a script builds from JSON are shown names, not links a check may follow: the
        # records' URLs may be an API's or an image's, no page a reader opens.
        scripted = (name for name, _ in json_links(tree, url))
        labels = tuple(dict.fromkeys((*labels, *scripted, *written_labels(tree))))
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
        frames=frames,
        content_hash=digest,
    )


def _with_islands(
    tree: LexborHTMLParser,
    url: str,
    islands: list[LexborHTMLParser],
    links: tuple[tuple[str, str], ...],
    blocks: tuple[TextBlock, ...],
) -> tuple[tuple[tuple[str, str], ...], tuple[TextBlock, ...]]:
    """A 大汉 JCMS page's datastore records are what its script draws: their links are the
    page's (a subpage's menu, an attachment to check), and so are their hidden records.

    The datastore ships the column's first group of pages (`groupSize` × `perPage`); a reader
    of the first page sees its first `perPage` records, so only theirs are the page's links.
    All of them are in the page's source, and all are searched for injected content."""
    base = base_of(tree, url)
    shown = _per_page(tree)
    more_links = [link for island in islands for link in read_links(_first(island, shown), base)]
    in_slider = _datastores_in_sliders(tree)
    if len(in_slider) != len(islands):
        in_slider = [any(in_slider)] * len(islands)
    more_blocks = [
        _as_slide(b) if slider else b
        for island, slider in zip(islands, in_slider, strict=True)
        for b in read_blocks(island, base)
        if b.place not in HEAD_PLACES
    ]
    seen = {link_url for _, link_url in links}
    merged = (*links, *(link for link in more_links if link[1] not in seen))
    return merged[:MAX_LINKS], (*blocks, *more_blocks)


def _datastores_in_sliders(tree: LexborHTMLParser) -> list[bool]:
    """For each datastore script (in page order), whether its container is a slider or tab
    box: its records, read apart from the page, are shown in turn there, not concealed."""
    return [
        node.parent is not None and in_panel_container(node.parent)
        for node, script in zip(tree.css("script"), page_scripts(tree), strict=True)
        if "<record" in script.code and "CDATA" in script.code
    ]


def _as_slide(block: TextBlock) -> TextBlock:
    """A hidden record of a slider's datastore: a slide, judged as a panel (its links and words,
    not its hiding)."""
    return replace(block, place=PANEL) if block.hidden_by is not None else block


_PER_PAGE = re.compile(r"perPage\s*[:=]\s*['\"]?(\d{1,4})")
JPAGE_PER_PAGE = 15  # jpage's own default


def _per_page(tree: LexborHTMLParser) -> int:
    """Records per page of the page's jpage pager (the first one that says)."""
    for script in page_scripts(tree):
        if "perPage" in script.code and (found := _PER_PAGE.search(script.code)):
            return max(1, int(found[1]))
    return JPAGE_PER_PAGE


def _first(island: LexborHTMLParser, count: int) -> LexborHTMLParser:
    """The island with only its first `count` records (the `<ul>` wrapper's children)."""
    holder = island.css_first("ul")
    if holder is None:
        return island
    records = element_children(holder)
    if len(records) <= count:
        return island
    return LexborHTMLParser("<ul>" + "".join(r.html or "" for r in records[:count]) + "</ul>")


def _shows_its_own(
    tree: LexborHTMLParser, links: tuple[tuple[str, str], ...], forward: tuple[str, str]
) -> bool:
    """A subpage with links of its own is not a stub for the iframe it shows: a frameset is."""
    return forward[1] == "frame" and bool(links) and tree.css_first("frameset") is None


def _lists_dated_items(tree: LexborHTMLParser, page: Page) -> bool:
    """A page whose body says 链接已失效 or 页面不存在 but shows a dated list of its own is the
    page (a 网站改版 tip above the list): an error page lists nothing."""
    if page.role not in ("column", "subpage"):
        return False
    reading = read_list(tree, page.final_url, page.as_of, explain=False)
    return sum(1 for item in reading.items if item.date is not None) >= 2


def read_guarded(page: Page) -> Reading:
    """`read_page`, where a reader bug on one hostile page is that page's problem, not the run's:
    the page is unreadable (an operator's warning), the traceback goes to the log.

    The one place a reading's exceptions are caught whatever their kind: the extractor is
    a pure function of the page's bytes, so any exception it raises is a bug met on that
    page, and a monitor that stops its weekly run on it checks nothing that week."""
    try:
        return read_page(page)
    except Exception as exc:  # logged, and made the page's outcome (see above)
        log.exception("reading %s failed", page.final_url)
        return Unreadable(f"reader error: {type(exc).__name__}", status=page.status)


class PageReader(Protocol):
    """Where pages are read: in the event loop's thread, or in a worker process."""

    async def read(self, page: Page) -> Reading: ...

    def close(self) -> None: ...


class InlineReader:
    """Reads in place: for small runs and tests, where a worker process costs more than it saves."""

    async def read(self, page: Page) -> Reading:
        return read_guarded(page)

    def close(self) -> None:
        return None


_FRAME = struct.Struct("!Q")  # each message: its length, then a pickle
# Pages sent to the worker and not yet read back: enough to keep it busy, few enough that
# the pickled copies of waiting pages do not pile up in the socket's buffer.
IN_FLIGHT = 4


class ProcessReader:
    """Reads in a worker process, so the event loop keeps fetching while a page is parsed.

    Pages go out and readings come back over a socket pair the event loop watches itself
    (asyncio streams, no helper threads: an executor's two threads cost the loop more, in
    switches, than the pickling). Forked before the run starts any thread; the worker
    leaves signals to the parent, which owns the run. A worker that dies (a crash inside
    the HTML parser on some hostile page) makes the pages it held unreadable, and the run
    reads the rest in place.
    """

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        ours, theirs = socket.socketpair()
        self._process = context.Process(
            target=_serve, args=(theirs, ours), daemon=True, name="govwatch-reader"
        )
        self._process.start()
        theirs.close()
        self._socket: socket.socket | None = ours
        self._writer: asyncio.Task[asyncio.StreamWriter] | None = None  # connected once
        self._answers: asyncio.Task[None] | None = None
        self._waiting: dict[int, asyncio.Future[Reading]] = {}
        self._sent = 0
        self._lost = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None

    async def read(self, page: Page) -> Reading:
        if self._lost or (self._loop is not None and self._loop is not asyncio.get_running_loop()):
            return read_guarded(page)  # the worker is gone, or served an event loop now ended
        writer = await self._connected()
        self._slots = self._slots or asyncio.Semaphore(IN_FLIGHT)
        async with self._slots:
            if self._lost:  # ended while this page waited its turn
                return read_guarded(page)
            self._sent += 1
            number = self._sent
            answer: asyncio.Future[Reading] = asyncio.get_running_loop().create_future()
            self._waiting[number] = answer
            payload = pickle.dumps((number, page), protocol=pickle.HIGHEST_PROTOCOL)
            writer.write(_FRAME.pack(len(payload)) + payload)
            return await answer

    async def _connected(self) -> asyncio.StreamWriter:
        """The stream to the worker, opened by the first page (inside the running loop)."""
        if self._writer is None:
            self._writer = asyncio.ensure_future(self._open())
        return await asyncio.shield(self._writer)

    async def _open(self) -> asyncio.StreamWriter:
        assert self._socket is not None
        self._loop = asyncio.get_running_loop()
        reader, writer = await asyncio.open_connection(sock=self._socket, limit=2**16)
        self._answers = asyncio.create_task(self._collect(reader, writer))
        return writer

    async def _collect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Hand each reading to the page waiting for it; on the worker's end, fail the rest.

        Cancelled when the run's event loop ends, which closes the stream while the loop can
        still do it (the worker then sees the end of its input and exits)."""
        try:
            while True:
                (size,) = _FRAME.unpack(await reader.readexactly(_FRAME.size))
                number, reading = pickle.loads(await reader.readexactly(size))
                waiting = self._waiting.pop(number, None)
                if waiting is not None and not waiting.done():
                    waiting.set_result(reading)
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            self._lost = True
            log.error("the page reader process ended (%s); reading in place from now on", exc)
            for number, waiting in self._waiting.items():
                if not waiting.done():
                    waiting.set_result(Unreadable("the page reader process died on this page "
                                                  f"or one read with it (#{number})"))
            self._waiting.clear()
        finally:
            writer.close()

    def close(self) -> None:
        """Stop the worker: it sees the end of its input and exits; one that does not is killed.

        Called inside the run's event loop or after it ended (the usual case: the reader
        outlives `asyncio.run`), when the socket is closed directly."""
        writer = self._writer
        opened = writer is not None and writer.done() and not writer.cancelled()
        if writer is not None and opened and writer.exception() is None:
            with contextlib.suppress(RuntimeError):  # the loop is closed already
                writer.result().close()
        if self._answers is not None and not self._answers.done():
            with contextlib.suppress(RuntimeError):
                self._answers.cancel()
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()


def _serve(connection: socket.socket, parents: socket.socket) -> None:
    """The worker: read each page sent, send its reading back, until the input ends."""
    parents.close()
    signal.set_wakeup_fd(-1)  # a fork shares the parent's wake-up fd: signals are the parent's
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with connection, connection.makefile("rb") as incoming:
        while True:
            head = incoming.read(_FRAME.size)
            if len(head) < _FRAME.size:
                return
            (size,) = _FRAME.unpack(head)
            number, page = pickle.loads(incoming.read(size))
            out = pickle.dumps((number, read_guarded(page)), protocol=pickle.HIGHEST_PROTOCOL)
            connection.sendall(_FRAME.pack(len(out)) + out)
