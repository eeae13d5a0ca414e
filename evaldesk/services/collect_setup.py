"""The receiving office (issue 18): a data folder set up to receive the units' packages of one
rubric and year, and its list of units.

It is an office like any other (office row, its year with the rubric copy pinned, users, audit
chain, backups, `check`), marked as receiving by ``store.collect``. Its units start as the
rubric's units and can be edited: 湘人社发〔2021〕46号 lists one generic unit ``dept`` (厅机关处室
单位) where the receiving office needs each department, so a unit has its own code and name and
names the rubric unit it is scored as (``rubric_unit``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from evaldesk.errors import InputError
from evaldesk.messages import msg
from evaldesk.rubrics.model import Rubric
from evaldesk.services.actor import Actor
from evaldesk.services.roles import require
from evaldesk.services.rubric import pinned_text, year_rubric
from evaldesk.services.setup import OfficeSetup, create_office
from evaldesk.store import Store
from evaldesk.store.records_collect import UnitRec

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass(frozen=True)
class UnitDraft:
    """A unit as the wizard or a file gives it, before it is on the list."""

    code: str
    name: str
    rubric_unit: str | None


@dataclass(frozen=True)
class ReceivingSetup:
    name: str
    rubric: str  # built-in id or a file path
    year: int
    units: tuple[UnitDraft, ...] | None = None  # None: the rubric's units
    region: str = ""
    contact: str = ""


def default_units(rubric: Rubric) -> list[UnitDraft]:
    """The rubric's units, each scored as itself (the list the wizard starts from)."""
    return [UnitDraft(u.id, u.name, u.id) for u in rubric.units]


def _checked(drafts: list[UnitDraft], rubric: Rubric) -> list[UnitDraft]:
    seen: set[str] = set()
    out = []
    for draft in drafts:
        out.append(check_unit(draft, rubric))
        if draft.code in seen:
            raise InputError(msg("collect.setup.code_twice", code=draft.code))
        seen.add(draft.code)
    return out


def check_unit(draft: UnitDraft, rubric: Rubric) -> UnitDraft:
    """The unit with its fields trimmed; refused with what to fix."""
    code, name = draft.code.strip(), draft.name.strip()
    if not _CODE.match(code):
        raise InputError(msg("collect.setup.bad_code", code=code))
    if not name:
        raise InputError(msg("collect.setup.needs_name", code=code))
    rubric_unit = (draft.rubric_unit or "").strip() or None
    if rubric.units:
        known = {u.id for u in rubric.units}
        if rubric_unit not in known:
            names = [f"{u.id}（{u.name}）" for u in rubric.units]
            raise InputError(
                msg("collect.setup.bad_rubric_unit", code=code, unit=rubric_unit, known=names)
            )
    elif rubric_unit is not None:
        raise InputError(msg("collect.setup.no_rubric_units", rubric=rubric.id))
    return UnitDraft(code, name, rubric_unit)


def create_receiving_office(data_dir: Path, actor: Actor, setup: ReceivingSetup) -> Store:
    """A new data folder that receives ``setup.rubric``'s packages of ``setup.year``."""
    loaded, _text = pinned_text(setup.rubric)
    rubric = loaded.rubric
    drafts = list(setup.units) if setup.units is not None else default_units(rubric)
    units = _checked(drafts, rubric)
    store = create_office(
        data_dir,
        actor,
        OfficeSetup(
            name=setup.name,
            rubric=setup.rubric,
            year=setup.year,
            region=setup.region,
            contact=setup.contact,
            kind="receiving",
        ),
    )
    try:
        with store.write(actor.name) as tx:
            store.collect.create(tx, setup.year)
            for unit in units:
                store.collect.add_unit(tx, unit.code, unit.name, unit.rubric_unit)
    except BaseException:
        store.close()
        raise
    return store


def receiving_year(store: Store) -> int | None:
    """The year this office receives, or None when it is a unit's office."""
    return store.collect.year()


def require_receiving(store: Store) -> int:
    year = store.collect.year()
    if year is None:
        raise InputError(msg("collect.setup.not_receiving", path=str(store.data_dir)))
    return year


def receiving_rubric(store: Store) -> Rubric:
    """The rubric copy of the year this office receives."""
    return year_rubric(store, require_receiving(store)).rubric


def units(store: Store, *, removed: bool = False) -> list[UnitRec]:
    return store.collect.units(removed=removed)


def add_unit(store: Store, actor: Actor, draft: UnitDraft) -> UnitRec:
    require(actor, "office.manage")
    unit = check_unit(draft, receiving_rubric(store))
    with store.write(actor.name) as tx:
        return store.collect.add_unit(tx, unit.code, unit.name, unit.rubric_unit)


def update_unit(
    store: Store,
    actor: Actor,
    code: str,
    *,
    name: str | None = None,
    rubric_unit: str | None = None,
) -> UnitRec:
    require(actor, "office.manage")
    current = next((u for u in store.collect.units() if u.code == code), None)
    if current is None:
        raise InputError(msg("collect.setup.no_unit", code=code))
    draft = UnitDraft(
        code,
        current.name if name is None else name,
        current.rubric_unit if rubric_unit is None else rubric_unit,
    )
    unit = check_unit(draft, receiving_rubric(store))
    with store.write(actor.name) as tx:
        return store.collect.update_unit(tx, code, name=unit.name, rubric_unit=unit.rubric_unit)


def remove_unit(store: Store, actor: Actor, code: str, reason: str) -> UnitRec:
    """Take a unit off the list; its packages and scores are kept."""
    require(actor, "office.manage")
    if not reason.strip():
        raise InputError(msg("collect.setup.reason_needed"))
    with store.write(actor.name) as tx:
        return store.collect.remove_unit(tx, code, reason.strip())


def restore_unit(store: Store, actor: Actor, code: str, reason: str) -> UnitRec:
    """Put a unit taken off the list back on it, with the reason (a removal made by mistake,
    or the unit reporting again); its packages and scores count again."""
    require(actor, "office.manage")
    if not reason.strip():
        raise InputError(msg("collect.setup.restore_reason_needed"))
    with store.write(actor.name) as tx:
        return store.collect.restore_unit(tx, code, reason.strip())
