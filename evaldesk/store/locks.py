"""What an approval locks, decided in one place and enforced by the store itself.

* An approved year (quarter 0) locks everything of that year: facts, ledger, dispatch,
  evidence and their links.
* An approved quarter locks its dispatch record and the ledger entries received in it. A
  ledger entry from a locked quarter that was still open may still be closed (its status and
  done date), so progress on open work never waits for an unlock; every other change to it,
  and adding an entry received in that quarter, needs a head's logged unlock.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaldesk.errors import Locked
from evaldesk.store.models import Approval, User

YEAR = 0
PROGRESS_FIELDS = frozenset({"status", "done_date", "attachments"})
OPEN_STATUSES = frozenset({"open", "in_progress"})


def active_approvals(session: Session, year_id: int) -> dict[int, Approval]:
    rows = session.scalars(
        select(Approval).where(Approval.year_id == year_id, Approval.unlocked_at.is_(None))
    )
    return {row.quarter: row for row in rows}


def display_name_of(session: Session, actor: str) -> str:
    """An actor ("user:wang", as approvals and the audit log record it) as the office knows
    them: the user's display name; the recorded name when there is no such account."""
    kind, _, username = actor.partition(":")
    if kind != "user" or not username:
        return username or actor
    name = session.scalar(select(User.display_name).where(User.username == username))
    return name or username


def _refusal(session: Session, what: str, year: int, approval: Approval) -> Locked:
    return Locked(_message(what, year, approval, display_name_of(session, approval.approved_by)))


def _message(what: str, year: int, approval: Approval, who: str) -> str:
    scope = (
        f"the year {year}" if approval.quarter == YEAR else f"quarter {approval.quarter} of {year}"
    )
    return (
        f"{what}: {scope} was approved by {who} on {approval.approved_at[:10]} "
        "and is locked; a head (负责人) must unlock it first"
    )


def ensure_unlocked(
    session: Session, year_id: int, year: int, quarters: Iterable[int], what: str
) -> None:
    """Raise Locked when the year, or any of ``quarters``, is approved."""
    active = active_approvals(session, year_id)
    if not active:
        return
    if YEAR in active:
        raise _refusal(session, what, year, active[YEAR])
    for quarter in quarters:
        if quarter in active:
            raise _refusal(session, what, year, active[quarter])


def ensure_entry_editable(
    session: Session,
    year_id: int,
    year: int,
    quarter: int,
    status_before: str,
    changed: set[str],
    what: str,
) -> None:
    """The ledger rule above: closing still-open work from a locked quarter is allowed."""
    active = active_approvals(session, year_id)
    if not active:
        return
    if YEAR in active:
        raise _refusal(session, what, year, active[YEAR])
    if quarter in active and not (status_before in OPEN_STATUSES and changed <= PROGRESS_FIELDS):
        raise _refusal(session, what, year, active[quarter])
