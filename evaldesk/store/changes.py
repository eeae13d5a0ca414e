"""What one committed write changed, handed back to the caller and to the store's listeners.

As Anki's operations return ``OpChanges``: a service call does its read–merge–write in one
transaction and returns a :class:`Changes` — every fact with its old and new value, and the
kinds of records touched (ledger, dispatch, evidence ...) — so the live score can apply the new
facts without reading them back, views know what to refresh, and undo replays the inverse.
The audit log records the same writes for people and for ``check``; nothing reads it back to
learn what changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Record kind of each audited entity (what views refresh on).
ENTITY_KIND = {
    "fact": "facts",
    "ledger_entry": "ledger",
    "dispatch": "dispatch",
    "evidence": "evidence",
    "evidence_link": "evidence",
    "comment": "review",
    "review": "review",
    "approval": "approval",
    "lock": "approval",
    "office": "office",
    "year": "year",
    "user": "users",
    "trusted_key": "keys",
    "collect_office": "collect",
    "collect_unit": "collect",
    "collect_unit_key": "keys",
    "collect_package": "collect",
    "collect_review": "collect",
    "collect_ballot": "collect",
    "collect_decision": "collect",
    "received_result": "results",
}

#: Kinds after which the score may have moved.
SCORING_KINDS = frozenset(
    {"facts", "ledger", "dispatch", "evidence", "review", "office", "year", "other"}
)


@dataclass(frozen=True, slots=True)
class FactChange:
    """One fact of a year (a rule's facts, a review score, a form cell ...), before and after."""

    year: int
    scope: str
    code: str
    key: str
    old: Any
    new: Any

    def inverse(self) -> FactChange:
        return FactChange(self.year, self.scope, self.code, self.key, self.new, self.old)


@dataclass(frozen=True, slots=True)
class Changes:
    """What one write transaction changed. ``seq`` is the audit position after it, which tells a
    listener whether it missed a write (another process, another Store object)."""

    facts: tuple[FactChange, ...] = ()
    kinds: frozenset[str] = frozenset()
    first_seq: int = 0
    seq: int = 0

    def __bool__(self) -> bool:
        return bool(self.facts or self.kinds)

    def inverse(self) -> Changes:
        """The facts put back as they were (what undo writes)."""
        return Changes(tuple(f.inverse() for f in reversed(self.facts)), self.kinds)

    @property
    def rescore(self) -> bool:
        return bool(self.kinds & SCORING_KINDS)


NOTHING = Changes()
