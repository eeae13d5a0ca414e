"""store.years: assessment years, each pinned to a copy of its rubric, with its four quarters."""

from __future__ import annotations

from sqlalchemy import select

from evaldesk.errors import InputError, NotFound
from evaldesk.messages import msg
from evaldesk.store.clock import now_iso
from evaldesk.store.dates import dispatch_due
from evaldesk.store.models import DispatchRecord, Year
from evaldesk.store.parts.base import Part, year_row
from evaldesk.store.parts.office import OFFICE_ID
from evaldesk.store.records import YearRec
from evaldesk.store.tx import Tx


class YearsPart(Part):
    def list(self) -> list[YearRec]:
        with self._store.read() as s:
            return [YearRec.of(r) for r in s.scalars(select(Year).order_by(Year.year))]

    def get(self, year: int) -> YearRec:
        with self._store.read() as s:
            return YearRec.of(year_row(s, year))

    def latest(self) -> YearRec:
        years = self.list()
        if not years:
            raise NotFound(msg("years.none"))
        return years[-1]

    def rubric_text(self, year: int) -> str:
        """The rubric exactly as it was when the year was created (what it is scored with)."""
        with self._store.read() as s:
            return year_row(s, year).rubric_text

    def pinned_digest(self, tx: Tx, year: int) -> str:
        """Inside a write: the SHA-256 of the rubric copy ``year`` is scored with."""
        digest = tx.session.scalar(select(Year.rubric_sha256).where(Year.year == year))
        if digest is None:
            return year_row(tx.session, year).rubric_sha256  # raises NotFound, naming the years
        return str(digest)

    def pinned_text(self, tx: Tx, year: int) -> str:
        """Inside a write: the rubric copy ``year`` is scored with."""
        return year_row(tx.session, year).rubric_text

    def create(
        self,
        tx: Tx,
        year: int,
        *,
        rubric_id: str,
        rubric_version: int,
        rubric_sha256: str,
        rubric_title: str,
        rubric_text: str,
    ) -> YearRec:
        if not 2000 <= year <= 2100:
            raise InputError(msg("years.implausible", year=year))
        if tx.session.scalar(select(Year.id).where(Year.year == year)) is not None:
            raise InputError(msg("years.exists", year=year))
        now = now_iso()
        row = Year(
            office_id=OFFICE_ID,
            year=year,
            rubric_id=rubric_id,
            rubric_version=rubric_version,
            rubric_sha256=rubric_sha256,
            rubric_title=rubric_title,
            rubric_text=rubric_text,
            created_at=now,
        )
        tx.session.add(row)
        tx.session.flush()
        for quarter in (1, 2, 3, 4):
            tx.session.add(
                DispatchRecord(
                    year_id=row.id,
                    quarter=quarter,
                    due_date=dispatch_due(year, quarter),
                    submitted_date=None,
                    progress="{}",
                    note="",
                    updated_at=now,
                    updated_by=tx.actor,
                )
            )
        rec = YearRec.of(row)
        tx.log(
            "year.create",
            "year",
            year,
            None,
            {
                "year": year,
                "rubric_id": rubric_id,
                "rubric_version": rubric_version,
                "rubric_sha256": rubric_sha256,
            },
        )
        return rec
