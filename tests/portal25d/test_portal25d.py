"""The portal25d trap portal (over-reach of the latest reading rules, on honest and on hacked
pages: share-shaped links, class toggles, 执法 in an office's name, keywords a pasted
advertisement "says", lottery outlets, JCMS datastore records, view counts before dates,
labelled deadlines and edits, combined and sortable table headers, page-number parameters),
crawled by the real CLI on a Monday, then the monthly bulletin of `AS_OF`'s month.

The expected findings are written by hand in `tests.portal25d.site` from RULES.md. The
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
from tests.portal25d.site import AS_OF, MAX_AGE, Portal, build, config_yaml
from tests.support import trapportal

# Known discrepancies, by DISCREPANCIES.md section: (kind, unit, check, url path and query,
# after the host; "*" for any). "fn": govwatch misses an expected finding; "fp": it reports one
# it should not.
X11 = "X11: datastore records are read without the page's style rules"
X12 = "X12: a 报名截止 date dates a line that shows no other"
X13 = "X13: an 更新 stamp dates a line that shows no other"
X14 = "X14: a 发布/截止日期 header names no publication column; the deadline wins"
X15 = "X15: a header row whose names are sort links is no header; the 施行日期 wins"
KNOWN: dict[tuple[str, str, str, str], str] = {
    ("fn", "tyjrj", "content_injection", "/col/col7081/index.html"): X11,
    ("fn", "rsj", "column_stale", "/col/col7112/index.html"): X12,
    ("fn", "zrj", "column_stale", "/col/col7123/index.html"): X13,
    ("fn", "czj", "column_stale", "/col/col7132/index.html"): X14,
    ("fn", "sfj", "column_stale", "/col/col7143/index.html"): X15,
}


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served]]:
    built = build(AS_OF)
    with serve(built.served(), built.cookie_gates, frozenset(built.loops)) as served:
        yield built, served


def test_portal25d_is_built_as_planned() -> None:
    """The portal's shape, asserted on the built routes (not on govwatch): a Monday, 23 units
    (3 on the towns' home-grown system), 14 of them failing, every configured column answered
    but lyj's 政策文件 (the control of column_unreachable), and lyj's subpage not served."""
    built = build(AS_OF)
    assert AS_OF.weekday() == 0
    assert len(built.units) == 23
    assert sum(u.subpage.startswith("/zjxx/") for u in built.units) == 3
    failing = {e.unit for e in built.expected if e.severity == "fail"}
    assert len(failing) == 14
    served = built.served()
    dead = {e.path for e in built.expected if e.check.endswith("_unreachable")}
    assert dead == {"/col/col7220/index.html", "/col/col7223/index.html"}
    for u in built.units:
        assert (u.subpage in served) != (u.subpage in dead), u.subpage
        for c in u.columns:
            assert (c.path in served) != (c.path in dead), c.path
    assert {unit for _kind, unit, _check, _path in KNOWN} <= {u.id for u in built.units}


def test_portal25d_findings(portal: tuple[Portal, Served], tmp_path: Path) -> None:
    built, served = portal
    trapportal.judge(
        "portal25d",
        built,
        served,
        tmp_path,
        config_text=config_yaml(built, f"http://{served.hp}/"),
        as_of=AS_OF,
        max_age=MAX_AGE,
        known=KNOWN,
    )
