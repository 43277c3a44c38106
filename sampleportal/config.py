"""The sample portal's configuration and the hand-written truth of what a monitor must report.

`expected_findings` is written out by hand from the traps described in
`sampleportal.site`, not computed from the site, so a test comparing a crawl
with it can fail in both directions: a missed problem or a false `fail`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sampleportal.site import UNITS

DEMO_BASE_URL = "http://127.0.0.1:8765/"

CATEGORIES = """\
categories:   # RULES.md §2 windows; required_for: unit kinds whose subpage must show it
  - id: dynamic
    names: [工作动态, 部门动态, 政务要闻, 乡镇动态]
    max_age_days: 14
    required_for: [department, town]
  - id: notice
    names: [通知公告]
    max_age_days: 183
    required_for: [department, town]
    top_level: true
  - id: policy
    names: [政策文件]
    max_age_days: 183
    required_for: [department]
    top_level: true
  - id: personnel
    names: [人事信息]
    max_age_days: 365
  - id: plan
    names: [规划计划]
    max_age_days: 365
  - id: overview
    names: [机构概况]
    max_age_days: null        # no freshness rule; must not be blank
    required_for: [department, town]
"""

HEADER = """\
# The bundled sample configuration: the demo portal that `make demo` serves on
# http://127.0.0.1:8765/ (package `sampleportal`), used when no --config is given.
#
# For a real portal, copy this file and change:
#   portal.base_url   the portal's home page;
#   units             one entry per assessed unit (单位): a stable id, its name, its kind
#                     (department or town), its subpage URL, and the columns (栏目) it must keep
#                     up to date, each with its URL and category;
#   categories        the kinds of column and their update windows, if the year's assessment
#                     plan differs from these defaults (RULES.md §2);
#   crawl             politeness: keep concurrency low and delay_s above 0 for a real site.
# `govwatch inspect URL` shows what the monitor reads on a column before you add it.
"""


def config_yaml(
    base_url: str,
    *,
    timeout_s: float = 10,
    concurrency: int = 4,
    delay_s: float = 0.1,
    header: bool = False,
) -> str:
    """The portal configuration (INTERFACE.md schema) for the sample served at `base_url`."""
    root = base_url.rstrip("/")
    lines = [HEADER if header else "",
             "portal:",
             "  name: 示例区人民政府",
             f"  base_url: {root}/",
             "  timezone: Asia/Shanghai",
             "crawl:",
             f"  timeout_s: {timeout_s}",
             f"  concurrency: {concurrency}",
             f"  delay_s: {delay_s}",
             CATEGORIES.rstrip("\n"),
             "units:"]
    for unit in UNITS:
        lines += [f"  - id: {unit.id}",
                  f"    name: {unit.name}",
                  f"    kind: {unit.kind}",
                  f"    subpage: {root}{unit.subpage}",
                  "    columns:"]
        lines += [f"      - {{name: {c.name}, url: \"{root}{unit.column_path(c)}\", "
                  f"category: {c.category}}}" for c in unit.columns]
    return "\n".join(lines).lstrip("\n") + "\n"


# (unit, check, severity, path, column, category, newest age or None)
_TRUTH: tuple[tuple[str, str, str, str, str | None, str | None, int | None], ...] = (
    # a list 30 days old, beside yesterday's sidebar, a footer dated today and a typo date
    ("wjj", "column_stale", "fail", "/bm/wjj/bmdt/index.html", "部门动态", "dynamic", 30),
    ("wjj", "column_empty", "fail", "/bm/wjj/tzgg/index.html", "通知公告", "notice", None),
    # max_age_days + 1 (its sibling 工作动态, exactly 14 days old, is fresh)
    ("czj", "column_stale", "fail", "/bm/czj/zwyw/index.html", "政务要闻", "dynamic", 15),
    ("czj", "column_unreachable", "fail", "/bm/czj/zcwj/index.html", "政策文件", "policy", None),
    # the subpage links to the 404 column
    ("czj", "broken_link", "fail", "/bm/czj/zcwj/index.html", None, None, None),
    # no date in the list, none on the detail pages (only the footer's 网站更新时间)
    ("czj", "extraction_failed", "warn", "/bm/czj/ghjh/index.html", "规划计划", "plan", None),
    ("jyj", "category_missing", "fail", "/bm/jyj/index.html", None, "policy", None),
    ("sgjd", "subpage_unreachable", "fail", "/zj/sgjd/index.html", None, None, None),
)

MAX_AGE = {"dynamic": 14, "notice": 183, "policy": 183, "personnel": 365, "plan": 365}


def expected_findings(as_of: date, base_url: str = DEMO_BASE_URL) -> list[dict[str, Any]]:
    """What a correct monitor reports for the sample served with `today == as_of`.

    Dicts with the keys of the findings JSON that do not depend on wording: unit, check,
    severity, url, column, category, and for a stale column `observed` (newest, age_days,
    max_age_days). Every other unit and column must have no finding of these checks.
    Warnings outside INTERFACE.md's table (such as missing 指引 meta tags) are not listed.
    """
    root = base_url.rstrip("/")
    out: list[dict[str, Any]] = []
    for unit, check, severity, path, column, category, age in _TRUTH:
        finding: dict[str, Any] = {
            "unit": unit, "check": check, "severity": severity, "url": root + path,
            "column": column, "category": category,
        }
        if age is not None and category is not None:
            finding["observed"] = {
                "newest": (as_of - timedelta(days=age)).isoformat(),
                "age_days": age,
                "max_age_days": MAX_AGE[category],
            }
        out.append(finding)
    return out
