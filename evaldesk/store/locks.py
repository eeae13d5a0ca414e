"""What an approval locks, decided in one place: by the store for every change, by `check`
for every change the audit log records, and by the GUI before the user types.

* An approved year (quarter 0) locks everything of that year: facts, ledger, dispatch, evidence
  and their links, review comments.
* An approved quarter locks its dispatch record and the ledger entries received in it.
* In a locked period exactly one change remains: an entry that was still open when the period
  was approved may be marked done, with a done date no earlier than the approval (the real
  date by default), so work goes on without an unlock and nothing can be backdated. Cancelling
  (whatever the call), reopening, changing any other field, moving an entry into a locked
  quarter and attaching or detaching evidence are refused. A head's logged unlock lifts a lock.

The rules are plain functions over :class:`PlainApproval` rows and entries as dicts, so the
replay in evaldesk.store.audit_state judges the log with exactly the store's rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaldesk.errors import Locked
from evaldesk.messages import Message, msg
from evaldesk.store.dates import quarter_of
from evaldesk.store.models import Approval, User

YEAR = 0
OPEN_STATUSES = frozenset({"open", "in_progress"})
#: The fields a permitted close changes; anything else changed is an edit.
CLOSE_FIELDS = frozenset({"status", "done_date"})


@dataclass(frozen=True, slots=True)
class PlainApproval:
    quarter: int  # 0 = the whole year
    approved_at: str  # ISO timestamp (UTC), as stored

    @property
    def day(self) -> date:
        """The approval's date where the office is (the local date of its timestamp)."""
        try:
            return datetime.fromisoformat(self.approved_at).astimezone().date()
        except ValueError:
            return date.fromisoformat(self.approved_at[:10])


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def entry_quarter(year: int | None, received: Any) -> int:
    """The quarter an entry belongs to for locks: its received quarter in its own year, else
    none (an entry carried over from an earlier year is locked only by the year's approval)."""
    day = _as_date(received)
    if day is None or year is None or day.year != year:
        return YEAR
    return quarter_of(day)


def covering(approvals: Iterable[PlainApproval], quarter: int) -> list[PlainApproval]:
    """The active approvals that lock ``quarter`` (the year's and the quarter's own)."""
    return [a for a in approvals if a.quarter == YEAR or (quarter != YEAR and a.quarter == quarter)]


def period_refusal(approvals: Iterable[PlainApproval], quarters: Iterable[int]) -> str | None:
    """Why a change to the year (or to ``quarters``) is refused, as a message key; None: free."""
    active = list(approvals)
    if any(a.quarter == YEAR for a in active):
        return "lock.why.locked"
    wanted = set(quarters)
    return "lock.why.locked" if any(a.quarter in wanted for a in active) else None


def ledger_change_refusal(
    approvals: Iterable[PlainApproval],
    year: int | None,
    old: Mapping[str, Any] | None,
    new: Mapping[str, Any],
    at: str | None = None,
) -> str | None:
    """Why adding (``old`` None) or changing a ledger entry is refused; None when allowed."""
    active = list(approvals)
    if not active:
        return None
    target = covering(active, entry_quarter(year, new.get("received_date")))
    if old is None:
        return "lock.why.locked" if target else None
    source = covering(active, entry_quarter(year, old.get("received_date")))
    if not source:
        return "lock.why.moved_in" if target else None
    changed = {k for k in new if k in old and _as_comparable(new[k]) != _as_comparable(old[k])}
    if not changed:
        return None
    if old.get("status") not in OPEN_STATUSES:
        return "lock.why.reopen" if "status" in changed else "lock.why.locked"
    if new.get("status") == "cancelled":
        return "lock.why.cancel"
    if new.get("status") != "done" or not changed <= CLOSE_FIELDS:
        return "lock.why.only_close"
    done = _as_date(new.get("done_date"))
    latest = max(a.day for a in source)
    if done is None or done < latest:
        return "lock.why.backdated"
    return None


def _as_comparable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def attachment_refusal(
    approvals: Iterable[PlainApproval], year: int | None, entry: Mapping[str, Any]
) -> str | None:
    """Attaching evidence to (or detaching it from) a ledger entry changes the entry."""
    if covering(list(approvals), entry_quarter(year, entry.get("received_date"))):
        return "lock.why.attachments"
    return None


