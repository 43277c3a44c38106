"""The seventeenth trap portal (how district portals are laid out and configured: 站群 sites
on a second host, query-string column URLs, shared and self columns, per-column selectors),
crawled by the real CLI, then the monthly bulletin of `AS_OF`'s month; and the single-unit
surface of the CLI (`crawl --unit`, `findings --unit … --format json`) after a full crawl.

The expected findings are written by hand in `tests.portal24q.site` from RULES.md. The
comparison (`tests.support.trapportal.judge`) prints precision / recall / F1 per check and
lists every false positive and false negative. Discrepancies already analysed
(DISCREPANCIES.md) are listed in `KNOWN` and reported separately; the test fails on any other
difference, in either direction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.portal24q.server import Served, serve
from tests.portal24q.site import AS_OF, MAX_AGE, Portal, build, config_yaml
from tests.support import trapportal

# Known discrepancies, by DISCREPANCIES.md section: (kind, unit, check, url path and query,
# after the host; "*" for any). "fn": govwatch misses an expected finding; "fp": it reports one
# it should not.
# All four (Q1–Q4) are fixed; DISCREPANCIES.md keeps their analysis.
KNOWN: dict[tuple[str, str, str, str], str] = {}


@pytest.fixture(scope="module")
def portal() -> Iterator[tuple[Portal, Served]]:
    built = build(AS_OF)
    with serve(built.served(), built.nocase, built.params) as served:
        yield built, served


def test_portal24q_findings(portal: tuple[Portal, Served], tmp_path: Path) -> None:
    built, served = portal
    trapportal.judge(
        "portal24q",
        built,
        served,
        tmp_path,
        config_text=config_yaml(built, f"http://{served.hp}/", served.hp2),
        as_of=AS_OF,
        max_age=MAX_AGE,
        known=KNOWN,
        notes=lambda: _server_notes(served),
    )


def _server_notes(served: Served) -> list[str]:
    """What the server saw of the URL traps: requests as sent (method, host, path and query)."""
    log = list(served.log)
    posts = [e for e in log if e[0] == "POST"]
    amp = [e[2] for e in log if "cid=13" in e[2]]
    h2 = sum(1 for e in log if e[1] == "h2:")
    return [
        f"server: {len(log)} requests, {h2} to the second host, {len(posts)} POST",
        f"server: the &amp; column was asked as {sorted(set(amp))}",
    ]


def _findings(config: Path, db: str, *args: str) -> list[dict[str, Any]]:
    out = trapportal.run_cli(config, db, "findings", *args, "--format", "json")
    assert out.returncode == 0, out.stderr[-3000:]
    found: list[dict[str, Any]] = json.loads(out.stdout)
    return found


def _keys(found: list[dict[str, Any]], unit: str) -> set[trapportal.Key]:
    return {trapportal.key_of(f) for f in found if f["unit"] == unit and trapportal.graded(f)}


def test_portal24q_crawl_one_unit(portal: tuple[Portal, Served], tmp_path: Path) -> None:
    """INTERFACE.md: `crawl --unit ID` checks the units named, and `findings` shows the latest
    run of each unit. After a full crawl, `crawl --unit czj` rechecks 区财政局 alone (its
    通知公告 is the page it shares with 区审计局): `findings --unit czj` lists its two findings
    from the new run, 区审计局 keeps its own from the full run, a control unit has none, and
    `findings --run latest` holds only czj's."""
    built, served = portal
    config = tmp_path / "portal24q.yaml"
    config.write_text(config_yaml(built, f"http://{served.hp}/", served.hp2), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'gw.db'}"
    day = AS_OF.isoformat()
    full = trapportal.run_cli(config, db, "crawl", "--as-of", day)
    assert full.returncode == 0, full.stderr[-3000:]
    before = _findings(config, db)
    one = trapportal.run_cli(config, db, "crawl", "--unit", "czj", "--as-of", day)
    assert one.returncode == 0, one.stderr[-3000:]

    want = {
        uid: {trapportal.expected_key(e, served) for e in built.expected if e.unit == uid}
        for uid in ("czj", "sjj", "hbj")
    }
    assert len(want["czj"]) == 2 and len(want["sjj"]) == 2 and not want["hbj"]
    czj = _findings(config, db, "--unit", "czj")
    assert _keys(czj, "czj") == want["czj"]
    assert {f["unit"] for f in czj} == {"czj"}
    full_run = {f["run"] for f in before}
    assert len(full_run) == 1
    assert {f["run"] for f in czj}.isdisjoint(full_run)  # the new run's findings
    sjj = _findings(config, db, "--unit", "sjj")
    assert _keys(sjj, "sjj") == want["sjj"]
    assert {f["run"] for f in sjj} == full_run
    assert _findings(config, db, "--unit", "hbj") == []
    latest = _findings(config, db, "--run", "latest")
    assert latest and {f["unit"] for f in latest} == {"czj"}
