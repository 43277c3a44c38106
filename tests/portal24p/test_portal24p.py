"""The sixteenth trap portal (calendar and boundary conditions at as_of 2028-01-04, a Tuesday
early in January of a leap year: year-less dates on both sides of the year's turn, typo dates,
every window at limit − 1, limit and limit + 1, year headings, relative dates; honest controls
and failing units), crawled by the real CLI, then the monthly bulletin of `AS_OF`'s month.

A second test reads the reports around the boundary from the same crawl: a run filed on
2028-01-04 belongs to 2028-01 and 2028-Q1 (INTERFACE: `--as-of` "is the day the check counts
as having run on … the run is filed under it"; RULES §4: "any run filed in that month"), never
to 2027-12 or 2027-Q4, although most of what it checked was published in December.

The expected findings are written by hand in `tests.portal24p.site` from RULES.md. The
comparison (`tests.support.trapportal.judge`) prints precision / recall / F1 per check and
lists every false positive and false negative. Discrepancies already analysed
(DISCREPANCIES.md) are listed in `KNOWN` and reported separately; the test fails on any other
difference, in either direction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.portal24k.server import Served, serve
from tests.portal24p.site import AS_OF, MAX_AGE, Portal, build, config_yaml
from tests.support import trapportal

# Known discrepancies, by DISCREPANCIES.md section: (kind, unit, check, url path and query,
# after the host; "*" for any). "fn": govwatch misses an expected finding; "fp": it reports one
# it should not.
# All five (D1–D5) are fixed; DISCREPANCIES.md keeps their analysis.
KNOWN: dict[tuple[str, str, str, str], str] = {}


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served]]:
    built = build(AS_OF)
    with serve(built.served(), built.cookie_gates, frozenset(built.loops)) as served:
        yield built, served


def test_portal24p_findings(portal: tuple[Portal, Served], tmp_path: Path) -> None:
    built, served = portal
    trapportal.judge(
        "portal24p",
        built,
        served,
        tmp_path,
        config_text=config_yaml(built, f"http://{served.hp}/"),
        as_of=AS_OF,
        max_age=MAX_AGE,
        known=KNOWN,
    )
    _check_period_reports(built, tmp_path)


def _report(config: Path, db: str, *args: str) -> dict[str, object]:
    out = trapportal.run_cli(config, db, "report", *args, "--format", "json")
    assert out.returncode == 0, out.stderr[-2000:]
    report: dict[str, object] = json.loads(out.stdout)
    return report


def _check_period_reports(built: Portal, tmp_path: Path) -> None:
    """The run of 2028-01-04 counts in 2028-01 / 2028-Q1 and nowhere in 2027."""
    config = tmp_path / "portal24p.yaml"
    db = f"sqlite:///{tmp_path / 'gw.db'}"
    failing = {e.unit for e in built.expected if e.severity == "fail"}
    known_units = {unit for (_k, unit, check, _p) in KNOWN if check != "extraction_failed"}
    lines = ["", "reports around the boundary:"]
    errors: list[str] = []

    december = _report(config, db, "monthly", "2027-12")
    summary = december.get("summary") or {}
    assert isinstance(summary, dict)
    units = december.get("units") or []
    assert isinstance(units, list)
    failed = sorted(u["unit"] for u in units if u.get("result") == "fail")
    lines.append(f"  2027-12: runs_counted={summary.get('runs_counted')}, 不合格 {failed}")
    if summary.get("runs_counted") or failed:
        errors.append(f"  2027-12 counts the run of {AS_OF} (不合格 {failed})")

    for quarter, counted in (("2027-Q4", False), ("2028-Q1", True)):
        report = _report(config, db, "quarterly", quarter)
        rows = report.get("units") or []
        assert isinstance(rows, list)
        scores = {u["unit"]: u.get("score") for u in rows}
        below = sorted(uid for uid, s in scores.items() if isinstance(s, int | float) and s < 100)
        lines.append(f"  {quarter}: below 100 {below}")
        if not counted and below:
            errors.append(f"  {quarter} deducts for the run of {AS_OF}: {below}")
        if counted:
            want = sorted(failing - known_units)
            got = sorted(set(below) - known_units)
            if got != want:
                errors.append(f"  {quarter}: units below 100 {got}, want {want}")
    print("\n".join(lines + errors))
    assert not errors, "\n".join(errors)