@dataclass(frozen=True, slots=True)
class EntryLock:
    """What the GUI may offer for one entry: nothing locked, only closing, or nothing at all."""

    locked: bool
    may_close: bool
    approval: PlainApproval | None = None
    approved_by: str | None = None


def entry_lock(
    approvals: Iterable[tuple[PlainApproval, str]], year: int, entry: Mapping[str, Any]
) -> EntryLock:
    """The lock on ``entry`` given the active approvals (with who approved each)."""
    pairs = list(approvals)
    quarter = entry_quarter(year, entry.get("received_date"))
    cover = [(a, who) for a, who in pairs if a in covering([a for a, _ in pairs], quarter)]
    if not cover:
        return EntryLock(False, True)
    latest, who = max(cover, key=lambda p: p[0].day)
    return EntryLock(True, entry.get("status") in OPEN_STATUSES, latest, who)


# ---------------------------------------------------------------------- the store's side


def active_approvals(session: Session, year_id: int) -> dict[int, Approval]:
    rows = session.scalars(
        select(Approval).where(Approval.year_id == year_id, Approval.unlocked_at.is_(None))
    )
    return {row.quarter: row for row in rows}


def plain(rows: Iterable[Approval]) -> list[PlainApproval]:
    return [PlainApproval(row.quarter, row.approved_at) for row in rows]


def display_name_of(session: Session, actor: str) -> str:
    """An actor ("user:wang", as approvals and the audit log record it) as the office knows
    them: the user's display name; the recorded name when there is no such account."""
    kind, _, username = actor.partition(":")
    if kind != "user" or not username:
        return username or actor
    name = session.scalar(select(User.display_name).where(User.username == username))
    return name or username


def refusal(session: Session, what: Message, year: int, approval: Approval, why: str) -> Locked:
    scope = (
        msg("lock.scope.year", year=year)
        if approval.quarter == YEAR
        else msg("lock.scope.quarter", year=year, quarter=approval.quarter)
    )
    who = display_name_of(session, approval.approved_by)
    day = PlainApproval(approval.quarter, approval.approved_at).day
    return Locked(
        msg(
            "lock.refused",
            what=what,
            scope=scope,
            head=who,
            date=day.isoformat(),
            why=msg(why, date=day.isoformat()),
        )
    )


def _latest(rows: Iterable[Approval]) -> Approval:
    return max(rows, key=lambda a: PlainApproval(a.quarter, a.approved_at).day)


def ensure_unlocked(
    session: Session, year_id: int, year: int, quarters: Iterable[int], what: Message
) -> None:
    """Raise Locked when the year, or any of ``quarters``, is approved."""
    active = active_approvals(session, year_id)
    if not active:
        return
    wanted = set(quarters)
    hit = [a for q, a in active.items() if q == YEAR or q in wanted]
    if hit:
        raise refusal(session, what, year, _latest(hit), "lock.why.locked")


def ensure_ledger_change(
    session: Session,
    year_id: int,
    year: int,
    old: Mapping[str, Any] | None,
    new: Mapping[str, Any],
    what: Message,
) -> None:
    """Raise Locked unless the add or change is allowed (:func:`ledger_change_refusal`)."""
    active = active_approvals(session, year_id)
    why = ledger_change_refusal(plain(active.values()), year, old, new)
    if why is None:
        return
    quarters = {entry_quarter(year, new.get("received_date"))}
    if old is not None:
        quarters.add(entry_quarter(year, old.get("received_date")))
    hit = [a for q, a in active.items() if q == YEAR or q in quarters]
    raise refusal(session, what, year, _latest(hit or list(active.values())), why)


def ensure_attachable(
    session: Session, year_id: int, year: int, entry: Mapping[str, Any], what: Message
) -> None:
    active = active_approvals(session, year_id)
    why = attachment_refusal(plain(active.values()), year, entry)
    if why is not None:
        quarter = entry_quarter(year, entry.get("received_date"))
        hit = [a for q, a in active.items() if q in (YEAR, quarter)]
        raise refusal(session, what, year, _latest(hit), why)
