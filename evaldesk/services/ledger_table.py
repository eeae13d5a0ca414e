"""What the ledger table (GUI) and the ledger listings (CLI, xlsx) read: pages, totals, overdue.

The table pages through a filtered, sorted query in SQL (``evaldesk.store.ledger_query``):
``page_after`` reads the page that follows a known row (keyset paging: as quick deep in the
table as at its top), ``page`` reads one at an offset (for jumps). These functions also give
the two things a person sees beside each page: how many entries match and how many of them are
overdue, and by how many days a given entry is (or was) late.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from evaldesk.store import LedgerFields, LedgerQuery, LedgerRec, Store
from evaldesk.store.counts import is_overdue
from evaldesk.store.dates import year_as_of
from evaldesk.store.ledger_query import SORT_COLUMNS, seek_key
from evaldesk.store.models import SOURCES, STATUSES

__all__ = [
    "SORT_KEYS",
    "SOURCES",
    "STATUSES",
    "LedgerFields",
    "LedgerQuery",
    "LedgerRec",
    "Totals",
    "as_of",
    "days_overdue",
    "get_entry",
    "page",
    "page_after",
    "page_key",
    "totals",
]

#: Column keys the ledger can be sorted by, in SQL.
SORT_KEYS = tuple(SORT_COLUMNS)


@dataclass(frozen=True, slots=True)
class Totals:
    matching: int  # entries that match the filters
    overdue: int  # of those, overdue as of the judging day


def as_of(year: int, today: date | None = None) -> date:
    """The day a year's ledger is judged at (today, or 1 January after the year ended)."""
    return year_as_of(year, today or date.today())


def page(store: Store, query: LedgerQuery, offset: int, limit: int) -> list[LedgerRec]:
    """One page of the query's rows, filtered, sorted and cut in SQL."""
    return store.ledger.search(query.page(offset, limit))


PageKey = tuple[Any, int]


def page_key(query: LedgerQuery, entry: LedgerRec) -> PageKey:
    """Where ``entry`` stands in ``query``'s order; the next page starts after it."""
    return seek_key(entry, query.sort)


def page_after(store: Store, query: LedgerQuery, key: PageKey, limit: int) -> list[LedgerRec]:
    """The ``limit`` rows that follow the row at ``key`` (see page_key) in ``query``'s order."""
    return store.ledger.search(query.page_after(key, limit))


def totals(store: Store, query: LedgerQuery, day: date) -> Totals:
    """How many entries match ``query``, and how many of them are overdue on ``day``."""
    matching = store.ledger.count(replace(query, offset=0, limit=None))
    if query.overdue is True:
        overdue = matching
    elif query.overdue is False:
        overdue = 0
    else:
        overdue = store.ledger.count(replace(query, overdue=True, as_of=day, offset=0, limit=None))
    return Totals(matching, overdue)


def days_overdue(entry: LedgerRec, day: date) -> int:
    """Days past the deadline: until it was done, or until ``day`` while still open; 0 if on time."""
    if not is_overdue(entry.deadline, entry.done_date, entry.status, day):
        return 0
    end = entry.done_date if entry.done_date is not None else day
    # Judged at the start of ``day``: an entry due yesterday and still open is 1 day late.
    return max(1, (end - entry.deadline).days)


def get_entry(store: Store, entry_id: int) -> LedgerRec:
    return store.ledger.get(entry_id)
