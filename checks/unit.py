"""Every check of one unit, from what the crawler saw: the weekly check's pure core.

The crawler hands over the unit's observations and the run's link report; this
module decides, with no I/O, which findings they make. Keeping the whole
decision in one pure function is what lets a test replay any observation set
and get the exact findings a crawl would record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from checks.categories import check_categories
from checks.freshness import check_unit_freshness
from checks.injection import check_injection
from checks.lexicon import Lexicon
from checks.links import LinkReport, check_broken_links
from checks.meta import check_meta
from checks.model import Category, Fetched, Finding, Observation, Unit


@dataclass(frozen=True, slots=True)
class UnitPages:
    """What the crawler observed for one unit in one run."""

    subpage: Observation
    columns: Mapping[str, Observation]  # by configured column URL
    details: Sequence[Observation] = ()  # detail pages read (to date a list, or its newest)

    def link_pages(self) -> list[tuple[str, Fetched]]:
        """Pages whose links are checked (RULES.md §3): the subpage and each column's first page,
        each named by the address read (a column configured at its second page is read from its
        first: that is where an operator finds the link)."""
        return [
            (o.outcome.final_url or o.url, o.outcome)
            for o in self._listed()
            if isinstance(o.outcome, Fetched)
        ]

    def content_pages(self) -> list[tuple[str, Fetched]]:
        """Pages searched for injected content: the link pages and the detail pages read."""
        pages = [*self._listed(), *self.details]
        return [(o.url, o.outcome) for o in pages if isinstance(o.outcome, Fetched)]

    def _listed(self) -> list[Observation]:
        return [self.subpage, *self.columns.values()]


@dataclass(frozen=True, slots=True)
class UnitRules:
    """The run-wide inputs of the checks, built once per run."""

    categories: Mapping[str, Category]
    lexicon: Lexicon
    own_hosts: tuple[str, ...]
    check_meta_tags: bool = True


def check_unit(
    unit: Unit, pages: UnitPages, links: LinkReport, rules: UnitRules, as_of: date
) -> list[Finding]:
    """All findings for the unit, at most one per check and subject."""
    findings = check_unit_freshness(unit, rules.categories, pages.subpage, pages.columns, as_of)
    findings += check_categories(unit, rules.categories, pages.subpage.outcome)
    findings += check_broken_links(unit, pages.link_pages(), links)
    findings += check_injection(unit.id, pages.content_pages(), rules.lexicon, rules.own_hosts)
    if rules.check_meta_tags:
        findings += _meta_findings(unit, pages)
    return _unique(findings)


def _meta_findings(unit: Unit, pages: UnitPages) -> list[Finding]:
    found: list[Finding] = []
    columns = {c.url: c.name for c in unit.columns}
    for observation in (pages.subpage, *pages.columns.values(), *pages.details):
        if isinstance(observation.outcome, Fetched):
            finding = check_meta(
                unit.id,
                observation.url,
                observation.role,
                observation.outcome,
                column=columns.get(observation.url),
            )
            if finding is not None:
                found.append(finding)
    return found


def _unique(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per key: two columns sharing a URL must not make the same finding twice."""
    kept: dict[tuple[str, str, str], Finding] = {}
    for finding in findings:
        current = kept.get(finding.key)
        if current is None or (current.severity == "warn" and finding.severity == "fail"):
            kept[finding.key] = finding
    return list(kept.values())
