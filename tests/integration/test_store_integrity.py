"""Tampering and damage are detected: audit rows, evidence files, a corrupt database file."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from storekit import TODAY, YEAR, Office

from evaldesk.errors import StoreError
from evaldesk.services import evidence, ledger, maintenance
from evaldesk.services.actor import system_actor
from evaldesk.store import LedgerFields, LedgerQuery, open_store
from evaldesk.store.health import STAMP_NAME

ENTRY = LedgerFields(
    source="assigned", title="交办事项", received_date=date(2024, 3, 1), deadline=date(2024, 3, 30)
)


def _some_history(office: Office, tmp_path: Path) -> None:
    for _ in range(3):
        ledger.add_entry(office.store, office.clerk, YEAR, ENTRY, today=TODAY)
    sample = tmp_path / "会议纪要.txt"
    sample.write_text("会议纪要内容", encoding="utf-8")
    evidence.attach_file(
        office.store, office.clerk, YEAR, sample, links=[evidence.item_link("一.1")]
    )


def test_a_fresh_office_passes_check(office: Office, tmp_path: Path) -> None:
    _some_history(office, tmp_path)
    report = maintenance.check(office.data_dir)
    assert report.problems == []
    assert report.counts["audit_rows"] == office.store.audit.last_seq()
    assert report.counts["evidence_files"] == 1


def test_the_database_refuses_to_edit_or_delete_audit_rows_and_entries(office: Office) -> None:
    ledger.add_entry(office.store, office.clerk, YEAR, ENTRY, today=TODAY)
    conn = sqlite3.connect(office.store.paths.db)
    for sql in (
        "UPDATE audit_log SET actor = 'someone' WHERE seq = 1",
        "DELETE FROM audit_log WHERE seq = 1",
        "DELETE FROM ledger_entries",
    ):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(sql)
    conn.close()


def test_a_hand_edited_audit_row_is_detected_by_check(office: Office) -> None:
    ledger.add_entry(office.store, office.clerk, YEAR, ENTRY, today=TODAY)
    seq = office.store.audit.last_seq()
    office.store.close()
    conn = sqlite3.connect(office.data_dir / "evaldesk.sqlite3")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute(
        "UPDATE audit_log SET new = replace(new, '交办事项', '别的事项') WHERE seq = ?", (seq,)
    )
    conn.commit()
    conn.close()
    report = maintenance.check(office.data_dir)
    found = {(p.key, p.args.get("seq") or p.args.get("name")) for p in report.problems}
    assert ("check.audit.row_changed", seq) in found
    assert ("check.trigger_missing", "audit_log_no_update") in found


def test_a_removed_audit_row_breaks_the_chain(office: Office) -> None:
    for _ in range(3):
        ledger.add_entry(office.store, office.clerk, YEAR, ENTRY, today=TODAY)
    office.store.close()
    conn = sqlite3.connect(office.data_dir / "evaldesk.sqlite3")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = 5")
    conn.commit()
    conn.close()
    problems = maintenance.check(office.data_dir).problems
    assert any(p.key == "check.audit.missing_row" and p.args["expected"] == 5 for p in problems)


def test_an_altered_evidence_file_is_detected_by_check(office: Office, tmp_path: Path) -> None:
    _some_history(office, tmp_path)
    rec = office.store.evidence.list(YEAR)[0]
    stored = office.store.evidence.file_path(rec)
    os.chmod(stored, 0o644)
    stored.write_bytes(b"tampered")
    problems = maintenance.check(office.data_dir).problems
    assert [p.key for p in problems] == ["check.evidence.altered"]
    assert "会议纪要.txt" in problems[0].text("zh") and "was altered" in problems[0].text("en")
    stored.unlink()
    assert maintenance.check(office.data_dir).problems[0].key == "check.evidence.missing"


def _corrupt_middle(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(os.urandom(8192))


def test_a_corrupted_database_is_detected_on_open_with_the_way_back(office: Office) -> None:
    for _ in range(40):
        ledger.add_entry(office.store, office.clerk, YEAR, ENTRY, today=TODAY)
    office.store.close()
    backup = maintenance.backup(office.data_dir, system_actor("test"))
    db = office.data_dir / "evaldesk.sqlite3"
    assert (office.data_dir / STAMP_NAME).exists()
    _corrupt_middle(db)
    with pytest.raises(StoreError) as caught:
        open_store(office.data_dir)
    text = str(caught.value)
    assert "damaged" in text
    assert str(backup) in text
    assert f'evaldesk restore --data-dir "{office.data_dir}"' in text
    assert maintenance.check(office.data_dir).problems  # check reports it too

    report = maintenance.restore_backup(office.data_dir, system_actor("test"), backup)
    assert report.replaced is not None and (report.replaced / "evaldesk.sqlite3").exists()
    assert maintenance.check(office.data_dir).problems == []
    with open_store(office.data_dir) as store:
        assert store.ledger.total(YEAR) == 40


def test_a_file_that_is_not_a_database_is_named_so(data_dir: Path) -> None:
    (data_dir / "evaldesk.sqlite3").write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    with pytest.raises(StoreError, match="not a database"):
        open_store(data_dir)


def test_restore_refuses_while_the_store_is_open_and_refuses_garbage(
    office: Office, tmp_path: Path
) -> None:
    backup = maintenance.backup(office.data_dir, system_actor("test"))
    with pytest.raises(StoreError, match="is open"):
        maintenance.restore_backup(office.data_dir, system_actor("test"), backup)
    office.store.close()
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    from evaldesk.errors import InputError

    with pytest.raises(InputError, match="neither"):
        maintenance.restore_backup(office.data_dir, system_actor("test"), junk)
    assert maintenance.check(office.data_dir).problems == []


def test_damage_that_kept_the_files_time_is_reported_when_it_is_read(office: Office) -> None:
    """Bit rot does not change a file's time, so the open skips the page check; reading a
    damaged page still ends in the same clear message, never in a traceback."""
    for _ in range(200):
        ledger.add_entry(office.store, office.clerk, YEAR, ENTRY, today=TODAY)
    office.store.close()
    backup = maintenance.backup(office.data_dir, system_actor("test"))
    db = office.data_dir / "evaldesk.sqlite3"
    before = db.stat()
    with open(db, "r+b") as fh:
        fh.seek(2 * 4096)
        fh.write(os.urandom(before.st_size - 4 * 4096))
    os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))
    with (
        pytest.raises(StoreError, match="damaged") as caught,
        open_store(office.data_dir, auto_backup=False) as store,
    ):
        store.ledger.search(LedgerQuery(year=YEAR, limit=None))
    assert str(backup) in str(caught.value) and "evaldesk restore" in str(caught.value)


def test_a_folder_name_with_chinese_spaces_and_percent_signs_works(tmp_path: Path) -> None:
    from storekit import make_office

    folder = tmp_path / "自评 数据 100%#1"
    made = make_office(folder)
    ledger.add_entry(made.store, made.clerk, YEAR, ENTRY, today=TODAY)
    made.store.close()
    archive = maintenance.backup(folder, system_actor("test"))
    assert maintenance.check(folder).problems == []
    maintenance.restore_backup(folder, system_actor("test"), archive)
    with open_store(folder) as store:
        assert store.ledger.total(YEAR) == 1
