"""The weekly check, wired: config → crawler → checks → store, one unit at a time.

Units are crawled by a small pool of workers so memory stays flat however
large the portal is; a unit's observations and findings are written in one
transaction (with those of the few units finished about the same time), which
is also what makes a crash resumable: a unit is either fully recorded for the
run or not at all, and a restarted run skips the units already done.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import urlsplit

from checks.alerts import AlertPlan
from checks.model import Column, Fetched, Finding, Observation, PortalConfig, Unit
from checks.unit import UnitPages, UnitRules, check_unit
from config.lexicon import lexicon_from_config
from crawler.extract.errorpage import is_home
from crawler.fetch import Fetcher
from crawler.links import LinkChecker, LinkGate
from crawler.observe import Observer, detail_urls
from crawler.reader import InlineReader, PageReader
from store import Store, UnitRecord

log = logging.getLogger(__name__)

PORTAL_UNIT = "_portal"  # the pseudo-unit under which the portal home page is recorded
# Units' records written together: a transaction per unit cost more than the unit's rows.
BATCH_UNITS = 16
BATCH_SECONDS = 2.0  # a slow portal's finished units are not held back longer than this


@dataclass
class RunSummary:
    run_id: int
    as_of: date
    units: int
    units_skipped: int = 0  # already done in an interrupted run being resumed
    findings: Counter[str] = field(default_factory=Counter)
    fails: int = 0
    warns: int = 0
    requests: int = 0
    bytes_received: int = 0
    links_checked: int = 0
    links_not_checked: int = 0
    links_not_checked_sample: tuple[str, ...] = ()  # the first few
    status: str = "complete"


class RecordBatch:
    """Finished units waiting to be written; `flush` writes them in one transaction."""

    def __init__(
        self,
        store: Store,
        *,
        size: int = BATCH_UNITS,
        seconds: float = BATCH_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._size = size
        self._seconds = seconds
        self._clock = clock
        self._records: list[UnitRecord] = []
        self._since = 0.0

    def add(self, record: UnitRecord) -> None:
        if not self._records:
            self._since = self._clock()
        self._records.append(record)
        if len(self._records) >= self._size or self._clock() - self._since >= self._seconds:
            self.flush()

    def flush(self) -> None:
        if not self._records:
            return
        records, self._records = self._records, []
        self._store.record_units(records)


@dataclass(frozen=True, slots=True)
class RunTools:
    """What every unit of one run shares: the fetcher, the link checker and the check rules."""

    fetcher: Fetcher
    links: LinkChecker
    rules: UnitRules
    reader: PageReader
    # URLs the configuration reads in two roles (a subpage that is also a column): read anew
    # each run, since the page cache keeps one reading per URL and a 304 would hand the
    # column's reading to the subpage (no block titles for the category check) or back.
    read_anew: frozenset[str] = frozenset()
    # Where the portal's home page is: its configured address and where that lands (a home
    # at /portal/index.html). A column that now lands there was removed.
    homes: set[str] = field(default_factory=set)


def run_tools(config: PortalConfig, fetcher: Fetcher, reader: PageReader) -> RunTools:
    host = (urlsplit(config.portal.base_url).hostname or "").lower()
    sites = _site_hosts(config) - {host}
    gate = LinkGate(config.portal.base_url, config.crawl.allow_hosts, site_hosts=sites)
    checker = LinkChecker(fetcher.check_link, gate, limit=config.crawl.link_check_limit)
    rules = UnitRules(
        categories=config.categories,
        lexicon=lexicon_from_config(config.sections),
        own_hosts=(host, *sorted(sites), *config.crawl.allow_hosts),
    )
    return RunTools(
        fetcher, checker, rules, reader, _urls_in_two_roles(config), {config.portal.base_url}
    )


def _urls_in_two_roles(config: PortalConfig) -> frozenset[str]:
    roles: dict[str, set[str]] = {config.portal.base_url: {"home"}}
    for unit in config.units:
        roles.setdefault(unit.subpage, set()).add("subpage")
        for column in unit.columns:
            roles.setdefault(column.url, set()).add("column")
    return frozenset(url for url, seen in roles.items() if len(seen) > 1)


def _site_hosts(config: PortalConfig) -> set[str]:
    """Every host the configuration puts a unit's subpage or column on."""
    urls = [u for unit in config.units for u in (unit.subpage, *(c.url for c in unit.columns))]
    return {(urlsplit(u).hostname or "").lower() for u in urls} - {""}


