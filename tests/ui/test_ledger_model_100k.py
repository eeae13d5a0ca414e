"""The ledger model over 100,000 entries: nothing beyond a page is read until the view asks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from records_data import TODAY, YEAR, build_ledger_store

from evaldesk.services.ledger_table import LedgerQuery
from evaldesk.ui.models.ledger_model import COL_TITLE, EntryRole, LedgerTableModel

pytestmark = pytest.mark.slow  # building 100,000 entries through the services takes ~100 s

TOTAL = 100_000
PAGE = 200


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory):
    store, _ = build_ledger_store(tmp_path_factory.mktemp("big") / "data", TOTAL)
    yield store
    store.close()


def test_construction_reads_one_page_of_100000(big_store) -> None:
    model = LedgerTableModel(big_store, YEAR, page_size=PAGE, today=TODAY)
    assert model.totals.matching == TOTAL
    assert model.rowCount() == PAGE
    assert model.rows_fetched == PAGE and model.page_queries == 1
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE and model.rows_fetched == 2 * PAGE


def test_sorting_and_filtering_requery_100000_rows_in_sql(big_store) -> None:
    model = LedgerTableModel(big_store, YEAR, page_size=PAGE, today=TODAY)
    model.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)
    top = big_store.ledger.search(LedgerQuery(year=YEAR, sort="title", descending=True, limit=1))
    assert model.index(0, 0).data(EntryRole).id == top[0].id
    assert model.rowCount() == PAGE and model.rows_fetched == 2 * PAGE
    model.set_filters(source="public", overdue=True)
    expected = big_store.ledger.count(
        LedgerQuery(year=YEAR, source="public", overdue=True, as_of=model.judged_at)
    )
    assert model.totals.matching == expected == model.totals.overdue
    assert 0 < expected < TOTAL
    assert model.rowCount() == min(PAGE, expected)
    assert all(
        model.index(r, 0).data(EntryRole).source == "public" for r in range(model.rowCount())
    )
