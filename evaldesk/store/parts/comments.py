"""store.comments: review comments per item (审核意见). A comment's text is kept, never
edited; a head marks it resolved, or open again. The year's approval locks both."""

from __future__ import annotations

from sqlalchemy import select

from evaldesk.errors import InputError
from evaldesk.messages import msg
from evaldesk.store.clock import now_iso
from evaldesk.store.locks import YEAR, ensure_unlocked
from evaldesk.store.models import Comment
from evaldesk.store.parts.base import Part, year_row
from evaldesk.store.records import CommentRec, snapshot
from evaldesk.store.tx import Tx


class CommentsPart(Part):
    def list(self, year: int, item_code: str | None = None) -> list[CommentRec]:
        with self._store.read() as s:
            yr = year_row(s, year)
            query = select(Comment).where(Comment.year_id == yr.id)
            if item_code is not None:
                query = query.where(Comment.item_code == item_code)
            return [CommentRec.of(r, year) for r in s.scalars(query.order_by(Comment.id))]

    def add(self, tx: Tx, year: int, item_code: str, text: str) -> CommentRec:
        if not text.strip():
            raise InputError(msg("comments.empty"))
        yr = year_row(tx.session, year)
        ensure_unlocked(tx.session, yr.id, year, [YEAR], msg("lock.what.comment"))
        row = Comment(
            year_id=yr.id,
            item_code=item_code,
            author=tx.actor,
            created_at=now_iso(),
            text=text.strip(),
        )
        tx.session.add(row)
        tx.session.flush()
        rec = CommentRec.of(row, year)
        tx.log("comment.add", "comment", row.id, None, snapshot(rec))
        return rec

    def set_resolved(self, tx: Tx, year: int, comment_id: int, resolved: bool) -> CommentRec:
        """Mark a comment resolved (by the acting head, now) or open again."""
        yr = year_row(tx.session, year)
        row = tx.session.get(Comment, comment_id)
        if row is None or row.year_id != yr.id:
            raise InputError(msg("comments.no_such", id=comment_id, year=year))
        ensure_unlocked(tx.session, yr.id, year, [YEAR], msg("lock.what.comment_state"))
        old = CommentRec.of(row, year)
        if old.resolved == resolved:
            return old
        row.resolved_by = tx.actor if resolved else None
        row.resolved_at = now_iso() if resolved else None
        new = CommentRec.of(row, year)
        action = "comment.resolve" if resolved else "comment.reopen"
        tx.log(action, "comment", row.id, snapshot(old), snapshot(new))
        return new
