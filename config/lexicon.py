"""Loading the spam lexicon of the content_injection check: the packaged list
(`checks/data/spam_lexicon.txt`) plus the configuration's optional `injection:` section.

File I/O lives here, not in `checks/`, which stays pure (STYLE.md §1).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checks.lexicon import Lexicon
from checks.text import Converter
from config.loader import ConfigError

LEXICON_FILE = "spam_lexicon.txt"
_LISTS = ("allow", "context", "trusted_hosts")


class InjectionModel(BaseModel):
    """The `injection:` section: more terms to flag, phrases never to flag, hosts to trust."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    extra_terms: list[str] = Field(default_factory=list)
    allow_terms: list[str] = Field(default_factory=list)
    trusted_hosts: list[str] = Field(default_factory=list)


def injection_settings(sections: Mapping[str, Any]) -> InjectionModel:
    """Validate `PortalConfig.sections["injection"]`; an error names the key at fault."""
    raw = sections.get("injection") or {}
    try:
        return InjectionModel.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"injection.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"配置有误 / invalid configuration: {problems}") from exc


def parse_lexicon_text(text: str) -> dict[str, list[str]]:
    """`[section]` headers, one entry per line, `#` comments; section -> entries."""
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for line in text.splitlines():
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry.startswith("[") and entry.endswith("]"):
            current = entry[1:-1].strip()
            sections.setdefault(current, [])
        elif current is not None:
            sections[current].append(entry)
    return sections


def packaged_lexicon_text() -> str:
    return (resources.files("checks") / "data" / LEXICON_FILE).read_text(encoding="utf-8")


def load_lexicon(
    extra_terms: Iterable[str] = (),
    allow_terms: Iterable[str] = (),
    trusted_hosts: Iterable[str] = (),
    convert: Converter | None = None,
) -> Lexicon:
    """The packaged lexicon extended by the configuration; extra terms form category `config`."""
    sections = parse_lexicon_text(packaged_lexicon_text())
    terms = {name: entries for name, entries in sections.items() if name not in _LISTS}
    terms["config"] = [*terms.get("config", []), *extra_terms]
    return Lexicon.build(
        terms,
        allow=[*sections.get("allow", []), *allow_terms],
        context=sections.get("context", []),
        trusted_hosts=[*sections.get("trusted_hosts", []), *trusted_hosts],
        convert=convert,
    )


def lexicon_from_config(sections: Mapping[str, Any], convert: Converter | None = None) -> Lexicon:
    settings = injection_settings(sections)
    return load_lexicon(
        settings.extra_terms, settings.allow_terms, settings.trusted_hosts, convert=convert
    )
