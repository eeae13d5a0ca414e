"""Quarterly dispatch (季度调度): save progress text per rubric area, submit, see the states."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from evaldesk.errors import InputError
from evaldesk.messages import Message, msg
from evaldesk.services.actor import Actor
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric
from evaldesk.services.validation import raise_if
from evaldesk.store import ApprovalRec, DispatchRec, Store
from evaldesk.store.counts import dispatch_state
from evaldesk.store.dates import quarter_start, year_as_of


@dataclass(frozen=True)
class QuarterView:
    record: DispatchRec
    state: str  # on_time / late / missing / pending
    lock: Message | None  # who approved (and so locked) the quarter or the year, and when

    @property
    def locked(self) -> bool:
        return self.lock is not None


def overview(store: Store, year: int, *, today: date | None = None) -> list[QuarterView]:
    as_of = year_as_of(year, today or date.today())
    locked = store.approvals.locked(year)
    return [
        QuarterView(
            rec,
            dispatch_state(rec.due_date, rec.submitted_date, as_of),
            _lock(store, locked.get(0) or locked.get(rec.quarter)),
        )
        for rec in store.dispatch.list(year)
    ]


def _lock(store: Store, approval: ApprovalRec | None) -> Message | None:
    if approval is None:
        return None
    who = store.users.display_name(approval.approved_by)
    day = approval.approved_at[:10]
    if approval.quarter == 0:
        return msg("dispatch.year_locked", year=approval.year, who=who, date=day)
    return msg("dispatch.quarter_locked", quarter=approval.quarter, who=who, date=day)


def _clean_progress(store: Store, year: int, progress: dict[str, str]) -> dict[str, str]:
    rubric = year_rubric(store, year).rubric
    sections = {s.code for s in rubric.sections}
    unknown = [code for code in progress if code not in sections]
    if unknown:
        listed = [s.code for s in rubric.sections]
        raise InputError(msg("dispatch.no_area", codes=unknown, rubric=rubric.id, listed=listed))
    return {code: text.strip() for code, text in progress.items() if text.strip()}


def save_progress(
    store: Store,
    actor: Actor,
    year: int,
    quarter: int,
    progress: dict[str, str],
    *,
    note: str | None = None,
) -> DispatchRec:
    """Save the progress text (a draft until submitted); the submitted date is kept as is."""
    require(actor, "dispatch.edit")
    current = store.dispatch.get(year, quarter)
    with store.write(actor.name) as tx:
        _old, new = store.dispatch.update(
            tx,
            year,
            quarter,
            submitted_date=current.submitted_date,
            progress=_clean_progress(store, year, progress),
            note=current.note if note is None else note.strip(),
        )
    return new


def submit(
    store: Store,
    actor: Actor,
    year: int,
    quarter: int,
    progress: dict[str, str] | None = None,
    *,
    submitted_date: date | None = None,
    note: str | None = None,
    today: date | None = None,
) -> DispatchRec:
    """Record the quarter's report as submitted on ``submitted_date`` (default today)."""
    require(actor, "dispatch.edit")
    day = today or date.today()
    when = submitted_date or day
    current = store.dispatch.get(year, quarter)
    text = _clean_progress(store, year, current.progress if progress is None else progress)
    raise_if(
        [
            (
                "submitted_date",
                msg("dispatch.submitted_future", date=when, today=day) if when > day else None,
            ),
            (
                "submitted_date",
                msg("dispatch.submitted_early", date=when, quarter=quarter, year=year)
                if when < quarter_start(year, quarter)
                else None,
            ),
            ("progress", msg("dispatch.no_progress") if not text else None),
        ]
    )
    with store.write(actor.name) as tx:
        _old, new = store.dispatch.update(
            tx,
            year,
            quarter,
            submitted_date=when,
            progress=text,
            note=current.note if note is None else note.strip(),
        )
    return new


def withdraw(store: Store, actor: Actor, year: int, quarter: int) -> DispatchRec:
    """Undo a submission recorded by mistake (the text stays)."""
    require(actor, "dispatch.edit")
    current = store.dispatch.get(year, quarter)
    with store.write(actor.name) as tx:
        _old, new = store.dispatch.update(
            tx, year, quarter, submitted_date=None, progress=current.progress, note=current.note
        )
    return new


def withdrawn_date(store: Store, record: DispatchRec) -> date | None:
    """The submission date the last withdrawal cleared (read back from the audit log), so a
    re-submission proposes the day the report really went out, not today: withdrawing to fix a
    typo must not turn an on-time report late. None if the quarter is submitted or never was."""
    if record.submitted_date is not None:
        return None
    for event in store.audit.rows(entity="dispatch", entity_id=str(record.id), limit=50):
        old, new = event.old, event.new
        if not isinstance(old, dict) or not isinstance(new, dict):
            continue
        before, after = old.get("submitted_date"), new.get("submitted_date")
        if before == after:
            continue  # a draft saved: the date did not move
        if before and not after:
            return date.fromisoformat(str(before)[:10])
        return None
    return None
