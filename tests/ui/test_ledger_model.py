"""The ledger table model, tested without a view (STYLE.md habit 5) on a real SQLite store."""

from __future__ import annotations

import shutil
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from records_data import TODAY, YEAR, build_ledger_store

from evaldesk.services import ledger
from evaldesk.services.ledger_table import LedgerQuery, days_overdue
from evaldesk.store import open_store
from evaldesk.store.counts import is_overdue
from evaldesk.ui.models.ledger_model import (
    COL_DONE,
    COL_ID,
    COL_RECEIVED,
    COL_STATUS,
    COL_TITLE,
    COLUMNS,
    ROW_ROLES,
    EntryIdRole,
    EntryRole,
    LedgerTableModel,
    OverdueDaysRole,
    OverdueRole,
)

N = 430


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ledger") / "data"
    store, _actor = build_ledger_store(folder, N)
    store.close()
    return folder


@pytest.fixture
def store(built: Path, tmp_path: Path):
    copy = tmp_path / "data"
    shutil.copytree(built, copy)
    opened = open_store(copy, auto_backup=False)
    yield opened
    opened.close()


def all_entries(store):
    return store.ledger.search(LedgerQuery(year=YEAR, sort="id", limit=None))


def shown(model: LedgerTableModel, role: int = EntryRole) -> list:
    return [model.index(r, 0).data(role) for r in range(model.rowCount())]


def test_rows_are_fetched_a_page_at_a_time(qtmodeltester, store) -> None:
    model = LedgerTableModel(store, YEAR, page_size=100, today=TODAY)
    assert model.totals.matching == N
    assert model.rowCount() == 100
    assert model.rows_fetched == 100
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 200
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == N
    assert model.rows_fetched == N
    assert sorted(shown(model, EntryIdRole)) == [e.id for e in all_entries(store)]
    qtmodeltester.check(model)


def test_pages_out_of_the_cache_are_read_again(store) -> None:
    model = LedgerTableModel(store, YEAR, page_size=50, max_pages=2, today=TODAY)
    first = model.index(0, COL_TITLE).data()
    for _ in range(3):
        model.fetchMore()
    assert model.rowCount() == 200
    assert model.resident_rows <= 100
    fetched = model.rows_fetched
    assert model.index(0, COL_TITLE).data() == first
    assert model.rows_fetched == fetched + 50


@pytest.mark.parametrize(
    ("column", "order"),
    [
        (COL_RECEIVED, Qt.SortOrder.AscendingOrder),
        (COL_TITLE, Qt.SortOrder.DescendingOrder),
        (COL_ID, Qt.SortOrder.DescendingOrder),
        (COL_DONE, Qt.SortOrder.AscendingOrder),  # NULL (not done) first, then dates
        (COL_DONE, Qt.SortOrder.DescendingOrder),
    ],
)
def test_pages_are_read_after_the_previous_page_not_at_an_offset(store, column, order) -> None:
    model = LedgerTableModel(store, YEAR, page_size=40, max_pages=3, today=TODAY)
    model.sort(column, order)  # reads the first page
    pages = model.page_queries
    while model.canFetchMore():
        model.fetchMore()
    expected = [e.id for e in store.ledger.search(replace(model.query, offset=0, limit=None))]
    assert model.page_queries - pages == 10  # 430 rows: ten more pages of 40 ...
    assert model.offset_queries == 0  # ... each read after the previous one
    assert shown(model, EntryIdRole) == expected  # also re-reads pages dropped from the cache
    assert model.page_queries > pages + 10 and model.offset_queries == 0


def test_after_a_change_pages_are_read_at_their_offset_again(qtbot, store) -> None:
    """Rows move between pages when an entry is added: remembered page ends are forgotten."""
    from evaldesk.services.actor import system_actor
    from evaldesk.store import LedgerFields

    model = LedgerTableModel(store, YEAR, page_size=40, max_pages=2, today=TODAY)
    model.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    for _ in range(3):
        model.fetchMore()
    assert sorted(model._pages) == [2, 3]  # the end of page 1 is remembered, its rows are not
    fields = LedgerFields(
        source="public",
        title="一个排在最前面的标题",  # sorts first: every row moves down by one
        received_date=date(YEAR, 3, 1),
        deadline=date(YEAR, 3, 10),
    )
    ledger.add_entry(store, system_actor("test"), YEAR, fields, today=TODAY)
    model.refresh()  # reads pages 2 and 3 again, without page 1
    expected = [e.id for e in store.ledger.search(replace(model.query, offset=0, limit=None))]
    assert len(expected) == N + 1
    assert [model.index(r, 0).data(EntryIdRole) for r in range(80, 160)] == expected[80:160]
    while model.canFetchMore():
        model.fetchMore()
    assert shown(model, EntryIdRole) == expected


