"""Issue 17, sub-finding 1: the ledger and dispatch pitfalls found at 1366×768, one test each.

Real widgets on a fresh copy of the demo office (湘人社发〔2021〕46号, last year: 84 points, 5
entries overdue, Q1–Q3 approved): the confirmations are real QMessageBoxes whose buttons are
clicked; the point changes are checked against the live score after the change is saved.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from evaldesk.decimals import fmt_points
from evaldesk.services import ledger, ledger_xlsx
from evaldesk.services.ledger_table import LedgerFields, LedgerQuery
from evaldesk.ui.views.dispatch import COL_STATE, DispatchView
from evaldesk.ui.views.ledger import LedgerView


@pytest.fixture
def after_year(ctx) -> date:
    """A day in the year after the assessed one (as on the PC in the issue: 2026 for 2025)."""
    return date(ctx.year + 1, 3, 4)


@pytest.fixture
def view(qtbot, ctx, after_year: date) -> LedgerView:
    widget = LedgerView(ctx, today=after_year)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def q4_entry(ctx, title: str, *, deadline: date, today: date):
    fields = LedgerFields(
        source="assigned",
        title=title,
        received_date=date(ctx.year, 10, 8),
        deadline=deadline,
    )
    return ledger.add_entry(ctx.store, ctx.actor, ctx.year, fields, today=today)


def clicked(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    button.click()


def test_mark_done_asks_for_the_day_proposes_today_and_says_what_it_costs(
    qtbot, view: LedgerView, ctx, after_year: date
) -> None:
    entry = q4_entry(ctx, "年底前报送的督办件", deadline=date(ctx.year, 12, 20), today=after_year)
    view.model.refresh()
    assert view.show_entry(entry.id)
    dialog = view.close_entry()
    assert dialog is not None and dialog.isVisible()
    # Nothing saved yet, and the real date proposed (never an earlier day made up).
    assert ctx.store.ledger.get(entry.id).status == "open"
    assert dialog.date_edit.day() == after_year
    note = dialog.note.text()
    assert f"after the assessed year {ctx.year}" in note
    assert "after the deadline" in note
    assert "0.8 points fewer than done by the deadline (score 83.2 instead of 84)" in note
    # The day it was really done, typed: by the deadline, so nothing is lost.
    dialog.date_edit.setFocus()
    qtbot.keyClicks(dialog.date_edit, f"{ctx.year}1218")
    assert "no points lost" in dialog.note.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = ctx.store.ledger.get(entry.id)
    assert saved.status == "done" and saved.done_date == date(ctx.year, 12, 18)
    assert view.current_entry() is not None and view.current_entry().id == entry.id
    assert f"marked done on {ctx.year}-12-18" in view.message.text()


def test_a_new_entry_starts_at_today_within_the_year_and_says_so(
    qtbot, ctx, after_year: date
) -> None:
    inside = LedgerView(ctx, today=date(ctx.year, 5, 6))
    qtbot.addWidget(inside)
    dialog = inside.new_entry()
    assert dialog.received_edit.day() == dialog.deadline_edit.day() == date(ctx.year, 5, 6)
    assert not dialog.date_note.isVisibleTo(dialog)
    dialog.reject()
    after = LedgerView(ctx, today=after_year)
    qtbot.addWidget(after)
    dialog = after.new_entry()
    last = date(ctx.year, 12, 31)
    assert dialog.received_edit.day() == dialog.deadline_edit.day() == last
    assert dialog.date_note.isVisibleTo(dialog)
    assert after_year.isoformat() in dialog.date_note.text()
    assert last.isoformat() in dialog.date_note.text()


def test_saving_an_overdue_entry_asks_first_with_the_point_change(
    qtbot, view: LedgerView, ctx
) -> None:
    assert ctx.report().total == 84
    before = ctx.store.ledger.count(LedgerQuery(year=ctx.year))
    dialog = view.new_entry()
    dialog.title_edit.setText("逾期未办的交办件")
    dialog.received_edit.set_day(date(ctx.year, 10, 8))
    dialog.deadline_edit.set_day(date(ctx.year, 10, 20))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert "0.8 points fewer (score 84 → 83.2)" in box.text()
    assert ctx.store.ledger.count(LedgerQuery(year=ctx.year)) == before  # not yet
    clicked(box, QMessageBox.ButtonRole.RejectRole)
    assert dialog.isVisible() and dialog.saved is None
    assert ctx.store.ledger.count(LedgerQuery(year=ctx.year)) == before
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    clicked(dialog.confirm_box, QMessageBox.ButtonRole.AcceptRole)
    assert dialog.saved is not None
    assert fmt_points(ctx.rescore().total) == "83.2"  # what the box said


def test_an_entry_done_in_time_saves_without_asking(qtbot, view: LedgerView, ctx) -> None:
    dialog = view.new_entry()
    dialog.title_edit.setText("按时办结的来信")
    dialog.received_edit.set_day(date(ctx.year, 10, 8))
    dialog.deadline_edit.set_day(date(ctx.year, 10, 20))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
    dialog.done_edit.set_day(date(ctx.year, 10, 15))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm_box is None and dialog.saved is not None


def test_the_saved_row_is_selected_and_scrolled_to(qtbot, view: LedgerView, ctx) -> None:
    view.resize(900, 260)  # a few rows visible: the new one is below them
    view.table.scrollToTop()
    dialog = view.new_entry()
    dialog.title_edit.setText("十二月收到的群众来信")
    dialog.received_edit.set_day(date(ctx.year, 12, 30))
    dialog.deadline_edit.set_day(date(ctx.year, 12, 31))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
    dialog.done_edit.set_day(date(ctx.year, 12, 31))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    current = view.current_entry()
    assert current is not None and current.id == dialog.saved.id
    rect = view.table.visualRect(view.table.currentIndex())
    assert view.table.viewport().rect().intersects(rect)
    assert f"#{dialog.saved.id}" in view.message.text()


@pytest.fixture
def dispatch_view(qtbot, ctx) -> DispatchView:
    widget = DispatchView(ctx, today=date(ctx.year + 1, 1, 10))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_withdraw_asks_first_keeps_the_date_and_updates_the_status_line(
    qtbot, dispatch_view: DispatchView, ctx
) -> None:
    view = dispatch_view
    view.table.selectRow(3)
    submitted = ctx.store.dispatch.get(ctx.year, 4).submitted_date
    assert submitted is not None and submitted <= date(ctx.year, 12, 25)
    view.submit_button.click()  # the stale line of the issue: "quarter 4 submitted"
    assert "Quarter 4 submitted" in view.message.text()
    box = view.withdraw()
    assert box is not None and box.isVisible()
    assert ctx.store.dispatch.get(ctx.year, 4).submitted_date is not None  # not yet
    assert "0.8 points fewer (score 84 → 83.2)" in box.text()
    assert submitted.isoformat() in box.text()
    clicked(box, QMessageBox.ButtonRole.AcceptRole)
    assert ctx.store.dispatch.get(ctx.year, 4).submitted_date is None
    assert "withdrawn" in view.message.text() and "submitted" not in view.message.text()
    # The original day is proposed again, so re-submitting keeps the report on time.
    view.table.selectRow(3)
    assert view.submitted_edit.day() == submitted
    view.submit_button.click()
    assert ctx.store.dispatch.get(ctx.year, 4).submitted_date == submitted
    assert view.table.item(3, COL_STATE).data(Qt.ItemDataRole.UserRole) == "on_time"


def test_withdraw_cancelled_changes_nothing(dispatch_view: DispatchView, ctx) -> None:
    dispatch_view.table.selectRow(3)
    box = dispatch_view.withdraw()
    assert box is not None
    clicked(box, QMessageBox.ButtonRole.RejectRole)
    assert ctx.store.dispatch.get(ctx.year, 4).submitted_date is not None


def test_typed_dates_are_taken_on_typing_and_on_leaving_the_field(
    qtbot, view: LedgerView, ctx, dispatch_view: DispatchView
) -> None:
    dialog = view.new_entry()
    edit = dialog.received_edit
    edit.setFocus()
    qtbot.keyClicks(edit, f"{ctx.year}1105")  # eight digits: taken at once
    assert edit.date().toPython() == date(ctx.year, 11, 5)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, f"{ctx.year}-11-6")  # taken when the field is left
    dialog.title_edit.setFocus()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_A)  # focus really moved
    assert dialog.fields().received_date == date(ctx.year, 11, 6)
    edit.setFocus()
    qtbot.keyClicks(edit, f"{ctx.year}/11/7")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date().toPython() == date(ctx.year, 11, 7)
    qtbot.keyClicks(edit, "2025023")  # not a day: the date stays
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.day() == date(ctx.year, 11, 7)
    dialog.reject()
    dispatch_view.table.selectRow(3)
    dispatch_view.submitted_edit.setFocus()
    qtbot.keyClicks(dispatch_view.submitted_edit, f"{ctx.year}1222")
    assert dispatch_view.submitted_edit.day() == date(ctx.year, 12, 22)


def test_tab_leaves_a_date_field_at_once(qtbot) -> None:
    """QDateEdit's own Tab stepped year → month → day before leaving the field."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from evaldesk.ui.widgets.ledger_dates import TypedDateEdit

    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    edit, after = TypedDateEdit(), QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(after)
    form.show()
    form.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    edit.setCurrentSection(edit.Section.YearSection)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after


