"""Add or edit one ledger entry; each validation message is shown under its own field.

The checks are the services' (``evaldesk.services.ledger_rules``): the dialog sends the entry,
and an ``InvalidFields`` error comes back as field -> message, which it puts on the fields, so
the form and the command line say the same thing.

Nothing costs points silently: a new entry's dates start at today (or the assessed year's
nearest day, said under the dates), the done date says what it costs while it is chosen, and
saving an entry that newly counts as not done in time asks first, with the points it costs
(``evaldesk.services.score_effect``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import EvalDeskError
from evaldesk.services import ledger, score_effect
from evaldesk.services.ledger_table import SOURCES, STATUSES, LedgerFields, LedgerRec
from evaldesk.services.records_lookup import item_choices
from evaldesk.services.validation import InvalidFields
from evaldesk.ui.errors import show_error
from evaldesk.ui.message_text import message_text
from evaldesk.ui.models.records_labels import source_label, status_label
from evaldesk.ui.widgets.ledger_cost import confirm, done_day_notes, points_change
from evaldesk.ui.widgets.ledger_dates import TypedDateEdit, from_qdate, to_qdate

ERROR_STYLE = "color: #b00020;"
FIELD_ERROR_STYLE = "border: 1px solid #b00020;"
NOTE_STYLE = "color: #6b3d00;"

__all__ = ["LedgerEntryDialog", "default_day", "from_qdate", "to_qdate"]


def default_day(today: date, year: int) -> date:
    """Today, kept inside the assessed year: its last day once the year is over, its first
    day before it starts (the dialog says so when it moved the date)."""
    return min(max(today, date(year, 1, 1)), date(year, 12, 31))


class LedgerEntryDialog(QDialog):
    """``entry=None`` adds a new entry to ``ctx.year``; otherwise edits ``entry``."""

    FIELDS = (
        "source",
        "title",
        "responsible",
        "received_date",
        "deadline",
        "status",
        "done_date",
        "item_code",
        "description",
    )

    def __init__(
        self,
        ctx: Any,
        entry: LedgerRec | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.today = today or date.today()
        self.saved: LedgerRec | None = None
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(
            self.tr("New ledger entry") if entry is None else self.tr("Edit ledger entry")
        )
        self.setMinimumWidth(560)

        self.source_combo = QComboBox()
        for key in SOURCES:
            self.source_combo.addItem(source_label(key), key)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What is the task, in a few words"))
        self.responsible_edit = QLineEdit()
        self.received_edit = self._date_edit()
        self.deadline_edit = self._date_edit()
        self.status_combo = QComboBox()
        for key in STATUSES:
            self.status_combo.addItem(status_label(key), key)
        self.date_note = QLabel()
        self.date_note.setObjectName("ledgerDateNote")
        self.date_note.setWordWrap(True)
        self.date_note.setStyleSheet(NOTE_STYLE)
        self.date_note.hide()
        self.done_check = QCheckBox(self.tr("&Done on"))
        self.done_edit = self._date_edit()
        self.done_note = QLabel()
        self.done_note.setObjectName("ledgerDoneNote")
        self.done_note.setWordWrap(True)
        self.done_note.setStyleSheet(NOTE_STYLE)
        self.done_note.hide()
        self.item_combo = QComboBox()
        self.item_combo.setEditable(True)
        self.item_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.item_combo.addItem(self.tr("(no rubric item)"), None)
        for choice in item_choices(ctx.store, self._year()):
            self.item_combo.addItem(choice.label, choice.code)
        completer = self.item_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(80)
        self.repeat_check = QCheckBox(self.tr("&Repeats every year"))
        self.repeat_check.setObjectName("repeatsYearly")
        self.repeat_check.setToolTip(
            self.tr("A new year proposes this entry again, with the same month and day.")
        )

        self.inputs: dict[str, QWidget] = {
            "source": self.source_combo,
            "title": self.title_edit,
            "responsible": self.responsible_edit,
            "received_date": self.received_edit,
            "deadline": self.deadline_edit,
            "status": self.status_combo,
            "done_date": self.done_edit,
            "item_code": self.item_combo,
            "description": self.description_edit,
        }
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels = {
            "source": self.tr("Source"),
            "title": self.tr("Title"),
            "responsible": self.tr("Responsible"),
            "received_date": self.tr("Received"),
            "deadline": self.tr("Deadline"),
            "status": self.tr("Status"),
            "done_date": self.tr("Done date"),
            "item_code": self.tr("Rubric item"),
            "description": self.tr("Description"),
        }
        for name in self.FIELDS:
            box = QVBoxLayout()
            box.setSpacing(2)
            if name == "done_date":
                row = QHBoxLayout()
                row.addWidget(self.done_check)
                row.addWidget(self.done_edit)
                row.addStretch(1)
                box.addLayout(row)
                box.addWidget(self.done_note)
            elif name in ("received_date", "deadline"):
                row = QHBoxLayout()
                row.addWidget(self.inputs[name])
                if name == "deadline":
                    row.addWidget(self.repeat_check)  # 每年重复
                row.addStretch(1)
                box.addLayout(row)
                if name == "deadline":
                    box.addWidget(self.date_note)
            else:
                box.addWidget(self.inputs[name])
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.errors[name] = error
            form.addRow(labels[name], box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.done_check.toggled.connect(self.done_edit.setEnabled)
        self._fill(entry)
        for edit in (self.deadline_edit, self.done_edit):
            edit.dateChanged.connect(self._show_done_note)
        self.done_check.toggled.connect(self._show_done_note)
        self._show_done_note()

    def _year(self) -> int:
        return self.entry.year if self.entry is not None else int(self.ctx.year)

    def _date_edit(self) -> TypedDateEdit:
        return TypedDateEdit()

    def _fill(self, entry: LedgerRec | None) -> None:
        year = self._year()
        default = default_day(self.today, year)
        if entry is None and default != self.today:
            text = self.tr(
                "Today (%1) is outside the assessed year %2, so both dates start at %3: "
                "enter the real dates."
            )
            self.date_note.setText(
                text.replace("%1", self.today.isoformat())
                .replace("%2", str(year))
                .replace("%3", default.isoformat())
            )
            self.date_note.show()
        received = entry.received_date if entry else default
        self.received_edit.set_day(received)
        self.deadline_edit.set_day(entry.deadline if entry else received)
        # The real date, never an earlier one made up: done_day_notes flags a day after the year.
        self.done_edit.set_day(entry.done_date if entry and entry.done_date else self.today)
        self.done_check.setChecked(bool(entry and entry.done_date))
        self.done_edit.setEnabled(self.done_check.isChecked())
        if entry is None:
            return
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(entry.source)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(entry.status)))
        self.title_edit.setText(entry.title)
        self.repeat_check.setChecked(entry.repeats_yearly)
        self.responsible_edit.setText(entry.responsible)
        self.description_edit.setPlainText(entry.description)
        found = self.item_combo.findData(entry.item_code)
        if found >= 0:
            self.item_combo.setCurrentIndex(found)
        elif entry.item_code:
            self.item_combo.setEditText(entry.item_code)

    def _status_changed(self) -> None:
        done = self.status_combo.currentData() == "done"
        if done != self.done_check.isChecked():
            self.done_check.setChecked(done)

    def _show_done_note(self, *_args: object) -> None:
        """While a done date is chosen: is it after the deadline or the year, what it costs."""
        if not self.done_check.isChecked():
            self.done_note.hide()
            return
        deadline = self.deadline_edit.day()
        done = self.done_edit.day()
        effect = score_effect.done_on_time_effect(self.ctx.live, self.entry, deadline, done)
        notes = done_day_notes(deadline, self._year(), done, self.today, effect)
        self.done_note.setText("\n".join(notes))
        self.done_note.show()

    # ------------------------------------------------------------------ values

    def item_code(self) -> str | None:
        text = self.item_combo.currentText().strip()
        index = self.item_combo.findText(text)
        if index >= 0:
            data = self.item_combo.itemData(index)
            return None if data is None else str(data)
        # Typed by hand: the code is the first word (the services say if it does not exist).
        return text.split()[0] if text else None

    def fields(self) -> LedgerFields:
        return LedgerFields(
            source=str(self.source_combo.currentData()),
            title=self.title_edit.text(),
            received_date=self.received_edit.day(),
            deadline=self.deadline_edit.day(),
            description=self.description_edit.toPlainText(),
            responsible=self.responsible_edit.text(),
            status=str(self.status_combo.currentData()),
            done_date=self.done_edit.day() if self.done_check.isChecked() else None,
            item_code=self.item_code(),
            repeats_yearly=self.repeat_check.isChecked(),
        )

    # ------------------------------------------------------------------ errors on the fields

    def clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            self.inputs[name].setStyleSheet("")

    def show_errors(self, problems: dict[str, str]) -> None:
        self.clear_errors()
        first: QWidget | None = None
        for name, message in problems.items():
            label = self.errors.get(name)
            if label is None:  # a field this form does not have: put it under the title
                label, name = self.errors["title"], "title"
                message = f"{label.text()}\n{message}".strip()
            label.setText(message)
            label.show()
            self.inputs[name].setStyleSheet(FIELD_ERROR_STYLE)
            if first is None:
                first = self.inputs[name]
        if first is not None:
            first.setFocus()
        # Make room for the messages (word-wrapped labels do not grow a shown dialog).
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""

    # ------------------------------------------------------------------ save

    def save(self) -> None:
        """Save, after asking when the entry would newly count as not done in time."""
        fields = self.fields()
        try:  # the fields' problems first: no cost is asked about an entry that cannot be saved
            ledger.check_entry(self.ctx.store, self._year(), fields, today=self.today)
        except InvalidFields as exc:
            self.show_errors({k: message_text(v) for k, v in exc.fields.items()})
            return
        effect = score_effect.ledger_effect(self.ctx.live, self.entry, fields)
        if not effect.costs:
            self._save(fields)
            return
        text = self.tr(
            "This entry is past its deadline %1 and not done by then, so it counts as not done "
            "in time: %2.\n\nSave it anyway?"
        )
        self.confirm_box = confirm(
            self,
            self.tr("Save an overdue entry"),
            text.replace("%1", fields.deadline.isoformat()).replace("%2", points_change(effect)),
            self.tr("Save and count it"),
            lambda: self._save(fields),
        )

    def _save(self, fields: LedgerFields) -> None:
        try:
            if self.entry is None:
                self.saved = ledger.add_entry(
                    self.ctx.store, self.ctx.actor, self._year(), fields, today=self.today
                )
            else:
                changes = {
                    name: getattr(fields, name) for name in LedgerFields.__dataclass_fields__
                }
                self.saved = ledger.edit_entry(
                    self.ctx.store, self.ctx.actor, self.entry.id, changes, today=self.today
                )
        except InvalidFields as exc:
            self.show_errors({k: message_text(v) for k, v in exc.fields.items()})
            return
        except EvalDeskError as exc:
            self.clear_errors()
            show_error(self, exc)
            return
        self.clear_errors()
        self.accept()
