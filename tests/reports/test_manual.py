"""CSV inputs: encodings accepted, errors name file, line and column."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from reports.manual import ManualInputError, read_adjustments, read_year_end
from reports.periods import Quarter

UNITS = {"fgj", "jyj"}


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "input.csv"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_year_end_encodings(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path, "单位名称,unit,score\n发改局,fgj,88.5\n教育局,jyj,90\n", encoding)
    assert read_year_end(path, UNITS) == {"fgj": Decimal("88.5"), "jyj": Decimal(90)}


def test_adjustments_with_quarter_and_extra_columns(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "unit,points,reason,quarter,备注\nfgj,-2,信息报送迟报,2026-Q4,x\njyj,1.5,新媒体,,\n",
        "gb18030",
    )
    got = read_adjustments(path, UNITS)
    assert [(a.unit, a.points, a.reason, a.quarter, a.source) for a in got] == [
        ("fgj", Decimal(-2), "信息报送迟报", Quarter(2026, 4), "input.csv:2"),
        ("jyj", Decimal("1.5"), "新媒体", None, "input.csv:3"),
    ]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("unit,score\nfgj,88\nxyz,70\n", 3, "unit"),
        ("unit\nfgj\n", 1, "score"),
        ("unit,score\nfgj,abc\n", 2, "score"),
        ("unit,score\nfgj,100.5\n", 2, "score"),
        ("unit,score\nfgj,-1\n", 2, "score"),
        ("unit,score\nfgj,nan\n", 2, "score"),
        ("unit,score\n\nfgj,80\nfgj,81\n", 4, "unit"),
    ],
)
def test_year_end_errors_name_line_and_column(
    tmp_path: Path, text: str, line: int, column: str
) -> None:
    with pytest.raises(ManualInputError) as caught:
        read_year_end(write(tmp_path, text), UNITS)
    assert (caught.value.line, caught.value.column) == (line, column)
    assert str(tmp_path / "input.csv") in str(caught.value)
    assert f"line {line}" in str(caught.value) and f"column {column}" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("unit,points\nfgj,1\n", 1, "reason"),
        ("unit,points,reason\nfgj,minus two,x\n", 2, "points"),
        ("unit,points,reason,quarter\nfgj,1,x,2026-Q5\n", 2, "quarter"),
    ],
)
def test_adjustment_errors(tmp_path: Path, text: str, line: int, column: str) -> None:
    with pytest.raises(ManualInputError) as caught:
        read_adjustments(write(tmp_path, text), UNITS)
    assert (caught.value.line, caught.value.column) == (line, column)


def test_undecodable_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"unit,score\n\xff\xfe\xff,1\n\x81")
    with pytest.raises(ManualInputError, match="GB18030"):
        read_year_end(path, UNITS)
