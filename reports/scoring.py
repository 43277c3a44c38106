"""The scoring rules of the assessment (RULES.md §2, §4), read from the optional `scoring:` section.

The measures say each year's assessment plan fixes the details, so every number
the reports use lives here, with its default, in one place (`ScoringModel`).
Reports see only the frozen `Scoring`; scores are `Decimal` so that 0.5-point
deductions and 50/50 weights add up exactly as a person would on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from config import ConfigError

#: Deductions per fail finding per weekly run, by check (RULES.md §4).
DEFAULT_DEDUCTIONS: dict[str, Decimal] = {
    "column_stale": Decimal("2"),
    "column_empty": Decimal("2"),
    "column_unreachable": Decimal("1"),
    "subpage_unreachable": Decimal("5"),
    "category_missing": Decimal("3"),
    "broken_link": Decimal("0.5"),
    "content_injection": Decimal("20"),
    "meta_missing": Decimal("0"),
    "extraction_failed": Decimal("0"),
}


class _Section(BaseModel):
    """A misspelt key in an assessment plan must stop the report, not be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class GradesModel(_Section):
    excellent: Decimal = Field(default=Decimal(90), ge=0, le=100, description="优秀 at or above")
    good: Decimal = Field(default=Decimal(80), ge=0, le=100, description="良好 at or above")
    passing: Decimal = Field(default=Decimal(60), ge=0, le=100, description="合格 at or above")

    @model_validator(mode="after")
    def _ordered(self) -> GradesModel:
        if not self.excellent >= self.good >= self.passing:
            raise ValueError("须 excellent ≥ good ≥ passing / thresholds must be ordered")
        return self


class WeightsModel(_Section):
    daily: Decimal = Field(default=Decimal("0.5"), ge=0, le=1)
    year_end: Decimal = Field(default=Decimal("0.5"), ge=0, le=1)

    @model_validator(mode="after")
    def _sum_to_one(self) -> WeightsModel:
        if self.daily + self.year_end != 1:
            raise ValueError("daily + year_end 须为 1 / weights must sum to 1")
        return self


class LineModel(_Section):
    """A national line: early warning at `warn`, over the line (单项否决) at `veto`."""

    warn: Decimal
    veto: Decimal


class NationalModel(_Section):
    """RULES.md §2 lines. Counts are ≥ comparisons; the home page age is a strict `>`.

    The home page veto is "no new item for 2 weeks": like a column (RULES.md §3),
    a page exactly 14 days old is still within the line, so over means age > 14;
    the early warning fires from 10 days. The stale-columns warning (8 of 10) and
    the blank-columns warning (4 of 5) sit one step short of the line, as the
    key-columns warning (4 of 5) does in the commercial monitors.
    """

    key_stale: LineModel = LineModel(warn=Decimal(4), veto=Decimal(5))
    stale: LineModel = LineModel(warn=Decimal(8), veto=Decimal(10))
    blank: LineModel = LineModel(warn=Decimal(4), veto=Decimal(5))
    home_age_days: LineModel = LineModel(warn=Decimal(10), veto=Decimal(14))
    unavailable_share: LineModel = LineModel(warn=Decimal("0.03"), veto=Decimal("0.05"))
    # Categories whose stale columns count toward the key line; None: those named 动态/要闻
    # plus every category marked top_level (一级 通知公告/政策文件).
    key_categories: list[str] | None = None


class ScoringModel(_Section):
    """The `scoring:` section; every key optional."""

    deductions: dict[str, Decimal] = Field(default_factory=lambda: dict(DEFAULT_DEDUCTIONS))
    broken_link_cap: Decimal = Field(default=Decimal(5), ge=0, description="per unit per run")
    score_floor: Decimal | None = Field(default=Decimal(0), description="score floor")
    weights: WeightsModel = WeightsModel()
    grades: GradesModel = GradesModel()
    veto_checks: list[str] = ["content_injection"]
    rectification_days: int = Field(default=5, ge=0, le=365, description="working days, Mon–Fri")
    national: NationalModel = NationalModel()

    @model_validator(mode="after")
    def _non_negative(self) -> ScoringModel:
        for check, points in self.deductions.items():
            if points < 0:
                raise ValueError(f"deductions.{check}: 扣分不能为负 / must not be negative")
        return self


@dataclass(frozen=True, slots=True)
class Line:
    warn: Decimal
    veto: Decimal


@dataclass(frozen=True, slots=True)
class Scoring:
    """What the reports apply; build with `parse_scoring` (defaults documented on the models)."""

    deductions: tuple[tuple[str, Decimal], ...]
    broken_link_cap: Decimal
    score_floor: Decimal | None
    weight_daily: Decimal
    weight_year_end: Decimal
    excellent: Decimal
    good: Decimal
    passing: Decimal
    veto_checks: tuple[str, ...]
    rectification_days: int
    key_stale: Line
    stale: Line
    blank: Line
    home_age_days: Line
    unavailable_share: Line
    key_categories: tuple[str, ...] | None

    def deduction(self, check: str) -> Decimal:
        """Checks the plan does not name deduct nothing (a new warning-only check, say)."""
        for name, points in self.deductions:
            if name == check:
                return points
        return Decimal(0)

    def grade(self, total: Decimal) -> str:
        if total >= self.excellent:
            return "优秀"
        if total >= self.good:
            return "良好"
        if total >= self.passing:
            return "合格"
        return "不合格"


def parse_scoring(section: Any) -> Scoring:
    """`config.sections.get("scoring")` in; a `ConfigError` naming the key when it is wrong."""
    if section is None:
        section = {}
    if not isinstance(section, dict):
        raise ConfigError("键 scoring / key scoring: 应为映射 / must be a mapping")
    try:
        model = ScoringModel.model_validate(section)
    except ValidationError as exc:
        lines = ["配置有误 / invalid configuration (scoring):"]
        for error in exc.errors():
            key = ".".join(str(p) for p in ("scoring", *error["loc"]))
            msg = str(error["msg"]).removeprefix("Value error, ")
            lines.append(f"  - 键 {key} / key {key}: {msg}")
        raise ConfigError("\n".join(lines)) from exc
    deductions = dict(DEFAULT_DEDUCTIONS)
    deductions.update(model.deductions)
    n = model.national
    return Scoring(
        deductions=tuple(sorted(deductions.items())),
        broken_link_cap=model.broken_link_cap,
        score_floor=model.score_floor,
        weight_daily=model.weights.daily,
        weight_year_end=model.weights.year_end,
        excellent=model.grades.excellent,
        good=model.grades.good,
        passing=model.grades.passing,
        veto_checks=tuple(model.veto_checks),
        rectification_days=model.rectification_days,
        key_stale=Line(n.key_stale.warn, n.key_stale.veto),
        stale=Line(n.stale.warn, n.stale.veto),
        blank=Line(n.blank.warn, n.blank.veto),
        home_age_days=Line(n.home_age_days.warn, n.home_age_days.veto),
        unavailable_share=Line(n.unavailable_share.warn, n.unavailable_share.veto),
        key_categories=tuple(n.key_categories) if n.key_categories is not None else None,
    )


DEFAULT_SCORING = parse_scoring(None)
