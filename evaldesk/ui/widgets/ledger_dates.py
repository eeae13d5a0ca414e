"""A date field that takes a typed date: focus selects it all, digits replace it.

Qt's QDateEdit edits one section at a time: a click puts the cursor inside a section and the
digits typed there are refused or land in the wrong place ("2025-03-15" typed into the year
became 2025-01-03), so clerks had to click, select and type, and often saw their date ignored.
Here focus (by Tab or click) selects the whole date; typing starts a fresh date in any of the
usual forms (20250315, 2025-3-15, 2025/3/15); it is taken as soon as it is a whole day, or on
Enter or leaving the field; what is not a day puts the previous date back. Tab leaves the
field at once; arrow keys and the calendar work as before.
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from evaldesk.services.ledger_rules import typed_date

DISPLAY_FORMAT = "yyyy-MM-dd"
_TYPED_KEYS = "0123456789-/."
_NO_TYPING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _complete(typed: str) -> bool:
    """All of a date typed: 20250315 or 2025-03-15 (shorter forms wait for Enter or Tab)."""
    if len(typed) == 8:
        return typed.isdigit()
    return len(typed) == 10 and typed[4] == typed[7] == "-"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class TypedDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        self._typed: str | None = None  # the text being typed, None when not typing
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setMinimumWidth(150)
        self.setToolTip(self.tr("Type a date such as 20250315 or 2025-3-15, or pick one"))

    def day(self) -> date:
        self.commit()
        return from_qdate(self.date())

    def set_day(self, day: date) -> None:
        self._typed = None
        self.setDate(to_qdate(day))

    def typing(self) -> bool:
        return self._typed is not None

    def commit(self) -> None:
        """Take what was typed (if it is a day) or put the current date back."""
        if self._typed is None:
            return
        typed, self._typed = self._typed, None
        day = typed_date(typed)
        if day is not None and self.minimumDate() <= to_qdate(day) <= self.maximumDate():
            self.setDate(to_qdate(day))
        self.lineEdit().setText(self.date().toString(DISPLAY_FORMAT))

    # ------------------------------------------------------------------ Qt

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._typed is not None:  # free text while typing; commit() judges it
            return (QValidator.State.Intermediate, text, pos)
        return super().validate(text, pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if len(text) == 1 and text in _TYPED_KEYS and not event.modifiers() & _NO_TYPING:
            self._typed = ((self._typed or "") + text)[:10]
            self.lineEdit().setText(self._typed)
            if _complete(self._typed) and typed_date(self._typed) is not None:
                self.commit()
            event.accept()
            return
        if self._typed is not None:
            key = event.key()
            if key == Qt.Key.Key_Backspace:
                self._typed = self._typed[:-1]
                self.lineEdit().setText(self._typed)
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self._typed = None
                self.lineEdit().setText(self.date().toString(DISPLAY_FORMAT))
                event.accept()
                return
            self.commit()  # Enter, Tab, arrows: the typed day first, then the key
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the field: the date is typed whole, so there are no sections to step
        # through (QDateEdit's own Tab went year → month → day first).
        self.commit()
        return QWidget.focusNextPrevChild(self, next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # After Qt has placed the cursor for the click: the whole date, ready to be retyped.
        # (not once the field is gone: a dialog closed at once left the call on a deleted field)
        QTimer.singleShot(0, self._select_all_if_alive)

    def _select_all_if_alive(self) -> None:
        if shiboken6.isValid(self):
            self.selectAll()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)
