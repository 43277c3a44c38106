"""A column configured at a hub page (several equal titled boxes) is dated by the box named
for it — through the whole weekly check, from the configured name to the finding."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

import httpx

from checks.model import CrawlSettings
from config import parse_config
from crawler.fetch import Fetcher
from govwatch.runner import run_crawl
from sampleportal.config import CATEGORIES
from store import Store, make_engine, upgrade

AS_OF = date(2026, 11, 24)
SITE = "http://www.hub.gov.cn"


def box(title: str, newest: str) -> str:
    start = date.fromisoformat(newest).toordinal()
    lis = "".join(
        f"<li><a href='/{k}.html'>关于{title}第{k}项重点工作情况的公开信息</a>"
        f"<span>{date.fromordinal(start - 4 * k).isoformat()}</span></li>"
        for k in range(6)
    )
    return f"<div class='box'><div class='hd'><h3>{title}</h3></div><ul>{lis}</ul></div>"


HUB = (
    "<html><head><meta charset='utf-8'><title>政务公开</title></head><body><div class='main'>"
    + box("通知公告", "2026-09-01") + box("工作动态", "2026-11-20")
    + "</div></body></html>"
)
SUBPAGE = (
    "<html><head><meta charset='utf-8'></head><body>"
    "<a href='/gk/index.html'>工作动态</a><a href='/gk/index.html'>通知公告</a></body></html>"
)


def handler(request: httpx.Request) -> httpx.Response:
    pages = {"/": SUBPAGE, "/bm/fgj/index.html": SUBPAGE, "/gk/index.html": HUB}
    body = pages.get(request.url.path, "<html><body><p>正文</p></body></html>")
    return httpx.Response(200, text=body, headers={"Content-Type": "text/html; charset=utf-8"})


CONFIG = f"""
portal: {{name: 测试区人民政府, base_url: "{SITE}/"}}
crawl: {{delay_s: 0, retries: 0}}
{CATEGORIES}
units:
  - id: fgj
    name: 区发展和改革局
    kind: department
    subpage: {SITE}/bm/fgj/index.html
    columns:
      - {{name: 工作动态, url: "{SITE}/gk/index.html", category: dynamic}}
"""


def test_a_hub_page_column_is_dated_by_its_own_box(tmp_path: Path) -> None:
    config = parse_config(CONFIG)
    engine = make_engine(f"sqlite:///{tmp_path / 'hub.db'}")
    upgrade(engine)
    store = Store(engine)

    async def crawl() -> None:
        transport = httpx.MockTransport(handler)
        async with Fetcher(CrawlSettings(delay_s=0, retries=0), transport=transport) as fetcher:
            await run_crawl(config, store, AS_OF, fetcher=fetcher)

    asyncio.run(crawl())
    checks = [f.check for _, f in store.findings(unit="fgj")]
    [column] = [o for o in store.observations(1, unit="fgj") if o.role == "column"]
    engine.dispose()
    assert column.outcome.newest == date(2026, 11, 20)  # type: ignore[union-attr]
    assert "column_stale" not in checks  # the 通知公告 box beside it is 84 days old
    assert checks == [c for c in checks if c in ("meta_missing", "category_missing")]
