"""`govwatch inspect`: everything the extractor sees on one page, for setting up a column.

`describe` builds the JSON object of INTERFACE.md "Inspect (JSON)" (plus the
candidates, skipped blocks and meta an operator needs to write a selector);
`format_table` renders the same object for a terminal.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from crawler.extract.detail import read_detail
from crawler.extract.listing import read_list
from crawler.extract.page import read_meta

_DETAIL_META = ("ArticleTitle", "PubDate", "firstpublishedtime")


def _is_detail(meta: dict[str, str], dated_items: int, labelled: bool) -> bool:
    """A page is an article when its meta says so, or it has a date label and no dated list."""
    if any(name in meta for name in _DETAIL_META) and dated_items < 5:
        return True
    return labelled and dated_items < 3


def describe(
    url: str,
    encoding: str,
    encoding_how: str,
    tree: LexborHTMLParser,
    as_of: date,
    *,
    selector: str | None = None,
    date_selector: str | None = None,
    names: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The inspect object: list items and newest date, or a detail page's publication date."""
    meta = read_meta(tree)
    listing = read_list(
        tree, url, as_of, selector=selector, date_selector=date_selector, names=names
    )
    detail = read_detail(tree, url, as_of)
    dated = sum(1 for item in listing.items if item.date is not None)
    is_detail = selector is None and _is_detail(meta, dated, detail.source.startswith("visible:"))
    why = listing.newest_rule
    if is_detail:
        why = f"detail page: {detail.why} (source {detail.source})"
    return {
        "url": url,
        "encoding": encoding,
        "encoding_how": encoding_how,
        "as_of": as_of.isoformat(),
        "kind": "detail" if is_detail else "list",
        "items": [
            {
                "title": item.title,
                "url": item.url,
                "date": item.date.isoformat() if item.date else None,
                "date_source": item.date_source,
            }
            for item in listing.items
        ],
        "newest": listing.newest.isoformat() if listing.newest else None,
        "newest_rule": listing.newest_rule,
        "published": detail.published.isoformat() if is_detail and detail.published else None,
        "published_source": detail.source if is_detail else None,
        "why": why,
        "empty_marker": listing.empty_marker,
        "candidates": [
            {
                "selector": c.selector,
                "items": c.items,
                "dated": c.dated,
                "score": c.score,
                "chosen": c.chosen,
                "why": c.why,
            }
            for c in listing.candidates
        ],
        "skipped": list(listing.skipped),
        "meta": meta,
        "column_name": meta.get("ColumnName"),
        "column_type": meta.get("ColumnType"),
    }


def format_table(d: dict[str, Any]) -> str:
    """The inspect object for a person: header facts, the items, then the candidate blocks."""
    lines = [
        f"URL        {d.get('url')}",
        f"编码 encoding {d.get('encoding')} ({d.get('encoding_how')})",
        f"栏目 column  {d.get('column_name') or '-'}  类型 {d.get('column_type') or '-'}",
        f"页面 kind    {d.get('kind')}   as_of {d.get('as_of')}",
        f"最新 newest  {d.get('newest') or '-'}   发布 published {d.get('published') or '-'}",
        f"依据 why     {d.get('why')}",
    ]
    if d.get("empty_marker"):
        lines.append(f"空栏目 empty  {d['empty_marker']}")
    items = d.get("items") or []
    lines.append(f"\n条目 items ({len(items)})")
    for number, item in enumerate(items[:50], 1):
        when = item.get("date") or "----------"
        lines.append(f"{number:>3}  {when}  {str(item.get('title'))[:40]}  {item.get('url') or ''}")
    if len(items) > 50:
        lines.append(f"     … {len(items) - 50} more")
    candidates = d.get("candidates") or []
    if candidates:
        lines.append("\n候选列表 candidates (score, items, dated)")
        for c in candidates:
            mark = "*" if c.get("chosen") else " "
            lines.append(
                f" {mark} {c['score']:>7}  {c['items']:>4}  {c['dated']:>4}"
                f"  {c['selector']}  — {c['why']}"
            )
    skipped = d.get("skipped") or []
    if skipped:
        lines.append("\n跳过 skipped")
        lines.extend(f"   {s}" for s in skipped[:20])
    return "\n".join(lines)
