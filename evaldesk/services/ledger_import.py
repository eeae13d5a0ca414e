"""Adding many ledger entries at once (spreadsheet import, test and benchmark data).

Every entry goes through the same validation as one typed into the dialog
(:func:`evaldesk.services.ledger_rules.validate_entry`), so an import says the same thing, per
row, as the form says per field. Rows are checked first (nothing written), then the good rows
are added in ONE write transaction: a cancel or a failure part-way leaves the ledger as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from evaldesk.errors import Cancelled
from evaldesk.messages import Message, msg
from evaldesk.services.actor import Actor
from evaldesk.services.ledger_rules import validate_entry
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric
from evaldesk.services.validation import InvalidFields, field_problem
from evaldesk.store import LedgerFields, Store
from evaldesk.store.dates import quarter_of

Progress = Callable[[int, int], None]  # (done, total)
CancelCheck = Callable[[], bool]

#: How often (in rows) progress is reported and a cancel request is looked at.
STEP = 200


@dataclass(frozen=True)
class RowCheck:
    """One row of an import: its number in the source, the cleaned entry or what is wrong."""

    row: int
    entry: LedgerFields | None
    errors: dict[str, Message] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.entry is not None and not self.errors


def check_entries(
    store: Store,
    year: int,
    rows: Iterable[tuple[int, LedgerFields | None, dict[str, Message]]],
    *,
    today: date | None = None,
) -> list[RowCheck]:
    """Validate rows (number, entry or None, errors already found while reading) without writing.

    Rows received in an approved (locked) quarter are refused here too, so the preview shows
    them before anything is written.
    """
    day = today or date.today()
    rubric = year_rubric(store, year).rubric
    locked = store.approvals.locked(year)
    approvers = {a.approved_by: store.users.display_name(a.approved_by) for a in locked.values()}
    checked: list[RowCheck] = []
    for number, entry, read_errors in rows:
        errors = dict(read_errors)
        clean: LedgerFields | None = None
        if entry is not None and not errors:
            try:
                clean = validate_entry(entry, year, rubric, day)
            except InvalidFields as exc:
                errors.update(exc.fields)
        if clean is not None and locked:
            quarter = quarter_of(clean.received_date) if clean.received_date.year == year else 0
            approval = locked.get(0) or locked.get(quarter)
            if approval is not None:
                who = approvers[approval.approved_by]
                errors["received_date"] = (
                    msg("ledger.import_year_locked", year=year, who=who)
                    if approval.quarter == 0
                    else msg(
                        "ledger.import_quarter_locked",
                        quarter=approval.quarter,
                        year=year,
                        who=who,
                    )
                )
                clean = None
        located = {name: field_problem(name, problem) for name, problem in errors.items()}
        checked.append(RowCheck(number, None if errors else clean, located))
    return checked


def add_entries(
    store: Store,
    actor: Actor,
    year: int,
    entries: Sequence[LedgerFields],
    *,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Validate and add ``entries`` in one transaction; returns how many were added.

    Raises InvalidFields for the first bad entry (nothing is written then); use
    :func:`check_entries` first to report every bad row.
    """
    require(actor, "ledger.edit")
    day = today or date.today()
    rubric = year_rubric(store, year).rubric
    clean = [validate_entry(entry, year, rubric, day) for entry in entries]
    total = len(clean)
    if progress:
        progress(0, total)
    with store.write(actor.name) as tx:
        for done, entry in enumerate(clean, start=1):
            store.ledger.add(tx, year, entry)
            if done % STEP == 0 or done == total:
                if cancelled and cancelled():
                    raise Cancelled(msg("ledger.import_cancelled_after", done=done, total=total))
                if progress:
                    progress(done, total)
    return total
