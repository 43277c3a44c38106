"""Dates as Chinese government pages write them, and the rules that make them safe.

One regular expression family reads every form the portals use (2026-11-24,
2026/11/24, 2026.11.24, 2026年11月24日, 2023/9/6, [11-24]); the year and typo
rules of RULES.md §3 live here so that every reader applies them the same way.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta

from crawler.extract.splitdate import split_date, split_date_in

# A full date; whitespace is allowed around separators because split dates
# (<span>2026</span>-<span>11</span>) come out of the text with gaps. "No digit before the
# year" is asked after its first digit (`1(?<!\d1)9`, not `(?<!\d)19`): a pattern that
# opens with a character lets the regex engine skip to each 1 or 2 of a long text, where
# one that opens with a lookbehind is tried at every character.
FULL_DATE = re.compile(
    r"((?:1(?<!\d1)9|2(?<!\d2)0)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)"
)
# A month-day date (list pages: 11-24, [11-24], 11月24日); never followed by 月
# or a time colon, never preceded by a digit, so "1-12月" and phone numbers stay
# out; with - or / the day has two digits, so a pager's "1/2" is no date.
# A dotted month-day (02.10) needs two digits on both sides: "3.14" or "1.5" is a number.
YEARLESS_DATE = re.compile(
    r"(?<![\d\-/.年])(?:(\d{1,2})\s*[-/]\s*(\d{2})|(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|(\d{2})\.(\d{2}))"
    r"(?![\d\-/.:月%])"
)
# What every month-day holds: a digit before its separator or 月. YEARLESS_DATE opens with a
# lookbehind, tried at every character of a long summary; this pattern skips to the digits.
_MONTH_DAY_START = re.compile(r"\d\s*[-/.月]")


def month_days(text: str) -> Iterator[re.Match[str]]:
    """`YEARLESS_DATE.finditer(text)`, from where the first month-day can stand (its month's
    first digit is at most one before the first `_MONTH_DAY_START`)."""
    start = _MONTH_DAY_START.search(text)
    if start is None:
        return iter(())
    return YEARLESS_DATE.finditer(text, max(start.start() - 1, 0))
_URL_PATTERNS = (
    re.compile(r"[/_]t((?:19|20)\d{2})(\d{2})(\d{2})_"),  # TRS: t20261124_123.html
    re.compile(r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"),  # Hanweb: art/2016/11/22/
    re.compile(r"/((?:19|20)\d{2})-(\d{2})/(\d{2})/"),  # /2026-11/24/
    re.compile(r"/((?:19|20)\d{2})(\d{2})/(\d{2})/"),  # /202611/24/
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/"),  # /20261124/
    re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})/"),  # /2026-11-24/
)
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})(\d{2})/")  # /202611/ (month only)


def make_date(year: int, month: int, day: int) -> date | None:
    """A calendar date, or None for 2026-02-30 and other impossible triples."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def is_typo(value: date, as_of: date) -> bool:
    """Later than as_of + 1 day: a typo (one day of slack for time zones)."""
    return value > as_of + timedelta(days=1)


def infer_year(month: int, day: int, as_of: date) -> date | None:
    """as_of's year, or the year before when that would put the date in the future.

    Strictly after as_of is the future here (RULES.md §3): the one day of
    slack is for full dates, whose year a typo can break; a month-day on the
    day after as_of is last year's (`[03-01]` read on 2028-02-29).
    """
    this_year = make_date(as_of.year, month, day)
    if this_year is not None and this_year <= as_of:
        return this_year
    return make_date(as_of.year - 1, month, day)


# Full-width digits and separators (２０２６－１１－２４) read as their ASCII twins.
_WIDE = str.maketrans(
    {**{chr(0xFF10 + k): str(k) for k in range(10)}, "－": "-", "／": "/", "．": "."}
)
_WIDE_CHAR = re.compile("[\uff0d-\uff19]")
_CN_DIGIT = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_DATE = re.compile(
    r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日"
)


def _cn_number(text: str) -> int:
    """一 … 三十一 as a number (十 alone is 10, 二十 is 20, 十二 is 12)."""
    if "十" not in text:
        return _CN_DIGIT.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def _cn_date(match: re.Match[str]) -> str:
    year = "".join(str(_CN_DIGIT[c]) for c in match[1])
    return f"{year}年{_cn_number(match[2])}月{_cn_number(match[3])}日"


def plain_dates(text: str) -> str:
    """Dates written in full-width digits or Chinese numerals (二〇二六年十一月二十四日, the
    form of 成文日期) rewritten in ASCII digits, so one set of patterns reads them all."""
    if _WIDE_CHAR.search(text):
        text = text.translate(_WIDE)
    if "年" in text and "月" in text and ("〇" in text or "○" in text or "零" in text):
        text = _CN_DATE.sub(_cn_date, text)
    return text


