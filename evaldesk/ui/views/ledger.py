"""台账: the ledger table with search, filters, counts, add/edit/close, attach by drag, xlsx.

Everything goes through services; the table's model pages in SQL (ledger_model.py), so the
view stays quick with 100,000 entries. Long work (attaching big files, import, export) runs
through ``evaldesk.ui.ops`` with progress and cancel.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaldesk.services import ledger, ledger_xlsx
from evaldesk.services.evidence import ledger_link
from evaldesk.services.ledger_table import SOURCES, STATUSES, LedgerRec
from evaldesk.services.records_lookup import item_choices
from evaldesk.services.roles import why_not
from evaldesk.ui import keyboard, permissions
from evaldesk.ui.dialogs.ledger_done import DoneDateDialog
from evaldesk.ui.dialogs.ledger_entry import LedgerEntryDialog
from evaldesk.ui.dialogs.ledger_import import ImportPreviewDialog
from evaldesk.ui.errors import guarded
from evaldesk.ui.keyboard import NEW_ENTRY_KEYS
from evaldesk.ui.models.ledger_model import COL_RECEIVED, COL_TITLE, LedgerTableModel
from evaldesk.ui.models.records_labels import source_label, status_label
from evaldesk.ui.ops import Op, run_op
from evaldesk.ui.widgets.attach import AttachResult, attach_files
from evaldesk.ui.widgets.ledger_table import LedgerTable

SEARCH_DELAY_MS = 300
#: Pages fetched at most to find a saved entry below the rows in memory (200 rows a page).
FIND_PAGES = 20


class LedgerView(QWidget):
    def __init__(
        self, ctx: Any, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.last_op: Op[Any] | None = None
        self.model = LedgerTableModel(ctx.store, ctx.year, today=today, parent=self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, description, responsible…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for key in STATUSES:
            self.status_filter.addItem(status_label(key), key)
        self.source_filter = QComboBox()
        self.source_filter.addItem(self.tr("All sources"), None)
        for key in SOURCES:
            self.source_filter.addItem(source_label(key), key)
        self.item_filter = QComboBox()
        self.item_filter.setMinimumContentsLength(14)
        self.item_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.overdue_only = QCheckBox(self.tr("&Overdue only"))
        self.counts = QLabel()
        self.counts.setObjectName("ledgerCounts")

        self.new_button = QPushButton(self.tr("&New entry"))
        self.edit_button = QPushButton(self.tr("Ed&it"))
        self.close_button = QPushButton(self.tr("Mark &done"))
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.attach_button = QPushButton(self.tr("&Attach files…"))
        self.import_button = QPushButton(self.tr("Im&port xlsx…"))
        self.export_button = QPushButton(self.tr("E&xport xlsx…"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.table = LedgerTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_RECEIVED, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.fit_columns()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.source_filter)
        filters.addWidget(self.item_filter, 1)
        filters.addWidget(self.overdue_only)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.close_button,
            self.reopen_button,
            self.attach_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts)
        bottom.addWidget(self.message, 1)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.status_filter, self.source_filter, self.item_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.overdue_only.toggled.connect(self.apply_filters)
        self.model.totals_changed.connect(self._show_counts)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_entry())
        self.table.files_dropped.connect(self.attach_to)
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.close_button.clicked.connect(self.close_entry)
        self.reopen_button.clicked.connect(self.reopen_entry)
        self.attach_button.clicked.connect(self.choose_attachments)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        # Tab goes from the list to the actions on its row (New, Edit, Mark done, …), not back
        # up to the search box first: 办结 is three Tabs from the selected row.
        chain = (
            self.search,
            self.status_filter,
            self.source_filter,
            self.item_filter,
            self.overdue_only,
            self.table,
            self.new_button,
            self.edit_button,
            self.close_button,
            self.reopen_button,
            self.attach_button,
            self.import_button,
            self.export_button,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Ctrl+N and Ctrl+F are the main window's menu actions (File → New ledger entry, Edit →
        # Find); shortcuts of the view's own would make them ambiguous, and neither would fire.
        ctx.changed.connect(self.on_changed)

        self._fill_items()
        self._show_counts(self.model.totals.matching, self.model.totals.overdue)
        self._update_buttons()

    # ------------------------------------------------------------------ filters

    def _fill_items(self) -> None:
        self.item_filter.blockSignals(True)
        self.item_filter.clear()
        self.item_filter.addItem(self.tr("All rubric items"), None)
        for choice in item_choices(self.ctx.store, self.ctx.year):
            self.item_filter.addItem(choice.label, choice.code)
        self.item_filter.blockSignals(False)
        self.model.item_titles = {
            str(self.item_filter.itemData(i)): self.item_filter.itemText(i)
            for i in range(1, self.item_filter.count())
        }

    def apply_filters(self) -> None:
        self._search_timer.stop()
        status = self.status_filter.currentData()
        self.model.set_filters(
            text=self.search.text().strip(),
            statuses=(status,) if status else (),
            source=self.source_filter.currentData(),
            item_code=self.item_filter.currentData(),
            overdue=True if self.overdue_only.isChecked() else None,
        )

    def _show_counts(self, matching: int, overdue: int) -> None:
        text = self.tr("%1 entries, %2 overdue").replace("%1", str(matching))
        self.counts.setText(text.replace("%2", str(overdue)))

    def on_changed(self, kinds: set[str]) -> None:
        if "year" in kinds:
            self._fill_items()
            self.model.set_year(self.ctx.year)
        elif kinds & {"ledger", "approval"}:
            self.model.refresh()
        self._update_buttons()

    # ------------------------------------------------------------------ selection and actions

    def current_entry(self) -> LedgerRec | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        entry = self.current_entry()
        reason = permissions.reason(self.ctx.actor, "ledger.edit")
        can_edit = reason is None
        for button in (
            self.new_button,
            self.edit_button,
            self.close_button,
            self.reopen_button,
            self.attach_button,
            self.import_button,
        ):
            button.setToolTip(reason or "")
        if can_edit:
            self.new_button.setToolTip(keyboard.with_keys(self.tr("&New entry"), NEW_ENTRY_KEYS))
        self.new_button.setEnabled(can_edit)
        self.import_button.setEnabled(can_edit)
        # What the approvals allow for this entry, before anyone types (evaldesk.store.locks):
        # in a locked period only an entry still open may be marked done.
        lock = ledger.locks_of(self.ctx.store, self.ctx.year)(entry) if entry is not None else None
        locked = lock is not None and lock.locked
        self.edit_button.setEnabled(can_edit and entry is not None and not locked)
        self.attach_button.setEnabled(
            why_not(self.ctx.actor, "evidence.edit") is None and entry is not None and not locked
        )
        self.close_button.setEnabled(
            can_edit and entry is not None and entry.status in ("open", "in_progress")
        )
        self.reopen_button.setEnabled(
            can_edit and entry is not None and entry.status in ("done", "cancelled") and not locked
        )
        if locked and lock is not None and lock.approval is not None and can_edit:
            text = self._lock_text(lock.approval.quarter, lock.approved_by or "", lock.approval.day)
            for button in (self.edit_button, self.attach_button, self.reopen_button):
                button.setToolTip(text)

    def _lock_text(self, quarter: int, head: str, day: date) -> str:
        # The dispatch view's wording, already translated: one sentence for both views.
        def worded(text: str) -> str:
            return QCoreApplication.translate("DispatchView", text)

        scope = (
            worded("The year %1").replace("%1", str(self.ctx.year))
            if quarter == 0
            else worded("Quarter %1").replace("%1", str(quarter))
        )
        text = worded(
            "%1 was approved by %2 on %3 and is locked; a head (负责人) must unlock it before it can be changed."
        )
        return text.replace("%1", scope).replace("%2", head).replace("%3", day.isoformat())

    def _dialog_today(self) -> date:
        return self.today or date.today()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_entry(self) -> LedgerEntryDialog:
        dialog = LedgerEntryDialog(self.ctx, None, self, today=self._dialog_today())
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        dialog.open()
        return dialog

    def edit_entry(self) -> LedgerEntryDialog | None:
        entry = self.current_entry()
        if entry is None:
            return None
        dialog = LedgerEntryDialog(self.ctx, entry, self, today=self._dialog_today())
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        dialog.open()
        return dialog

    def _saved(self, entry: LedgerRec | None) -> None:
        self.model.refresh()
        if entry is None:
            return
        text = self.tr("Saved entry #%1").replace("%1", str(entry.id))
        if not self.show_entry(entry.id):
            text += self.tr(" (not shown: the filters hide it)")
        self.message.setText(text)

    def show_entry(self, entry_id: int) -> bool:
        """Select and scroll to ``entry_id``'s row (reading further pages if needed)."""
        row = self.model.row_of(entry_id)
        fetched = 0
        while row < 0 and self.model.canFetchMore() and fetched < FIND_PAGES:
            self.model.fetchMore()
            fetched += 1
            row = self.model.row_of(entry_id)
        if row < 0:
            return False
        index = self.model.index(row, COL_TITLE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def close_entry(self) -> DoneDateDialog | None:
        """Ask for the day it was done (today proposed) and what that day costs, then save."""
        entry = self.current_entry()
        if entry is None:
            return None
        dialog = DoneDateDialog(self.ctx, entry, self, today=self._dialog_today())
        self.done_dialog = dialog

        def done() -> None:
            saved = dialog.saved
            self.model.refresh()
            if saved is None or saved.done_date is None:
                return
            self.show_entry(saved.id)
            text = self.tr("Entry #%1 marked done on %2").replace("%1", str(saved.id))
            self.message.setText(text.replace("%2", saved.done_date.isoformat()))

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def reopen_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        with guarded(self):
            ledger.reopen_entry(
                self.ctx.store, self.ctx.actor, entry.id, today=self._dialog_today()
            )
            self.model.refresh()
            self.message.setText(self.tr("Entry #%1 reopened").replace("%1", str(entry.id)))

    # ------------------------------------------------------------------ attachments

    def choose_attachments(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files to the entry"))
        if names:
            self.attach_to(entry, [Path(n) for n in names])

    def attach_to(self, entry: LedgerRec, paths: list[Path]) -> Op[AttachResult]:
        def done(result: AttachResult) -> None:
            text = self.tr("%1 file(s) attached to entry #%2").replace("%1", str(len(result.added)))
            self.message.setText(text.replace("%2", str(entry.id)))

        self.last_op = attach_files(self, self.ctx, paths, [ledger_link(entry.id)], on_done=done)
        return self.last_op

    # ------------------------------------------------------------------ xlsx

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import ledger entries"), "", self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> Op[Any]:
        store, year, today = self.ctx.store, self.ctx.year, self.today

        def read(progress: Any) -> ledger_xlsx.ImportPreview:
            return ledger_xlsx.preview_import(
                store,
                year,
                path,
                today=today,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        self.last_op = run_op(
            self, read, title=self.tr("Reading %1").replace("%1", path.name), on_done=self._preview
        )
        return self.last_op

    def _preview(self, preview: ledger_xlsx.ImportPreview) -> None:
        dialog = ImportPreviewDialog(preview, self)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self.import_rows(preview))
        dialog.open()

    def import_rows(self, preview: ledger_xlsx.ImportPreview) -> Op[int]:
        ctx, today = self.ctx, self.today

        def work(progress: Any) -> int:
            return ledger_xlsx.import_rows(
                ctx.store,
                ctx.actor,
                ctx.year,
                preview,
                today=today,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        def done(added: int) -> None:
            self.message.setText(self.tr("Imported %1 entries").replace("%1", str(added)))
            self.model.refresh()

        self.last_op = run_op(
            self, work, title=self.tr("Importing ledger entries"), ctx=ctx, on_done=done
        )
        return self.last_op

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the ledger"),
            f"台账-{self.ctx.year}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            path = Path(name)
            self.export_file(path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx"))

    def export_file(self, path: Path) -> Op[int]:
        """Export the rows the table shows now (its filters and sort order)."""
        store, year, query, today = self.ctx.store, self.ctx.year, self.model.query, self.today

        def work(progress: Any) -> int:
            return ledger_xlsx.export_ledger(
                store,
                year,
                path,
                query=query,
                today=today,
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

        def done(rows: int) -> None:
            text = self.tr("Exported %1 entries to %2").replace("%1", str(rows))
            self.message.setText(text.replace("%2", str(path)))

        self.last_op = run_op(self, work, title=self.tr("Exporting the ledger"), on_done=done)
        return self.last_op

    def show_overdue(self, entry_id: int | None = None) -> None:
        """Only the overdue entries, every other filter cleared (what the score counted);
        ``entry_id`` selected."""
        for combo in (self.status_filter, self.source_filter, self.item_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.overdue_only.blockSignals(True)
        self.overdue_only.setChecked(True)
        self.overdue_only.blockSignals(False)
        self.apply_filters()
        index = self.index_of(entry_id) if entry_id is not None else QModelIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, COL_TITLE)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self.table.setFocus()

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, COL_TITLE))

    def index_of(self, entry_id: int) -> QModelIndex:
        row = self.model.row_of(entry_id)
        return self.model.index(row, COL_TITLE) if row >= 0 else QModelIndex()
