"""What govwatch's reader and checks make of one repro page *as configured*: read at the URL
it was served from, with the column's configured URL, category and selectors — the inputs
`tests/portal24j/repro/see.py` cannot give.

    PYTHONPATH=. .venv/bin/python tests/portal24q/repro/see_config.py FILE SERVED_URL \
        subpage COLUMN_URL CATEGORY
    PYTHONPATH=. .venv/bin/python tests/portal24q/repro/see_config.py FILE SERVED_URL \
        column CATEGORY [SELECTOR [DATE_SELECTOR]]

`subpage`: whether the category counts as shown when the unit's configured column of that
category is COLUMN_URL. `column`: the findings the freshness check makes of the page (as
of 2027-12-14) with the given selectors.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from checks.categories import category_present
from checks.freshness import check_column
from checks.model import Category, Column, Fetched, Observation, Unit
from checks.urls import normalise_url
from crawler.reader import Page, read_page

AS_OF = date(2027, 12, 14)
CATEGORIES = {
    "dynamic": Category(
        "dynamic", ("工作动态", "部门动态", "政务要闻", "乡镇动态"), 14, ("department",)
    ),
    "notice": Category("notice", ("通知公告",), 183, ("department",)),
}


def main(path: str, served: str, role: str, *rest: str) -> None:
    page = Page(
        body=Path(path).read_bytes(),
        content_type="text/html",
        status=200,
        final_url=served,
        role="subpage" if role == "subpage" else "column",
        as_of=AS_OF,
        selector=rest[1] if role == "column" and len(rest) > 1 else None,
        date_selector=rest[2] if role == "column" and len(rest) > 2 else None,
    )
    reading = read_page(page)
    assert isinstance(reading, Fetched), reading
    if role == "subpage":
        column_url, cat = rest
        unit = Unit("x", "x", "department", served, (Column("c", column_url, cat),))
        stem = column_url.split("?", 1)[0].rsplit("/", 1)[-1].lower()
        for text, url in reading.links:
            if stem and stem in url.lower():
                print(f"  link {text!r} -> {url!r}  (normalised {normalise_url(url)!r})")
        print(f"  configured column {column_url!r} (normalised {normalise_url(column_url)!r})")
        shown = category_present(unit, CATEGORIES[cat], reading)
        print(f"  category {cat}: {'shown' if shown else 'MISSING'}")
        return
    cat = rest[0]
    print(f"items {len(reading.items)}, newest {reading.newest}, marker {reading.empty_marker!r}")
    print(f"rule: {reading.newest_rule}")
    unit = Unit("x", "x", "department", served)
    column = Column("c", served, cat)
    observation = Observation(served, "column", reading)
    for f in check_column(unit, column, CATEGORIES[cat], observation, AS_OF):
        print(f"finding: {f.check} {f.severity} {f.message} {f.observed}")


if __name__ == "__main__":
    main(*sys.argv[1:])
