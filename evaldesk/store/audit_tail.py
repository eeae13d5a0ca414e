"""Rows cut off the end of the audit log, found against the newest automatic backup.

The hash chain shows any edited, removed or reordered row, except rows removed from its end:
what is left is a valid, shorter chain. An automatic backup is an outside copy of the chain as
it was when the backup was taken (at least once a day), so `evaldesk check` compares: the
backup's last row must still be in the database with the same hash. Rows written since the
newest backup are not covered; the exported package and an `evaldesk backup` kept elsewhere
are the copies for those.

A restore legitimately puts an older chain in place; the backups taken before the latest
restore belong to the replaced database and are not compared.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from evaldesk.messages import Message, msg
from evaldesk.store import backup
from evaldesk.store.paths import DataPaths, read_only_uri
from evaldesk.store.sqlite_error import sqlite_error


def _head(path: Path) -> tuple[int, str] | None:
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return None if row is None else (int(row[0]), str(row[1]))


def tail_problems(
    conn: sqlite3.Connection, paths: DataPaths
) -> tuple[list[Message], list[Message]]:
    """(problems, notes) from comparing the log's end with the newest readable backup."""
    problems: list[Message] = []
    notes: list[Message] = []
    restored = conn.execute("SELECT max(at) FROM audit_log WHERE action = 'restore'").fetchone()[0]
    since = datetime.fromisoformat(restored) if restored else None
    for info in backup.auto_backups(paths):  # newest first
        if since is not None and info.created <= since:
            break  # taken before the latest restore: another database's history
        when = info.created.strftime("%Y-%m-%d %H:%M UTC")
        try:
            head = _head(info.path)
        except sqlite3.Error as exc:
            notes.append(msg("check.tail.unreadable", name=info.path.name, error=sqlite_error(exc)))
            continue
        if head is None:
            return problems, notes
        seq, digest = head
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
            problems.append(
                msg("check.tail.cut", last=last, when=when, seq=seq, name=info.path.name)
            )
        elif row[0] != digest:
            problems.append(msg("check.tail.rewritten", seq=seq, when=when, name=info.path.name))
        return problems, notes
    return problems, notes
