"""How often read_detail and htmldate get a detail page's publication date right.

Run from the repository root: `python bench/htmldate_compare.py [CORPUS]`.
The corpus defaults to ../shared/corpus/realpages (truth.json beside the pages).
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

from htmldate import find_date

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.extract import parse_html, read_detail

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "realpages"


def main(corpus: Path) -> int:
    truth = json.loads((corpus / "truth.json").read_text("utf-8"))
    ours = theirs = total = 0
    print(f"{'page':<36} {'truth':<10} {'read_detail':<22} {'htmldate':<10}")
    for name, expected in truth.items():
        if expected["kind"] != "detail":
            continue
        html = (corpus / name).read_text(expected["encoding"])
        published = date.fromisoformat(expected["newest_date"])
        as_of = published + timedelta(days=30)
        reading = read_detail(parse_html(html), f"http://portal.example/{name}", as_of)
        found = find_date(html, original_date=True, outputformat="%Y-%m-%d")
        mine = reading.published.isoformat() if reading.published else "-"
        total += 1
        ours += mine == expected["newest_date"]
        theirs += found == expected["newest_date"]
        print(f"{name:<36} {expected['newest_date']:<10} {mine + ' ' + reading.source:<22} {found}")
    print(
        f"\nread_detail {ours}/{total} = {ours / total:.0%}"
        f"   htmldate {theirs}/{total} = {theirs / total:.0%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
