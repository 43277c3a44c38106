"""The comparison every trap portal test makes: crawl with the real CLI, then each graded
finding against the expectations written by hand from RULES.md, with precision, recall and
F1 per check, every false positive and false negative listed, and the month's bulletin
judged (`tests.portal24c.bulletin`). Differences already analysed in a portal's
DISCREPANCIES.md are passed as `known` and reported apart; any other fails the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from tests.portal24c.bulletin import check_bulletin
from tests.portal24d.server import HP2
from tests.portal24f.server import HP

ROOT = Path(__file__).resolve().parents[2]
GRADED = (
    "subpage_unreachable",
    "column_unreachable",
    "column_empty",
    "column_stale",
    "category_missing",
    "broken_link",
    "content_injection",
    "extraction_failed",
    "meta_missing",
)
Key = tuple[str, str, str, str, str | None, str | None]
# The portals' own hosts; broken links elsewhere are judged only on gov.cn (no DNS here).
LOOPBACK = ("127.0.0.1", "127.0.0.2")


def url_of(e: Any, served: Any) -> str:
    path = e.path.replace(HP, served.hp)
    if hasattr(served, "hp2"):  # portals served on a second loopback host too
        path = path.replace(HP2, served.hp2)
    return path[4:] if path.startswith("abs:") else f"http://{served.hp}{path}"


def key_of(f: dict[str, Any]) -> Key:
    if f["check"] == "broken_link":
        # One target however it is spelled: raw 中文 and its percent-encoding name one file.
        return (f["unit"], f["check"], f["severity"], unquote(f["url"]), None, None)
    if f["check"] in ("content_injection", "meta_missing"):
        return (f["unit"], f["check"], f["severity"], f["url"], None, None)
    return (f["unit"], f["check"], f["severity"], f["url"], f.get("column"), f.get("category"))


def expected_key(e: Any, served: Any) -> Key:
    return key_of(
        {
            "unit": e.unit,
            "check": e.check,
            "severity": e.severity,
            "url": url_of(e, served),
            "column": e.column,
            "category": e.category,
        }
    )


def graded(f: dict[str, Any]) -> bool:
    """Broken links off the loopback hosts are not judged (this machine has no DNS), except
    those to gov.cn sites, which must never be called broken for want of DNS, and links to an
    editor's local files (`file:`), which no reader can open."""
    if f["check"] not in GRADED:
        return False
    parts = urlsplit(f["url"])
    host = parts.hostname or ""
    if f["check"] != "broken_link" or host in LOOPBACK or parts.scheme == "file":
        return True
    return host == "gov.cn" or host.endswith(".gov.cn")


