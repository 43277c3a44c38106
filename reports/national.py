"""The national inspection lines (RULES.md §2) as the month ends: safe, early warning, or over.

The state of each unit is its latest complete run of the month (for full weekly
runs, simply the month's latest complete run), so a partial recheck of one unit
neither hides nor repeats another unit's columns. The lines judge the whole
site; they are shown beside the units, not held against any one of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from checks.model import FAIL, Finding, PortalConfig, RunRecord
from reports.periods import Month
from reports.rectification import checked_units, complete_runs
from reports.scoring import Line, Scoring

Level = Literal["safe", "warning", "over", "no_data"]

LABELS = {
    "key_stale": "动态/要闻及一级通知公告/政策文件栏目不更新",
    "stale": "应更新未更新栏目",
    "blank": "空白栏目",
    "home_age_days": "首页未更新天数",
    "unavailable_share": "站点无法访问比例",
}
LEVEL_NAMES = {"safe": "安全", "warning": "预警", "over": "超线（单项否决）", "no_data": "无数据"}


@dataclass(frozen=True, slots=True)
class LineState:
    name: str
    value: Decimal | None
    line: Line
    level: Level
    note: str = ""
    columns: tuple[Finding, ...] = ()  # the stale or blank columns counted (evidence)

    @property
    def label(self) -> str:
        return LABELS[self.name]


@dataclass(frozen=True, slots=True)
class NationalLines:
    as_of: date | None  # the latest complete run of the month, None when there is none
    lines: tuple[LineState, ...]


def latest_complete_run(runs: Sequence[RunRecord], month: Month) -> RunRecord | None:
    inside = [r for r in complete_runs(runs) if month.contains(r.as_of)]
    return inside[-1] if inside else None


def key_categories(config: PortalConfig, scoring: Scoring) -> set[str]:
    """动态/要闻 categories by name, plus top-level ones (一级 通知公告/政策文件)."""
    if scoring.key_categories is not None:
        return set(scoring.key_categories)
    return {
        c.id
        for c in config.categories.values()
        if c.top_level or any("动态" in n or "要闻" in n for n in c.names)
    }


def national_lines(
    config: PortalConfig,
    runs: Sequence[RunRecord],
    month: Month,
    scoring: Scoring,
    *,
    home_newest: date | None = None,
    availability: float | None = None,
) -> NationalLines:
    """`home_newest`: the home page's newest item in the month's latest complete run.

    `availability`: the share of probes that loaded (0–1) over the period, when probes exist.
    """
    latest = _latest_per_unit(runs, month)
    last_run = latest_complete_run(runs, month)
    if last_run is None:
        empty = tuple(
            LineState(name, None, getattr(scoring, name), "no_data", "本月无完成的检查")
            for name in LABELS
        )
        return NationalLines(None, empty)
    fails = [f for f in latest if f.severity == FAIL]
    stale = tuple(f for f in fails if f.check == "column_stale")
    keys = key_categories(config, scoring)
    key_stale = tuple(f for f in stale if f.category in keys)
    blank = tuple(f for f in fails if f.check == "column_empty")
    lines = (
        _count("key_stale", key_stale, scoring.key_stale),
        _count("stale", stale, scoring.stale),
        _count("blank", blank, scoring.blank),
        _home(home_newest, last_run.as_of, scoring.home_age_days),
        _availability(availability, scoring.unavailable_share),
    )
    return NationalLines(last_run.as_of, lines)


def _latest_per_unit(runs: Sequence[RunRecord], month: Month) -> list[Finding]:
    latest: dict[str, RunRecord] = {}
    for run in complete_runs(runs):
        if month.contains(run.as_of):
            for unit in checked_units(run):
                latest[unit] = run
    return [f for unit, run in latest.items() for f in run.findings if f.unit == unit]


def _level(value: Decimal, line: Line, *, strict: bool = False) -> Level:
    over = value > line.veto if strict else value >= line.veto
    if over:
        return "over"
    return "warning" if value >= line.warn else "safe"


def _count(name: str, columns: tuple[Finding, ...], line: Line) -> LineState:
    value = Decimal(len(columns))
    return LineState(name, value, line, _level(value, line), columns=columns)


def _home(newest: date | None, as_of: date, line: Line) -> LineState:
    if newest is None:
        return LineState("home_age_days", None, line, "no_data", "未读取到首页最新信息日期")
    age = Decimal((as_of - newest).days)
    return LineState(
        "home_age_days", age, line, _level(age, line, strict=True), f"最新信息 {newest.isoformat()}"
    )


def _availability(availability: float | None, line: Line) -> LineState:
    if availability is None:
        return LineState("unavailable_share", None, line, "no_data", "无探测数据 / no probes")
    share = (Decimal(1) - Decimal(str(availability))).quantize(Decimal("0.0001"))
    return LineState("unavailable_share", share, line, _level(share, line))


def lines_json(national: NationalLines) -> dict[str, Any]:
    return {
        "as_of": national.as_of.isoformat() if national.as_of else None,
        "lines": [
            {
                "line": s.name,
                "label": s.label,
                "value": float(s.value) if s.value is not None else None,
                "warn_at": float(s.line.warn),
                "veto_at": float(s.line.veto),
                "level": s.level,
                "note": s.note,
                "columns": [
                    {"unit": f.unit, "column": f.column, "url": f.url, "category": f.category}
                    for f in s.columns
                ],
            }
            for s in national.lines
        ],
    }
