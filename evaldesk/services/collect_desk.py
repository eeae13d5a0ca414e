"""Small reads the receiving office's window needs (issue 18), on top of the collect services:
is this folder a receiving office, a ballot's problems before it is saved (the live quota
check), the ballot sheets as the office computes them, and a unit's files to open."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from evaldesk.collect.ballots import Sheet, Tally, ballot_problems, fit_problem
from evaldesk.collect.packages import difference_line
from evaldesk.errors import NotFound
from evaldesk.export.trust import grouped
from evaldesk.messages import Message, msg
from evaldesk.services import collect_files
from evaldesk.services.collect_results import CollectState, collect_state
from evaldesk.services.collect_scores import ballot_sheets
from evaldesk.store import Store
from evaldesk.store.records_collect import PackageRec


def is_receiving(store: Store) -> bool:
    """True when the open data folder is a receiving office (not a unit's)."""
    return store.collect.year() is not None


def check_ballot(sheet: Sheet, voter: str, grades: Mapping[str, str]) -> list[Message]:
    """What :func:`collect_scores.enter_ballot` would refuse in this ballot (empty: none), so
    the form can say it while the clerk types; the service checks again on save."""
    given = {u: g.strip().upper() for u, g in grades.items() if g and g.strip()}
    return ballot_problems(sheet, voter, given)


def sheet_fit(sheet: Sheet) -> Message | None:
    """The quotas cannot grade every unit of the sheet as the source words them (a decision)."""
    return fit_problem(sheet)


@dataclass(frozen=True)
class SheetView:
    sheet: Sheet
    tallies: Mapping[str, Tally]  # unit -> grades received and the average, as computed
    ballots: int


def sheet_views(store: Store) -> list[SheetView]:
    """Every ballot sheet with its tallies as the office computes them now."""
    computed = {s.sheet.key: s for s in collect_state(store).computed.sheets}
    out = []
    for sheet in ballot_sheets(store):
        found = computed.get(sheet.key)
        tallies = found.tallies if found is not None else {}
        out.append(SheetView(sheet, tallies, len(found.ballots) if found is not None else 0))
    return out


def review_counts(state: CollectState) -> dict[str, tuple[int, int]]:
    """Unit -> (items with a 初评, items with a 审定)."""
    out: dict[str, list[int]] = {}
    for (unit, _item, kind), rec in state.reviews.items():
        if rec.value is None:
            continue
        counts = out.setdefault(unit, [0, 0])
        counts[0 if kind == "initial" else 1] += 1
    return {u: (c[0], c[1]) for u, c in out.items()}


def _package(store: Store, unit: str) -> PackageRec:
    state = collect_state(store)
    package = state.packages.get(unit) or state.drafts.get(unit)
    if package is None:
        name = state.unit(unit).name if state.unit(unit) is not None else unit  # type: ignore[union-attr]
        raise NotFound(msg("collect.desk.nothing_received", unit=name))
    return package


def open_report(store: Store, unit: str) -> Path:
    """A copy of the unit's report PDF, for the system's viewer."""
    return collect_files.open_copy(store, _package(store, unit), collect_files.REPORT)


def open_ledger(store: Store, unit: str) -> Path:
    return collect_files.open_copy(store, _package(store, unit), collect_files.LEDGER)


def item_evidence(store: Store, unit: str, item: str) -> list[collect_files.EvidenceEntry]:
    return collect_files.evidence(store, _package(store, unit), item)


def open_evidence(store: Store, unit: str, entry: collect_files.EvidenceEntry) -> Path:
    return collect_files.open_copy(store, _package(store, unit), entry.path, entry.original_name)


def points_of(sheet: Sheet) -> dict[str, Decimal]:
    """Grade -> points (10/6/0, 5/3/0) as the rubric gives them."""
    return dict(sheet.rule.grades)


def quotas_of(sheet: Sheet) -> dict[str, Decimal]:
    """Grade -> the most share of one ballot ("A等次不超过30%": 0.30)."""
    return dict(sheet.rule.quotas)


def grouped_fingerprint(fpr: str) -> str:
    """A fingerprint grouped as the report cover prints it."""
    return grouped(fpr)


@dataclass(frozen=True)
class InterpretationDifference:
    """An interpretation in force that the unit scored with otherwise than this office does
    (the office's counts), in words: its title, never its internal id."""

    title: str
    unit_value: str | None  # None: the unit's package does not have it
    office_value: str | None  # None: this office's rubric does not have it
    set_by_unit: bool  # the unit set its own value (rather than the rubric's)
    missing: str | None  # "package" / "office": the side that does not have it at all
    line: Message  # the whole difference in one sentence


def interpretation_differences(flags: Mapping[str, Any]) -> list[InterpretationDifference]:
    """The differences an import noted in a package's flags (empty: none)."""
    out = []
    for diff in flags.get("interpretations") or []:
        out.append(
            InterpretationDifference(
                str(diff.get("title") or diff.get("id") or ""),
                diff.get("package"),
                diff.get("office"),
                bool(diff.get("set_by_unit")),
                diff.get("missing"),
                difference_line(diff),
            )
        )
    return out


def unit_differences(state: CollectState, unit: str) -> list[InterpretationDifference]:
    """The differences of the unit's package in force (empty: none, or nothing received)."""
    package = state.packages.get(unit)
    return interpretation_differences(package.flags) if package is not None else []