def run_cli(config: Path, db: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "govwatch", "--config", str(config), "--db", db, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=ROOT,
    )


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def judge(
    name: str,
    built: Any,
    served: Any,
    tmp_path: Path,
    *,
    config_text: str,
    as_of: date,
    max_age: Mapping[str, int],
    known: Mapping[tuple[str, str, str, str], str],
    crawls: int = 1,
    notes: Callable[[], list[str]] | None = None,
) -> None:
    """Crawl the portal with the real CLI, compare every graded finding with the hand-written
    expectations, judge the month's bulletin, and fail on any difference `known` does not
    explain (in either direction). `built` is a trap portal's `Portal` (expected, optional,
    units). With `crawls` > 1 the same day is crawled again (304s, no-store pages) and the
    latest run is judged; `notes` adds lines (what the server saw) to the printed report."""
    config = tmp_path / f"{name}.yaml"
    config.write_text(config_text, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'gw.db'}"
    for n in range(1, crawls + 1):
        crawl = run_cli(config, db, "crawl", "--as-of", as_of.isoformat())
        assert crawl.returncode == 0, f"crawl {n}: {crawl.stderr[-3000:]}"
    out = run_cli(config, db, "findings", "--format", "json")
    assert out.returncode == 0, out.stderr[-3000:]
    found = [f for f in json.loads(out.stdout) if graded(f)]
    (tmp_path / "findings.json").write_text(out.stdout, encoding="utf-8")

    expected = {expected_key(e, served): e for e in built.expected}
    optional = {expected_key(e, served) for e in built.optional if e.path != "*"}
    # `p.maybe(unit, check, "*")`: any finding of that check against that unit is acceptable.
    anywhere = {(e.unit, e.check) for e in built.optional if e.path == "*"}
    actual = {
        key_of(f): f
        for f in found
        if key_of(f) not in optional and (f["unit"], f["check"]) not in anywhere
    }
    expected = {k: e for k, e in expected.items() if k not in optional}

    def kn(kind: str, key: Key) -> str | None:
        unit, check, _sev, url, _column, _category = key
        parts = urlsplit(url)
        rest = parts.path + (f"?{parts.query}" if parts.query else "")
        for (k_kind, k_unit, k_check, path), why in known.items():
            if (k_kind, k_unit, k_check) == (kind, unit, check) and path in ("*", rest):
                return why
        return None

    fps = sorted(set(actual) - set(expected))
    fns = sorted(set(expected) - set(actual))
    tps = sorted(set(actual) & set(expected))

    lines = ["", f"{name}: {len(expected)} expected, {len(actual)} reported (graded)"]
    lines += notes() if notes is not None else []
    lines.append(f"{'check':22} {'tp':>3} {'fp':>3} {'fn':>3}  precision recall   F1")
    for check in GRADED:
        tp = sum(1 for k in tps if k[1] == check)
        fp = sum(1 for k in fps if k[1] == check)
        fn = sum(1 for k in fns if k[1] == check)
        if tp + fp + fn:
            p, r, f1 = prf(tp, fp, fn)
            lines.append(f"{check:22} {tp:3} {fp:3} {fn:3}  {p:9.3f} {r:6.3f} {f1:6.3f}")
    p, r, f1 = prf(len(tps), len(fps), len(fns))
    lines.append(f"{'ALL':22} {len(tps):3} {len(fps):3} {len(fns):3}  {p:9.3f} {r:6.3f} {f1:6.3f}")
    fails = [k for k in fps if k[2] == "fail"]
    lines.append(f"false fail findings: {len(fails)}")

    unknown: list[str] = []
    for k in fps:
        f = actual[k]
        tag = kn("fp", k)
        line = f"  FP {k} observed={json.dumps(f.get('observed'), ensure_ascii=False)[:300]}"
        lines.append(line + (f"  [known: {tag}]" if tag else ""))
        if not tag:
            unknown.append(line)
    for k in fns:
        e = expected[k]
        tag = kn("fn", k)
        line = f"  FN {k} rule={e.rule}"
        lines.append(line + (f"  [known: {tag}]" if tag else ""))
        if not tag:
            unknown.append(line)
    for k in tps:
        e, f = expected[k], actual[k]
        if e.check == "column_stale" and e.age is not None and e.category:
            want = {"age_days": e.age, "max_age_days": max_age[e.category]}
            got = {n: f["observed"].get(n) for n in want}
            if got != want:
                line = f"  WRONG AGE {k}: want {want}, got {got}"
                tag = kn("age", k)
                lines.append(line + (f"  [known: {tag}]" if tag else ""))
                if not tag:
                    unknown.append(line)
    seen = {kn("fp", k) for k in fps} | {kn("fn", k) for k in fns}
    for why in sorted(set(known.values()) - seen):
        lines.append(f"  known discrepancy no longer seen (fixed?): {why}")

    # The monthly bulletin of as_of's month: the units with an expected fail are 不合格.
    failing = {e.unit for e in built.expected if e.severity == "fail"}
    known_units = {
        unit: why
        for (_kind, unit, check, _path), why in known.items()
        if check not in ("extraction_failed", "meta_missing")
    }
    # A unit whose only fail is a judgement call (`p.maybe`) may be judged either way.
    known_units |= {
        e.unit: f"judgement call: {e.rule}" for e in built.optional if e.severity == "fail"
    }
    # Bulletin lines are printed, but the judgement is asserted only where no known
    # discrepancy explains it.
    report, errors = check_bulletin(
        run_cli,
        config,
        db,
        as_of,
        [u.id for u in built.units],
        failing,
        known_units,
        tmp_path / "reports",
    )
    lines += report
    unknown += errors
    print("\n".join(lines))
    assert not unknown, "\n".join(unknown)
