"""The freshness checks of the weekly run: reachable, not empty, not stale (RULES.md §3).

Pure: observations, categories and `as_of` in, findings out. A page that could
not be fetched is `*_unreachable` and nothing else; a page that could not be
read is `extraction_failed` (a warning), never stale — a wrong 不合格 costs a
unit more than a missed warning costs us.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from checks.model import (
    FAIL,
    WARN,
    Category,
    Column,
    Fetched,
    Finding,
    Observation,
    Unit,
    Unreachable,
    Unreadable,
)


def is_stale(newest: date, as_of: date, max_age_days: int) -> bool:
    """Strictly older: a column exactly max_age_days old still passes."""
    return (as_of - newest).days > max_age_days


def check_subpage(unit: Unit, subpage: Observation) -> list[Finding]:
    outcome = subpage.outcome
    if isinstance(outcome, Unreachable):
        return [
            Finding(
                unit=unit.id,
                check="subpage_unreachable",
                severity=FAIL,
                url=unit.subpage,
                message=f"{unit.name} 子页面无法访问（{_describe_unreachable(outcome)}）",
                observed=_unreachable_evidence(outcome),
            )
        ]
    if isinstance(outcome, Unreadable):
        # README: "a page it could not read is a warning for an operator (extraction_failed)".
        # Its categories are not judged (checks/categories.py), so without this warning an
        # unreadable subpage would be silent and its missing categories unseen.
        return [
            Finding(
                unit=unit.id,
                check="extraction_failed",
                severity=WARN,
                url=unit.subpage,
                message=f"{unit.name} 子页面无法读取（{outcome.reason}），请人工核查",
                observed=_unreadable_evidence(outcome),
            )
        ]
    return []


def check_column(
    unit: Unit, column: Column, category: Category, observation: Observation, as_of: date
) -> list[Finding]:
    """At most one freshness finding per column: the first that applies, in order of severity."""
    outcome = observation.outcome
    if isinstance(outcome, Unreachable):
        return [
            _finding(
                unit,
                column,
                "column_unreachable",
                FAIL,
                f"{column.name} 栏目无法访问（{_describe_unreachable(outcome)}）",
                _unreachable_evidence(outcome),
            )
        ]
    if isinstance(outcome, Unreadable):
        return [
            _finding(
                unit,
                column,
                "extraction_failed",
                WARN,
                f"{column.name} 栏目页面无法读取（{outcome.reason}），请人工核查",
                _unreadable_evidence(outcome),
            )
        ]
    return _check_fetched(unit, column, category, outcome, as_of)


def _check_fetched(
    unit: Unit, column: Column, category: Category, page: Fetched, as_of: date
) -> list[Finding]:
    if not page.items:
        if page.empty_marker is not None:
            return [
                _finding(
                    unit,
                    column,
                    "column_empty",
                    FAIL,
                    f"{column.name} 栏目为空白栏目（{page.empty_marker}）",
                    {"items": 0, "marker": page.empty_marker, "status": page.status},
                )
            ]
        if category.max_age_days is None:
            # No deadline, no date needed: a 机构概况 column is often one article, no list.
            return []
        return [
            _finding(
                unit,
                column,
                "extraction_failed",
                WARN,
                f"{column.name} 栏目未能识别出信息列表，请人工核查或配置选择器",
                {"items": 0, "status": page.status, "rule": page.newest_rule},
            )
        ]
    if page.newest is None and category.max_age_days is not None:
        return [
            _finding(
                unit,
                column,
                "extraction_failed",
                WARN,
                f"{column.name} 栏目有 {len(page.items)} 条信息，但未能读出发布日期，请人工核查",
                {"items": len(page.items), "status": page.status, "rule": page.newest_rule},
            )
        ]
    if category.max_age_days is None or page.newest is None:
        return []
    age = (as_of - page.newest).days
    if not is_stale(page.newest, as_of, category.max_age_days):
        return []
    return [
        _finding(
            unit,
            column,
            "column_stale",
            FAIL,
            f"{column.name} 栏目已 {age} 天未更新（要求 {category.max_age_days} 天内）",
            {
                "newest": page.newest.isoformat(),
                "age_days": age,
                "max_age_days": category.max_age_days,
                "rule": page.newest_rule,
            },
        )
    ]


def check_unit_freshness(
    unit: Unit,
    categories: Mapping[str, Category],
    subpage: Observation,
    columns: Mapping[str, Observation],
    as_of: date,
) -> list[Finding]:
    """The five freshness checks for one unit; `columns` maps a column URL to its observation."""
    findings = check_subpage(unit, subpage)
    for column in unit.columns:
        observation = columns.get(column.url)
        if observation is None:
            continue
        findings.extend(check_column(unit, column, categories[column.category], observation, as_of))
    return findings


def _finding(
    unit: Unit,
    column: Column,
    check: str,
    severity: str,
    message: str,
    observed: dict[str, object],
) -> Finding:
    return Finding(
        unit=unit.id,
        check=check,
        severity="fail" if severity == FAIL else "warn",
        url=column.url,
        message=message,
        column=column.name,
        category=column.category,
        observed={k: v for k, v in observed.items() if v is not None},
    )


def _unreachable_evidence(outcome: Unreachable) -> dict[str, object]:
    evidence: dict[str, object] = {"error": outcome.error}
    if outcome.status is not None:
        evidence["status"] = outcome.status
    return evidence


def _unreadable_evidence(outcome: Unreadable) -> dict[str, object]:
    evidence = {"reason": outcome.reason, "status": outcome.status, "encoding": outcome.encoding}
    return {k: v for k, v in evidence.items() if v is not None}


def _describe_unreachable(outcome: Unreachable) -> str:
    if outcome.status is not None:
        return f"HTTP {outcome.status}"
    return outcome.error
