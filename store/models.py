"""The tables: runs, which units of a run are done, observations, findings, and the page cache.

Rows stay inside the store; every other layer gets the frozen values of
checks/model.py. Every change here needs an alembic revision in
migrations/versions/ (a test compares these models with the migrated schema).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, on SQLite too (it keeps no offset, returns naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# Shared column types (STYLE.md §4): one place says how a kind of value is stored.
intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
unit_key = Annotated[str, mapped_column(String(100))]
long_text = Annotated[str, mapped_column(Text)]
short = Annotated[str, mapped_column(String(255))]
moment = Annotated[datetime, mapped_column(UTCDateTime())]
json_value = Annotated[Any, mapped_column(JSON)]

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), str: String(255)}


class RunRow(Base):
    """One weekly check (or recheck), filed under its as_of day."""

    __tablename__ = "run"
    __table_args__ = (
        CheckConstraint("status IN ('running', 'complete', 'interrupted')", name="status"),
        Index(None, "as_of", "status"),
    )

    id: Mapped[intpk]
    as_of: Mapped[date]
    started: Mapped[moment]
    finished: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16))
    units: Mapped[json_value]  # the unit ids this run checks, as given
    config_hash: Mapped[str] = mapped_column(String(128), default="")
    host: Mapped[short]
    pid: Mapped[int]


class RunUnitRow(Base):
    """A unit fully recorded for a run: what a resumed run skips."""

    __tablename__ = "run_unit"

    run_id: Mapped[int] = mapped_column(
        ForeignKey("run.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[unit_key] = mapped_column(primary_key=True)
    done_at: Mapped[moment]


class ObservationRow(Base):
    """What one visit to one page saw; `recorded_for` is the unit whose record it belongs to."""

    __tablename__ = "observation"
    __table_args__ = (Index(None, "run_id", "recorded_for"),)

    id: Mapped[intpk]
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"))
    recorded_for: Mapped[unit_key]
    unit_id: Mapped[str | None] = mapped_column(String(100))
    url: Mapped[long_text]
    role: Mapped[str] = mapped_column(String(16))
    column: Mapped[str | None]
    fetched_at: Mapped[datetime | None]
    status: Mapped[int | None]
    kind: Mapped[str] = mapped_column(String(16))  # fetched | unreachable | unreadable
    error: Mapped[str | None] = mapped_column(Text)
    final_url: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(64))
    encoding: Mapped[str | None] = mapped_column(String(64))
    content_hash: Mapped[str | None] = mapped_column(String(128))
    items: Mapped[json_value | None]
    newest: Mapped[date | None]
    newest_rule: Mapped[str | None] = mapped_column(Text)
    empty_marker: Mapped[str | None] = mapped_column(Text)
    not_modified: Mapped[bool] = mapped_column(default=False)
    links: Mapped[json_value | None]
    blocks: Mapped[json_value | None]
    meta: Mapped[json_value | None]


class PageCacheRow(Base):
    """The latest reading of a URL and its validators, so a 304 next run re-uses it."""

    __tablename__ = "page_cache"

    id: Mapped[intpk]
    url: Mapped[str] = mapped_column(Text, unique=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[json_value]  # a serialized Fetched (store/codec.py)
    content_hash: Mapped[str] = mapped_column(String(128), default="")
    updated_at: Mapped[moment]


class FindingRow(Base):
    """One finding; `subject` is the category for category_missing, else the URL (Finding.key)."""

    __tablename__ = "finding"
    __table_args__ = (
        UniqueConstraint("run_id", "unit", "check", "subject"),
        CheckConstraint("severity IN ('fail', 'warn')", name="severity"),
    )

    id: Mapped[intpk]
    run_id: Mapped[int] = mapped_column(ForeignKey("run.id", ondelete="CASCADE"))
    unit: Mapped[unit_key]
    check: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(8))
    url: Mapped[long_text]
    column: Mapped[str | None]
    category: Mapped[str | None] = mapped_column(String(100))
    message: Mapped[str] = mapped_column(Text)
    observed: Mapped[json_value]
    subject: Mapped[str] = mapped_column(Text)
