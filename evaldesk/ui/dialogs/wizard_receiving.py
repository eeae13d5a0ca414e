"""The wizard's page for a receiving office (issue 18, finding 5): its list of units, prefilled
from the rubric's units (services.collect_setup.default_units) and editable: 000's file has one
``dept`` unit where the 厅 lists each department, each scored as ``dept``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from evaldesk.errors import EvalDeskError
from evaldesk.services.collect_setup import UnitDraft, check_unit, default_units
from evaldesk.ui import theme
from evaldesk.ui.message_text import error_text

CODE, NAME, SCORED_AS = range(3)


class UnitsPage(QWizardPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("The units you receive from"))
        self.setSubTitle(
            self.tr(
                "Prefilled from the rubric. Add, rename or remove units; each is scored as "
                "one of the rubric's units. The list stays editable later."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("wizardUnits")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Scored as")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SCORED_AS, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add a unit"))
        self.add_button.clicked.connect(lambda: self.add_row(UnitDraft("", "", None)))
        self.remove_button = QPushButton(self.tr("&Remove the unit"))
        self.remove_button.clicked.connect(self.remove_row)
        self.message = QLabel()
        self.message.setObjectName("wizardUnitsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.BAD.name()};")
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._for: str | None = None

    def initializePage(self) -> None:
        rid = str(self._wizard.rubric.rubric.currentData())
        if self._for == rid:  # back and forth keeps the edits
            return
        self._for = rid
        self.table.setRowCount(0)
        for draft in default_units(self._wizard.rubric.chosen()):
            self.add_row(draft)

    def add_row(self, draft: UnitDraft) -> None:
        rubric = self._wizard.rubric.chosen()
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, CODE, QTableWidgetItem(draft.code))
        self.table.setItem(row, NAME, QTableWidgetItem(draft.name))
        scored = QComboBox()
        for unit in rubric.units:
            scored.addItem(unit.name, unit.id)
        if not rubric.units:
            scored.addItem(self.tr("(the rubric names no units)"), None)
        scored.setCurrentIndex(max(0, scored.findData(draft.rubric_unit)))
        self.table.setCellWidget(row, SCORED_AS, scored)
        cell = self.table.item(row, CODE)
        if not draft.code and cell is not None:
            self.table.setCurrentCell(row, CODE)
            self.table.editItem(cell)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def drafts(self) -> list[UnitDraft]:
        out = []
        for row in range(self.table.rowCount()):
            code = self.table.item(row, CODE)
            name = self.table.item(row, NAME)
            scored = self.table.cellWidget(row, SCORED_AS)
            assert isinstance(scored, QComboBox)
            out.append(
                UnitDraft(
                    code.text() if code is not None else "",
                    name.text() if name is not None else "",
                    scored.currentData(),
                )
            )
        return out

    def validatePage(self) -> bool:
        rubric = self._wizard.rubric.chosen()
        seen: set[str] = set()
        drafts = self.drafts()
        if not drafts:
            return self._say(self.tr("The list needs at least one unit."))
        for n, draft in enumerate(drafts, start=1):
            try:
                checked = check_unit(draft, rubric)
            except EvalDeskError as exc:
                return self._say(self.tr("Row {n}: ").replace("{n}", str(n)) + error_text(exc))
            if checked.code in seen:
                return self._say(
                    self.tr("Row {n}: the code {code} is used twice.")
                    .replace("{n}", str(n))
                    .replace("{code}", checked.code)
                )
            seen.add(checked.code)
        self.message.hide()
        return True

    def _say(self, text: str) -> bool:
        self.message.setText(text)
        self.message.show()
        return False
