"""What govwatch's reader and checks make of one repro page, for the discrepancies `inspect`
does not show (reachability, categories, links, injection).

    PYTHONPATH=. .venv/bin/python tests/portal24j/repro/see.py FILE [subpage|column|detail]

The page is read as if served at `http://127.0.0.1:8000/bm/x/<FILE>` with 200 and the given
role (default subpage); printed: the outcome (a page, a forward, unreachable), the link
targets the broken-link check would ask for, the department categories found shown or
missing, and the blocks judged injection.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from checks.categories import category_present
from checks.injection import judge_block
from checks.model import Category, Fetched, Unit
from checks.urls import link_target
from config.lexicon import load_lexicon
from crawler.reader import Forward, Page, read_page

AS_OF = date(2027, 4, 20)
CATEGORIES = (
    Category("dynamic", ("工作动态", "部门动态", "政务要闻", "乡镇动态"), 14, ("department",)),
    Category("notice", ("通知公告",), 183, ("department",)),
    Category("policy", ("政策文件",), 183, ("department",)),
    Category("overview", ("机构概况",), None, ("department",)),
)


def main(path: str, role: str = "subpage") -> None:
    url = f"http://127.0.0.1:8000/bm/x/{Path(path).name}"
    page = Page(
        body=Path(path).read_bytes(),
        content_type="text/html",
        status=200,
        final_url=url,
        role=role,  # type: ignore[arg-type]
        as_of=AS_OF,
    )
    reading = read_page(page)
    if isinstance(reading, Forward):
        print(f"forward: {reading.how} -> {reading.url} (this page's blocks are not kept)")
        return
    if not isinstance(reading, Fetched):
        print(f"outcome: {reading}")
        return
    print(f"read as a page: {len(reading.items)} items, empty marker {reading.empty_marker!r}")
    for text, href in reading.links:
        target, why = link_target(url, href)
        print(f"  link {text!r}: {href!r} -> checked as {target!r}{f' ({why})' if why else ''}")
    if role == "subpage":
        unit = Unit("x", "x", "department", url)
        for category in CATEGORIES:
            shown = category_present(unit, category, reading)
            print(f"  category {category.id}: {'shown' if shown else 'MISSING'}")
    lexicon = load_lexicon()
    for block in reading.blocks:
        verdict = judge_block(block, lexicon, ["127.0.0.1"])
        mark = "INJECTION" if verdict else "clean"
        print(
            f"  block {mark} hidden_by={block.hidden_by} place={block.place}: {block.text[:60]!r}"
        )
    if not reading.blocks:
        print("  no block kept for the injection check")


if __name__ == "__main__":
    main(*sys.argv[1:])
