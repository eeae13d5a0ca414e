"""store.dispatch: the four quarterly dispatch records of a year (created with the year)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from evaldesk.errors import InputError, NotFound
from evaldesk.messages import msg
from evaldesk.store import jsonval
from evaldesk.store.clock import now_iso
from evaldesk.store.locks import ensure_unlocked
from evaldesk.store.models import DispatchRecord, Year
from evaldesk.store.parts.base import Part, year_row
from evaldesk.store.records import DispatchRec, snapshot
from evaldesk.store.tx import Tx


class DispatchPart(Part):
    def list(self, year: int) -> list[DispatchRec]:
        with self._store.read() as s:
            yr = year_row(s, year)
            rows = s.scalars(
                select(DispatchRecord)
                .where(DispatchRecord.year_id == yr.id)
                .order_by(DispatchRecord.quarter)
            )
            return [DispatchRec.of(r, year) for r in rows]

    def get(self, year: int, quarter: int) -> DispatchRec:
        for rec in self.list(year):
            if rec.quarter == quarter:
                return rec
        raise NotFound(msg("dispatch.no_record", quarter=quarter, year=year))

    def by_id(self, dispatch_id: int) -> DispatchRec:
        with self._store.read() as s:
            row = s.get(DispatchRecord, dispatch_id)
            if row is None:
                raise NotFound(msg("dispatch.no_record_id", id=dispatch_id))
            yr = s.get(Year, row.year_id)
            assert yr is not None
            return DispatchRec.of(row, yr.year)

    def update(
        self,
        tx: Tx,
        year: int,
        quarter: int,
        *,
        submitted_date: date | None,
        progress: dict[str, str],
        note: str,
    ) -> tuple[DispatchRec, DispatchRec]:
        if quarter not in (1, 2, 3, 4):
            raise InputError(msg("dispatch.bad_quarter", quarter=quarter))
        s = tx.session
        yr = year_row(s, year)
        ensure_unlocked(s, yr.id, year, [quarter], msg("lock.what.dispatch", quarter=quarter))
        row = s.scalar(
            select(DispatchRecord).where(
                DispatchRecord.year_id == yr.id, DispatchRecord.quarter == quarter
            )
        )
        if row is None:
            raise NotFound(msg("dispatch.no_record", quarter=quarter, year=year))
        old = DispatchRec.of(row, year)
        row.submitted_date = submitted_date
        row.progress = jsonval.dumps(progress)
        row.note = note
        row.updated_at = now_iso()
        row.updated_by = tx.actor
        new = DispatchRec.of(row, year)
        if new != old:
            tx.log("dispatch.update", "dispatch", row.id, snapshot(old), snapshot(new))
        return old, new