def test_mark_done_is_three_tabs_from_the_selected_row(qtbot, view: LedgerView) -> None:
    view.status_filter.setCurrentIndex(view.status_filter.findData("in_progress"))
    view.select_row(0)
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    for _ in range(3):  # New entry, Edit, Mark done (the table's cells are not Tab stops)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.close_button


def test_the_import_reads_the_packages_own_ledger_sheet(ctx, tmp_path: Path) -> None:
    from evaldesk.export.xlsx import ledger_xlsx as package_sheet
    from evaldesk.services.export import build_snapshot

    snapshot = build_snapshot(ctx.store, ctx.year, actor=ctx.actor, today=date(ctx.year + 1, 1, 5))
    sheet = tmp_path / "ledger.xlsx"
    sheet.write_bytes(package_sheet(snapshot))
    preview = ledger_xlsx.preview_import(ctx.store, ctx.year, sheet, today=date(ctx.year + 1, 1, 5))
    assert len(preview.rows) == len(snapshot.ledger) > 0
    assert preview.rows[0].row == 3  # the title row and the headings are skipped
    assert preview.ignored_columns == ()
    # Every row reads as an entry (rows in the approved quarters are then refused as locked).
    rows, _ignored = ledger_xlsx.read_ledger(sheet)
    assert all(not problems for _n, _e, problems in rows)
    read = [entry for _n, entry, _p in rows if entry is not None]
    assert [e.title for e in read] == [r.title for r in snapshot.ledger]
    assert [e.deadline for e in read] == [r.deadline for r in snapshot.ledger]
    assert [e.item_code for e in read] == [r.item_code for r in snapshot.ledger]


def test_the_import_reads_a_plain_sheet_with_the_old_headings_under_a_title(
    ctx, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["某县人社局 工作台账"])
    ws.append([])
    ws.append(
        ["序号", "来源", "事项", "责任人", "收到日期", "办理期限", "状态", "办结日期", "关联细则"]
    )
    y = ctx.year
    ws.append(
        [
            1,
            "上级交办",
            "核查失业金",
            "李明",
            f"{y}/10/9",
            f"{y}-10-30",
            "已办结",
            f"{y}年10月28日",
            "一.1",
        ]
    )
    sheet = tmp_path / "手工台账.xlsx"
    wb.save(sheet)
    preview = ledger_xlsx.preview_import(ctx.store, ctx.year, sheet, today=date(ctx.year + 1, 1, 5))
    assert [r.row for r in preview.rows] == [4]
    row = preview.rows[0]
    assert row.ok, row.errors
    assert row.entry is not None and row.entry.item_code == "一.1"
    assert row.entry.received_date == date(y, 10, 9)
    assert row.entry.done_date == date(y, 10, 28)
