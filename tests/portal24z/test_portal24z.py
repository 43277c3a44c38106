"""Trap portal 24z (content_injection on honest and hacked pages of real government CMSs),
crawled by the real CLI, then the monthly bulletin of `AS_OF`'s month.

The expected findings are written by hand in `tests.portal24z.site` from RULES.md. The
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
from tests.portal24z.site import AS_OF, MAX_AGE, Portal, build, config_yaml
from tests.support import trapportal

# Known discrepancies, by DISCREPANCIES.md section: (kind, unit, check, url path and query,
# after the host; "*" for any). "fn": govwatch misses an expected finding; "fp": it reports one
# it should not.
KNOWN: dict[tuple[str, str, str, str], str] = {
    # Z1–Z9 are fixed (tests/extract/test_injection_idioms.py). Missed fails left: each unit
    # still fails on another page.
    ("fn", "scj", "content_injection", "/bm/scj/gzdt/index.html"): "Z10 innerHTML",
    ("fn", "zrj", "content_injection", "/bm/zrj/index.html"): "Z11 external stylesheet",
    ("fn", "gxj", "content_injection", "/bm/gxj/gzdt/index.html"): "Z12 white font, default white",
}


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served]]:
    built = build(AS_OF)
    with serve(built.served(), built.cookie_gates, frozenset(built.loops)) as served:
        yield built, served


def test_portal24z_findings(portal: tuple[Portal, Served], tmp_path: Path) -> None:
    built, served = portal
    trapportal.judge(
        "portal24z",
        built,
        served,
        tmp_path,
        config_text=config_yaml(built, f"http://{served.hp}/"),
        as_of=AS_OF,
        max_age=MAX_AGE,
        known=KNOWN,
    )
