"""The ledger table's query: filters, sorting and paging, all in SQL (100,000 rows stay quick).

The GUI's table model asks for ``count`` once and then pages with ``offset``/``limit``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from evaldesk.errors import InputError
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

    def page(self, offset: int, limit: int) -> LedgerQuery:
        return replace(self, offset=offset, limit=limit)


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


def _filtered(query: LedgerQuery, year_id: int, base: Select[Any]) -> Select[Any]:
    e = LedgerEntry
    stmt = base.where(e.year_id == year_id)
    if query.text.strip():
        pattern = f"%{_escape_like(query.text.strip())}%"
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
            raise InputError("the overdue filter needs the day to judge at (as_of)")
        clause = overdue_clause(query.as_of)
        stmt = stmt.where(clause if query.overdue else ~clause)
    return stmt


def search_query(query: LedgerQuery, year_id: int) -> Select[Any]:
    column = SORT_COLUMNS.get(query.sort)
    if column is None:
        raise InputError(
            f"cannot sort the ledger by {query.sort!r} (columns: {', '.join(SORT_COLUMNS)})"
        )
    order = column.desc() if query.descending else column.asc()
    tie = LedgerEntry.id.desc() if query.descending else LedgerEntry.id.asc()
    stmt = _filtered(query, year_id, select(LedgerEntry)).order_by(order, tie)
    if query.offset:
        stmt = stmt.offset(max(0, query.offset))
    if query.limit is not None:
        stmt = stmt.limit(max(0, query.limit))
    return stmt


def count_query(query: LedgerQuery, year_id: int) -> Select[Any]:
    return _filtered(query, year_id, select(func.count()).select_from(LedgerEntry))
