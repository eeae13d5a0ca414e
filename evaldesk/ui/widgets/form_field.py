"""One field of a report form: an editor with its message line underneath.

Text, number and date fields are line edits, multiline fields plain-text boxes. A field hands its
text to ``on_commit`` when the person is done with it (Enter, or leaving the field); when that
returns a message (a number typed with letters, a date that is not one) the message stays under
the field in red, the typed text stays for correcting, and nothing was saved. Refreshing from the
store never overwrites a field that has focus or shows such a message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from evaldesk.ui import theme

translate = QCoreApplication.translate

#: Called with the typed text; returns None when it was saved, else the message to show.
Commit = Callable[[str], str | None]


class FieldEdit(QWidget):
    def __init__(
        self,
        name: str,
        kind: str = "text",
        on_commit: Commit | None = None,
        parent: QWidget | None = None,
        *,
        lines: int = 4,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.kind = kind
        self.on_commit = on_commit
        self._stored = ""
        self.editor: QLineEdit | QPlainTextEdit
        if kind == "multiline":
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            height = box.fontMetrics().lineSpacing() * lines + 14
            box.setMinimumHeight(height)
            box.setMaximumHeight(height * 2)
            box.installEventFilter(self)
            self.editor = box
        else:
            line = QLineEdit()
            if kind == "number":
                line.setPlaceholderText(translate("FormField", "a number"))
            elif kind == "date":
                line.setPlaceholderText(translate("FormField", "e.g. 2023年2月20日"))
            line.editingFinished.connect(self.commit)
            line.textEdited.connect(lambda _t: self._clear_message())
            self.editor = line
        self.editor.setObjectName(f"field_{name}")
        self.message = QLabel()
        self.message.setObjectName(f"message_{name}")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color:{theme.BAD.name()};")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)

    # ----------------------------------------------------------------- text

    def text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def set_text(self, text: str) -> None:
        """Type ``text`` as a person would (tests); commit with :meth:`commit`."""
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)
        self._clear_message()

    def show_value(self, value: str) -> None:
        """The stored value, unless the person is typing here or must first read a message."""
        self._stored = value
        if self.editor.hasFocus() or not self.message.isHidden() or self.text() == value:
            return
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(value)
        else:
            self.editor.setText(value)
            self.editor.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)

    # ----------------------------------------------------------------- commit

    def commit(self) -> bool:
        """Save the text if it changed; False when it was refused (the message says why)."""
        text = self.text()
        if self.on_commit is None or self.editor.isReadOnly() or text.strip() == self._stored:
            return True
        problem = self.on_commit(text)
        if problem:
            self.show_message(problem)
            return False
        self._clear_message()
        return True

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.editor.setStyleSheet(f"border:1px solid {theme.BAD.name()};")

    def _clear_message(self) -> None:
        if not self.message.isHidden():
            self.message.hide()
            self.editor.setStyleSheet("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A plain-text box has no editingFinished: leaving it is when it is done.
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.commit()
        elif watched is self.editor and event.type() == QEvent.Type.KeyPress:
            self._clear_message()
        return super().eventFilter(watched, event)
