"""store.evidence: evidence records, their files (store.blobs) and their links."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evaldesk.errors import InputError, NotFound
from evaldesk.messages import Message, msg
from evaldesk.store.clock import now_iso
from evaldesk.store.locks import YEAR, ensure_attachable, ensure_unlocked
from evaldesk.store.models import DispatchRecord, Evidence, EvidenceLink, LedgerEntry, Year
from evaldesk.store.names import clean_original_name
from evaldesk.store.parts.base import Part, year_row
from evaldesk.store.records import EvidenceRec, LinkRec, snapshot
from evaldesk.store.tx import Tx


def _links(s: Session, evidence_id: int) -> tuple[LinkRec, ...]:
    rows = s.scalars(
        select(EvidenceLink)
        .where(EvidenceLink.evidence_id == evidence_id)
        .order_by(EvidenceLink.id)
    )
    return tuple(LinkRec.of(r) for r in rows)


def _rec(s: Session, row: Evidence) -> EvidenceRec:
    yr = s.get(Year, row.year_id)
    assert yr is not None
    return EvidenceRec.of(row, yr.year, _links(s, row.id))


def _audit(rec: EvidenceRec) -> dict[str, object]:
    data = snapshot(rec)
    data["links"] = [link.target for link in rec.links]
    return data


class EvidencePart(Part):
    def get(self, evidence_id: int) -> EvidenceRec:
        with self._store.read() as s:
            row = s.get(Evidence, evidence_id)
            if row is None:
                raise NotFound(msg("evidence_rec.no_such", id=evidence_id))
            return _rec(s, row)

    def list(
        self,
        year: int,
        *,
        link: LinkRec | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[EvidenceRec]:
        """Evidence of a year, optionally only that linked to one item, entry or record."""
        with self._store.read() as s:
            yr = year_row(s, year)
            query = select(Evidence).where(Evidence.year_id == yr.id)
            if link is not None:
                query = query.where(
                    Evidence.id.in_(
                        select(EvidenceLink.evidence_id).where(EvidenceLink.target == link.target)
                    )
                )
            query = query.order_by(Evidence.id).offset(offset)
            if limit is not None:
                query = query.limit(limit)
            return [_rec(s, row) for row in s.scalars(query)]

    def count(self, year: int) -> int:
        with self._store.read() as s:
            yr = year_row(s, year)
            return int(s.scalar(select(func.count()).where(Evidence.year_id == yr.id)) or 0)

    def file_path(self, rec: EvidenceRec) -> Path:
        """Where the file is stored (read-only; its name is the hash, never the original name)."""
        return self._store.blobs.path(rec.sha256)

    def add(
        self,
        tx: Tx,
        year: int,
        *,
        sha256: str,
        size: int,
        mime: str,
        original_name: str,
        note: str = "",
        links: Sequence[LinkRec] = (),
    ) -> EvidenceRec:
        s = tx.session
        yr = year_row(s, year)
        ensure_unlocked(s, yr.id, year, [YEAR], msg("lock.what.evidence_add"))
        if not self._store.blobs.exists(sha256):
            raise InputError(msg("evidence_rec.no_file", sha=sha256[:12]))
        row = Evidence(
            year_id=yr.id,
            sha256=sha256,
            size=size,
            mime=mime,
            original_name=clean_original_name(original_name),
            note=note,
            added_at=now_iso(),
            added_by=tx.actor,
        )
        s.add(row)
        s.flush()
        for link in links:
            self._add_link(tx, row, yr, link)
        s.flush()
        rec = _rec(s, row)
        tx.log("evidence.add", "evidence", row.id, None, _audit(rec))
        return rec

    def check_attachable(self, year: int, links: Sequence[LinkRec]) -> None:
        """Raise Locked when new evidence with ``links`` would be refused (before copying it)."""
        with self._store.read() as s:
            yr = year_row(s, year)
            ensure_unlocked(s, yr.id, year, [YEAR], msg("lock.what.evidence_add"))
            for link in links:
                self._guard_link(s, yr, link, msg("lock.what.attach", target=link.label()))

    def _guard_link(self, s: Session, yr: Year, link: LinkRec, what: Message) -> None:
        if link.kind == "item":
            ensure_unlocked(s, yr.id, yr.year, [YEAR], what)
        elif link.kind == "ledger":
            entry = s.get(LedgerEntry, link.ledger_id)
            if entry is None or entry.year_id != yr.id:
                raise NotFound(msg("ledger.no_entry_in_year", id=link.ledger_id, year=yr.year))
            data = {"received_date": entry.received_date, "status": entry.status}
            ensure_attachable(s, yr.id, yr.year, data, what)
        elif link.kind == "dispatch":
            record = s.get(DispatchRecord, link.dispatch_id)
            if record is None or record.year_id != yr.id:
                raise NotFound(msg("dispatch.no_record_in_year", id=link.dispatch_id, year=yr.year))
            ensure_unlocked(s, yr.id, yr.year, [record.quarter], what)
        else:
            raise InputError(msg("evidence_rec.bad_link", kind=link.kind))

    def _add_link(self, tx: Tx, row: Evidence, yr: Year, link: LinkRec) -> None:
        s = tx.session
        self._guard_link(s, yr, link, msg("lock.what.attach", target=link.label()))
        exists = s.scalar(
            select(EvidenceLink.id).where(
                EvidenceLink.evidence_id == row.id, EvidenceLink.target == link.target
            )
        )
        if exists is not None:
            return
        s.add(
            EvidenceLink(
                evidence_id=row.id,
                kind=link.kind,
                target=link.target,
                item_code=link.item_code,
                ledger_id=link.ledger_id,
                dispatch_id=link.dispatch_id,
                created_at=now_iso(),
                created_by=tx.actor,
            )
        )

    def _row(self, s: Session, evidence_id: int) -> tuple[Evidence, Year]:
        row = s.get(Evidence, evidence_id)
        if row is None:
            raise NotFound(msg("evidence_rec.no_such", id=evidence_id))
        yr = s.get(Year, row.year_id)
        assert yr is not None
        return row, yr

    def link(self, tx: Tx, evidence_id: int, link: LinkRec) -> EvidenceRec:
        s = tx.session
        row, yr = self._row(s, evidence_id)
        old = _rec(s, row)
        self._add_link(tx, row, yr, link)
        s.flush()
        new = _rec(s, row)
        if new != old:
            tx.log("evidence.link", "evidence", row.id, _audit(old), _audit(new))
        return new

    def unlink(self, tx: Tx, evidence_id: int, link: LinkRec) -> EvidenceRec:
        s = tx.session
        row, yr = self._row(s, evidence_id)
        found = s.scalar(
            select(EvidenceLink).where(
                EvidenceLink.evidence_id == row.id, EvidenceLink.target == link.target
            )
        )
        if found is None:
            raise NotFound(msg("evidence_rec.not_attached", id=evidence_id, target=link.label()))
        self._guard_link(s, yr, link, msg("lock.what.detach", target=link.label()))
        old = _rec(s, row)
        s.delete(found)
        s.flush()
        new = _rec(s, row)
        tx.log("evidence.unlink", "evidence", row.id, _audit(old), _audit(new))
        return new

    def set_note(self, tx: Tx, evidence_id: int, note: str) -> EvidenceRec:
        s = tx.session
        row, yr = self._row(s, evidence_id)
        ensure_unlocked(s, yr.id, yr.year, [YEAR], msg("lock.what.evidence_note"))
        old = _rec(s, row)
        row.note = note
        new = _rec(s, row)
        if new != old:
            tx.log("evidence.note", "evidence", row.id, _audit(old), _audit(new))
        return new
