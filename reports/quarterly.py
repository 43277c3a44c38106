"""The quarterly ranking (季考核排名): 100 points less deductions, plus manual adjustments, ranked.

RULES.md §4. Deductions come from each unit's *weekly* runs: of the complete
runs that checked a unit in one ISO week, the weekly check is the one that
checked the most units (the crawl of every unit, whatever its weekday), the
first of them on a tie; the others that week are on-demand checks and rechecks,
which serve rectification and neither add nor remove points. Broken links are
capped per unit per run. Ties share a rank (1, 2, 2, 4); the last place is
marked only when someone ranks above it — if every unit scores the same, no
one is last.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from checks.model import FAIL, PortalConfig, RunRecord
from reports.monthly import Result, month_results
from reports.periods import Quarter
from reports.rectification import checked_units, complete_runs
from reports.scoring import Scoring

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Adjustment:
    """A manual deduction (negative) or bonus for what no crawler sees (信息报送, 新媒体)."""

    unit: str
    points: Decimal
    reason: str
    quarter: Quarter | None = None  # None: applies to whichever quarter is being scored
    source: str = ""  # file:line, for the record


@dataclass(frozen=True, slots=True)
class Deduction:
    run: int
    as_of: date
    check: str
    count: int
    points: Decimal  # after the per-run cap


@dataclass(frozen=True, slots=True)
class QuarterlyUnit:
    unit: str
    name: str
    runs: int  # weekly runs of the quarter that checked the unit
    deductions: tuple[Deduction, ...]
    adjustments: tuple[Adjustment, ...]
    score: Decimal | None  # None when no weekly run checked the unit this quarter
    rank: int | None
    last_place: bool
    months: tuple[tuple[str, Result | None], ...]


@dataclass(frozen=True, slots=True)
class QuarterlyReport:
    quarter: Quarter
    portal: str
    units: tuple[QuarterlyUnit, ...]  # in rank order; unscored units last
    runs: tuple[int, ...]
    unfinished: tuple[tuple[int, date, str], ...]


def weekly_runs(runs: Sequence[RunRecord], unit: str) -> list[RunRecord]:
    """The weekly check of each ISO week that checked the unit (see module docstring): an
    on-demand `crawl --unit` on Wednesday must not stand in for Friday's crawl of every unit."""
    chosen: dict[tuple[int, int], tuple[int, RunRecord]] = {}
    for run in complete_runs(runs):
        checked = checked_units(run)
        if unit not in checked:
            continue
        week = run.as_of.isocalendar()[:2]
        if week not in chosen or len(checked) > chosen[week][0]:
            chosen[week] = (len(checked), run)
    return [run for _, run in chosen.values()]


def run_deductions(run: RunRecord, unit: str, scoring: Scoring) -> list[Deduction]:
    counts = Counter(f.check for f in run.findings if f.unit == unit and f.severity == FAIL)
    out = []
    for check, count in sorted(counts.items()):
        points = scoring.deduction(check) * count
        if check == "broken_link":
            points = min(points, scoring.broken_link_cap)
        out.append(Deduction(run.id, run.as_of, check, count, points))
    return out


def quarter_score(
    unit: str,
    runs: Sequence[RunRecord],
    quarter: Quarter,
    scoring: Scoring,
    adjustments: Sequence[Adjustment] = (),
) -> tuple[Decimal | None, list[Deduction], list[Adjustment], int]:
    """(score, deductions, adjustments applied, weekly runs counted) for one unit and quarter."""
    weekly = [r for r in weekly_runs(runs, unit) if quarter.contains(r.as_of)]
    deductions = [d for r in weekly for d in run_deductions(r, unit, scoring)]
    applied = [a for a in adjustments if a.unit == unit and a.quarter in (None, quarter)]
    if not weekly:
        return None, deductions, applied, 0
    score = HUNDRED - sum((d.points for d in deductions), Decimal(0))
    score += sum((a.points for a in applied), Decimal(0))
    if scoring.score_floor is not None:
        score = max(score, scoring.score_floor)
    return score.quantize(CENT), deductions, applied, len(weekly)


def competition_ranks(scores: dict[str, Decimal]) -> dict[str, int]:
    """Standard competition ranking: equal scores share a rank, the next rank skips (1, 2, 2, 4)."""
    ordered = sorted(scores.values(), reverse=True)
    first_index: dict[Decimal, int] = {}
    for i, value in enumerate(ordered):
        first_index.setdefault(value, i + 1)
    return {unit: first_index[score] for unit, score in scores.items()}


def build_quarterly(
    config: PortalConfig,
    runs: Sequence[RunRecord],
    quarter: Quarter,
    scoring: Scoring,
    adjustments: Sequence[Adjustment] = (),
) -> QuarterlyReport:
    """`runs` may reach outside the quarter; only complete runs filed in it are scored."""
    scored: dict[str, tuple[Decimal | None, list[Deduction], list[Adjustment], int]] = {
        u.id: quarter_score(u.id, runs, quarter, scoring, adjustments) for u in config.units
    }
    ranks = competition_ranks({k: v[0] for k, v in scored.items() if v[0] is not None})
    worst = max(ranks.values(), default=None)
    someone_above = len(set(ranks.values())) > 1
    monthly = [(str(m), month_results(config, runs, m)) for m in quarter.months]
    units = [
        QuarterlyUnit(
            unit=u.id,
            name=u.name,
            runs=scored[u.id][3],
            deductions=tuple(scored[u.id][1]),
            adjustments=tuple(scored[u.id][2]),
            score=scored[u.id][0],
            rank=ranks.get(u.id),
            last_place=someone_above and ranks.get(u.id) == worst,
            months=tuple((m, results[u.id]) for m, results in monthly),
        )
        for u in config.units
    ]
    units.sort(key=lambda u: (u.rank is None, u.rank or 0, u.unit))
    inside = [r for r in runs if quarter.contains(r.as_of)]
    return QuarterlyReport(
        quarter=quarter,
        portal=config.portal.name,
        units=tuple(units),
        runs=tuple(r.id for r in complete_runs(inside)),
        unfinished=tuple(
            (r.id, r.as_of, r.status) for r in sorted(inside, key=lambda r: r.id) if not r.complete
        ),
    )


def _num(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def to_json(report: QuarterlyReport) -> dict[str, Any]:
    return {
        "quarter": str(report.quarter),
        "units": [
            {
                "unit": u.unit,
                "name": u.name,
                "score": _num(u.score),
                "rank": u.rank,
                "last_place": u.last_place,
                "runs_counted": u.runs,
                "months": [{"month": m, "result": r} for m, r in u.months],
                "deductions": [
                    {"run": d.run, "as_of": d.as_of.isoformat(), "check": d.check,
                     "count": d.count, "points": float(d.points)}
                    for d in u.deductions
                ],
                "adjustments": [
                    {"points": float(a.points), "reason": a.reason, "source": a.source}
                    for a in u.adjustments
                ],
            }
            for u in report.units
        ],
        "runs": list(report.runs),
        "unfinished_runs": [
            {"id": i, "as_of": d.isoformat(), "status": s} for i, d, s in report.unfinished
        ],
    }
