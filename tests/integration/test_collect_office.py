"""The receiving office (issue 18, slice a): the office kind, its editable unit list, the
reviewer role, and the same audit chain, backups and `check` as a unit's store."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from storekit import CHEAP_HASHER

from evaldesk.errors import EvalDeskError, InputError, PermissionDenied
from evaldesk.services import collect_setup, maintenance, users
from evaldesk.services.actor import system_actor
from evaldesk.services.collect_setup import ReceivingSetup, UnitDraft
from evaldesk.store import open_store

DEPARTMENTS = (
    UnitDraft("dept-jy", "就业促进和失业保险处", "dept"),
    UnitDraft("dept-nm", "农民工工作处", "dept"),
)


def make(data_dir: Path, rubric: str = "hunan-rsxczx-2021", units=None):
    return collect_setup.create_receiving_office(
        data_dir,
        system_actor("test"),
        ReceivingSetup(name="湖南省人社厅乡村振兴办", rubric=rubric, year=2021, units=units),
    )


def test_a_receiving_office_starts_with_the_rubrics_units(data_dir: Path) -> None:
    store = make(data_dir)
    try:
        assert collect_setup.receiving_year(store) == 2021
        listed = collect_setup.units(store)
        assert [u.code for u in listed][:3] == ["changsha", "zhuzhou", "xiangtan"]
        assert listed[-1].code == "dept" and listed[-1].rubric_unit == "dept"
        assert len(listed) == 15
        assert store.office.require().unit is None
    finally:
        store.close()


def test_a_rugao_receiving_office_needs_no_unit_of_its_own(data_dir: Path) -> None:
    store = make(data_dir, rubric="rugao-rsks-2021")
    try:
        assert len(collect_setup.units(store)) == 14
    finally:
        store.close()


def test_the_unit_list_is_editable_and_dept_becomes_each_department(data_dir: Path) -> None:
    store = make(data_dir)
    admin = system_actor("test")
    try:
        for draft in DEPARTMENTS:
            collect_setup.add_unit(store, admin, draft)
        collect_setup.remove_unit(store, admin, "dept", "按处室分别接收")
        collect_setup.update_unit(store, admin, "dept-nm", name="农民工工作处（乡村振兴办）")
        codes = [u.code for u in collect_setup.units(store)]
        assert codes[-2:] == ["dept-jy", "dept-nm"] and "dept" not in codes
        removed = [u for u in collect_setup.units(store, removed=True) if u.removed]
        assert [u.code for u in removed] == ["dept"]
        with pytest.raises(InputError) as bad:
            collect_setup.add_unit(store, admin, UnitDraft("x1", "某单位", "nowhere"))
        assert "dept" in bad.value.msg.text("en")
        with pytest.raises(InputError):
            collect_setup.add_unit(store, admin, UnitDraft("dept-jy", "重复", "dept"))
        with pytest.raises(InputError):
            collect_setup.add_unit(store, admin, UnitDraft("坏 编号", "某单位", "dept"))
    finally:
        store.close()


def test_only_an_admin_edits_the_list_and_a_reviewer_exists(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(users, "_hasher", CHEAP_HASHER)
    store = make(data_dir)
    try:
        system = system_actor("test")
        users.add_user(store, system, "ping", "评审甲", "reviewer", "correct horse")
        reviewer = users.login(store, "ping", "correct horse")
        assert reviewer.role == "reviewer"
        with pytest.raises(PermissionDenied) as refused:
            collect_setup.add_unit(store, reviewer, DEPARTMENTS[0])
        assert "reviewer" in refused.value.msg.text("en")
    finally:
        store.close()


def test_check_backup_and_restore_cover_the_receiving_office(data_dir: Path) -> None:
    store = make(data_dir)
    admin = system_actor("test")
    try:
        collect_setup.add_unit(store, admin, DEPARTMENTS[0])
        collect_setup.remove_unit(store, admin, "dept", "按处室分别接收")
    finally:
        store.close()
    report = maintenance.check(data_dir)
    assert report.ok, report.problems
    # A unit renamed behind EvalDesk's back is found by the comparison with the audit log.
    conn = sqlite3.connect(data_dir / "evaldesk.sqlite3")
    conn.execute("UPDATE collect_units SET name = '改过的名字' WHERE code = 'dept-jy'")
    conn.commit()
    conn.close()
    found = maintenance.check(data_dir)
    assert not found.ok
    problems = [p.text("en") for p in found.problems]
    assert any("dept-jy" in p and "name" in p for p in problems), problems


def test_a_unit_taken_off_the_list_is_put_back_with_a_reason_and_check_replays_it(
    data_dir: Path,
) -> None:
    store = make(data_dir)
    admin = system_actor("test")
    try:
        collect_setup.remove_unit(store, admin, "dept", "按处室分别接收")
        assert "dept" not in [u.code for u in collect_setup.units(store)]
        with pytest.raises(InputError) as no_reason:
            collect_setup.restore_unit(store, admin, "dept", "  ")
        assert "put back" in no_reason.value.msg.text("en")
        assert "dept" not in [u.code for u in collect_setup.units(store)]
        back = collect_setup.restore_unit(store, admin, "dept", "误移出，恢复")
        assert not back.removed
        assert "dept" in [u.code for u in collect_setup.units(store)]
        # a unit on the list is not put back twice, and an unknown code is named
        with pytest.raises(InputError) as twice:
            collect_setup.restore_unit(store, admin, "dept", "再次恢复")
        assert "dept" in twice.value.msg.text("zh_CN")
        with pytest.raises(EvalDeskError) as unknown:
            collect_setup.restore_unit(store, admin, "nowhere", "恢复")
        assert "nowhere" in unknown.value.msg.text("en")
        rows = [e for e in store.audit.rows() if e.action == "collect.unit.restore"]
        assert len(rows) == 1 and rows[0].new["reason"] == "误移出，恢复"
        assert rows[0].old["removed"] is True and rows[0].new["removed"] is False
    finally:
        store.close()
    assert maintenance.check(data_dir).ok
    # removed behind EvalDesk's back after the put-back: the replay of the audit log tells
    conn = sqlite3.connect(data_dir / "evaldesk.sqlite3")
    conn.execute("UPDATE collect_units SET removed_at = '2022-01-01' WHERE code = 'dept'")
    conn.commit()
    conn.close()
    found = maintenance.check(data_dir)
    assert not found.ok
    assert any("dept" in p.text("en") for p in found.problems)


def test_the_backup_zip_holds_the_receiving_tables(data_dir: Path, tmp_path: Path) -> None:
    store = make(data_dir)
    try:
        collect_setup.add_unit(store, system_actor("test"), DEPARTMENTS[0])
    finally:
        store.close()
    made = maintenance.backup(data_dir, system_actor("test"), tmp_path / "b.zip")
    target = tmp_path / "restored"
    shutil.copytree(data_dir, target)
    maintenance.restore_backup(target, system_actor("test"), made)
    with open_store(target) as again:
        assert [u.code for u in again.collect.units()][-1] == "dept-jy"
