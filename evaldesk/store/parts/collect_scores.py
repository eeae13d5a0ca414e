"""store.collect_scores: what people at the receiving office enter about the units: reviewers'
scores per item (初评 / 审定, each with its reason) and the voters' paper ballots.

A review cell keeps its latest value (the audit log keeps every earlier one); a ballot is
replaced by the voter's corrected ballot or withdrawn with a reason, never deleted.
"""

from __future__ import annotations

from sqlalchemy import select

from evaldesk.errors import InputError, NotFound
from evaldesk.messages import msg
from evaldesk.store import jsonval
from evaldesk.store.clock import now_iso
from evaldesk.store.models import CollectBallot, CollectReview
from evaldesk.store.parts.base import Part
from evaldesk.store.parts.collect import ensure_open
from evaldesk.store.records_collect import BallotRec, ReviewRec
from evaldesk.store.tx import Tx

REVIEW_KINDS = ("initial", "final")


def review_key(unit_code: str, item_code: str, kind: str) -> str:
    return f"{unit_code}/{item_code}/{kind}"


class CollectScoresPart(Part):
    # ------------------------------------------------------------------ reviewers' scores

    def reviews(self) -> list[ReviewRec]:
        with self._store.read() as s:
            rows = s.scalars(select(CollectReview).order_by(CollectReview.id))
            return [ReviewRec.of(r) for r in rows]

    def set_review(
        self,
        tx: Tx,
        unit_code: str,
        item_code: str,
        kind: str,
        value: str | None,
        reason: str,
        *,
        undo: bool = False,  # recorded as the undo of the score's last change
    ) -> ReviewRec:
        if kind not in REVIEW_KINDS:
            raise InputError(msg("collect.store.review_kind", kind=kind))
        s = tx.session
        ensure_open(s, msg("collect.store.what_review"))
        row = s.scalar(
            select(CollectReview).where(
                CollectReview.unit_code == unit_code,
                CollectReview.item_code == item_code,
                CollectReview.kind == kind,
            )
        )
        old = None if row is None else {"value": row.value, "reason": row.reason}
        if row is None:
            row = CollectReview(
                unit_code=unit_code, item_code=item_code, kind=kind, updated_at="", updated_by=""
            )
            s.add(row)
        row.value, row.reason = value, reason
        row.updated_at, row.updated_by = now_iso(), tx.actor
        s.flush()
        tx.log(
            "collect.review.undo" if undo else "collect.review",
            "collect_review",
            review_key(unit_code, item_code, kind),
            old,
            {"value": value, "reason": reason},
        )
        return ReviewRec.of(row)

    # ------------------------------------------------------------------ ballots

    def ballots(self, sheet: str | None = None, *, withdrawn: bool = False) -> list[BallotRec]:
        with self._store.read() as s:
            query = select(CollectBallot).order_by(CollectBallot.id)
            if sheet is not None:
                query = query.where(CollectBallot.sheet == sheet)
            if not withdrawn:
                query = query.where(CollectBallot.withdrawn_at.is_(None))
            return [BallotRec.of(r) for r in s.scalars(query)]

    def put_ballot(
        self, tx: Tx, sheet: str, voter: str, grades: dict[str, str], note: str
    ) -> BallotRec:
        """Enter a voter's ballot on a sheet; a ballot the voter already has there is replaced
        (the audit row keeps the one it replaces)."""
        s = tx.session
        ensure_open(s, msg("collect.store.what_ballot"))
        row = s.scalar(
            select(CollectBallot).where(
                CollectBallot.sheet == sheet,
                CollectBallot.voter == voter,
                CollectBallot.withdrawn_at.is_(None),
            )
        )
        old = None if row is None else BallotRec.of(row).audit()
        if row is None:
            row = CollectBallot(sheet=sheet, voter=voter, grades="{}", entered_at="", entered_by="")
            s.add(row)
        row.grades, row.note = jsonval.dumps(grades), note
        row.entered_at, row.entered_by = now_iso(), tx.actor
        s.flush()
        rec = BallotRec.of(row)
        tx.log("collect.ballot", "collect_ballot", row.id, old, rec.audit())
        return rec

    def withdraw_ballot(self, tx: Tx, ballot_id: int, reason: str) -> BallotRec:
        s = tx.session
        ensure_open(s, msg("collect.store.what_ballot"))
        row = s.get(CollectBallot, ballot_id)
        if row is None or row.withdrawn_at is not None:
            raise NotFound(msg("collect.store.no_ballot", id=ballot_id))
        old = BallotRec.of(row).audit()
        row.withdrawn_at, row.withdrawn_by, row.withdraw_reason = now_iso(), tx.actor, reason
        rec = BallotRec.of(row)
        tx.log(
            "collect.ballot.withdraw",
            "collect_ballot",
            row.id,
            old,
            {**rec.audit(), "reason": reason},
        )
        return rec
