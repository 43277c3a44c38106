"""The service's tables: the outbox, alert states, availability probes, the lock, job runs.

Registered on the same metadata as store/models.py (store/__init__ imports
this module), so the migrations-vs-models test covers them; their revision is
migrations/versions/0002_service_outbox_alerts_probes_lock.py.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.models import Base, intpk, json_value, long_text, moment, unit_key


class OutboxRow(Base):
    """One message to send; written with the finding that caused it, sent by govwatch.notify."""

    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("dedupe_key"), Index(None, "sent_at", "next_attempt"))

    id: Mapped[intpk]
    dedupe_key: Mapped[str] = mapped_column(Text)
    unit: Mapped[unit_key]
    kind: Mapped[str] = mapped_column(String(32))
    recipients: Mapped[json_value]  # apprise URLs
    title: Mapped[long_text]
    body: Mapped[long_text]
    created: Mapped[moment]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt: Mapped[moment]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class AlertStateRow(Base):
    """What was last said about a subject, so a standing problem is not re-sent every week."""

    __tablename__ = "alert_state"

    unit: Mapped[unit_key] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(Text, primary_key=True)
    check: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))
    since: Mapped[date]
    last_sent: Mapped[date | None]
    detail: Mapped[str] = mapped_column(Text, default="")


class ProbeRow(Base):
    """One availability probe (RULES.md §2: ≥ 20 a day, 15 s limit)."""

    __tablename__ = "probe"
    __table_args__ = (Index(None, "at", "url"),)

    id: Mapped[intpk]
    url: Mapped[long_text]
    at: Mapped[moment]
    ok: Mapped[bool]
    status: Mapped[int | None]
    elapsed_ms: Mapped[int | None]
    error: Mapped[str | None] = mapped_column(Text)


class ServiceLockRow(Base):
    """One row per lock name: the holder renews `expires`; a lapsed lock may be taken over."""

    __tablename__ = "service_lock"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(255))
    heartbeat: Mapped[moment]
    expires: Mapped[moment]


class ServiceJobRow(Base):
    """Each scheduled job's last due time handled, so a restart catches up exactly once."""

    __tablename__ = "service_job"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_due: Mapped[moment]
    started: Mapped[datetime | None]
    finished: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(Text)
