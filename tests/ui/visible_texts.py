"""What a person can read in a window: the texts of its labels, buttons, fields, headers,
tooltips and item-view cells, each with where it was found. Shared by the language tests;
``leaks`` (tests/leaks.py) finds the internal names among them.
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


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # A list model's columnCount is private in Qt: it has one.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _tool_tip(widget: QWidget) -> str:
    return re.sub(r"<[^>]+>", "", widget.toolTip())


def _model_texts(
    model: QAbstractItemModel, where: str, parent: QModelIndex
) -> Iterator[tuple[str, str]]:
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
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
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
