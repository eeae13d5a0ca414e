"""Creating an office and its assessment years (the first-run wizard, `evaldesk demo`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from evaldesk.errors import InputError
from evaldesk.messages import msg
from evaldesk.rubrics.model import Rubric
from evaldesk.services.actor import Actor
from evaldesk.services.ledger_rules import validate_entry
from evaldesk.services.roles import require
from evaldesk.services.rubric import pinned_text
from evaldesk.services.rubric_files import RubricChoice
from evaldesk.store import LedgerFields, OfficeRec, Store, YearRec, open_store, store_exists


@dataclass(frozen=True)
class OfficeSetup:
    name: str
    rubric: str  # built-in id or a file path
    year: int
    unit: str | None = None
    region: str = ""
    contact: str = ""
    #: "receiving": the office receives the units' packages (evaldesk.services.collect_setup);
    #: it is none of the rubric's units itself.
    kind: Literal["unit", "receiving"] = "unit"


def _check_unit(setup_unit: str | None, rubric: Rubric) -> str | None:
    """The unit id to store. Required when the rubric has per-unit targets."""
    if not rubric.units:
        if setup_unit:
            raise InputError(msg("setup.no_units", rubric=rubric.id))
        return None
    names = [u.name for u in rubric.units]
    if not setup_unit:
        if rubric.targets:
            raise InputError(msg("setup.choose_unit", rubric=rubric.id, names=names))
        return None
    unit = rubric.unit(setup_unit)
    if unit is None:
        raise InputError(msg("setup.not_a_unit", unit=setup_unit, rubric=rubric.id, names=names))
    return unit.id


def create_office(data_dir: Path, actor: Actor, setup: OfficeSetup) -> Store:
    """Create a new store with its office and first year. Refuses an existing store."""
    if not setup.name.strip():
        raise InputError(msg("setup.needs_name"))
    loaded, text = pinned_text(setup.rubric)
    unit = None if setup.kind == "receiving" else _check_unit(setup.unit, loaded.rubric)
    existed = store_exists(data_dir)
    store = open_store(data_dir, create=True)
    try:
        # A store left empty by an interrupted wizard may be reused; an office never.
        if existed and (store.office.get() is not None or store.users.count() > 0):
            raise InputError(msg("setup.office_exists", path=data_dir))
        with store.write(actor.name) as tx:
            store.office.create(
                tx, OfficeRec(setup.name.strip(), unit, setup.region.strip(), setup.contact.strip())
            )
            store.years.create(
                tx,
                setup.year,
                rubric_id=loaded.rubric.id,
                rubric_version=loaded.rubric.version,
                rubric_sha256=loaded.sha256,
                rubric_title=loaded.rubric.title,
                rubric_text=text,
            )
    except BaseException:
        store.close()
        raise
    return store


def add_year(
    store: Store,
    actor: Actor,
    year: int,
    rubric: str | RubricChoice,
    *,
    entries: Sequence[LedgerFields] = (),
    today: date | None = None,
) -> YearRec:
    """A new assessment year with the rubric as it is today (pinned from now on): a built-in
    id or a file path, or a choice of evaldesk.services.rubric_files (last year's pinned copy,
    a saved version, an imported one). ``entries``: last year's ledger entries the person
    confirmed to carry over (evaldesk.services.new_year), added in the same transaction."""
    require(actor, "office.manage")
    if isinstance(rubric, RubricChoice):
        loaded, text = rubric.loaded, rubric.text
    else:
        loaded, text = pinned_text(rubric)
    office = store.office.require()
    _check_unit(office.unit, loaded.rubric)
    day = today or date.today()
    # The carried entries are part of setting the year up (the administrator starting it
    # confirms each); they are written and audited as ledger additions.
    clean = [validate_entry(e, year, loaded.rubric, day) for e in entries]
    with store.write(actor.name) as tx:
        created = store.years.create(
            tx,
            year,
            rubric_id=loaded.rubric.id,
            rubric_version=loaded.rubric.version,
            rubric_sha256=loaded.sha256,
            rubric_title=loaded.rubric.title,
            rubric_text=text,
        )
        for entry in clean:
            store.ledger.add(tx, year, entry)
        return created


def update_office(
    store: Store,
    actor: Actor,
    *,
    name: str | None = None,
    region: str | None = None,
    contact: str | None = None,
) -> OfficeRec:
    require(actor, "office.manage")
    changes = {
        k: v.strip()
        for k, v in (("name", name), ("region", region), ("contact", contact))
        if v is not None
    }
    if "name" in changes and not changes["name"]:
        raise InputError(msg("setup.needs_name"))
    with store.write(actor.name) as tx:
        return store.office.update(tx, **changes)
