"""Timestamps as stored: UTC ISO 8601 text, exact and sortable, the same in the audit hashes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

_recorded_at: ContextVar[datetime | None] = ContextVar("evaldesk_recorded_at", default=None)


def now_iso() -> str:
    fixed = _recorded_at.get()
    return (fixed or datetime.now(UTC)).isoformat(timespec="microseconds")


@contextmanager
def recorded_at(when: datetime) -> Iterator[None]:
    """Stamp what is written inside (rows and audit log) with ``when`` instead of now.

    Only for the demo office, whose past year is written in one go but must read as a year
    lived day by day (the score-through-the-year chart replays the audit log by time). A
    context variable, so other threads keep the real clock.
    """
    if when.tzinfo is None:
        raise TypeError("recorded_at needs an aware datetime")  # a programming error
    token = _recorded_at.set(when.astimezone(UTC))
    try:
        yield
    finally:
        _recorded_at.reset(token)
