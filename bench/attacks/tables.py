"""Family ``table-edits``: the database changed with sqlite3, outside EvalDesk.

Each edit is made on a copy of the demo office; `evaldesk check` must then fail naming it (and
`evaldesk export` must refuse to sign the changed data). Some edits also forge the audit log:
an appended row that claims a change EvalDesk would refuse (a locked quarter), or an old row
rewritten to match the edit with every later hash recomputed (caught against the anchors: the
package exported earlier and the backups).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from core import Result, cli, judge_refusal
from workspace import PASSPHRASE, YEAR, Workspace

Edit = Callable[[sqlite3.Connection], None]

OVERDUE = (
    "SELECT id FROM ledger_entries WHERE (status IN ('open','in_progress') AND deadline < '2026-01-01')"
    " OR done_date > deadline"
)


def _row_hash(seq: int, *fields: object) -> str:
    from evaldesk.store.audit import row_hash

    return row_hash(seq, *fields)  # type: ignore[arg-type]


def _without_triggers(conn: sqlite3.Connection, work: Callable[[], None]) -> None:
    """Drop the safety triggers, do the work, put them back (what a tool bypassing EvalDesk does)."""
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND name LIKE '%_no_%'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    work()
    for _, sql in triggers:
        conn.execute(sql)


def _append_audit(
    conn: sqlite3.Connection,
    action: str,
    entity: str,
    eid: str,
    old: object,
    new: object,
    actor: str = "user:clerk",
) -> None:
    from evaldesk.store import jsonval

    seq, prev, at = conn.execute(
        "SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    seq += 1
    old_t = None if old is None else jsonval.dumps(old)
    new_t = None if new is None else jsonval.dumps(new)
    at = "2026-12-01T09:00:00.000000+00:00"
    digest = _row_hash(seq, at, actor, action, entity, eid, old_t, new_t, prev)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, old, new, prev_hash, hash)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        (seq, at, actor, action, entity, eid, old_t, new_t, prev, digest),
    )


def _rehash_from(conn: sqlite3.Connection, start: int) -> None:
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, old, new FROM audit_log WHERE seq >= ? ORDER BY seq",
        (start,),
    ).fetchall()
    prev = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (start - 1,)).fetchone()
    prev_hash = prev[0] if prev else "0" * 64
    for seq, at, actor, action, entity, eid, old, new in rows:
        digest = _row_hash(seq, at, actor, action, entity, eid, old, new, prev_hash)
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev_hash, digest, seq)
        )
        prev_hash = digest


def _entry(conn: sqlite3.Connection, entry_id: int) -> dict[str, object]:
    cols = [
        "id",
        "source",
        "title",
        "description",
        "responsible",
        "received_date",
        "deadline",
        "status",
        "done_date",
        "item_code",
    ]
    row = conn.execute(
        f"SELECT {', '.join(cols)} FROM ledger_entries WHERE id = ?", (entry_id,)
    ).fetchone()
    data = dict(zip(cols, row, strict=True))
    data["year"] = YEAR
    return data


def mark_overdue_done(conn: sqlite3.Connection) -> None:
    for (eid,) in conn.execute(OVERDUE).fetchall():
        conn.execute(
            "UPDATE ledger_entries SET status='done', done_date=deadline WHERE id = ?", (eid,)
        )


def delete_entry(conn: sqlite3.Connection) -> None:
    _without_triggers(conn, lambda: conn.execute("DELETE FROM ledger_entries WHERE id = 131"))


def insert_entry(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO ledger_entries (year_id, source, title, description, responsible, received_date,"
        " deadline, status, done_date, item_code, created_at, created_by, updated_at, updated_by)"
        " SELECT year_id, source, '补录事项', '', '', received_date, deadline, 'done', deadline,"
        " NULL, created_at, created_by, updated_at, updated_by FROM ledger_entries WHERE id = 1"
    )


def change_fact(conn: sqlite3.Connection) -> None:
    row = conn.execute(
        "SELECT id, value FROM facts WHERE scope = 'item' ORDER BY id LIMIT 1"
    ).fetchone()
    value = json.loads(row[1])
    value["note"] = "changed outside"
    conn.execute(
        "UPDATE facts SET value = ? WHERE id = ?", (json.dumps(value, ensure_ascii=False), row[0])
    )


def delete_fact(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM facts WHERE id = (SELECT min(id) FROM facts)")


def rename_evidence(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE evidence SET original_name = '换掉的文件.pdf' WHERE id = 1")


def drop_evidence_link(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM evidence_links WHERE id = (SELECT min(id) FROM evidence_links)")


def unlock_by_hand(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE approvals SET unlocked_at = '2026-02-01T00:00:00+00:00', unlocked_by = 'user:head', unlock_reason = 'x' WHERE quarter = 1"
    )


def promote_clerk(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE users SET role = 'head' WHERE username = 'clerk'")


def replace_password(conn: sqlite3.Connection) -> None:
    head = conn.execute("SELECT password_hash FROM users WHERE username = 'clerk'").fetchone()[0]
    conn.execute("UPDATE users SET password_hash = ? WHERE username = 'head'", (head,))


def backdate_dispatch(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE dispatch_records SET submitted_date = '2025-06-20' WHERE quarter = 2")


def rename_office(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE office SET name = '别的局'")


def insert_comment(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO comments (year_id, item_code, author, created_at, text)"
        " SELECT year_id, item_code, author, created_at, '伪造的意见' FROM comments LIMIT 1"
    )


def cut_audit_tail(conn: sqlite3.Connection) -> None:
    _without_triggers(
        conn,
        lambda: conn.execute(
            "DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 5 FROM audit_log)"
        ),
    )


def edit_audit_row(conn: sqlite3.Connection) -> None:
    _without_triggers(
        conn, lambda: conn.execute("UPDATE audit_log SET actor = 'user:head' WHERE seq = 20")
    )


def forged_close_in_locked_quarter(conn: sqlite3.Connection) -> None:
    """Entry 24 (quarter 1, approved) was done late; make it done in time and log the change."""
    old = _entry(conn, 24)
    conn.execute("UPDATE ledger_entries SET done_date = deadline WHERE id = 24")
    new = _entry(conn, 24)
    _append_audit(conn, "ledger.update", "ledger_entry", "24", old, new)


def forged_history(conn: sqlite3.Connection) -> None:
    """Entry 62 made done in time, its ledger.add row rewritten to say so, every later hash
    recomputed: a chain that is valid in itself."""
    conn.execute("UPDATE ledger_entries SET done_date = deadline WHERE id = 62")
    new = _entry(conn, 62)
    seq = conn.execute(
        "SELECT seq FROM audit_log WHERE action = 'ledger.add' AND entity_id = '62'"
    ).fetchone()[0]

    def rewrite() -> None:
        from evaldesk.store import jsonval

        conn.execute("UPDATE audit_log SET new = ? WHERE seq = ?", (jsonval.dumps(new), seq))
        _rehash_from(conn, seq)

    _without_triggers(conn, rewrite)


@dataclass(frozen=True)
class TableEdit:
    name: str
    edit: Edit
    export_too: bool = False


EDITS = [
    TableEdit("overdue entries marked done (UPDATE)", mark_overdue_done, export_too=True),
    TableEdit(
        "ledger entry deleted (trigger dropped and recreated)", delete_entry, export_too=True
    ),
    TableEdit("ledger entry inserted", insert_entry),
    TableEdit("fact changed", change_fact),
    TableEdit("fact deleted", delete_fact),
    TableEdit("evidence renamed", rename_evidence),
    TableEdit("evidence link deleted", drop_evidence_link),
    TableEdit("approval lifted by hand", unlock_by_hand),
    TableEdit("clerk made head", promote_clerk),
    TableEdit("head's password replaced", replace_password),
    TableEdit("dispatch submission backdated", backdate_dispatch),
    TableEdit("office renamed", rename_office),
    TableEdit("review comment inserted", insert_comment),
    TableEdit("audit rows cut from the end", cut_audit_tail),
    TableEdit("audit row edited", edit_audit_row),
    TableEdit(
        "locked entry changed + forged audit row", forged_close_in_locked_quarter, export_too=True
    ),
    TableEdit(
        "entry changed + its audit row rewritten, chain re-hashed", forged_history, export_too=True
    ),
]


def table_edits(ws: Workspace, size: int | None, seed: int) -> Iterator[Result]:
    for n, case in enumerate(EDITS[:size]):
        folder = ws.copy_office(f"edit-{n}")
        db = folder / "evaldesk.sqlite3"
        conn = sqlite3.connect(db)
        try:
            with conn:
                case.edit(conn)
        finally:
            conn.close()
        run = cli(["--lang", "en", "check", "--data-dir", str(folder)])
        yield judge_refusal(run, f"check: {case.name}")
        if case.export_too:
            out = Path(ws.scratch("edits")) / f"edit-{n}.zip"
            import os

            os.environ["EVALDESK_PASSPHRASE"] = PASSPHRASE
            run = cli(
                [
                    "--lang",
                    "en",
                    "export",
                    "--data-dir",
                    str(folder),
                    "--year",
                    str(YEAR),
                    "--out",
                    str(out),
                ]
            )
            yield judge_refusal(run, f"export: {case.name}")