UnitDone = Callable[[Unit, Sequence[Finding]], None]
# (run id, unit, observations, findings) → the alerts recorded with the unit (govwatch/alerting.py)
AlertPlanner = Callable[[int, Unit, Sequence[Observation], Sequence[Finding]], AlertPlan]


async def run_crawl(
    config: PortalConfig,
    store: Store,
    as_of: date,
    *,
    unit_ids: Sequence[str] | None = None,
    on_unit_done: UnitDone | None = None,
    fetcher: Fetcher | None = None,
    workers: int | None = None,
    planner: AlertPlanner | None = None,
    reader: PageReader | None = None,
) -> RunSummary:
    """The weekly check of `unit_ids` (all units when None); pages are read by `reader`, in
    place when None. The caller owns a reader it passes in, as it does a fetcher."""
    units = _select(config, unit_ids)
    run_id = store.open_run(as_of, [u.id for u in units])
    done = store.units_done(run_id)
    pending = [u for u in units if u.id not in done]
    summary = RunSummary(
        run_id=run_id, as_of=as_of, units=len(units), units_skipped=len(units) - len(pending)
    )
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(config.crawl)
    try:
        if own_fetcher:
            await fetcher.__aenter__()
        tools = run_tools(config, fetcher, reader or InlineReader())
        if PORTAL_UNIT not in done and unit_ids is None:
            await _record_home(config, store, run_id, tools, as_of)
        queue: asyncio.Queue[Unit] = asyncio.Queue()
        for unit in pending:
            queue.put_nowait(unit)
        pool = workers or max(2, config.crawl.concurrency * 2)
        batch = RecordBatch(store)

        async def worker() -> None:
            while True:
                try:
                    unit = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                findings = await _crawl_unit(
                    config, store, run_id, tools, unit, as_of, planner, batch
                )
                summary.findings.update(f.check for f in findings)
                summary.fails += sum(1 for f in findings if f.severity == "fail")
                summary.warns += sum(1 for f in findings if f.severity == "warn")
                if on_unit_done is not None:
                    on_unit_done(unit, findings)

        try:
            await asyncio.gather(*(worker() for _ in range(min(pool, len(pending)) or 1)))
        finally:
            batch.flush()  # stopped or not, the units finished so far are recorded
        store.finish_run(run_id, "complete")
    except BaseException:
        summary.status = "interrupted"
        store.finish_run(run_id, "interrupted")
        raise
    finally:
        summary.requests = fetcher.requests_made
        if "tools" in locals():
            report = tools.links.report()
            summary.links_checked = len(report.status)
            summary.links_not_checked = tools.links.not_checked_count
            summary.links_not_checked_sample = report.not_checked
        summary.bytes_received = fetcher.bytes_received
        if own_fetcher:
            await fetcher.__aexit__(None, None, None)
    return summary


def _select(config: PortalConfig, unit_ids: Sequence[str] | None) -> list[Unit]:
    if not unit_ids:
        return list(config.units)
    return [config.unit(uid) for uid in dict.fromkeys(unit_ids)]


