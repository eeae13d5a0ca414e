"""The ledger table's query: filters, sorting and paging, all in SQL (100,000 rows stay quick).

The GUI's table model asks for ``count`` once and then pages. Two ways to page:

* ``after`` (keyset or "seek" paging): the rows that follow a known row, given as its
  ``(sort value, id)`` (:func:`seek_key`). SQLite starts reading the sort column's index at
  that row, so a page deep in the table costs what the first page costs. The GUI's table reads
  page n+1 after the last row of page n this way.
* ``offset``: SQLite reads and skips every row before the page: fine near the top, slower the
  deeper the page, slowest with a filter that the sort index cannot answer. It stays for
  jumps to a page whose predecessor is not known.

Each sortable column has an index ``(year_id, column)``; SQLite ends every index entry with the
rowid, which is ``id`` here, so the index is in (column, id) order, the order the pages use.

A text filter is a substring search with LIKE; where the FTS5 trigram index exists
(evaldesk.store.search_index) and the text is selective, the index narrows the rows first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from evaldesk.errors import InputError
from evaldesk.messages import msg
from evaldesk.store import search_index
from evaldesk.store.models import LedgerEntry

#: Sortable columns (the GUI's column keys) -> model attributes.
SORT_COLUMNS: dict[str, Any] = {
    "id": LedgerEntry.id,
    "source": LedgerEntry.source,
    "title": LedgerEntry.title,
    "responsible": LedgerEntry.responsible,
    "received_date": LedgerEntry.received_date,
    "deadline": LedgerEntry.deadline,
    "status": LedgerEntry.status,
    "done_date": LedgerEntry.done_date,
    "item_code": LedgerEntry.item_code,
}


@dataclass(frozen=True)
class LedgerQuery:
    year: int
    text: str = ""  # substring of title, description or responsible person
    statuses: tuple[str, ...] = ()
    source: str | None = None
    item_code: str | None = None
    overdue: bool | None = None  # True: only overdue as of `as_of`; False: only not overdue
    as_of: date | None = None  # required with `overdue`
    sort: str = "received_date"
    descending: bool = False
    offset: int = 0
    limit: int | None = 200
    #: Keyset paging: only the rows after this ``(sort value, id)`` in the query's order
    #: (see :func:`seek_key`); used instead of ``offset``.
    after: tuple[Any, int] | None = None

    def page(self, offset: int, limit: int) -> LedgerQuery:
        return replace(self, offset=offset, limit=limit, after=None)

    def page_after(self, key: tuple[Any, int], limit: int) -> LedgerQuery:
        """The ``limit`` rows after the row whose :func:`seek_key` is ``key``."""
        return replace(self, offset=0, limit=limit, after=key)


#: Sort columns that may hold NULL (SQLite sorts NULL first ascending, last descending).
NULLABLE = frozenset({"done_date", "item_code"})


def seek_key(row: Any, sort: str) -> tuple[Any, int]:
    """A row's place in a query sorted by ``sort``: (its value of that column, its id).
    ``row`` is a LedgerRec or anything with the same attribute names."""
    return getattr(row, sort), int(row.id)


def overdue_clause(as_of: date) -> Any:
    """Not done by the deadline, judged at the start of ``as_of`` (see evaldesk.store.dates).

    Must agree with :func:`evaldesk.store.counts.is_overdue` (a test checks both).
    """
    e = LedgerEntry
    return and_(
        e.deadline < as_of,
        e.status != "cancelled",
        or_(e.done_date.is_(None), e.done_date > e.deadline),
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(
    query: LedgerQuery, year_id: int, base: Select[Any], text_index: bool = False
) -> Select[Any]:
    e = LedgerEntry
    stmt = base.where(e.year_id == year_id)
    text = query.text.strip()
    if text:
        if text_index:
            # The index narrows the rows down; LIKE below still decides (same rows either way).
            stmt = stmt.where(e.id.in_(search_index.matching_ids(text)))
        pattern = f"%{_escape_like(text)}%"
        stmt = stmt.where(
            or_(
                e.title.like(pattern, escape="\\"),
                e.description.like(pattern, escape="\\"),
                e.responsible.like(pattern, escape="\\"),
            )
        )
    if query.statuses:
        stmt = stmt.where(e.status.in_(query.statuses))
    if query.source:
        stmt = stmt.where(e.source == query.source)
    if query.item_code:
        stmt = stmt.where(e.item_code == query.item_code)
    if query.overdue is not None:
        if query.as_of is None:
            raise InputError(msg("ledger.overdue_needs_day"))
        clause = overdue_clause(query.as_of)
        stmt = stmt.where(clause if query.overdue else ~clause)
    return stmt


def _sort_column(query: LedgerQuery) -> Any:
    column = SORT_COLUMNS.get(query.sort)
    if column is None:
        raise InputError(msg("ledger.bad_sort", sort=query.sort, columns=list(SORT_COLUMNS)))
    return column


def _ordered(query: LedgerQuery, year_id: int, column: Any, text_index: bool) -> Select[Any]:
    order = column.desc() if query.descending else column.asc()
    tie = LedgerEntry.id.desc() if query.descending else LedgerEntry.id.asc()
    return _filtered(query, year_id, select(LedgerEntry), text_index).order_by(order, tie)


def search_query(query: LedgerQuery, year_id: int, *, text_index: bool = False) -> Select[Any]:
    """One statement for an offset page (``query.after`` must be None; see search_queries).

    ``text_index``: find the text through the FTS5 index (see :func:`wants_text_index`)."""
    if query.after is not None:
        raise InputError(msg("ledger.keyset_page"))
    stmt = _ordered(query, year_id, _sort_column(query), text_index)
    if query.offset:
        stmt = stmt.offset(max(0, query.offset))
    if query.limit is not None:
        stmt = stmt.limit(max(0, query.limit))
    return stmt


def search_queries(
    query: LedgerQuery, year_id: int, *, text_index: bool = False
) -> list[Select[Any]]:
    """The statements whose rows, one after the other, are the page (each with the query's
    limit; the caller stops when it has enough). One for an offset page; for a keyset page
    one per index range that follows ``query.after`` (two when NULLs come after it)."""
    column = _sort_column(query)
    if query.after is None:
        return [search_query(query, year_id, text_index=text_index)]
    if query.offset:
        raise InputError(msg("ledger.page_both"))
    statements = []
    for clause in _after(query, column):
        stmt = _ordered(query, year_id, column, text_index).where(clause)
        if query.limit is not None:
            stmt = stmt.limit(max(0, query.limit))
        statements.append(stmt)
    return statements


def _after(query: LedgerQuery, column: Any) -> list[Any]:
    """WHERE clauses for the rows after ``query.after``, in order; each is one range of the
    (year_id, column, id) index, so SQLite seeks to the row instead of counting up to it."""
    assert query.after is not None
    value, last = query.after
    e_id = LedgerEntry.id
    if query.sort == "id":
        return [e_id < last if query.descending else e_id > last]
    if value is None and query.sort not in NULLABLE:
        raise InputError(msg("ledger.page_key_null", column=query.sort))
    if not query.descending:  # NULL first, then values upwards
        if value is None:
            return [and_(column.is_(None), e_id > last), column.is_not(None)]
        return [and_(column >= value, or_(column > value, e_id > last))]
    if value is None:  # values downwards, then NULL
        return [and_(column.is_(None), e_id < last)]
    clauses = [and_(column <= value, or_(column < value, e_id < last))]
    if query.sort in NULLABLE:
        clauses.append(column.is_(None))
    return clauses


def count_query(query: LedgerQuery, year_id: int, *, text_index: bool = False) -> Select[Any]:
    base = select(func.count()).select_from(LedgerEntry)
    return _filtered(query, year_id, base, text_index)


#: The index is used for a text found in at most this many entries; beyond that, reading the
#: sort index and testing each row with LIKE finds a page's rows sooner (they are dense), and
#: a count costs about the same both ways (measured on 100,000 entries: bench_store).
TEXT_INDEX_MAX_HITS = 10_000


def index_worth_it(text: str, hits_up_to: Callable[[int], int]) -> bool:
    """Whether a search for ``text`` should go through the trigram index: it has three or more
    characters, and ``hits_up_to(cap)`` (entries holding it, counted up to cap) is small."""
    text = text.strip()
    if len(text) < search_index.MIN_CHARS:
        return False
    return hits_up_to(TEXT_INDEX_MAX_HITS + 1) <= TEXT_INDEX_MAX_HITS
