"""The service's side of the store: outbox, alert states, probes, the lock and job records.

Every method takes `now` from the caller: the service's clock is injectable,
so tests drive time without sleeping. Writes that must not double (outbox
rows, alert states) are upserts keyed by their natural keys.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy.exc
from sqlalchemy import Engine, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from checks.alerts import Alert, AlertPlan, AlertState, StateKey
from checks.availability import Probe
from store.engine import unreachable
from store.service_tables import (
    AlertStateRow,
    OutboxRow,
    ProbeRow,
    ServiceJobRow,
    ServiceLockRow,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Message:
    """An outbox row as the sender sees it."""

    id: int
    dedupe_key: str
    recipients: tuple[str, ...]
    title: str
    body: str
    attempts: int


@dataclass(frozen=True, slots=True)
class JobRecord:
    name: str
    last_due: datetime
    started: datetime | None
    finished: datetime | None
    outcome: str | None


def _insert(session: Session) -> type[sqlite.Insert] | type[postgresql.Insert]:
    """ON CONFLICT is spelled the same on both supported databases."""
    name = session.get_bind().dialect.name
    if name == "sqlite":
        return sqlite.Insert
    if name == "postgresql":
        return postgresql.Insert
    raise NotImplementedError(f"unsupported database {name}")


def enqueue(session: Session, alerts: Sequence[Alert], now: datetime) -> None:
    """Insert-or-ignore by dedupe key: a key already queued (or sent) is never queued again."""
    for alert in alerts:
        statement = _insert(session)(OutboxRow).values(
            dedupe_key=alert.dedupe_key,
            unit=alert.unit,
            kind=alert.kind,
            recipients=list(alert.recipients),
            title=alert.title,
            body=alert.body,
            created=now,
            attempts=0,
            next_attempt=now,
        )
        session.execute(statement.on_conflict_do_nothing(index_elements=["dedupe_key"]))


def save_states(session: Session, states: Sequence[AlertState]) -> None:
    for state in states:
        values = {
            "unit": state.unit,
            "subject": state.subject,
            "check": state.check,
            "state": state.state,
            "since": state.since,
            "last_sent": state.last_sent,
            "detail": state.detail,
        }
        statement = _insert(session)(AlertStateRow).values(**values)
        session.execute(
            statement.on_conflict_do_update(
                index_elements=["unit", "subject", "check"],
                set_={k: statement.excluded[k] for k in ("state", "since", "last_sent", "detail")},
            )
        )


def write_plan(session: Session, plan: AlertPlan, now: datetime) -> None:
    """Inside the unit's transaction (Store.record_unit): findings and alerts commit together."""
    save_states(session, plan.states)
    enqueue(session, plan.alerts, now)


class ServiceStore:
    """Reads and writes the service tables; hands out frozen values only."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except (sqlalchemy.exc.OperationalError, sqlalchemy.exc.InterfaceError) as exc:
            raise unreachable(self.engine, exc) from exc

    # --- alerts --------------------------------------------------------------

    def alert_states(self, unit: str) -> dict[StateKey, AlertState]:
        with self._session() as session:
            found = session.scalars(select(AlertStateRow).where(AlertStateRow.unit == unit))
            return {
                (r.subject, r.check): AlertState(
                    r.unit, r.subject, r.check, r.state, r.since, r.last_sent, r.detail
                )
                for r in found
            }

    def apply(self, plan: AlertPlan, now: datetime) -> None:
        """States and alerts outside a unit record (the digest, availability lines)."""
        with self._session() as session:
            write_plan(session, plan, now)

    # --- outbox --------------------------------------------------------------

    def due(self, now: datetime, limit: int = 50) -> list[Message]:
        with self._session() as session:
            found = session.scalars(
                select(OutboxRow)
                .where(OutboxRow.sent_at.is_(None), OutboxRow.next_attempt <= now)
                .order_by(OutboxRow.id)
                .limit(limit)
            )
            return [
                Message(r.id, r.dedupe_key, tuple(r.recipients), r.title, r.body, r.attempts)
                for r in found
            ]

    def mark_sent(self, message_id: int, now: datetime) -> None:
        with self._session() as session:
            session.execute(
                update(OutboxRow)
                .where(OutboxRow.id == message_id)
                .values(sent_at=now, attempts=OutboxRow.attempts + 1, last_error=None)
            )

    def mark_failed(self, message_id: int, error: str, retry_at: datetime) -> None:
        with self._session() as session:
            session.execute(
                update(OutboxRow)
                .where(OutboxRow.id == message_id)
                .values(attempts=OutboxRow.attempts + 1, last_error=error, next_attempt=retry_at)
            )

    def outbox(self) -> list[tuple[str, str, datetime | None, int]]:
        """(dedupe key, title, sent_at, attempts) of every row, oldest first: for operators."""
        with self._session() as session:
            found = session.scalars(select(OutboxRow).order_by(OutboxRow.id))
            return [(r.dedupe_key, r.title, r.sent_at, r.attempts) for r in found]

    # --- probes --------------------------------------------------------------

    def add_probes(self, probes: Sequence[Probe]) -> None:
        with self._session() as session:
            session.add_all(
                ProbeRow(url=p.url, at=p.at, ok=p.ok, status=p.status,
                         elapsed_ms=p.elapsed_ms, error=p.error)
                for p in probes
            )

    def probes_since(self, since: datetime) -> list[Probe]:
        with self._session() as session:
            found = session.scalars(select(ProbeRow).where(ProbeRow.at > since))
            return [Probe(r.url, r.at, r.ok, r.status, r.elapsed_ms, r.error) for r in found]

    # --- the one-instance lock -----------------------------------------------

    def acquire(self, name: str, holder: str, now: datetime, expires: datetime) -> str | None:
        """Take or renew the lock; returns None when held, else the other holder's name."""
        with self._session() as session:
            statement = _insert(session)(ServiceLockRow).values(
                name=name, holder=holder, heartbeat=now, expires=expires
            )
            session.execute(statement.on_conflict_do_nothing(index_elements=["name"]))
            taken = session.execute(
                update(ServiceLockRow)
                .where(
                    ServiceLockRow.name == name,
                    (ServiceLockRow.holder == holder) | (ServiceLockRow.expires < now),
                )
                .values(holder=holder, heartbeat=now, expires=expires)
            )
            if taken.rowcount == 1:  # type: ignore[attr-defined]
                return None
            other = session.get(ServiceLockRow, name)
            return other.holder if other is not None else "?"

    def release(self, name: str, holder: str) -> None:
        with self._session() as session:
            session.execute(
                delete(ServiceLockRow).where(
                    ServiceLockRow.name == name, ServiceLockRow.holder == holder
                )
            )

    # --- job records ---------------------------------------------------------

    def jobs(self) -> dict[str, JobRecord]:
        with self._session() as session:
            return {
                r.name: JobRecord(r.name, r.last_due, r.started, r.finished, r.outcome)
                for r in session.scalars(select(ServiceJobRow))
            }

    def job_started(self, name: str, due: datetime, now: datetime) -> None:
        """Recorded before the job runs: a job that crashes the process is not re-run in a loop."""
        with self._session() as session:
            row = session.get(ServiceJobRow, name)
            if row is None:
                session.add(ServiceJobRow(name=name, last_due=due, started=now))
                return
            row.last_due, row.started, row.finished, row.outcome = due, now, None, None

    def job_finished(self, name: str, now: datetime, outcome: str) -> None:
        with self._session() as session:
            row = session.get(ServiceJobRow, name)
            if row is not None:
                row.finished, row.outcome = now, outcome[:2000]

