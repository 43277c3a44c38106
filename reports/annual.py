"""The annual assessment (年度考核): daily (mean of quarters) and year-end, weighted, graded.

RULES.md §4 and 第八条/第十条. A quarter counts for a unit when a weekly run of
that quarter checked it; the report says which were counted. The year-end half
is an input: when it is missing, the total and grade are pending (待定), never
computed as if the unit had scored 0. A `veto_checks` finding (content
injection) anywhere in the year's complete runs is 一票否决: 不合格, with its evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any

from checks.model import FAIL, Finding, PortalConfig, RunRecord
from reports.periods import quarters_of
from reports.quarterly import Adjustment, quarter_score
from reports.rectification import complete_runs
from reports.scoring import Scoring

CENT = Decimal("0.01")
PENDING = "待定"


@dataclass(frozen=True, slots=True)
class Evidence:
    run: int
    as_of: date
    finding: Finding


@dataclass(frozen=True, slots=True)
class AnnualUnit:
    unit: str
    name: str
    quarters: tuple[tuple[str, Decimal | None], ...]  # every quarter; None when not counted
    daily: Decimal | None  # exact: rounded only where it is shown
    year_end: Decimal | None
    total: Decimal | None  # exact: the grade is read from this, never from a rounded figure
    grade: str  # 优秀/良好/合格/不合格, or 待定 when the total is pending
    veto: bool
    evidence: tuple[Evidence, ...]
    pending: str  # why the total is pending ("" when it is not)

    daily_shown: Decimal | None  # on a two-decimal sheet (`shown`)
    total_shown: Decimal | None


@dataclass(frozen=True, slots=True)
class AnnualReport:
    year: int
    portal: str
    units: tuple[AnnualUnit, ...]
    quarters_with_runs: tuple[str, ...]
    unfinished: tuple[tuple[int, date, str], ...]


def weighted_total(daily: Decimal, year_end: Decimal, scoring: Scoring) -> Decimal:
    """Exact: RULES §4 gives no rounding, and rounding before grading can lift a unit over a
    grade line (a daily 99.875 rounded to 99.88 makes a 59.9975 total 60.00, 合格)."""
    return daily * scoring.weight_daily + year_end * scoring.weight_year_end


def mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def build_annual(
    config: PortalConfig,
    runs: Sequence[RunRecord],
    year: int,
    scoring: Scoring,
    year_end: Mapping[str, Decimal],
    adjustments: Sequence[Adjustment] = (),
) -> AnnualReport:
    inside = [r for r in runs if r.as_of.year == year]
    counted = complete_runs(inside)
    units = tuple(
        _unit(u.id, u.name, runs, year, scoring, year_end.get(u.id), adjustments)
        for u in config.units
    )
    with_runs = tuple(
        str(q) for q in quarters_of(year) if any(q.contains(r.as_of) for r in counted)
    )
    return AnnualReport(
        year=year,
        portal=config.portal.name,
        units=units,
        quarters_with_runs=with_runs,
        unfinished=tuple(
            (r.id, r.as_of, r.status) for r in sorted(inside, key=lambda r: r.id) if not r.complete
        ),
    )


def _unit(
    unit: str,
    name: str,
    runs: Sequence[RunRecord],
    year: int,
    scoring: Scoring,
    year_end: Decimal | None,
    adjustments: Sequence[Adjustment],
) -> AnnualUnit:
    quarters = tuple(
        (str(q), quarter_score(unit, runs, q, scoring, adjustments)[0]) for q in quarters_of(year)
    )
    scores = [s for _, s in quarters if s is not None]
    daily = mean(scores) if scores else None
    evidence = tuple(
        Evidence(r.id, r.as_of, f)
        for r in complete_runs(runs)
        if r.as_of.year == year
        for f in r.findings
        if f.unit == unit and f.severity == FAIL and f.check in scoring.veto_checks
    )
    total = None
    if daily is not None and year_end is not None:
        total = weighted_total(daily, year_end, scoring)
    pending = []
    if daily is None:
        pending.append("本年度无完成的检查 / no complete run checked the unit this year")
    if year_end is None:
        pending.append("缺年终考核分 / year-end score missing")
    if evidence:
        grade = "不合格"
    elif total is None:
        grade = PENDING
    else:
        grade = scoring.grade(total)
    return AnnualUnit(
        unit=unit,
        name=name,
        quarters=quarters,
        daily=daily,
        year_end=year_end,
        total=total,
        grade=grade,
        veto=bool(evidence),
        evidence=evidence,
        pending="；".join(pending),
        daily_shown=shown(daily, scoring),
        total_shown=shown(total, scoring),
    )


def _num(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def shown(value: Decimal | None, scoring: Scoring) -> Decimal | None:
    """A score on a two-decimal sheet: rounded half-up, unless that would put it across a grade
    line from the exact figure (59.9975 shows 59.99 beside 不合格, never 60.00)."""
    if value is None:
        return None
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    if scoring.grade(rounded) == scoring.grade(value):
        return rounded
    return value.quantize(CENT, rounding=ROUND_FLOOR)


def to_json(report: AnnualReport) -> dict[str, Any]:
    return {
        "year": report.year,
        "units": [
            {
                "unit": u.unit,
                "name": u.name,
                "daily": _num(u.daily_shown),
                "year_end": _num(u.year_end),
                "total": _num(u.total_shown),
                "grade": u.grade,
                "veto": u.veto,
                "pending": u.pending or None,
                "quarters": [{"quarter": q, "score": _num(s)} for q, s in u.quarters],
                "quarters_counted": [q for q, s in u.quarters if s is not None],
                "evidence": [
                    {"run": e.run, "as_of": e.as_of.isoformat(), "check": e.finding.check,
                     "url": e.finding.url, "message": e.finding.message,
                     "observed": e.finding.observed}
                    for e in u.evidence
                ],
            }
            for u in report.units
        ],
        "quarters_with_runs": list(report.quarters_with_runs),
        "unfinished_runs": [
            {"id": i, "as_of": d.isoformat(), "status": s} for i, d, s in report.unfinished
        ],
    }
