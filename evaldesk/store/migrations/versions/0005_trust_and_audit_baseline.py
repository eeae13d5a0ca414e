"""trusted keys; the audit baseline that `check` replays the log from

The table of keys a receiving office trusts (evaldesk.store.models.trust). And one audit row,
``audit.baseline``, holding a fingerprint of every row of the data as it is now: from here on
the log carries the whole state of each change, and `evaldesk check` rebuilds the data from
this baseline and the rows after it (evaldesk.store.audit_state). A new data folder gets its
baseline when it is created (with nothing in it).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 20:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trusted_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "fingerprint",
            sa.String(length=64),
            nullable=False,
            comment="SHA-256 of the raw key, hex",
        ),
        sa.Column("public_pem", sa.Text(), nullable=True, comment="when added from a key file"),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("added_at", sa.String(length=40), nullable=False),
        sa.Column("added_by", sa.Text(), nullable=False),
        sa.Column("removed_at", sa.String(length=40), nullable=True),
        sa.Column("removed_by", sa.Text(), nullable=True),
        sa.Column("remove_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_keys")),
    )
    with op.batch_alter_table("trusted_keys", schema=None) as batch_op:
        batch_op.create_index("ix_trusted_keys_fingerprint", ["fingerprint"], unique=False)

    from evaldesk.store.audit_baseline import write_baseline

    raw = op.get_bind().connection.dbapi_connection
    assert raw is not None
    write_baseline(raw)  # type: ignore[arg-type]


def downgrade() -> None:
    # The baseline row stays: the log is append-only, and an upgrade writes a newer one.
    with op.batch_alter_table("trusted_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_trusted_keys_fingerprint")
    op.drop_table("trusted_keys")
