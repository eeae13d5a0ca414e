"""The ledger's text search index: SQLite FTS5 with the trigram tokenizer, where SQLite has it.

A search for a piece of text in the title, description or responsible person is a substring
search (``LIKE '%x%'``) that no ordinary index answers: SQLite reads every entry of the year,
about 35 ms per count with 100,000 entries. A trigram index finds the entries holding any
text of three or more characters from the index instead (Chinese is written without spaces,
so a tokenizer that splits words would not do).

* ``ledger_fts`` is an external-content FTS5 table: the text stays only in ledger_entries;
  triggers keep the index in step with every insert and update (in the same transaction).
* Not every SQLite has FTS5 with trigram (3.34 or newer, built with FTS5; a Linux build on an
  older system may lack it), and a data folder can move between computers (a restored backup).
  Migration 0003 creates the index where it can; at every open :func:`reconcile` fits the file
  to this SQLite: without FTS5 trigram the triggers are dropped (they would make every ledger
  write fail) and searches use LIKE; with it, a missing or incomplete index is (re)built.
* Searches shorter than three characters, and searches for text found in very many entries,
  use LIKE (evaldesk.store.ledger_query): the index only pays off when it narrows the rows
  down. Whichever is used, the LIKE condition decides, so both give the same rows.

The index is derived data: ``evaldesk check`` compares it with the ledger.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Integer, TextualSelect, column
from sqlalchemy import text as sql_text

from evaldesk.messages import Message, msg
from evaldesk.store.engine import writer
from evaldesk.store.sqlite_error import sqlite_error

log = logging.getLogger("evaldesk.store.search")

TABLE = "ledger_fts"
#: Tables SQLite makes for the index (Alembic's model comparison leaves them alone).
SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")
COLUMNS = ("title", "description", "responsible")
#: The trigram tokenizer finds nothing for shorter text.
MIN_CHARS = 3

CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5({', '.join(COLUMNS)}, "
    "content='ledger_entries', content_rowid='id', tokenize='trigram')"
)
_NEW = ", ".join(f"new.{c}" for c in COLUMNS)
_OLD = ", ".join(f"old.{c}" for c in COLUMNS)
_COLS = ", ".join(COLUMNS)
TRIGGERS = {
    "ledger_fts_insert": (
        "CREATE TRIGGER ledger_fts_insert AFTER INSERT ON ledger_entries BEGIN "
        f"INSERT INTO {TABLE}(rowid, {_COLS}) VALUES (new.id, {_NEW}); END"
    ),
    "ledger_fts_update": (
        f"CREATE TRIGGER ledger_fts_update AFTER UPDATE OF {_COLS} ON ledger_entries BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, {_COLS}) VALUES ('delete', old.id, {_OLD}); "
        f"INSERT INTO {TABLE}(rowid, {_COLS}) VALUES (new.id, {_NEW}); END"
    ),
    # Entries are never deleted (a trigger refuses it); should one be, its text goes too.
    "ledger_fts_delete": (
        "CREATE TRIGGER ledger_fts_delete AFTER DELETE ON ledger_entries BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, {_COLS}) VALUES ('delete', old.id, {_OLD}); END"
    ),
}
REBUILD = f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')"


@functools.cache
def supported() -> bool:
    """This process's SQLite has FTS5 with the trigram tokenizer (asked once)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')")
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def is_search_table(name: str | None) -> bool:
    """The index table or one of its shadow tables."""
    return name == TABLE or (
        name is not None and name.startswith(TABLE + "_") and name[len(TABLE) :] in SHADOW_SUFFIXES
    )


def phrase(text: str) -> str:
    """``text`` as one FTS5 phrase (quoted; the trigram tokenizer makes it a substring)."""
    return '"' + text.replace('"', '""') + '"'


def install(conn: Connection) -> None:
    """Create the index and its triggers and fill it (inside the caller's transaction)."""
    conn.exec_driver_sql(CREATE_TABLE)
    for sql in TRIGGERS.values():
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql(REBUILD)


_FIND = (
    "SELECT type, name FROM sqlite_master WHERE name IN ("
    + ", ".join("?" * (1 + len(TRIGGERS)))
    + ")"
)


def _parts(rows: Sequence[Any]) -> tuple[bool, set[str]]:
    table = any(kind == "table" for kind, _name in rows)
    return table, {str(name) for kind, name in rows if kind == "trigger"}


def _found(conn: Connection) -> tuple[bool, set[str]]:
    """Whether the index table exists, and which of its triggers."""
    return _parts(conn.exec_driver_sql(_FIND, (TABLE, *TRIGGERS)).fetchall())


def reconcile(engine: Engine) -> bool:
    """Fit the file's search index to this SQLite; True when searches can use it."""
    can = supported()
    with engine.connect() as conn:
        table, triggers = _found(conn)
    if can and table and triggers == set(TRIGGERS):
        return True
    if not can and not triggers:
        return False
    with writer(engine).begin() as conn:
        table, triggers = _found(conn)  # again, now that no one else can write
        for name in triggers:
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        if not can:
            log.warning(
                "this SQLite (%s) has no FTS5 trigram tokenizer: text searches read every "
                "entry; the search index is rebuilt when an EvalDesk that has it opens the "
                "folder",
                sqlite3.sqlite_version,
            )
            return False
        if table:
            conn.exec_driver_sql(f"DROP TABLE {TABLE}")
        install(conn)
        log.info("the text search index was (re)built")
        return True


def verify(db: Path) -> list[Message]:
    """Compare the index with the ledger (``evaldesk check``); nothing is changed.

    FTS5 checks only on a writable connection, so this one opens the file for writing, runs
    the check inside a transaction and rolls it back.
    """
    if not supported():
        return []
    conn = sqlite3.connect(db, timeout=15, isolation_level=None)
    try:
        table, triggers = _parts(conn.execute(_FIND, (TABLE, *TRIGGERS)).fetchall())
        if not table or triggers != set(TRIGGERS):
            return []  # not in use here; the next open with FTS5 trigram rebuilds it
        conn.execute("BEGIN")
        try:
            conn.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            return [msg("check.search_index", error=sqlite_error(exc))]
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()
    return []


def matching_ids(text: str) -> TextualSelect:
    """``SELECT rowid FROM ledger_fts WHERE ledger_fts MATCH <text as a phrase>``."""
    return (
        sql_text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :fts_phrase")
        .bindparams(fts_phrase=phrase(text))
        .columns(column("rowid", Integer))
    )


def probe(conn: Connection, text: str, cap: int) -> int:
    """How many entries (of all years) hold ``text``, counted up to ``cap`` at most."""
    found = conn.exec_driver_sql(
        f"SELECT count(*) FROM (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?)",
        (phrase(text), cap),
    ).scalar()
    return int(found or 0)
