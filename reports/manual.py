"""Manual inputs (INTERFACE.md "Manual inputs (CSV)"): year-end scores and quarterly adjustments.

These come from office software: UTF-8 with or without a BOM, or GB18030.
A file is read whole and checked whole before anything is used, so a bad line
stops the report (`ManualInputError` naming file, line and column) and nothing
is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection
from decimal import Decimal, InvalidOperation
from pathlib import Path

from reports.periods import PeriodError, parse_quarter
from reports.quarterly import Adjustment


class ManualInputError(Exception):
    """A CSV the report cannot use; the message names the file, line and column."""

    def __init__(
        self, path: Path | str, line: int | None, column: str | None, message: str
    ) -> None:
        where = str(path)
        if line is not None:
            where += f", 第 {line} 行 / line {line}"
        if column is not None:
            where += f", 列 {column} / column {column}"
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line
        self.column = column


def _decode(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ManualInputError(path, None, None, "编码无法识别（应为 UTF-8 或 GB18030）/ "
                               "unreadable encoding (expected UTF-8 or GB18030)") from exc


def _rows(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs; the header is line 1, blank lines are skipped."""
    try:
        text = _decode(path)
    except OSError as exc:
        raise ManualInputError(path, None, None, f"无法读取 / cannot read: {exc}") from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in record]
            for name in required:
                if name not in header:
                    raise ManualInputError(path, line, name, "缺少此列 / missing column")
            continue
        rows.append((line, {h: (record[i].strip() if i < len(record) else "")
                            for i, h in enumerate(header)}))
    if header is None:
        raise ManualInputError(path, None, None, "文件为空，缺表头 / empty file, no header row")
    return rows


def _number(path: Path, line: int, column: str, text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise ManualInputError(path, line, column, f"不是数字 / not a number: {text!r}")
    return value


def _unit(path: Path, line: int, text: str, units: Collection[str]) -> str:
    if text not in units:
        raise ManualInputError(path, line, "unit", f"未知单位 / unknown unit id: {text!r}")
    return text


def read_year_end(path: Path | str, units: Collection[str]) -> dict[str, Decimal]:
    """`unit,score` (0–100), one line per unit."""
    path = Path(path)
    scores: dict[str, Decimal] = {}
    for line, row in _rows(path, ("unit", "score")):
        unit = _unit(path, line, row["unit"], units)
        score = _number(path, line, "score", row["score"])
        if not Decimal(0) <= score <= Decimal(100):
            raise ManualInputError(
                path, line, "score", f"分数应在 0–100 / score outside 0–100: {score}"
            )
        if unit in scores:
            raise ManualInputError(path, line, "unit", f"单位重复 / unit listed twice: {unit}")
        scores[unit] = score
    return scores


def read_adjustments(path: Path | str, units: Collection[str]) -> list[Adjustment]:
    """`unit,points,reason[,quarter]`: negative points deduct, positive add."""
    path = Path(path)
    out: list[Adjustment] = []
    for line, row in _rows(path, ("unit", "points", "reason")):
        unit = _unit(path, line, row["unit"], units)
        points = _number(path, line, "points", row["points"])
        if abs(points) > 100:
            raise ManualInputError(path, line, "points", f"超出 ±100 / outside ±100: {points}")
        quarter = None
        if row.get("quarter"):
            try:
                quarter = parse_quarter(row["quarter"])
            except PeriodError as exc:
                raise ManualInputError(path, line, "quarter", str(exc)) from exc
        out.append(Adjustment(unit, points, row["reason"], quarter, f"{path.name}:{line}"))
    return out
