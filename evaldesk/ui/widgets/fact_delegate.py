"""Editors for the "Recorded" column of the rubric tree, fitted to each rule kind.

A tick gets a small combo (met / not met / not assessed), an event (veto, negative score) a
combo (happened / did not happen / not assessed), counts and values a line edit that accepts
numbers only. A choice in a combo is recorded at once; a number when Enter is pressed or the
field is left.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from evaldesk.ui.i18n import QT_TRANSLATE_NOOP
from evaldesk.ui.models.rubric_rows import EVENT_TEXT, STATUS_TEXT, EditorRole, ValueRole, _t

Index = QModelIndex | QPersistentModelIndex
NOT_RECORDED = QT_TRANSLATE_NOOP("RubricModel", "not recorded")


class FactDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = index.data(EditorRole)
        if kind == "status":
            combo = QComboBox(parent)
            for key in ("met", "not_met", "not_assessed"):
                combo.addItem(_t(STATUS_TEXT[key]), key)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        if kind == "event":
            combo = QComboBox(parent)
            choices: tuple[tuple[bool | None, object], ...] = (
                (False, False),
                (True, True),
                (None, "not_assessed"),
            )
            for event, value in choices:
                combo.addItem(_t(EVENT_TEXT[event]), value)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        edit = QLineEdit(parent)
        pattern = r"\d{0,12}" if kind == "int" else r"-?\d{0,12}([.]\d{0,6})?%?"
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))
        edit.setPlaceholderText(_t(NOT_RECORDED))
        return edit

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(ValueRole)
        if isinstance(editor, QComboBox):
            if index.data(EditorRole) == "status":
                wanted: Any = value or "not_assessed"
            else:
                wanted = value if isinstance(value, bool) else "not_assessed"
            for i in range(editor.count()):
                if editor.itemData(i) == wanted:
                    editor.setCurrentIndex(i)
            editor.showPopup()
        elif isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
            if value == str(index.data(Qt.ItemDataRole.EditRole) or ""):
                return  # unchanged
        else:
            return
        # A refused value reaches the model's on_error (the view shows why); the old one stays.
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)
