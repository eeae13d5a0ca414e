"""What the screens show around the records: the office's name, its years and the rubric each is
scored with, and the year's rubric items and areas (sections) to choose from."""

from __future__ import annotations

from dataclasses import dataclass

from evaldesk.services.rubric import year_rubric
from evaldesk.store import Store, YearRec


@dataclass(frozen=True, slots=True)
class Choice:
    code: str
    title: str

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}"


def item_choices(store: Store, year: int) -> list[Choice]:
    """Every item of the rubric the year is scored with, in the rubric's order."""
    return [Choice(i.code, i.title) for i in year_rubric(store, year).rubric.items()]


def section_choices(store: Store, year: int) -> list[Choice]:
    """The rubric's areas (sections): a quarterly dispatch report has one progress text per area."""
    return [Choice(s.code, s.title) for s in year_rubric(store, year).rubric.sections]


def years(store: Store) -> list[int]:
    """The office's assessment years, oldest first."""
    return [y.year for y in store.years.list()]


def office_name(store: Store) -> str:
    office = store.office.get()
    return office.name if office is not None else ""


def latest_year(store: Store) -> int:
    """The newest assessment year (NotFound when the office has none yet)."""
    return store.years.latest().year


def year_record(store: Store, year: int) -> YearRec:
    """The year with the rubric it is scored with (id, version, title, SHA-256)."""
    return store.years.get(year)
