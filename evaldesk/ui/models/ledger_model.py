"""The ledger table's model: a thin QAbstractTableModel over the services' ledger query.

Filtering, sorting and paging all happen in SQL (``evaldesk.services.ledger_table``); the model
never holds the whole ledger:

* ``rowCount`` is the number of rows made known to the view so far. It starts at one page and
  grows a page at a time through ``canFetchMore``/``fetchMore`` as the view scrolls down; it
  never runs a query itself.
* Row data lives in a small cache of pages (least recently used first out). A page that was
  dropped is read again when the view paints one of its rows, so scrolling through 100,000
  entries keeps at most ``max_pages`` pages in memory.
* Pages are read by keyset: the model remembers where each page it read ended (the last row's
  sort value and id, a few bytes per page, kept when the rows are dropped) and asks for the
  rows after that, so page 400 costs what page 1 costs. A page whose predecessor's end is not
  known (after a change to the ledger, which makes every remembered end stale) is read at its
  offset, and its own end remembered again.
* Clicking a header calls ``sort``, which re-queries in SQL and starts again at the first page.

Custom roles (``EntryIdRole`` ...) give the view and the tests the entry behind a row without
parsing display text (STYLE.md habit 5).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from evaldesk.services import ledger_table
from evaldesk.services.ledger_table import LedgerQuery, LedgerRec, Totals
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP
from evaldesk.ui.models.records_labels import source_label, status_label
from evaldesk.ui.widgets.records_icons import overdue_icon

Index = QModelIndex | QPersistentModelIndex


CONTEXT = "LedgerTableModel"

# Column numbers, their sort keys (None: not sortable) and their headers.
COL_ID, COL_SOURCE, COL_TITLE, COL_RESPONSIBLE = 0, 1, 2, 3
COL_RECEIVED, COL_DEADLINE, COL_STATUS, COL_DONE, COL_ITEM = 4, 5, 6, 7, 8
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", QT_TRANSLATE_NOOP("LedgerTableModel", "No.")),
    ("source", QT_TRANSLATE_NOOP("LedgerTableModel", "Source")),
    ("title", QT_TRANSLATE_NOOP("LedgerTableModel", "Title")),
    ("responsible", QT_TRANSLATE_NOOP("LedgerTableModel", "Responsible")),
    ("received_date", QT_TRANSLATE_NOOP("LedgerTableModel", "Received")),
    ("deadline", QT_TRANSLATE_NOOP("LedgerTableModel", "Deadline")),
    ("status", QT_TRANSLATE_NOOP("LedgerTableModel", "Status")),
    ("done_date", QT_TRANSLATE_NOOP("LedgerTableModel", "Done date")),
    ("item_code", QT_TRANSLATE_NOOP("LedgerTableModel", "Rubric item")),
)

_USER = int(Qt.ItemDataRole.UserRole)
EntryIdRole = _USER + 1  # int: the ledger entry's id
OverdueRole = _USER + 2  # bool: not done by its deadline (as of the judging day)
OverdueDaysRole = _USER + 3  # int: days late (0 when not overdue)
EntryRole = _USER + 4  # LedgerRec: the whole row
SortKeyRole = _USER + 5  # str: the column's sort key (header sections only)

#: Roles that change when an entry's fields change (what refresh() announces).
ROW_ROLES = [
    int(Qt.ItemDataRole.DisplayRole),
    int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.BackgroundRole),
    int(Qt.ItemDataRole.ForegroundRole),
    int(Qt.ItemDataRole.DecorationRole),
    EntryRole,
    OverdueRole,
    OverdueDaysRole,
]

OVERDUE_BACKGROUND = QColor(253, 226, 226)
OVERDUE_FOREGROUND = QColor(160, 20, 20)
CANCELLED_FOREGROUND = QColor(128, 128, 128)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _Row:
    """One entry as the table shows it, worked out once when its page is read.

    A view asks ``data`` a dozen roles for every visible cell on every paint; answering from
    ready values keeps scrolling smooth.
    """

    __slots__ = ("days", "display", "rec")

    def __init__(self, rec: LedgerRec, day: date) -> None:
        self.rec = rec
        self.days = ledger_table.days_overdue(rec, day)
        self.display: tuple[str | int, ...] = (
            rec.id,
            source_label(rec.source),
            rec.title,
            rec.responsible,
            rec.received_date.isoformat(),
            rec.deadline.isoformat(),
            status_label(rec.status),
            rec.done_date.isoformat() if rec.done_date else "",
            rec.item_code or "",
        )


class LedgerTableModel(QAbstractTableModel):
    """Rows of one year's ledger matching ``query``, fetched a page at a time."""

    #: (matching, overdue) after every re-query or refresh.
    totals_changed = Signal(int, int)

    def __init__(
        self,
        store: Any,
        year: int,
        *,
        page_size: int = 200,
        max_pages: int = 50,
        today: date | None = None,
        item_titles: dict[str, str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1 or max_pages < 2:
            raise ValueError("page_size must be >= 1 and max_pages >= 2")
        self._store = store
        self._today = today
        self.page_size = page_size
        self.max_pages = max_pages
        self.item_titles = dict(item_titles or {})
        self._query = LedgerQuery(year=year)
        self._totals = Totals(0, 0)
        self._known = 0
        self._pages: OrderedDict[int, list[_Row]] = OrderedDict()
        #: Page number -> the key of its last row, for reading the next page by keyset.
        self._ends: dict[int, ledger_table.PageKey] = {}
        self._judged_at = ledger_table.as_of(year, today)
        #: Rows and queries read from the store since construction (the benchmark reports them).
        self.rows_fetched = 0
        self.page_queries = 0
        #: Of those, pages after the first read at their offset (not after the previous page).
        self.offset_queries = 0
        self._icon: QIcon | None = None
        self._requery()

    # ------------------------------------------------------------------ query

    @property
    def query(self) -> LedgerQuery:
        return self._query

    @property
    def totals(self) -> Totals:
        return self._totals

    @property
    def judged_at(self) -> date:
        """The day "overdue" is judged at (today, or 1 January after the year ended)."""
        return self._judged_at

    def set_today(self, today: date | None) -> None:
        self._today = today
        self._query = self._with_as_of(self._query)
        self._requery()

    def set_year(self, year: int) -> None:
        self.set_filters(year=year)

    def set_filters(self, **changes: Any) -> None:
        """Change filters (text, statuses, source, item_code, overdue, year) and re-query in SQL.

        ``overdue=True`` shows only overdue entries; ``None`` (not False) shows all.
        """
        query = self._with_as_of(replace(self._query, **changes))
        if query == self._query:
            return
        self._query = query
        self._requery()

    def _with_as_of(self, query: LedgerQuery) -> LedgerQuery:
        day = ledger_table.as_of(query.year, self._today)
        return replace(query, as_of=day if query.overdue is not None else None, offset=0)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column][0]
        if (key, descending) == (self._query.sort, self._query.descending):
            return
        self._query = replace(self._query, sort=key, descending=descending)
        self._requery()

    def sort_column(self) -> int:
        keys = [key for key, _ in COLUMNS]
        return keys.index(self._query.sort) if self._query.sort in keys else -1

    def _requery(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._ends.clear()
        self._judged_at = ledger_table.as_of(self._query.year, self._today)
        self._totals = ledger_table.totals(self._store, self._query, self.judged_at)
        self._known = min(self.page_size, self._totals.matching)
        if self._known:
            self._load_page(0)
        self.endResetModel()
        self.totals_changed.emit(self._totals.matching, self._totals.overdue)

    def refresh(self) -> None:
        """The ledger changed: keep the rows shown, re-read them, announce what differs.

        Changed rows get ``dataChanged`` with the roles that depend on an entry's fields;
        rows that appeared or vanished at the end are inserted or removed, so the view keeps
        its scroll position and selection.
        """
        old_known = self._known
        old_pages = {n: [r.rec for r in rows] for n, rows in self._pages.items()}
        self._judged_at = ledger_table.as_of(self._query.year, self._today)
        self._totals = ledger_table.totals(self._store, self._query, self.judged_at)
        new_known = min(max(old_known, self.page_size), self._totals.matching)
        if new_known < old_known:
            self.beginRemoveRows(QModelIndex(), new_known, old_known - 1)
            self._known = new_known
            self._pages.clear()
            self.endRemoveRows()
        self._pages.clear()
        self._ends.clear()  # rows may have moved between pages
        for number in sorted(old_pages):
            if number * self.page_size < min(old_known, new_known):
                self._load_page(number)
        last = len(COLUMNS) - 1
        for number, rows in old_pages.items():
            fresh = [r.rec for r in self._pages.get(number, [])]
            start = number * self.page_size
            for offset, old in enumerate(rows):
                row = start + offset
                if row >= min(old_known, new_known):
                    break
                new = fresh[offset] if offset < len(fresh) else None
                if new != old:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last), ROW_ROLES)
        if new_known > old_known:
            self.beginInsertRows(QModelIndex(), old_known, new_known - 1)
            self._known = new_known
            self.endInsertRows()
        self.totals_changed.emit(self._totals.matching, self._totals.overdue)

    # ------------------------------------------------------------------ paging

    def _load_page(self, number: int) -> list[_Row]:
        after = self._ends.get(number - 1) if number else None
        if after is not None:
            recs = ledger_table.page_after(self._store, self._query, after, self.page_size)
        else:
            recs = ledger_table.page(
                self._store, self._query, number * self.page_size, self.page_size
            )
            self.offset_queries += number > 0
        if len(recs) == self.page_size:
            self._ends[number] = ledger_table.page_key(self._query, recs[-1])
        rows = [_Row(rec, self._judged_at) for rec in recs]
        self.rows_fetched += len(rows)
        self.page_queries += 1
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return rows

    def _page(self, number: int) -> list[_Row]:
        rows = self._pages.get(number)
        if rows is None:
            return self._load_page(number)
        self._pages.move_to_end(number)
        return rows

    @property
    def resident_rows(self) -> int:
        """Rows held in memory now (at most max_pages × page_size)."""
        return sum(len(rows) for rows in self._pages.values())

    def entry(self, row: int) -> LedgerRec | None:
        found = self._row(row)
        return found.rec if found is not None else None

    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < self._known:
            return None
        rows = self._page(row // self.page_size)
        offset = row % self.page_size
        # The ledger can shrink between a refresh and a paint; the next refresh fixes it.
        return rows[offset] if offset < len(rows) else None

    def row_of(self, entry_id: int) -> int:
        """The row showing ``entry_id`` among the rows in memory, or -1."""
        for number, rows in self._pages.items():
            for offset, found in enumerate(rows):
                if found.rec.id == entry_id:
                    return number * self.page_size + offset
        return -1

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._known < self._totals.matching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(self.page_size, self._totals.matching - self._known)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._known, self._known + more - 1)
        first_new = self._known
        self._known += more
        self._load_page(first_new // self.page_size)
        self.endInsertRows()

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._known

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        if role == SortKeyRole:
            return COLUMNS[section][0]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        found = self._row(index.row()) if index.isValid() else None
        if found is None:
            return None
        if role == _DISPLAY:
            return found.display[index.column()]
        days = found.days
        if role == _BACKGROUND:
            return QBrush(OVERDUE_BACKGROUND) if days else None
        if role == _FOREGROUND:
            if days:
                return QBrush(OVERDUE_FOREGROUND)
            return QBrush(CANCELLED_FOREGROUND) if found.rec.status == "cancelled" else None
        if role == _DECORATION:
            return self._overdue_icon() if days and index.column() == COL_TITLE else None
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == COL_ID else None
        if role == EntryIdRole:
            return found.rec.id
        if role == EntryRole:
            return found.rec
        if role == OverdueRole:
            return days > 0
        if role == OverdueDaysRole:
            return days
        if role == _TOOLTIP:
            return self._tooltip(found.rec, index.column(), days)
        return None

    def _tooltip(self, rec: LedgerRec, column: int, days: int) -> str | None:
        lines = []
        if days:
            if rec.done_date is not None:
                lines.append(
                    QCoreApplication.translate(
                        "LedgerTableModel", "Done %n day(s) after the deadline", None, days
                    )
                )
            else:
                lines.append(
                    QCoreApplication.translate(
                        "LedgerTableModel", "Overdue by %n day(s)", None, days
                    )
                )
        if column == COL_ITEM and rec.item_code:
            title = self.item_titles.get(rec.item_code)
            if title:
                lines.append(f"{rec.item_code} {title}")
        if column == COL_TITLE:  # the whole title first, however narrow the column
            lines.insert(0, rec.title)
            if rec.description:
                lines.append(rec.description)
        return "\n".join(lines) or None

    def _overdue_icon(self) -> QIcon:
        if self._icon is None:
            self._icon = overdue_icon()
        return self._icon
