"""A new assessment year (administrators): the year and the rubric it is scored with."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from evaldesk.errors import EvalDeskError
from evaldesk.services import records_lookup
from evaldesk.ui.context import AppContext
from evaldesk.ui.message_text import error_text


class NewYearDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evaldesk.rubrics.registry import builtins

        self.ctx = ctx
        self.created: int | None = None
        self.setWindowTitle(self.tr("New assessment year"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        existing = records_lookup.years(ctx.store)
        self.year.setValue(max([*existing, date.today().year - 1]) + 1)
        self.rubric = QComboBox()
        current = records_lookup.year_record(ctx.store, ctx.year).rubric_id
        for rid, loaded in sorted(builtins().items()):
            self.rubric.addItem(loaded.rubric.title, rid)
        self.rubric.setCurrentIndex(max(0, self.rubric.findData(current)))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#c62828")
        form = QFormLayout(self)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Rubric"), self.rubric)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _create(self) -> None:
        from evaldesk.services.setup import add_year

        try:
            add_year(
                self.ctx.store, self.ctx.actor, self.year.value(), str(self.rubric.currentData())
            )
        except EvalDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.created = self.year.value()
        self.accept()
