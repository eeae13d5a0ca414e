"""Quarterly dispatch (季度调度): save progress text per rubric area, submit, see the states."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from evaldesk.errors import InputError
from evaldesk.services.actor import Actor
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric
from evaldesk.services.validation import raise_if
from evaldesk.store import DispatchRec, Store
from evaldesk.store.counts import dispatch_state
from evaldesk.store.dates import quarter_start, year_as_of


@dataclass(frozen=True)
class QuarterView:
    record: DispatchRec
    state: str  # on_time / late / missing / pending
    locked: bool


def overview(store: Store, year: int, *, today: date | None = None) -> list[QuarterView]:
    as_of = year_as_of(year, today or date.today())
    locked = store.approvals.locked(year)
    return [
        QuarterView(
            rec,
            dispatch_state(rec.due_date, rec.submitted_date, as_of),
            0 in locked or rec.quarter in locked,
        )
        for rec in store.dispatch.list(year)
    ]


def _clean_progress(store: Store, year: int, progress: dict[str, str]) -> dict[str, str]:
    rubric = year_rubric(store, year).rubric
    sections = {s.code for s in rubric.sections}
    unknown = [code for code in progress if code not in sections]
    if unknown:
        listed = "、".join(s.code for s in rubric.sections)
        raise InputError(
            f"there is no area (section) {'、'.join(unknown)} in {rubric.id} (areas: {listed})"
        )
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
                f"the submitted date {when} is in the future (today is {day})"
                if when > day
                else None,
            ),
            (
                "submitted_date",
                f"the submitted date {when} is before quarter {quarter} of {year} began"
                if when < quarter_start(year, quarter)
                else None,
            ),
            (
                "progress",
                "write the progress of at least one area before submitting" if not text else None,
            ),
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
