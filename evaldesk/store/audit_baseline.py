"""Appending audit rows outside a Store (the migration's baseline) with the chain's rules."""

from __future__ import annotations

import sqlite3
from typing import Any

from evaldesk.store import jsonval
from evaldesk.store.audit import GENESIS, row_hash
from evaldesk.store.audit_state import BASELINE, fingerprints
from evaldesk.store.clock import now_iso

SYSTEM = "system:upgrade"


def append_row(
    conn: sqlite3.Connection,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    old: Any,
    new: Any,
) -> tuple[int, str]:
    """One audit row at the end of the chain, in the caller's transaction; (seq, hash)."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if last is None else (int(last[0]) + 1, str(last[1]))
    at = now_iso()
    old_text = None if old is None else jsonval.dumps(old)
    new_text = None if new is None else jsonval.dumps(new)
    digest = row_hash(seq, at, actor, action, entity, entity_id, old_text, new_text, prev)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, old, new, prev_hash, "
        "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, entity, entity_id, old_text, new_text, prev, digest),
    )
    return seq, digest


def write_baseline(conn: sqlite3.Connection) -> None:
    rows = fingerprints(conn)
    append_row(conn, SYSTEM, BASELINE, "data_folder", "baseline", None, {"format": 1, "rows": rows})
