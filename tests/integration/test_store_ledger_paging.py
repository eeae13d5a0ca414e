"""Keyset ("seek") paging of the ledger query: the same rows in the same order as offset paging,
for every sort column and direction, with NULLs, ties and filters; read along an index."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
from storekit import TODAY, YEAR, Office

from evaldesk.errors import InputError
from evaldesk.services import ledger_table
from evaldesk.services.ledger_import import add_entries
from evaldesk.store import LedgerFields, LedgerQuery
from evaldesk.store.ledger_query import SORT_COLUMNS, search_queries, seek_key
from evaldesk.store.parts.base import year_row

ITEMS = ("一.1", "一.2", "二.1", None, None)
PEOPLE = ("王晓红", "李明", "张伟", "")


def _entries(n: int) -> list[LedgerFields]:
    """Many ties (a few dates, people, sources), NULL and non-NULL done dates and items."""
    rng = random.Random(11)
    out = []
    for _ in range(n):
        received = date(YEAR, 1, 1) + timedelta(days=rng.randrange(5))
        deadline = received + timedelta(days=rng.choice((3, 10)))
        done = rng.random() < 0.5
        out.append(
            LedgerFields(
                source=("assigned", "inspection", "public", "other")[rng.randrange(4)],
                title=f"事项{rng.randrange(8)}",
                received_date=received,
                deadline=deadline,
                responsible=rng.choice(PEOPLE),
                status="done" if done else rng.choice(("open", "in_progress")),
                done_date=received + timedelta(days=rng.randrange(3)) if done else None,
                item_code=ITEMS[rng.randrange(len(ITEMS))],
            )
        )
    return out


@pytest.fixture
def paged(office: Office) -> Office:
    add_entries(office.store, office.system, YEAR, _entries(157), today=TODAY)
    return office


def _walk(store, query: LedgerQuery, size: int) -> list[int]:
    """Every row, page by page, each page read after the previous page's last row."""
    ids: list[int] = []
    rows = ledger_table.page(store, query, 0, size)
    while rows:
        ids.extend(r.id for r in rows)
        if len(rows) < size:
            break
        rows = ledger_table.page_after(store, query, ledger_table.page_key(query, rows[-1]), size)
    return ids


@pytest.mark.parametrize("sort", list(SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_are_the_offset_order(paged: Office, sort: str, descending: bool) -> None:
    store = paged.store
    for filters in ({}, {"statuses": ("open", "in_progress")}, {"text": "张伟"}):
        query = LedgerQuery(year=YEAR, sort=sort, descending=descending, **filters)
        everything = [r.id for r in store.ledger.search(replace(query, limit=None))]
        assert everything, filters
        for size in (1, 7, 50):
            assert _walk(store, query, size) == everything, (filters, size)


def test_a_page_after_any_row_starts_right_after_it(paged: Office) -> None:
    store = paged.store
    for sort in ("done_date", "item_code", "title"):
        for descending in (False, True):
            query = LedgerQuery(year=YEAR, sort=sort, descending=descending, limit=None)
            rows = store.ledger.search(query)
            for at in (0, 40, 41, 100, len(rows) - 2, len(rows) - 1):
                key = seek_key(rows[at], sort)
                after = store.ledger.search(query.page_after(key, 9))
                assert [r.id for r in after] == [r.id for r in rows[at + 1 : at + 10]]


def test_keyset_pages_are_read_along_the_sort_index(paged: Office) -> None:
    """No sorting step however deep the page: each statement is one range of the sort
    column's (year_id, column, id) index."""
    store = paged.store
    with store.read() as s:
        year_id = year_row(s, YEAR).id
        conn = s.connection()
        for sort in SORT_COLUMNS:
            row = store.ledger.search(LedgerQuery(year=YEAR, sort=sort, offset=80, limit=1))[0]
            for descending in (False, True):
                query = LedgerQuery(year=YEAR, sort=sort, descending=descending)
                for stmt in search_queries(query.page_after(seek_key(row, sort), 50), year_id):
                    compiled = stmt.compile(conn)
                    plan = " ".join(
                        str(r[-1])
                        for r in conn.exec_driver_sql(
                            f"EXPLAIN QUERY PLAN {compiled}", tuple(compiled.params.values())
                        )
                    )
                    assert "TEMP B-TREE" not in plan, (sort, descending, plan)
                    assert "USING INDEX" in plan or "PRIMARY KEY" in plan, plan


def test_a_page_is_after_a_row_or_at_an_offset_not_both(paged: Office) -> None:
    query = LedgerQuery(year=YEAR, offset=10, after=(date(YEAR, 1, 2), 5))
    with pytest.raises(InputError, match="not both"):
        paged.store.ledger.search(query)
    with pytest.raises(InputError, match="always has a title"):
        paged.store.ledger.search(LedgerQuery(year=YEAR, sort="title", after=(None, 5)))