# What every date DateReader reads needs: a digit (full-width ones too), the zero of a
# Chinese-numeral year (二〇二六年), or a relative day word (今天, 今日, 昨天, 前天, 刚刚).
DATE_CHARACTER = re.compile(r"[\d〇○零今昨前刚]")


def may_hold_date(text: str) -> bool:
    """False only when `DateReader.read` can find no date in the text, whatever its form:
    a test in C that spares reading the lines of a block that has nothing to date them."""
    return DATE_CHARACTER.search(text) is not None


def names_year(text: str) -> bool:
    """The text writes a date's year (a full date, a year apart from its month-day, 20260815):
    a number like 2036 that is a hit count (点击：2036) does not."""
    text = plain_dates(text)
    return (
        FULL_DATE.search(text) is not None
        or split_date(text) is not None
        or split_date_in(text) is not None
        or _COMPACT.match(text) is not None
    )


def says_published(text: str) -> bool:
    """The text labels a date as the publication (发布时间：…), which the reader takes over
    any other date of the line."""
    if "时间" not in text and "日期" not in text and "发布" not in text:
        return False
    return _LABELLED.search(plain_dates(text)) is not None


def says_relative(text: str) -> bool:
    """The text dates itself relatively, standing apart (3天前, 昨天 10:20, 6个月前): not the
    前 of 目前 or 前期. Every such stamp holds 刚, 今, 昨 or 前: a text without one (most
    lines, whose summary the pattern would be tried at every character of) is passed over."""
    if "前" not in text and "今" not in text and "昨" not in text and "刚" not in text:
        return False
    return _RELATIVE.search(text) is not None


def full_dates(text: str) -> list[tuple[int, date]]:
    """Every full date in the text with its offset; impossible dates skipped."""
    found: list[tuple[int, date]] = []
    for match in FULL_DATE.finditer(text):
        value = make_date(int(match[1]), int(match[2]), int(match[3]))
        if value is not None:
            found.append((match.start(), value))
    return found


