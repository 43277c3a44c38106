"""The monthly bulletin (月通报): each unit 合格/不合格 for the month, its problems, what follows.

RULES.md §4: a unit fails the month when any `fail` finding stands against it
in any complete run filed (by `as_of`) in that month. A unit no complete run of
the month checked is reported as not checked (`checked: false`), never as a
fail; unfinished runs are listed and never counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from checks.model import FAIL, PortalConfig, RunRecord
from reports.national import NationalLines, lines_json, national_lines
from reports.periods import Month
from reports.rectification import ProblemState, checked_units, complete_runs, problem_states
from reports.scoring import Scoring

Result = Literal["pass", "fail"]

# 第十五条 of the measures: who is held to account, and how.
MONTH_FAIL = (
    "全区通报批评；政府分管领导约谈单位主要领导；对分管领导和直接责任人进行效能监察；"
    "向政务公开领导小组办公室作出书面检查（第十五条第二项）"
)
NOT_RECTIFIED = (
    "周检查发现问题整改不力：责成单位对直接责任人给予告诫或批评教育（第十五条第一项）"
)
TREND_MONTHS = 6


@dataclass(frozen=True, slots=True)
class RunRef:
    id: int
    as_of: date
    status: str


@dataclass(frozen=True, slots=True)
class MonthlyUnit:
    unit: str
    name: str
    result: Result
    checked: int  # complete runs of the month that checked the unit
    problems: tuple[ProblemState, ...]  # problems seen in the month, with their rectification
    failed_last_month: bool
    consequences: tuple[str, ...]

    @property
    def verdict(self) -> str:
        """The result as every form shows it: a unit no run of the month checked is
        not_checked, never pass (there is nothing to call 合格)."""
        return self.result if self.checked else "not_checked"


@dataclass(frozen=True, slots=True)
class TrendPoint:
    month: str
    passed: int
    checked: int


@dataclass(frozen=True, slots=True)
class MonthlyReport:
    month: Month
    portal: str
    as_of: date
    units: tuple[MonthlyUnit, ...]
    runs: tuple[RunRef, ...]  # complete runs counted
    unfinished: tuple[RunRef, ...]  # runs of the month left unfinished: listed, not counted
    national: NationalLines
    trend: tuple[TrendPoint, ...]  # oldest first, ending with this month

    @property
    def repeat_failures(self) -> tuple[MonthlyUnit, ...]:
        return tuple(u for u in self.units if u.result == "fail" and u.failed_last_month)

    @property
    def problems_by_check(self) -> dict[str, int]:
        counts = Counter(p.key[1] for u in self.units for p in u.problems)
        return dict(sorted(counts.items()))


def month_results(
    config: PortalConfig, runs: Sequence[RunRecord], month: Month
) -> dict[str, Result | None]:
    """Each configured unit's result for a month; None when no complete run checked the unit."""
    results: dict[str, Result | None] = {u.id: None for u in config.units}
    for run in complete_runs(runs):
        if not month.contains(run.as_of):
            continue
        failing = {f.unit for f in run.findings if f.severity == FAIL}
        for unit in checked_units(run) & results.keys():
            if unit in failing:
                results[unit] = "fail"
            elif results[unit] is None:
                results[unit] = "pass"
    return results


def build_monthly(
    config: PortalConfig,
    runs: Sequence[RunRecord],
    month: Month,
    scoring: Scoring,
    *,
    as_of: date | None = None,
    home_newest: date | None = None,
    availability: float | None = None,
) -> MonthlyReport:
    """`runs` may reach back before the month: earlier runs give first-seen dates and last month.

    `as_of` is the day rectification is judged on (default the month's last day);
    runs filed after it are ignored.
    """
    day = min(as_of or month.last, month.last)
    runs = [r for r in runs if r.as_of <= day]
    results = month_results(config, runs, month)
    last = month_results(config, runs, month.previous())
    states = problem_states(runs, day, scoring)
    counted = [r for r in complete_runs(runs) if month.contains(r.as_of)]
    units = tuple(
        _unit(u.id, u.name, results[u.id], last[u.id], counted, states, month)
        for u in config.units
    )
    return MonthlyReport(
        month=month,
        portal=config.portal.name,
        as_of=day,
        units=units,
        runs=tuple(RunRef(r.id, r.as_of, r.status) for r in counted),
        unfinished=tuple(
            RunRef(r.id, r.as_of, r.status)
            for r in sorted(runs, key=lambda r: (r.as_of, r.id))
            if not r.complete and month.contains(r.as_of)
        ),
        national=national_lines(
            config, runs, month, scoring, home_newest=home_newest, availability=availability
        ),
        trend=_trend(config, runs, month),
    )


