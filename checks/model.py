"""The domain types every layer speaks: units, columns, observations, findings.

These are frozen values. The configuration is parsed into them once
(`config.load`), the crawler produces `Observation`s, the checks turn those
into `Finding`s, and the store and reports only ever see these types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

UnitKind = str  # "department", "town", or any kind the configuration names
Severity = Literal["fail", "warn"]
DateSource = Literal["list", "detail", "url"]
PageRole = Literal["subpage", "column", "detail", "home"]

FAIL: Severity = "fail"
WARN: Severity = "warn"


# --- configuration -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Category:
    """A kind of column and the rules for it (RULES.md §2 windows)."""

    id: str
    names: tuple[str, ...]
    max_age_days: int | None
    required_for: tuple[UnitKind, ...] = ()
    top_level: bool = False  # 一级 通知公告/政策文件 count toward the national veto line
    aliases: tuple[str, ...] = ()  # more names a subpage may show it under (category_missing)

    @property
    def canonical_name(self) -> str:
        return self.names[0]


@dataclass(frozen=True, slots=True)
class Column:
    """A column (栏目) assigned to a unit; `selector`s are for pages no heuristic reads."""

    name: str
    url: str
    category: str
    selector: str | None = None
    date_selector: str | None = None


@dataclass(frozen=True, slots=True)
class Unit:
    """An assessed unit: a town/street office or a district department."""

    id: str
    name: str
    kind: UnitKind
    subpage: str
    columns: tuple[Column, ...] = ()
    alerts: tuple[str, ...] = ()  # apprise URLs of the unit's contacts


@dataclass(frozen=True, slots=True)
class Portal:
    name: str
    base_url: str
    timezone: str = "Asia/Shanghai"


@dataclass(frozen=True, slots=True)
class CrawlSettings:
    """Politeness and safety limits of the crawler; defaults documented in config/schema.py."""

    timeout_s: float = 15.0
    concurrency: int = 4
    delay_s: float = 0.5
    retries: int = 3
    backoff_s: float = 0.5
    retry_after_cap_s: float = 30.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 10
    detail_pages: int = 3
    newest_details: int = 1  # newest detail pages of a dated list searched for injected content
    user_agent: str = "govwatch/0.1 (+https://github.com/govwatch/govwatch; 政务公开监测)"
    link_check_limit: int = 2000
    allow_hosts: tuple[str, ...] = ()


# --- what the crawler saw ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of a column's list: its title, absolute link and date (if any)."""

    title: str
    url: str | None
    date: date | None
    date_source: DateSource | None = None


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A block of a page kept for the injection check: hidden content, or a visible run of text."""

    text: str  # truncated to a few KB
    hidden_by: (
        str | None
    )  # the hiding rule ("display:none", "hidden attribute", …), None when visible
    links: tuple[tuple[str, str], ...] = ()  # (text, absolute url) inside the block
    place: str | None = None  # outside the body: "title", "meta keywords", "meta description"


@dataclass(frozen=True, slots=True)
class Fetched:
    """The page answered and was read; `items` is the main list (empty for a blank column)."""

    status: int
    final_url: str
    encoding: str
    items: tuple[Item, ...] = ()
    newest: date | None = None
    newest_rule: str = ""
    empty_marker: str | None = None  # e.g. 暂无信息, when the page says it is empty
    links: tuple[tuple[str, str], ...] = ()  # (text, absolute url) of every link on the page
    meta: dict[str, str] = field(default_factory=dict)  # 指引 meta tags: SiteName, ColumnType, …
    blocks: tuple[TextBlock, ...] = ()  # evidence for the content_injection check
    # Short visible texts (headings, tabs, block titles) on a subpage: a category may be shown
    # as a block title whose only link reads 更多, and must then still count as shown.
    labels: tuple[str, ...] = ()
    # Pages of the same site a subpage shows in its frames (a menu frame beside the list):
    # what they show counts as shown on the subpage.
    frames: tuple[str, ...] = ()
    content_hash: str = ""
    not_modified: bool = False  # re-used from the stored observation after a 304


@dataclass(frozen=True, slots=True)
class Unreachable:
    """No usable answer after retries: connection error, time-out, 4xx/5xx, redirect loop."""

    error: str
    status: int | None = None


@dataclass(frozen=True, slots=True)
class Unreadable:
    """The page answered but could not be read at all (garbage bytes, too large, not HTML)."""

    reason: str
    status: int | None = None
    encoding: str | None = None


Outcome = Fetched | Unreachable | Unreadable


@dataclass(frozen=True, slots=True)
class Observation:
    """What one visit to one page saw, at one moment, on behalf of one unit."""

    url: str
    role: PageRole
    outcome: Outcome
    fetched_at: datetime | None = None
    unit_id: str | None = None
    column: str | None = None


# --- what the checks say -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, in the fields of INTERFACE.md's findings JSON (run added by the store)."""

    unit: str
    check: str
    severity: Severity
    url: str
    message: str
    column: str | None = None
    category: str | None = None
    observed: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str]:
        """At most one finding per unit, check and subject (column URL or category) per run."""
        subject = (self.category or "") if self.check == "category_missing" else self.url
        return (self.unit, self.check, subject)

    def as_json(self, run: int | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"run": run} if run is not None else {}
        out.update(
            unit=self.unit,
            check=self.check,
            severity=self.severity,
            url=self.url,
            column=self.column,
            category=self.category,
            message=self.message,
            observed=self.observed,
        )
        return out


@dataclass(frozen=True, slots=True)
class PortalConfig:
    """The whole configuration, parsed and checked (see config/schema.py for defaults)."""

    portal: Portal
    crawl: CrawlSettings
    categories: dict[str, Category]
    units: tuple[Unit, ...]
    sections: dict[str, Any] = field(
        default_factory=dict
    )  # extension sections: scoring, schedule, …

    def unit(self, unit_id: str) -> Unit:
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        raise KeyError(unit_id)


RunStatus = Literal["running", "complete", "interrupted"]


@dataclass(frozen=True, slots=True)
class RunRecord:
    """A run as the reports see it: when it counts, whether it finished, and what it found."""

    id: int
    as_of: date
    status: RunStatus
    units: tuple[str, ...]  # the units this run checked (all, or those named on the command line)
    findings: tuple[Finding, ...]
    started: datetime | None = None
    finished: datetime | None = None

    @property
    def complete(self) -> bool:
        return self.status == "complete"
