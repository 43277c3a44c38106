"""Dates a list writes in two pieces: a big day number beside its year and month.

Many portal templates show `<span class="day">24</span><span>2026-11</span>`
(or the year-month first); the item's text then reads "24 2026-11", which no
one-piece date pattern matches. Only a text that is nothing but those two
pieces is read, so a title's "2026-11 第3期" never becomes a date.
"""

from __future__ import annotations

import re

_YM = r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*月?"
_D = r"(\d{1,2})\s*日?"
_YM_D = re.compile(rf"^[\s\[(【]*{_YM}\s+{_D}[\s\])】]*$")
# Day first may touch its year ("242026-11" from adjacent spans): a year starts
# with 19 or 20, so the split is unambiguous. Year-month first needs a gap, or
# "2026-115" could be 1-15 or 11-5.
_D_YM = re.compile(rf"^[\s\[(【]*{_D}\s*{_YM}[\s\])】]*$")


# A month-day with its year standing apart: a badge `12-20` over `2025`, or `2026` over
# `02-10`. Without the year the month-day would take as_of's, a year off.
_MD = r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_Y = r"((?:19|20)\d{2})\s*年?"
_MD_Y = re.compile(rf"^[\s\[(【]*{_MD}\s+{_Y}[\s\])】]*$")
_Y_MD = re.compile(rf"^[\s\[(【]*{_Y}\s+{_MD}[\s\])】]*$")

_YEAR_FIRST = (1, 2, 3)  # the groups holding year, month and day in each pattern
_DAY_FIRST = (2, 3, 1)
_YEAR_LAST = (3, 1, 2)


def _ymd(match: re.Match[str] | None, order: tuple[int, int, int]) -> tuple[int, int, int] | None:
    if match is None:
        return None
    year, month, day = order
    return int(match[year]), int(match[month]), int(match[day])


def split_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) when `text` is a day and a year-month in either order, or a
    month-day and a year in either order, else None."""
    if len(text) > 24:
        return None
    return (
        _ymd(_YM_D.match(text), _YEAR_FIRST)
        or _ymd(_D_YM.match(text), _DAY_FIRST)
        or _ymd(_Y_MD.match(text), _YEAR_FIRST)
        or _ymd(_MD_Y.match(text), _YEAR_LAST)
    )


# The same two pieces standing apart from other text (`09 2026-11 开展…` where a summary
# follows the date block): bounded by the start, the end or whitespace on both sides.
_D_YM_IN = re.compile(rf"(?:^|\s)[\[(【]*{_D}\s+{_YM}[\])】]*(?=\s|$)")
_YM_D_IN = re.compile(rf"(?:^|\s)[\[(【]*{_YM}\s+{_D}[\])】]*(?=\s|$)")


def split_date_in(text: str) -> tuple[int, int, int] | None:
    """`split_date` for a day and a year-month that stand apart inside a longer text."""
    return _ymd(_D_YM_IN.search(text), _DAY_FIRST) or _ymd(_YM_D_IN.search(text), _YEAR_FIRST)
