"""Calendar rules: quarters, dispatch due dates, and the day a year is judged at.

"As of" day D means at the start of D: a deadline has passed when it is before D. A finished
year is judged as of 1 January of the next year, so a deadline of 31 December counts.
"""

from __future__ import annotations

from datetime import date, timedelta

DISPATCH_DUE_DAY = 25


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_start(year: int, quarter: int) -> date:
    return date(year, 3 * quarter - 2, 1)


def quarter_end(year: int, quarter: int) -> date:
    if quarter == 4:
        return date(year, 12, 31)
    return date(year, 3 * quarter + 1, 1) - timedelta(days=1)


def dispatch_due(year: int, quarter: int) -> date:
    """Dispatch reports are due on the 25th of the quarter's last month."""
    return date(year, 3 * quarter, DISPATCH_DUE_DAY)


def year_as_of(year: int, today: date) -> date:
    """The day a year's live score is judged at: today, or 1 January after the year ends."""
    after = date(year + 1, 1, 1)
    return today if today < after else after
