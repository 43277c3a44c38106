# mypy: disable-error-code="comparison-overlap"
"""The scoring section: defaults of RULES.md §4, and errors naming the key."""

from __future__ import annotations

from decimal import Decimal

import pytest

from config import ConfigError
from reports.scoring import DEFAULT_SCORING, parse_scoring


def test_defaults_are_the_rules() -> None:
    s = DEFAULT_SCORING
    assert [
        s.deduction(c)
        for c in (
            "column_stale",
            "column_empty",
            "column_unreachable",
            "subpage_unreachable",
            "category_missing",
            "broken_link",
            "content_injection",
            "meta_missing",
            "extraction_failed",
        )
    ] == [2, 2, 1, 5, 3, Decimal("0.5"), 20, 0, 0]
    assert (s.broken_link_cap, s.weight_daily, s.weight_year_end) == (
        5,
        Decimal("0.5"),
        Decimal("0.5"),
    )
    assert (s.excellent, s.good, s.passing, s.veto_checks) == (90, 80, 60, ("content_injection",))
    assert s.rectification_days == 5
    assert (s.key_stale.warn, s.key_stale.veto, s.home_age_days.veto) == (4, 5, 14)


def test_overrides_keep_other_defaults() -> None:
    s = parse_scoring(
        {
            "deductions": {"column_stale": 3},
            "grades": {"passing": 80, "good": 85},
            "rectification_days": 10,
        }
    )
    assert (s.deduction("column_stale"), s.deduction("column_empty")) == (3, 2)
    assert (s.passing, s.good, s.excellent, s.rectification_days) == (80, 85, 90, 10)


@pytest.mark.parametrize(
    ("section", "key"),
    [
        ({"deductons": {}}, "scoring.deductons"),
        ({"weights": {"daily": 0.6, "year_end": 0.5}}, "scoring.weights"),
        ({"grades": {"excellent": "high"}}, "scoring.grades.excellent"),
        ({"national": {"blank": {"warn": 4}}}, "scoring.national.blank.veto"),
        ({"deductions": {"column_stale": -1}}, "scoring"),
    ],
)
def test_errors_name_the_key(section: dict, key: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ConfigError) as caught:
        parse_scoring(section)
    assert f"key {key}" in str(caught.value)


def test_not_a_mapping() -> None:
    with pytest.raises(ConfigError, match="key scoring"):
        parse_scoring([1, 2])
