"""Use cases of the ledger: add, edit, close and cancel entries; search for the table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from evaldesk.errors import InputError
from evaldesk.messages import msg
from evaldesk.services.actor import Actor
from evaldesk.services.ledger_rules import validate_entry
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric
from evaldesk.store import LedgerFields, LedgerQuery, LedgerRec, Store
from evaldesk.store.locks import EntryLock, PlainApproval, entry_lock


def add_entry(
    store: Store, actor: Actor, year: int, entry: LedgerFields, *, today: date | None = None
) -> LedgerRec:
    require(actor, "ledger.edit")
    clean = validate_entry(entry, year, year_rubric(store, year).rubric, today or date.today())
    with store.write(actor.name) as tx:
        return store.ledger.add(tx, year, clean)


def check_entry(
    store: Store, year: int, entry: LedgerFields, *, today: date | None = None
) -> LedgerFields:
    """The entry as add_entry would store it, or InvalidFields; nothing is written (the
    dialog checks before it asks what an overdue entry costs)."""
    return validate_entry(entry, year, year_rubric(store, year).rubric, today or date.today())


def edit_entry(
    store: Store,
    actor: Actor,
    entry_id: int,
    changes: dict[str, Any],
    *,
    today: date | None = None,
) -> LedgerRec:
    """Change some fields of an entry; the whole entry is validated again."""
    require(actor, "ledger.edit")
    current = store.ledger.get(entry_id)
    fields = {k: v for k, v in asdict(current).items() if k in LedgerFields.__dataclass_fields__}
    unknown = set(changes) - set(fields)
    if unknown:
        raise InputError(msg("ledger.no_such_fields", fields=sorted(unknown)))
    proposed = replace(LedgerFields(**fields), **changes)
    clean = validate_entry(
        proposed, current.year, year_rubric(store, current.year).rubric, today or date.today()
    )
    with store.write(actor.name) as tx:
        _old, new = store.ledger.update(tx, entry_id, asdict(clean))
    return new


def close_entry(
    store: Store,
    actor: Actor,
    entry_id: int,
    done_date: date | None = None,
    *,
    today: date | None = None,
) -> LedgerRec:
    """Mark an entry done (已办结) on ``done_date`` (default today)."""
    day = today or date.today()
    return edit_entry(
        store, actor, entry_id, {"status": "done", "done_date": done_date or day}, today=day
    )


def reopen_entry(
    store: Store, actor: Actor, entry_id: int, *, today: date | None = None
) -> LedgerRec:
    return edit_entry(
        store, actor, entry_id, {"status": "in_progress", "done_date": None}, today=today
    )


def cancel_entry(
    store: Store, actor: Actor, entry_id: int, reason: str, *, today: date | None = None
) -> LedgerRec:
    """Withdraw an entry recorded by mistake (entries are never deleted); the reason is kept."""
    if not reason.strip():
        raise InputError(msg("ledger.cancel_needs_reason"))
    current = store.ledger.get(entry_id)
    note = f"{current.description}\n[已撤销] {reason.strip()}".strip()
    return edit_entry(
        store,
        actor,
        entry_id,
        {"status": "cancelled", "done_date": None, "description": note},
        today=today,
    )


def locks_of(store: Store, year: int) -> Callable[[LedgerRec], EntryLock]:
    """For the ledger view: what the approvals of ``year`` allow for an entry (nothing, only
    closing, or everything), so actions a lock forbids are disabled before anyone types."""
    active = [
        (PlainApproval(a.quarter, a.approved_at), store.users.display_name(a.approved_by))
        for a in store.approvals.locked(year).values()
    ]

    def lock(entry: LedgerRec) -> EntryLock:
        return entry_lock(
            active, year, {"received_date": entry.received_date, "status": entry.status}
        )

    return lock


def search(store: Store, query: LedgerQuery) -> list[LedgerRec]:
    return store.ledger.search(query)


def count(store: Store, query: LedgerQuery) -> int:
    return store.ledger.count(query)
