"""When each thing in the demo office happened, so its audit log reads as a year lived.

The demo writes a whole past year at once. Stamped with the real clock, every fact would
appear on the day the demo was made, and the score-through-the-year chart would sit at zero
until the last point. Instead each write is stamped (evaldesk.store.clock.recorded_at) with
a day in that year, and the writes are made in the order of those days, so the audit log's
times only ever go forward.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from evaldesk.store.clock import recorded_at


def moment(day: date, hour: int = 10, minute: int = 0) -> datetime:
    """``day`` at ``hour``:``minute`` on this computer's clock, as an aware datetime."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def spread(count: int, first: date, last: date) -> list[date]:
    """``count`` days from ``first`` to ``last``, evenly apart, in order."""
    if count <= 0:
        return []
    span = (last - first).days
    return [first + timedelta(days=span * k // max(1, count - 1)) for k in range(count)]


@dataclass
class Timeline:
    """Writes to make, each on its day; :meth:`play` makes them in time order."""

    enabled: bool
    events: list[tuple[datetime, int, Callable[[], object]]] = field(default_factory=list)

    def add(self, day: date, write: Callable[[], object], hour: int = 10) -> None:
        # The running number keeps writes of one moment in the order they were added.
        self.events.append((moment(day, hour), len(self.events), write))

    def play(self) -> None:
        for when, _n, write in sorted(self.events, key=lambda e: (e[0], e[1])):
            with self.at(when):
                write()
        self.events.clear()

    @contextmanager
    def at(self, when: datetime) -> Iterator[None]:
        if not self.enabled:
            yield
            return
        with recorded_at(when):
            yield
