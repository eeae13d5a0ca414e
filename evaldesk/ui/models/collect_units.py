"""The receiving office's units as a table (one row per unit, services.collect_overview) and
the filter over it: text typed (any column) and what to show (all, missing something, ...).

Sorting is by SORT_ROLE: numbers as numbers, an empty cell after every value.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from evaldesk.services.collect_overview import (
    DRAFT,
    FLAGGED,
    MISSING,
    NOT_SCORED,
    RECEIVED,
    UnitRow,
)
from evaldesk.ui import theme
from evaldesk.ui.collect.fit import listed
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP
from evaldesk.ui.message_text import message_text

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
#: True when the unit lacks something (not received, unassessed items, evidence lacking).
LACKING_ROLE = Qt.ItemDataRole.UserRole + 3

UNIT, GROUP, STATE, SELF, INITIAL, FINAL_REVIEW, COMPUTED, FINAL, PLACE, GRADE, MISSING_COL = range(
    11
)
HEADERS = (
    QT_TRANSLATE_NOOP("CollectUnits", "Unit"),
    QT_TRANSLATE_NOOP("CollectUnits", "Group"),
    QT_TRANSLATE_NOOP("CollectUnits", "State"),
    QT_TRANSLATE_NOOP("CollectUnits", "Self-score"),
    QT_TRANSLATE_NOOP("CollectUnits", "Initial review"),
    QT_TRANSLATE_NOOP("CollectUnits", "Final review"),
    QT_TRANSLATE_NOOP("CollectUnits", "Office's score"),
    QT_TRANSLATE_NOOP("CollectUnits", "Final score"),
    QT_TRANSLATE_NOOP("CollectUnits", "Place"),
    QT_TRANSLATE_NOOP("CollectUnits", "Grade"),
    QT_TRANSLATE_NOOP("CollectUnits", "What is missing"),
)
STATES = {
    MISSING: QT_TRANSLATE_NOOP("CollectUnits", "not received"),
    DRAFT: QT_TRANSLATE_NOOP("CollectUnits", "draft only"),
    NOT_SCORED: QT_TRANSLATE_NOOP("CollectUnits", "not scorable"),
    FLAGGED: QT_TRANSLATE_NOOP("CollectUnits", "flagged"),
    RECEIVED: QT_TRANSLATE_NOOP("CollectUnits", "received"),
}
ITEMS_COUNT = QT_TRANSLATE_NOOP("CollectUnits", "{n} items")
ONE_ITEM = QT_TRANSLATE_NOOP("CollectUnits", "{n} item")  # English's singular; 1项 in Chinese


def _t(text: str) -> str:
    return QCoreApplication.translate("CollectUnits", text)


_FIELDS: dict[int, Any] = {
    UNIT: lambda r: r.name,
    GROUP: lambda r: r.group,
    STATE: lambda r: r.state,
    SELF: lambda r: r.self_total,
    COMPUTED: lambda r: r.computed,
    FINAL: lambda r: r.final,
    PLACE: lambda r: r.place,
    GRADE: lambda r: r.grade,
    MISSING_COL: lambda r: None,
}


def points(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"{value.normalize():f}" if value == value.to_integral_value() else f"{value:f}"


def lacking(row: UnitRow) -> bool:
    return row.state in (MISSING, DRAFT) or bool(row.unassessed or row.lacking_evidence)


class UnitTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[UnitRow] = []
        self.reviews: dict[str, tuple[int, int]] = {}

    def set_rows(self, rows: list[UnitRow], reviews: dict[str, tuple[int, int]]) -> None:
        self.beginResetModel()
        self.rows, self.reviews = rows, reviews
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[section])
        return None

    def _reviewed(self, row: UnitRow, which: int) -> int | None:
        n = self.reviews.get(row.code, (0, 0))[which]
        return n or None

    def _value(self, row: UnitRow, column: int) -> Any:
        """The sortable value of a cell (None: empty)."""
        if column in (INITIAL, FINAL_REVIEW):
            return self._reviewed(row, 0 if column == INITIAL else 1)
        return _FIELDS[column](row)

    def missing_text(self, row: UnitRow) -> str:
        return listed([message_text(n) for n in row.notes])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STATE:
                return _t(STATES.get(row.state, row.state))
            if column == MISSING_COL:
                return self.missing_text(row)
            if column in (INITIAL, FINAL_REVIEW):
                n = self._reviewed(row, 0 if column == INITIAL else 1)
                if n is None:
                    return ""
                return _t(ONE_ITEM if n == 1 else ITEMS_COUNT).replace("{n}", str(n))
            value = self._value(row, column)
            if isinstance(value, Decimal):
                return points(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column in (MISSING_COL, STATE, UNIT):
            return self.missing_text(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            SELF,
            INITIAL,
            FINAL_REVIEW,
            COMPUTED,
            FINAL,
            PLACE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (STATE, MISSING_COL):
            if row.state in (MISSING, DRAFT, NOT_SCORED):
                return theme.BAD
            if row.state == FLAGGED or (column == MISSING_COL and lacking(row)):
                return theme.WARN  # a received unit's state stays plain: what it lacks is beside
            return None
        if role == SORT_ROLE:
            if column == MISSING_COL:
                return (0 if lacking(row) else 1, self.missing_text(row))
            value = self._value(row, column)
            if column == STATE:
                order = list(STATES)
                return order.index(value) if value in order else len(order)
            return value
        if role == CODE_ROLE:
            return row.code
        if role == LACKING_ROLE:
            return lacking(row)
        return None


SHOW_ALL, SHOW_LACKING, SHOW_NOT_RECEIVED, SHOW_RECEIVED = range(4)
SHOW = (
    QT_TRANSLATE_NOOP("CollectUnits", "All units"),
    QT_TRANSLATE_NOOP("CollectUnits", "Missing something"),
    QT_TRANSLATE_NOOP("CollectUnits", "Not yet received"),
    QT_TRANSLATE_NOOP("CollectUnits", "Units received"),
)


class UnitFilter(QSortFilterProxyModel):
    """Typed text (in any column) and a choice of which units to show; sorts by SORT_ROLE."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.show = SHOW_ALL

    def set_show(self, show: int) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter() is deprecated
            self.beginFilterChange()
            self.show = show
            self.endFilterChange()
        else:  # pragma: no cover - Qt 6.8/6.9
            self.show = show
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, UnitTableModel)
        row = model.rows[source_row]
        if self.show == SHOW_LACKING and not lacking(row):
            return False
        if self.show == SHOW_NOT_RECEIVED and row.state not in (MISSING, DRAFT):
            return False
        if self.show == SHOW_RECEIVED and row.state in (MISSING, DRAFT):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            # Empty cells last whichever way the column is sorted.
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (a is not None) if ascending else (a is None and b is not None)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
