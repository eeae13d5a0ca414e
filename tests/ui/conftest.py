"""UI test harness: one offscreen QApplication (pytest-qt), a real demo store per test.

The demo office is built once per session (``evaldesk demo`` when the store branch provides
it, otherwise the same shape through the services) and copied into each test's own folder, so
every test gets a fresh SQLite file in seconds. Settings go to a per-test ini file; the
Chinese translation is built once.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

PASSWORDS = {"admin": "admin-pass-1", "head": "head-pass-1", "clerk": "clerk-pass-1"}
YEAR = date.today().year


@dataclass
class Demo:
    folder: Path
    year: int
    passwords: dict[str, str]


def build_office(folder: Path) -> Demo:
    """A demo office through the services: the 湘人社发〔2021〕46号 rubric, three users,
    some ticks, some ledger entries (one overdue), for the current year."""
    from evaldesk.services import facts, ledger, users
    from evaldesk.services.actor import system_actor
    from evaldesk.services.setup import OfficeSetup, create_office
    from evaldesk.store import LedgerFields

    store = create_office(
        folder,
        system_actor("setup"),
        OfficeSetup(name="示范县人社局", rubric="hunan-rsxczx-2021", year=YEAR, unit="changsha"),
    )
    try:
        admin = users.create_first_admin(store, "admin", "王管理", PASSWORDS["admin"])
        users.add_user(store, admin, "head", "李局长", "head", PASSWORDS["head"])
        users.add_user(store, admin, "clerk", "张经办", "clerk", PASSWORDS["clerk"])
        clerk = users.login(store, "clerk", PASSWORDS["clerk"])
        facts.set_rule_fact(
            store, clerk, YEAR, "一.1", "1", {"lines": {"1": "met", "2": "met", "3": "met"}}
        )
        facts.set_rule_fact(store, clerk, YEAR, "一.3", "3", {"count": 1})
        start = date(YEAR, 1, 10)
        ledger.add_entry(
            store,
            clerk,
            YEAR,
            LedgerFields(
                source="assigned",
                title="落实乡村振兴年度工作方案",
                received_date=start,
                deadline=start + timedelta(days=20),
                status="done",
                done_date=start + timedelta(days=15),
                item_code="一.1",
            ),
        )
    finally:
        store.close()
    return Demo(folder, YEAR, dict(PASSWORDS))


def _build_template(folder: Path) -> Demo:
    try:
        from evaldesk.services import demo as demo_service  # type: ignore[attr-defined]
    except ImportError:
        return build_office(folder)
    made: Any = demo_service.create_demo(folder)  # pragma: no cover - when the store lands
    return Demo(folder, int(made.year), dict(made.passwords))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return _build_template(tmp_path_factory.mktemp("demo-template") / "data")


@pytest.fixture
def demo(demo_template: Demo, tmp_path: Path) -> Demo:
    """A fresh copy of the demo office for this test."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_template.folder, folder)
    return Demo(folder, demo_template.year, dict(demo_template.passwords))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVALDESK_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.delenv("EVALDESK_AUTOLOGIN", raising=False)
    monkeypatch.delenv("EVALDESK_AUTOLOGIN_PASSWORD", raising=False)
    monkeypatch.delenv("EVALDESK_SMOKE_EXIT", raising=False)


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors that would have been shown in the error dialog (no modal dialog in tests)."""
    from evaldesk.ui import errors

    seen: list[BaseException] = []
    monkeypatch.setattr(errors, "presenter", lambda parent, exc, info: seen.append(exc))
    return seen


@pytest.fixture
def open_ctx(demo: Demo, qapp: Any) -> Iterator[Any]:
    """Log in as a demo user and give an AppContext: ``ctx = open_ctx("clerk")``."""
    from evaldesk.services import users
    from evaldesk.store import open_store
    from evaldesk.ui.context import AppContext

    opened: list[Any] = []

    def make(username: str = "clerk") -> Any:
        store = open_store(demo.folder)
        actor = users.login(store, username, demo.passwords[username])
        ctx = AppContext(demo.folder, store, actor, demo.year)
        opened.append(ctx)
        return ctx

    yield make
    for ctx in opened:
        ctx.close()
        ctx.store.close()


@pytest.fixture(scope="session", autouse=True)
def _chinese_built() -> None:
    from evaldesk.ui import i18n

    i18n.ensure_built("zh_CN")
