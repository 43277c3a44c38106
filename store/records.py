"""The store: runs, what each unit's visit saw and what the checks found, and the page cache.

A unit's observations and findings are written in one transaction together
with its `run_unit` mark, so after a crash a unit is either fully recorded for
its run or not at all, and the resumed run skips exactly the units done.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

import sqlalchemy.exc
from sqlalchemy import Engine, Select, delete, func, insert, select
from sqlalchemy.orm import Session

from checks.alerts import AlertPlan
from checks.model import (
    Fetched,
    Finding,
    Observation,
    RunRecord,
    RunStatus,
)
from crawler.fetch import Validators
from store import rows
from store.codec import (
    decode_fetched,
    encode_fetched,
)
from store.engine import StoreError, unreachable
from store.models import Base, FindingRow, ObservationRow, PageCacheRow, RunRow, RunUnitRow
from store.service import write_plan

log = logging.getLogger(__name__)

RESUMABLE = ("running", "interrupted")
_TABLES = Base.metadata.tables  # Core inserts for a unit's record (see record_unit)


@dataclass(frozen=True, slots=True)
class UnitRecord:
    """What one unit's visit adds to a run: its observations, findings, the pages read anew
    (with their validators) for the page cache, and the alerts that commit with them."""

    run_id: int
    unit_id: str
    observations: Sequence[Observation]
    findings: Sequence[Finding]
    pages: Mapping[str, tuple[Validators, Fetched]] | None = None
    alerts: AlertPlan | None = None

    def cached(self) -> Mapping[str, tuple[Validators, Fetched]]:
        """`pages`; without it, fresh readings are cached without validators, which keeps
        their reading but cannot make the next request conditional."""
        if self.pages is not None:
            return self.pages
        return {
            o.url: (Validators(), o.outcome)
            for o in self.observations
            if isinstance(o.outcome, Fetched) and not o.outcome.not_modified
        }


@dataclass(frozen=True, slots=True)
class CachedPage:
    """The latest reading of a URL, re-used when the server answers 304 Not Modified."""

    url: str
    validators: Validators
    outcome: Fetched


def _now() -> datetime:
    return datetime.now(UTC)


class Store:
    """Reads and writes the database; hands out only the frozen values of checks/model.py."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """One transaction; a database that went away becomes a StoreError, not a traceback."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except (sqlalchemy.exc.OperationalError, sqlalchemy.exc.InterfaceError) as exc:
            raise unreachable(self.engine, exc) from exc

    # --- runs ------------------------------------------------------------------

    def open_run(self, as_of: date, unit_ids: Sequence[str], *, config_hash: str = "") -> int:
        """Resume the newest unfinished run of this as_of over the same unit set, else start one.

        "Unfinished" is `running` (the process died without a word) or
        `interrupted`; the caller skips the units `units_done` lists.
        """
        units = list(dict.fromkeys(unit_ids))
        with self._session() as session:
            candidates = session.scalars(
                select(RunRow)
                .where(RunRow.as_of == as_of, RunRow.status.in_(RESUMABLE))
                .order_by(RunRow.id.desc())
            )
            for run in candidates:
                if set(run.units) == set(units):
                    run.status, run.finished = "running", None
                    log.info("resuming run %s of %s", run.id, as_of)
                    return run.id
            run = RunRow(
                as_of=as_of,
                started=_now(),
                status="running",
                units=units,
                config_hash=config_hash,
                host=socket.gethostname()[:255],
                pid=os.getpid(),
            )
            session.add(run)
            session.flush()
            return run.id

    def units_done(self, run_id: int) -> set[str]:
        with self._session() as session:
            done = select(RunUnitRow.unit_id).where(RunUnitRow.run_id == run_id)
            return set(session.scalars(done))

    def finish_run(self, run_id: int, status: RunStatus = "complete") -> None:
        with self._session() as session:
            run = session.get(RunRow, run_id)
            if run is None:
                raise StoreError(f"没有该次检查 / no run {run_id}")
            run.status = status
            run.finished = None if status == "running" else _now()

    def run_info(self, run_id: int) -> RunRecord | None:
        with self._session() as session:
            run = session.get(RunRow, run_id)
            if run is None:
                return None
            return rows.run_record(run, self._findings_of(session, [run_id]).get(run_id, ()))

    def runs_between(self, first: date, last: date) -> list[RunRecord]:
        """Runs filed under first..last inclusive, oldest first; two queries (runs, findings)."""
        with self._session() as session:
            runs = list(
                session.scalars(
                    select(RunRow)
                    .where(RunRow.as_of.between(first, last))
                    .order_by(RunRow.as_of, RunRow.id)
                )
            )
            found = self._findings_of(session, [r.id for r in runs]) if runs else {}
            return [rows.run_record(r, found.get(r.id, ())) for r in runs]

    def latest_runs(self, limit: int = 10) -> list[RunRecord]:
        """The most recently opened runs first, without their findings."""
        with self._session() as session:
            runs = session.scalars(select(RunRow).order_by(RunRow.id.desc()).limit(limit))
            return [rows.run_record(r, ()) for r in runs]

    @staticmethod
    def _findings_of(session: Session, run_ids: Sequence[int]) -> dict[int, tuple[Finding, ...]]:
        found_rows = session.scalars(
            select(FindingRow)
            .where(FindingRow.run_id.in_(run_ids))
            .order_by(FindingRow.run_id, FindingRow.unit, FindingRow.id)
        )
        grouped: dict[int, list[Finding]] = {}
        for row in found_rows:
            grouped.setdefault(row.run_id, []).append(rows.finding(row))
        return {run_id: tuple(found) for run_id, found in grouped.items()}

    # --- one unit's record -----------------------------------------------------

    def record_unit(
        self,
        run_id: int,
        unit_id: str,
        observations: Sequence[Observation],
        findings: Sequence[Finding],
        *,
        pages: Mapping[str, tuple[Validators, Fetched]] | None = None,
        alerts: AlertPlan | None = None,
    ) -> None:
        """Replace this unit's record in the run and mark it done, in one transaction."""
        self.record_units([UnitRecord(run_id, unit_id, observations, findings, pages, alerts)])

    def record_units(self, records: Sequence[UnitRecord]) -> None:
        """Replace these units' records and mark them done, all in one transaction.

        A crawl hands over a few units at a time: a transaction per unit cost more than
        the unit's rows. All or none of them are recorded, so a crash loses at most the
        units of one call, which a resumed run crawls again.
        """
        for record in records:
            strangers = sorted({f.unit for f in record.findings if f.unit != record.unit_id})
            if strangers:
                raise ValueError(
                    f"findings of units {strangers} recorded for unit {record.unit_id}"
                )
        if not records:
            return
        cached = [record.cached() for record in records]
        with self._session() as session:
            for run_id in sorted({r.run_id for r in records}):
                units = sorted({r.unit_id for r in records if r.run_id == run_id})
                session.execute(
                    delete(ObservationRow).where(
                        ObservationRow.run_id == run_id, ObservationRow.recorded_for.in_(units)
                    )
                )
                session.execute(
                    delete(FindingRow).where(
                        FindingRow.run_id == run_id, FindingRow.unit.in_(units)
                    )
                )
                session.execute(
                    delete(RunUnitRow).where(
                        RunUnitRow.run_id == run_id, RunUnitRow.unit_id.in_(units)
                    )
                )
            # Core executemany inserts: the ORM's unit of work (identity map, RETURNING of each
            # new id) cost more than the rest of the unit's record and nothing here reads rows back.
            observed = [
                rows.observation_values(r.run_id, r.unit_id, o, pages)
                for r, pages in zip(records, cached, strict=True)
                for o in r.observations
            ]
            if observed:
                session.execute(insert(_TABLES["observation"]), observed)
            found = [
                rows.finding_values(r.run_id, f) for r in records for f in _one_per_key(r.findings)
            ]
            if found:
                session.execute(insert(_TABLES["finding"]), found)
            now = _now()
            session.execute(
                insert(_TABLES["run_unit"]),
                [{"run_id": r.run_id, "unit_id": r.unit_id, "done_at": now} for r in records],
            )
            # Two units may share a page: its latest reading, once (one row may not be
            # upserted twice by one statement).
            self._cache_pages(session, {url: p for pages in cached for url, p in pages.items()})
            for record in records:
                if record.alerts is not None:  # alert states and outbox rows commit with them
                    write_plan(session, record.alerts, now)

    def _cache_pages(
        self, session: Session, pages: Mapping[str, tuple[Validators, Fetched]]
    ) -> None:
        """Upsert by URL: concurrent runs may read the same page, the last reading wins."""
        if not pages:
            return
        now = _now()
        values = [
            {
                "url": url,
                "etag": validators.etag,
                "last_modified": validators.last_modified,
                "outcome": encode_fetched(page),
                "content_hash": page.content_hash,
                "updated_at": now,
            }
            for url, (validators, page) in sorted(pages.items())
        ]
        dialect = self.engine.dialect.name
        if dialect not in ("sqlite", "postgresql"):
            for value in values:
                session.execute(delete(PageCacheRow).where(PageCacheRow.url == value["url"]))
                session.add(PageCacheRow(**value))
            return
        statement = _upsert_into(dialect, _TABLES["page_cache"])
        fresh = statement.excluded
        upsert = statement.on_conflict_do_update(
            index_elements=["url"],
            set_={
                "etag": fresh.etag,
                "last_modified": fresh.last_modified,
                "outcome": fresh.outcome,
                "content_hash": fresh.content_hash,
                "updated_at": fresh.updated_at,
            },
        )
        # Rows as parameters (executemany), not inlined VALUES: one compiled statement serves
        # every unit of the run instead of one compilation per unit and page count.
        session.execute(upsert, values)

    def cached_pages(self, urls: Iterable[str]) -> dict[str, CachedPage]:
        """What earlier runs read at these URLs, in one query (Core: asked for every unit of
        a run, where an ORM session cost more than the query)."""
        wanted = sorted(set(urls))
        if not wanted:
            return {}
        table = _TABLES["page_cache"]
        query = select(table.c.url, table.c.etag, table.c.last_modified, table.c.outcome).where(
            table.c.url.in_(wanted)
        )
        try:
            with self.engine.connect() as connection:
                found = connection.execute(query).all()
        except (sqlalchemy.exc.OperationalError, sqlalchemy.exc.InterfaceError) as exc:
            raise unreachable(self.engine, exc) from exc
        return {
            row.url: CachedPage(
                url=row.url,
                validators=Validators(etag=row.etag, last_modified=row.last_modified),
                outcome=decode_fetched(row.outcome),
            )
            for row in found
        }

    # --- reading ---------------------------------------------------------------

    def observations(
        self, run_id: int, *, unit: str | None = None, role: str | None = None
    ) -> list[Observation]:
        """A run's observations in the order recorded; `unit` is the unit they were recorded for."""
        query = select(ObservationRow).where(ObservationRow.run_id == run_id)
        if unit is not None:
            query = query.where(ObservationRow.recorded_for == unit)
        if role is not None:
            query = query.where(ObservationRow.role == role)
        with self._session() as session:
            query = query.order_by(ObservationRow.id)
            return [rows.observation(row) for row in session.scalars(query)]

    def findings(
        self,
        *,
        run: int | Literal["latest"] | None = None,
        unit: str | None = None,
        check: str | None = None,
    ) -> list[tuple[int, Finding]]:
        """Findings with their run id.

        run=<id>: that run. run="latest": the most recently opened run.
        run=None: for each unit, its current record — the run that recorded it
        (`run_unit`) chosen by: complete runs before unfinished ones, then the
        latest as_of, then the most recently opened. A unit whose newest run
        was interrupted before reaching it keeps its previous result.
        """
        query = select(FindingRow)
        with self._session() as session:
            if run == "latest":
                newest = session.scalar(select(func.max(RunRow.id)))
                if newest is None:
                    return []
                query = query.where(FindingRow.run_id == newest)
            elif run is not None:
                query = query.where(FindingRow.run_id == run)
            else:
                current = _current_record_per_unit(unit)
                same = (FindingRow.run_id == current.c.run_id) & (
                    FindingRow.unit == current.c.unit_id
                )
                query = query.join(current, same)
            if unit is not None:
                query = query.where(FindingRow.unit == unit)
            if check is not None:
                query = query.where(FindingRow.check == check)
            query = query.order_by(FindingRow.unit, FindingRow.run_id, FindingRow.id)
            return [(row.run_id, rows.finding(row)) for row in session.scalars(query)]


