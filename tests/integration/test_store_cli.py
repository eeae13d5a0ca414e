"""The store commands end to end: demo, score --data-dir, check, backup, restore."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from evaldesk.cli import main

HUNAN = "hunan-rsxczx-2021"

#: The messages below are matched in English: run as under an English locale, whatever the
#: machine's (tests/e2e/test_cli_language.py covers both languages).
pytestmark = pytest.mark.usefixtures("english_locale")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo office for the module (it takes a few seconds with real password hashing)."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["demo", "--data-dir", str(folder), "--year", "2023"]) == 0
    return folder


def test_demo_makes_a_living_office(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "score", "--data-dir", str(demo_dir), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["year"] == 2023 and data["office"].endswith("人力资源和社会保障局")
    assert len(data["rubric_sha256"]) == 64
    assert data["counts"]["ledger_overdue"] == 5
    assert data["counts"]["dispatch_late"] == 1 and data["counts"]["dispatch_missing"] == 0
    assert data["ledger_entries"] == 150
    dispatch_item = data["items"]["调度.1"]
    assert any("5件" in e["line"] for e in dispatch_item["explanations"])
    conn = sqlite3.connect(demo_dir / "evaldesk.sqlite3")
    roles = {r[0] for r in conn.execute("SELECT role FROM users")}
    mimes = {r[0] for r in conn.execute("SELECT mime FROM evidence")}
    statuses = {r[0] for r in conn.execute("SELECT status FROM ledger_entries")}
    conn.close()
    assert roles == {"admin", "head", "clerk"}
    assert {"application/pdf", "image/png", "image/jpeg"} <= mimes
    assert {"done", "in_progress", "cancelled"} <= statuses
    pdf = next(demo_dir.glob("evidence/??/*"))
    assert pdf.stat().st_size > 0


def test_the_demo_year_reads_as_lived_and_its_score_rises_through_it(demo_dir: Path) -> None:
    """Each write of the demo is stamped with a day of its year, in order, so the chart of the
    score through the year climbs instead of jumping on the day the demo was made."""
    from datetime import date

    from evaldesk.services.history import score_history
    from evaldesk.store import open_store

    conn = sqlite3.connect(demo_dir / "evaldesk.sqlite3")
    times = [r[0] for r in conn.execute("SELECT at FROM audit_log ORDER BY seq")]
    entries = conn.execute(
        "SELECT count(*) FROM ledger_entries WHERE substr(created_at, 1, 10) = received_date"
    ).fetchone()[0]
    conn.close()
    assert times == sorted(times)
    assert times[0].startswith("2023-01-04") and times[-1] < "2024-01-16"
    assert entries == 150  # each entry written on the day it came in
    with open_store(demo_dir) as store:
        points = score_history(store, 2023, today=date(2024, 3, 1))
    totals = [p.total for p in points]
    assert len(totals) == 12 and totals == sorted(totals)
    assert len(set(totals)) >= 8 and totals[0] < totals[-1]


def test_demo_refuses_an_existing_office(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def audit_rows() -> int:
        conn = sqlite3.connect(demo_dir / "evaldesk.sqlite3")
        try:
            return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
        finally:
            conn.close()

    before = audit_rows()
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "demo")
    assert code == 2 and "already holds an EvalDesk office" in err
    assert audit_rows() == before


def test_demo_with_a_missing_rubric_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "demo", "--data-dir", str(tmp_path / "d"), "--rubric", "no-such-rubric"
    )
    assert code == 2 and "the demo needs the rubric 'no-such-rubric'" in err
    assert not (tmp_path / "d" / "evaldesk.sqlite3").exists()


def test_check_backup_restore_round_trip(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "copy"
    code, out, _ = run(
        capsys, "backup", "--data-dir", str(demo_dir), "--out", str(tmp_path / "b.zip")
    )
    assert code == 0 and "backup written" in out
    code, out, _ = run(capsys, "restore", "--data-dir", str(work), str(tmp_path / "b.zip"))
    assert code == 0, out
    code, out, _ = run(capsys, "check", "--data-dir", str(work))
    assert code == 0 and out.startswith("ok:")
    # Break two things; check names both and exits 1.
    victim = next(work.glob("evidence/??/*"))
    os.chmod(victim, 0o644)
    victim.write_bytes(b"changed")
    conn = sqlite3.connect(work / "evaldesk.sqlite3")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'user:mallory' WHERE seq = 3")
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "check", "--data-dir", str(work), "--json")
    data = json.loads(out)
    assert code == 1 and not data["ok"]
    assert data["version"] == 2
    found = {(p["key"], p["args"].get("seq")) for p in data["problems"]}
    assert ("check.evidence.altered", None) in found and ("check.audit.row_changed", 3) in found
    assert all(p["text"] for p in data["problems"])  # each with its Chinese text
    code, out, err = run(capsys, "check", "--data-dir", str(work))
    assert code == 1 and "problem(s) found" in err and "problem: " in out
    # Restoring the archive again repairs both (what it replaced is kept).
    code, out, _ = run(capsys, "restore", "--data-dir", str(work), str(tmp_path / "b.zip"))
    assert code == 0 and "evidence files restored: 1" in out and "replaced-" in out
    assert run(capsys, "check", "--data-dir", str(work))[0] == 0
