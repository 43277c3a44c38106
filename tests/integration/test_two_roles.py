"""A URL configured in two roles (a unit's subpage that is also its column) is judged right in
every weekly run, not only the first: a 304 must not hand one role the other's reading."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from pathlib import Path

import httpx

from checks.model import CrawlSettings
from config import parse_config
from crawler.fetch import Fetcher
from govwatch.runner import run_crawl
from store import Store, make_engine, upgrade

AS_OF = date(2026, 11, 24)
SITE = "http://www.roles.gov.cn"
LIST = (
    "<html><head><meta charset='utf-8'><title>区民政局</title></head><body>"
    "<div class='lm'><h2>工作动态</h2></div><div class='main'><ul>"
    + "".join(
        f"<li><a href='/mzj/{k}.html'>区民政局开展第{k}次社会救助专项检查工作</a>"
        f"<span>{(AS_OF - timedelta(days=2 + 3 * k)).isoformat()}</span></li>"
        for k in range(8)
    )
    + "</ul></div></body></html>"
)
CONFIG = f"""
portal: {{name: 测试区人民政府, base_url: "{SITE}/"}}
crawl: {{delay_s: 0, retries: 0, newest_details: 0}}
categories:
  - {{id: dynamic, names: [工作动态], max_age_days: 14, required_for: [department]}}
units:
  - id: mzj
    name: 区民政局
    kind: department
    subpage: {SITE}/mzj/index.html
    columns:
      - {{name: 工作动态, url: "{SITE}/mzj/index.html", category: dynamic}}
"""


def handler(request: httpx.Request) -> httpx.Response:
    if request.url.path != "/mzj/index.html":
        return httpx.Response(200, text="<html><body>首页</body></html>")
    if request.headers.get("If-None-Match") == '"v1"':
        return httpx.Response(304, headers={"ETag": '"v1"'})
    return httpx.Response(200, text=LIST, headers={"ETag": '"v1"'})


def test_a_subpage_that_is_also_a_column_is_judged_the_same_each_week(tmp_path: Path) -> None:
    config = parse_config(CONFIG)
    engine = make_engine(f"sqlite:///{tmp_path / 'roles.db'}")
    upgrade(engine)
    store = Store(engine)
    requests: list[str | None] = []

    def counting(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/mzj/index.html":
            requests.append(request.headers.get("If-None-Match"))
        return handler(request)

    async def week(day: date) -> list[str]:
        transport = httpx.MockTransport(counting)
        async with Fetcher(CrawlSettings(delay_s=0, retries=0), transport=transport) as fetcher:
            summary = await run_crawl(config, store, day, fetcher=fetcher)
        return sorted(f.check for _, f in store.findings(run=summary.run_id))

    first = asyncio.run(week(AS_OF))
    second = asyncio.run(week(AS_OF + timedelta(days=1)))
    engine.dispose()
    assert "category_missing" not in first and "column_stale" not in first
    assert second == first  # the 工作动态 heading is still seen on the subpage
    assert requests == [None, None]  # read anew each run: never asked conditionally
