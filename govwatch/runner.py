"""The weekly check, wired: config → crawler → checks → store, one unit at a time.

Units are crawled by a small pool of workers so memory stays flat however
large the portal is; each unit's observations and findings are written in
one transaction, which is also what makes a crash resumable: a unit is either
fully recorded for the run or not at all, and a restarted run skips the
units already done.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from checks.freshness import check_unit_freshness
from checks.model import Finding, Observation, PortalConfig, Unit
from crawler.fetch import Fetcher
from crawler.observe import Observer
from store import Store

log = logging.getLogger(__name__)

PORTAL_UNIT = "_portal"  # the pseudo-unit under which the portal home page is recorded


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
    status: str = "complete"


UnitDone = Callable[[Unit, Sequence[Finding]], None]


async def run_crawl(
    config: PortalConfig,
    store: Store,
    as_of: date,
    *,
    unit_ids: Sequence[str] | None = None,
    on_unit_done: UnitDone | None = None,
    fetcher: Fetcher | None = None,
    workers: int | None = None,
) -> RunSummary:
    units = _select(config, unit_ids)
    run_id = store.open_run(as_of, [u.id for u in units])
    done = store.units_done(run_id)
    pending = [u for u in units if u.id not in done]
    summary = RunSummary(run_id=run_id, as_of=as_of, units=len(units), units_skipped=len(units) - len(pending))
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(config.crawl)
    try:
        if own_fetcher:
            await fetcher.__aenter__()
        if PORTAL_UNIT not in done and unit_ids is None:
            await _record_home(config, store, run_id, fetcher, as_of)
        queue: asyncio.Queue[Unit] = asyncio.Queue()
        for unit in pending:
            queue.put_nowait(unit)
        pool = workers or max(2, config.crawl.concurrency * 2)

        async def worker() -> None:
            while True:
                try:
                    unit = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                findings = await _crawl_unit(config, store, run_id, fetcher, unit, as_of)
                summary.findings.update(f.check for f in findings)
                summary.fails += sum(1 for f in findings if f.severity == "fail")
                summary.warns += sum(1 for f in findings if f.severity == "warn")
                if on_unit_done is not None:
                    on_unit_done(unit, findings)

        await asyncio.gather(*(worker() for _ in range(min(pool, len(pending)) or 1)))
        store.finish_run(run_id, "complete")
    except BaseException:
        summary.status = "interrupted"
        store.finish_run(run_id, "interrupted")
        raise
    finally:
        summary.requests = fetcher.requests_made
        summary.bytes_received = fetcher.bytes_received
        if own_fetcher:
            await fetcher.__aexit__(None, None, None)
    return summary


def _select(config: PortalConfig, unit_ids: Sequence[str] | None) -> list[Unit]:
    if not unit_ids:
        return list(config.units)
    return [config.unit(uid) for uid in dict.fromkeys(unit_ids)]


async def _crawl_unit(
    config: PortalConfig, store: Store, run_id: int, fetcher: Fetcher, unit: Unit, as_of: date
) -> list[Finding]:
    urls = [unit.subpage, *(c.url for c in unit.columns)]
    cached = {url: (page.validators, page.outcome) for url, page in store.cached_pages(urls).items()}
    observer = Observer(fetcher, as_of, cached=cached, detail_pages=config.crawl.detail_pages)
    subpage_task = observer.observe(unit.subpage, "subpage", unit_id=unit.id)
    column_tasks = [
        observer.observe(
            c.url,
            "column",
            unit_id=unit.id,
            column=c.name,
            selector=c.selector,
            date_selector=c.date_selector,
        )
        for c in unit.columns
    ]
    (subpage, _), *column_results = await asyncio.gather(subpage_task, *column_tasks)
    observations: list[Observation] = [subpage]
    by_url: dict[str, Observation] = {}
    for observation, details in column_results:
        by_url[observation.url] = observation
        observations.append(observation)
        observations.extend(details)
    findings = check_unit_freshness(unit, config.categories, subpage, by_url, as_of)
    store.record_unit(run_id, unit.id, observations, findings)
    return findings


async def _record_home(
    config: PortalConfig, store: Store, run_id: int, fetcher: Fetcher, as_of: date
) -> None:
    """The home page's newest item feeds the national 'home page not updated' line."""
    url = config.portal.base_url
    cached = {u: (p.validators, p.outcome) for u, p in store.cached_pages([url]).items()}
    observer = Observer(fetcher, as_of, cached=cached, detail_pages=0)
    home, _ = await observer.observe(url, "home")
    store.record_unit(run_id, PORTAL_UNIT, [home], [])
