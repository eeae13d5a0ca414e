"""facts: the 'interp' scope (the values an office sets where its rubric's source is silent)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 20:00:00

Written by hand: autogenerate does not compare CHECK constraints. SQLite cannot alter a
constraint, so the facts table is copied (batch mode); its rows and ids are kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = (
    "'item','section','whole','review','rating','table','profile','indicators','texts','subsidy'"
)
AFTER = BEFORE + ",'interp'"


def _scopes(allowed: str) -> None:
    with op.batch_alter_table("facts", recreate="always") as batch_op:
        batch_op.drop_constraint(op.f("ck_facts_scope"), type_="check")
        batch_op.create_check_constraint(op.f("ck_facts_scope"), f"scope IN ({allowed})")


def upgrade() -> None:
    _scopes(AFTER)


def downgrade() -> None:
    op.execute("DELETE FROM facts WHERE scope = 'interp'")
    _scopes(BEFORE)
