"""Fixtures for the report tests: a small portal and a factory for runs and findings.

Reports are pure, so tests build `RunRecord`s and `Finding`s directly; expected
figures in the tests are computed by hand from these values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest

from checks.model import (
    Category,
    Column,
    CrawlSettings,
    Finding,
    Portal,
    PortalConfig,
    RunRecord,
    Unit,
)
from reports.scoring import DEFAULT_SCORING, Scoring

BASE = "http://www.example.gov.cn"
UNITS = (("fgj", "区发展和改革局"), ("jyj", "区教育局"), ("mzj", "区民政局"), ("jqz", "金渠镇"))


def make_config(units: Sequence[tuple[str, str]] = UNITS) -> PortalConfig:
    return PortalConfig(
        portal=Portal(name="渭滨区人民政府", base_url=f"{BASE}/"),
        crawl=CrawlSettings(),
        categories={
            "dynamic": Category("dynamic", ("工作动态", "部门动态"), 14, ("department",)),
            "notice": Category("notice", ("通知公告",), 183, (), top_level=True),
            "plan": Category("plan", ("规划计划",), 365),
        },
        units=tuple(
            Unit(
                id=uid,
                name=name,
                kind="department",
                subpage=f"{BASE}/bm/{uid}/",
                columns=(
                    Column("工作动态", f"{BASE}/bm/{uid}/gzdt/", "dynamic"),
                    Column("通知公告", f"{BASE}/bm/{uid}/tzgg/", "notice"),
                    Column("规划计划", f"{BASE}/bm/{uid}/ghjh/", "plan"),
                ),
            )
            for uid, name in units
        ),
    )


def finding(unit: str, check: str, subject: str = "gzdt", **extra: Any) -> Finding:
    """A finding against `unit`; `subject` picks the column (or category for category_missing)."""
    column = {
        "gzdt": ("工作动态", "dynamic"),
        "tzgg": ("通知公告", "notice"),
        "ghjh": ("规划计划", "plan"),
    }.get(subject)
    severity = extra.pop("severity", "fail")
    if check == "category_missing":
        return Finding(
            unit, check, severity, f"{BASE}/bm/{unit}/", f"缺少 {subject}", category=subject
        )
    if check == "broken_link":
        return Finding(
            unit,
            check,
            severity,
            f"{BASE}/dead/{unit}/{subject}",
            "断链",
            observed={"found_on": f"{BASE}/bm/{unit}/"},
        )
    if check in ("subpage_unreachable", "content_injection"):
        return Finding(
            unit,
            check,
            severity,
            extra.pop("url", f"{BASE}/bm/{unit}/"),
            extra.pop("message", check),
            observed=extra,
        )
    assert column is not None
    return Finding(
        unit,
        check,
        severity,
        f"{BASE}/bm/{unit}/{subject}/",
        f"{column[0]} {check}",
        column=column[0],
        category=column[1],
        observed=extra,
    )


def run(
    run_id: int,
    as_of: date,
    findings: Sequence[Finding] = (),
    *,
    status: str = "complete",
    units: Sequence[str] | None = None,
) -> RunRecord:
    return RunRecord(
        id=run_id,
        as_of=as_of,
        status=status,  # type: ignore[arg-type]
        units=tuple(units if units is not None else (u for u, _ in UNITS)),
        findings=tuple(findings),
    )


@pytest.fixture
def config() -> PortalConfig:
    return make_config()


@pytest.fixture
def scoring() -> Scoring:
    return DEFAULT_SCORING
