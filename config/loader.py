"""Parse and validate the YAML; turn pydantic's errors into messages an operator can act on."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from checks.model import (
    Category,
    Column,
    CrawlSettings,
    Portal,
    PortalConfig,
    Unit,
)
from config import yamlstream
from config.schema import PortalConfigModel

log = logging.getLogger(__name__)

# Top-level sections that features read with their own models (scoring, schedule, …).
EXTENSION_SECTIONS = frozenset({"scoring", "schedule", "alerts", "injection", "probes", "notify"})


class ConfigError(Exception):
    """The configuration cannot be used; the message names the unit, column and key at fault."""


def default_config_path() -> Path:
    """The bundled sample configuration, used when no --config or $GOVWATCH_CONFIG is given."""
    return Path(str(resources.files("config") / "portal.yaml"))


def load_config(path: str | Path) -> PortalConfig:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ConfigError(f"配置文件不存在 / configuration file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"无法读取配置文件 / cannot read configuration {path}: {exc}") from exc
    return parse_config(text, source=str(path))


def parse_config(text: str, source: str = "<config>") -> PortalConfig:
    try:
        raw = yamlstream.load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: YAML 格式错误 / YAML syntax error: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: 配置应为映射 / the configuration must be a mapping")
    try:
        model = PortalConfigModel.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, raw, source)) from exc
    for where in _unknown_keys(model, raw):
        log.warning("%s: 未知配置项，已忽略 / unknown key ignored: %s", source, where)
    return _to_domain(model)


def _to_domain(model: PortalConfigModel) -> PortalConfig:
    crawl = model.crawl.model_dump()
    if crawl["user_agent"] is None:
        crawl.pop("user_agent")
    crawl["allow_hosts"] = tuple(h.lower() for h in crawl["allow_hosts"])
    return PortalConfig(
        portal=Portal(**model.portal.model_dump()),
        crawl=CrawlSettings(**crawl),
        categories={
            c.id: Category(
                id=c.id,
                names=tuple(c.names),
                max_age_days=c.max_age_days,
                required_for=tuple(c.required_for),
                top_level=c.top_level,
                aliases=tuple(c.aliases),
            )
            for c in model.categories
        },
        units=tuple(
            Unit(
                id=u.id,
                name=u.name,
                kind=u.kind,
                subpage=u.subpage,
                columns=tuple(Column(**c.model_dump()) for c in u.columns),
                alerts=tuple(u.alerts),
            )
            for u in model.units
        ),
        sections={k: v for k, v in (model.model_extra or {}).items() if k in EXTENSION_SECTIONS},
    )


def _describe(exc: ValidationError, raw: dict[str, Any], source: str) -> str:
    lines = [f"{source}: 配置有误，未进行任何检查 / invalid configuration, nothing was crawled:"]
    for error in exc.errors():
        loc = list(error["loc"])
        msg = str(error["msg"]).removeprefix("Value error, ")
        if not loc and msg.startswith(("units.", "categories.")):
            head, _, msg = msg.partition(": ")
            loc = [int(p) if p.isdigit() else p for p in head.split(".")]
        lines.append(f"  - {_where(loc, raw)}: {msg}")
    return "\n".join(lines)


def _where(loc: list[Any], raw: dict[str, Any]) -> str:
    """Name the unit and column by id and name, not by list index."""
    parts: list[str] = []
    node: Any = raw
    i = 0
    while i < len(loc):
        key = loc[i]
        nxt = loc[i + 1] if i + 1 < len(loc) else None
        if key in ("units", "columns", "categories") and isinstance(nxt, int):
            items = node.get(key) if isinstance(node, dict) else None
            item = items[nxt] if isinstance(items, list) and nxt < len(items) else None
            label = {
                "units": ("单位", "unit"),
                "columns": ("栏目", "column"),
                "categories": ("类别", "category"),
            }[key]
            ident = _ident(item, key) or f"#{nxt + 1}"
            parts.append(f"{label[0]} {ident} / {label[1]} {ident}")
            node = item
            i += 2
            continue
        parts.append(f"键 {key} / key {key}")
        node = node.get(key) if isinstance(node, dict) else None
        i += 1
    return ", ".join(parts) or "(文件 / file)"


def _ident(item: Any, key: str) -> str | None:
    if not isinstance(item, dict):
        return None
    field = "name" if key == "columns" else "id"
    value = item.get(field)
    return str(value) if value is not None else None


def _unknown_keys(model: BaseModel, raw: Any, path: str = "") -> list[str]:
    """Keys the schema does not know, named like validation errors (unit, column, key)."""
    found: list[str] = []
    extra = model.model_extra or {}
    for key in extra:
        if path == "" and key in EXTENSION_SECTIONS:
            continue
        found.append(f"{path}{key}")
    for name in type(model).model_fields:
        value = getattr(model, name)
        sub = raw.get(name) if isinstance(raw, dict) else None
        if isinstance(value, BaseModel):
            found += _unknown_keys(value, sub, f"{path}{name}.")
        elif isinstance(value, list | tuple):
            for i, element in enumerate(value):
                if isinstance(element, BaseModel):
                    label = _ident(sub[i], name) if isinstance(sub, list) else None
                    found += _unknown_keys(
                        element,
                        sub[i] if isinstance(sub, list) else None,
                        f"{path}{name}[{label or i}].",
                    )
    return found
