"""Validation of ledger entries, with messages that say what to fix (worded in wording_ledger.py).

Decision on deadlines: a deadline must fall within the entry's assessment year. The overdue
deduction of a year counts deadlines within it, so an entry due next January belongs to next
year's ledger; accepting it here would silently drop it from both years' counts.
Entries received in an earlier year (carried over) are accepted.
"""

from __future__ import annotations

import re
from datetime import date

from evaldesk.messages import Message, msg
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


def _source(value: str) -> Message | None:
    if value in SOURCES:
        return None
    return msg("ledger.unknown_source", value=value)


def _status(value: str) -> Message | None:
    if value in STATUSES:
        return None
    return msg("ledger.unknown_status", value=value)


def _title(value: str) -> Message | None:
    if not value.strip():
        return msg("ledger.title_empty")
    if len(value) > MAX_TITLE:
        return msg("ledger.title_long", n=len(value), max=MAX_TITLE)
    return None


def _deadline(entry: LedgerFields, year: int) -> Message | None:
    if entry.deadline < entry.received_date:
        return msg(
            "ledger.deadline_before_received",
            deadline=entry.deadline,
            received=entry.received_date,
        )
    if entry.deadline.year != year:
        return msg(
            "ledger.deadline_other_year",
            deadline=entry.deadline,
            year=year,
            other=entry.deadline.year,
        )
    return None


def _received(entry: LedgerFields, today: date) -> Message | None:
    if entry.received_date > today:
        return msg("ledger.received_future", date=entry.received_date, today=today)
    return None


def _done(entry: LedgerFields, today: date) -> Message | None:
    if entry.status == "done" and entry.done_date is None:
        return msg("ledger.done_needs_date")
    if entry.done_date is None:
        return None
    if entry.status != "done":
        return msg(
            "ledger.done_date_not_done", status=STATUS_LABELS.get(entry.status, entry.status)
        )
    if entry.done_date < entry.received_date:
        return msg(
            "ledger.done_before_received", date=entry.done_date, received=entry.received_date
        )
    if entry.done_date > today:
        return msg("ledger.done_future", date=entry.done_date, today=today)
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


_TYPED_DATE = (
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$"),
)


def typed_date(text: str) -> date | None:
    """A date as people type it: 20250315, 2025-3-15, 2025/03/15, 2025.3.15, 2025年3月15日;
    None if the text is not (yet) a whole, real day."""
    for pattern in _TYPED_DATE:
        match = pattern.match(text.strip())
        if match is not None:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return None
    return None
