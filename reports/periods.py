"""Report periods (month, quarter, year) and working days.

A run belongs to the period that contains its `as_of` — the day it counts for —
never the day it happened to be stored; both edges of a period are inclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta


class PeriodError(ValueError):
    """A period string that is not YYYY-MM, YYYY-Qn or YYYY."""


@dataclass(frozen=True, slots=True, order=True)
class Month:
    year: int
    month: int

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return self.next().first - timedelta(days=1)

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def contains(self, day: date) -> bool:
        return (day.year, day.month) == (self.year, self.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    year: int
    quarter: int

    @property
    def months(self) -> tuple[Month, Month, Month]:
        start = 3 * (self.quarter - 1) + 1
        return (Month(self.year, start), Month(self.year, start + 1), Month(self.year, start + 2))

    @property
    def first(self) -> date:
        return self.months[0].first

    @property
    def last(self) -> date:
        return self.months[2].last

    def contains(self, day: date) -> bool:
        return day.year == self.year and (day.month - 1) // 3 + 1 == self.quarter

    def __str__(self) -> str:
        return f"{self.year:04d}-Q{self.quarter}"


def month_of(day: date) -> Month:
    return Month(day.year, day.month)


def quarter_of(day: date) -> Quarter:
    return Quarter(day.year, (day.month - 1) // 3 + 1)


def quarters_of(year: int) -> tuple[Quarter, ...]:
    return tuple(Quarter(year, q) for q in (1, 2, 3, 4))


def parse_month(text: str) -> Month:
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not match or not 1 <= int(match[2]) <= 12 or int(match[1]) < 1:
        raise PeriodError(f"月份格式应为 YYYY-MM / expected YYYY-MM, got {text!r}")
    return Month(int(match[1]), int(match[2]))


def parse_quarter(text: str) -> Quarter:
    match = re.fullmatch(r"(\d{4})-[Qq]([1-4])", text.strip())
    if not match or int(match[1]) < 1:
        raise PeriodError(f"季度格式应为 YYYY-Qn / expected YYYY-Qn (n = 1–4), got {text!r}")
    return Quarter(int(match[1]), int(match[2]))


def parse_year(text: str) -> int:
    match = re.fullmatch(r"\d{4}", text.strip())
    if not match or int(text) < 1:
        raise PeriodError(f"年份格式应为 YYYY / expected YYYY, got {text!r}")
    return int(text)


def add_working_days(start: date, days: int) -> date:
    """The day `days` working days (Mon–Fri) after `start`; public holidays are not known here.

    A problem first seen on a Saturday with 1 working day is due on Monday.
    """
    day = start
    left = days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day
