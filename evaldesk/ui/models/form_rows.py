"""Rows the office adds to a report form: its indicators under a category, or 评价人员.

A thin table model over a list of plain rows (column id -> text). There is always one blank row
at the end to type into (and at least as many rows as the printed form has); an edit produces
the whole new list of filled rows, which ``on_change`` saves through the services (blank rows
are not saved). A score column takes numbers only: "七" is refused with a message. Tested
without a view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, QTimer

from evaldesk.decimals import fmt_points
from evaldesk.errors import InputError
from evaldesk.services.form_values import parse_number
from evaldesk.ui.message_text import error_text
from evaldesk.ui.models.form_grid import cell_flags
from evaldesk.ui.models.rubric_rows import Index

translate = QCoreApplication.translate

Row = dict[str, str]


@dataclass(frozen=True)
class RowColumn:
    id: str
    title: str
    number: bool = False  # a score: numbers only
    weight: int = 1  # share of the width among the text columns


def filled(rows: list[Row]) -> list[Row]:
    """The rows with something in them (what is saved)."""
    return [r for r in rows if any(v.strip() for v in r.values())]


class FormRowsModel(QAbstractTableModel):
    def __init__(
        self, columns: list[RowColumn], parent: QObject | None = None, *, printed_rows: int = 0
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.printed_rows = printed_rows
        self.rows: list[Row] = []
        self.read_only = False
        #: Called with the new list of filled rows; returns True when it was saved.
        self.on_change: Callable[[list[Row]], bool] | None = None
        #: Called with the message for a refused edit.
        self.on_error: Callable[[str], None] | None = None

    def set_rows(self, rows: list[Row]) -> None:
        """The stored rows (a reset only when they differ, so an open editor stays open)."""
        clean = [{c.id: str(r.get(c.id, "") or "") for c in self.columns} for r in rows]
        if clean == filled(self.rows):
            return
        self.beginResetModel()
        self.rows = clean
        self.endResetModel()

    def _shown(self) -> int:
        return max(len(self.rows) + (0 if self.read_only else 1), self.printed_rows)

    def _row(self, row: int) -> Row:
        return self.rows[row] if row < len(self.rows) else {}

    def remove(self, row: int) -> bool:
        """Remove a filled row (saved at once)."""
        if self.read_only or not 0 <= row < len(self.rows):
            return False
        rows = [r for i, r in enumerate(self.rows) if i != row]
        if self.on_change is None or not self.on_change(rows):
            return False
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        return True

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return cell_flags(index, self.read_only)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._row(index.row()).get(column.id, "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignHCenter if column.number else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignTop)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        column = self.columns[index.column()]
        text = "" if value is None else str(value).strip()
        if column.number and text:
            try:
                text = fmt_points(parse_number(text, column.title))
            except InputError:
                self._error(
                    translate("FormRows", "{column}: “{text}” is not a number; it was not saved.")
                    .replace("{column}", column.title)
                    .replace("{text}", text)
                )
                return False
        row = index.row()
        if self._row(row).get(column.id, "") == text:
            return False
        rows = [dict(r) for r in self.rows]
        while len(rows) <= row:
            rows.append({c.id: "" for c in self.columns})
        rows[row][column.id] = text
        return self._save(rows)

    def _save(self, rows: list[Row]) -> bool:
        if self.on_change is None:
            return False
        try:
            saved = self.on_change(filled(rows))
        except Exception as exc:  # from C++ callers: must not escape; the view shows it
            self._error(error_text(exc))
            return False
        if saved:
            self._take(filled(rows))
        return saved

    def _take(self, rows: list[Row]) -> None:
        """Show the saved rows. Called from setData while an editor commits: grow by inserting
        rows; a shrink (a row emptied) is a reset, done after the editor has closed."""
        before = self._shown()
        if len(rows) < len(self.rows):
            self.rows = rows
            QTimer.singleShot(0, self._reset)
            return
        self.rows = rows
        after = self._shown()
        if after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            self.endInsertRows()
        last = self.index(after - 1, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), last)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _error(self, message: str) -> None:
        if self.on_error is None:
            raise InputError(message)
        self.on_error(message)
