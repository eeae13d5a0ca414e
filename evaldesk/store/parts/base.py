"""What every part shares: access to the store's sessions and the year lookup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaldesk.errors import NotFound
from evaldesk.messages import msg
from evaldesk.store.models import Year

if TYPE_CHECKING:
    from evaldesk.store.store import Store


class Part:
    def __init__(self, store: Store) -> None:
        self._store = store


def year_row(session: Session, year: int) -> Year:
    row = session.scalar(select(Year).where(Year.year == year))
    if row is None:
        known = list(session.scalars(select(Year.year).order_by(Year.year)))
        listed = known or msg("years.none_yet")
        raise NotFound(msg("years.no_such", year=year, years=listed))
    return row
