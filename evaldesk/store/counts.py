"""The counts the counting rules read, computed in SQL (DESIGN: "the score moves when the
ledger moves"), and the same rules in Python for incremental updates of one entry.

* ledger_overdue: entries not done by their deadline, judged at the start of ``as_of``
  (done after the deadline counts too; cancelled entries do not count);
* dispatch_missing: quarters whose due date has passed with nothing submitted;
* dispatch_late: quarters submitted after their due date;
* dispatch_not_on_time: both.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from evaldesk.store.ledger_query import overdue_clause
from evaldesk.store.models import DispatchRecord, LedgerEntry


def is_overdue(deadline: date, done_date: date | None, status: str, as_of: date) -> bool:
    """Python twin of :func:`evaldesk.store.ledger_query.overdue_clause`."""
    if status == "cancelled" or not deadline < as_of:
        return False
    return done_date is None or done_date > deadline


def dispatch_state(due: date, submitted: date | None, as_of: date) -> str:
    """on_time, late, missing (due date passed, nothing submitted) or pending (not yet due)."""
    if submitted is not None:
        return "late" if submitted > due else "on_time"
    return "missing" if due < as_of else "pending"


def ledger_overdue(s: Session, year_id: int, as_of: date) -> int:
    stmt = (
        select(func.count())
        .select_from(LedgerEntry)
        .where(LedgerEntry.year_id == year_id, overdue_clause(as_of))
    )
    return int(s.scalar(stmt) or 0)


def dispatch_counts(s: Session, year_id: int, as_of: date) -> dict[str, int]:
    rows = s.execute(
        select(DispatchRecord.due_date, DispatchRecord.submitted_date).where(
            DispatchRecord.year_id == year_id
        )
    )
    states = [dispatch_state(due, sub, as_of) for due, sub in rows]
    missing = states.count("missing")
    late = states.count("late")
    return {
        "dispatch_missing": missing,
        "dispatch_late": late,
        "dispatch_not_on_time": missing + late,
    }


_EVIDENCE_BY_ITEM = text(
    """
    SELECT code, count(DISTINCT evidence_id) FROM (
        SELECT l.item_code AS code, l.evidence_id AS evidence_id
          FROM evidence_links l JOIN evidence e ON e.id = l.evidence_id
         WHERE l.kind = 'item' AND e.year_id = :year_id
        UNION ALL
        SELECT le.item_code AS code, l.evidence_id AS evidence_id
          FROM evidence_links l JOIN ledger_entries le ON le.id = l.ledger_id
         WHERE l.kind = 'ledger' AND le.year_id = :year_id AND le.item_code IS NOT NULL
    ) GROUP BY code
    """
)


def evidence_by_item(s: Session, year_id: int) -> dict[str, int]:
    """Evidence files per rubric item: attached to the item, or to a ledger entry linked to it."""
    rows: Any = s.execute(_EVIDENCE_BY_ITEM, {"year_id": year_id})
    return {str(code): int(n) for code, n in rows}
