"""Receiving offices for the UI tests (issue 18), made through the real services with
tests/integration/collectkit.py: built once per session, copied into each test's folder.

* ``rugao_office``: 如皋 (rugao-rsks-2021) with two towns' packages imported (the other twelve
  not yet received), and the packages themselves (for imports: one again is a duplicate);
* ``hunan_office``: 湘人社发〔2021〕46号 (000) with nothing imported: its ballot sheets (the
  leaders' on the 14 cities, the cities' on the departments) need no package.

Each has the accounts clerk, ping (reviewer), head and admin, password ``PASSWORD``.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))

from collectkit import UnitSpec, export_unit, make_unit, receiving
from storekit import CHEAP_HASHER

RUGAO = "rugao-rsks-2021"
HUNAN = "hunan-rsxczx-2021"
PASSWORD = "correct horse"
ACCOUNTS = (("clerk", "clerk"), ("ping", "reviewer"), ("head", "head"), ("admin", "admin"))


@dataclass
class Office:
    folder: Path
    packages: list[Path]


def _people(store: Any) -> None:
    from evaldesk.services import users
    from evaldesk.services.actor import system_actor

    for name, role in ACCOUNTS:
        users.add_user(store, system_actor("test"), name, name, role, PASSWORD)


def build_rugao(root: Path) -> Office:
    from evaldesk.services import collect_import, users

    saved, users._hasher = users._hasher, CHEAP_HASHER
    try:
        packages = []
        for unit, name, zhibao in (
            ("gaoxinqu", "高新区（城南街道）", 1500),
            ("dongchen", "东陈镇", 1194),
        ):
            spec = UnitSpec(
                unit,
                name,
                {"一.1.1": {"1": {"actual": zhibao}}, "一.1.3": {"1": {"actual": zhibao}}},
            )
            folder = make_unit(root / unit, RUGAO, spec, filler=False)
            packages.append(export_unit(folder, root / f"{unit}.zip", today=date(2022, 1, 12)))
        office = root / "office"
        store = receiving(office, RUGAO)
        try:
            _people(store)
            clerk = users.login(store, "clerk", PASSWORD)
            asked = collect_import.import_packages(store, clerk, packages)
            collect_import.import_packages(
                store, clerk, packages, accept={o.fingerprint or "": None for o in asked}
            )
        finally:
            store.close()
    finally:
        users._hasher = saved
    return Office(office, packages)


def build_hunan(root: Path) -> Office:
    from evaldesk.services import users

    saved, users._hasher = users._hasher, CHEAP_HASHER
    try:
        store = receiving(root / "office", HUNAN)
        try:
            _people(store)
        finally:
            store.close()
    finally:
        users._hasher = saved
    return Office(root / "office", [])


@pytest.fixture(scope="session")
def rugao_template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_rugao(tmp_path_factory.mktemp("rugao-office"))


@pytest.fixture(scope="session")
def hunan_template(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return build_hunan(tmp_path_factory.mktemp("hunan-office"))


def _copy(template: Office, tmp_path: Path, name: str) -> Office:
    folder = tmp_path / name
    shutil.copytree(template.folder, folder)
    return Office(folder, list(template.packages))


@pytest.fixture
def rugao_office(rugao_template: Office, tmp_path: Path) -> Office:
    return _copy(rugao_template, tmp_path, "rugao")


@pytest.fixture
def hunan_office(hunan_template: Office, tmp_path: Path) -> Office:
    return _copy(hunan_template, tmp_path, "hunan")


@pytest.fixture
def office_ctx(qapp: Any, shown_errors: list[BaseException]) -> Iterator[Any]:
    """``ctx = office_ctx(office, "clerk")``: an AppContext signed in as that account."""
    from evaldesk.services import users
    from evaldesk.services.collect_setup import require_receiving
    from evaldesk.store import open_store
    from evaldesk.ui.context import AppContext

    opened: list[Any] = []

    def make(office: Office, username: str = "clerk") -> Any:
        store = open_store(office.folder, auto_backup=False)
        actor = users.login(store, username, PASSWORD)
        ctx = AppContext(office.folder, store, actor, require_receiving(store))
        opened.append(ctx)
        return ctx

    yield make
    for ctx in opened:
        ctx.close()
        ctx.store.close()


@pytest.fixture
def opened_files(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files handed to the system's viewer (there is no desktop in the tests)."""
    from evaldesk.ui.collect import launch

    seen: list[Path] = []

    def fake(path: Path) -> bool:
        seen.append(path)
        return True

    monkeypatch.setattr(launch, "launcher", fake)
    return seen
