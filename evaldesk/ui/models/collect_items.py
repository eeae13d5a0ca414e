"""A unit's items at the receiving office, side by side: its own score, the reviewers' 初评
and 审定 (with their reasons), the office's computed score and the final one
(services.collect_overview.item_rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from evaldesk.services.collect_overview import ItemRow
from evaldesk.ui import theme
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP
from evaldesk.ui.models.collect_units import points

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 2

CODE, TITLE, MAX, SELF, INITIAL, FINAL_REVIEW, COMPUTED, FINAL, EVIDENCE = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("CollectItems", "Item"),
    QT_TRANSLATE_NOOP("CollectItems", "Title"),
    QT_TRANSLATE_NOOP("CollectItems", "Max"),
    QT_TRANSLATE_NOOP("CollectItems", "Self-score"),
    QT_TRANSLATE_NOOP("CollectItems", "Initial review"),
    QT_TRANSLATE_NOOP("CollectItems", "Final review"),
    QT_TRANSLATE_NOOP("CollectItems", "Office's score"),
    QT_TRANSLATE_NOOP("CollectItems", "Final score"),
    QT_TRANSLATE_NOOP("CollectItems", "Evidence"),
)
LACKING = QT_TRANSLATE_NOOP("CollectItems", "lacking")
NOT_ASSESSED = QT_TRANSLATE_NOOP("CollectItems", "not assessed")
REASON = QT_TRANSLATE_NOOP("CollectItems", "Reason: {reason}")


def _t(text: str) -> str:
    return QCoreApplication.translate("CollectItems", text)


class ItemTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ItemRow] = []

    def set_rows(self, rows: list[ItemRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, code: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.code == code), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CODE:
                return row.code
            if column == TITLE:
                return row.title
            if column == EVIDENCE:
                return _t(LACKING) if row.evidence_lacking else ""
            if column == SELF and row.self_score is None and row.status == "not_assessed":
                return _t(NOT_ASSESSED)
            value = {
                MAX: row.max,
                SELF: row.self_score,
                INITIAL: row.initial,
                FINAL_REVIEW: row.final_review,
                COMPUTED: row.computed,
                FINAL: row.final,
            }[column]
            return points(value) if value is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return "\n".join((row.title, *row.lines))
            kind = {INITIAL: "initial", FINAL_REVIEW: "final"}.get(column)
            if kind and kind in row.reasons:
                return _t(REASON).replace("{reason}", row.reasons[kind])
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == EVIDENCE and row.evidence_lacking:
                return theme.WARN
            if column == SELF and row.status == "not_assessed":
                return theme.WARN
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (CODE, TITLE, EVIDENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CODE_ROLE:
            return row.code
        return None
