"""Review: the head's comments per item, and reviewers' scores (初评分 / 审定分) per item."""

from __future__ import annotations

from decimal import Decimal

from evaldesk.errors import InputError
from evaldesk.messages import Origin, msg
from evaldesk.services.actor import Actor
from evaldesk.services.facts import _decimal_text
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric
from evaldesk.services.validation import unknown_item_message
from evaldesk.store import CommentRec, Store
from evaldesk.store.changes import Changes


def add_comment(store: Store, actor: Actor, year: int, item_code: str, text: str) -> CommentRec:
    require(actor, "review.comment")
    rubric = year_rubric(store, year).rubric
    if rubric.item(item_code) is None:
        raise InputError(unknown_item_message(item_code, rubric))
    with store.write(actor.name) as tx:
        return store.comments.add(tx, year, item_code, text)


def comments(store: Store, year: int, item_code: str | None = None) -> list[CommentRec]:
    return store.comments.list(year, item_code)


def resolve_comment(
    store: Store, actor: Actor, year: int, comment_id: int, resolved: bool = True
) -> CommentRec:
    """Mark a review comment resolved (整改完成), or open again; heads only, refused once the
    year is approved (the package shows which comments the approval left open)."""
    require(actor, "review.comment")
    with store.write(actor.name) as tx:
        return store.comments.set_resolved(tx, year, comment_id, resolved)


def open_comments(store: Store, year: int) -> list[CommentRec]:
    return [c for c in store.comments.list(year) if not c.resolved]


def set_review_score(
    store: Store,
    actor: Actor,
    year: int,
    item_code: str,
    column: str,
    value: Decimal | str | None,
) -> Changes:
    """A reviewer's score for an item: column ``initial`` (初评分) or ``final`` (审定分)."""
    require(actor, "review.scores")
    rubric = year_rubric(store, year).rubric
    item = rubric.item(item_code)
    if item is None:
        raise InputError(unknown_item_message(item_code, rubric))
    known = {c.id for c in rubric.columns} - {"self"}
    if column not in known:
        labels = [c.label for c in rubric.columns if c.id != "self"]
        raise InputError(
            msg(
                "review.no_column",
                rubric=rubric.id,
                column=column,
                labels=labels or msg("services.none"),
            )
        )
    text = _decimal_text(value, f"{item_code} {column}")
    if text is not None and item.points is not None and Decimal(text) > item.points:
        raise InputError(
            msg(
                "review.score_too_high",
                Origin(item=item_code),
                code=item_code,
                score=text,
                points=item.points,
            )
        )
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, "review", item_code, column, text)
    return tx.changes()
