"""The ledger's table view: files dragged from the desktop onto a row are announced with the
ledger entry of that row (the ledger view attaches them as evidence)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from evaldesk.services.ledger_table import LedgerRec
from evaldesk.ui.models.ledger_model import EntryRole
from evaldesk.ui.widgets.file_drop import dropped_paths


class LedgerTable(QTableView):
    """The table; files dropped on a row are announced with that row's entry."""

    files_dropped = Signal(object, object)  # LedgerRec, list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)

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
