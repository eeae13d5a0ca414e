"""Is the database file readable? Checked on open, before anything writes to it.

A damaged file must stop the app with a message that says how to get the data back, never be
"repaired" silently, and never push the last good automatic backup out of the rotation.
"""

from __future__ import annotations

import sqlite3

from evaldesk.errors import StoreError
from evaldesk.store.backup import newest_backup
from evaldesk.store.paths import DataPaths

SQLITE_HEADER = b"SQLite format 3\x00"


def problems(paths: DataPaths, *, full: bool = False) -> list[str]:
    """What is wrong with the database file (empty when it is fine).

    ``full`` runs ``PRAGMA integrity_check`` (reads every page and index); otherwise the
    faster ``quick_check`` that still reads every page.
    """
    db = paths.db
    try:
        with open(db, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return [f"{db} cannot be read: {exc.strerror or exc}"]
    if head and head != SQLITE_HEADER:
        return [f"{db} is not a database (its header is damaged)"]
    try:
        conn = sqlite3.connect(db, timeout=15)
    except sqlite3.Error as exc:
        return [f"{db} cannot be opened: {exc}"]
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return [f"{db} is damaged: {exc}"]
    finally:
        conn.close()
    found = [str(r[0]) for r in rows if r and r[0] != "ok"]
    return [f"{db} is damaged: {line}" for line in found[:10]]


def restore_hint(paths: DataPaths) -> str:
    latest = newest_backup(paths)
    if latest is None:
        return (
            "No backup was found in "
            f"{paths.backups}. Do not delete the file; copy the whole data folder somewhere "
            "safe and ask for help recovering it."
        )
    when = latest.created.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        f"The newest backup is {latest.path} (made {when}). Restore it with:\n"
        f'    evaldesk restore --data-dir "{paths.root}" "{latest.path}"\n'
        "The restore keeps the damaged file in the backups folder."
    )


def ensure_healthy(paths: DataPaths) -> None:
    found = problems(paths)
    if found:
        raise StoreError(
            "The EvalDesk database is damaged and was not opened: " + "; ".join(found[:3]),
            hint=restore_hint(paths),
        )
