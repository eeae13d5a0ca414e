"""The right diagnosis (issue 15, finding 9) and a wrong clock noticed (item 8)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from storekit import make_office

from evaldesk.errors import StoreError
from evaldesk.services.maintenance import check
from evaldesk.store import open_store
from evaldesk.store.clock import recorded_at


def test_score_on_a_zero_byte_database_builds_nothing_in_it(data_dir: Path) -> None:
    db = data_dir / "evaldesk.sqlite3"
    db.write_bytes(b"")
    with pytest.raises(StoreError) as refused:
        open_store(data_dir)
    assert refused.value.msg.key == "store.empty_database"
    assert db.stat().st_size == 0  # no schema was made in it
    done = subprocess.run(
        [sys.executable, "-m", "evaldesk", "--lang", "en", "score", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "empty (0 bytes)" in done.stderr
    assert db.stat().st_size == 0
    assert not check(data_dir).ok


def _as_nobody() -> None:
    os.setgid(65534)
    os.setuid(65534)


def test_a_read_only_folder_is_not_called_damaged() -> None:
    import tempfile

    # Under a folder any user may enter: as root the test runs the command as "nobody".
    outer = Path(tempfile.mkdtemp(prefix="evaldesk-ro-", dir="/tmp"))
    outer.chmod(0o755)
    data_dir = outer / "data"
    data_dir.mkdir()
    try:
        office = make_office(data_dir)
        office.store.close()
        for p in data_dir.rglob("*"):
            p.chmod(0o555 if p.is_dir() else 0o444)
        data_dir.chmod(0o555)
        run = {"preexec_fn": _as_nobody} if os.geteuid() == 0 else {}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "evaldesk",
                "--lang",
                "en",
                "score",
                "--data-dir",
                str(data_dir),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "EVALDESK_LOG_DIR": str(outer / "logs")},
            cwd=str(Path(__file__).resolve().parents[2]),
            **run,  # type: ignore[arg-type]
        )
    finally:
        data_dir.chmod(0o755)
        for p in data_dir.rglob("*"):
            p.chmod(0o755 if p.is_dir() else 0o644)
        shutil.rmtree(outer, ignore_errors=True)
    assert done.returncode == 2, done.stderr
    assert "read-only" in done.stderr
    assert "is damaged" not in done.stderr and "evaldesk restore" not in done.stderr


def test_a_clock_earlier_than_the_log_is_noticed_and_recorded(data_dir: Path) -> None:
    office = make_office(data_dir)
    future = datetime.now(UTC) + timedelta(days=30)
    with recorded_at(future):  # a row written when the clock was a month ahead
        office.store.office.get()
        from evaldesk.services import setup

        setup.update_office(office.store, office.admin, region="湖南省")
    office.store.close()
    store = open_store(data_dir)
    try:
        assert any(w.key == "clock.before_log" for w in store.warnings)
        assert store.audit.rows(limit=1)[0].action == "clock.warning"
    finally:
        store.close()
    store = open_store(data_dir)  # recorded once while it lasts
    try:
        assert [r.action for r in store.audit.rows(limit=2)] != ["clock.warning", "clock.warning"]
    finally:
        store.close()
    assert any(m.key == "clock.before_log" for m in check(data_dir).notes)


def test_a_clock_far_from_the_year_is_noticed(data_dir: Path) -> None:
    office = make_office(data_dir)
    office.store.close()
    conn = sqlite3.connect(data_dir / "evaldesk.sqlite3")
    try:
        from evaldesk.store.clock_check import clock_warning

        found = clock_warning(conn, datetime(2031, 3, 1, tzinfo=UTC))
        assert found is not None and found[0] == "far_from_year"
        assert clock_warning(conn, datetime.now(UTC) + timedelta(days=1)) is None
    finally:
        conn.close()
    shutil.rmtree(data_dir / "backups", ignore_errors=True)
