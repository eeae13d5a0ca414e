"""Roles are enforced by the services; approvals lock data; unlocks are logged."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from refusals import refused
from storekit import TODAY, YEAR, Office

from evaldesk.errors import InputError, Locked, PermissionDenied
from evaldesk.services import (
    approvals,
    dispatch,
    evidence,
    facts,
    ledger,
    review,
    roles,
    setup,
    users,
)
from evaldesk.store import LedgerFields
from evaldesk.store.clock import recorded_at

Q1_ENTRY = LedgerFields(
    source="assigned",
    title="一季度交办事项",
    received_date=date(2024, 2, 1),
    deadline=date(2024, 2, 20),
)


def test_a_clerk_cannot_approve_and_the_message_names_the_role(office: Office) -> None:
    with refused(PermissionDenied, "roles.refused", name=office.clerk.display_name) as caught:
        approvals.approve(office.store, office.clerk, YEAR, 1)
    message = caught.value.msg
    english = message.text("en")
    assert "approving a quarter or the year needs the head (负责人) role" in english
    assert english.endswith(" is a clerk (经办人)")
    assert (
        message.text("zh")
        == f"审核季度或年度需要负责人角色；{office.clerk.display_name}的角色是经办人"
    )
    assert office.store.approvals.locked(YEAR) == {}
    assert roles.why_not(office.clerk, "approve") == message
    assert roles.why_not(office.head, "approve") is None


@pytest.mark.parametrize(
    ("who", "call"),
    [
        ("admin", lambda o: ledger.add_entry(o.store, o.admin, YEAR, Q1_ENTRY, today=TODAY)),
        ("clerk", lambda o: approvals.unlock(o.store, o.clerk, YEAR, 1, "x")),
        ("clerk", lambda o: review.add_comment(o.store, o.clerk, YEAR, "一.1", "意见")),
        ("clerk", lambda o: users.add_user(o.store, o.clerk, "x1", "X", "clerk", "long enough")),
        ("head", lambda o: setup.update_office(o.store, o.head, name="新名字")),
        ("admin", lambda o: facts.tick_line(o.store, o.admin, YEAR, "一.1", "1", "1", "met")),
    ],
)
def test_each_role_is_held_to_its_permissions(office: Office, who: str, call: object) -> None:
    with refused(PermissionDenied, "roles.refused"):
        call(office)  # type: ignore[operator]


def test_a_locked_quarter_cannot_be_edited_until_a_head_unlocks_it(office: Office) -> None:
    store = office.store
    entry = ledger.add_entry(store, office.clerk, YEAR, Q1_ENTRY, today=TODAY)
    done = ledger.add_entry(
        store,
        office.clerk,
        YEAR,
        replace(Q1_ENTRY, title="已办结", status="done", done_date=date(2024, 2, 10)),
        today=TODAY,
    )
    dispatch.submit(
        store,
        office.clerk,
        YEAR,
        1,
        {"一": "推进顺利"},
        submitted_date=date(2024, 3, 20),
        today=TODAY,
    )
    with recorded_at(datetime(2024, 4, 1, 9, tzinfo=UTC)):
        approvals.approve(store, office.head, YEAR, 1, "一季度审核通过")
    seq_before = store.audit.last_seq()

    # The approver is named as the office knows them, not by account ("user:head").
    with pytest.raises(Locked, match="quarter 1 of 2024 was approved by head名 on"):
        ledger.edit_entry(store, office.clerk, done.id, {"title": "改标题"}, today=TODAY)
    with pytest.raises(Locked):
        ledger.add_entry(store, office.clerk, YEAR, replace(Q1_ENTRY, title="补录"), today=TODAY)
    with pytest.raises(Locked):
        dispatch.save_progress(store, office.clerk, YEAR, 1, {"一": "改写"})
    with pytest.raises(Locked):
        ledger.edit_entry(store, office.clerk, entry.id, {"title": "改标题"}, today=TODAY)
    assert store.audit.last_seq() == seq_before  # refused changes leave no trace and no change
    assert store.ledger.get(done.id).title == "已办结"

    # Work still open when the quarter was approved may be closed without an unlock, but not
    # backdated to before the approval.
    with pytest.raises(Locked, match="may not be earlier than the approval on 2024-04-01"):
        ledger.close_entry(store, office.clerk, entry.id, date(2024, 3, 30), today=TODAY)
    closed = ledger.close_entry(store, office.clerk, entry.id, date(2024, 4, 2), today=TODAY)
    assert closed.status == "done"
    # Other quarters stay open.
    ledger.add_entry(
        store,
        office.clerk,
        YEAR,
        replace(Q1_ENTRY, received_date=date(2024, 4, 2), deadline=date(2024, 4, 30)),
        today=TODAY,
    )

    with pytest.raises(InputError, match="reason"):
        approvals.unlock(store, office.head, YEAR, 1, "  ")
    approvals.unlock(store, office.head, YEAR, 1, "补录遗漏事项")
    ledger.edit_entry(store, office.clerk, done.id, {"title": "改标题"}, today=TODAY)

    unlock_rows = store.audit.rows(entity="approval")
    unlock = next(r for r in unlock_rows if r.action == "approval.unlock")
    assert unlock.actor == "user:head"
    assert unlock.new["unlock_reason"] == "补录遗漏事项"  # type: ignore[index]
    assert unlock.old["unlocked_at"] is None  # type: ignore[index]
    history = approvals.history(store, YEAR)
    assert [(a.quarter, a.active) for a in history] == [(1, False)]
    assert store.audit.verify() == []


def test_an_approved_year_locks_facts_evidence_and_every_quarter(office: Office, tmp_path) -> None:
    store = office.store
    facts.tick_line(store, office.clerk, YEAR, "一.1", "1", "1", "met")
    approvals.approve(store, office.head, YEAR, 0, "年度审核通过")
    with pytest.raises(Locked, match="the year 2024"):
        facts.tick_line(store, office.clerk, YEAR, "一.1", "1", "2", "met")
    with pytest.raises(Locked):
        ledger.add_entry(
            store,
            office.clerk,
            YEAR,
            replace(Q1_ENTRY, received_date=date(2024, 5, 1), deadline=date(2024, 5, 30)),
            today=TODAY,
        )
    sample = tmp_path / "材料.txt"
    sample.write_text("x", encoding="utf-8")
    with pytest.raises(Locked):
        evidence.attach_file(store, office.clerk, YEAR, sample)
    assert not any(store.paths.evidence.glob("??/*"))  # refused before copying anything
    with pytest.raises(InputError, match="already approved"):
        approvals.approve(store, office.head, YEAR, 0)
    approvals.unlock(store, office.head, YEAR, 0, "更正")
    facts.tick_line(store, office.clerk, YEAR, "一.1", "1", "2", "met")


def test_users_login_and_last_admin(office: Office) -> None:
    store = office.store
    with refused(PermissionDenied, "users.wrong_login"):
        users.login(store, "clerk", "wrong password")
    with refused(PermissionDenied, "users.wrong_login"):
        users.login(store, "nobody", "whatever1")
    assert store.audit.rows(entity="user")[0].action == "login.failed"
    with refused(InputError, "users.password_short", n=8):
        users.add_user(store, office.admin, "new", "新人", "clerk", "short")
    with pytest.raises(InputError, match="taken"):
        users.add_user(store, office.admin, "clerk", "重名", "clerk", "long enough")
    admin_id = office.admin.user_id
    assert admin_id is not None
    with refused(InputError, "users.last_admin"):
        users.update_user(store, office.admin, admin_id, role="clerk")
    clerk_id = office.clerk.user_id
    assert clerk_id is not None
    users.update_user(store, office.admin, clerk_id, active=False)
    with refused(PermissionDenied, "users.disabled", name="clerk"):
        users.login(store, "clerk", "correct horse")
    users.change_password(
        store, office.head, office.head.user_id or 0, "new password 1", old_password="correct horse"
    )
    assert users.login(store, "head", "new password 1").role == "head"
    with pytest.raises(PermissionDenied):
        users.create_first_admin(store, "another", "另一个", "long enough")
