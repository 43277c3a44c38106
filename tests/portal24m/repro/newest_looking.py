"""N1–N4: which detail pages govwatch reads to date an undated list (`_newest_looking`).

    PYTHONPATH=. .venv/bin/python tests/portal24m/repro/newest_looking.py

Each case is a column's list in page order (newest first, as the portal shows it), with the
date each article's page shows (None: the target gives no date — a 404, a soft 404, a
PDF/DOC/XLS). Printed: the items the observer opens (detail_pages = 3), the newest date it
can get from them, and the newest date a reader of the list finds.
"""

from __future__ import annotations

from datetime import date, timedelta

from checks.model import Item
from crawler.observe import _newest_looking

AS_OF = date(2027, 9, 14)
B = "http://127.0.0.1:8000/bm/x/gzdt/"


def line(name: str, age: int | None, url: str | None = None) -> tuple[Item, date | None]:
    when = AS_OF - timedelta(days=age) if age is not None else None
    slug = "".join(c for c in name if c.isascii() and c.isalnum())
    return Item(name, url or f"{B}content_{slug}.html", None), when


CASES = {
    "N1 置顶 over a newest-first list": [
        line("[置顶] pinned A", 400), line("[置顶] pinned B", 380),
        *(line(f"line {k}", age) for k, age in enumerate([3, 9, 15, 22, 30, 41])),
    ],
    "N2 PDF, DOC, XLS lines first": [
        line("pdf", None, B + "fj/2027xmjh.pdf"), line("doc", None, B + "fj/jgjc_fa.doc"),
        line("xls", None, B + "fj/tzxm.xls"),
        *(line(f"article {k}", age) for k, age in enumerate([170, 175, 220])),
    ],
    "N3 404 and soft-404 articles first": [
        line("404", None), line("soft 404", None),
        *(line(f"article {k}", age) for k, age in enumerate([5, 12, 19])),
    ],
    "N4 moved to a new CMS (new URLs undated, old TRS URLs dated)": [
        line("new 1", 3), line("new 2", 9),
        line("old 1", 27, B + "202708/t20270818_6200.html"),
        line("old 2", 35, B + "202708/t20270810_6201.html"),
        line("old 3", 50, B + "202707/t20270726_6202.html"),
    ],
}

for name, rows in CASES.items():
    items = [i for i, _ in rows]
    dates = {i.url: d for i, d in rows}
    chosen, _ = _newest_looking(items, 3, AS_OF)  # spares replace lines without a date
    got = [d for i in chosen if (d := dates[i.url]) is not None]
    truth = max(d for _, d in rows if d is not None)
    print(f"{name}\n  reads: {[i.title for i in chosen]}")
    print(f"  newest read: {max(got) if got else None}   newest on the list: {truth}")
