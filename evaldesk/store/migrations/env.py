"""Alembic environment: always given a live connection by evaldesk.store.migrate."""

from __future__ import annotations

from alembic import context

from evaldesk.errors import StoreError
from evaldesk.messages import msg
from evaldesk.store.migrate import compare_options
from evaldesk.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # a programming error: nothing a person can do about it
        raise RuntimeError(
            "migrations run from evaldesk.store.migrate (or scripts/new_migration.py), "
            "which pass the connection"
        )
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        **compare_options(),
    )
    with context.begin_transaction():
        context.run_migrations()
        # Batch migrations run with foreign keys off; prove nothing dangles before committing.
        bad = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if bad:
            rows = [str(row) for row in bad[:5]]
            raise StoreError(msg("store.migration_broken_keys", count=len(bad), rows=rows))


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
