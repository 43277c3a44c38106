"""A link to a page the run fetches is answered by that fetch, not by a second request;
and old whole answers are let go so a long run's memory stays flat."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date

import pytest

from checks.model import CrawlSettings
from crawler import fetch
from crawler.fetch import Fetcher, LinkStatus, Response
from sampleportal.generate import generated_site
from sampleportal.server import RunningPortal, serve

TODAY = date(2026, 11, 24)
SETTINGS = CrawlSettings(concurrency=4, delay_s=0, retries=0, timeout_s=5)


@pytest.fixture
def portal() -> Iterator[RunningPortal]:
    with serve(generated_site(2, 2, 5, today=TODAY)) as running:
        yield running


def test_link_to_a_page_being_fetched_waits_for_that_get(portal: RunningPortal) -> None:
    url = portal.url("/u0/c0/index.html")

    async def go() -> tuple[object, LinkStatus]:
        async with Fetcher(SETTINGS) as fetcher:
            return await asyncio.gather(fetcher.get(url), fetcher.check_link(url))

    page, link = asyncio.run(go())
    assert isinstance(page, Response) and page.status == 200
    assert link == LinkStatus(url, True, 200, None)
    assert [(e.method, e.path) for e in portal.request_log()] == [("GET", "/u0/c0/index.html")]


def test_link_to_a_page_answered_304_sends_no_head(portal: RunningPortal) -> None:
    url = portal.url("/u0/index.html")

    async def first() -> Response:
        async with Fetcher(SETTINGS) as fetcher:
            answer = await fetcher.get(url)
            assert isinstance(answer, Response)
            return answer

    async def second(page: Response) -> tuple[object, LinkStatus]:
        async with Fetcher(SETTINGS) as fetcher:
            again = await fetcher.get(url, page.validators)
            return again, await fetcher.check_link(url)

    page = asyncio.run(first())
    portal.reset_counters()
    again, link = asyncio.run(second(page))
    assert isinstance(again, Response) and again.not_modified
    assert link.ok and link.status == 304
    assert [(e.method, e.status) for e in portal.request_log()] == [("GET", 304)]


def test_only_the_latest_whole_answers_are_kept(
    portal: RunningPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "KEEP_ANSWERS", 2)
    urls = [portal.url(f"/u{u}/c{c}/index.html") for u in (0, 1) for c in (0, 1)]

    async def go() -> tuple[int, list[LinkStatus]]:
        async with Fetcher(SETTINGS) as fetcher:
            for url in urls:
                await fetcher.get(url)
            kept = len(fetcher._gets)
            return kept, [await fetcher.check_link(url) for url in urls]

    kept, links = asyncio.run(go())
    assert kept == 2
    assert all(link.ok and link.status == 200 for link in links)  # known without asking again
    assert [e.method for e in portal.request_log()] == ["GET"] * 4
