"""The YAML schema of INTERFACE.md, validated at load with pydantic v2.

Every default of the configuration lives here, in one place. The models are
parsed once and turned into the frozen domain types of `checks.model`; no
other layer sees pydantic.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)


def _absolute_http_url(value: str) -> str:
    """Relative and non-http URLs cannot be crawled: reject them at load."""
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"不是 http(s) 绝对地址 / not an absolute http(s) URL: {value!r}")
    return value


HttpUrl = Annotated[str, AfterValidator(_absolute_http_url)]
NonEmpty = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    """Unknown keys are kept and reported as warnings by the loader, not rejected: a newer
    configuration must not stop an older govwatch from crawling."""

    model_config = ConfigDict(extra="allow", frozen=True, str_strip_whitespace=True)


class PortalModel(_Strict):
    name: NonEmpty
    base_url: HttpUrl
    timezone: str = "Asia/Shanghai"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"未知时区 / unknown time zone: {value!r}") from exc
        return value


class CrawlModel(_Strict):
    timeout_s: float = Field(15.0, gt=0, le=300)
    concurrency: int = Field(4, ge=1, le=64)
    delay_s: float = Field(0.5, ge=0, le=60)
    retries: int = Field(3, ge=0, le=10)
    backoff_s: float = Field(0.5, ge=0, le=60)
    retry_after_cap_s: float = Field(30.0, ge=0, le=3600)
    max_bytes: int = Field(5 * 1024 * 1024, ge=1024, le=200 * 1024 * 1024)
    max_redirects: int = Field(10, ge=0, le=30)
    detail_pages: int = Field(3, ge=0, le=20)
    newest_details: int = Field(1, ge=0, le=20)
    user_agent: str | None = None
    link_check_limit: int = Field(2000, ge=0)
    allow_hosts: tuple[str, ...] = ()


class CategoryModel(_Strict):
    id: NonEmpty
    names: Annotated[list[NonEmpty], Field(min_length=1)]
    max_age_days: int | None = Field(None, ge=0)
    required_for: list[NonEmpty] = []
    top_level: bool = False
    aliases: list[NonEmpty] = []  # extra names a subpage may show the category under


class ColumnModel(_Strict):
    name: NonEmpty
    url: HttpUrl
    category: NonEmpty
    selector: str | None = None
    date_selector: str | None = None

    @field_validator("selector", "date_selector")
    @classmethod
    def _valid_css(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from selectolax.lexbor import LexborHTMLParser

        try:
            LexborHTMLParser("<html></html>").css(value)
        except Exception as exc:  # selectolax raises bare Exception/ValueError on bad CSS
            raise ValueError(f"CSS 选择器无效 / invalid CSS selector: {value!r}") from exc
        return value


class UnitModel(_Strict):
    id: Annotated[str, Field(min_length=1, pattern=r"^\S+$")]
    name: NonEmpty
    kind: NonEmpty
    subpage: HttpUrl
    columns: list[ColumnModel] = []
    alerts: list[str] = []


class PortalConfigModel(_Strict):
    """The whole file; extra top-level sections (scoring, schedule, alerts) are extensions."""

    model_config = ConfigDict(extra="allow", frozen=True)

    portal: PortalModel
    crawl: CrawlModel = CrawlModel()
    categories: Annotated[list[CategoryModel], Field(min_length=1)]
    units: list[UnitModel]

    @model_validator(mode="after")
    def _cross_references(self) -> PortalConfigModel:
        _unique([c.id for c in self.categories], "categories", "id")
        _unique([u.id for u in self.units], "units", "id")
        known = {c.id for c in self.categories}
        for ui, unit in enumerate(self.units):
            _unique([c.url for c in unit.columns], f"units.{ui}.columns", "url")
            for ci, column in enumerate(unit.columns):
                if column.category not in known:
                    raise ValueError(
                        f"units.{ui}.columns.{ci}.category: 未知栏目类别 / unknown category "
                        f"{column.category!r} (known: {', '.join(sorted(known))})"
                    )
        return self


def _unique(values: list[str], where: str, key: str) -> None:
    seen: set[str] = set()
    for i, value in enumerate(values):
        if value in seen:
            raise ValueError(f"{where}.{i}.{key}: 重复 / duplicate {key} {value!r}")
        seen.add(value)


def extra_section(model: PortalConfigModel, name: str) -> Any:
    """A top-level section that later features validate with their own model."""
    extra = model.model_extra or {}
    return extra.get(name)
