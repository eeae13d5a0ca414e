"""The receiving office's list of units after set-up (issue 18, finding 1): every unit with
its code, name and the rubric unit it is scored as; a unit added, renamed or scored as another
rubric unit, or taken off the list with a reason (its packages and scores are kept, and it
stays listed, greyed, as removed), and put back on it with a reason. The services check the permission and the fields; the
buttons of a role that may not change the list are disabled with the reason as tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import EvalDeskError
from evaldesk.services import collect_setup
from evaldesk.services.collect_setup import UnitDraft
from evaldesk.ui import theme
from evaldesk.ui.collect.fit import bracketed, fit_size
from evaldesk.ui.message_text import error_text
from evaldesk.ui.permissions import reason as why_not

CODE, NAME, SCORED_AS, STATE = range(4)


class UnitListDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("collectUnitList")
        self.setWindowTitle(self.tr("The units of the office"))
        self.rubric_units = {u.id: u.name for u in collect_setup.receiving_rubric(ctx.store).units}
        intro = QLabel(
            self.tr(
                "The units this office receives packages from. A unit taken off the list keeps "
                "its packages and scores; it is shown greyed and receives no more packages."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("collectUnitTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Scored as"), self.tr("State")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SCORED_AS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_a: self._fill())

        self.code = QLineEdit()
        self.code.setObjectName("collectUnitCode")
        self.code.setPlaceholderText(self.tr("letters and digits, e.g. bgs"))
        self.name = QLineEdit()
        self.name.setObjectName("collectUnitName")
        self.scored_as = QComboBox()
        self.scored_as.setObjectName("collectUnitScoredAs")
        if not self.rubric_units:
            self.scored_as.addItem("—", None)
        for uid, name in self.rubric_units.items():
            self.scored_as.addItem(name + bracketed(uid), uid)
        self.reason = QLineEdit()
        self.reason.setObjectName("collectUnitReason")
        self.reason.setPlaceholderText(self.tr("why the unit is taken off the list"))
        self.reason_label = QLabel(self.tr("Reason for removal"))
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Scored as"), self.scored_as)
        form.addRow(self.reason_label, self.reason)

        self.add_button = QPushButton(self.tr("&Add as a new unit"))
        self.add_button.setObjectName("collectUnitAdd")
        self.add_button.clicked.connect(self.add_unit)
        self.save_button = QPushButton(self.tr("&Save the changes"))
        self.save_button.setObjectName("collectUnitSave")
        self.save_button.clicked.connect(self.save_unit)
        self.remove_button = QPushButton(self.tr("&Remove from the list"))
        self.remove_button.setObjectName("collectUnitRemove")
        self.remove_button.clicked.connect(self.remove_unit)
        self.restore_button = QPushButton(self.tr("&Put back on the list"))
        self.restore_button.setObjectName("collectUnitRestore")
        self.restore_button.clicked.connect(self.restore_unit)
        buttons = (self.add_button, self.save_button, self.remove_button, self.restore_button)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("collectUnitMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self.denied = why_not(ctx.actor, "office.manage")
        if self.denied:
            for widget in buttons:
                widget.setEnabled(False)
                widget.setToolTip(self.denied)
        self.units: list[Any] = []
        self.refresh()
        fit_size(self, 900, 620)

    # ----------------------------------------------------------------- the list

    def refresh(self, keep: str | None = None) -> None:
        self.units = collect_setup.units(self.ctx.store, removed=True)
        # those on the list first, the removed ones after them
        self.units.sort(key=lambda u: (u.removed, u.position))
        self.table.setRowCount(len(self.units))
        grey = self.palette().color(
            self.palette().ColorGroup.Disabled, self.palette().ColorRole.Text
        )
        for row, unit in enumerate(self.units):
            scored = unit.rubric_unit or ""
            cells = (
                unit.code,
                unit.name,
                self.rubric_units.get(scored, scored) or "—",
                self.tr("Removed") if unit.removed else self.tr("On the list"),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if unit.removed:
                    cell.setForeground(grey)
                self.table.setItem(row, column, cell)
        chosen = next((n for n, u in enumerate(self.units) if u.code == keep), -1)
        if chosen >= 0:
            self.table.setCurrentCell(chosen, NAME)
        self._fill()

    def current_unit(self) -> Any | None:
        row = self.table.currentRow()
        return self.units[row] if 0 <= row < len(self.units) else None

    def select(self, code: str) -> bool:
        row = next((n for n, u in enumerate(self.units) if u.code == code), -1)
        if row < 0:
            return False
        self.table.setCurrentCell(row, NAME)
        return True

    def _fill(self) -> None:
        unit = self.current_unit()
        allowed = not self.denied
        self.save_button.setEnabled(allowed and unit is not None and not unit.removed)
        self.remove_button.setEnabled(allowed and unit is not None and not unit.removed)
        self.restore_button.setEnabled(allowed and unit is not None and unit.removed)
        # a removed unit's reason field asks why it is put back; the others' why it is removed
        removed = unit is not None and unit.removed
        self.reason_label.setText(
            self.tr("Reason for putting back") if removed else self.tr("Reason for removal")
        )
        self.reason.setPlaceholderText(
            self.tr("why the unit is put back on the list")
            if removed
            else self.tr("why the unit is taken off the list")
        )
        if unit is None:
            return
        self.code.setText(unit.code)
        self.name.setText(unit.name)
        index = self.scored_as.findData(unit.rubric_unit)
        if index >= 0:
            self.scored_as.setCurrentIndex(index)
        self.reason.clear()

    def removed_codes(self) -> list[str]:
        return [u.code for u in self.units if u.removed]

    # ----------------------------------------------------------------- changes

    def _say(self, text: str, bad: bool = True) -> None:
        self.message.setText(text)
        colour = theme.BAD if bad else theme.GOOD
        self.message.setStyleSheet(f"color: {colour.name()};")
        self.message.show()

    def _done(self, code: str, text: str) -> None:
        self.refresh(keep=code)
        self._say(text, bad=False)

    def add_unit(self) -> bool:
        draft = UnitDraft(self.code.text(), self.name.text(), self.scored_as.currentData())
        try:
            unit = collect_setup.add_unit(self.ctx.store, self.ctx.actor, draft)
        except EvalDeskError as exc:
            self._say(error_text(exc))
            return False
        self._done(unit.code, self.tr("{name} is on the list.").replace("{name}", unit.name))
        return True

    def save_unit(self) -> bool:
        unit = self.current_unit()
        if unit is None:
            return False
        if self.code.text().strip() != unit.code:
            # packages and keys are bound to the code: it stays; a new code is a new unit
            self._say(
                self.tr(
                    "A unit's code is not changed: its packages and keys are bound to it. To put "
                    "a unit on the list under {code}, use “Add as a new unit”."
                ).replace("{code}", self.code.text().strip())
            )
            return False
        try:
            changed = collect_setup.update_unit(
                self.ctx.store,
                self.ctx.actor,
                unit.code,
                name=self.name.text(),
                rubric_unit=self.scored_as.currentData(),
            )
        except EvalDeskError as exc:
            self._say(error_text(exc))
            return False
        self._done(changed.code, self.tr("Saved."))
        return True

    def remove_unit(self) -> bool:
        return self._change_with_reason(
            collect_setup.remove_unit,
            self.tr("{name} is off the list; its packages and scores are kept."),
        )

    def restore_unit(self) -> bool:
        return self._change_with_reason(
            collect_setup.restore_unit,
            self.tr("{name} is on the list again; its packages and scores count again."),
        )

    def _change_with_reason(self, change: Callable[[Any, Any, str, str], Any], done: str) -> bool:
        unit = self.current_unit()
        if unit is None:
            return False
        try:
            change(self.ctx.store, self.ctx.actor, unit.code, self.reason.text())
        except EvalDeskError as exc:
            self._say(error_text(exc))
            self.reason.setFocus()
            return False
        self._done(unit.code, done.replace("{name}", unit.name))
        return True
