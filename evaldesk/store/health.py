"""Is the database file readable? Checked on open, before anything writes to it.

A damaged file must stop the app with a message that says how to get the data back, never be
"repaired" silently, and never push the last good automatic backup out of the rotation.

Every open reads the header and the schema (this finds "file is not a database" at once).
The full page check (``PRAGMA quick_check``, which reads the whole file: about 0.2 s for
100,000 ledger entries) runs whenever the file may have been damaged: when it changed since
EvalDesk last closed it cleanly (a crash, a power cut, a sync tool, a hand edit), before an
automatic backup is taken, and before a schema upgrade. A clean close records the file's size
and modification time in ``.evaldesk.verified`` beside it. The check before the daily backup
of a cleanly closed file may run after the open, on a worker thread (evaldesk.store.upkeep).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from evaldesk.errors import Cancelled, StoreError
from evaldesk.messages import Message, msg, plain, semicolons
from evaldesk.messages.os_error import os_error
from evaldesk.store.backup import newest_backup
from evaldesk.store.paths import DataPaths
from evaldesk.store.sqlite_error import sqlite_error

SQLITE_HEADER = b"SQLite format 3\x00"


STAMP_NAME = ".evaldesk.verified"


def _fingerprint(paths: DataPaths) -> dict[str, int | bool] | None:
    try:
        info = paths.db.stat()
    except OSError:
        return None
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "wal": paths.wal.exists()}


def unchanged_since_clean_close(paths: DataPaths) -> bool:
    try:
        stamp = json.loads((paths.root / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(stamp == _fingerprint(paths))


def record_clean_close(paths: DataPaths) -> None:
    """After the last connection closed: the file as EvalDesk left it."""
    found = _fingerprint(paths)
    if found is None:
        return
    with contextlib.suppress(OSError):
        tmp = paths.root / (STAMP_NAME + ".tmp")
        tmp.write_text(json.dumps(found), encoding="utf-8")
        os.replace(tmp, paths.root / STAMP_NAME)


def forget_clean_close(paths: DataPaths) -> None:
    with contextlib.suppress(OSError):
        (paths.root / STAMP_NAME).unlink()


def read_only(paths: DataPaths) -> Message | None:
    """Why the folder cannot be written (None when it can). A read-only folder is not a damaged
    database: SQLite cannot make its -wal and -shm files there, and its errors must not be
    taken for damage (with a restore as the advice)."""
    for target in (paths.root, paths.db):
        if target.exists() and not os.access(target, os.W_OK):
            return msg("store.why.no_write" if target == paths.root else "store.why.file_read_only")
    return None


def refuse_read_only(paths: DataPaths) -> None:
    why = read_only(paths)
    if why is not None:
        raise StoreError(msg("store.read_only", path=str(paths.root), error=why))


def refuse_empty(paths: DataPaths) -> None:
    """A zero-byte database file holds no data: say so, and never build a new schema in it."""
    try:
        empty = paths.db.stat().st_size == 0
        wal = paths.wal.stat().st_size if paths.wal.exists() else 0
    except OSError:
        return
    if empty and wal == 0:
        raise StoreError(msg("store.empty_database", path=str(paths.db)), hint=restore_hint(paths))


def _header_problem(db: Path) -> Message | None:
    try:
        with open(db, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return msg("store.unreadable", path=str(db), error=os_error(exc))
    if head and head != SQLITE_HEADER:
        return msg("store.not_a_database", path=str(db))
    return None


def _damage(db: Path, error: Message) -> Message:
    return msg("store.damaged", path=str(db), error=error)


def quick_problems(paths: DataPaths) -> list[Message]:
    """The header and the schema only (milliseconds)."""
    db = paths.db
    header = _header_problem(db)
    if header is not None:
        return [header]
    try:
        conn = sqlite3.connect(db, timeout=15)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if not is_corruption(exc):
            refuse_read_only(paths)
            raise StoreError(
                msg("store.cannot_open", path=str(db), error=sqlite_error(exc))
            ) from None
        return [_damage(db, sqlite_error(exc))]
    return []


def problems(
    paths: DataPaths, *, full: bool = False, stop: Callable[[], bool] | None = None
) -> list[Message]:
    """What is wrong with the database file (empty when it is fine).

    ``full`` runs ``PRAGMA integrity_check`` (reads every page and index); otherwise the
    faster ``quick_check`` that still reads every page. ``stop`` is asked now and then while
    the pages are read; once it returns True the check ends with Cancelled.
    """
    db = paths.db
    header = _header_problem(db)
    if header is not None:
        return [header]
    try:
        conn = sqlite3.connect(db, timeout=15)
    except sqlite3.Error as exc:
        return [msg("store.db_cannot_open", path=str(db), error=sqlite_error(exc))]
    if stop is not None:
        conn.set_progress_handler(lambda: 1 if stop() else 0, 10_000)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        if stop is not None and stop():
            raise Cancelled(msg("store.check_stopped")) from None
        if not is_corruption(exc):
            refuse_read_only(paths)
            raise StoreError(
                msg("store.cannot_open", path=str(db), error=sqlite_error(exc))
            ) from None
        return [_damage(db, sqlite_error(exc))]
    finally:
        conn.close()
    # What integrity_check lists is SQLite's own report of the pages (technical): quoted.
    found = [str(r[0]) for r in rows if r and r[0] != "ok"]
    return [_damage(db, plain(line)) for line in found[:10]]


def restore_hint(paths: DataPaths) -> Message:
    latest = newest_backup(paths)
    if latest is None:
        return msg("store.no_backup", path=str(paths.backups))
    when = latest.created.astimezone().strftime("%Y-%m-%d %H:%M")
    return msg("store.newest_backup", path=str(latest.path), when=when, root=str(paths.root))


def damaged(paths: DataPaths, found: list[Message], *, on_open: bool = True) -> StoreError:
    key = "store.damaged_not_opened" if on_open else "store.damaged_unreadable"
    return StoreError(msg(key, problems=semicolons(found[:3])), hint=restore_hint(paths))


def ensure_healthy(paths: DataPaths, *, full: bool) -> None:
    """Raise StoreError (with the way back) when the file is damaged."""
    found = quick_problems(paths)
    if not found and full:
        found = problems(paths)
    if found:
        raise damaged(paths, found)


SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def is_corruption(exc: BaseException | None) -> bool:
    """A sqlite3 error that means the file is damaged (by its result code, not its text)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in (SQLITE_CORRUPT, SQLITE_NOTADB)
