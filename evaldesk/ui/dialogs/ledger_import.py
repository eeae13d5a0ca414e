"""Preview of a ledger spreadsheet before import: every row, what is wrong with the bad ones.

Nothing is written until the person confirms; then only the good rows are added.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evaldesk.services.ledger_import import RowCheck
from evaldesk.services.ledger_xlsx import ImportPreview
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP
from evaldesk.ui.message_text import field_problems

Index = QModelIndex | QPersistentModelIndex


HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Row"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Title"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Received"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Problems"),
)
RowCheckRole = int(Qt.ItemDataRole.UserRole) + 1


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, rows: list[RowCheck], parent: Any = None) -> None:
        super().__init__(parent)
        self._all = rows
        self._rows = rows

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all if not r.ok] if only else self._all
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ImportPreviewModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        check = self._rows[index.row()]
        if role == RowCheckRole:
            return check
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return check.row
            if column == 1:
                return check.entry.title if check.entry else ""
            if column == 2:
                return check.entry.received_date.isoformat() if check.entry else ""
            if column == 3:
                if check.ok:
                    return QCoreApplication.translate("ImportPreviewModel", "OK")
                return field_problems(check.errors.items(), "; ")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and not check.ok:
            return field_problems(check.errors.items())
        if role == Qt.ItemDataRole.ForegroundRole and not check.ok:
            return QBrush(QColor(176, 0, 32))
        return None


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        good, bad = len(preview.good), len(preview.bad)
        self.setWindowTitle(self.tr("Import ledger entries"))
        self.resize(820, 520)
        summary = self.tr(
            "%1: %2 row(s) can be imported, %3 row(s) have problems and will be skipped."
        )
        self.summary = QLabel(
            summary.replace("%1", preview.path.name)
            .replace("%2", str(good))
            .replace("%3", str(bad))
        )
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if preview.ignored_columns:
            ignored = QLabel(
                self.tr("Columns not read: %1").replace("%1", "、".join(preview.ignored_columns))
            )
            layout.addWidget(ignored)
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"))
        layout.addWidget(self.only_problems)
        self.model = ImportPreviewModel(preview.rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 260)
        layout.addWidget(self.table, 1)
        self.only_problems.toggled.connect(self.model.set_only_problems)
        self.only_problems.setChecked(bad > 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import %1 row(s)").replace("%1", str(good)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(good > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
