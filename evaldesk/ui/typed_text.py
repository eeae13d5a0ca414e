"""Text typed and not yet saved survives a change of the interface language.

Changing the language builds the main window anew (every string is translated when a widget
is made). Before, whatever a clerk had typed in the open views — a quarter's progress, a
review comment, the export's passphrase — was gone. A clerk expects the words to stay, so the
switch carries them over rather than asking first:

1. ``take(window)`` records, per built view, every editable text field the person has typed
   in (Qt's own "modified" flag: set by typing, cleared when a program fills the field), with
   its place in the view's widget tree, and what that view had selected (the row of each list,
   table and tree, each combo box's and tab's index) since a field's meaning can depend on it
   (the dispatch view's editors hold the selected quarter);
2. ``restore(window, typed)`` builds those views in the new window, selects the same rows and
   indexes, then puts the text back and marks it typed again.

A field is refilled only when its view's selection came out the same and the field is found
at the same place with the same kind; whatever could not be placed is returned, so the caller
can show it (nothing typed is lost silently). Fields inside spin, date and combo boxes are
values, not typed text, and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

Path = tuple[tuple[str, str, int], ...]
translate = QCoreApplication.translate


@dataclass(frozen=True)
class TypedField:
    view: str  # the view's key
    path: Path  # (class, object name, index among same-class siblings) from the view down
    text: str
    # the field's placeholder or accessible name: how it is named when it cannot be placed
    label: str
    secret: bool = False  # a passphrase: carried, never shown


@dataclass(frozen=True)
class Typed:
    fields: tuple[TypedField, ...]
    # per view key: (path, kind, index) of each selection-bearing widget
    selections: dict[str, tuple[tuple[Path, str, Any], ...]]

    def __bool__(self) -> bool:
        return bool(self.fields)


def _path(widget: QWidget, root: QWidget) -> Path:
    steps: list[tuple[str, str, int]] = []
    here: QObject = widget
    while here is not root:
        parent = here.parent()
        if parent is None:
            raise LookupError("not inside the view")
        kind = here.metaObject().className()
        same = [c for c in parent.children() if c.metaObject().className() == kind]
        steps.append((kind, here.objectName(), same.index(here)))
        here = parent
    return tuple(reversed(steps))


def _find(root: QWidget, path: Path) -> QObject | None:
    here: QObject = root
    for kind, name, index in path:
        same = [c for c in here.children() if c.metaObject().className() == kind]
        if index >= len(same) or same[index].objectName() != name:
            return None
        here = same[index]
    return here


def _is_value_box(widget: QWidget) -> bool:
    parent = widget.parent()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def _typed_text(widget: QWidget) -> str | None:
    """The text the person typed in ``widget``, or None when it holds nothing of theirs."""
    if isinstance(widget, QLineEdit):
        typed = widget.isModified() and not widget.isReadOnly() and not _is_value_box(widget)
        return widget.text() if typed else None
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        typed = not widget.isReadOnly() and widget.document().isModified()
        return widget.toPlainText() if typed else None
    return None


def _put_text(widget: QObject, text: str) -> bool:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
        widget.setModified(True)
        return True
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText(text)
        widget.document().setModified(True)
        return True
    return False


def _row_path(index: QModelIndex) -> tuple[tuple[int, int], ...]:
    rows: list[tuple[int, int]] = []
    while index.isValid():
        rows.append((index.row(), index.column()))
        index = index.parent()
    return tuple(reversed(rows))


def _selection_of(widget: QWidget) -> tuple[str, Any] | None:
    if isinstance(widget, QAbstractItemView):
        return "rows", _row_path(widget.currentIndex())
    if isinstance(widget, QComboBox) and not _is_value_box(widget):
        return "index", widget.currentIndex()
    if isinstance(widget, QTabWidget):
        return "index", widget.currentIndex()
    return None


def _selections(view: QWidget) -> tuple[tuple[Path, str, Any], ...]:
    found = []
    for widget in view.findChildren(QWidget):
        chosen = _selection_of(widget)
        if chosen is not None:
            found.append((_path(widget, view), *chosen))
    return tuple(found)


def _select(widget: QObject, kind: str, value: Any) -> None:
    if kind == "rows" and isinstance(widget, QAbstractItemView):
        model = widget.model()
        if model is None:
            return
        index = QModelIndex()
        for row, column in value:
            index = model.index(row, column, index)
            if not index.isValid():
                return
        if index.isValid() and widget.currentIndex() != index:
            widget.setCurrentIndex(index)
    elif (
        kind == "index"
        and isinstance(widget, QComboBox | QTabWidget)
        and 0 <= value < widget.count()
        and widget.currentIndex() != value
    ):
        widget.setCurrentIndex(value)


def take(views: dict[str, QWidget]) -> Typed:
    """What was typed and not saved in ``views`` (a window's built views, by key)."""
    fields: list[TypedField] = []
    selections: dict[str, tuple[tuple[Path, str, Any], ...]] = {}
    for key, view in views.items():
        for widget in view.findChildren(QWidget):
            text = _typed_text(widget)
            if text is None:
                continue
            label = widget.accessibleName() or getattr(widget, "placeholderText", lambda: "")()
            secret = (
                isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal
            )
            fields.append(TypedField(key, _path(widget, view), text, label, secret))
        if any(f.view == key for f in fields):
            selections[key] = _selections(view)
    return Typed(tuple(fields), selections)


def restore(window: Any, typed: Typed) -> list[TypedField]:
    """Put ``typed`` back into the new ``window``'s views; returns the fields not placed."""
    left: list[TypedField] = []
    for key in dict.fromkeys(f.view for f in typed.fields):
        view = window.view(key)
        wanted = typed.selections.get(key, ())
        # Twice: selecting one row may reset a list that depends on it (a quarter's files).
        for _pass in range(2):
            for path, kind, value in wanted:
                target = _find(view, path)
                if target is not None:
                    _select(target, kind, value)
        same_selection = _selections(view) == wanted
        for field in (f for f in typed.fields if f.view == key):
            target = _find(view, field.path) if same_selection else None
            if target is None or not _put_text(target, field.text):
                left.append(field)
    return left


def describe(fields: Iterable[TypedField]) -> str:
    """The text of fields that could not be put back, for the person to copy (not passphrases)."""
    return "\n\n".join(f"{f.label or f.view}:\n{f.text}" for f in fields if not f.secret)


def show_left(parent: QWidget, fields: list[TypedField]) -> None:
    """Say that some typed text could not be put back, and hand it over to copy."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("TypedText", "Typed text kept"))
    box.setText(
        translate(
            "TypedText",
            "After the change of language, some of what you had typed could not be put back "
            "in its field (the list it belonged to changed). It is below: copy it, then paste "
            "it where it belongs. Passphrases are not shown; type them again.",
        )
    )
    box.setDetailedText(describe(fields))
    box.open()