def test_sorting_requeries_in_sql(store) -> None:
    model = LedgerTableModel(store, YEAR, page_size=100, today=TODAY)
    model.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "title" and model.query.descending
    expected = sorted(all_entries(store), key=lambda e: (e.title, e.id), reverse=True)[:100]
    assert [e.id for e in shown(model)] == [e.id for e in expected]
    model.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [e.status for e in shown(model)]
    assert statuses == sorted(statuses)
    assert model.query.sort == "status"


@pytest.mark.parametrize(
    ("changes", "keep"),
    [
        ({"statuses": ("done",)}, lambda e: e.status == "done"),
        ({"source": "inspection"}, lambda e: e.source == "inspection"),
        ({"overdue": True}, lambda e: is_overdue(e.deadline, e.done_date, e.status, TODAY)),
        ({"text": "张伟"}, lambda e: "张伟" in e.responsible),
        (
            {"source": "public", "statuses": ("open", "in_progress")},
            lambda e: e.source == "public" and e.status in ("open", "in_progress"),
        ),
    ],
)
def test_filters_change_the_query_and_the_rows(store, changes, keep) -> None:
    model = LedgerTableModel(store, YEAR, page_size=1000, today=TODAY)
    totals = []
    model.totals_changed.connect(lambda n, m: totals.append((n, m)))
    model.set_filters(**changes)
    expected = [e.id for e in all_entries(store) if keep(e)]
    assert 0 < len(expected) < N
    assert model.query == replace(model.query, **changes)
    assert sorted(shown(model, EntryIdRole)) == expected
    assert model.totals.matching == len(expected)
    overdue = sum(1 for e in all_entries(store) if keep(e) and days_overdue(e, TODAY))
    assert totals[-1] == (len(expected), overdue)


def test_overdue_rows_are_marked(qapp, store) -> None:
    model = LedgerTableModel(store, YEAR, page_size=1000, today=TODAY)
    marked = 0
    for row in range(model.rowCount()):
        e = model.index(row, 0).data(EntryRole)
        late = is_overdue(e.deadline, e.done_date, e.status, TODAY)
        title = model.index(row, COL_TITLE)
        assert title.data(OverdueRole) is late
        if late:
            marked += 1
            days = title.data(OverdueDaysRole)
            end = e.done_date or TODAY
            assert days == max(1, (end - e.deadline).days)
            assert str(days) in title.data(Qt.ItemDataRole.ToolTipRole)
            assert title.data(Qt.ItemDataRole.BackgroundRole) is not None
            assert not title.data(Qt.ItemDataRole.DecorationRole).isNull()
        else:
            assert title.data(Qt.ItemDataRole.BackgroundRole) is None
            assert title.data(Qt.ItemDataRole.DecorationRole) is None
    assert marked == model.totals.overdue > 0


def test_an_edit_is_announced_with_explicit_roles(qtbot, store) -> None:
    model = LedgerTableModel(store, YEAR, page_size=100, today=TODAY)
    row = 5
    entry = model.index(row, 0).data(EntryRole)
    from evaldesk.services.actor import system_actor

    ledger.edit_entry(store, system_actor("test"), entry.id, {"title": "改过的标题"}, today=TODAY)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh()
    top, bottom, roles = blocker.args
    assert (top.row(), bottom.row()) == (row, row)
    assert bottom.column() == len(COLUMNS) - 1
    assert roles == ROW_ROLES
    assert model.index(row, COL_TITLE).data() == "改过的标题"


def test_a_new_entry_appears_after_refresh(qtbot, store) -> None:
    from evaldesk.services.actor import system_actor
    from evaldesk.store import LedgerFields

    model = LedgerTableModel(store, YEAR, page_size=1000, today=TODAY)
    model.set_filters(text="独一无二")
    assert model.rowCount() == 0
    fields = LedgerFields(
        source="public",
        title="独一无二的群众来信",
        received_date=date(YEAR, 3, 1),
        deadline=date(YEAR, 3, 10),
    )
    ledger.add_entry(store, system_actor("test"), YEAR, fields, today=TODAY)
    with qtbot.waitSignal(model.rowsInserted):
        model.refresh()
    assert model.rowCount() == 1
    assert model.index(0, 0).data(OverdueRole) is True
    assert model.totals.overdue == 1


def test_values_returned_to_qt_keep_their_references(qapp, store) -> None:
    """PySide6 6.12.0 dropped a reference on every None/bool a Python override returned to C++;
    on Python 3.11 that ends with "Fatal Python error: deallocating None" (see pyproject.toml)."""
    from PySide6.QtCore import QSortFilterProxyModel

    model = LedgerTableModel(store, YEAR, page_size=100, today=TODAY)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, COL_TITLE)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        index.data(Qt.ItemDataRole.UserRole + 99)  # a role the model has no data for: None
        proxy.canFetchMore(QModelIndex())  # C++ asks the source model: True
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
