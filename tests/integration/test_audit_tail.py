"""Rows cut off the end of the audit log are found against the newest automatic backup."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from storekit import TODAY, YEAR, Office

from evaldesk.services import ledger, maintenance
from evaldesk.services.actor import system_actor
from evaldesk.store import backup
from evaldesk.store.parts.ledger import LedgerFields

ENTRY = LedgerFields(
    source="assigned",
    title="上级交办事项",
    received_date=TODAY,
    deadline=TODAY,
)
TRIGGER = "audit_log_no_delete"


def _add(office: Office, n: int) -> None:
    for _ in range(n):
        ledger.add_entry(office.store, office.clerk, YEAR, ENTRY, today=TODAY)


def _cut_tail(db: Path, rows: int) -> None:
    """What someone with a database tool could do: lift the guard, delete, put it back."""
    conn = sqlite3.connect(db)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (TRIGGER,)).fetchone()[0]
    conn.execute(f"DROP TRIGGER {TRIGGER}")
    conn.execute("DELETE FROM audit_log WHERE seq > (SELECT max(seq) FROM audit_log) - ?", (rows,))
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_rows_cut_off_after_a_backup_are_found(office: Office) -> None:
    _add(office, 4)
    backup.take_auto_backup(office.store.paths, "daily")
    office.store.close()
    db = office.data_dir / "evaldesk.sqlite3"
    assert maintenance.check(office.data_dir).problems == []
    _cut_tail(db, 2)
    problems = maintenance.check(office.data_dir).problems
    assert "check.tail.cut" in [p.key for p in problems], problems


def test_rows_added_since_the_backup_are_normal(office: Office) -> None:
    backup.take_auto_backup(office.store.paths, "daily")
    _add(office, 3)  # after the backup: a longer chain than the backup's is normal
    office.store.close()
    assert maintenance.check(office.data_dir).problems == []


def test_a_restore_does_not_count_as_rows_cut_off(office: Office, tmp_path: Path) -> None:
    _add(office, 2)
    older = backup.take_auto_backup(office.store.paths, "daily")
    time.sleep(0.01)
    _add(office, 5)
    backup.take_auto_backup(office.store.paths, "daily")  # holds the longer chain
    office.store.close()
    maintenance.restore_backup(office.data_dir, system_actor("test"), older)
    report = maintenance.check(office.data_dir)
    assert report.problems == [], report.problems


def test_a_chain_rebuilt_after_the_backup_is_named(office: Office) -> None:
    """A log whose end was replaced and re-hashed (here: the backup's copy of that end differs,
    which is what comparing the two sees)."""
    _add(office, 3)
    made = backup.take_auto_backup(office.store.paths, "daily")
    office.store.close()
    conn = sqlite3.connect(made)
    for name in ("audit_log_no_update",):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(
        "UPDATE audit_log SET hash = ? WHERE seq = (SELECT max(seq) FROM audit_log)", ("0" * 64,)
    )
    conn.commit()
    conn.close()
    problems = maintenance.check(office.data_dir).problems
    assert "check.tail.rewritten" in [p.key for p in problems], problems
