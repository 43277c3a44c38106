"""How long a year of reports takes: 12 monthly, 4 quarterly, 1 annual, HTML and JSON.

100 units, 52 weekly runs with a realistic mix of findings (most units clean
most weeks; stale and broken links common; an injection rare). Goal: < 2 s.

    python -m bench.reports [--units 100] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

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
from reports.annual import build_annual
from reports.monthly import build_monthly
from reports.periods import Month, Quarter
from reports.quarterly import build_quarterly
from reports.render import Report, render_html, to_json
from reports.scoring import DEFAULT_SCORING

BASE = "http://www.example.gov.cn"
MIX = [
    ("column_stale", 0.08),
    ("column_empty", 0.02),
    ("column_unreachable", 0.02),
    ("broken_link", 0.15),
    ("category_missing", 0.03),
    ("subpage_unreachable", 0.01),
    ("content_injection", 0.002),
]


def portal(n: int) -> PortalConfig:
    return PortalConfig(
        portal=Portal("渭滨区人民政府", f"{BASE}/"),
        crawl=CrawlSettings(),
        categories={
            "dynamic": Category("dynamic", ("工作动态",), 14, ("department",)),
            "notice": Category("notice", ("通知公告",), 183, top_level=True),
        },
        units=tuple(
            Unit(
                f"u{i:03d}",
                f"单位{i:03d}",
                "department",
                f"{BASE}/bm/u{i:03d}/",
                (
                    Column("工作动态", f"{BASE}/bm/u{i:03d}/gzdt/", "dynamic"),
                    Column("通知公告", f"{BASE}/bm/u{i:03d}/tzgg/", "notice"),
                ),
            )
            for i in range(n)
        ),
    )


def runs(config: PortalConfig, year: int, rng: random.Random) -> list[RunRecord]:
    start = date(year, 1, 5)
    out = []
    for week in range(52):
        as_of = start + timedelta(weeks=week)
        found: list[Finding] = []
        for unit in config.units:
            for check, p in MIX:
                if rng.random() < p:
                    column = unit.columns[rng.randrange(2)]
                    found.append(
                        Finding(
                            unit.id,
                            check,
                            "fail",
                            column.url,
                            f"{column.name} {check}",
                            column.name,
                            column.category,
                            {"newest": "2026-01-01", "age_days": 30, "max_age_days": 14},
                        )
                    )
        out.append(
            RunRecord(week + 1, as_of, "complete", tuple(u.id for u in config.units), tuple(found))
        )
    return out


@dataclass(frozen=True, slots=True)
class YearOfReports:
    units: int
    findings: int
    compute_s: float
    render_s: float
    html_bytes: int

    @property
    def total_s(self) -> float:
        return self.compute_s + self.render_s


def year_of_reports(units: int = 100, out: Path | None = None) -> YearOfReports:
    """Build and render the 17 reports of a year from 52 weekly runs of `units` units."""
    config = portal(units)
    year_runs = runs(config, 2026, random.Random(7))
    year_end = {u.id: Decimal(80 + i % 20) for i, u in enumerate(config.units)}
    began = time.perf_counter()
    built: list[Report] = [
        build_monthly(config, year_runs, Month(2026, m), DEFAULT_SCORING) for m in range(1, 13)
    ]
    built += [
        build_quarterly(config, year_runs, Quarter(2026, q), DEFAULT_SCORING) for q in range(1, 5)
    ]
    built.append(build_annual(config, year_runs, 2026, DEFAULT_SCORING, year_end))
    computed = time.perf_counter()
    pages = [(render_html(r), json.dumps(to_json(r), ensure_ascii=False)) for r in built]
    done = time.perf_counter()
    if out:
        out.mkdir(parents=True, exist_ok=True)
        for i, (html, doc) in enumerate(pages):
            (out / f"{i:02d}.html").write_text(html, encoding="utf-8")
            (out / f"{i:02d}.json").write_text(doc, encoding="utf-8")
    return YearOfReports(
        units=units,
        findings=sum(len(r.findings) for r in year_runs),
        compute_s=computed - began,
        render_s=done - computed,
        html_bytes=sum(len(h) for h, _ in pages),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    year = year_of_reports(args.units, args.out)
    print(
        f"units {year.units}, runs 52, findings {year.findings}: "
        f"compute {year.compute_s:.2f} s, render {year.render_s:.2f} s, "
        f"total {year.total_s:.2f} s (goal < 2 s); HTML {year.html_bytes / 1e6:.1f} MB"
    )
    return 0 if year.total_s < 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
