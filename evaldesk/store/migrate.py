"""Run the packaged Alembic migrations from code; no alembic.ini is needed at run time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, inspect

from evaldesk.errors import StoreError
from evaldesk.messages import msg
from evaldesk.store.migrations import HEAD

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def compare_options() -> dict[str, Any]:
    """How Alembic compares the models with a database (env.py, the models-match test): the
    text search index (FTS5 tables, made by evaldesk.store.search_index) is not a model."""
    from evaldesk.store.search_index import is_search_table

    def include_name(name: str | None, type_: str, _parent: Any) -> bool:
        return not (type_ == "table" and is_search_table(name))

    return {"compare_type": True, "include_name": include_name}


def script_head() -> str | None:
    """The head revision according to the files in versions/ (tests compare it with HEAD)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The file's revision: None for an empty file; raises StoreError for a foreign database."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            if tables:
                raise StoreError(msg("store.foreign_tables", tables=sorted(tables)[:5]))
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


def needs_upgrade(revision: str | None) -> bool:
    return revision != HEAD


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def upgrade(engine: Engine, revision: str | None) -> None:
    """Upgrade to HEAD in one transaction, foreign keys off while tables are rebuilt."""
    from alembic import command

    if revision is not None and revision not in known_revisions():
        raise StoreError(msg("store.newer_schema", revision=revision))
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            command.upgrade(alembic_config(conn), "head")
            if conn.in_transaction():
                conn.commit()
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
