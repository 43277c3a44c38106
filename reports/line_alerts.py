"""When the weekly check moves the portal across a national line (RULES.md §2): which lines
changed level since last said, and the office's message (pure).

The lines are those of the monthly bulletin (reports/national.py) judged on one
complete run: home page not updated, stale columns, key stale columns, blank
columns. Availability has its own alerts from the probes; a line without data
changes nothing, so a run that could not read the home page neither raises nor
clears the home-page line.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from reports.national import LEVEL_NAMES, Level, LineState, NationalLines

WEEKLY = ("home_age_days", "key_stale", "stale", "blank")
SHOWN = 5  # columns named in a message; the bulletin lists them all


def line_crossings(
    before: Mapping[str, str], national: NationalLines
) -> list[tuple[LineState, str]]:
    """(line, previous level) for each weekly line whose level differs from what was last said;
    a line never said before counts as "safe"."""
    changed: list[tuple[LineState, str]] = []
    for state in national.lines:
        if state.name not in WEEKLY or state.level == "no_data":
            continue
        previous = before.get(state.name, "safe")
        if state.level != previous:
            changed.append((state, previous))
    return changed


def _number(value: Decimal | None) -> str:
    return "—" if value is None else f"{value.normalize():f}"


def line_message(state: LineState, previous: str, portal: str) -> tuple[str, str]:
    """(title, body) in Chinese: the line, its value against both thresholds, the columns."""
    unit = "天" if state.name == "home_age_days" else "个"
    value = f"{_number(state.value)} {unit}"
    lines = f"预警线 {_number(state.line.warn)}，否决线 {_number(state.line.veto)}"
    if state.level == "safe":
        title = f"【政务公开提醒】{portal}：「{state.label}」已回到安全范围"
        body = f"{state.label}：{value}（{lines}），原为{LEVEL_NAMES.get(previous, previous)}。"
        return title, body
    level: Level = state.level
    title = f"【政务公开提醒】{portal}：「{state.label}」{LEVEL_NAMES[level]}"
    body = f"{state.label}：{value}（{lines}），请尽快整改。"
    if state.note:
        body += f"{state.note}。"
    if state.columns:
        named = "；".join(f"{f.column or f.unit}：{f.url}" for f in state.columns[:SHOWN])
        more = f" 等 {len(state.columns)} 个" if len(state.columns) > SHOWN else ""
        body += f"\n{named}{more}"
    return title, body
