"""Add the service's tables: outbox, alert_state, probe, service_lock, service_job.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Column types are spelled out here, not imported from store, so this revision
keeps describing the schema it created whatever the models become.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "alert_state",
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("check", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("last_sent", sa.Date(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("unit", "subject", "check", name=op.f("pk_alert_state")),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dedupe_key", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created", MOMENT, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt", MOMENT, nullable=False),
        sa.Column("sent_at", MOMENT, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_outbox_dedupe_key")),
    )
    op.create_index(
        op.f("ix_outbox_sent_at_next_attempt"), "outbox", ["sent_at", "next_attempt"]
    )
    op.create_table(
        "probe",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("at", MOMENT, nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("elapsed_ms", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_probe")),
    )
    op.create_index(op.f("ix_probe_at_url"), "probe", ["at", "url"])
    op.create_table(
        "service_job",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("last_due", MOMENT, nullable=False),
        sa.Column("started", MOMENT, nullable=True),
        sa.Column("finished", MOMENT, nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_service_job")),
    )
    op.create_table(
        "service_lock",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("holder", sa.String(length=255), nullable=False),
        sa.Column("heartbeat", MOMENT, nullable=False),
        sa.Column("expires", MOMENT, nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_service_lock")),
    )


def downgrade() -> None:
    op.drop_table("service_lock")
    op.drop_table("service_job")
    op.drop_index(op.f("ix_probe_at_url"), table_name="probe")
    op.drop_table("probe")
    op.drop_index(op.f("ix_outbox_sent_at_next_attempt"), table_name="outbox")
    op.drop_table("outbox")
    op.drop_table("alert_state")
