"""Availability over the last week from stored probes: the national 站点无法访问 veto (pure).

RULES.md §2: over one week, at least 20 probes a day; a probe fails when the
page has not loaded in 15 s; the site is below standard when failures reach
5 %. Commercial monitors warn from 3 %. Both lines are configuration.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Literal

Level = Literal["ok", "warn", "veto"]
WINDOW = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class ProbeLines:
    """The `probes:` section (defaults in config/service.py)."""

    warn_share: Decimal = Decimal("0.03")
    veto_share: Decimal = Decimal("0.05")
    # fewer probes than one day's minimum (RULES.md §2: 20 a day) judge nothing: a service
    # just started whose first probe meets a blip would otherwise announce the veto line
    min_probes: int = 20


@dataclass(frozen=True, slots=True)
class Probe:
    """One light request and its outcome; `at` is an aware UTC moment."""

    url: str
    at: datetime
    ok: bool
    status: int | None = None
    elapsed_ms: int | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Availability:
    """The failure share of one URL (or of the portal, url "") over the window."""

    url: str
    probes: int
    failures: int
    level: Level

    @property
    def share(self) -> Decimal:
        return Decimal(self.failures) / Decimal(self.probes) if self.probes else Decimal(0)


def level_of(failures: int, probes: int, lines: ProbeLines) -> Level:
    """At or above a line counts as crossing it (the national rule says "≥ 5 %")."""
    if probes == 0 or probes < lines.min_probes:
        return "ok"
    share = Decimal(failures) / Decimal(probes)
    if share >= lines.veto_share:
        return "veto"
    if share >= lines.warn_share:
        return "warn"
    return "ok"


def availability(
    probes: Sequence[Probe], now: datetime, lines: ProbeLines, home: str
) -> dict[str, Availability]:
    """Per URL over the last 7 days; key "" is the portal, judged by its home page (the rule).

    The home page is reported as the portal only, not again under its URL: one
    crossing of the home page is one alert, not two.
    """
    since = now - WINDOW
    counts: dict[str, tuple[int, int]] = {}
    for probe in probes:
        if not since < probe.at <= now:
            continue
        total, failed = counts.get(probe.url, (0, 0))
        counts[probe.url] = (total + 1, failed + (0 if probe.ok else 1))
    out = {
        url: Availability(url, total, failed, level_of(failed, total, lines))
        for url, (total, failed) in counts.items()
        if url != home
    }
    total, failed = counts.get(home, (0, 0))
    out[""] = Availability("", total, failed, level_of(failed, total, lines))
    return out


def loaded_share(
    probes: Sequence[Probe], start: datetime, end: datetime, home: str
) -> float | None:
    """The share of home-page probes in [start, end) that loaded, for a bulletin's period;
    None when there were none (the bulletin then says "no data", not "100 %")."""
    inside = [p for p in probes if p.url == home and start <= p.at < end]
    if not inside:
        return None
    return sum(1 for p in inside if p.ok) / len(inside)


def crossings(
    before: Mapping[str, Level], now: Mapping[str, Availability]
) -> list[tuple[Availability, Level]]:
    """URLs whose level changed since last said (to warn, to veto, or back to ok)."""
    changed: list[tuple[Availability, Level]] = []
    for url, current in sorted(now.items()):
        previous = before.get(url, "ok")
        if current.level != previous:
            changed.append((current, previous))
    return changed


def message(current: Availability, previous: Level, portal: str) -> tuple[str, str]:
    """(title, body) in Chinese; the line crossed is named with its share."""
    what = f"{portal}首页" if current.url == "" else current.url
    rate = f"近 7 天访问失败率 {current.share * 100:.1f}%（{current.failures}/{current.probes}）"
    if current.level == "ok":
        return f"【政务公开提醒】{portal}：可访问性已恢复", f"{what} {rate}，已回到预警线以下。"
    veto = current.level == "veto"
    line = "单项否决线" if veto else "预警线"
    title = f"【政务公开提醒】{portal}：可访问性{'超过否决线' if veto else '预警'}"
    return title, f"{what} {rate}，已达{line}，请尽快排查。"
