"""What a ledger or dispatch change would do to the live score, before it is saved.

The counting rules read counts (ledger_overdue, dispatch_missing, dispatch_late, ...), so a
proposed change moves at most one entry's or one quarter's contribution: the effect is the
live facts with those counts adjusted, scored by the same engine. Nothing is written.
Asked before a person confirms "mark done on this day", "save this overdue entry" or
"withdraw this submission", so the dialog can say the cost in points first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from evaldesk.scoring import score
from evaldesk.services.live import LiveScore
from evaldesk.store import DispatchRec, LedgerFields, LedgerRec
from evaldesk.store.counts import dispatch_state, is_overdue


@dataclass(frozen=True, slots=True)
class ScoreEffect:
    before: Decimal  # the score now
    after: Decimal  # the score with the change
    counted_before: bool  # the entry/quarter counted against the office before the change
    counted_after: bool  # ... and after it

    @property
    def change(self) -> Decimal:
        return self.after - self.before

    @property
    def costs(self) -> bool:
        """The change newly counts against the office (points may still be 0 at a cap)."""
        return self.counted_after and not self.counted_before


def _score_with(live: LiveScore, deltas: dict[str, int]) -> tuple[Decimal, Decimal]:
    report, facts = live.snapshot()
    counts = dict(facts.counts)
    for key, delta in deltas.items():
        counts[key] = max(0, counts.get(key, 0) + delta)
    changed = facts.model_copy(update={"counts": counts})
    return report.total, score(live.loaded.rubric, changed, unit=live.unit).total


def _entry_overdue(deadline: date, done: date | None, status: str, as_of: date) -> bool:
    return is_overdue(deadline, done, status, as_of)


def ledger_effect(live: LiveScore, old: LedgerRec | None, new: LedgerFields) -> ScoreEffect:
    """The score now and with ``old`` (None: a new entry) saved as ``new``."""
    as_of = live.as_of()
    was = old is not None and _entry_overdue(old.deadline, old.done_date, old.status, as_of)
    will = _entry_overdue(new.deadline, new.done_date, new.status, as_of)
    before, after = _score_with(live, {"ledger_overdue": int(will) - int(was)})
    return ScoreEffect(before, after, was, will)


def done_on_time_effect(
    live: LiveScore, stored: LedgerRec | None, deadline: date, done: date
) -> ScoreEffect:
    """What finishing on ``done`` costs against finishing by ``deadline``.

    ``stored`` is the entry as saved (None for one not saved yet), so its present count is
    taken out first. ``before`` is the score with the entry done in time, ``after`` with it
    done on ``done``: ``change`` is negative when the day costs points.
    """
    as_of = live.as_of()
    counted = stored is not None and _entry_overdue(
        stored.deadline, stored.done_date, stored.status, as_of
    )
    late = _entry_overdue(deadline, done, "done", as_of)
    _, on_time = _score_with(live, {"ledger_overdue": -int(counted)})
    _, with_day = _score_with(live, {"ledger_overdue": int(late) - int(counted)})
    return ScoreEffect(on_time, with_day, False, late)


_DISPATCH_KEYS = {
    "missing": ("dispatch_missing", "dispatch_not_on_time"),
    "late": ("dispatch_late", "dispatch_not_on_time"),
}


def _state_deltas(old: str, new: str) -> dict[str, int]:
    deltas: dict[str, int] = {}
    for key in _DISPATCH_KEYS.get(old, ()):
        deltas[key] = deltas.get(key, 0) - 1
    for key in _DISPATCH_KEYS.get(new, ()):
        deltas[key] = deltas.get(key, 0) + 1
    return deltas


def dispatch_effect(live: LiveScore, record: DispatchRec, submitted: date | None) -> ScoreEffect:
    """The score now and with the quarter's submission date set to ``submitted`` (None:
    withdrawn)."""
    as_of = live.as_of()
    old = dispatch_state(record.due_date, record.submitted_date, as_of)
    new = dispatch_state(record.due_date, submitted, as_of)
    before, after = _score_with(live, _state_deltas(old, new))
    bad = {"missing", "late"}
    return ScoreEffect(before, after, old in bad, new in bad)
