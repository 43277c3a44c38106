"""The tenth 24-unit trap portal (reachability of subpages and columns, categories, broken
links and injected spam, with traps of real CMSs and inspection bulletins that no earlier
portal used), crawled by the real CLI, then the monthly bulletin of `AS_OF`'s month.

The expected findings are written by hand in `tests.portal24j.site` from RULES.md. The
comparison (`tests.support.trapportal.judge`) prints precision / recall / F1 per check and
lists every false positive and false negative. Discrepancies already analysed
(DISCREPANCIES.md) are listed in `KNOWN` and reported separately; the test fails on any other
difference, in either direction.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.portal24j.server import Served, serve
from tests.portal24j.site import AS_OF, MAX_AGE, Portal, build, config_yaml
from tests.support import trapportal

# Known discrepancies, by DISCREPANCIES.md section: (kind, unit, check, url path and query,
# after the host; "*" for any). "fn": govwatch misses an expected finding; "fp": it reports one
# it should not.
# All seventeen (K1–K17) are fixed; DISCREPANCIES.md keeps their analysis.
KNOWN: dict[tuple[str, str, str, str], str] = {}


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served]]:
    built = build(AS_OF)
    with serve(built.served(), built.cookie_gates) as served:
        yield built, served


def graded(f: dict[str, Any]) -> bool:
    """As the shared comparison, and also a broken link with no host at all (`http://`): no
    DNS is needed to know that no reader can open it."""
    if f["check"] == "broken_link" and f["url"].lower() in ("http://", "https://"):
        return True
    parts = urlsplit(f["url"])
    if f["check"] == "broken_link" and parts.scheme in ("http", "https") and not parts.hostname:
        return True
    return _shared_graded(f)


_shared_graded = trapportal.graded


def test_portal24j_findings(
    portal: tuple[Portal, Served], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built, served = portal
    monkeypatch.setattr(trapportal, "graded", graded)

    def notes() -> list[str]:
        gated = sorted(set(served.gated))
        return [f"cookie check (path, had the cookie): {gated}"] if gated else []

    trapportal.judge(
        "portal24j",
        built,
        served,
        tmp_path,
        config_text=config_yaml(built, f"http://{served.hp}/"),
        as_of=AS_OF,
        max_age=MAX_AGE,
        known=KNOWN,
        notes=notes,
    )
