"""Rows to frozen domain values and back; `Observation.outcome` spreads over typed columns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

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
    encode_blocks,
    encode_items,
    encode_links,
)
from store.models import FindingRow, ObservationRow, RunRow


def subject_of(finding: Finding) -> str:
    """Finding.key's subject, never NULL in the table."""
    return finding.key[2] or ""


def finding_row(run_id: int, finding: Finding) -> FindingRow:
    return FindingRow(
        run_id=run_id,
        unit=finding.unit,
        check=finding.check,
        severity=finding.severity,
        url=finding.url,
        column=finding.column,
        category=finding.category,
        message=finding.message,
        observed=dict(finding.observed),
        subject=subject_of(finding),
    )


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


def observation_row(
    run_id: int,
    recorded_for: str,
    observation: Observation,
    pages: Mapping[str, tuple[Validators, Fetched]],
) -> ObservationRow:
    outcome = observation.outcome
    row = ObservationRow(
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
        row.kind = "fetched"
        row.final_url = outcome.final_url
        row.encoding = outcome.encoding
        row.etag, row.last_modified = validators.etag, validators.last_modified
        row.content_hash = outcome.content_hash
        row.items = encode_items(outcome.items)
        row.newest = outcome.newest
        row.newest_rule = outcome.newest_rule
        row.empty_marker = outcome.empty_marker
        row.not_modified = outcome.not_modified
        row.links = encode_links(outcome.links)
        row.blocks = encode_blocks(outcome.blocks)
        row.meta = dict(outcome.meta)
    elif isinstance(outcome, Unreachable):
        row.kind, row.error = "unreachable", outcome.error
    else:
        row.kind, row.error, row.encoding = "unreadable", outcome.reason, outcome.encoding
    return row


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
            links=decode_links(row.links),
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
