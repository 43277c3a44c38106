"""The monthly bulletin (月通报) after a trap portal's crawl: every unit judged right, and no
markup from crawled pages reaching the HTML unescaped.

RULES.md §4: a unit is `fail` for the month when any `fail` finding stands against it in a run
filed in that month. Hostile titles and links (`HOSTILE`) are put on the portal's pages so that
they reach findings' evidence; the HTML must show them as text, never as markup.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from datetime import date
from html import escape
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")

RunCli = Callable[..., CompletedProcess[str]]


def _shown(problem: dict[str, Any]) -> str:
    """The parts of a finding the HTML bulletin shows (message, link target, where found)."""
    f = problem.get("finding", problem)
    observed = f.get("observed") or {}
    found_on = observed.get("found_on") or []
    if isinstance(found_on, str):
        found_on = [found_on]
    return "\n".join([str(f.get("message", "")), str(f.get("url", "")), *map(str, found_on)])


def check_bulletin(
    run_cli: RunCli,
    config: Path,
    db: str,
    as_of: date,
    units: Collection[str],
    failing: Collection[str],
    known: dict[str, str],
    out: Path,
    future_month: str | None = None,
) -> tuple[list[str], list[str]]:
    """Run `report monthly` (json, html) for `as_of`'s month; returns (report lines, errors).

    `failing`: the units with an expected `fail` finding; `known`: unit → the known discrepancy
    that explains a wrong judgement of that unit (reported, not an error); `future_month`: the
    known discrepancy explaining a bulletin that counts no run because the month is after
    today's date (the runs were filed there by `--as-of`)."""
    month = f"{as_of:%Y-%m}"
    lines = ["", f"monthly bulletin {month}:"]
    errors: list[str] = []
    js = run_cli(config, db, "report", "monthly", month, "--format", "json")
    if js.returncode != 0:
        return lines, [f"report monthly --format json failed: {js.stderr[-2000:]}"]
    report = json.loads(js.stdout)
    if report.get("month") != month:
        errors.append(f"  report month {report.get('month')!r}, want {month!r}")
    counted = report.get("summary", {}).get("runs_counted")
    if not report.get("runs") or counted == 0:
        line = f"  the bulletin counts no run of {month} (summary {report.get('summary')})"
        if future_month:
            lines.append(line + f"  [known: {future_month}]")
            return lines, errors
        return lines, [*errors, line]
    results = {u["unit"]: u for u in report["units"]}
    if set(results) != set(units):
        errors.append(f"  units {sorted(results)} != configured {sorted(units)}")
    wrong = 0
    for uid in sorted(units):
        want = "fail" if uid in failing else "pass"
        got = results.get(uid, {}).get("result")
        if got == want:
            continue
        wrong += 1
        line = f"  WRONG RESULT {uid}: want {want} (不合格)" if want == "fail" else ""
        line = line or f"  WRONG RESULT {uid}: want pass (合格)"
        line += f", got {got}"
        if uid in known:
            lines.append(line + f"  [known: {known[uid]}]")
        else:
            lines.append(line)
            errors.append(line)
    n_fail = sum(1 for u in report["units"] if u.get("result") == "fail")
    lines.append(
        f"  {len(units) - wrong}/{len(units)} units judged right; "
        f"不合格 {n_fail}, 合格 {len(report['units']) - n_fail}"
    )

    htm = run_cli(config, db, "report", "monthly", month, "--format", "html", "--out", str(out))
    if htm.returncode != 0:
        return lines, [*errors, f"report monthly --format html failed: {htm.stderr[-2000:]}"]
    page = (out / f"{month}.html").read_text(encoding="utf-8")
    shown = "\n".join(_shown(p) for u in report["units"] for p in u.get("problems", []))
    reached = [s for s in HOSTILE if s in shown]
    if not reached:
        errors.append("  no hostile markup reached a shown field of any finding: check is vacuous")
    for s in HOSTILE:
        if s in page:
            errors.append(f"  UNESCAPED in HTML: {s}")
    for s in reached:
        if escape(s, quote=False) not in page:
            errors.append(f"  hostile text {s!r} is in the findings but not shown escaped")
    lines.append(f"  hostile markup shown escaped, never raw: {reached}")
    lines += [e for e in errors if e not in lines]
    return lines, errors
