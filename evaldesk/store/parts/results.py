"""store.results: on a unit's side, the result packages its receiving office sent back.

Written once per imported result package (verified, its issuer's key pinned), never changed;
a later one for the same year supersedes it by its signed issue time, and both are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from evaldesk.errors import InputError
from evaldesk.messages import msg
from evaldesk.store import jsonval
from evaldesk.store.clock import now_iso
from evaldesk.store.models import ReceivedResult
from evaldesk.store.parts.base import Part, year_row
from evaldesk.store.records_collect import ResultRec
from evaldesk.store.tx import Tx


@dataclass(frozen=True, slots=True)
class NewResult:
    year: int
    package_id: str
    content_sha256: str
    issuer: str
    fingerprint: str
    issued_order: str
    final_score: str | None
    grade: str | None
    result: dict[str, Any]
    report_sha256: str | None


class ResultsPart(Part):
    def all(self, year: int | None = None) -> list[ResultRec]:
        with self._store.read() as s:
            query = select(ReceivedResult).order_by(
                ReceivedResult.year, ReceivedResult.issued_order, ReceivedResult.id
            )
            if year is not None:
                query = query.where(ReceivedResult.year == year)
            return [ResultRec.of(r) for r in s.scalars(query)]

    def latest(self, year: int) -> ResultRec | None:
        found = self.all(year)
        return found[-1] if found else None

    def add(self, tx: Tx, new: NewResult) -> ResultRec:
        s = tx.session
        year_row(s, new.year)  # a result for a year this office does not keep is refused
        taken = s.scalar(
            select(ReceivedResult.id).where(ReceivedResult.content_sha256 == new.content_sha256)
        )
        if taken is not None:
            raise InputError(msg("results.store.duplicate", package_id=new.package_id))
        row = ReceivedResult(
            year=new.year,
            package_id=new.package_id,
            content_sha256=new.content_sha256,
            issuer=new.issuer,
            fingerprint=new.fingerprint,
            issued_order=new.issued_order,
            final_score=new.final_score,
            grade=new.grade,
            result=jsonval.dumps(new.result),
            report_sha256=new.report_sha256,
            imported_at=now_iso(),
            imported_by=tx.actor,
        )
        s.add(row)
        s.flush()
        rec = ResultRec.of(row)
        tx.log("results.import", "received_result", row.id, None, rec.audit())
        return rec
