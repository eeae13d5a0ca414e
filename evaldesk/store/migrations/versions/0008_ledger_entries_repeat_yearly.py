"""ledger entries: 每年重复 (repeats yearly): a new year proposes such an entry again

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 21:14:00

SQLite adds a column in place (no copy of the table: its rows, ids, indexes and the text-search
triggers stay as they are). Every existing entry is a one-off (0).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Not in batch mode: that copies the table and loses its safety triggers and indexes.
    op.add_column(
        "ledger_entries",
        sa.Column(
            "repeats_yearly",
            sa.Boolean(create_constraint=False),
            server_default=sa.text("0"),
            nullable=False,
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.drop_column("repeats_yearly")
