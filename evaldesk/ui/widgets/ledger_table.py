"""The ledger's table view: files dragged from the desktop onto a row are announced with the
ledger entry of that row (the ledger view attaches them as evidence).

Its columns are as wide as their header and their longest kind of value (a date, a status, a
person's name) in the current font, and the 事项 (title) column takes all the rest: on a
1366×768 screen the titles stay readable instead of shrinking to "起…"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from evaldesk.services.ledger_table import SOURCES, STATUSES, LedgerRec
from evaldesk.ui.models.ledger_model import (
    COL_DEADLINE,
    COL_DONE,
    COL_ID,
    COL_ITEM,
    COL_RECEIVED,
    COL_RESPONSIBLE,
    COL_SOURCE,
    COL_STATUS,
    COL_TITLE,
    EntryRole,
)
from evaldesk.ui.models.records_labels import source_label, status_label
from evaldesk.ui.widgets.file_drop import dropped_paths

#: The widest value each column holds, as the sample its width is measured on.
SAMPLES = {
    COL_ID: ["000000"],
    COL_RESPONSIBLE: ["欧阳晓明", "Ouyang Xm"],
    COL_RECEIVED: ["2025-12-31"],
    COL_DEADLINE: ["2025-12-31"],
    COL_DONE: ["2025-12-31"],
    COL_ITEM: ["调度.1.10"],
}


class LedgerTable(QTableView):
    """The table; files dropped on a row are announced with that row's entry."""

    files_dropped = Signal(object, object)  # LedgerRec, list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        # Rows are chosen, not cells: Tab leaves the table for the buttons (办结 was 30+ Tabs
        # away, cell by cell) and the arrow keys move between rows.
        self.setTabKeyNavigation(False)

    def fit_columns(self) -> None:
        """Every column but the title as wide as its header and its widest value; the title
        takes the rest (and can still be narrowed or widened by the person)."""
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        cells = self.fontMetrics()
        heads = header.fontMetrics()
        # Cell padding, and room in the header for the sort arrow.
        pad, arrow = 2 * cells.horizontalAdvance("M"), heads.horizontalAdvance("MM") + 8
        samples = dict(SAMPLES)
        samples[COL_SOURCE] = [source_label(key) for key in SOURCES]
        samples[COL_STATUS] = [status_label(key) for key in STATUSES]
        model = self.model()
        for column in range(model.columnCount() if model is not None else 0):
            if column == COL_TITLE:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(
                (cells.horizontalAdvance(text) for text in samples.get(column, [])), default=0
            )
            self.setColumnWidth(column, max(widest + pad, heads.horizontalAdvance(title) + arrow))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

    def entry_at(self, pos: QPoint) -> LedgerRec | None:
        index = self.indexAt(pos)
        return index.data(EntryRole) if index.isValid() else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event.mimeData()) and self.entry_at(event.position().toPoint()):
            self.setCurrentIndex(self.indexAt(event.position().toPoint()))
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        entry = self.entry_at(event.position().toPoint())
        if not paths or entry is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(entry, paths)
