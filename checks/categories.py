"""category_missing: a category required for the unit's kind is not shown on its subpage
(RULES.md §3 "Category present").

Present when the subpage links to one of the unit's own columns of that category (URLs
compared normalised), or shows a link whose normalised text equals one of the category's
names or aliases. An unreachable or unreadable subpage says nothing about its categories:
only `subpage_unreachable` is reported for it, elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from checks.model import FAIL, Category, Fetched, Finding, Outcome, Unit
from checks.text import Converter, title_core
from checks.urls import page_key


def required_categories(unit: Unit, categories: Mapping[str, Category]) -> list[Category]:
    """Categories whose `required_for` names the unit's kind, in configuration order."""
    return [c for c in categories.values() if unit.kind in c.required_for]


@dataclass(frozen=True, slots=True)
class ShownOnSubpage:
    """What a subpage shows, normalised once: each required category is looked up in it
    (normalising every link again per category cost more than the rest of a unit's checks)."""

    urls: frozenset[str]  # normalised link targets
    names: frozenset[str]  # title cores of link texts and block labels

    @classmethod
    def of(cls, subpage: Fetched, convert: Converter | None = None) -> ShownOnSubpage:
        texts = (*(text for text, _url in subpage.links), *subpage.labels)
        return cls(
            urls=frozenset(page_key(url) for _text, url in subpage.links),
            names=frozenset(title_core(t, convert) for t in texts),
        )


def category_present(
    unit: Unit,
    category: Category,
    subpage: Fetched,
    convert: Converter | None = None,
    shown: ShownOnSubpage | None = None,
) -> bool:
    shown = shown or ShownOnSubpage.of(subpage, convert)
    column_urls = {page_key(c.url) for c in unit.columns if c.category == category.id}
    if not column_urls.isdisjoint(shown.urls):
        return True
    names = {title_core(n, convert) for n in (*category.names, *category.aliases)}
    names.discard("")
    # A block titled with the name (its only link reading 更多) shows the category too.
    return not names.isdisjoint(shown.names)


def check_categories(
    unit: Unit,
    categories: Mapping[str, Category],
    subpage: Outcome,
    convert: Converter | None = None,
) -> list[Finding]:
    """One `category_missing` per required category absent from the subpage."""
    if not isinstance(subpage, Fetched):
        return []
    required = required_categories(unit, categories)
    shown = ShownOnSubpage.of(subpage, convert) if required else None
    return [
        Finding(
            unit=unit.id,
            check="category_missing",
            severity=FAIL,
            url=unit.subpage,
            category=category.id,
            message=f"未在子页面发现「{category.canonical_name}」栏目",
            observed={
                "names": [*category.names, *category.aliases],
                "columns": [c.url for c in unit.columns if c.category == category.id],
                "links_on_page": len(subpage.links),
            },
        )
        for category in required
        if not category_present(unit, category, subpage, convert, shown)
    ]
