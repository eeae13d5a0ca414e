"""Approve (and so lock) a quarter or the year; unlock with a reason. Heads only."""

from __future__ import annotations

from evaldesk.services.actor import Actor
from evaldesk.services.roles import require
from evaldesk.store import ApprovalRec, Store

WHOLE_YEAR = 0


def approve(store: Store, actor: Actor, year: int, quarter: int, comment: str = "") -> ApprovalRec:
    """``quarter`` 1-4, or 0 for the whole year."""
    require(actor, "approve")
    with store.write(actor.name) as tx:
        return store.approvals.approve(tx, year, quarter, comment.strip())


def unlock(store: Store, actor: Actor, year: int, quarter: int, reason: str) -> ApprovalRec:
    """Lift an approval; the reason and who did it go to the audit log."""
    require(actor, "unlock")
    with store.write(actor.name) as tx:
        return store.approvals.unlock(tx, year, quarter, reason)


def locked(store: Store, year: int) -> dict[int, ApprovalRec]:
    return store.approvals.locked(year)


def history(store: Store, year: int) -> list[ApprovalRec]:
    return store.approvals.history(year)
