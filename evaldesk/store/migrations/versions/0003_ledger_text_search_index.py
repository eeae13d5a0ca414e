"""ledger text search index: FTS5 trigram over title, description, responsible

Where this SQLite has FTS5 with the trigram tokenizer, the index is created, its triggers
added and it is filled from the ledger (about 0.6 s per 100,000 entries, once). Elsewhere
nothing is created and searches keep using LIKE. The index is derived data: its definition
lives in evaldesk.store.search_index, whose reconcile() also fits it at every open to the
SQLite that opens the file (a folder restored on another computer).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 15:10:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from evaldesk.store import search_index

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if search_index.supported():
        search_index.install(op.get_bind())


def downgrade() -> None:
    for name in search_index.TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    if search_index.supported():
        op.execute(f"DROP TABLE IF EXISTS {search_index.TABLE}")
