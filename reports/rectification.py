"""Rectification (整改, 第十二条): when each problem was first seen, its deadline, is it fixed.

A problem is one unit/check/subject (`Finding.key`) seen in consecutive complete
runs that checked that unit. It is rectified on the day of the first later
complete run that checked the unit and no longer found it; until then it is
open, and overdue once `as_of` is past its deadline. A problem that comes back
after being rectified is a new problem with a new first-seen date: the unit did
fix it once. Only `fail` findings are problems; warnings count against no one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from checks.model import FAIL, Finding, RunRecord
from reports.periods import add_working_days
from reports.scoring import Scoring

State = Literal["open", "rectified", "overdue"]
Key = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Sighting:
    """One complete run that found the problem, with what it saw then (the evidence)."""

    run: int
    as_of: date
    finding: Finding


@dataclass(frozen=True, slots=True)
class ProblemState:
    unit: str
    key: Key
    sightings: tuple[Sighting, ...]  # consecutive, oldest first; never empty
    deadline: date
    state: State
    rectified_on: date | None

    @property
    def first_seen(self) -> date:
        return self.sightings[0].as_of

    @property
    def last_seen(self) -> date:
        return self.sightings[-1].as_of

    @property
    def finding(self) -> Finding:
        """The latest sighting's finding: what the unit must fix now."""
        return self.sightings[-1].finding

    @property
    def late(self) -> bool:
        """Not rectified by the deadline (第十五条 1: 告诫或批评教育 of the person responsible)."""
        return self.state == "overdue" or (
            self.rectified_on is not None and self.rectified_on > self.deadline
        )


def complete_runs(runs: Iterable[RunRecord], last: date | None = None) -> list[RunRecord]:
    """Complete runs in the order they count (as_of, then id); unfinished runs never count."""
    chosen = [r for r in runs if r.complete and (last is None or r.as_of <= last)]
    return sorted(chosen, key=lambda r: (r.as_of, r.id))


def checked_units(run: RunRecord) -> set[str]:
    """The units a run checked: those it names, and any it found something against."""
    return set(run.units) | {f.unit for f in run.findings}


def problem_states(runs: Sequence[RunRecord], as_of: date, scoring: Scoring) -> list[ProblemState]:
    """Every problem of the complete runs filed up to `as_of`, by unit and first seen."""
    open_now: dict[Key, list[Sighting]] = {}
    done: list[ProblemState] = []
    for run in complete_runs(runs, as_of):
        current = {f.key: f for f in run.findings if f.severity == FAIL}
        checked = checked_units(run)
        for key in [k for k in open_now if k[0] in checked and k not in current]:
            done.append(_state(open_now.pop(key), scoring, rectified_on=run.as_of, as_of=as_of))
        for key, finding in current.items():
            open_now.setdefault(key, []).append(Sighting(run.id, run.as_of, finding))
    done.extend(_state(s, scoring, rectified_on=None, as_of=as_of) for s in open_now.values())
    return sorted(done, key=lambda p: (p.unit, p.first_seen, p.key))


def _state(
    sightings: list[Sighting], scoring: Scoring, *, rectified_on: date | None, as_of: date
) -> ProblemState:
    deadline = add_working_days(sightings[0].as_of, scoring.rectification_days)
    state: State
    if rectified_on is not None:
        state = "rectified"
    elif as_of > deadline:
        state = "overdue"
    else:
        state = "open"
    return ProblemState(
        unit=sightings[0].finding.unit,
        key=sightings[0].finding.key,
        sightings=tuple(sightings),
        deadline=deadline,
        state=state,
        rectified_on=rectified_on,
    )


def rectified_by(before: Sequence[Finding], after: Sequence[Finding]) -> list[Finding]:
    """The `fail` findings of `before` that a recheck (`after`) no longer finds.

    Both must be the findings of the same unit: the recheck checked that unit
    whole, so a problem absent from `after` is fixed. Warnings are not problems.
    """
    still = {f.key for f in after}
    return [f for f in before if f.severity == FAIL and f.key not in still]
