"""Stores for the report-form, ranking and subsidy tests, built through the services."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evaldesk.demo.sample_form import fill_form, sample_facts
from evaldesk.services.actor import Actor, system_actor
from evaldesk.services.setup import OfficeSetup, create_office
from evaldesk.store import Store

FORM_RUBRIC = "dept-spending-selfeval"
FORM_YEAR = 2022
RUGAO = "rugao-rsks-2021"
RUGAO_YEAR = 2021
RUGAO_UNIT = "dongchen"  # 东陈镇, group 镇 with nine other towns


def report_office(data_dir: Path, *, filled: bool = True) -> tuple[Store, Actor]:
    """A 2022 office on the report template, filled with the 靖州县 sample form."""
    actor = system_actor("test")
    store = create_office(
        data_dir,
        actor,
        OfficeSetup(name="靖州县人力资源和社会保障局", rubric=FORM_RUBRIC, year=FORM_YEAR),
    )
    sample = sample_facts(FORM_RUBRIC)
    assert sample is not None
    if filled:
        fill_form(store, actor, FORM_YEAR, sample)
    return store, actor


def rugao_office(data_dir: Path) -> tuple[Store, Actor]:
    actor = system_actor("test")
    store = create_office(
        data_dir,
        actor,
        OfficeSetup(name="东陈镇人社所", rubric=RUGAO, year=RUGAO_YEAR, unit=RUGAO_UNIT),
    )
    return store, actor


def context(data_dir: Path, store: Store, actor: Actor, year: int) -> Any:
    from evaldesk.ui.context import AppContext

    return AppContext(data_dir, store, actor, year)
