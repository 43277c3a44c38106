"""The portal25b trap portal (the seed case on 大汉 Hanweb JCMS: 宝鸡市渭滨区人民政府 on a
provincial 集约化 platform), crawled by the real CLI on a Monday, then the monthly bulletin of
`AS_OF`'s month.

The expected findings are written by hand in `tests.portal25b.site` from RULES.md. The
comparison (`tests.support.trapportal.judge`) prints precision / recall / F1 per check and
lists every false positive and false negative. Discrepancies analysed in DISCREPANCIES.md are
listed in `KNOWN` and reported separately; the test fails on any other difference, in either
direction.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.portal24k.server import Served, serve
from tests.portal25b.site import AS_OF, MAX_AGE, Portal, build, config_yaml
from tests.support import trapportal

# Known discrepancies, by DISCREPANCIES.md section: (kind, unit, check, url path and query,
# after the host; "*" for any). "fn": govwatch misses an expected finding; "fp": it reports one
# it should not.
ATTACHMENT = "/module/download/downfile.jsp?classid=0&filename=2611011030123.xls"
D1 = "D1: a subpage link carrying the jpage pager's first-page query is not the column's"
D2 = "D2: the template's 共<span>0</span>条 is never matched to the Ajax script that fills it"
D3 = "D3: links inside a JCMS datastore are not the subpage's links"
D4 = "D4: links inside a JCMS datastore are never checked"
D5 = "D5: records hidden inside a JCMS datastore are never judged for injection"
KNOWN: dict[tuple[str, str, str, str], str] = {}  # every discrepancy is fixed


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served]]:
    built = build(AS_OF)
    with serve(built.served(), built.cookie_gates, frozenset(built.loops)) as served:
        yield built, served


def test_portal25b_is_built_as_planned() -> None:
    """The portal's shape, asserted on the built routes (not on govwatch): a Monday, 23 units,
    about a third of them failing, every configured column answered."""
    built = build(AS_OF)
    assert AS_OF.weekday() == 0
    assert len(built.units) == 23
    failing = {e.unit for e in built.expected if e.severity == "fail"}
    assert 7 <= len(failing) <= 11
    served = built.served()
    for u in built.units:
        for c in u.columns:
            assert c.path in served, c.path


def test_portal25b_findings(portal: tuple[Portal, Served], tmp_path: Path) -> None:
    built, served = portal
    trapportal.judge(
        "portal25b",
        built,
        served,
        tmp_path,
        config_text=config_yaml(built, f"http://{served.hp}/"),
        as_of=AS_OF,
        max_age=MAX_AGE,
        known=KNOWN,
    )
