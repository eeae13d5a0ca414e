"""store.office: the office profile (one row)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from evaldesk.errors import InputError, NotFound
from evaldesk.messages import msg
from evaldesk.store.clock import now_iso
from evaldesk.store.models import Office
from evaldesk.store.parts.base import Part
from evaldesk.store.records import OfficeRec, snapshot
from evaldesk.store.tx import Tx

OFFICE_ID = 1


class OfficePart(Part):
    def get(self) -> OfficeRec | None:
        with self._store.read() as s:
            row = s.get(Office, OFFICE_ID)
            return None if row is None else OfficeRec.of(row)

    def require(self) -> OfficeRec:
        found = self.get()
        if found is None:
            raise NotFound(msg("office.none"))
        return found

    def create(self, tx: Tx, profile: OfficeRec) -> OfficeRec:
        if tx.session.get(Office, OFFICE_ID) is not None:
            raise InputError(msg("office.exists"))
        now = now_iso()
        tx.session.add(
            Office(
                id=OFFICE_ID,
                name=profile.name,
                unit=profile.unit,
                region=profile.region,
                contact=profile.contact,
                created_at=now,
                updated_at=now,
            )
        )
        tx.log("office.create", "office", OFFICE_ID, None, snapshot(profile))
        return profile

    def update(self, tx: Tx, **changes: str | None) -> OfficeRec:
        row = tx.session.scalar(select(Office).where(Office.id == OFFICE_ID))
        if row is None:
            raise NotFound(msg("office.none"))
        old = OfficeRec.of(row)
        new = replace(old, **changes)  # type: ignore[arg-type]
        row.name, row.unit, row.region, row.contact = new.name, new.unit, new.region, new.contact
        row.updated_at = now_iso()
        tx.log("office.update", "office", OFFICE_ID, snapshot(old), snapshot(new))
        return new
