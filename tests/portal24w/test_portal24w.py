"""The portal24w trap portal (a realistic 渭滨区 TRS WCM 集约化 district portal: mostly honest
units under heavy real chrome, plus the failures a weekly check really finds), crawled by the
real CLI, then the monthly bulletin of `AS_OF`'s month.

Expectations are written by hand in `tests.portal24w.site` from RULES.md and the measures.
Discrepancies analysed in DISCREPANCIES.md are listed in `KNOWN` and reported apart; the test
fails on any other difference, in either direction.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.portal24k.server import Served, serve
from tests.portal24w.site import AS_OF, MAX_AGE, Portal, build, config_yaml
from tests.support import trapportal

# (kind, unit, check, url path after the host; "*" for any) -> DISCREPANCIES.md section.
# All fixed; DISCREPANCIES.md keeps their analysis.
KNOWN: dict[tuple[str, str, str, str], str] = {}


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served]]:
    built = build(AS_OF)
    with serve(built.served(), built.cookie_gates, frozenset(built.loops)) as served:
        yield built, served


def test_portal24w_findings(portal: tuple[Portal, Served], tmp_path: Path) -> None:
    built, served = portal
    trapportal.judge(
        "portal24w",
        built,
        served,
        tmp_path,
        config_text=config_yaml(built, f"http://{served.hp}/"),
        as_of=AS_OF,
        max_age=MAX_AGE,
        known=KNOWN,
    )
