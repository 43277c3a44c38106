"""One visit to one page: fetch, decode, parse once, read — an `Observation`.

Glue between the fetcher and the extractor. A 304 answer re-uses the stored
reading of the page (conditional GET), so an unchanged portal costs almost
nothing to re-check. A column list whose items carry no dates gets its
newest few detail pages read (RULES.md §3), then dates in the item URLs; a
dated list gets its newest detail page read for the content checks.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from checks.model import (
    Fetched,
    Item,
    Observation,
    PageRole,
    TextBlock,
    Unreachable,
    Unreadable,
)
from crawler.extract import url_date
from crawler.extract.errorpage import redirected_home
from crawler.fetch import Fetcher, Response, Validators
from crawler.reader import Forward, InlineReader, Page, PageReader

log = logging.getLogger(__name__)


MAX_FORWARDS = 3


@dataclass(frozen=True, slots=True)
class Forwarded:
    """What was read at the end of a chain of stubs."""

    outcome: Fetched | Unreachable | Unreadable
    hops: tuple[str, ...]


class Observer:
    """Turns URLs into observations for one run; `cached` holds what earlier runs stored."""

    def __init__(
        self,
        fetcher: Fetcher,
        as_of: date,
        *,
        cached: Mapping[str, tuple[Validators, Fetched]] | None = None,
        detail_pages: int = 3,
        newest_details: int = 1,
        reader: PageReader | None = None,
        homes: Collection[str] = (),
    ) -> None:
        self.fetcher = fetcher
        self.reader = reader or InlineReader()
        self.homes = homes  # the portal's home page, wherever it lives (shared, filled later)
        self.as_of = as_of
        self.cached = dict(cached or {})
        self.detail_pages = detail_pages
        self.newest_details = newest_details
        self.fresh: dict[str, tuple[Validators, Fetched]] = {}  # what this run read anew, to store

    async def observe(
        self,
        url: str,
        role: PageRole,
        *,
        unit_id: str | None = None,
        column: str | None = None,
        selector: str | None = None,
        date_selector: str | None = None,
        names: tuple[str, ...] = (),
    ) -> tuple[Observation, list[Observation]]:
        """The page's observation, and the observations of the detail pages read to date it."""
        previous = self.cached.get(url)
        answer = await self.fetcher.get(url, previous[0] if previous else None)
        now = datetime.now(UTC)
        details: list[Observation] = []
        if isinstance(answer, Unreachable | Unreadable):
            outcome: Fetched | Unreachable | Unreadable = answer
        elif answer.not_modified and previous is not None:
            outcome = replace(previous[1], not_modified=True)
        elif role != "home" and self._landed_home(url, answer.final_url):
            outcome = Unreachable(f"redirected to the home page {answer.final_url}", answer.status)
        else:
            validators = answer.validators
            read = await self._read_following(url, answer, role, selector, date_selector, names)
            outcome = read.outcome if isinstance(read, Forwarded) else read
            if isinstance(read, Forwarded):
                # A 304 on the stub says nothing about the page it forwards to: never cache it.
                validators = Validators()
                if isinstance(outcome, Fetched):
                    note = f"（栏目页跳转至 / forwarded to {' → '.join(read.hops)}）"
                    outcome = replace(outcome, newest_rule=outcome.newest_rule + note)
            if isinstance(outcome, Fetched) and role == "column":
                outcome, details = await self._date_from_details(outcome, unit_id, column)
            if isinstance(outcome, Fetched):
                self.fresh[url] = (validators, outcome)
        if isinstance(outcome, Fetched) and role == "column":
            details += await self._newest_details(outcome, details, unit_id, column)
        observation = Observation(
            url=url, role=role, outcome=outcome, fetched_at=now, unit_id=unit_id, column=column
        )
        return observation, details

    def _landed_home(self, url: str, final: str) -> bool:
        """A deep URL that ends on the portal's home page: at its site's root, or at the
        address the configured home page lands on (/portal/index.html)."""
        if redirected_home(url, final):
            return True
        return final != url and url not in self.homes and final in self.homes

    async def _read_following(
        self,
        url: str,
        answer: Response,
        role: PageRole,
        selector: str | None,
        date_selector: str | None,
        names: tuple[str, ...] = (),
    ) -> Fetched | Unreachable | Unreadable | Forwarded:
        """Read the page; a stub (meta refresh, script redirect, frame) is followed, 3 hops."""
        hops: list[str] = []
        carried: dict[str, str] = {}  # tags of the pages forwarded from (the column URL's own)
        stub_blocks: tuple[TextBlock, ...] = ()  # their titles and hidden blocks (injection)
        stub_frames: tuple[str, ...] = ()  # a frameset's other frames (a subpage's menu)
        while True:
            page = Page(
                body=answer.body,
                content_type=answer.headers.get("content-type"),
                refresh=answer.headers.get("refresh"),
                status=answer.status,
                final_url=answer.final_url,
                role=role,
                as_of=self.as_of,
                selector=selector,
                date_selector=date_selector,
                names=names,
            )
            outcome = await self.reader.read(page)
            if not isinstance(outcome, Forward):
                if isinstance(outcome, Fetched) and (carried or stub_blocks or stub_frames):
                    outcome = replace(
                        outcome,
                        meta={**carried, **outcome.meta},
                        blocks=(*stub_blocks, *outcome.blocks),
                        frames=tuple(dict.fromkeys((*outcome.frames, *stub_frames))),
                    )
                return Forwarded(outcome, tuple(hops)) if hops else outcome
            carried = {**dict(outcome.meta), **carried}
            stub_blocks += outcome.blocks
            stub_frames += outcome.frames
            if len(hops) >= MAX_FORWARDS or outcome.url in hops or outcome.url == url:
                return Unreadable(f"forwarding loop or chain over {MAX_FORWARDS}: {outcome.url}")
            hops.append(outcome.url)
            next_answer = await self.fetcher.get(outcome.url)
            if isinstance(next_answer, Unreachable | Unreadable):
                return next_answer
            if role != "home" and self._landed_home(url, next_answer.final_url):
                return Unreachable(
                    f"forwarded to the home page {next_answer.final_url}", next_answer.status
                )
            answer = next_answer

    async def _newest_details(
        self, page: Fetched, read: list[Observation], unit_id: str | None, column: str | None
    ) -> list[Observation]:
        """The newest detail pages not read yet, observed for the content checks only."""
        if self.newest_details == 0 or not page.items:
            return []
        targets = _content_targets(page, {o.url for o in read}, self.newest_details)
        results = await asyncio.gather(
            *(self.observe(url, "detail", unit_id=unit_id, column=column) for url in targets)
        )
        return [observation for observation, _ in results]

    async def _date_from_details(
        self, page: Fetched, unit_id: str | None, column: str | None
    ) -> tuple[Fetched, list[Observation]]:
        """Date an undated list from its newest-looking items' detail pages, then their URLs.

        A line that gives no date (its article gone, a soft 404, nothing readable) is replaced
        by the next line of the reading order, as many times as the count: the column is dated
        by the newest articles that can be read, never by the one old line left among them.
        """
        if not page.items or page.newest is not None or self.detail_pages == 0:
            return page, []
        first, spare = _newest_looking(
            [i for i in page.items if i.url], self.detail_pages, self.as_of
        )
        dated: dict[str, Item] = {
            i.url: replace(i, date=day, date_source="url")
            for i in page.items
            if i.url
            and _DOCUMENT.search(urlsplit(i.url).path)
            and (day := url_date(i.url, self.as_of)) is not None
            and day <= self.as_of
        }  # a document is never read, but its address may carry its date
        details: list[Observation] = []
        extras = first[self.detail_pages :]  # the last line, or the latest dated address
        wave, read, replacements = first, 0, self.detail_pages
        while wave:
            results = await asyncio.gather(
                *(self.observe(i.url or "", "detail", unit_id=unit_id, column=column) for i in wave)
            )
            read += len(wave)
            missing = 0
            for item, (obs, _) in zip(wave, results, strict=True):
                details.append(obs)
                if (found := self._detail_date(item, obs)) is not None:
                    dated[item.url or ""] = found
                elif item not in extras:
                    missing += 1
            room = min(missing, replacements)
            replacements -= room
            wave, spare = spare[:room], spare[room:]
        items = tuple(dated.get(i.url or "", i) for i in page.items)
        dates = [i.date for i in items if i.date is not None]
        if not dates:
            return replace(page, items=items, newest_rule="列表无日期，详情页也未读出日期"), details
        newest = max(dates)
        sources = sorted({i.date_source or "" for i in items if i.date is not None})
        rule = (
            f"列表无日期：读取 {read} 个最新条目的详情页，"
            f"取最大日期（来源：{'/'.join(sources)}）"
        )
        return replace(page, items=items, newest=newest, newest_rule=rule), details

    def _detail_date(self, item: Item, obs: Observation) -> Item | None:
        """The item dated by its article, else by its URL; None when neither gives a date."""
        if isinstance(obs.outcome, Fetched) and obs.outcome.newest is not None:
            return replace(item, date=obs.outcome.newest, date_source="detail")
        from_url = url_date(item.url or "", self.as_of)
        if from_url is not None and from_url <= self.as_of:
            return replace(item, date=from_url, date_source="url")
        return None


