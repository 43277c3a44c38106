"""`govwatch inspect`: what the extractor sees on one page, for setting up a column."""

from __future__ import annotations

import asyncio
import json
from datetime import date
from pathlib import Path
from typing import Any

import click

from checks.model import CrawlSettings, Fetched, Observation, Unreachable, Unreadable
from config import ConfigError
from crawler.decode import decode_html
from crawler.extract import parse_html
from crawler.extract.inspect import describe, format_table
from crawler.fetch import Fetcher
from crawler.observe import Observer
from govwatch.app import App

FILE_UNDATED = "（列表无日期；检查文件时不读详情页 / undated list: a file's links are not read）"


def inspect_target(
    app: App,
    target: str,
    as_of: date,
    selector: str | None,
    date_selector: str | None,
    fmt: str,
    *,
    names: tuple[str, ...] = (),
) -> None:
    if target.startswith(("http://", "https://")):
        body, content_type, url = _download(app, target)
    else:
        path = Path(target)
        if not path.is_file():
            raise click.BadParameter(f"既不是网址也不是文件 / neither a URL nor a file: {target}")
        body, content_type, url = path.read_bytes(), None, path.resolve().as_uri()
    decoded = decode_html(body, content_type)
    if isinstance(decoded, Unreadable):
        raise click.ClickException(f"页面无法读取 / page unreadable: {decoded.reason}")
    tree = parse_html(decoded.text)
    result: dict[str, Any] = describe(
        url,
        decoded.encoding,
        decoded.how,
        tree,
        as_of,
        selector=selector,
        date_selector=date_selector,
        names=names,
    )
    if _undated_list(result):
        if target.startswith(("http://", "https://")):
            _date_from_details(app, target, result, as_of, selector, date_selector, names)
        else:
            result["why"] += FILE_UNDATED
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        click.echo(format_table(result))


def _undated_list(result: dict[str, Any]) -> bool:
    return (
        result["kind"] == "list"
        and result["newest"] is None
        and any(item["url"] for item in result["items"])
    )


def _date_from_details(
    app: App,
    url: str,
    result: dict[str, Any],
    as_of: date,
    selector: str | None,
    date_selector: str | None,
    names: tuple[str, ...],
) -> None:
    """Date an undated list as the crawl does (its newest-looking detail pages, then their
    URLs), so that `newest` is the date the checks would use."""
    settings = _settings(app)

    async def observe() -> Observation:
        async with Fetcher(settings) as fetcher:
            observer = Observer(
                fetcher, as_of, detail_pages=settings.detail_pages, newest_details=0
            )
            observation, _ = await observer.observe(
                url, "column", selector=selector, date_selector=date_selector, names=names
            )
            return observation

    outcome = asyncio.run(observe()).outcome
    if not isinstance(outcome, Fetched):
        return
    dated = {i.url: i for i in outcome.items if i.url and i.date is not None}
    for item in result["items"]:
        found = dated.get(item["url"])
        if found is not None and found.date is not None:
            item["date"], item["date_source"] = found.date.isoformat(), found.date_source
    result["newest"] = outcome.newest.isoformat() if outcome.newest else None
    result["newest_rule"] = result["why"] = outcome.newest_rule


def _settings(app: App) -> CrawlSettings:
    try:
        return app.config.crawl
    except ConfigError:  # inspect works without a valid configuration
        return CrawlSettings()


def _download(app: App, url: str) -> tuple[bytes, str | None, str]:
    settings = _settings(app)

    async def fetch() -> tuple[bytes, str | None, str]:
        async with Fetcher(settings) as fetcher:
            answer = await fetcher.get(url)
        if isinstance(answer, Unreachable):
            raise click.ClickException(f"无法访问 / unreachable: {answer.error}")
        if isinstance(answer, Unreadable):
            raise click.ClickException(f"页面无法读取 / page unreadable: {answer.reason}")
        return answer.body, answer.headers.get("content-type"), answer.final_url

    return asyncio.run(fetch())
