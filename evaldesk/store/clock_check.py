"""Is the computer's clock plausible? Offline office PCs often have a wrong date, and overdue
counts, approvals and signatures all read it.

Two signs are checked (at every open, shown in ``Store.warnings``, and by `evaldesk check`):
the clock is earlier than the newest audit record (time went backwards), or far from the year
being worked on (the latest assessment year Y: a date before Y-1 or after Y+2, generous on
purpose: the next year's export and a late review are normal, a clock reset to 2000 or a BIOS
default is not). An open that may write records the warning in the audit log, once per kind
while it lasts.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from evaldesk.messages import Message, msg

#: Clocks drift; a record a few minutes "in the future" is not a wrong date.
SLACK = timedelta(minutes=10)
ACTION = "clock.warning"


def clock_warning(
    conn: sqlite3.Connection, now: datetime | None = None
) -> tuple[str, Message] | None:
    """(kind, message) when the clock looks wrong, else None."""
    now = now or datetime.now(UTC)
    try:
        return _warning(conn, now)
    except sqlite3.DatabaseError:
        return None  # a damaged file is reported by the checks that read it all


def _warning(conn: sqlite3.Connection, now: datetime) -> tuple[str, Message] | None:
    # The newest rows by number (the primary key: no scan of the whole log at every open).
    recent = conn.execute(
        "SELECT at FROM audit_log WHERE action != ? ORDER BY seq DESC LIMIT 50", (ACTION,)
    ).fetchall()
    newest = max((r[0] for r in recent), default=None)
    if newest:
        try:
            last = datetime.fromisoformat(newest)
        except ValueError:
            last = None
        if last is not None and last.tzinfo is not None and now + SLACK < last:
            local = now.astimezone()
            return "before_log", msg(
                "clock.before_log",
                now=local.strftime("%Y-%m-%d %H:%M"),
                newest=last.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
    year = conn.execute("SELECT max(year) FROM years").fetchone()[0]
    if year is not None:
        today = now.astimezone().date()
        if today.year < int(year) - 1 or today.year > int(year) + 2:
            return "far_from_year", msg(
                "clock.far_from_year", now=today.isoformat(), year=int(year)
            )
    return None


def already_recorded(conn: sqlite3.Connection, kind: str) -> bool:
    """The newest audit row is this same warning: record it once while it lasts."""
    row = conn.execute("SELECT action, new FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return row is not None and row[0] == ACTION and f'"kind":"{kind}"' in (row[1] or "")
