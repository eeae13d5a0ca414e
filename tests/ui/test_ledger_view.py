"""The ledger view with real widgets on a real store: filters, the entry dialog, drops, xlsx."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from records_data import TODAY, YEAR, build_ledger_store

from evaldesk.services import ledger_xlsx
from evaldesk.services.evidence import ledger_link
from evaldesk.services.ledger_table import LedgerQuery
from evaldesk.store import open_store
from evaldesk.store.counts import is_overdue
from evaldesk.ui.context import AppContext
from evaldesk.ui.models.ledger_model import COL_TITLE, EntryRole, OverdueRole
from evaldesk.ui.views.ledger import LedgerView

N = 60


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ledgerview") / "data"
    store, _ = build_ledger_store(folder, N)
    store.close()
    return folder


@pytest.fixture
def ctx(qapp, built: Path, tmp_path: Path, shown_errors):
    folder = tmp_path / "data"
    shutil.copytree(built, folder)
    store = open_store(folder, auto_backup=False)
    from evaldesk.services.actor import system_actor

    context = AppContext(folder, store, system_actor("test"), YEAR)
    yield context
    context.close()
    store.close()


@pytest.fixture
def view(qtbot, ctx) -> LedgerView:
    widget = LedgerView(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def entries(ctx) -> list:
    return ctx.store.ledger.search(LedgerQuery(year=YEAR, limit=None))


def rows(view: LedgerView) -> list:
    return [view.model.index(r, 0).data(EntryRole) for r in range(view.model.rowCount())]


def test_filters_by_status_source_and_overdue(view: LedgerView, ctx) -> None:
    assert view.counts.text().startswith(f"{N} ")
    view.status_filter.setCurrentIndex(view.status_filter.findData("done"))
    assert rows(view) and all(e.status == "done" for e in rows(view))
    view.status_filter.setCurrentIndex(0)
    view.source_filter.setCurrentIndex(view.source_filter.findData("public"))
    assert all(e.source == "public" for e in rows(view))
    assert len(rows(view)) == sum(1 for e in entries(ctx) if e.source == "public")
    view.source_filter.setCurrentIndex(0)
    view.overdue_only.setChecked(True)
    late = [e for e in entries(ctx) if is_overdue(e.deadline, e.done_date, e.status, TODAY)]
    assert 0 < len(rows(view)) == len(late)
    assert view.counts.text().startswith(f"{len(late)} ") or str(len(late)) in view.counts.text()


def test_search_is_debounced_and_searches_in_sql(qtbot, view: LedgerView) -> None:
    view.search.setText("王晓红")
    assert view.model.query.text == ""  # not yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: view.model.query.text == "王晓红", timeout=2000)
    assert rows(view) and all(e.responsible == "王晓红" for e in rows(view))


def fill_dialog(dialog, *, title: str, received: date, deadline: date) -> None:
    dialog.title_edit.setText(title)
    dialog.received_edit.setDate(QDate(received.year, received.month, received.day))
    dialog.deadline_edit.setDate(QDate(deadline.year, deadline.month, deadline.day))


def test_an_overdue_entry_added_in_the_dialog_is_marked_and_costs_points(qtbot, view, ctx) -> None:
    before = ctx.facts().counts.get("ledger_overdue", 0)
    overdue_before = view.model.totals.overdue
    dialog = view.new_entry()
    fill_dialog(
        dialog, title="逾期未办的督办件", received=date(YEAR, 3, 1), deadline=date(YEAR, 3, 10)
    )
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("inspection"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box  # it costs points: asked first (test_ledger_safety.py)
    assert box is not None and dialog.saved is None
    accept = QMessageBox.ButtonRole.AcceptRole
    next(b for b in box.buttons() if box.buttonRole(b) == accept).click()  # "Save and count it"
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved is not None
    qtbot.waitUntil(lambda: view.model.totals.overdue == overdue_before + 1, timeout=3000)
    view.search.setText("逾期未办")
    view.apply_filters()
    assert view.model.rowCount() == 1
    assert view.model.index(0, COL_TITLE).data(OverdueRole) is True
    assert "逾期" in view.model.index(0, COL_TITLE).data(
        Qt.ItemDataRole.ToolTipRole
    ) or "Overdue" in (view.model.index(0, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole))
    qtbot.waitUntil(lambda: ctx.facts().counts.get("ledger_overdue", 0) == before + 1, timeout=3000)


def test_validation_messages_appear_on_their_fields(qtbot, view, ctx) -> None:
    dialog = view.new_entry()
    fill_dialog(dialog, title="   ", received=date(YEAR, 5, 10), deadline=date(YEAR + 1, 2, 1))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
    assert dialog.done_check.isChecked()
    dialog.done_edit.setDate(QDate(YEAR, 5, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved is None
    assert "before the received date" in dialog.error_text("done_date")
    assert "not in the assessment year" in dialog.error_text("deadline")
    assert "title is empty" in dialog.error_text("title")
    assert dialog.errors["done_date"].isVisibleTo(dialog)
    assert dialog.error_text("source") == ""
    assert len(entries(ctx)) == N  # nothing was saved
    # Fixing the fields clears the messages and saves.
    fill_dialog(
        dialog, title="已办结的事项", received=date(YEAR, 5, 10), deadline=date(YEAR, 5, 20)
    )
    dialog.done_edit.setDate(QDate(YEAR, 5, 12))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and dialog.saved.done_date == date(YEAR, 5, 12)
    assert dialog.error_text("done_date") == ""


def test_unknown_item_typed_by_hand_is_refused_on_the_item_field(qtbot, view) -> None:
    dialog = view.new_entry()
    fill_dialog(
        dialog, title="关联一个不存在的项目", received=date(YEAR, 4, 1), deadline=date(YEAR, 4, 5)
    )
    dialog.item_combo.setEditText("九.9")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "there is no item '九.9'" in dialog.error_text("item_code")


def test_close_and_reopen_an_entry(view: LedgerView, ctx) -> None:
    view.status_filter.setCurrentIndex(view.status_filter.findData("open"))
    view.select_row(0)
    entry = view.current_entry()
    assert view.close_button.isEnabled() and not view.reopen_button.isEnabled()
    view.close_button.click()
    prompt = view.done_dialog  # the day is asked for, today proposed
    assert ctx.store.ledger.get(entry.id).status != "done"
    prompt.ok_button.click()
    assert ctx.store.ledger.get(entry.id).status == "done"
    assert ctx.store.ledger.get(entry.id).done_date == TODAY
    view.status_filter.setCurrentIndex(0)
    view.select_row(view.model.row_of(entry.id))
    view.reopen_button.click()
    assert ctx.store.ledger.get(entry.id).status == "in_progress"


def drop(view: LedgerView, row: int, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(view.table.visualRect(view.model.index(row, COL_TITLE)).center())
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target = view.table.viewport()
    # As a real drag does: enter (makes the table the drop target), move, drop.
    enter = QDragEnterEvent(pos.toPoint(), *args)
    assert QApplication.sendEvent(target, enter) and enter.isAccepted()
    move = QDragMoveEvent(pos.toPoint(), *args)
    QApplication.sendEvent(target, move)
    assert move.isAccepted()
    QApplication.sendEvent(target, QDropEvent(pos, *args))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_files_dropped_on_a_row_are_attached_to_that_entry(
    qtbot, view: LedgerView, ctx, tmp_path: Path
) -> None:
    scan = tmp_path / "扫描件 <第1页>.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + b"0" * 300_000)
    photo = tmp_path / "现场照片.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"1" * 1000)
    folder = tmp_path / "一个文件夹"
    folder.mkdir()
    entry = view.model.index(3, 0).data(EntryRole)
    drop(view, 3, [scan, photo, folder])
    assert view.last_op is not None and view.last_op.wait()
    result = view.last_op.result
    assert [r.original_name for r in result.added] == ["扫描件 <第1页>.pdf", "现场照片.png"]
    assert len(result.refused) == 1 and "is a folder" in result.refused[0][1]
    linked = ctx.store.evidence.list(YEAR, link=ledger_link(entry.id))
    assert sorted(e.original_name for e in linked) == ["扫描件 <第1页>.pdf", "现场照片.png"]
    assert str(entry.id) in view.message.text()


def test_xlsx_export_and_import_through_the_view(
    qtbot, view: LedgerView, ctx, tmp_path: Path
) -> None:
    out = tmp_path / "导出.xlsx"
    view.source_filter.setCurrentIndex(view.source_filter.findData("assigned"))
    op = view.export_file(out)
    assert op.wait() and op.error is None
    exported = op.result
    assert exported == view.model.totals.matching < N
    preview = ledger_xlsx.preview_import(ctx.store, YEAR, out, today=TODAY)
    assert len(preview.good) == exported
    op = view.import_file(out)
    assert op.wait() and op.error is None
    dialog = view.preview_dialog
    assert dialog.import_button.isEnabled()
    assert str(exported) in dialog.import_button.text()
    dialog.import_button.click()
    assert view.last_op.wait() and view.last_op.error is None
    assert len(entries(ctx)) == N + exported
    qtbot.waitUntil(lambda: view.model.totals.matching == 2 * exported, timeout=3000)


def test_the_import_preview_lists_bad_rows_and_nothing_is_added_until_confirmed(
    view: LedgerView, ctx, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    from evaldesk.ui.dialogs.ledger_import import RowCheckRole

    path = tmp_path / "导入.xlsx"
    wb = Workbook()
    wb.active.append(["来源", "事项", "接收日期", "办理时限", "状态", "办结日期"])
    wb.active.append(["上级交办", "可以导入", "2024-04-01", "2024-04-20", "", None])
    wb.active.append(
        ["群众反映", "办结早于接收", "2024-05-10", "2024-05-20", "已办结", "2024-05-01"]
    )
    wb.save(path)
    op = view.import_file(path)
    assert op.wait() and op.error is None
    dialog = view.preview_dialog
    assert dialog.only_problems.isChecked()  # the problems are shown first
    shown = [dialog.model.index(r, 0).data(RowCheckRole) for r in range(dialog.model.rowCount())]
    assert [c.row for c in shown] == [3]
    assert "before the received date" in dialog.model.index(0, 3).data()
    assert "1" in dialog.import_button.text()
    dialog.reject()
    assert len(entries(ctx)) == N  # nothing is written without the confirmation


def test_a_locked_entry_offers_only_what_the_lock_allows(view, ctx, qtbot) -> None:
    """Issue 15: 修改 / 重新打开 / 添加附件 stayed enabled for locked entries and refused only on
    save. In an approved quarter an entry still open may only be marked done."""
    from evaldesk.services import approvals

    everything = entries(ctx)
    quarter_of = {e.id: (e.received_date.month - 1) // 3 + 1 for e in everything}
    q1 = [e for e in everything if quarter_of[e.id] == 1 and e.received_date.year == YEAR]
    done = next(e for e in q1 if e.status in ("done", "cancelled"))
    still_open = next((e for e in q1 if e.status in ("open", "in_progress")), None)
    later = next(e for e in everything if quarter_of[e.id] > 1 and e.status == "done")
    approvals.approve(ctx.store, ctx.actor, YEAR, 1, "一季度审核通过")
    view.model.refresh()

    def select(entry) -> None:
        row = next(r for r in range(view.model.rowCount()) if view.model.entry(r).id == entry.id)
        view.table.selectRow(row)
        view._update_buttons()

    select(done)
    assert not view.edit_button.isEnabled()
    assert not view.reopen_button.isEnabled()
    assert not view.attach_button.isEnabled()
    assert "Quarter 1 was approved" in view.edit_button.toolTip()
    if still_open is not None:
        select(still_open)
        assert view.close_button.isEnabled() and not view.edit_button.isEnabled()
    select(later)  # another quarter: not locked
    assert view.edit_button.isEnabled() and view.reopen_button.isEnabled()
    assert view.attach_button.isEnabled()
