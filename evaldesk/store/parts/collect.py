"""store.collect: what makes a data folder a receiving office, its units, the keys bound to
them, and the decisions it takes where the source leaves them to the assessing office.

Every write is audited; nothing is deleted (a unit taken off the list keeps its row). Once a
head approved the office's year (the results), it is locked like any office's year.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evaldesk.errors import InputError, NotFound
from evaldesk.messages import Message, msg
from evaldesk.store import jsonval
from evaldesk.store.clock import now_iso
from evaldesk.store.locks import YEAR, ensure_unlocked
from evaldesk.store.models import CollectDecision, CollectOffice, CollectUnit, CollectUnitKey
from evaldesk.store.parts.base import Part, year_row
from evaldesk.store.records_collect import UnitRec
from evaldesk.store.tx import Tx

OFFICE_ID = 1


def receiving_year(s: Session) -> int | None:
    row = s.get(CollectOffice, OFFICE_ID)
    return None if row is None else int(row.year)


def ensure_open(s: Session, what: Message) -> None:
    """Refuse a change once a head approved (locked) the receiving office's year."""
    year = receiving_year(s)
    if year is None:
        raise NotFound(msg("collect.store.not_receiving"))
    ensure_unlocked(s, year_row(s, year).id, year, [YEAR], what)


class CollectPart(Part):
    # ------------------------------------------------------------------ the office kind

    def year(self) -> int | None:
        """The year this office receives, or None when it is not a receiving office."""
        with self._store.read() as s:
            return receiving_year(s)

    def create(self, tx: Tx, year: int) -> None:
        s = tx.session
        if s.get(CollectOffice, OFFICE_ID) is not None:
            raise InputError(msg("collect.store.already_receiving"))
        year_row(s, year)  # the year and its rubric copy must exist
        row = CollectOffice(id=OFFICE_ID, year=year, created_at=now_iso(), created_by=tx.actor)
        s.add(row)
        tx.log("collect.office", "collect_office", OFFICE_ID, None, {"year": year})

    # ------------------------------------------------------------------ units

    def units(self, *, removed: bool = False) -> list[UnitRec]:
        with self._store.read() as s:
            query = select(CollectUnit).order_by(CollectUnit.position, CollectUnit.id)
            if not removed:
                query = query.where(CollectUnit.removed_at.is_(None))
            return [UnitRec.of(r) for r in s.scalars(query)]

    def add_unit(self, tx: Tx, code: str, name: str, rubric_unit: str | None) -> UnitRec:
        s = tx.session
        ensure_open(s, msg("collect.store.what_units"))
        if s.scalar(select(CollectUnit.id).where(CollectUnit.code == code)) is not None:
            raise InputError(msg("collect.store.unit_exists", code=code))
        position = int(s.scalar(select(func.max(CollectUnit.position))) or 0) + 1
        row = CollectUnit(
            code=code,
            name=name,
            rubric_unit=rubric_unit,
            position=position,
            added_at=now_iso(),
            added_by=tx.actor,
        )
        s.add(row)
        s.flush()
        rec = UnitRec.of(row)
        tx.log("collect.unit.add", "collect_unit", code, None, rec.audit())
        return rec

    def _unit(self, s: Session, code: str) -> CollectUnit:
        row = s.scalar(select(CollectUnit).where(CollectUnit.code == code))
        if row is None:
            raise NotFound(msg("collect.store.no_unit", code=code))
        return row

    def update_unit(self, tx: Tx, code: str, **changes: Any) -> UnitRec:
        s = tx.session
        ensure_open(s, msg("collect.store.what_units"))
        row = self._unit(s, code)
        old = UnitRec.of(row).audit()
        for field in ("name", "rubric_unit", "position"):
            if field in changes:
                setattr(row, field, changes[field])
        rec = UnitRec.of(row)
        tx.log("collect.unit.update", "collect_unit", code, old, rec.audit())
        return rec

    def remove_unit(self, tx: Tx, code: str, reason: str) -> UnitRec:
        s = tx.session
        ensure_open(s, msg("collect.store.what_units"))
        row = self._unit(s, code)
        if row.removed_at is not None:
            raise InputError(msg("collect.store.unit_removed", code=code))
        old = UnitRec.of(row).audit()
        row.removed_at, row.removed_by, row.remove_reason = now_iso(), tx.actor, reason
        rec = UnitRec.of(row)
        tx.log("collect.unit.remove", "collect_unit", code, old, {**rec.audit(), "reason": reason})
        return rec

    def restore_unit(self, tx: Tx, code: str, reason: str) -> UnitRec:
        """Put a removed unit back on the list (the removal stays in the audit log)."""
        s = tx.session
        ensure_open(s, msg("collect.store.what_units"))
        row = self._unit(s, code)
        if row.removed_at is None:
            raise InputError(msg("collect.store.unit_on_list", code=code))
        old = UnitRec.of(row).audit()
        row.removed_at, row.removed_by, row.remove_reason = None, None, None
        rec = UnitRec.of(row)
        tx.log("collect.unit.restore", "collect_unit", code, old, {**rec.audit(), "reason": reason})
        return rec

    # ------------------------------------------------------------------ keys of units

    def unit_keys(self) -> dict[str, str]:
        """Fingerprint (64 hex) -> the unit code it is bound to."""
        with self._store.read() as s:
            return {r.fingerprint: r.unit_code for r in s.scalars(select(CollectUnitKey))}

    def bind_key(self, tx: Tx, unit_code: str, fingerprint: str) -> None:
        s = tx.session
        self._unit(s, unit_code)
        known = s.scalar(select(CollectUnitKey).where(CollectUnitKey.fingerprint == fingerprint))
        if known is not None:
            if known.unit_code != unit_code:
                raise InputError(
                    msg("collect.store.key_bound", fingerprint=fingerprint, unit=known.unit_code)
                )
            return
        s.add(
            CollectUnitKey(
                unit_code=unit_code, fingerprint=fingerprint, bound_at=now_iso(), bound_by=tx.actor
            )
        )
        tx.log(
            "collect.key.bind",
            "collect_unit_key",
            fingerprint,
            None,
            {"unit_code": unit_code, "fingerprint": fingerprint},
        )

    # ------------------------------------------------------------------ decisions

    def decisions(self) -> dict[str, tuple[Any, str]]:
        """key -> (value, reason) of the decisions in force."""
        with self._store.read() as s:
            return {
                r.key: (jsonval.loads(r.value), r.reason)
                for r in s.scalars(select(CollectDecision))
                if r.value is not None
            }

    def decide(self, tx: Tx, key: str, value: Any, reason: str) -> None:
        s = tx.session
        ensure_open(s, msg("collect.store.what_decision"))
        row = s.get(CollectDecision, key)
        old = None if row is None else {"value": jsonval.loads(row.value) if row.value else None}
        text = None if value is None else jsonval.dumps(value)
        if row is None:
            row = CollectDecision(key=key, value=text, reason=reason, set_at="", set_by="")
            s.add(row)
        row.value, row.reason, row.set_at, row.set_by = text, reason, now_iso(), tx.actor
        new = {"value": value, "reason": reason}
        tx.log("collect.decide", "collect_decision", key, old, new)
