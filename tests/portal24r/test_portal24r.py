"""The randomised 24-unit portal (`tests.portal24r.site`), three fixed seeds, each crawled by
the real CLI. Prints precision / recall / F1 per check and every false positive / negative
with the seed and the layout/decoration combination that produced it. Differences analysed in
DISCREPANCIES.md are listed in `KNOWN` and reported apart; any other difference fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.portal24f.server import HP, serve
from tests.portal24r.site import AS_OFS, MAX_AGE, Expect, RPortal, build, config_yaml

ROOT = Path(__file__).resolve().parents[2]
SEEDS = (1, 2, 3)
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

# Known discrepancies, by DISCREPANCIES.md section: (seed, kind, unit, check, url path).
# "age": the stale finding stands but its age is wrong.
R1 = "R1 a future typo date in a parallel date column: the dates are dropped, a fresh column stale"
R2 = "R2 dates dropped, detail fallback with 置顶 + typo lines first: wrong age"
KNOWN: dict[tuple[int, str, str, str, str], str] = {
}


def key_of(f: dict[str, Any]) -> Key:
    if f["check"] in ("broken_link", "content_injection", "meta_missing"):
        return (f["unit"], f["check"], f["severity"], f["url"], None, None)
    return (f["unit"], f["check"], f["severity"], f["url"], f.get("column"), f.get("category"))


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


def graded(f: dict[str, Any]) -> bool:
    if f["check"] not in GRADED:
        return False
    host = urlsplit(f["url"]).hostname or ""
    return f["check"] != "broken_link" or host == "127.0.0.1" or host.endswith("gov.cn")


@pytest.mark.parametrize("seed", SEEDS)
def test_portal24r_findings(seed: int, tmp_path: Path) -> None:
    built: RPortal = build(seed)
    with serve(built.served()) as served:
        base = f"http://{served.hp}/"
        config = tmp_path / "portal24r.yaml"
        config.write_text(config_yaml(built, base), encoding="utf-8")
        db = f"sqlite:///{tmp_path / 'gw.db'}"
        crawl = run_cli(config, db, "crawl", "--as-of", AS_OFS[seed].isoformat())
        assert crawl.returncode == 0, crawl.stderr[-3000:]
        out = run_cli(config, db, "findings", "--format", "json")
        assert out.returncode == 0, out.stderr[-3000:]

    def url_of(e: Expect) -> str:
        return f"http://{served.hp}{e.path.replace(HP, served.hp)}"

    def path_of(url: str) -> str:
        parts = urlsplit(url)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    found = [f for f in json.loads(out.stdout) if graded(f)]
    actual = {key_of(f): f for f in found}
    expected: dict[Key, Expect] = {}
    for e in built.expected:
        k = key_of(
            {
                "unit": e.unit,
                "check": e.check,
                "severity": e.severity,
                "url": url_of(e),
                "column": e.column,
                "category": e.category,
            }
        )
        expected[k] = e

    def kn(kind: str, k: Key) -> str | None:
        return KNOWN.get((seed, kind, k[0], k[1], path_of(k[3])))

    def combo(k: Key) -> str:
        return built.combo.get(path_of(k[3]), f"seed={seed}")

    fps = sorted(set(actual) - set(expected))
    fns = sorted(set(expected) - set(actual))
    tps = sorted(set(actual) & set(expected))
    lines = [
        "",
        f"portal24r seed={seed} as_of={AS_OFS[seed]}: {len(expected)} expected, "
        f"{len(actual)} reported (graded)",
    ]
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
    lines.append(f"false fail findings: {sum(1 for k in fps if k[2] == 'fail')}")
    unknown: list[str] = []
    for kind, keys in (("fp", fps), ("fn", fns)):
        for k in keys:
            obs = (
                json.dumps(actual[k].get("observed"), ensure_ascii=False)[:200]
                if kind == "fp"
                else ""
            )
            why = expected[k].rule if kind == "fn" else ""
            line = f"  {kind.upper()} {k[:2]} {path_of(k[3])} {why}{obs} [{combo(k)}]"
            tag = kn(kind, k)
            lines.append(line + (f"  [known: {tag}]" if tag else ""))
            if not tag:
                unknown.append(line)
    seen_age: set[str | None] = set()
    for k in tps:
        e, f = expected[k], actual[k]
        if e.check == "column_stale" and e.category:
            want = {"age_days": e.age, "max_age_days": MAX_AGE[e.category]}
            got = {n: f["observed"].get(n) for n in want}
            if got != want:
                line = f"  WRONG AGE {k[:2]} {path_of(k[3])}: want {want}, got {got} [{combo(k)}]"
                tag = kn("age", k)
                lines.append(line + (f"  [known: {tag}]" if tag else ""))
                seen_age.add(tag)
                if not tag:
                    unknown.append(line)
    seen = {kn("fp", k) for k in fps} | {kn("fn", k) for k in fns} | seen_age
    for (s, *_rest), why in KNOWN.items():
        if s == seed and why not in seen:
            lines.append(f"  known discrepancy no longer seen (fixed?): {why}")
    print("\n".join(lines))
    assert not unknown, "\n".join(["unexplained differences:", *unknown])
