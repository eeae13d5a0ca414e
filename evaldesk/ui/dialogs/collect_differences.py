"""Where a unit's package scored with interpretations other than this office's (issue 18,
finding 2): each one by its title, what the unit used and what this office uses (the office's
count for comparison), opened from the import's result or from the overview's unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.ui.collect.fit import fit_size

ITEM, UNIT_VALUE, OFFICE_VALUE, NOTE = range(4)


class DifferencesDialog(QDialog):
    def __init__(self, unit: str, differences: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collectDifferences")
        self.setWindowTitle(self.tr("Interpretations that differ: {unit}").replace("{unit}", unit))
        intro = QLabel(
            self.tr(
                "{unit} scored with these interpretations otherwise than this office. This "
                "office's interpretations are the ones that count: its scores of the unit use "
                "them."
            ).replace("{unit}", unit)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(differences), 4)
        self.table.setObjectName("collectDifferenceTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Interpretation"),
                self.tr("The unit used"),
                self.tr("This office uses"),
                self.tr("Note"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, diff in enumerate(differences):
            if diff.missing == "package":
                note = self.tr("not in the unit's package (another version of the rubric)")
            elif diff.missing == "office":
                note = self.tr("not in this office's rubric")
            elif diff.set_by_unit:
                note = self.tr("the unit set its own value")
            else:
                note = ""
            cells = (diff.title, diff.unit_value or "—", diff.office_value or "—", note)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (UNIT_VALUE, OFFICE_VALUE, NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_size(self, 860, 360)

    def rows(self) -> list[list[str]]:
        """The table's texts, row by row (what a person reads)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]  # type: ignore[union-attr]
            for r in range(self.table.rowCount())
        ]
