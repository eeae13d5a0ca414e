"""The "Recorded" column of the rubric tree: explicit choices, and editors fitted to each kind.

A status or event row (a checklist line, a clause, a precondition, a veto) shows its three
choices as words side by side — the one recorded filled in, the others outlined — worded by
what the rule does with it (不扣分 / 扣2分 / 未评估 next to "未开展…，扣2分"; see
``rubric_rows.CHOICE_WORDS``). A click on a word records it; there is no cycling. With the
keyboard, 1, 2 and 3 pick the words (Delete: not assessed) and F2 or Enter opens a list of them.
A cell too narrow for the three words (a long English wording beside a narrow tree) shows the
chosen one with "▾"; a click on it opens the list.
Counts and values get a line edit that accepts numbers only, recorded when Enter is pressed or
the field is left.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPen,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from evaldesk.ui import theme
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP
from evaldesk.ui.models.rubric_rows import ChoicesRole, EditorRole, _t

Index = QModelIndex | QPersistentModelIndex
NOT_RECORDED = QT_TRANSLATE_NOOP("RubricModel", "not recorded")

PAD, GAP, MARGIN = 5, 3, 3
#: what choice_at gives for the one word of a cell too narrow for all three: open the list
LIST = object()
#: fill and edge of the chosen word: the good outcome, the bad one, not assessed
TONES = (
    (QColor("#e3f3e6"), theme.GOOD),
    (QColor("#fbe4e4"), theme.BAD),
    (QColor("#fff1dc"), theme.WARN),
)


def chip_rects(fm: QFontMetrics, rect: QRect, words: list[str]) -> list[QRect]:
    """Where each word of a choice row is drawn (and clicked) inside the cell ``rect``."""
    rects = []
    x = rect.left() + MARGIN
    height = max(fm.height() + 2, rect.height() - 4)
    top = rect.top() + (rect.height() - height) // 2
    for word in words:
        width = fm.horizontalAdvance(word) + 2 * PAD
        rects.append(QRect(x, top, width, height))
        x += width + GAP
    return rects


def chips_width(fm: QFontMetrics, words: list[str]) -> int:
    """The width a row of choice words needs (to size the column)."""
    return (
        sum(fm.horizontalAdvance(w) + 2 * PAD for w in words) + GAP * (len(words) - 1) + 2 * MARGIN
    )


class FactDelegate(QStyledItemDelegate):
    # ----------------------------------------------------------------- choice rows

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        words = index.data(ChoicesRole)
        if not words:
            super().paint(painter, option, index)
            return
        # The row's background and selection as usual, without the text.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        picked = index.data(Qt.ItemDataRole.EditRole)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for n, value, word, rect in self.chips(option, index):
            on = value == picked
            fill, edge = TONES[n]
            font = QFont(option.font)
            font.setBold(on)
            painter.setFont(font)
            if on:
                painter.setPen(QPen(edge, 1))
                painter.setBrush(fill)
            else:
                painter.setPen(QPen(QColor("#c8c8c8"), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
            colour = edge.darker(130) if on else theme.MUTED
            painter.setPen(colour if enabled or on else theme.MUTED.lighter(130))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, word)
        painter.restore()

    def chips(
        self, option: QStyleOptionViewItem, index: Index
    ) -> list[tuple[int, object, str, QRect]]:
        """(position, value, word, where) of each word drawn in the cell: all three where they
        fit; in a cell too narrow for them, the chosen one followed by "▾" (a click opens the
        list of all three)."""
        words = index.data(ChoicesRole) or []
        fm = option.fontMetrics
        if chips_width(fm, [w for _v, w in words]) <= option.rect.width():
            rects = chip_rects(fm, option.rect, [w for _v, w in words])
            return [(n, v, w, r) for n, ((v, w), r) in enumerate(zip(words, rects, strict=True))]
        picked = index.data(Qt.ItemDataRole.EditRole)
        n, (value, word) = next((n, vw) for n, vw in enumerate(words) if vw[0] == picked)
        (rect,) = chip_rects(fm, option.rect, [f"{word} ▾"])
        return [(n, value, f"{word} ▾", rect)]

    def choice_at(self, option: QStyleOptionViewItem, index: Index, x: int, y: int) -> Any:
        """The value of the word at (x, y) in the cell (None: no word there; LIST: the
        chosen word of a narrow cell, which opens the list)."""
        shown = self.chips(option, index)
        for _n, value, _word, rect in shown:
            if rect.contains(x, y):
                return value if len(shown) > 1 else LIST
        return None

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if not index.data(ChoicesRole) or not isinstance(event, QMouseEvent):
            return super().editorEvent(event, model, option, index)
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        point = event.position().toPoint()
        value = self.choice_at(option, index, point.x(), point.y())
        if value is None:
            return False
        editable = bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
        if event.type() == QEvent.Type.MouseButtonRelease and editable:
            view = option.widget
            if value is LIST and isinstance(view, QAbstractItemView):
                view.setCurrentIndex(index)
                view.edit(index)
            elif value is not LIST:
                model.setData(index, value, Qt.ItemDataRole.EditRole)
        # A press or double click on a word is the pick itself, never the start of an edit.
        return event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        )

    # ----------------------------------------------------------------- editors

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        words = index.data(ChoicesRole)
        if words:
            combo = QComboBox(parent)
            for value, word in words:
                combo.addItem(word, value)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        edit = QLineEdit(parent)
        kind = index.data(EditorRole)
        pattern = r"\d{0,12}" if kind == "int" else r"-?\d{0,12}([.]\d{0,6})?%?"
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))
        edit.setPlaceholderText(_t(NOT_RECORDED))
        return edit

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            wanted = index.data(Qt.ItemDataRole.EditRole)
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
            if value == index.data(Qt.ItemDataRole.EditRole):
                return  # unchanged
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