def _content_targets(page: Fetched, read: set[str], count: int) -> list[str]:
    """Detail pages searched for injected content beside the list (RULES.md §3).

    The `count` newest items by date (ties: list order), and every item an
    earlier run dated from its detail page — so that when the list answers 304
    the same articles are searched again (they answer 304 too, at no cost)
    and content found on them last week is not taken for rectified.
    """
    dated = [(i.date, -k, i.url) for k, i in enumerate(page.items) if i.url and i.date]
    newest = [url for _, _, url in sorted(dated, reverse=True)[:count]]
    earlier = [i.url for i in page.items if i.url and i.date_source == "detail"]
    targets: list[str] = []
    for url in (*newest, *earlier):
        if url not in read and url not in targets:
            targets.append(url)
    return targets


def detail_urls(pages: Iterable[Fetched], newest: int) -> list[str]:
    """The detail pages a re-check of these column pages reads when they answer 304."""
    urls: list[str] = []
    for page in pages:
        urls += _content_targets(page, set(), newest)
    return urls


# Links to documents, not articles: a PDF or an Office file is never read as a page
# (README), so it can date nothing and must not take an article's place.
_DOCUMENT = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|jpe?g|png|gif|mp4)(?:[?#]|$)", re.I
)


def _newest_looking(items: list[Item], count: int, as_of: date) -> tuple[list[Item], list[Item]]:
    """The detail pages to read first, and those to read, in order, in place of any that
    gives no date.

    Lists run newest first, so list order — unless every line's URL carries a date, then
    the latest URL dates first. When only some do (a column moved to a new CMS keeps its
    old dated addresses below new undated ones), list order, with the latest dated URL read
    as well. When none does, the last line is read too: some lists run oldest first
    (信息公开目录 tables), and then the newest is there. Document links are left out.
    """
    pages = [i for i in items if not _DOCUMENT.search(urlsplit(i.url or "").path)]
    dates = [url_date(i.url or "", as_of) for i in pages]
    if pages and all(d is not None for d in dates):
        ranked = sorted(range(len(pages)), key=lambda k: (dates[k] or date.min, -k), reverse=True)
        order = [pages[k] for k in ranked]
        return order[:count], order[count:]
    first = pages[:count]
    extra: list[Item] = []
    if any(d is not None for d in dates):
        latest = max(range(len(pages)), key=lambda k: (dates[k] or date.min, -k))
        extra = [pages[latest]]
    elif len(pages) > count:
        extra = [pages[-1]]
    first += [i for i in extra if i not in first]
    return first, [i for i in pages[count:] if i not in first]
