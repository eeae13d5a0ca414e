"""What people at the receiving office enter: reviewers' scores (初评 / 审定, each with its
reason), the voters' paper ballots as transcribed, and the decisions the source leaves to the
assessing office. Roles are checked here; every entry is audited; an approved (locked) year
refuses them all until a head unlocks it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from evaldesk.collect.ballots import Sheet, ballot_problems, sheets
from evaldesk.collect.office_rubric import QUOTA_DECISION, office_rubric, rule_key
from evaldesk.decimals import fmt_points
from evaldesk.errors import FactsError, InputError, NotFound
from evaldesk.messages import msg
from evaldesk.rubrics import model as m
from evaldesk.services.actor import Actor
from evaldesk.services.collect_setup import receiving_rubric
from evaldesk.services.form_values import parse_number
from evaldesk.services.roles import require
from evaldesk.store import Store
from evaldesk.store.parts.collect_scores import review_key
from evaldesk.store.records_collect import BallotRec, ReviewRec

REVIEW_KINDS = ("initial", "final")
ROUNDINGS = ("exact", "half_up")


def quota_decisions(store: Store) -> dict[str, str]:
    """Rule address (item/rule) -> the quota rounding the office decided."""
    prefix = QUOTA_DECISION + ":"
    return {
        key[len(prefix) :]: str(value)
        for key, (value, _reason) in store.collect.decisions().items()
        if key.startswith(prefix)
    }


def the_office_rubric(store: Store) -> m.Rubric:
    """The rubric as this office scores: its units and decisions (evaldesk.collect)."""
    return office_rubric(receiving_rubric(store), store.collect.units(), quota_decisions(store))


def ballot_sheets(store: Store) -> list[Sheet]:
    return sheets(the_office_rubric(store))


def _sheet(store: Store, key: str) -> Sheet:
    found = next((s for s in ballot_sheets(store) if s.key == key), None)
    if found is None:
        raise NotFound(msg("collect.ballots.no_sheet", sheet=key))
    return found


# ---------------------------------------------------------------------- reviewers' scores


def set_review(
    store: Store,
    actor: Actor,
    unit: str,
    item: str,
    kind: str,
    value: Decimal | str | None,
    reason: str,
    *,
    undo: bool = False,
) -> ReviewRec:
    """Enter (or with None clear) a reviewer's score of one item of one unit, with its reason;
    ``undo``: the change puts back what the score was before its last change (undo_review)."""
    require(actor, "collect.review")
    if kind not in REVIEW_KINDS:
        raise InputError(msg("collect.store.review_kind", kind=kind))
    rubric = receiving_rubric(store)
    found = rubric.item(item)
    if found is None:
        raise NotFound(msg("collect.review.no_item", item=item, rubric=rubric.title))
    if unit not in {u.code for u in store.collect.units()}:
        raise NotFound(msg("collect.setup.no_unit", code=unit))
    number = None
    if value is not None and str(value).strip():
        number = value if isinstance(value, Decimal) else parse_number(str(value), item)
        if number < 0 or (found.points is not None and not found.bonus and number > found.points):
            top = found.points if found.points is not None else "—"
            raise InputError(msg("collect.review.out_of_bounds", item=item, value=number, top=top))
        if not reason.strip():
            raise InputError(msg("collect.review.reason_needed", item=item))
    text = None if number is None else fmt_points(number)
    with store.write(actor.name) as tx:
        return store.collect_scores.set_review(
            tx, unit, item, kind, text, reason.strip(), undo=undo
        )


def reviews(store: Store) -> list[ReviewRec]:
    return store.collect_scores.reviews()


@dataclass(frozen=True, slots=True)
class ReviewChange:
    """One change of a reviewer's score as the audit log keeps it: what it became, when, by
    whom; ``before``: what it was (value, reason; value None: not scored); ``undo``: the change
    was the undo of an earlier one."""

    at: str
    actor: str
    value: str | None
    reason: str
    before: tuple[str | None, str]
    undo: bool


def review_history(store: Store, unit: str, item: str, kind: str) -> list[ReviewChange]:
    """The changes of one reviewer's score, newest first (read from the audit log)."""
    rows = store.audit.rows(entity="collect_review", entity_id=review_key(unit, item, kind))
    changes = []
    for row in rows:
        new, old = row.new or {}, row.old or {}
        changes.append(
            ReviewChange(
                row.at,
                row.actor,
                new.get("value"),
                str(new.get("reason") or ""),
                (old.get("value"), str(old.get("reason") or "")),
                row.action == "collect.review.undo",
            )
        )
    return changes


