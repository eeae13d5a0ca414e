"""办结: asks on which day the entry was done, and says what that day costs before saving.

Marking done used to set today silently (2026-12-04 for a 2025 entry, which made it late and
outside its year). The day proposed is the real date, never an earlier one made up; the notes
under it say whether the day is after the deadline (and the points that costs, from
``evaldesk.services.score_effect``) or after the assessed year.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import EvalDeskError
from evaldesk.services import ledger, score_effect
from evaldesk.services.ledger_table import LedgerRec
from evaldesk.services.validation import InvalidFields
from evaldesk.ui.errors import show_error
from evaldesk.ui.message_text import message_text
from evaldesk.ui.widgets.ledger_cost import done_day_notes
from evaldesk.ui.widgets.ledger_dates import TypedDateEdit

NOTE_STYLE = "color: #6b3d00;"
ERROR_STYLE = "color: #b00020;"


class DoneDateDialog(QDialog):
    def __init__(
        self, ctx: Any, entry: LedgerRec, parent: QWidget | None = None, *, today: date
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.today = today
        self.saved: LedgerRec | None = None
        self.setWindowTitle(self.tr("Mark entry #%1 done").replace("%1", str(entry.id)))
        self.setMinimumWidth(480)

        title = QLabel(entry.title)
        title.setWordWrap(True)
        dates = self.tr("Received %1 · deadline %2")
        facts = QLabel(
            dates.replace("%1", entry.received_date.isoformat()).replace(
                "%2", entry.deadline.isoformat()
            )
        )
        self.date_edit = TypedDateEdit()
        self.date_edit.set_day(today)
        self.note = QLabel()
        self.note.setObjectName("doneDateNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Entry"), title)
        form.addRow("", facts)
        day_row = QHBoxLayout()
        day_row.addWidget(self.date_edit)
        day_row.addStretch(1)
        form.addRow(self.tr("Done on"), day_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark done"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.date_edit.dateChanged.connect(lambda _d: self.show_cost())
        self.show_cost()
        self.date_edit.setFocus()

    def show_cost(self) -> None:
        done = self.date_edit.day()
        effect = score_effect.done_on_time_effect(
            self.ctx.live, self.entry, self.entry.deadline, done
        )
        notes = done_day_notes(self.entry.deadline, self.entry.year, done, self.today, effect)
        self.note.setText("\n".join(notes))

    def save(self) -> None:
        try:
            self.saved = ledger.close_entry(
                self.ctx.store,
                self.ctx.actor,
                self.entry.id,
                self.date_edit.day(),
                today=self.today,
            )
        except InvalidFields as exc:
            self.error.setText("\n".join(message_text(v) for v in exc.fields.values()))
            self.error.show()
            return
        except EvalDeskError as exc:
            show_error(self, exc)
            return
        self.accept()
