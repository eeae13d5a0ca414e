"""Helpers for the receiving office's tests: units that record facts and export signed
packages through the real services, and a receiving office that takes them in."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from evaldesk.demo.rule_facts import demo_facts
from evaldesk.errors import EvalDeskError
from evaldesk.rubrics.registry import get
from evaldesk.services import approvals, evidence, facts, setup
from evaldesk.services.actor import system_actor
from evaldesk.services.collect_setup import ReceivingSetup, UnitDraft, create_receiving_office
from evaldesk.services.export import export_year
from evaldesk.store import Store

PASSPHRASE = "correct horse battery"
SHARED_NOTICE = b"%PDF-1.4\n% the province's notice, attached by every unit\n" + b"x" * 4000


@dataclass
class UnitSpec:
    unit: str  # rubric unit id
    name: str
    facts: Mapping[str, Mapping[str, Any]]  # item code -> rule id -> fact
    seed: int = 1
    subsidy_flags: Mapping[str, bool] | None = None


def make_unit(
    folder: Path,
    rubric: str,
    spec: UnitSpec,
    year: int = 2021,
    *,
    filler: bool = True,
    evidence_files: int = 1,
    approved: bool = True,
) -> Path:
    """A unit's data folder with ``spec``'s facts (and plausible ones for the other items),
    the province's notice and a file of its own as evidence, and (``approved``) its year
    approved, so that its packages are final rather than drafts. Returns the folder."""
    actor = system_actor("unit")
    store = setup.create_office(
        folder,
        actor,
        setup.OfficeSetup(name=spec.name, rubric=rubric, year=year, unit=spec.unit),
    )
    try:
        given = {code for code in spec.facts}
        if filler:
            loaded = get(rubric).rubric
            for scope, code, rule_id, fact in demo_facts(loaded, random.Random(spec.seed)):
                if scope == "item" and code in given:
                    continue
                with contextlib.suppress(EvalDeskError):  # a shape the filler does not know
                    facts.set_rule_fact(store, actor, year, code, rule_id, fact, scope=scope)
        for code, rules in spec.facts.items():
            for rule_id, fact in rules.items():
                facts.set_rule_fact(store, actor, year, code, rule_id, dict(fact))
        if spec.subsidy_flags:
            from evaldesk.services import subsidies

            for flag, value in spec.subsidy_flags.items():
                subsidies.set_flag(store, actor, year, flag, value)
        tmp = folder.parent / f"{folder.name}-files"
        tmp.mkdir(exist_ok=True)
        notice = tmp / "关于做好年度考核工作的通知.pdf"
        notice.write_bytes(SHARED_NOTICE)
        evidence.attach_file(store, actor, year, notice)
        for n in range(evidence_files):
            own = tmp / f"{spec.unit}-{n}.txt"
            own.write_text(f"{spec.name} 的佐证 {n}\n" * 200, encoding="utf-8")
            evidence.attach_file(store, actor, year, own)
        if approved:
            approvals.approve(store, actor, year, 0, "全年自评已审核")
    finally:
        store.close()
    return folder


def export_unit(folder: Path, out: Path, year: int = 2021, today: date | None = None) -> Path:
    export_year(folder, year, out, PASSPHRASE, today=today or date(year + 1, 1, 15))
    return out


def receiving(folder: Path, rubric: str, units: list[UnitDraft] | None = None) -> Store:
    return create_receiving_office(
        folder,
        system_actor("test"),
        ReceivingSetup(name="考核办公室", rubric=rubric, year=2021, units=units),
    )
