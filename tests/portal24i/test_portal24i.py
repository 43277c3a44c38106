"""The ninth 24-unit trap portal (column freshness: list and article idioms of real CMSs that no
earlier portal used), crawled by the real CLI, then the monthly bulletin of `AS_OF`'s month.

The expected findings are written by hand in `tests.portal24i.site` from RULES.md. The
comparison prints precision / recall / F1 per check and lists every false positive and false
negative. Discrepancies already analysed (DISCREPANCIES.md) are listed in `KNOWN` and
reported separately; the test fails on any other difference, in either direction.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.portal24i.server import Served, serve
from tests.portal24i.site import AS_OF, MAX_AGE, Portal, build, config_yaml
from tests.support.trapportal import judge

# Known discrepancies, by DISCREPANCIES.md section: (kind, unit, check, url path and query,
# after the host; "*" for any). "fn": govwatch misses an expected finding; "fp": it reports one
# it should not.
I8 = "I8: an undated list loses to a dated 最新信息 box or 最新公告 ticker"
I9 = "I9: a list in an iframe is never read when a dated side box is on the page"
I17 = "I17: a soft 404 inside a chrome of over 1,500 characters is read as the column"
KNOWN: dict[tuple[str, str, str, str], str] = {
    ("fn", "swj", "column_stale", "/bm/swj/gzdt/index.html"): I8,
    ("fn", "swj", "column_stale", "/bm/swj/tzgg/index.html"): I8,
    ("fn", "tjj", "column_stale", "/bm/tjj/tzgg/index.html"): I9,
    ("fn", "sfj", "column_unreachable", "/bm/sfj/tzgg/index.html"): I17,
}


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served]]:
    built = build(AS_OF)
    with serve(built.served(), built.gates) as served:
        yield built, served


def test_portal24i_findings(portal: tuple[Portal, Served], tmp_path: Path) -> None:
    built, served = portal
    judge(
        "portal24i",
        built,
        served,
        tmp_path,
        config_text=config_yaml(built, f"http://{served.hp}/"),
        as_of=AS_OF,
        max_age=MAX_AGE,
        known=KNOWN,
    )