def _current_record_per_unit(unit: str | None) -> Any:
    """(run_id, unit_id) of each unit's current record; see `Store.findings`."""
    rank = (
        func.row_number()
        .over(
            partition_by=RunUnitRow.unit_id,
            order_by=[
                (RunRow.status == "complete").desc(),
                RunRow.as_of.desc(),
                RunRow.id.desc(),
            ],
        )
        .label("rank")
    )
    ranked: Select[Any] = select(RunUnitRow.run_id, RunUnitRow.unit_id, rank).join(
        RunRow, RunRow.id == RunUnitRow.run_id
    )
    if unit is not None:
        ranked = ranked.where(RunUnitRow.unit_id == unit)
    inner = ranked.subquery("ranked")
    return select(inner.c.run_id, inner.c.unit_id).where(inner.c.rank == 1).subquery("current")


def _upsert_into(dialect: str, table: Any) -> Any:
    """An INSERT that can say ON CONFLICT; imported on use, as a dialect's module is slow to
    load and a run needs one of the two."""
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table)
    from sqlalchemy.dialects.postgresql import insert as postgresql_insert

    return postgresql_insert(table)


def _one_per_key(findings: Sequence[Finding]) -> list[Finding]:
    """At most one finding per unit, check and subject (INTERFACE.md); a fail outranks a warn."""
    kept: dict[tuple[str, str, str], Finding] = {}
    for finding in findings:
        key = _key(finding)
        if key in kept:
            log.warning("duplicate finding %s for %s: keeping the more severe", finding.check, key)
            if kept[key].severity == "fail" or finding.severity != "fail":
                continue
        kept[key] = finding
    return list(kept.values())


def _key(finding: Finding) -> tuple[str, str, str]:
    return finding.unit, finding.check, rows.subject_of(finding)