def undoable(history: list[ReviewChange]) -> ReviewChange | None:
    """The change an undo takes back: the newest one not already undone (an undo undoes the
    newest change left, so undos step back through the changes one by one)."""
    left: list[ReviewChange] = []
    for change in reversed(history):  # oldest first
        if change.undo:
            if left:
                left.pop()
        else:
            left.append(change)
    return left[-1] if left else None


def undo_review(store: Store, actor: Actor, unit: str, item: str, kind: str) -> ReviewRec:
    """Put back what the score was before its last change not yet undone (a change of its
    own, audited); NotFound when there is none."""
    require(actor, "collect.review")
    change = undoable(review_history(store, unit, item, kind))
    if change is None:
        raise NotFound(msg("collect.review.nothing_to_undo", item=item))
    value, reason = change.before
    return set_review(store, actor, unit, item, kind, value, reason, undo=True)


# ---------------------------------------------------------------------- ballots


def enter_ballot(
    store: Store,
    actor: Actor,
    sheet: str,
    voter: str,
    grades: Mapping[str, str],
    note: str = "",
) -> BallotRec:
    """Transcribe one voter's paper ballot on ``sheet`` (unit code -> grade). A ballot over
    its quota, or one with an unknown unit or grade, is refused whole, naming every problem;
    the voter's earlier ballot on the sheet, if any, is replaced (the audit log keeps it)."""
    require(actor, "collect.ballots")
    found = _sheet(store, sheet)
    given = {u: g.strip().upper() for u, g in grades.items() if g and g.strip()}
    problems = ballot_problems(found, voter, given)
    if problems:
        raise FactsError(problems[0], problems)
    with store.write(actor.name) as tx:
        return store.collect_scores.put_ballot(tx, sheet, voter.strip(), given, note.strip())


def withdraw_ballot(store: Store, actor: Actor, ballot_id: int, reason: str) -> BallotRec:
    require(actor, "collect.ballots")
    if not reason.strip():
        raise InputError(msg("collect.ballots.reason_needed"))
    with store.write(actor.name) as tx:
        return store.collect_scores.withdraw_ballot(tx, ballot_id, reason.strip())


def ballots(store: Store, sheet: str | None = None, *, withdrawn: bool = False) -> list[BallotRec]:
    """The ballots in force (those counted); with ``withdrawn`` the withdrawn ones too."""
    return store.collect_scores.ballots(sheet, withdrawn=withdrawn)


def decide_quota(
    store: Store, actor: Actor, item: str, rule: str, rounding: str | None, reason: str
) -> None:
    """How the quotas of a graded-votes rule are counted on each ballot: ``exact`` (the
    source's "不超过" to the letter) or ``half_up`` (the allowed number of a grade rounded half
    up); None goes back to the rubric's. The assessing office decides; it is marked."""
    require(actor, "collect.decide")
    if rounding is not None and rounding not in ROUNDINGS:
        raise InputError(msg("collect.ballots.bad_rounding", rounding=rounding))
    if rounding is not None and not reason.strip():
        raise InputError(msg("collect.ballots.decision_reason"))
    address = rule_key(item, rule)
    if not any(s.rule_address == address for s in ballot_sheets(store)):
        raise NotFound(msg("collect.ballots.no_rule", rule=address))
    with store.write(actor.name) as tx:
        store.collect.decide(tx, f"{QUOTA_DECISION}:{address}", rounding, reason.strip())
