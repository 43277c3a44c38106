"""Domain values to JSON-ready shapes and back, losslessly.

JSON columns hold plain lists and dicts: dates as ISO strings, tuples as
lists. Decoding rebuilds the exact frozen values (tuples, dates), so a page
re-used after a 304 is indistinguishable from the page read last week.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from checks.model import DateSource, Fetched, Item, TextBlock

JsonObject = dict[str, Any]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def encode_items(items: tuple[Item, ...]) -> list[JsonObject]:
    return [
        {"title": i.title, "url": i.url, "date": _iso(i.date), "date_source": i.date_source}
        for i in items
    ]


def decode_items(raw: list[JsonObject] | None) -> tuple[Item, ...]:
    return tuple(
        Item(
            title=i["title"],
            url=i.get("url"),
            date=_day(i.get("date")),
            date_source=cast("DateSource | None", i.get("date_source")),
        )
        for i in raw or ()
    )


def encode_links(links: tuple[tuple[str, str], ...]) -> list[list[str]]:
    return [[text, url] for text, url in links]


def decode_links(raw: list[list[str]] | None) -> tuple[tuple[str, str], ...]:
    return tuple((text, url) for text, url in raw or ())


def encode_blocks(blocks: tuple[TextBlock, ...]) -> list[JsonObject]:
    return [
        {"text": b.text, "hidden_by": b.hidden_by, "links": encode_links(b.links), "place": b.place}
        for b in blocks
    ]


def decode_blocks(raw: list[JsonObject] | None) -> tuple[TextBlock, ...]:
    return tuple(
        TextBlock(
            text=b["text"],
            hidden_by=b.get("hidden_by"),
            links=decode_links(b.get("links")),
            place=b.get("place"),
        )
        for b in raw or ()
    )


def encode_fetched(page: Fetched) -> JsonObject:
    """The whole reading of a page; `not_modified` is per visit, so it is not part of it."""
    return {
        "status": page.status,
        "final_url": page.final_url,
        "encoding": page.encoding,
        "items": encode_items(page.items),
        "newest": _iso(page.newest),
        "newest_rule": page.newest_rule,
        "empty_marker": page.empty_marker,
        "links": encode_links(page.links),
        "meta": dict(page.meta),
        "blocks": encode_blocks(page.blocks),
        "labels": list(page.labels),
        "frames": list(page.frames),
        "content_hash": page.content_hash,
    }


def decode_fetched(raw: JsonObject, *, not_modified: bool = False) -> Fetched:
    return Fetched(
        status=int(raw["status"]),
        final_url=raw["final_url"],
        encoding=raw["encoding"],
        items=decode_items(raw.get("items")),
        newest=_day(raw.get("newest")),
        newest_rule=raw.get("newest_rule") or "",
        empty_marker=raw.get("empty_marker"),
        links=decode_links(raw.get("links")),
        meta=dict(raw.get("meta") or {}),
        blocks=decode_blocks(raw.get("blocks")),
        labels=tuple(raw.get("labels") or ()),
        frames=tuple(raw.get("frames") or ()),
        content_hash=raw.get("content_hash") or "",
        not_modified=not_modified,
    )
