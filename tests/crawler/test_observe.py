"""Observer: stubs that forward (meta refresh, script, frame) are followed to the real list."""

from __future__ import annotations

import asyncio
from datetime import date

import httpx

from checks.model import CrawlSettings, Fetched, Unreachable, Unreadable
from crawler.fetch import Fetcher, Validators
from crawler.observe import Observer

AS_OF = date(2026, 11, 25)
LIST = (
    "<html><body><div class='main'><ul>"
    + "".join(
        f"<li><a href='/gzdt/art_{i}.html'>区发展和改革局召开第{i}次专题工作会议</a>"
        f"<span>2026-11-{20 - i:02d}</span></li>"
        for i in range(8)
    )
    + "</ul></div></body></html>"
)
PAGES = {
    "/gzdt/index.html": "<html><head><meta http-equiv='refresh' content='0; url=list_1.html'>"
    "</head><body>正在跳转…</body></html>",
    "/gzdt/list_1.html": LIST,
    "/js/index.html": "<html><body><script>window.location.href='/gzdt/list_1.html';</script>"
    "</body></html>",
    "/frame/index.html": "<html><body><iframe src='/gzdt/list_1.html'></iframe></body></html>",
    "/loop/a.html": "<html><head><meta http-equiv='refresh' content='0;url=b.html'></head></html>",
    "/loop/b.html": "<html><head><meta http-equiv='refresh' content='0;url=a.html'></head></html>",
    "/gone/index.html": "<html><head><meta http-equiv='refresh' content='0;url=/'></head></html>",
    "/": "<html><body>首页</body></html>",
    "/frac/index.html": "<html><head>"
    "<meta http-equiv='refresh' content='0.1;url=../gzdt/list_1.html'></head>"
    "<body>页面正在跳转，请稍候……</body></html>",
    "/frac/header.html": "<html><body>页面正在跳转，请稍候……</body></html>",
}
REFRESH_HEADERS = {"/frac/header.html": ".5; /gzdt/list_1.html"}  # a bare address after `;`


def handler(request: httpx.Request) -> httpx.Response:
    body = PAGES.get(request.url.path)
    if body is None:
        return httpx.Response(404)
    headers = {"ETag": f'"{request.url.path}"'}
    if request.url.path in REFRESH_HEADERS:
        headers["Refresh"] = REFRESH_HEADERS[request.url.path]
    return httpx.Response(200, text=body, headers=headers)


def observe(path: str) -> tuple[object, Observer]:
    async def go() -> tuple[object, Observer]:
        settings = CrawlSettings(delay_s=0, retries=0)
        async with Fetcher(settings, transport=httpx.MockTransport(handler)) as fetcher:
            observer = Observer(fetcher, AS_OF, detail_pages=0)
            observation, _ = await observer.observe(f"http://gov.test{path}", "column")
            return observation.outcome, observer

    return asyncio.run(go())


def test_meta_refresh_stub_is_read_through_and_never_cached_by_its_validators() -> None:
    outcome, observer = observe("/gzdt/index.html")
    assert isinstance(outcome, Fetched)
    assert outcome.newest == date(2026, 11, 20)
    assert len(outcome.items) == 8
    assert "forwarded" in outcome.newest_rule
    validators, _ = observer.fresh["http://gov.test/gzdt/index.html"]
    assert validators == Validators()


def test_script_redirect_and_frame_stubs_are_followed() -> None:
    for path in ("/js/index.html", "/frame/index.html"):
        outcome, _ = observe(path)
        assert isinstance(outcome, Fetched), path
        assert outcome.newest == date(2026, 11, 20), path


def test_a_refresh_with_a_fractional_delay_is_followed() -> None:
    """Browsers skip the delay's fraction (`0.1`, `.5`), in a meta and a Refresh header alike."""
    for path in ("/frac/index.html", "/frac/header.html"):
        outcome, _ = observe(path)
        assert isinstance(outcome, Fetched), path
        assert (outcome.newest, len(outcome.items)) == (date(2026, 11, 20), 8), path
        assert "forwarded" in outcome.newest_rule, path


def test_a_forwarding_loop_is_unreadable_not_stale() -> None:
    outcome, _ = observe("/loop/a.html")
    assert isinstance(outcome, Unreadable)


def test_a_column_forwarded_to_the_home_page_is_unreachable() -> None:
    outcome, _ = observe("/gone/index.html")
    assert isinstance(outcome, Unreachable)
    assert "home page" in outcome.error