async def _crawl_unit(
    config: PortalConfig,
    store: Store,
    run_id: int,
    tools: RunTools,
    unit: Unit,
    as_of: date,
    planner: AlertPlanner | None,
    batch: RecordBatch,
) -> list[Finding]:
    urls = [unit.subpage, *(c.url for c in unit.columns)]
    reusable = [url for url in urls if url not in tools.read_anew]
    cached = {
        url: (page.validators, page.outcome) for url, page in store.cached_pages(reusable).items()
    }
    # The detail pages read last time are likely read again: their validators too.
    revisit = detail_urls([o for _, o in cached.values()], config.crawl.newest_details)
    cached |= {u: (p.validators, p.outcome) for u, p in store.cached_pages(revisit).items()}
    observer = Observer(
        tools.fetcher,
        as_of,
        cached=cached,
        detail_pages=config.crawl.detail_pages,
        newest_details=config.crawl.newest_details,
        reader=tools.reader,
        homes=tools.homes,
    )
    subpage_task = observer.observe(unit.subpage, "subpage", unit_id=unit.id)
    column_tasks = [
        observer.observe(
            c.url,
            "column",
            unit_id=unit.id,
            column=c.name,
            selector=c.selector,
            date_selector=c.date_selector,
            names=_column_names(config, c),
        )
        for c in unit.columns
    ]
    (subpage, _), *column_results = await asyncio.gather(subpage_task, *column_tasks)
    subpage = await _with_frames(observer, subpage, unit.id, tools.homes)
    observations: list[Observation] = [subpage]
    by_url: dict[str, Observation] = {}
    details: list[Observation] = []
    for observation, read_for_dating in column_results:
        by_url[observation.url] = observation
        observations.append(observation)
        details.extend(read_for_dating)
    observations.extend(details)
    pages = UnitPages(subpage=subpage, columns=by_url, details=details)
    link_report = await tools.links.check_pages(pages.link_pages())
    findings = check_unit(unit, pages, link_report, tools.rules, as_of)
    alerts = planner(run_id, unit, observations, findings) if planner is not None else None
    batch.add(UnitRecord(run_id, unit.id, observations, findings, observer.fresh, alerts))
    return findings


async def _with_frames(
    observer: Observer, subpage: Observation, unit_id: str, homes: Collection[str]
) -> Observation:
    """The subpage with what its frames show (a menu frame beside the list, a frameset's left
    frame): their links and labels count as the subpage's for the category and link checks.
    A frame that cannot be read adds nothing; it is never a finding of its own. A frame
    showing the portal's home page shows the portal's links, not the unit's."""
    page = subpage.outcome
    frames = [u for u in page.frames if not is_home(u, homes)] if isinstance(page, Fetched) else []
    if not isinstance(page, Fetched) or not frames:
        return subpage
    shown = await asyncio.gather(
        *(observer.observe(url, "subpage", unit_id=unit_id) for url in frames)
    )
    links, labels = list(page.links), list(page.labels)
    for frame, _ in shown:
        if isinstance(frame.outcome, Fetched):
            links += frame.outcome.links
            labels += frame.outcome.labels
    merged = replace(page, links=tuple(dict.fromkeys(links)), labels=tuple(dict.fromkeys(labels)))
    return replace(subpage, outcome=merged)


def _column_names(config: PortalConfig, column: Column) -> tuple[str, ...]:
    """What the column's own list may be titled on its page: its name, then its category's."""
    category = config.categories.get(column.category)
    more = (*category.names, *category.aliases) if category is not None else ()
    return tuple(dict.fromkeys((column.name, *more)))


async def _record_home(
    config: PortalConfig, store: Store, run_id: int, tools: RunTools, as_of: date
) -> None:
    """The home page's newest item feeds the national 'home page not updated' line."""
    url = config.portal.base_url
    reusable = [] if url in tools.read_anew else [url]
    cached = {u: (p.validators, p.outcome) for u, p in store.cached_pages(reusable).items()}
    observer = Observer(
        tools.fetcher, as_of, cached=cached, detail_pages=0, newest_details=0, reader=tools.reader
    )
    home, _ = await observer.observe(url, "home")
    if isinstance(home.outcome, Fetched):
        tools.homes.add(home.outcome.final_url)
    store.record_unit(run_id, PORTAL_UNIT, [home], [], pages=observer.fresh)
