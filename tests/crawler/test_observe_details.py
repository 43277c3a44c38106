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
    assert page.newest == date(2026, 11, 20)  # the last item: read beside the first three
    assert sorted(asked) == [
        "/tzgg/content_0.html",
        "/tzgg/content_1.html",
        "/tzgg/content_2.html",
        "/tzgg/content_5.html",
        "/tzgg/index.html",
    ]


def test_a_dated_list_has_its_newest_detail_page_read_once() -> None:
    asked: list[str] = []
    page = crawl("/gzdt/index.html", asked)
    assert page.newest == date(2026, 11, 15)
    assert asked == ["/gzdt/index.html", "/gzdt/a_5.html"]


def _undated(hrefs: list[str]) -> str:
    return (
        "<html><body><div class='list'><ul>"
        + "".join(f"<li><a href='{h}'>{TITLES[k % 6]}第{k}号</a></li>" for k, h in enumerate(hrefs))
        + "</ul></div></body></html>"
    )


def test_pinned_old_lines_over_the_list_do_not_date_it() -> None:
    """Two old 置顶 lines first: the newest article, third in the list, is read too."""
    PAGES["/zd/index.html"] = _undated([f"/zd/c{k}.html" for k in range(8)])
    for k, day in enumerate([1001, 1010, 1122, 1115, 1108, 1101, 1025, 1018]):
        PAGES[f"/zd/c{k}.html"] = detail(day)
    assert crawl("/zd/index.html", []).newest == date(2026, 11, 22)


def test_documents_and_lines_without_a_date_give_way_to_the_next_lines() -> None:
    """A PDF, a 404 and a soft 404 first: the next articles date the column."""
    hrefs = ["/dc/plan.pdf", "/dc/gone.html", "/dc/soft.html", "/dc/c3.html", "/dc/c4.html",
             "/dc/c5.html", "/dc/c6.html"]
    PAGES["/dc/index.html"] = _undated(hrefs)
    PAGES["/dc/soft.html"] = "<html><head><title>页面不存在</title></head><body>404</body></html>"
    for k, day in zip((3, 4, 5, 6), (1120, 1113, 1106, 1030), strict=True):
        PAGES[f"/dc/c{k}.html"] = detail(day)
    asked: list[str] = []

    def crawl_gone() -> Fetched:
        def handler(request: httpx.Request) -> httpx.Response:
            asked.append(request.url.path)
            if request.url.path == "/dc/gone.html":
                return httpx.Response(404, text="not found")
            return httpx.Response(200, text=PAGES[request.url.path])

        async def go() -> Fetched:
            settings = CrawlSettings(delay_s=0, retries=0)
            async with Fetcher(settings, transport=httpx.MockTransport(handler)) as fetcher:
                observer = Observer(fetcher, AS_OF, detail_pages=3, newest_details=0)
                observation, _ = await observer.observe("http://gov.test/dc/index.html", "column")
                assert isinstance(observation.outcome, Fetched)
                return observation.outcome

        return asyncio.run(go())

    assert crawl_gone().newest == date(2026, 11, 20)
    assert "/dc/plan.pdf" not in asked  # a document is never read as an article


def test_a_moved_column_is_dated_by_its_new_undated_lines() -> None:
    """New CMS lines (undated URLs) over old TRS ones (dated URLs): list order comes first."""
    hrefs = ["/mv/content_1.html", "/mv/content_2.html", "/mv/202610/t20261018_1.html",
             "/mv/202610/t20261010_2.html", "/mv/202609/t20260926_3.html"]
    PAGES["/mv/index.html"] = _undated(hrefs)
    for href, day in zip(hrefs, (1122, 1116, 1018, 1010, 926), strict=True):
        PAGES[href] = detail(day)
    assert crawl("/mv/index.html", []).newest == date(2026, 11, 22)
