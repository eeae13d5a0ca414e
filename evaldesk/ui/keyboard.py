"""Keyboard conventions that hold in every window, in one place.

Qt's standard dialog buttons get access keys (Qt's Chinese names have none): 保存(&S), 取消(&C).

Enter in a single-line field of a form that is not a dialog (the export view's 签名口令) presses
the form's default button, as a dialog does.

Multi-line fields (办理内容, 报送内容, notes) take Tab as "next field", as every single-line field
does, so a form can be finished from the keyboard: Tab / Shift+Tab leave the field, Ctrl+Tab
types a tab character where one is really wanted. Qt's default (Tab typed into the text) left a
clerk in 办理内容 with no way to reach 保存 but the mouse.

One application-wide event filter does it, so a field added later cannot forget it. It looks
at key presses and polish events only: every other event costs one comparison of its type.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

_TYPES = (QEvent.Type.KeyPress, QEvent.Type.Polish)
_Std = QDialogButtonBox.StandardButton
#: The access key of each of Qt's standard buttons (Qt's Chinese names have none: 保存 → 保存(&S)).
STANDARD_KEYS = {
    _Std.Ok: "O",
    _Std.Save: "S",
    _Std.Open: "O",
    _Std.Cancel: "C",
    _Std.Close: "C",
    _Std.Yes: "Y",
    _Std.No: "N",
    _Std.Apply: "A",
    _Std.Reset: "R",
    _Std.Discard: "D",
    _Std.Retry: "R",
    _Std.Ignore: "I",
    _Std.Abort: "A",
}


def with_access_key(text: str, letter: str) -> str:
    """``text`` with the access key ``letter``: "&Save" in English (the letter in the word),
    "保存(&S)" in Chinese; a text that has one already is left alone."""
    if "&" in text.replace("&&", ""):
        return text
    at = text.upper().find(letter)
    if at >= 0 and text.isascii():
        return f"{text[:at]}&{text[at:]}"
    ellipsis = "…" if text.endswith("…") else ""
    space = " " if text.removesuffix("…").isascii() else ""  # "Approve (&4)", "审批通过(&4)"
    return f"{text.removesuffix('…')}{space}(&{letter}){ellipsis}"


def _standard_access_keys(box: QDialogButtonBox) -> None:
    taken = {t[t.index("&") + 1].upper() for b in box.buttons() if "&" in (t := b.text())}
    for button in box.buttons():
        letter = STANDARD_KEYS.get(box.standardButton(button))
        if letter is not None and letter not in taken and "&" not in button.text():
            button.setText(with_access_key(button.text(), letter))
            taken.add(letter)


def _default_button(field: QWidget) -> QPushButton | None:
    """The default button of the form ``field`` is in, outside a dialog (a dialog has its own)."""
    parent = field.parentWidget()
    while parent is not None and not isinstance(parent, QDialog):
        for button in parent.findChildren(QPushButton):
            if button.isDefault() and button.isVisible() and button.isEnabled():
                return button
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return None


class _Conventions(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _TYPES:
            return False
        if isinstance(watched, QLineEdit) and kind == QEvent.Type.KeyPress:
            # Enter in a form's field presses its default button (签名口令 → 导出), as in a dialog.
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                button = _default_button(watched)
                if button is not None:
                    button.click()
                    return True
            return False
        if isinstance(watched, QDialogButtonBox) and kind == QEvent.Type.Polish:
            _standard_access_keys(watched)
            return False
        if not isinstance(watched, QPlainTextEdit | QTextEdit):
            return False
        if kind == QEvent.Type.Polish:
            watched.setTabChangesFocus(True)
            return False
        assert isinstance(event, QKeyEvent)
        if (
            event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and not watched.isReadOnly()
        ):
            watched.textCursor().insertText("\t")
            return True
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            watched.setTabChangesFocus(True)  # a field made before the filter was installed
        return False


_filter: _Conventions | None = None


def install(app: QApplication | None = None) -> None:
    """Install the conventions on ``app`` (the running application by default); once."""
    global _filter
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or _filter is not None:
        return
    _filter = _Conventions(app)
    app.installEventFilter(_filter)


def installed() -> bool:
    return _filter is not None


#: The main window's File → New ledger entry; the ledger's 新建 button names it in its tooltip.
NEW_ENTRY_KEYS = QKeySequence.StandardKey.New  # a QKeySequence needs the application first


def _without_access_key(text: str) -> str:
    """ "保存(&S)…" -> "保存…", "&Save" -> "Save" (the Chinese way drops its brackets too)."""
    at = text.find("(&")
    if at >= 0 and text[at + 3 : at + 4] == ")":
        text = text[:at] + text[at + 4 :]
    return text.replace("&", "")


def with_keys(text: str, keys: QKeySequence | QKeySequence.StandardKey) -> str:
    """A tooltip naming the shortcut, as the menu shows it: "新建台账 (Ctrl+N)"."""
    shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    plain = _without_access_key(text).rstrip("…").strip()
    return f"{plain} ({shown})" if shown else plain


def show_keys_in_tooltips(actions: list[QAction]) -> None:
    """Every action with a shortcut names it in its tooltip (a toolbar or a tooltip reader
    shows it; the menu shows it anyway)."""
    for action in actions:
        keys = action.shortcut()
        shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
        if shown and shown not in action.toolTip():
            action.setToolTip(with_keys(action.text(), keys))
