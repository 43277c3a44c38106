"""U6: an undated list whose five newest articles are gone (404). `_newest_looking` reads the
first three lines and the last (the oldest-first hedge) in the first wave; the three misses
leave room for only two replacements (`detail_pages * 2` reads in all), both gone too, so the
only date read is the last line's: 300 days.

    PYTHONPATH=. .venv/bin/python tests/portal24u/repro/u6_five_gone.py
"""

from __future__ import annotations

from datetime import date

from checks.model import Item
from crawler.observe import _newest_looking

AS_OF = date(2027, 10, 12)
COUNT = 3  # crawl.detail_pages (default)

if __name__ == "__main__":
    urls = [f"http://x/gzdt/content_{n}.html" for n in range(1, 11)]
    items = [Item(title=f"line {n}", url=u, date=None) for n, u in enumerate(urls, 1)]
    gone = {f"http://x/gzdt/content_{n}.html" for n in range(1, 6)}
    first, spare = _newest_looking(items, COUNT, AS_OF)
    wave, read, order = first, 0, []
    while wave:
        order += [i.title for i in wave]
        read += len(wave)
        missing = sum(1 for i in wave if i.url in gone)
        room = min(missing, COUNT * 2 - read)
        wave, spare = spare[: max(room, 0)], spare[max(room, 0) :]
    print("reads:", order)
    print("lines 6-9 (9-40 days) never read; only 'line 10' (300 days) gives a date")