def _unit(
    unit: str,
    name: str,
    result: Result | None,
    last: Result | None,
    counted: list[RunRecord],
    states: list[ProblemState],
    month: Month,
) -> MonthlyUnit:
    problems = tuple(
        p for p in states if p.unit == unit and any(month.contains(s.as_of) for s in p.sightings)
    )
    consequences: list[str] = []
    if result == "fail":
        consequences.append(MONTH_FAIL)
    if any(p.late for p in problems):
        consequences.append(NOT_RECTIFIED)
    return MonthlyUnit(
        unit=unit,
        name=name,
        result=result or "pass",
        checked=sum(1 for r in counted if unit in checked_units(r)),
        problems=problems,
        failed_last_month=last == "fail",
        consequences=tuple(consequences),
    )


def _trend(config: PortalConfig, runs: Sequence[RunRecord], month: Month) -> tuple[TrendPoint, ...]:
    months = [month]
    for _ in range(TREND_MONTHS - 1):
        months.insert(0, months[0].previous())
    points = []
    for m in months:
        results = month_results(config, runs, m)
        checked = [r for r in results.values() if r is not None]
        points.append(TrendPoint(str(m), sum(1 for r in checked if r == "pass"), len(checked)))
    return tuple(points)


def problem_json(p: ProblemState, month: Month) -> dict[str, Any]:
    """INTERFACE.md's finding fields (of the month's latest sighting) plus its rectification."""
    inside = [s for s in p.sightings if month.contains(s.as_of)]
    latest = inside[-1]
    out = latest.finding.as_json(latest.run)
    out.update(
        as_of=latest.as_of.isoformat(),
        first_seen=p.first_seen.isoformat(),
        deadline=p.deadline.isoformat(),
        state=p.state,
        rectified_on=p.rectified_on.isoformat() if p.rectified_on else None,
        late=p.late,
        seen_in_runs=[s.run for s in inside],
    )
    return out


def to_json(report: MonthlyReport) -> dict[str, Any]:
    checked = [u for u in report.units if u.checked]
    return {
        "month": str(report.month),
        "units": [
            {
                "unit": u.unit,
                "name": u.name,
                "result": u.verdict,
                "problems": [problem_json(p, report.month) for p in u.problems],
                "checked": u.checked > 0,
                "runs_checked": u.checked,
                "failed_last_month": u.failed_last_month,
                "consequences": list(u.consequences),
            }
            for u in report.units
        ],
        "summary": {
            "as_of": report.as_of.isoformat(),
            "units": len(report.units),
            "units_checked": len(checked),
            "runs_counted": len(report.runs),
            "passed": sum(1 for u in checked if u.result == "pass"),
            "failed": sum(1 for u in checked if u.result == "fail"),
            "problems_by_check": report.problems_by_check,
            "failed_this_and_last_month": [u.unit for u in report.repeat_failures],
        },
        "runs": [{"id": r.id, "as_of": r.as_of.isoformat()} for r in report.runs],
        "unfinished_runs": [
            {"id": r.id, "as_of": r.as_of.isoformat(), "status": r.status}
            for r in report.unfinished
        ],
        "national": lines_json(report.national),
        "trend": [
            {"month": t.month, "passed": t.passed, "checked": t.checked} for t in report.trend
        ],
    }
