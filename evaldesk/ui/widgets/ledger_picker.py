"""Pick a ledger entry by typing part of its 事项: matching entries drop down, newest first.

Used where evidence is linked to a ledger entry; nobody has to know an entry's number.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from evaldesk.services.evidence_browse import ledger_matches
from evaldesk.ui.models.records_labels import status_label

EntryRole = int(Qt.ItemDataRole.UserRole) + 1


class LedgerPicker(QLineEdit):
    """A search field for ledger entries; ``entry_id`` is the one picked (None until then)."""

    picked = Signal(int)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerPicker")
        self.ctx = ctx
        self.entry_id: int | None = None
        self.setPlaceholderText(self.tr("Type part of a ledger entry's title…"))
        self.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self.completer_ = QCompleter(self.matches, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.textEdited.connect(self.search)

    def search(self, text: str) -> int:
        """List the entries matching ``text`` under the field; returns how many."""
        self.entry_id = None
        self.matches.clear()
        if not text.strip():
            self._hide_list()
            return 0
        for entry in ledger_matches(self.ctx.store, self.ctx.year, text):
            row = QStandardItem(
                f"{entry.title}（{entry.received_date.isoformat()}，{status_label(entry.status)}）"
            )
            row.setData(entry.id, EntryRole)
            self.matches.appendRow(row)
        if self.matches.rowCount():
            self.completer_.complete()
        else:
            self._hide_list()
        return self.matches.rowCount()

    def _hide_list(self) -> None:
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()

    def choose(self, row: int) -> None:
        """Pick the ``row``-th match (what a click in the list does)."""
        self._chosen(self.matches.index(row, 0))

    def _chosen(self, index: QModelIndex) -> None:
        entry_id = index.data(EntryRole)
        if entry_id is None:
            return
        self.entry_id = int(entry_id)
        self.setText(str(index.data(Qt.ItemDataRole.DisplayRole)))
        self.picked.emit(self.entry_id)
