"""Starting a year from last year's: what changed in the rubric, and which ledger entries come
along (the clerk confirms or drops each one).

Proposed again are the entries marked 每年重复 (same month and day in the new year) and the
entries still open at the end of last year. Statuses reset (待办, no done date), each entry's
rubric item is mapped to the new rubric's (evaldesk/rubrics/diff.py), and the dates follow the
ledger's rules: the deadline falls within the new year; nothing is received in the future.
Ticks and values are not carried: the new year starts unassessed. Last year's evidence stays
with last year's entries and items.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from evaldesk.rubrics.diff import Change, diff, item_mapping
from evaldesk.rubrics.model import Rubric
from evaldesk.services.ledger_rules import validate_entry
from evaldesk.services.rubric import year_rubric
from evaldesk.store import LedgerFields, LedgerQuery, LedgerRec, Store


@dataclass(frozen=True)
class Proposal:
    """One entry of last year proposed for the new year."""

    source: LedgerRec
    why: Literal["repeats", "open"]
    fields: LedgerFields
    #: the old entry's item had no counterpart in the new rubric (the entry keeps no item)
    item_dropped: bool = False


@dataclass(frozen=True)
class NewYearPlan:
    previous: int | None
    changes: list[Change]
    mapping: dict[str, str | None]
    proposals: list[Proposal]


def same_day(day: date, year: int) -> date:
    """``day``'s month and day in ``year`` (29 February becomes the 28th)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def _moved(entry: LedgerRec, year: int, why: str, item: str | None, today: date) -> LedgerFields:
    deadline = same_day(entry.deadline, year)
    if why == "repeats":
        received = min(same_day(entry.received_date, year), today, deadline)
    else:
        received = entry.received_date  # carried over: received when it was received
    return LedgerFields(
        source=entry.source,
        title=entry.title,
        received_date=received,
        deadline=deadline,
        description=entry.description,
        responsible=entry.responsible,
        status="open",
        done_date=None,
        item_code=item,
        repeats_yearly=entry.repeats_yearly,
    )


def plan(
    store: Store,
    year: int,
    rubric: Rubric,
    *,
    mapping: dict[str, str | None] | None = None,
    today: date | None = None,
) -> NewYearPlan:
    """What starting ``year`` with ``rubric`` would bring over from the latest earlier year."""
    day = today or date.today()
    earlier = [y.year for y in store.years.list() if y.year < year]
    if not earlier:
        return NewYearPlan(None, [], {}, [])
    previous = max(earlier)
    old = year_rubric(store, previous).rubric
    matched = item_mapping(old, rubric, mapping)
    proposals = []
    for entry in store.ledger.search(LedgerQuery(previous, sort="received_date", limit=None)):
        if entry.status == "cancelled":
            continue
        if entry.repeats_yearly:
            why: Literal["repeats", "open"] = "repeats"
        elif entry.status in ("open", "in_progress"):
            why = "open"
        else:
            continue
        item = matched.get(entry.item_code) if entry.item_code else None
        fields = _moved(entry, year, why, item, day)
        fields = validate_entry(fields, year, rubric, day)
        dropped = bool(entry.item_code) and item is None
        proposals.append(Proposal(entry, why, fields, dropped))
    return NewYearPlan(previous, diff(old, rubric, mapping), matched, proposals)


def with_item(proposal: Proposal, code: str | None) -> Proposal:
    return replace(proposal, fields=replace(proposal.fields, item_code=code))
