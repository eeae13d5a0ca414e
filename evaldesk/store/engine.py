"""The SQLAlchemy engine: pragmas on every connection, and explicit transaction starts.

pysqlite's own transaction handling is switched off (``isolation_level = None``) so that the
``begin`` event decides how a transaction starts: writes use ``BEGIN IMMEDIATE`` and take the
write lock up front. That keeps the audit chain linear when the GUI and a CLI command write at
the same time (the second waits ``busy_timeout`` instead of failing half-way).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 15_000
IMMEDIATE = "evaldesk_immediate"


def make_engine(db_path: Path, journal_mode: str = "wal") -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute(f"PRAGMA journal_mode = {journal_mode}")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions start with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{IMMEDIATE: True})
