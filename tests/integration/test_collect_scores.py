"""Reviewers' scores, ballots, decisions and the overview of the receiving office (issue 18,
slices c and d, through the services): roles, audit, the lock of an approved year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from collectkit import UnitSpec, export_unit, make_unit, receiving
from refusals import refused
from storekit import CHEAP_HASHER

from evaldesk.errors import FactsError, InputError, Locked, PermissionDenied
from evaldesk.services import (
    approvals,
    collect_files,
    collect_import,
    collect_scores,
    collect_setup,
    users,
)
from evaldesk.services.actor import system_actor
from evaldesk.services.collect_overview import MISSING, RECEIVED, item_rows, unit_rows
from evaldesk.services.collect_results import collect_state
from evaldesk.services.collect_setup import UnitDraft

RUGAO = "rugao-rsks-2021"
HUNAN = "hunan-rsxczx-2021"


@pytest.fixture(autouse=True)
def cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "_hasher", CHEAP_HASHER)


def people(store) -> dict:
    system = system_actor("test")
    out = {}
    for name, role in (("clerk", "clerk"), ("ping", "reviewer"), ("head", "head")):
        users.add_user(store, system, name, name, role, "correct horse")
        out[role] = users.login(store, name, "correct horse")
    return out


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("rugao")
    out = []
    for unit, name, zhibao in (
        ("gaoxinqu", "高新区（城南街道）", 1500),
        ("dongchen", "东陈镇", 1194),
    ):
        spec = UnitSpec(
            unit, name, {"一.1.1": {"1": {"actual": zhibao}}, "一.1.3": {"1": {"actual": zhibao}}}
        )
        folder = make_unit(root / unit, RUGAO, spec, filler=False)
        out.append(export_unit(folder, root / f"{unit}.zip", today=date(2022, 1, 12)))
    return out


def test_the_overview_shows_received_and_missing_units_and_reviews_count(
    packages: list[Path], data_dir: Path
) -> None:
    store = receiving(data_dir, RUGAO)
    try:
        who = people(store)
        asked = collect_import.import_packages(store, who["clerk"], packages)
        collect_import.import_packages(
            store, who["clerk"], packages, accept={o.fingerprint or "": None for o in asked}
        )
        rows = {r.code: r for r in unit_rows(collect_state(store))}
        assert rows["gaoxinqu"].state == RECEIVED and rows["baipu"].state == MISSING
        assert sum(1 for r in rows.values() if r.state == MISSING) == 12
        before = rows["gaoxinqu"].final
        assert rows["gaoxinqu"].self_total is not None and before is not None
        # both completed their tasks and are first in their groups: 5 points each
        items = {i.code: i for i in item_rows(collect_state(store), "gaoxinqu")}
        assert items["一.1.3"].computed == Decimal(5)
        with refused(PermissionDenied, "roles.refused"):
            collect_scores.set_review(store, who["clerk"], "gaoxinqu", "一.1.3", "final", "3", "x")
        with refused(InputError, "collect.review.reason_needed"):
            collect_scores.set_review(
                store, who["reviewer"], "gaoxinqu", "一.1.3", "final", "3", ""
            )
        with refused(InputError, "collect.review.out_of_bounds"):
            collect_scores.set_review(
                store, who["reviewer"], "gaoxinqu", "一.1.3", "final", "6", "多"
            )
        collect_scores.set_review(
            store, who["reviewer"], "gaoxinqu", "一.1.3", "final", "3", "完成率数据与台账不符"
        )
        after = {r.code: r for r in unit_rows(collect_state(store))}["gaoxinqu"]
        assert after.final == before - Decimal("1.2") and after.reviewed == 1
        items = {i.code: i for i in item_rows(collect_state(store), "gaoxinqu")}
        assert items["一.1.3"].final == Decimal(3)
        assert items["一.1.3"].reasons == {"final": "完成率数据与台账不符"}
        audited = [r for r in store.audit.rows() if r.action == "collect.review"]
        assert audited[0].new == {"value": "3", "reason": "完成率数据与台账不符"}
        # the unit's files are opened from the store, checked against their hash
        package = store.collect_packages.current()["gaoxinqu"]
        pdf = collect_files.open_copy(store, package, collect_files.REPORT, "高新区.pdf")
        assert pdf.read_bytes().startswith(b"%PDF")
        [notice] = [
            e for e in collect_files.evidence(store, package) if e.original_name.endswith(".pdf")
        ]
        assert notice.size > 0
    finally:
        store.close()


def test_undo_steps_back_through_a_reviewers_changes_and_check_replays_them(
    packages: list[Path], data_dir: Path
) -> None:
    """Undo is a change of its own (audited as collect.review.undo): two undos after 3 -> 2
    put back 3 and then "not scored"; a third has nothing left; a new entry can be undone;
    `evaldesk check` replays the undos and finds the table as the log says."""
    from evaldesk.errors import NotFound
    from evaldesk.services import maintenance

    store = receiving(data_dir, RUGAO)
    try:
        who = people(store)
        reviewer = who["reviewer"]
        asked = collect_import.import_packages(store, who["clerk"], packages)
        collect_import.import_packages(
            store, who["clerk"], packages, accept={o.fingerprint or "": None for o in asked}
        )

        def final() -> tuple[Decimal | None, dict[str, str]]:
            row = {i.code: i for i in item_rows(collect_state(store), "dongchen")}["一.1.3"]
            return row.final, row.reasons

        def undo() -> None:
            collect_scores.undo_review(store, reviewer, "dongchen", "一.1.3", "final")

        with refused(NotFound, "collect.review.nothing_to_undo"):
            undo()
        for value, reason in (("3", "完成率偏低"), ("2", "复核后再扣")):
            collect_scores.set_review(store, reviewer, "dongchen", "一.1.3", "final", value, reason)
        undo()
        assert final()[0] == Decimal(3) and final()[1] == {"final": "完成率偏低"}
        undo()
        assert final()[1] == {}  # not scored: the computed score again
        with refused(NotFound, "collect.review.nothing_to_undo"):
            undo()
        collect_scores.set_review(store, reviewer, "dongchen", "一.1.3", "final", "4", "复核")
        undo()
        assert final()[1] == {}
        history = collect_scores.review_history(store, "dongchen", "一.1.3", "final")
        assert [c.undo for c in history] == [True, False, True, True, False, False]
        with refused(PermissionDenied, "roles.refused"):
            collect_scores.undo_review(store, who["clerk"], "dongchen", "一.1.3", "final")
    finally:
        store.close()
    assert maintenance.check(data_dir).ok


def test_ballots_are_entered_as_paper_checked_and_locked_with_the_year(data_dir: Path) -> None:
    store = receiving(
        data_dir, HUNAN, [UnitDraft(u, u, u) for u in ("changsha", "zhuzhou", "xiangtan")]
    )
    try:
        who = people(store)
        sheet = "评议.1/1/city"
        with refused(PermissionDenied, "roles.refused"):
            collect_scores.enter_ballot(
                store, who["reviewer"], sheet, "厅领导甲", {"changsha": "A"}
            )
        # 30% of a ballot of three is 0.9: one A is already over it, to the letter
        with pytest.raises(FactsError) as over:
            collect_scores.enter_ballot(
                store,
                who["clerk"],
                sheet,
                "厅领导甲",
                {"changsha": "A", "zhuzhou": "B", "xiangtan": "B"},
            )
        assert over.value.msg.key == "kind.graded_votes.over_quota"
        with refused(PermissionDenied, "roles.refused"):
            collect_scores.decide_quota(
                store, who["clerk"], "评议.1", "1", "half_up", "办公室会议决定"
            )
        collect_scores.decide_quota(store, who["head"], "评议.1", "1", "half_up", "办公室会议决定")
        # rounded half up: 30% × 3 = 0.9 → 1 A, 50% × 3 = 1.5 → 2 B, 20% × 3 = 0.6 → 1 C
        collect_scores.enter_ballot(
            store,
            who["clerk"],
            sheet,
            "厅领导甲",
            {"changsha": "A", "zhuzhou": "B", "xiangtan": "B"},
        )
        collect_scores.enter_ballot(
            store,
            who["clerk"],
            sheet,
            "厅领导乙",
            {"changsha": "B", "zhuzhou": "A", "xiangtan": "c"},
        )
        state = collect_state(store)
        [tally] = [s for s in state.computed.sheets if s.sheet.key == sheet]
        # 长沙 A (10) and B (6): 8; 湘潭 B and C: (6 + 0) / 2 = 3
        assert tally.tallies["changsha"].average == Decimal(8)
        assert tally.tallies["xiangtan"].average == Decimal(3)
        # a voter's corrected ballot replaces the first; the audit log keeps both
        collect_scores.enter_ballot(
            store,
            who["clerk"],
            sheet,
            "厅领导乙",
            {"changsha": "A", "zhuzhou": "B", "xiangtan": "C"},
        )
        assert len(collect_scores.ballots(store, sheet)) == 2
        rows = [r for r in store.audit.rows() if r.action == "collect.ballot"]
        assert rows[0].old["grades"]["changsha"] == "B"
        approvals.approve(store, who["head"], 2021, 0, "结果已审定")
        with pytest.raises(Locked):
            collect_scores.enter_ballot(
                store,
                who["clerk"],
                sheet,
                "厅领导丙",
                {"changsha": "A", "zhuzhou": "B", "xiangtan": "B"},
            )
    finally:
        store.close()


def test_an_approved_receiving_year_refuses_every_change_to_its_records(data_dir: Path) -> None:
    """The receiving office's writers against its locked year (the unit-side walk is
    bench/attacks/locked.py; tests/integration/test_locked_services_walk.py points here)."""
    store = receiving(
        data_dir,
        HUNAN,
        [UnitDraft(u, u, u) for u in ("changsha", "zhuzhou", "xiangtan", "hengyang")],
    )
    try:
        who = people(store)
        collect_setup.remove_unit(store, system_actor("test"), "hengyang", "不再报送")
        sheet = "评议.1/1/city"
        collect_scores.decide_quota(store, who["head"], "评议.1", "1", "half_up", "会议决定")
        ballot = collect_scores.enter_ballot(
            store,
            who["clerk"],
            sheet,
            "厅领导甲",
            {"changsha": "A", "zhuzhou": "B", "xiangtan": "B"},
        )
        approvals.approve(store, who["head"], 2021, 0, "结果已审定")
        before = store.audit.rows()
        admin = system_actor("test")  # the office's list of units is the administrator's
        item = collect_scores.the_office_rubric(store).items()[0].code
        attempts = {
            "set_review": lambda: collect_scores.set_review(
                store, who["reviewer"], "changsha", item, "final", "1", "核减"
            ),
            "enter_ballot": lambda: collect_scores.enter_ballot(
                store, who["clerk"], sheet, "厅领导乙", {"changsha": "B"}
            ),
            "withdraw_ballot": lambda: collect_scores.withdraw_ballot(
                store, who["clerk"], ballot.id, "重复录入"
            ),
            "decide_quota": lambda: collect_scores.decide_quota(
                store, who["head"], "评议.1", "1", None, ""
            ),
            "add_unit": lambda: collect_setup.add_unit(
                store, admin, UnitDraft("yueyang", "岳阳市", "yueyang")
            ),
            "update_unit": lambda: collect_setup.update_unit(store, admin, "changsha", name="长沙"),
            "remove_unit": lambda: collect_setup.remove_unit(store, admin, "xiangtan", "撤并"),
            "restore_unit": lambda: collect_setup.restore_unit(store, admin, "hengyang", "恢复"),
        }
        for name, attempt in attempts.items():
            with pytest.raises(Locked):
                attempt()
                pytest.fail(f"{name} changed a locked receiving year")
        assert store.audit.rows() == before
    finally:
        store.close()
