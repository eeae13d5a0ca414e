"""The dispatch view (季度调度) on the demo office: states, locks, editing, attachments."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evaldesk.services.evidence import dispatch_link
from evaldesk.ui.views.dispatch import COL_STATE, DispatchView


@pytest.fixture
def view(qtbot, ctx) -> DispatchView:
    widget = DispatchView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def states(view: DispatchView) -> list[str]:
    return [view.table.item(r, COL_STATE).data(Qt.ItemDataRole.UserRole) for r in range(4)]


def test_the_demo_has_one_late_quarter(view: DispatchView) -> None:
    assert view.table.rowCount() == 4
    assert states(view) == ["on_time", "late", "on_time", "on_time"]
    assert view.table.item(1, COL_STATE).text() in ("Late", "逾期报送", "迟报")
    q2 = view.quarters[1].record
    assert q2.due_date.day == 25 and q2.due_date.month == 6
    assert (q2.submitted_date - q2.due_date).days == 3
    assert "3" in view.table.item(1, 2).toolTip()


def test_a_locked_quarter_is_read_only_and_says_why(view: DispatchView) -> None:
    view.table.selectRow(1)
    assert view.read_only
    assert view.lock_banner.isVisibleTo(view)
    # The approver by name, as the office knows them, not by account ("user:head").
    head = view.ctx.store.users.display_name("user:head")
    assert head != "head" and f"approved by {head}" in view.lock_banner.text()
    assert all(edit.isReadOnly() for edit in view.editors.values())
    assert not view.submit_button.isEnabled() and not view.save_button.isEnabled()
    assert "unlock" in view.submit_button.toolTip()


def test_the_lock_banner_is_the_services_message_in_the_interface_language(qtbot, ctx) -> None:
    """One wording of the lock, the service's (dispatch.quarter_locked), in either language."""
    from evaldesk.services import dispatch
    from evaldesk.ui import i18n

    quarter = dispatch.overview(ctx.store, ctx.year)[1]
    assert quarter.lock is not None and quarter.lock.key == "dispatch.quarter_locked"
    head = ctx.store.users.display_name("user:head")
    i18n.install("zh_CN")
    try:
        widget = DispatchView(ctx)
        qtbot.addWidget(widget)
        widget.table.selectRow(1)
        banner = widget.lock_banner.text()
    finally:
        i18n.install("en")
    assert banner == quarter.lock.text("zh")
    assert banner.startswith(f"第 2 季度已由{head}于") and banner.endswith("须由负责人先解锁。")


def test_progress_is_saved_per_area_and_files_attach_to_the_quarter(
    view, ctx, tmp_path: Path
) -> None:
    view.table.selectRow(3)
    assert not view.read_only and not view.lock_banner.isVisibleTo(view)
    code = next(iter(view.editors))
    view.editors[code].setPlainText("第四季度：完成全部培训任务。")
    view.save_button.click()
    q4 = ctx.store.dispatch.get(ctx.year, 4)
    assert q4.progress[code] == "第四季度：完成全部培训任务。"
    assert view.table.currentRow() == 3
    before = [e.original_name for e in ctx.store.evidence.list(ctx.year, link=dispatch_link(q4.id))]
    minutes = tmp_path / "调度会议纪要（第四季度）.pdf"
    minutes.write_bytes(b"%PDF-1.4\n%minutes\n")
    op = view.attach([minutes])
    assert op is not None and op.wait() and op.error is None
    linked = ctx.store.evidence.list(ctx.year, link=dispatch_link(q4.id))
    assert [e.original_name for e in linked] == [*before, "调度会议纪要（第四季度）.pdf"]
    assert any(
        "调度会议纪要" in view.attachments.item(i).text() for i in range(view.attachments.count())
    )


def test_withdraw_and_submit_change_the_state(view, ctx) -> None:
    from PySide6.QtWidgets import QMessageBox

    view.table.selectRow(3)
    view.withdraw_button.click()
    box = view.confirm_box  # asked first (tests/ui/test_ledger_safety.py checks the wording)
    assert box is not None and ctx.store.dispatch.get(ctx.year, 4).submitted_date is not None
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    yes.click()
    assert ctx.store.dispatch.get(ctx.year, 4).submitted_date is None
    assert states(view)[3] in ("missing", "pending")
    view.table.selectRow(3)
    view.submit_button.click()
    assert ctx.store.dispatch.get(ctx.year, 4).submitted_date is not None