_RELATIVE_DAYS = {"刚刚": 0, "今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}
# Standing apart as a date cell does (今天 10:30, [3天前], 发布：1周前): 今天上午 in a lead
# paragraph is prose, not the line's date.
_RELATIVE = re.compile(
    r"(?:^|(?<=[\s\[(（【:：]))(?:(刚刚|今天|今日|昨天|昨日|前天)|(\d{1,3})\s*(天|小时|分钟|周|个月)前)"
    r"(?=$|[\s\])）】]|\d{1,2}:\d{2})"
)
# A date written without separators (20260815), read only when it is all the text holds (a
# date cell): 编号 20180516 or a 统一社会信用代码 beside a title is a number.
_COMPACT = re.compile(
    r"^\s*[\[(【]?((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[\])】]?\s*$"
)
# A week or a month ago counts from its nearest day (1周前 is 7 days): the column is never
# made older than the page says.
_RELATIVE_SPAN = {"天": 1, "周": 7, "个月": 30}


# A date the line labels as its publication (发布时间：2026-07-10): it is the line's date,
# whatever later date a summary (请于2026年9月30日前…) or another column names. A bare
# 日期/时间 label counts only standing alone: 截止时间, 施行日期, 开始时间 are not it (the
# character before it is asked after its first one, as in FULL_DATE).
_LABELLED = re.compile(
    r"(?:(?:发布|公开|公布|发稿|上传|录入|信息)(?:时间|日期)|发布于|发布(?=\s*[:：])"
    r"|日(?<![\u4e00-\u9fff]日)期|时(?<![\u4e00-\u9fff]时)间)"
    r"\s*[:：]?\s*" + FULL_DATE.pattern
)
# A date a line labels as another day than its publication (会议时间：, 施行日期：, 报名截止：):
# the line's date is its other, unlabelled one when it has one.
_OTHER_LABEL = re.compile(
    r"(?:成文|施行|实施|生效|截止|有效|印发|废止|失效|开始|结束|更新|修改|会议|活动|举办|报名)"
    r"(?:日期|时间|期至|期)?\s*[:：]\s*$"
)


def _labelled_other(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start]
    return ("：" in before or ":" in before) and _OTHER_LABEL.search(before) is not None


class DateReader:
    """`text_date` for one as_of, read over many texts (every entry of a list page).

    The as_of + 1 day cutoff is computed once, and each pattern runs only on
    text holding what it cannot match without (a full date has an ASCII "19" or
    "20", a year-less one a "-", "/" or "月"): most link text of a nav bar or a
    sidebar is passed over by substring tests, several times cheaper than a search.
    """

    __slots__ = ("as_of", "cutoff")

    def __init__(self, as_of: date) -> None:
        self.as_of = as_of
        self.cutoff = as_of + timedelta(days=1)

    def read(self, text: str, yearless: bool = True) -> tuple[date | None, date | None]:
        """(the entry's date, a rejected typo date) — typos are reported, never used.

        A date labelled as the publication (发布时间：…) is the entry's date. Else
        it is the latest real full date its text shows: a 信息公开目录 row shows
        成文日期 before 发布日期, and the earlier one would make a fresh column
        look stale. Year-less dates are read only when the text has no full date.
        """
        value, typo, _ = self.read_counting(text, yearless)
        return value, typo

    def read_counting(
        self, text: str, yearless: bool = True
    ) -> tuple[date | None, date | None, int | None]:
        """`read`, and how many FULL_DATE matches `text` holds when the reading counted them
        all (None when it did not, or read them in a rewritten text): a list line asks
        that next, and its text is not searched again."""
        plain = plain_dates(text)
        count: int | None = 0 if plain is text else None
        text = plain
        best: date | None = None
        typo: date | None = None
        if "20" in text or "19" in text:
            if ("时间" in text or "日期" in text or "发布" in text) and (
                labelled := self._labelled(text)
            ) is not None:
                return labelled, None, None
            other: date | None = None  # the latest date labelled as another day
            for seen, match in enumerate(FULL_DATE.finditer(text), 1):
                if count is not None:
                    count = seen
                value = make_date(int(match[1]), int(match[2]), int(match[3]))
                if value is None:
                    continue
                if value > self.cutoff:
                    typo = typo or value
                elif _labelled_other(text, match.start()):
                    other = value if other is None or value > other else other
                elif best is None or value > best:
                    best = value
            best = best or other
            if (
                best is None
                and typo is None
                and (pieces := split_date(text) or split_date_in(text))
            ):
                value = make_date(*pieces)
                if value is not None:
                    return (None, value, count) if value > self.cutoff else (value, None, count)
            if best is not None or typo is not None:
                return best, typo, count
            if (compact := _COMPACT.match(text)) is not None and (
                value := make_date(int(compact[1]), int(compact[2]), int(compact[3]))
            ) is not None:
                return (None, value, count) if value > self.cutoff else (value, None, count)
        if yearless and ("-" in text or "/" in text or "月" in text or "." in text):
            for match in month_days(text):
                month = int(match[1] or match[3] or match[5])
                day = int(match[2] or match[4] or match[6])
                if 1 <= month <= 12 and 1 <= day <= 31:
                    inferred = infer_year(month, day, self.as_of)
                    if inferred is not None and (best is None or inferred > best):
                        best = inferred
        if best is None and yearless and ("前" in text or "天" in text or "刚刚" in text):
            best = self._relative(text)
        return best, None, count

    def _labelled(self, text: str) -> date | None:
        """The latest date the text labels as published, typos left out; None without one."""
        best: date | None = None
        for match in _LABELLED.finditer(text):
            value = make_date(int(match[1]), int(match[2]), int(match[3]))
            if value is not None and value <= self.cutoff and (best is None or value > best):
                best = value
        return best

    def _relative(self, text: str) -> date | None:
        """今天, 昨天, 3天前, 5小时前: how some CMSs show their newest items, counted from as_of."""
        match = _RELATIVE.search(text)
        if match is None:
            return None
        word, count, unit = match[1], match[2], match[3]
        if word is not None:
            return self.as_of - timedelta(days=_RELATIVE_DAYS[word])
        if unit in _RELATIVE_SPAN:
            return self.as_of - timedelta(days=int(count) * _RELATIVE_SPAN[unit])
        return self.as_of  # hours or minutes ago: today, near enough for a day count


def text_date(text: str, as_of: date, *, yearless: bool = True) -> tuple[date | None, date | None]:
    """(the latest date in the text, a rejected typo date): `DateReader.read`."""
    return DateReader(as_of).read(text, yearless)


def parse_date(text: str, as_of: date) -> date | None:
    """One date-looking string → a date, with the year-less and typo rules of RULES.md §3."""
    value, _ = text_date(text, as_of)
    return value


def url_date(url: str, as_of: date | None = None) -> date | None:
    """The date a CMS wrote into a URL (t20261124_, art/2016/11/22/, /2026-11/24/ …).

    A month-only path (/202611/) gives the last day of that month, capped at
    `as_of` when given: an undercount would make a fresh column look stale.
    """
    for pattern in _URL_PATTERNS:
        match = pattern.search(url)
        if match:
            value = make_date(int(match[1]), int(match[2]), int(match[3]))
            if value is not None:
                return value
    match = _URL_MONTH.search(url)
    if match:
        year, month = int(match[1]), int(match[2])
        if 1 <= month <= 12:
            value = date(year, month, calendar.monthrange(year, month)[1])
            return min(value, as_of) if as_of is not None else value
    return None
