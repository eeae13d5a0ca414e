"""`check` proves the data (issue 15, finding 3): the tables are compared with the state the audit
log rebuilds, the log with its anchors outside the database, and the export refuses to sign
data that differs unless a head accepts it with a reason carried in the package."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from evaldesk.cli import main
from evaldesk.demo import build_demo
from evaldesk.errors import CheckFailed
from evaldesk.services.export import export_year
from evaldesk.services.maintenance import check

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "attacks"))
import tables

PASS = "check-passphrase"
TODAY = date(2026, 1, 15)


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "office"
    build_demo(folder, rubric="hunan-rsxczx-2021", year=2025, seed=7)
    return folder


@pytest.fixture
def office(demo_office: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    shutil.copytree(demo_office, folder, ignore=shutil.ignore_patterns(".evaldesk.lock"))
    return folder


def edit(folder: Path, change) -> None:
    conn = sqlite3.connect(folder / "evaldesk.sqlite3")
    try:
        with conn:
            change(conn)
    finally:
        conn.close()


def test_a_fresh_office_checks_clean_and_says_what_it_compared(office: Path) -> None:
    report = check(office)
    assert report.ok, report.problems
    assert any(m.key == "check.state.compared" for m in report.notes)


def test_overdue_entries_marked_done_by_hand_are_named_and_not_exported(
    office: Path, tmp_path: Path
) -> None:
    """The issue's attack: one sqlite3 UPDATE, check passed and export signed it."""
    edit(office, tables.mark_overdue_done)
    report = check(office)
    changed = [m for m in report.problems if m.key == "check.state.changed"]
    assert {m.args["key"] for m in changed} >= {"131", "145"}
    assert all("done_date" in m.args["fields"] for m in changed)
    with pytest.raises(CheckFailed) as refused:
        export_year(office, 2025, tmp_path / "p.zip", PASS, today=TODAY)
    assert not (tmp_path / "p.zip").exists()
    assert any("restore" in p for p in refused.value.problems)


def test_a_deleted_and_an_inserted_entry_are_named(office: Path) -> None:
    edit(office, tables.delete_entry)
    edit(office, tables.insert_entry)
    keys = {(m.key, m.args.get("key")) for m in check(office).problems}
    assert ("check.state.deleted", "131") in keys
    assert any(k == "check.state.inserted" for k, _ in keys)


@pytest.mark.parametrize(
    "change",
    [
        tables.change_fact,
        tables.rename_evidence,
        tables.drop_evidence_link,
        tables.unlock_by_hand,
        tables.promote_clerk,
        tables.replace_password,
        tables.backdate_dispatch,
        tables.rename_office,
        tables.insert_comment,
    ],
)
def test_every_kind_of_row_is_compared(office: Path, change) -> None:
    edit(office, change)
    assert not check(office).ok


def test_a_forged_row_claiming_a_locked_change_is_named(office: Path) -> None:
    edit(office, tables.forged_close_in_locked_quarter)
    report = check(office)
    assert any(m.key == "check.state.locked_change" for m in report.problems), report.problems


def test_a_rewritten_history_is_caught_against_the_package_even_without_backups(
    office: Path, tmp_path: Path
) -> None:
    package = tmp_path / "sent.zip"
    export_year(office, 2025, package, PASS, today=TODAY)
    shutil.rmtree(office / "backups")
    edit(office, tables.forged_history)  # edit + its audit row rewritten + chain re-hashed
    report = check(office)
    assert any(m.key == "check.anchor.differs" for m in report.problems), report.problems
    # The package kept elsewhere is an anchor too, even when the folder's list is gone.
    (office / "audit-anchors.jsonl").unlink()
    report = check(office, anchor_files=[package])
    assert any(m.key == "check.anchor.differs" for m in report.problems), report.problems


def test_without_backups_or_anchors_check_says_the_log_end_was_not_compared(office: Path) -> None:
    shutil.rmtree(office / "backups", ignore_errors=True)
    (office / "audit-anchors.jsonl").unlink(missing_ok=True)
    report = check(office)
    assert report.ok
    assert any(m.key == "check.anchor.none" for m in report.notes)


def test_a_head_may_export_anyway_with_a_reason_carried_in_the_package(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(office, tables.mark_overdue_done)
    out = tmp_path / "p.zip"
    monkey_env = {"EVALDESK_PASSPHRASE": PASS}
    import os

    os.environ.update(monkey_env)
    try:
        assert main(["export", "--data-dir", str(office), "--year", "2025", "--out", str(out)]) == 1
        assert not out.exists()
        code = main(
            [
                "export",
                "--data-dir",
                str(office),
                "--year",
                "2025",
                "--out",
                str(out),
                "--override-reason",
                "经核实为补录办结日期",
            ]
        )
    finally:
        os.environ.pop("EVALDESK_PASSPHRASE", None)
    assert code == 0
    with zipfile.ZipFile(out) as zf:
        info = zf.read("p/bag-info.txt").decode()
        score = json.loads(zf.read("p/data/score.json"))
    assert "EvalDesk-Check-Override:" in info and "经核实为补录办结日期" in info
    assert score["check_override"]["reason"] == "经核实为补录办结日期"
    assert score["check_override"]["problems"]
    assert main(["verify", str(out)]) == 0
    report = check(office)  # the head accepted these rows: they are the state from now on
    assert report.ok, report.problems
    assert any(m.key == "check.state.accepted" for m in report.notes)


def test_an_old_folder_is_compared_from_its_first_open(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures/release-0.1.0/hunan-rsxczx-2021/data"
    folder = tmp_path / "data"
    shutil.copytree(fixture, folder)
    before = check(folder)
    assert before.ok and any(m.key == "check.state.no_baseline" for m in before.notes)
    from evaldesk.store import open_store

    open_store(folder).close()  # upgraded: the baseline is written
    after = check(folder)
    assert after.ok, after.problems
    assert any(m.key == "check.state.baseline" for m in after.notes)
    edit(folder, tables.mark_overdue_done)  # rows older than the feature: caught by fingerprint
    assert not check(folder).ok
