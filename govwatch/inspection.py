"""`govwatch inspect`: what the extractor sees on one page, for setting up a column."""

from __future__ import annotations

import asyncio
import json
from datetime import date
from pathlib import Path

import click

from checks.model import CrawlSettings, Unreachable, Unreadable
from config import ConfigError
from crawler.decode import decode_html
from crawler.extract import parse_html
from crawler.extract.inspect import describe, format_table
from crawler.fetch import Fetcher
from govwatch.app import App


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
    result = describe(
        url,
        decoded.encoding,
        decoded.how,
        tree,
        as_of,
        selector=selector,
        date_selector=date_selector,
        names=names,
    )
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        click.echo(format_table(result))


def _download(app: App, url: str) -> tuple[bytes, str | None, str]:
    try:
        settings = app.config.crawl
    except ConfigError:  # inspect works without a valid configuration
        settings = CrawlSettings()

    async def fetch() -> tuple[bytes, str | None, str]:
        async with Fetcher(settings) as fetcher:
            answer = await fetcher.get(url)
        if isinstance(answer, Unreachable):
            raise click.ClickException(f"无法访问 / unreachable: {answer.error}")
        if isinstance(answer, Unreadable):
            raise click.ClickException(f"页面无法读取 / page unreadable: {answer.reason}")
        return answer.body, answer.headers.get("content-type"), answer.final_url

    return asyncio.run(fetch())
