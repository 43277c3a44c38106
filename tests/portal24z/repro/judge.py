"""What govwatch's injection check makes of one repro page, as the crawl judges it (with the
page's own title deciding whether it reports on spam, which `tests/portal24j/repro/see.py`
leaves out).

    PYTHONPATH=. .venv/bin/python tests/portal24z/repro/judge.py FILE [subpage|column|detail]

The page is read as if served at `http://127.0.0.1:8000/bm/x/<FILE>` with 200; printed: every
block kept for the injection check with its verdict, then the page's finding (or none).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from checks.injection import check_injection, judge_block, reports_on_spam
from checks.model import Fetched
from config.lexicon import load_lexicon
from crawler.reader import Page, read_page

AS_OF = date(2028, 5, 16)
OWN = ("127.0.0.1",)


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
    if not isinstance(reading, Fetched):
        print(f"outcome: {reading}")
        return
    lexicon = load_lexicon()
    reporting = reports_on_spam(reading, lexicon)
    print(f"reports on spam (title names a context word): {reporting}")
    for block in reading.blocks:
        verdict = judge_block(block, lexicon, OWN, reporting=reporting)
        mark = "INJECTION" if verdict else "clean"
        where = f"hidden_by={block.hidden_by} place={block.place}"
        print(f"  block {mark} {where}: {block.text[:70]!r}")
    if not reading.blocks:
        print("  no block kept for the injection check")
    findings = check_injection("x", [(url, reading)], lexicon, OWN)
    for f in findings:
        print(f"finding: {f.check} {json.dumps(f.observed, ensure_ascii=False)[:300]}")
    if not findings:
        print("finding: none")


if __name__ == "__main__":
    main(*sys.argv[1:])
