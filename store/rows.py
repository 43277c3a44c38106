"""Rows to frozen domain values and back; `Observation.outcome` spreads over typed columns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from checks.model import (
    Fetched,
    Finding,
    Observation,
    Outcome,
    PageRole,
    RunRecord,
    RunStatus,
    Severity,
    Unreachable,
    Unreadable,
)
from crawler.fetch import Validators
from store.codec import (
    decode_blocks,
    decode_items,
    decode_links,
    encode_items,
)
from store.models import FindingRow, ObservationRow, RunRow


def subject_of(finding: Finding) -> str:
    """Finding.key's subject, never NULL in the table."""
    return finding.key[2] or ""


def finding_values(run_id: int, finding: Finding) -> dict[str, Any]:
    """A `finding` row's columns, for a Core executemany insert."""
    return {
        "run_id": run_id,
        "unit": finding.unit,
        "check": finding.check,
        "severity": finding.severity,
        "url": finding.url,
        "column": finding.column,
        "category": finding.category,
        "message": finding.message,
        "observed": dict(finding.observed),
        "subject": subject_of(finding),
    }


def finding(row: FindingRow) -> Finding:
    return Finding(
        unit=row.unit,
        check=row.check,
        severity=cast(Severity, row.severity),
        url=row.url,
        message=row.message,
        column=row.column,
        category=row.category,
        observed=dict(row.observed or {}),
    )


def run_record(run: RunRow, findings: tuple[Finding, ...]) -> RunRecord:
    return RunRecord(
        id=run.id,
        as_of=run.as_of,
        status=cast(RunStatus, run.status),
        units=tuple(run.units),
        findings=findings,
        started=run.started,
        finished=run.finished,
    )


def observation_values(
    run_id: int,
    recorded_for: str,
    observation: Observation,
    pages: Mapping[str, tuple[Validators, Fetched]],
) -> dict[str, Any]:
    """An `observation` row's columns, every key present: rows of one executemany insert must
    name the same columns. Links and blocks stay empty: the page cache keeps them per URL."""
    outcome = observation.outcome
    values: dict[str, Any] = dict.fromkeys(_OUTCOME_COLUMNS)
    values.update(
        run_id=run_id,
        recorded_for=recorded_for,
        unit_id=observation.unit_id,
        url=observation.url,
        role=observation.role,
        column=observation.column,
        fetched_at=observation.fetched_at,
        status=outcome.status,
        not_modified=False,
    )
    if isinstance(outcome, Fetched):
        validators = pages[observation.url][0] if observation.url in pages else Validators()
        values.update(
            kind="fetched",
            final_url=outcome.final_url,
            encoding=outcome.encoding,
            etag=validators.etag,
            last_modified=validators.last_modified,
            content_hash=outcome.content_hash,
            items=encode_items(outcome.items),
            newest=outcome.newest,
            newest_rule=outcome.newest_rule,
            empty_marker=outcome.empty_marker,
            not_modified=outcome.not_modified,
            # A page's links and text blocks (hundreds per page, every week) are kept once per
            # URL, in the page cache; a week's observation keeps what it dated and found.
            meta=dict(outcome.meta),
        )
    elif isinstance(outcome, Unreachable):
        values.update(kind="unreachable", error=outcome.error)
    else:
        values.update(kind="unreadable", error=outcome.reason, encoding=outcome.encoding)
    return values


_OUTCOME_COLUMNS = (
    "kind",
    "error",
    "final_url",
    "encoding",
    "etag",
    "last_modified",
    "content_hash",
    "items",
    "newest",
    "newest_rule",
    "empty_marker",
    "links",
    "blocks",
    "meta",
)


def observation(row: ObservationRow) -> Observation:
    outcome: Outcome
    if row.kind == "fetched":
        outcome = Fetched(
            status=row.status if row.status is not None else 200,
            final_url=row.final_url or row.url,
            encoding=row.encoding or "",
            items=decode_items(row.items),
            newest=row.newest,
            newest_rule=row.newest_rule or "",
            empty_marker=row.empty_marker,
            links=decode_links(row.links),  # written by earlier versions only
            meta=dict(row.meta or {}),
            blocks=decode_blocks(row.blocks),
            content_hash=row.content_hash or "",
            not_modified=row.not_modified,
        )
    elif row.kind == "unreachable":
        outcome = Unreachable(error=row.error or "", status=row.status)
    else:
        outcome = Unreadable(reason=row.error or "", status=row.status, encoding=row.encoding)
    return Observation(
        url=row.url,
        role=cast(PageRole, row.role),
        outcome=outcome,
        fetched_at=row.fetched_at,
        unit_id=row.unit_id,
        column=row.column,
    )
