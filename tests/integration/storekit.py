"""Helpers for the store tests: a real store in a temporary folder, on a small rubric of our
own, with one account per role. Dates are fixed: the year is 2024 and "today" is 2024-06-30."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from argon2 import PasswordHasher

from evaldesk.services import setup, users
from evaldesk.services.actor import Actor, system_actor
from evaldesk.store import Store

DATA = Path(__file__).resolve().parent / "data"
SMALL_RUBRIC = str(DATA / "small-rubric.yaml")
YEAR = 2024
TODAY = date(2024, 6, 30)


CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)


@dataclass
class Office:
    store: Store
    admin: Actor
    head: Actor
    clerk: Actor
    system: Actor
    data_dir: Path


def make_office(data_dir: Path, rubric: str = SMALL_RUBRIC) -> Office:
    system = system_actor("test")
    store = setup.create_office(
        data_dir, system, setup.OfficeSetup(name="测试县人社局", rubric=rubric, year=YEAR)
    )
    actors = {}
    for username, role in (("admin", "admin"), ("head", "head"), ("clerk", "clerk")):
        users.add_user(store, system, username, f"{role}名", role, "correct horse")
        actors[role] = users.login(store, username, "correct horse")
    return Office(store, actors["admin"], actors["head"], actors["clerk"], system, data_dir)
