"""facts: the 'subsidy' scope (money-only inputs and the places the assessing office gave)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 16:00:00

Written by hand: autogenerate does not compare CHECK constraints. SQLite cannot alter a
constraint, so the facts table is copied (batch mode); its rows and ids are kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = "'item','section','whole','review','rating','table','profile','indicators','texts'"
AFTER = BEFORE + ",'subsidy'"


def _scopes(allowed: str) -> None:
    with op.batch_alter_table("facts", recreate="always") as batch_op:
        batch_op.drop_constraint(op.f("ck_facts_scope"), type_="check")
        batch_op.create_check_constraint(op.f("ck_facts_scope"), f"scope IN ({allowed})")


def upgrade() -> None:
    _scopes(AFTER)


def downgrade() -> None:
    op.execute("DELETE FROM facts WHERE scope = 'subsidy'")
    _scopes(BEFORE)
