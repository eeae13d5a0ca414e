"""store.ledger: ledger entries. Entries are never deleted: a mistaken one is cancelled."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from evaldesk.errors import InputError, NotFound
from evaldesk.messages import msg
from evaldesk.store import search_index
from evaldesk.store.clock import now_iso
from evaldesk.store.ledger_query import LedgerQuery, count_query, index_worth_it, search_queries
from evaldesk.store.locks import ensure_ledger_change
from evaldesk.store.models import LedgerEntry, Year
from evaldesk.store.parts.base import Part, year_row
from evaldesk.store.records import LedgerRec
from evaldesk.store.tx import Tx

if TYPE_CHECKING:
    from evaldesk.store.store import Store


@dataclass(frozen=True, slots=True)
class LedgerFields:
    """What a person enters for an entry (validated by evaldesk.services.ledger_rules)."""

    source: str
    title: str
    received_date: date
    deadline: date
    description: str = ""
    responsible: str = ""
    status: str = "open"
    done_date: date | None = None
    item_code: str | None = None
    repeats_yearly: bool = False


EDITABLE = frozenset(f.name for f in fields(LedgerFields))


class LedgerPart(Part):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        #: Search text -> whether the trigram index is worth using for it (see ledger_query).
        self._plans: dict[str, bool] = {}

    def get(self, entry_id: int) -> LedgerRec:
        with self._store.read() as s:
            return self._get(s, entry_id)

    @staticmethod
    def _get(s: Any, entry_id: int) -> LedgerRec:
        found = s.execute(
            select(LedgerEntry, Year.year)
            .join(Year, Year.id == LedgerEntry.year_id)
            .where(LedgerEntry.id == entry_id)
        ).first()
        if found is None:
            raise NotFound(msg("ledger.no_entry", id=entry_id))
        return LedgerRec.of(found[0], found[1])

    def search(self, query: LedgerQuery) -> list[LedgerRec]:
        """One page of entries, filtered and sorted in SQL (at an offset, or after a row)."""
        with self._store.read() as s:
            yr = year_row(s, query.year)
            found: list[LedgerRec] = []
            by_index = self._text_index(s, query.text)
            for stmt in search_queries(query, yr.id, text_index=by_index):
                if query.limit is not None:
                    if len(found) >= query.limit:
                        break
                    stmt = stmt.limit(query.limit - len(found))
                found.extend(LedgerRec.of(r, query.year) for r in s.scalars(stmt))
            return found

    def count(self, query: LedgerQuery) -> int:
        with self._store.read() as s:
            yr = year_row(s, query.year)
            by_index = self._text_index(s, query.text)
            return int(s.scalar(count_query(query, yr.id, text_index=by_index)) or 0)

    def uses_text_index(self, text: str) -> bool:
        """Whether a search for ``text`` goes through the FTS5 trigram index now."""
        with self._store.read() as s:
            return self._text_index(s, text)

    def _text_index(self, s: Any, text: str) -> bool:
        text = text.strip()
        if not text or not self._store.text_index:
            return False
        known = self._plans.get(text)
        if known is None:
            conn = s.connection()
            known = index_worth_it(text, lambda cap: search_index.probe(conn, text, cap))
            if len(self._plans) >= 256:
                self._plans.clear()
            # Only a matter of speed: a choice made before later writes stays correct.
            self._plans[text] = known
        return known

    def total(self, year: int) -> int:
        with self._store.read() as s:
            yr = year_row(s, year)
            return int(s.scalar(select(func.count()).where(LedgerEntry.year_id == yr.id)) or 0)

    def add(self, tx: Tx, year: int, entry: LedgerFields) -> LedgerRec:
        s = tx.session
        yr = year_row(s, year)
        what = (
            msg("lock.what.entry_add")
            if entry.received_date.year == year
            else msg("lock.what.entry_add_year")
        )
        ensure_ledger_change(s, yr.id, year, None, {"received_date": entry.received_date}, what)
        now = now_iso()
        row = LedgerEntry(
            year_id=yr.id,
            source=entry.source,
            title=entry.title,
            description=entry.description,
            responsible=entry.responsible,
            received_date=entry.received_date,
            deadline=entry.deadline,
            status=entry.status,
            done_date=entry.done_date,
            item_code=entry.item_code,
            repeats_yearly=entry.repeats_yearly,
            created_at=now,
            created_by=tx.actor,
            updated_at=now,
            updated_by=tx.actor,
        )
        s.add(row)
        s.flush()
        rec = LedgerRec.of(row, year)
        tx.log("ledger.add", "ledger_entry", row.id, None, rec.audit_data())
        return rec

    def update(self, tx: Tx, entry_id: int, changes: dict[str, Any]) -> tuple[LedgerRec, LedgerRec]:
        """Apply ``changes`` (field -> new value); returns (old, new)."""
        unknown = set(changes) - EDITABLE
        if unknown:
            raise InputError(msg("ledger.no_such_fields", fields=sorted(unknown)))
        s = tx.session
        row = s.get(LedgerEntry, entry_id)
        if row is None:
            raise NotFound(msg("ledger.no_entry", id=entry_id))
        yr = s.get(Year, row.year_id)
        assert yr is not None
        old = LedgerRec.of(row, yr.year)
        changed = {k for k, v in changes.items() if getattr(row, k) != v}
        if not changed:
            return old, old
        before = old.audit_data()
        after = {**before, **{k: changes[k] for k in changed}}
        what = msg("lock.what.entry_change", id=entry_id)
        ensure_ledger_change(s, yr.id, yr.year, before, after, what)
        for key in changed:
            setattr(row, key, changes[key])
        row.updated_at = now_iso()
        row.updated_by = tx.actor
        s.flush()
        new = LedgerRec.of(row, yr.year)
        tx.log("ledger.update", "ledger_entry", entry_id, old.audit_data(), new.audit_data())
        return old, new
