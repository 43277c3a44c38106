"""HTML and CSV forms of the reports, made from the same report values as the JSON.

Everything goes through one jinja2 environment with autoescaping: titles,
messages and URLs come from crawled pages, and a hostile title must show as
text. A URL becomes a link only when it is http(s); anything else (a
`javascript:` URL above all) is shown as text. The HTML is self-contained —
inline CSS and SVG, no scripts, no external assets — so it can be mailed,
archived and printed on A4 as it is.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from reports import annual, monthly, quarterly
from reports.national import LEVEL_NAMES

Report = monthly.MonthlyReport | quarterly.QuarterlyReport | annual.AnnualReport

CHECK_NAMES = {
    "column_stale": "栏目未及时更新",
    "column_empty": "空白栏目",
    "column_unreachable": "栏目无法访问",
    "subpage_unreachable": "子页面无法访问",
    "category_missing": "缺少必设栏目",
    "broken_link": "错链断链",
    "content_injection": "暗链/违规内容",
    "extraction_failed": "日期无法识别",
    "meta_missing": "缺少元数据标签",
}
STATE_NAMES = {"open": "整改中", "rectified": "已整改", "overdue": "逾期未整改"}
RESULT_NAMES = {"pass": "合格", "fail": "不合格", None: "未检查"}


def safe_href(url: object) -> str | None:
    """The URL when a browser may follow it safely (http/https), else None."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def score_text(value: Decimal | float | None) -> str:
    """92.50 → 92.5, 100.00 → 100; missing → —."""
    if value is None:
        return "—"
    text = f"{Decimal(str(value)).quantize(Decimal('0.01')):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def cn_date(value: date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else "—"


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(href=safe_href, score=score_text, cn_date=cn_date)
    env.globals.update(
        CHECK_NAMES=CHECK_NAMES,
        STATE_NAMES=STATE_NAMES,
        RESULT_NAMES=RESULT_NAMES,
        LEVEL_NAMES=LEVEL_NAMES,
    )
    return env


def period_of(report: Report) -> str:
    """The file stem INTERFACE.md names: `<period>.html` / `<period>.json`."""
    if isinstance(report, monthly.MonthlyReport):
        return str(report.month)
    if isinstance(report, quarterly.QuarterlyReport):
        return str(report.quarter)
    return str(report.year)


def to_json(report: Report) -> dict[str, Any]:
    if isinstance(report, monthly.MonthlyReport):
        return monthly.to_json(report)
    if isinstance(report, quarterly.QuarterlyReport):
        return quarterly.to_json(report)
    return annual.to_json(report)


def render_html(report: Report, *, issued: date | None = None) -> str:
    """`issued`: the date printed under the issuing body (default: the period's end)."""
    env = environment()
    if isinstance(report, monthly.MonthlyReport):
        template = env.get_template("monthly.html.j2")
        return template.render(r=report, issued=issued or report.as_of, month=report.month)
    if isinstance(report, quarterly.QuarterlyReport):
        template = env.get_template("quarterly.html.j2")
        return template.render(r=report, issued=issued or report.quarter.last)
    template = env.get_template("annual.html.j2")
    return template.render(r=report, issued=issued or date(report.year, 12, 31))


def csv_rows(report: Report) -> list[list[str]]:
    """One row per unit (the monthly form: one per problem, or one per clean unit)."""
    if isinstance(report, monthly.MonthlyReport):
        rows = [["unit", "name", "result", "check", "column", "url", "first_seen", "deadline",
                 "state", "message"]]
        for u in report.units:
            result = u.verdict
            if not u.problems:
                rows.append([u.unit, u.name, result, "", "", "", "", "", "", ""])
            for p in u.problems:
                f = p.finding
                rows.append([u.unit, u.name, result, f.check, f.column or f.category or "", f.url,
                             p.first_seen.isoformat(), p.deadline.isoformat(), p.state, f.message])
        return rows
    if isinstance(report, quarterly.QuarterlyReport):
        rows = [["unit", "name", "score", "rank", "last_place", "runs_counted"]]
        rows += [[u.unit, u.name, score_text(u.score) if u.score is not None else "",
                  str(u.rank or ""), "1" if u.last_place else "0", str(u.runs)]
                 for u in report.units]
        return rows
    rows = [["unit", "name", "daily", "year_end", "total", "grade", "veto"]]
    rows += [[u.unit, u.name, _blank(u.daily_shown), _blank(u.year_end), _blank(u.total_shown),
              u.grade, "1" if u.veto else "0"] for u in report.units]
    return rows


def _blank(value: Decimal | None) -> str:
    return "" if value is None else score_text(value)


def render_csv(report: Report, path: Path | str) -> Path:
    """Write the data CSV in UTF-8 with a BOM, which spreadsheet programs need to read Chinese."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(
        [[_defuse(cell) for cell in row] for row in csv_rows(report)]
    )
    path = Path(path)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    return path


def _defuse(cell: str) -> str:
    """A crawled text starting with = + - @ would run as a spreadsheet formula; quote it."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") and not _is_number(cell) else cell


def _is_number(cell: str) -> bool:
    try:
        Decimal(cell)
    except ArithmeticError:
        return False
    return True
