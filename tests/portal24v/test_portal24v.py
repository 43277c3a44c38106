"""The twenty-second trap portal (over-reach of the 24s–24u reading rules on honest pages;
honest controls and failing units), crawled by the real CLI, then the monthly bulletin of
`AS_OF`'s month.

The expected findings are written by hand in `tests.portal24v.site` from RULES.md. The
comparison (`tests.support.trapportal.judge`) prints precision / recall / F1 per check and
lists every false positive and false negative. Discrepancies already analysed
(DISCREPANCIES.md) are listed in `KNOWN` and reported separately; the test fails on any other
difference, in either direction.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.portal24k.server import Served, serve
from tests.portal24v.site import AS_OF, MAX_AGE, Portal, build, config_yaml
from tests.support import trapportal

# Known discrepancies, by DISCREPANCIES.md section: (kind, unit, check, url path and query,
# after the host; "*" for any). "fn": govwatch misses an expected finding; "fp": it reports one
# it should not.
# Filled in from the first crawl (DISCREPANCIES.md).
# All fixed; DISCREPANCIES.md keeps their analysis.
KNOWN: dict[tuple[str, str, str, str], str] = {}


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served]]:
    built = build(AS_OF)
    with serve(built.served(), built.cookie_gates, frozenset(built.loops)) as served:
        yield built, served


def test_portal24v_findings(portal: tuple[Portal, Served], tmp_path: Path) -> None:
    built, served = portal
    trapportal.judge(
        "portal24v",
        built,
        served,
        tmp_path,
        config_text=config_yaml(built, f"http://{served.hp}/"),
        as_of=AS_OF,
        max_age=MAX_AGE,
        known=KNOWN,
    )
