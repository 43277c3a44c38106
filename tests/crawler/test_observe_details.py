"""Detail pages the observer reads: to date an undated list, and the newest one of any list."""

from __future__ import annotations

import asyncio
from datetime import date

import httpx

from checks.model import CrawlSettings, Fetched
from crawler.fetch import Fetcher
from crawler.observe import Observer

AS_OF = date(2026, 11, 25)
TITLES = [f"关于做好第{k}批项目申报工作的通知" for k in range(6)]
# oldest first, no dates in the list and none in the URLs (a 信息公开目录 export)
UNDATED = (
    "<html><body><div class='list'><ul>"
    + "".join(f"<li><a href='/tzgg/content_{k}.html'>{t}</a></li>" for k, t in enumerate(TITLES))
    + "</ul></div></body></html>"
)
DATED = (
    "<html><body><div class='list'><ul>"
    + "".join(
        f"<li><a href='/gzdt/a_{k}.html'>{t}</a><span>2026-11-{10 + k:02d}</span></li>"
        for k, t in enumerate(TITLES)
    )
    + "</ul></div></body></html>"
)


def detail(month_day: int) -> str:
    when = f"2026-{month_day // 100:02d}-{month_day % 100:02d}"
    return f"<html><body><div class='info'>发布时间：{when}</div></body></html>"


PAGES = {"/tzgg/index.html": UNDATED, "/gzdt/index.html": DATED}
PAGES |= {
    f"/tzgg/content_{k}.html": detail(day) for k, day in enumerate([301, 415, 520, 801, 1003, 1120])
}
PAGES |= {f"/gzdt/a_{k}.html": detail(1110 + k) for k in range(6)}


def crawl(path: str, asked: list[str]) -> Fetched:
    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        return httpx.Response(200, text=PAGES[request.url.path])

    async def go() -> Fetched:
        settings = CrawlSettings(delay_s=0, retries=0)
        async with Fetcher(settings, transport=httpx.MockTransport(handler)) as fetcher:
            observer = Observer(fetcher, AS_OF, detail_pages=3, newest_details=1)
            observation, _ = await observer.observe(f"http://gov.test{path}", "column")
            assert isinstance(observation.outcome, Fetched)
            return observation.outcome

    return asyncio.run(go())


def test_an_undated_list_sorted_oldest_first_is_dated_by_its_newest() -> None:
    asked: list[str] = []
    page = crawl("/tzgg/index.html", asked)
    assert page.newest == date(2026, 11, 20)  # the last item: read in place of the third
    assert sorted(asked) == [
        "/tzgg/content_0.html",
        "/tzgg/content_1.html",
        "/tzgg/content_5.html",
        "/tzgg/index.html",
    ]


def test_a_dated_list_has_its_newest_detail_page_read_once() -> None:
    asked: list[str] = []
    page = crawl("/gzdt/index.html", asked)
    assert page.newest == date(2026, 11, 15)
    assert asked == ["/gzdt/index.html", "/gzdt/a_5.html"]
