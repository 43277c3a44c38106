"""The sixth 24-unit trap portal (healthy units with unusual pages, a few failing controls),
crawled twice by the real CLI (the second crawl meets 304s and no-store pages), then the
monthly bulletin of `AS_OF`'s month.

The expected findings are written by hand in `tests.portal24f.site` from RULES.md. The
comparison prints precision / recall / F1 per check and lists every false positive and false
negative. Discrepancies already analysed (DISCREPANCIES.md) are listed in `KNOWN` and
reported separately; the test fails on any other difference, in either direction.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.portal24f.server import Served, serve
from tests.portal24f.site import AS_OF, BIG_PDF, MAX_AGE, Portal, build, config_yaml
from tests.support.trapportal import judge

# Known discrepancies, by DISCREPANCIES.md section: (kind, unit, check, url path and query,
# after the host; "*" for any). "fn": govwatch misses an expected finding; "fp": it reports one
# it should not.
KNOWN: dict[tuple[str, str, str, str], str] = {}


def server_notes(served: Served) -> list[str]:
    """What the server saw: 304s and 503s answered, and how much of each large file was sent."""
    n304 = sum(1 for _m, _p, s in served.log if s == 304)
    n503 = sum(1 for _m, _p, s in served.log if s == 503)
    lines = [f"server: {len(served.log)} requests, {n304} answered 304, {n503} answered 503"]
    for path, sent in sorted(served.sent.items()):
        whole = "WHOLE FILE" if sent >= BIG_PDF else "partial"
        lines.append(f"  large file {path}: {sent} of {BIG_PDF} bytes sent ({whole})")
    return lines


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served]]:
    built = build(AS_OF)
    with serve(built.served()) as served:
        yield built, served


def test_portal24f_findings(portal: tuple[Portal, Served], tmp_path: Path) -> None:
    built, served = portal
    judge(
        "portal24f",
        built,
        served,
        tmp_path,
        config_text=config_yaml(built, f"http://{served.hp}/"),
        as_of=AS_OF,
        max_age=MAX_AGE,
        known=KNOWN,
        crawls=2,
        notes=lambda: server_notes(served),
    )
