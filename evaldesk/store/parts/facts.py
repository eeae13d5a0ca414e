"""store.facts: recorded facts of a year (ticks, values, review scores, form cells).

Values are JSON as described in evaldesk/store/models/facts.py. Facts are annual, so only an
approved year locks them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from evaldesk.errors import InputError
from evaldesk.messages import msg
from evaldesk.store import jsonval
from evaldesk.store.changes import FactChange
from evaldesk.store.clock import now_iso
from evaldesk.store.locks import YEAR, ensure_unlocked
from evaldesk.store.models import FACT_SCOPES, FactRow
from evaldesk.store.parts.base import Part, year_row
from evaldesk.store.tx import Tx


@dataclass(frozen=True, slots=True)
class FactValue:
    scope: str
    code: str
    key: str
    value: Any
    updated_at: str
    updated_by: str


def fact_id(year: int, scope: str, code: str, key: str) -> str:
    return f"{year}/{scope}/{code}/{key}"


def _one(year_id: int, scope: str, code: str, key: str) -> Select[FactRow]:
    return select(FactRow).where(
        FactRow.year_id == year_id,
        FactRow.scope == scope,
        FactRow.code == code,
        FactRow.key == key,
    )


def fact_rows(s: Session, year_id: int) -> list[FactValue]:
    rows = s.scalars(select(FactRow).where(FactRow.year_id == year_id).order_by(FactRow.id))
    return [
        FactValue(r.scope, r.code, r.key, jsonval.loads(r.value), r.updated_at, r.updated_by)
        for r in rows
    ]


class FactsPart(Part):
    def rows(self, year: int) -> list[FactValue]:
        with self._store.read() as s:
            return fact_rows(s, year_row(s, year).id)

    def get(self, year: int, scope: str, code: str, key: str) -> FactValue | None:
        """One fact (what the undo of an edit restores), read alone: a tick should not read
        and parse every fact of the year."""
        with self._store.read() as s:
            row = s.scalar(_one(year_row(s, year).id, scope, code, key))
            if row is None:
                return None
            return FactValue(
                row.scope,
                row.code,
                row.key,
                jsonval.loads(row.value),
                row.updated_at,
                row.updated_by,
            )

    def set(
        self, tx: Tx, year: int, scope: str, code: str, key: str, value: Any | None
    ) -> tuple[Any, Any]:
        """Set (or with ``None`` clear) one fact; returns (old value, new value)."""
        return self.update(tx, year, scope, code, key, lambda _old: value)

    def update(
        self,
        tx: Tx,
        year: int,
        scope: str,
        code: str,
        key: str,
        merge: Callable[[Any | None], Any | None],
    ) -> tuple[Any, Any]:
        """Read one fact, ``merge(old) -> new``, write it: all in ``tx``, with one read of the
        row. ``merge`` sees the stored value (None when there is none); returning None clears."""
        if scope not in FACT_SCOPES:
            raise InputError(msg("facts.unknown_scope", scope=scope, scopes=list(FACT_SCOPES)))
        s = tx.session
        yr = year_row(s, year)
        ensure_unlocked(s, yr.id, year, [YEAR], msg("lock.what.facts"))
        row = s.scalar(_one(yr.id, scope, code, key))
        old = None if row is None else jsonval.loads(row.value)
        value = merge(old)
        if value is None:
            if row is not None:
                s.delete(row)
        else:
            text = jsonval.dumps(value)
            if row is None:
                s.add(
                    FactRow(
                        year_id=yr.id,
                        scope=scope,
                        code=code,
                        key=key,
                        value=text,
                        updated_at=now_iso(),
                        updated_by=tx.actor,
                    )
                )
            else:
                row.value = text
                row.updated_at = now_iso()
                row.updated_by = tx.actor
            value = jsonval.loads(text)  # what is stored, exactly
        if old != value:
            ident = {"year": year, "scope": scope, "code": code, "key": key}
            tx.log(
                "fact.set" if value is not None else "fact.clear",
                "fact",
                fact_id(year, scope, code, key),
                None if old is None else {**ident, "value": old},
                None if value is None else {**ident, "value": value},
            )
            tx.facts.append(FactChange(year, scope, code, key, old, value))
        return old, value
