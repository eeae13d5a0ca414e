"""Approving the full year: the dialog lists what is still open before the head confirms
(items 未评估, items lacking required evidence, open review comments, suggested
interpretations), and the head can still approve, knowingly. Review comments are resolved
(and reopened) in the 审核 view.

A real office on a small rubric whose training target is a *suggested* interpretation; real
widgets, the real services and SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evaldesk.ui.views.review import ReviewView
from evaldesk.ui.widgets.approvals import ApprovalsBox

SMALL = Path(__file__).resolve().parents[1] / "integration" / "data" / "small-rubric.yaml"
YEAR = 2024
PASSWORD = "correct horse"


@pytest.fixture
def office(tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``office("head")``: an AppContext signed in as that user on a fresh office."""
    from argon2 import PasswordHasher

    from evaldesk.services import review, setup, users
    from evaldesk.services.actor import system_actor
    from evaldesk.store import open_store
    from evaldesk.ui.context import AppContext

    rubric = tmp_path / "suggested.yaml"
    text = SMALL.read_text(encoding="utf-8").replace("id: test-small", "id: test-suggested")
    text = text.replace(
        "  - id: training-target\n    kind: assumed", "  - id: training-target\n    kind: suggested"
    )
    rubric.write_text(text, encoding="utf-8")
    folder = tmp_path / "office"
    folder.mkdir()
    system = system_actor("test")
    monkeypatch.setattr(
        users, "_hasher", PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    )
    store = setup.create_office(
        folder, system, setup.OfficeSetup(name="测试县人社局", rubric=str(rubric), year=YEAR)
    )
    users.add_user(store, system, "head", "李建国", "head", PASSWORD)
    users.add_user(store, system, "clerk", "王晓", "clerk", PASSWORD)
    head = users.login(store, "head", PASSWORD)
    review.add_comment(store, head, YEAR, "一.1", "请补充领导小组文件")
    store.close()
    opened: list[Any] = []

    def make(username: str) -> Any:
        st = open_store(folder, auto_backup=False)
        ctx = AppContext(folder, st, users.login(st, username, PASSWORD), YEAR)
        opened.append(ctx)
        return ctx

    yield make
    for ctx in opened:
        ctx.close()
        ctx.store.close()


def test_the_year_dialog_lists_what_is_open_and_the_head_approves_knowingly(
    office, qtbot, shown_errors
) -> None:
    from evaldesk.services import approvals

    ctx = office("head")
    box = ApprovalsBox(ctx)
    qtbot.addWidget(box)
    box.buttons[0].click()
    dialog = box.year_dialog
    assert dialog is not None and dialog.isVisible()
    assert approvals.locked(ctx.store, YEAR) == {}  # nothing approved before the head confirms
    assert {"一.1", "二.1"} <= set(dialog.listed("unassessed"))
    assert "一.1" in dialog.listed("missing_evidence")
    assert dialog.listed("open_comments") == ["一.1"]
    comment = dialog.groups["open_comments"].child(0)
    assert "李建国" in comment.text(1) and "请补充领导小组文件" in comment.text(1)
    assert dialog.listed("suggested") == ["※培训任务以完成100%为目标"]
    assert "draft" in dialog.groups["suggested"].text(0)
    assert dialog.count == sum(len(dialog.listed(g)) for g in dialog.groups)
    assert f"{dialog.count} point(s) are still open" in dialog.summary.text()
    # Open points: the head approves only knowingly.
    assert dialog.anyway.isVisibleTo(dialog) and not dialog.approve_button.isEnabled()
    dialog.comment.setText("同意报送")
    dialog.anyway.setChecked(True)
    assert dialog.approve_button.isEnabled()
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        dialog.approve_button.click()
    assert shown_errors == []
    approved = approvals.locked(ctx.store, YEAR)[0]
    assert approved.comment == "同意报送" and approved.approved_by == "user:head"
    assert "李建国" in box.states[0].text()


def test_cancelling_the_year_dialog_approves_nothing(office, qtbot) -> None:
    from evaldesk.services import approvals

    ctx = office("head")
    box = ApprovalsBox(ctx)
    qtbot.addWidget(box)
    dialog = box.open_year_dialog()
    dialog.reject()
    assert approvals.locked(ctx.store, YEAR) == {}


def test_a_head_resolves_and_reopens_a_comment_a_clerk_cannot(office, qtbot, shown_errors) -> None:
    from evaldesk.services import approvals, review

    clerk_view = ReviewView(office("clerk"))
    qtbot.addWidget(clerk_view)
    clerk_view.select("一.1")
    clerk_view.comments.setCurrentRow(0)
    assert not clerk_view.resolve.isEnabled() and "head" in clerk_view.resolve.toolTip()

    ctx = office("head")
    view = ReviewView(ctx)
    qtbot.addWidget(view)
    view.select("一.1")
    assert "[open]" in view.comments.item(0).text()
    view.comments.setCurrentRow(0)
    assert view.resolve.isEnabled() and view.resolve.text() == "Mark &resolved"
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        view.resolve.click()
    assert review.open_comments(ctx.store, YEAR) == []
    assert "resolved by 李建国" in view.comments.item(0).text()
    view.comments.setCurrentRow(0)
    assert view.resolve.text() == "&Reopen"
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        view.resolve.click()
    assert len(review.open_comments(ctx.store, YEAR)) == 1
    # Once the year is approved, a comment's state is locked with it: disabled, and why.
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        approvals.approve(ctx.store, ctx.actor, YEAR, 0, "")
    view.comments.setCurrentRow(0)
    assert not view.resolve.isEnabled() and "locked" in view.resolve.toolTip()
    assert shown_errors == []
