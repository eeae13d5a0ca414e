"""Approve (and so lock) a quarter or the year; unlock with a reason. Heads only.

Before the head approves the full year, :func:`open_points` lists what is still open: items
not assessed (未评估), items lacking required evidence, review comments not resolved and
suggested (unconfirmed) interpretations. The head may approve all the same, knowingly; the
package then records the approval and those comments (evaldesk.export.approval).
"""

from __future__ import annotations

from dataclasses import dataclass

from evaldesk.export.approval import ApprovalMark, Review, ReviewComment, suggested
from evaldesk.scoring.report import InterpretationUse, ScoreReport
from evaldesk.services.actor import Actor
from evaldesk.services.roles import require
from evaldesk.store import ApprovalRec, CommentRec, Store

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


@dataclass(frozen=True, slots=True)
class ItemRef:
    code: str
    title: str


@dataclass(frozen=True, slots=True)
class OpenPoints:
    """What is still open in a year, listed before the head approves it."""

    unassessed: tuple[ItemRef, ...] = ()
    missing_evidence: tuple[ItemRef, ...] = ()
    open_comments: tuple[CommentRec, ...] = ()
    suggested: tuple[InterpretationUse, ...] = ()

    @property
    def count(self) -> int:
        return (
            len(self.unassessed)
            + len(self.missing_evidence)
            + len(self.open_comments)
            + len(self.suggested)
        )

    @property
    def empty(self) -> bool:
        return self.count == 0


def open_points(store: Store, year: int, report: ScoreReport | None = None) -> OpenPoints:
    """Items 未评估, items lacking required evidence, open review comments and suggested
    interpretations of ``year``. ``report``: the year's live score when the caller has it."""
    if report is None:
        from evaldesk.services.live import LiveScore

        with LiveScore(store, year) as live:
            report = live.score()
    items = report.items()
    return OpenPoints(
        unassessed=tuple(ItemRef(i.code, i.title) for i in items if i.status == "not_assessed"),
        missing_evidence=tuple(ItemRef(i.code, i.title) for i in items if i.missing_evidence),
        open_comments=tuple(c for c in store.comments.list(year) if not c.resolved),
        suggested=suggested(report),
    )


def review_record(store: Store, year: int) -> Review:
    """The year's approvals (lifted ones too) and review comments, as the package records them."""
    name = store.users.display_name
    marks = tuple(
        ApprovalMark(
            quarter=a.quarter,
            by=a.approved_by,
            name=name(a.approved_by),
            at=a.approved_at,
            comment=a.comment,
            unlocked_by=a.unlocked_by,
            unlocked_name=name(a.unlocked_by) if a.unlocked_by else None,
            unlocked_at=a.unlocked_at,
            unlock_reason=a.unlock_reason,
        )
        for a in store.approvals.history(year)
    )
    comments = tuple(
        ReviewComment(
            id=c.id,
            item_code=c.item_code,
            text=c.text,
            by=c.author,
            name=name(c.author),
            at=c.created_at,
            resolved_by=c.resolved_by,
            resolved_name=name(c.resolved_by) if c.resolved_by else None,
            resolved_at=c.resolved_at,
        )
        for c in store.comments.list(year)
    )
    return Review(marks, comments)
