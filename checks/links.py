"""broken_link: a link on a unit's subpage or on the first page of one of its columns whose
target, after retries, answers ≥ 400 or cannot be reached (RULES.md §3).

The crawler (`crawler/links.py`) checks each distinct target once per run and hands back a
`LinkReport`; this module only reads it. Targets the crawler refused to request (unsafe
address) or had no budget left for are never reported as broken: not knowing is not failing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from checks.model import FAIL, Fetched, Finding, Unit
from checks.urls import link_target


class LinkAnswer(Protocol):
    """What the fetcher's `check_link` returns (`crawler.fetch.LinkStatus` has these fields)."""

    @property
    def url(self) -> str: ...
    @property
    def ok(self) -> bool: ...
    @property
    def status(self) -> int | None: ...
    @property
    def error(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class LinkReport:
    """One run's link checking: answers by target, targets skipped and why, targets not checked."""

    status: Mapping[str, LinkAnswer] = field(default_factory=dict)
    skipped: Mapping[str, str] = field(default_factory=dict)
    not_checked: tuple[str, ...] = ()


def targets_on(pages: Sequence[tuple[str, Fetched]]) -> dict[str, list[str]]:
    """Each checkable target and the pages carrying it (sorted, no repeats)."""
    found: dict[str, set[str]] = {}
    for page_url, page in pages:
        for _text, href in page.links:
            target, _why = link_target(page_url, href)
            if target is not None:
                found.setdefault(target, set()).add(page_url)
    return {target: sorted(on) for target, on in found.items()}


def check_broken_links(
    unit: Unit, pages: Sequence[tuple[str, Fetched]], report: LinkReport
) -> list[Finding]:
    """One finding per broken target per unit, naming every page of the unit that carries it."""
    findings: list[Finding] = []
    for target, found_on in sorted(targets_on(pages).items()):
        answer = report.status.get(target)
        if answer is None or answer.ok:
            continue
        why = f"HTTP {answer.status}" if answer.status is not None else (answer.error or "无法连接")
        findings.append(
            Finding(
                unit=unit.id,
                check="broken_link",
                severity=FAIL,
                url=target,
                message=f"{unit.name} 页面上的链接无法访问（{why}）：{target}",
                observed={"found_on": found_on, "status": answer.status, "error": answer.error},
            )
        )
    return findings
