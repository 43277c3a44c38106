"""The portal24y trap portal (column list pages whose dates are
written in unusual idioms), crawled by the real CLI, then the
monthly bulletin of `AS_OF`'s month.

Expectations are written by hand in `tests.portal24y.site` from RULES.md; the comparison is
`tests.support.trapportal.judge`. Discrepancies analysed in DISCREPANCIES.md are in `KNOWN`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.portal24k.server import Served, serve
from tests.portal24y.site import AS_OF, MAX_AGE, Portal, build, config_yaml
from tests.support import trapportal

# (kind, unit, check, url path and query after the host; "*" for any) -> DISCREPANCIES.md id.
# Both (D1, D2) are fixed; DISCREPANCIES.md keeps their analysis.
KNOWN: dict[tuple[str, str, str, str], str] = {}


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served]]:
    built = build(AS_OF)
    with serve(built.served(), built.cookie_gates, frozenset(built.loops)) as served:
        yield built, served


def test_portal24y_findings(portal: tuple[Portal, Served], tmp_path: Path) -> None:
    built, served = portal
    trapportal.judge(
        "portal24y",
        built,
        served,
        tmp_path,
        config_text=config_yaml(built, f"http://{served.hp}/"),
        as_of=AS_OF,
        max_age=MAX_AGE,
        known=KNOWN,
    )
