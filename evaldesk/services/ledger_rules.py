"""Validation of ledger entries, with messages that say what to fix.

Decision on deadlines: a deadline must fall within the entry's assessment year. The overdue
deduction of a year counts deadlines within it, so an entry due next January belongs to next
year's ledger; accepting it here would silently drop it from both years' counts.
Entries received in an earlier year (carried over) are accepted.
"""

from __future__ import annotations

from datetime import date

from evaldesk.rubrics.model import Rubric
from evaldesk.services.validation import check_item_code, raise_if
from evaldesk.store import LedgerFields
from evaldesk.store.models import SOURCES, STATUSES

SOURCE_LABELS = {
    "assigned": "上级交办",
    "inspection": "督导发现",
    "public": "群众反映",
    "other": "其他",
}
STATUS_LABELS = {"open": "待办", "in_progress": "办理中", "done": "已办结", "cancelled": "已撤销"}
_SOURCE_BY_LABEL = {v: k for k, v in SOURCE_LABELS.items()} | {
    "上级交办事项": "assigned",
    "督导发现问题": "inspection",
    "群众反映问题": "public",
}
_STATUS_BY_LABEL = {v: k for k, v in STATUS_LABELS.items()}
MAX_TITLE = 500


def normalise_source(value: str) -> str:
    return _SOURCE_BY_LABEL.get(value.strip(), value.strip())


def normalise_status(value: str) -> str:
    return _STATUS_BY_LABEL.get(value.strip(), value.strip())


def _source(value: str) -> str | None:
    if value in SOURCES:
        return None
    return f"unknown source {value!r}; choose 上级交办, 督导发现, 群众反映 or 其他"


def _status(value: str) -> str | None:
    if value in STATUSES:
        return None
    return f"unknown status {value!r}; choose 待办, 办理中, 已办结 or 已撤销"


def _title(value: str) -> str | None:
    if not value.strip():
        return "the title is empty; say in a few words what the task is"
    if len(value) > MAX_TITLE:
        return f"the title is {len(value)} characters; keep it under {MAX_TITLE} and put details in the description"
    return None


def _deadline(entry: LedgerFields, year: int) -> str | None:
    if entry.deadline < entry.received_date:
        return f"the deadline {entry.deadline} is before the received date {entry.received_date}"
    if entry.deadline.year != year:
        return (
            f"the deadline {entry.deadline} is not in the assessment year {year}; "
            f"record the entry in the {entry.deadline.year} ledger, or give a deadline in {year}"
        )
    return None


def _received(entry: LedgerFields, today: date) -> str | None:
    if entry.received_date > today:
        return f"the received date {entry.received_date} is in the future (today is {today})"
    return None


def _done(entry: LedgerFields, today: date) -> str | None:
    if entry.status == "done" and entry.done_date is None:
        return "an entry marked done (已办结) needs the date it was done"
    if entry.done_date is None:
        return None
    if entry.status != "done":
        return (
            f"a done date is only for entries marked done (已办结); this one is "
            f"{STATUS_LABELS.get(entry.status, entry.status)}"
        )
    if entry.done_date < entry.received_date:
        return f"the done date {entry.done_date} is before the received date {entry.received_date}"
    if entry.done_date > today:
        return f"the done date {entry.done_date} is in the future (today is {today})"
    return None


def validate_entry(entry: LedgerFields, year: int, rubric: Rubric, today: date) -> LedgerFields:
    """The entry, cleaned (titles trimmed, labels mapped); raises InvalidFields on any problem."""
    from dataclasses import replace

    entry = replace(
        entry,
        title=entry.title.strip(),
        description=entry.description.strip(),
        responsible=entry.responsible.strip(),
        source=normalise_source(entry.source),
        status=normalise_status(entry.status),
        item_code=(entry.item_code or "").strip() or None,
    )
    raise_if(
        [
            ("title", _title(entry.title)),
            ("source", _source(entry.source)),
            ("status", _status(entry.status)),
            ("received_date", _received(entry, today)),
            ("deadline", _deadline(entry, year)),
            ("done_date", _done(entry, today)),
            ("item_code", check_item_code(entry.item_code, rubric)),
        ]
    )
    return entry
