"""Which 指引 meta tags govwatch finds missing on one repro page (`meta_missing`), beside
what RULES.md §2 asks of the page's role.

    PYTHONPATH=. .venv/bin/python tests/portal24o/repro/meta.py FILE [subpage|column|detail]
"""

from __future__ import annotations

import sys
from pathlib import Path

from checks.meta import missing_tags
from crawler.extract.page import parse_html, read_meta

RULES_PAGE = ("SiteName", "SiteIDCode", "ColumnName", "ColumnType")
RULES_ARTICLE = (*RULES_PAGE, "ArticleTitle", "PubDate", "ContentSource")


def main(path: str, role: str = "detail") -> None:
    meta = read_meta(parse_html(Path(path).read_text(encoding="utf-8")))
    print(f"meta read: {meta}")
    print(f"govwatch missing: {missing_tags(meta, role)}")  # type: ignore[arg-type]
    wanted = RULES_ARTICLE if role == "detail" else RULES_PAGE
    lowered = {k.lower() for k, v in meta.items() if v.strip()}
    print(f"RULES §2 missing: {[t for t in wanted if t.lower() not in lowered]}")


if __name__ == "__main__":
    main(*sys.argv[1:])
