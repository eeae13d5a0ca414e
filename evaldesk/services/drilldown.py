"""What stands behind a count that costs points: the ledger entries or the quarters it counted.

The engine's counting rules (evaldesk.kinds.per_count) read ``ledger_overdue``,
``dispatch_missing``, ``dispatch_late`` or ``dispatch_not_on_time`` from the live score's
counts. Here the same rules (evaldesk.store.counts) list the rows behind each count, judged
at the same day the live score judged them (``LiveScore.as_of()``), so "−12（6件×2分）" opens
exactly six entries. :func:`counted_source` tells which count an explanation line used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from evaldesk.rubrics.model import Rubric
from evaldesk.scoring.report import Explanation, ScoreReport
from evaldesk.services.ledger_table import days_overdue
from evaldesk.store import LedgerQuery, LedgerRec, Store
from evaldesk.store.counts import dispatch_state
from evaldesk.store.records import DispatchRec

#: The counts a rule can read, and where their rows live.
LEDGER_SOURCES = frozenset({"ledger_overdue"})
DISPATCH_SOURCES = {
    "dispatch_missing": frozenset({"missing"}),
    "dispatch_late": frozenset({"late"}),
    "dispatch_not_on_time": frozenset({"missing", "late"}),
}
SOURCES = LEDGER_SOURCES | frozenset(DISPATCH_SOURCES)


@dataclass(frozen=True, slots=True)
class OverdueEntry:
    entry: LedgerRec
    days_late: int  # until it was done, or until the judging day while still open


@dataclass(frozen=True, slots=True)
class CountedQuarter:
    record: DispatchRec
    state: Literal["missing", "late"]
    days_late: int  # days after the due date it was sent, or until the judging day


@dataclass(frozen=True, slots=True)
class Behind:
    """The rows a count was made of; ``len(rows)`` is the count the score used."""

    source: str
    as_of: date
    entries: tuple[OverdueEntry, ...] = ()
    quarters: tuple[CountedQuarter, ...] = ()

    @property
    def where(self) -> Literal["ledger", "dispatch"]:
        return "ledger" if self.source in LEDGER_SOURCES else "dispatch"

    def __len__(self) -> int:
        return len(self.entries) + len(self.quarters)


def behind(store: Store, year: int, source: str, as_of: date) -> Behind:
    """The ledger entries or quarters that ``source`` counts for ``year`` on ``as_of``."""
    if source in LEDGER_SOURCES:
        return Behind(source, as_of, entries=tuple(overdue_entries(store, year, as_of)))
    if source in DISPATCH_SOURCES:
        return Behind(source, as_of, quarters=tuple(counted_quarters(store, year, source, as_of)))
    raise KeyError(source)  # a programming error: the sources are the counts' own keys


def overdue_entries(store: Store, year: int, as_of: date) -> list[OverdueEntry]:
    """Entries not done by their deadline as of ``as_of``, latest deadline first."""
    query = LedgerQuery(
        year=year, overdue=True, as_of=as_of, sort="deadline", descending=True, limit=None
    )
    return [OverdueEntry(e, days_overdue(e, as_of)) for e in store.ledger.search(query)]


def counted_quarters(store: Store, year: int, source: str, as_of: date) -> list[CountedQuarter]:
    states = DISPATCH_SOURCES[source]
    out = []
    for rec in store.dispatch.list(year):
        state = dispatch_state(rec.due_date, rec.submitted_date, as_of)
        if state in states:
            # Judged at the start of ``as_of``, as ledger entries are (ledger_table.days_overdue).
            end = rec.submitted_date if rec.submitted_date is not None else as_of
            days = max(1, (end - rec.due_date).days)
            out.append(CountedQuarter(rec, "late" if state == "late" else "missing", days))
    return out


def counted_source(rubric: Rubric, line: Explanation) -> str | None:
    """The count an explanation line was computed from ("6件×2分": ``ledger_overdue``), or None
    when its rule reads no count (or the count was entered by the clerk)."""
    rules: Iterable[object] = ()
    item = rubric.item(line.code)
    if item is not None:
        rules = item.rules
    else:
        section = next((s for s in rubric.sections if s.code == line.code), None)
        rules = section.rules if section is not None else rubric.rules
    for position, rule in enumerate(rules, start=1):
        if (getattr(rule, "id", None) or str(position)) == line.rule:
            source = getattr(rule, "source", "fact")
            return source if source in SOURCES else None
    return None


@dataclass(frozen=True, slots=True)
class CountedLine:
    """One explanation of the report that a count decided, with that count's name."""

    line: Explanation
    source: str


def counted_lines(rubric: Rubric, report: ScoreReport, code: str) -> list[CountedLine]:
    """The explanation lines of item ``code`` that came from a count (for a link to its rows)."""
    item = report.item(code)
    if item is None:
        return []
    out = []
    for line in item.explanations:
        source = counted_source(rubric, line)
        if source is not None and line.effect:
            out.append(CountedLine(line, source))
    return out


def lines_reading(rubric: Rubric, report: ScoreReport, source: str) -> list[CountedLine]:
    """Every explanation line of the report whose rule read the rows ``source`` lists (a rule
    counting late and missing quarters together reads those of either)."""
    wanted = {source}
    if source in DISPATCH_SOURCES:
        wanted |= {
            other for other, states in DISPATCH_SOURCES.items() if states & DISPATCH_SOURCES[source]
        }
    out = []
    for item in report.items():
        for line in item.explanations:
            found = counted_source(rubric, line)
            if found in wanted:
                out.append(CountedLine(line, found))
    return out
