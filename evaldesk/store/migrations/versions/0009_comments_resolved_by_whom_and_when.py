"""comments: resolved by whom and when

A review comment (审核意见) is kept as written; a head marks it resolved (or open again), and
the signed package records which comments were still open (issue 15). Existing comments are
open. Adding nullable columns keeps every row; `check` reads a comment without a resolution
exactly as before, so the audit baseline's fingerprints still hold.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 21:03:12
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("resolved_by", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("resolved_at", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_column("resolved_at")
        batch_op.drop_column("resolved_by")
