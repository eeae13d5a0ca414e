"""A number table of a report form (收入, 支出和结余, 三公经费 ...) as an editable grid.

A thin table model over the rubric's table (rows and columns) and the facts' cells, with the
results of the form's checks laid over the cells they read: a cell of a check that does not
match is tinted red, a blank cell a check needs amber, a difference within tolerance yellow;
its tooltip lists those checks. An edit is parsed here ("1,209.14" is fine, "12a" is not): a
value that is not a number goes to ``on_error`` with a message and is not saved. Tested
without a view.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from evaldesk.decimals import fmt_points
from evaldesk.errors import InputError
from evaldesk.rubrics import model as m
from evaldesk.scoring.form_result import FormCheckResult
from evaldesk.services.form_values import parse_number
from evaldesk.ui.message_text import error_text
from evaldesk.ui.models.rubric_rows import Index

translate = QCoreApplication.translate

_U = Qt.ItemDataRole.UserRole
CellRole = _U + 1  # "table.row.col"
CellStatusRole = _U + 2  # worst check status touching the cell, or None

#: Statuses that mark a cell, worst first, and their tints.
TINTS = {
    "mismatch": QColor("#fde2e1"),
    "not_filled": QColor("#fff1d6"),
    "within_tolerance": QColor("#fff9c4"),
}
_ORDER = list(TINTS)


def wrapped(title: str, width: int = 7) -> str:
    """A header title broken into lines of ``width`` characters (Chinese breaks anywhere)."""
    if len(title) <= width + 1:
        return title
    lines = (len(title) + width - 1) // width
    size = (len(title) + lines - 1) // lines
    return "\n".join(title[i : i + size] for i in range(0, len(title), size))


class FormGridModel(QAbstractTableModel):
    def __init__(self, table: m.Table, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.cells: dict[str, dict[str, Decimal | None]] = {}
        self.read_only = False
        #: Called with (row id, column id, Decimal or None) for an edit; True when recorded.
        self.on_edit: Callable[[str, str, Decimal | None], bool] | None = None
        #: Called with the message for a refused edit (not a number, refused by the services).
        self.on_error: Callable[[str], None] | None = None
        self._marks: dict[str, tuple[str, list[str]]] = {}

    def ref(self, row: int, column: int) -> str:
        return f"{self.table.id}.{self.table.rows[row].id}.{self.table.columns[column].id}"

    def value(self, row: int, column: int) -> Decimal | None:
        row_id, col_id = self.table.rows[row].id, self.table.columns[column].id
        return self.cells.get(row_id, {}).get(col_id)

    def update(
        self,
        cells: dict[str, dict[str, Decimal | None]],
        results: list[FormCheckResult],
    ) -> None:
        """New cell values and check results: repaint the cells (explicit roles)."""
        self.cells = {r: dict(c) for r, c in cells.items()}
        marks: dict[str, tuple[str, list[str]]] = {}
        for result in results:
            touched = result.missing if result.status == "not_filled" else result.cells
            if result.status not in TINTS:
                continue
            for ref in touched:
                if not ref.startswith(f"{self.table.id}."):
                    continue
                status, lines = marks.get(ref, (result.status, []))
                if _ORDER.index(result.status) < _ORDER.index(status):
                    status = result.status
                marks[ref] = (status, [*lines, result.line()])
        self._marks = marks
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
                [
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.ToolTipRole,
                    CellStatusRole,
                ],
            )

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return wrapped(self.table.columns[section].title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.table.columns[section].title
        elif role == Qt.ItemDataRole.DisplayRole:
            return self.table.rows[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return cell_flags(index, self.read_only)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        ref = self.ref(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.value(row, column)
            return "" if value is None else fmt_points(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CellRole:
            return ref
        mark = self._marks.get(ref)
        if role == CellStatusRole:
            return None if mark is None else mark[0]
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return QBrush(TINTS[mark[0]])
        if role == Qt.ItemDataRole.ToolTipRole:
            title = f"{self.table.rows[row].title}·{self.table.columns[column].title}"
            return "\n".join([title, *(mark[1] if mark else [])])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        row, column = index.row(), index.column()
        text = "" if value is None else str(value).strip()
        name = f"{self.table.rows[row].title}·{self.table.columns[column].title}"
        try:
            number = parse_number(text, name) if text else None
        except InputError:
            self._error(
                translate("FormGrid", "{cell}: “{text}” is not a number; it was not saved.")
                .replace("{cell}", name)
                .replace("{text}", text)
            )
            return False
        if number == self.value(row, column):
            return False  # unchanged
        if self.on_edit is None:
            return False
        try:
            return self.on_edit(self.table.rows[row].id, self.table.columns[column].id, number)
        except Exception as exc:  # from C++ callers: must not escape; the view shows it
            self._error(error_text(exc))
            return False

    def _error(self, message: str) -> None:
        if self.on_error is None:
            raise InputError(message)
        self.on_error(message)


def cell_flags(index: Index, read_only: bool) -> Qt.ItemFlag:
    """A cell of a form table: selectable, and editable unless the year is read-only."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if not read_only:
        flags |= Qt.ItemFlag.ItemIsEditable
    return flags
