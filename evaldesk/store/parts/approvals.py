"""store.approvals: approve (lock) and unlock a quarter or the year; the history is kept."""

from __future__ import annotations

from sqlalchemy import select

from evaldesk.errors import InputError
from evaldesk.messages import Message, msg
from evaldesk.store.clock import now_iso
from evaldesk.store.locks import YEAR, active_approvals
from evaldesk.store.models import Approval
from evaldesk.store.parts.base import Part, year_row
from evaldesk.store.records import ApprovalRec, snapshot
from evaldesk.store.tx import Tx


def scope_name(year: int, quarter: int) -> Message:
    if quarter == YEAR:
        return msg("lock.scope.year", year=year)
    return msg("lock.scope.quarter", year=year, quarter=quarter)


def _check_quarter(quarter: int) -> None:
    if quarter not in (0, 1, 2, 3, 4):
        raise InputError(msg("approvals.bad_quarter", quarter=quarter))


class ApprovalsPart(Part):
    def history(self, year: int) -> list[ApprovalRec]:
        with self._store.read() as s:
            yr = year_row(s, year)
            rows = s.scalars(
                select(Approval).where(Approval.year_id == yr.id).order_by(Approval.id)
            )
            return [ApprovalRec.of(r, year) for r in rows]

    def locked(self, year: int) -> dict[int, ApprovalRec]:
        """Active approvals by quarter (0 = the whole year)."""
        with self._store.read() as s:
            yr = year_row(s, year)
            return {q: ApprovalRec.of(a, year) for q, a in active_approvals(s, yr.id).items()}

    def approve(self, tx: Tx, year: int, quarter: int, comment: str = "") -> ApprovalRec:
        _check_quarter(quarter)
        s = tx.session
        yr = year_row(s, year)
        if quarter in active_approvals(s, yr.id):
            raise InputError(msg("approvals.already", scope=scope_name(year, quarter)))
        row = Approval(
            year_id=yr.id,
            quarter=quarter,
            approved_by=tx.actor,
            approved_at=now_iso(),
            comment=comment,
        )
        s.add(row)
        s.flush()
        rec = ApprovalRec.of(row, year)
        tx.log("approval.approve", "approval", row.id, None, snapshot(rec))
        return rec

    def unlock(self, tx: Tx, year: int, quarter: int, reason: str) -> ApprovalRec:
        _check_quarter(quarter)
        if not reason.strip():
            raise InputError(msg("approvals.unlock_reason"))
        s = tx.session
        yr = year_row(s, year)
        row = active_approvals(s, yr.id).get(quarter)
        if row is None:
            raise InputError(msg("approvals.not_approved", scope=scope_name(year, quarter)))
        old = ApprovalRec.of(row, year)
        row.unlocked_by = tx.actor
        row.unlocked_at = now_iso()
        row.unlock_reason = reason.strip()
        new = ApprovalRec.of(row, year)
        tx.log("approval.unlock", "approval", row.id, snapshot(old), snapshot(new))
        return new
