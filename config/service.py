"""The service's sections — `alerts:`, `schedule:`, `probes:` — validated once, defaults here.

They arrive in `PortalConfig.sections` (the loader keeps them for their
features); each is optional. Unknown keys are errors here, unlike the core
schema: a misspelt cron key would silently leave the service on the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from apscheduler.triggers.cron import CronTrigger
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from checks.alerts import AlertPolicy
from checks.availability import ProbeLines
from checks.model import PortalConfig
from config.loader import ConfigError


@dataclass(frozen=True, slots=True)
class Schedule:
    """Cron strings in the portal's time zone; `reports_dir` is where scheduled reports go."""

    crawl: str = "0 2 * * mon"
    monthly: str = "0 6 1 * *"
    quarterly: str = "0 6 1 1,4,7,10 *"
    probes_per_day: int = 24
    misfire_grace_s: int = 6 * 3600
    lock_ttl_s: float = 90.0  # a lock not renewed for this long is taken over
    lock_poll_s: float = 15.0  # how often a waiting instance tries the lock
    send_every_s: float = 30.0  # how often the outbox is drained
    reports_dir: str = "var/reports"


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    schedule: Schedule
    alerts: AlertPolicy
    probes: ProbeLines


DEFAULT = Schedule()


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


M = TypeVar("M", bound=_Section)


class AlertsModel(_Section):
    default: list[str] = []
    warn_days: int = Field(3, ge=0, le=60)
    remind_every_days: int | None = Field(None, ge=1)
    digest: bool = True


class ScheduleModel(_Section):
    crawl: str = DEFAULT.crawl
    monthly: str = DEFAULT.monthly
    quarterly: str = DEFAULT.quarterly
    probes_per_day: int = Field(DEFAULT.probes_per_day, ge=0, le=24 * 60)
    misfire_grace_s: int = Field(DEFAULT.misfire_grace_s, ge=1)
    lock_ttl_s: float = Field(DEFAULT.lock_ttl_s, gt=0)
    lock_poll_s: float = Field(DEFAULT.lock_poll_s, gt=0)
    send_every_s: float = Field(DEFAULT.send_every_s, gt=0)
    reports_dir: str = DEFAULT.reports_dir

    @field_validator("crawl", "monthly", "quarterly")
    @classmethod
    def _cron(cls, value: str) -> str:
        try:
            CronTrigger.from_crontab(value)
        except ValueError as exc:
            raise ValueError(f"cron 表达式无效 / invalid cron expression {value!r}: {exc}") from exc
        return value

    @model_validator(mode="after")
    def _ttl_above_poll(self) -> ScheduleModel:
        if self.lock_poll_s >= self.lock_ttl_s:
            raise ValueError("lock_poll_s must be below lock_ttl_s")
        return self


class ProbesModel(_Section):
    warn_share: Decimal = Field(Decimal("0.03"), ge=0, le=1)
    veto_share: Decimal = Field(Decimal("0.05"), ge=0, le=1)
    min_probes: int = Field(20, ge=1)  # probes in the window before a line is judged


def service_settings(config: PortalConfig) -> ServiceSettings:
    """Parse the three sections; a ConfigError names the section and key at fault."""
    alerts = _parse(AlertsModel, config.sections.get("alerts"), "alerts")
    schedule = _parse(ScheduleModel, config.sections.get("schedule"), "schedule")
    probes = _parse(ProbesModel, config.sections.get("probes"), "probes")
    return ServiceSettings(
        schedule=Schedule(**schedule.model_dump()),
        alerts=AlertPolicy(
            default=tuple(alerts.default),
            warn_days=alerts.warn_days,
            remind_every_days=alerts.remind_every_days,
            digest=alerts.digest,
        ),
        probes=ProbeLines(
            warn_share=probes.warn_share,
            veto_share=probes.veto_share,
            min_probes=probes.min_probes,
        ),
    )


def _parse(model: type[M], raw: Any, name: str) -> M:
    if raw is None:
        return model()
    if not isinstance(raw, dict):
        raise ConfigError(f"键 {name} / key {name}: 应为映射 / must be a mapping")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        lines = [f"配置有误 / invalid configuration in section {name}:"]
        for error in exc.errors():
            where = ".".join(str(p) for p in (name, *error["loc"]))
            msg = str(error["msg"]).removeprefix("Value error, ")
            lines.append(f"  - 键 {where} / key {where}: {msg}")
        raise ConfigError("\n".join(lines)) from exc
