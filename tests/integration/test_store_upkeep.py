"""The daily check and backup off the open path (open_store(background_maintenance=True)).

Real stores, real threads, real SQLite online backups: the open returns before the backup,
writes made during a backup are kept and the backup is one consistent snapshot, closing stops
a running backup without leaving anything behind, and damage found afterwards is reported
without pushing a good backup out of the rotation.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from storekit import TODAY, YEAR, Office

from evaldesk.errors import StoreError
from evaldesk.services import ledger, maintenance
from evaldesk.store import backup, health, open_store
from evaldesk.store.audit import verify_chain
from evaldesk.store.parts.ledger import LedgerFields
from evaldesk.store.upkeep import UpkeepReport

ENTRY = LedgerFields(
    source="assigned",
    title="督导发现问题整改",
    received_date=date(2024, 3, 1),
    deadline=date(2024, 3, 30),
    description="按要求整改并报送整改情况。" * 20,  # a few pages of data to copy
)


def _fill(office: Office, n: int) -> None:
    for _ in range(n):
        ledger.add_entry(office.store, office.clerk, YEAR, ENTRY, today=TODAY)


def _auto(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups" / "auto").glob("*"))


def _ledger_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM ledger_entries").fetchone()[0])
    finally:
        conn.close()


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _chain_problems(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT seq, at, actor, action, entity, entity_id, old, new, prev_hash, hash "
            "FROM audit_log ORDER BY seq"
        )
        return verify_chain(iter(rows))
    finally:
        conn.close()


def test_the_first_open_of_a_day_returns_before_the_backup_which_follows(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(office, 5)
    office.store.close()
    shutil.rmtree(office.data_dir / "backups", ignore_errors=True)  # a backup is due
    release = threading.Event()
    real = backup.take_auto_backup

    def held_back(*args: object, **kwargs: object) -> Path:
        assert release.wait(30)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "take_auto_backup", held_back)
    reports: list[tuple[UpkeepReport, str]] = []
    store = open_store(
        office.data_dir,
        background_maintenance=True,
        on_maintenance=lambda r: reports.append((r, threading.current_thread().name)),
    )
    try:
        upkeep = store.maintenance
        assert upkeep is not None and upkeep.report is None
        # Open and usable while the backup has not been written yet.
        assert _auto(office.data_dir) == []
        assert store.ledger.total(YEAR) == 5
        ledger.add_entry(store, office.clerk, YEAR, ENTRY, today=TODAY)
        release.set()
        report = upkeep.wait(30)
    finally:
        release.set()
        store.close()
    assert report is not None and report.ok and not report.stopped
    assert report.checked  # the file was closed cleanly: its page check ran on the worker
    assert report.backup is not None and _auto(office.data_dir) == [report.backup]
    assert _integrity(report.backup) == "ok"
    assert _ledger_count(report.backup) in (5, 6)
    assert [(r.backup, name) for r, name in reports] == [(report.backup, "evaldesk-upkeep")]
    assert store.warnings == []


def test_no_upkeep_when_no_backup_is_due_and_the_command_line_still_waits(office: Office) -> None:
    _fill(office, 3)
    office.store.close()
    with open_store(office.data_dir) as store:  # the command line: backup before returning
        assert store.maintenance is None
        assert len(_auto(office.data_dir)) == 1
    with open_store(office.data_dir, background_maintenance=True) as store:
        assert store.maintenance is None  # today's backup exists
    assert len(_auto(office.data_dir)) == 1


def test_writes_during_a_backup_are_kept_and_the_backup_is_one_snapshot(office: Office) -> None:
    _fill(office, 60)
    before = office.store.ledger.total(YEAR)
    in_copy, written = threading.Event(), threading.Event()
    steps: list[tuple[int, int]] = []

    def step(done: int, total: int) -> None:
        steps.append((done, total))
        if len(steps) == 1:
            in_copy.set()
            assert written.wait(30)

    upkeep = office.store.start_maintenance(check_first=True, progress=step, pages=2)
    try:
        assert in_copy.wait(30)
        for _ in range(25):  # committed one by one while the copy is half-way
            ledger.add_entry(office.store, office.clerk, YEAR, ENTRY, today=TODAY)
    finally:
        written.set()
    report = upkeep.wait(60)
    assert report is not None and report.ok and report.backup is not None
    assert len(steps) > 3  # it was copied in many steps, with the writes between them
    done = [d for d, _ in steps]
    assert done == sorted(done)  # never started over
    # The snapshot as the copy began: consistent, chain intact, none of the later writes.
    assert _integrity(report.backup) == "ok"
    assert _chain_problems(report.backup) == []
    assert _ledger_count(report.backup) == before
    # Nothing lost in the live store.
    assert office.store.ledger.total(YEAR) == before + 25
    office.store.close()
    assert maintenance.check(office.data_dir).problems == []


def test_closing_stops_a_running_backup_and_leaves_nothing_behind(office: Office) -> None:
    _fill(office, 40)
    in_copy = threading.Event()
    slow = threading.Event()

    def step(_done: int, _total: int) -> None:
        in_copy.set()
        slow.wait(0.05)  # a long copy: 2 pages per step, 50 ms per step

    store = office.store
    upkeep = store.start_maintenance(check_first=False, progress=step, pages=2)
    assert in_copy.wait(30)
    store.close()
    assert not upkeep.running
    report = upkeep.report
    assert report is not None and report.stopped and report.backup is None
    assert not [p for p in (office.data_dir / "backups").rglob("*") if p.is_file()]
    assert health.unchanged_since_clean_close(store.paths)
    # The next open of the day takes the backup that was stopped.
    with open_store(office.data_dir):
        pass
    (taken,) = _auto(office.data_dir)
    assert _integrity(taken) == "ok" and _ledger_count(taken) == 40


def _backup_from_two_days_ago(office: Office) -> Path:
    made = backup.take_auto_backup(office.store.paths, "daily")
    stamp = backup._stamp(datetime.now(UTC) - timedelta(days=2))
    older = made.with_name(f"{backup.AUTO_PREFIX}{stamp}-daily{backup.AUTO_SUFFIX}")
    made.rename(older)
    return older


def test_damage_found_after_the_open_is_reported_and_keeps_the_good_backup(
    office: Office,
) -> None:
    _fill(office, 200)
    good = _backup_from_two_days_ago(office)
    office.store.close()
    db = office.data_dir / "evaldesk.sqlite3"
    before = db.stat()
    with open(db, "r+b") as fh:  # bit rot: pages damaged, size and time unchanged
        start = before.st_size // 2 // 4096 * 4096  # ledger pages, not the schema
        fh.seek(start)
        fh.write(os.urandom(before.st_size - start - 4096))
    os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert health.unchanged_since_clean_close(office.store.paths)

    seen: list[UpkeepReport] = []
    store = open_store(
        office.data_dir, background_maintenance=True, keep_backups=1, on_maintenance=seen.append
    )
    try:
        assert store.maintenance is not None
        report = store.maintenance.wait(60)
        assert report is not None and report.problems and report.backup is None
        assert seen == [report]
        warning = "\n".join(w.text() for w in store.warnings)
        assert "damaged" in warning and "evaldesk restore" in warning and str(good) in warning
        error = report.as_error()
        assert isinstance(error, StoreError) and "damaged" in str(error)
    finally:
        store.close()
    assert _auto(office.data_dir) == [good]  # the rotation kept the last good backup
    # The next open does not trust the file: the full check refuses it, with the way back.
    with pytest.raises(StoreError, match="damaged") as caught:
        open_store(office.data_dir)
    assert str(good) in str(caught.value)


def test_a_backup_that_cannot_be_written_is_reported(office: Office) -> None:
    _fill(office, 3)
    office.store.close()
    shutil.rmtree(office.data_dir / "backups", ignore_errors=True)
    (office.data_dir / "backups").write_text("a file where the backups folder belongs")
    with open_store(office.data_dir, background_maintenance=True) as store:
        assert store.maintenance is not None
        report = store.maintenance.wait(30)
        assert report is not None and report.error and report.backup is None
        assert any(w.key == "store.backup_failed_today" for w in store.warnings)
        assert store.ledger.total(YEAR) == 3  # the store itself works on


def test_a_command_that_only_reads_leaves_the_daily_backup_to_the_next_write(
    office: Office,
) -> None:
    from evaldesk.services.live import score_data_dir

    _fill(office, 3)
    office.store.close()
    shutil.rmtree(office.data_dir / "backups", ignore_errors=True)  # a backup is due
    report, extra, _money = score_data_dir(office.data_dir, YEAR)
    assert extra["year"] == YEAR and report.total is not None
    assert _auto(office.data_dir) == []  # `evaldesk score` took none
    with open_store(office.data_dir):
        pass
    assert [p.name for p in _auto(office.data_dir) if "daily" in p.name]  # the next open did


def test_a_command_that_only_reads_still_finds_damage(office: Office) -> None:
    from evaldesk.services.live import score_data_dir

    office.store.close()
    db = office.data_dir / "evaldesk.sqlite3"
    health.forget_clean_close(office.store.paths)  # as after a crash
    pages = db.stat().st_size // 4096
    assert pages > 4
    with open(db, "r+b") as f:  # a page in the middle overwritten
        f.seek(pages // 2 * 4096)
        f.write(b"\xff" * 4096)
    with pytest.raises(StoreError, match=r"damaged|malformed|restore"):
        score_data_dir(office.data_dir, YEAR)
