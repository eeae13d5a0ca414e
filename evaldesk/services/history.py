"""The score through the year, recomputed as of each month end from what the store keeps.

Nothing extra is recorded for this: the facts as they stood on a day are today's facts with
every later change undone, read backwards from the audit log (each fact change there carries
its old and new value); the ledger and dispatch counts are counted as of that day from the
entries' own dates (deadline, done date, submission date), exactly as the live score counts
them. Evidence counts are today's (attachments are not replayed), which only matters for the
"missing evidence" flags, never for points.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from evaldesk.scoring import score
from evaldesk.scoring.facts import Facts
from evaldesk.services.rubric import year_rubric
from evaldesk.store import Store
from evaldesk.store.counts import dispatch_counts, evidence_by_item, ledger_overdue
from evaldesk.store.dates import year_as_of
from evaldesk.store.parts.base import year_row

FactKey = tuple[str, str, str]
_PAGE = 500


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    day: date  # the last day this point covers (a month end, or yesterday for "now")
    total: Decimal
    grade: str | None
    counts: dict[str, int]


def checkpoints(year: int, today: date) -> list[date]:
    """The "as of" days: the first of each month after a finished month, then today."""
    end = year_as_of(year, today)
    days = [date(year, m + 1, 1) for m in range(1, 12) if date(year, m + 1, 1) <= end]
    if date(year + 1, 1, 1) <= end:
        days.append(date(year + 1, 1, 1))
    if not days or days[-1] != end:
        days.append(end)
    return [d for d in days if d > date(year, 1, 1)]


def _cutoff(as_of: date) -> str:
    """The audit timestamp of the start of ``as_of`` (local midnight), as stored (UTC ISO)."""
    local = datetime(as_of.year, as_of.month, as_of.day).astimezone()
    return local.astimezone(UTC).isoformat(timespec="microseconds")


def _facts_from(state: dict[FactKey, Any], base: Facts) -> Facts:
    data: dict[str, Any] = {
        "rubric": base.rubric,
        "unit": base.unit,
        "year": base.year,
        "items": {},
        "sections": {},
        "whole": {},
        "review": {},
        "tables": {},
        "profile": {},
        "indicators": {},
        "texts": {},
    }
    for (scope, code, key), value in state.items():
        if value is None:
            continue
        if scope in ("item", "section"):
            data["items" if scope == "item" else "sections"].setdefault(code, {})[key] = value
        elif scope == "whole":
            data["whole"][key] = value
        elif scope == "review":
            data["review"].setdefault(code, {})[key] = value
        elif scope == "rating":
            data["rating"] = value
        elif scope == "table":
            row_id, _, col_id = key.partition(".")
            data["tables"].setdefault(code, {}).setdefault(row_id, {})[col_id] = value
        elif scope == "profile":
            data["profile"][key] = value
        elif scope in ("indicators", "texts"):
            data[scope][code] = value
    return Facts.model_validate(data)


def score_history(
    store: Store, year: int, *, today: date | None = None, unit: str | None = None
) -> list[HistoryPoint]:
    """The total as of each month end of ``year`` (up to today), oldest first."""
    rubric = year_rubric(store, year).rubric
    office = store.office.require()
    unit = unit if unit is not None else office.unit
    today = today or date.today()
    days = checkpoints(year, today)
    state: dict[FactKey, Any] = {
        (row.scope, row.code, row.key): row.value for row in store.facts.rows(year)
    }
    base = Facts(rubric=rubric.id, unit=unit, year=year)
    with store.read() as s:
        year_id = year_row(s, year).id
        evidence = evidence_by_item(s, year_id)
        counts = {
            d: {"ledger_overdue": ledger_overdue(s, year_id, d), **dispatch_counts(s, year_id, d)}
            for d in days
        }
    points: list[HistoryPoint] = []
    offset = 0
    pending: list[Any] = []
    exhausted = False
    for day in reversed(days):
        # Undo every fact change made at or after the start of ``day``; the point for today
        # (a year still running) keeps today's changes, as the live score does.
        cutoff = _cutoff(day) if day < today else "9999"
        while True:
            if not pending and not exhausted:
                pending = store.audit.rows(
                    entity="fact", newest_first=True, offset=offset, limit=_PAGE
                )
                offset += len(pending)
                exhausted = len(pending) < _PAGE
            if not pending or pending[0].at < cutoff:
                break
            event = pending.pop(0)
            data = event.new or event.old
            if isinstance(data, dict) and data.get("year") == year:
                old = event.old["value"] if isinstance(event.old, dict) else None
                state[(data["scope"], data["code"], data["key"])] = old
        facts = _facts_from(state, base).model_copy(
            update={"counts": counts[day], "evidence": dict(evidence)}
        )
        report = score(rubric, facts, unit=unit)
        shown = day - timedelta(days=1) if day < today else today
        points.append(HistoryPoint(shown, report.total, report.grade, counts[day]))
    points.reverse()
    return points
