"""What a person can read in a window: the texts of its labels, buttons, fields, headers,
tooltips and item-view cells, each with where it was found. Shared by the language tests.

``leaks(texts)`` are the texts that show a name of the program's insides instead of words:
snake_case identifiers (``dispatch_missing``), MIME types (``application/pdf``), audit actors
(``user:clerk``), file names of the package (``score.json``) and the English words the rubric
files use as field names (``target``, ``actual``, ``facts``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

#: Rows read per level of a model (a 100 000-row ledger is not read to the end).
ROWS = 400

LEAKS = (
    ("snake_case", re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")),
    ("MIME type", re.compile(r"\b(?:application|image|text|video|audio)/[\w.+-]+")),
    ("audit actor", re.compile(r"\b(?:user|cli|system):\w")),
    ("file name", re.compile(r"\b[\w-]+\.(?:json|txt|pem|sig|yaml|yml)\b")),
    ("field name", re.compile(r"(?<![\w/])(?:target|actual|facts|last_year|count|score)(?![\w/])")),
)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # A list model's columnCount is private in Qt: it has one.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _tool_tip(widget: QWidget) -> str:
    return re.sub(r"<[^>]+>", "", widget.toolTip())


def _model_texts(model: QAbstractItemModel, where: str, parent: QModelIndex) -> Iterator[tuple[str, str]]:
    for row in range(min(model.rowCount(parent), ROWS)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str) and value:
                    yield f"{where}[{row},{column}]", re.sub(r"<[^>]+>", "", value)
        first = model.index(row, 0, parent)
        if not isinstance(model, QAbstractListModel) and model.rowCount(first):
            yield from _model_texts(model, f"{where}[{row}]", first)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything ``root`` and its children show or say on hover."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel):
            yield name, re.sub(r"<[^>]+>", "", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                yield f"{name} tab", widget.tabText(tab)
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                yield f"{name} choice", widget.itemText(row)
        if widget.toolTip():
            yield f"{name} tooltip", _tool_tip(widget)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for orientation in (Qt.Orientation.Horizontal,):
                for column in range(_columns(model, QModelIndex())):
                    header = model.headerData(column, orientation, Qt.ItemDataRole.DisplayRole)
                    if isinstance(header, str):
                        yield f"{name} header", header
            yield from _model_texts(model, name, QModelIndex())


def leaks(texts: Iterator[tuple[str, str]]) -> list[str]:
    """The texts showing an internal name, as "where: what (text)"."""
    found = []
    for where, text in texts:
        for what, pattern in LEAKS:
            match = pattern.search(text)
            if match:
                found.append(f"{where}: {what} {match.group(0)!r} in {text[:120]!r}")
    return found
