"""UI test harness: one offscreen QApplication (pytest-qt), a real demo store per test.

The demo office (``evaldesk demo``) is built once per session and copied into each test's own
folder, so every test gets a fresh SQLite file in a moment. Settings go to a per-test ini file; the
Chinese translation is built once.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass
class Demo:
    folder: Path
    year: int
    passwords: dict[str, str]


def build_demo_office(folder: Path) -> Demo:
    """The office `evaldesk demo` creates (湘人社发〔2021〕46号, last year, quarters 1-3
    approved), with the passwords it printed."""
    from evaldesk.demo import build_demo

    made = build_demo(folder, rubric="hunan-rsxczx-2021")
    return Demo(folder, made.year, {user: password for user, _r, _d, password in made.accounts})


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return build_demo_office(tmp_path_factory.mktemp("demo-template") / "data")


@pytest.fixture
def demo(demo_template: Demo, tmp_path: Path) -> Demo:
    """A fresh copy of the demo office for this test."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_template.folder, folder)
    return Demo(folder, demo_template.year, dict(demo_template.passwords))


@pytest.fixture(autouse=True)
def _messages_follow_the_interface() -> None:
    """The interface runs in English in these tests unless one installs Chinese (the ``chinese``
    fixtures); the core's messages follow the interface language, as i18n.install makes them
    do in the app (the suite's own default, Chinese, is for the core without an interface)."""
    from evaldesk.ui import i18n

    i18n.install("en")


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


@pytest.fixture
def ctx(demo: Demo, qapp: Any, shown_errors: list[BaseException]) -> Iterator[Any]:
    """An AppContext on a fresh copy of the demo office, acting as the system actor."""
    from evaldesk.services.actor import system_actor
    from evaldesk.store import open_store
    from evaldesk.ui.context import AppContext

    store = open_store(demo.folder, auto_backup=False)
    context = AppContext(demo.folder, store, system_actor("test"), demo.year)
    yield context
    context.close()
    store.close()


@pytest.fixture(scope="session", autouse=True)
def _keyboard_conventions(qapp: Any) -> None:
    """The application-wide keyboard conventions, installed as create_application does."""
    from evaldesk.ui import keyboard

    keyboard.install(qapp)


@pytest.fixture(scope="session", autouse=True)
def _chinese_built() -> None:
    from evaldesk.ui import i18n

    i18n.ensure_built("zh_CN")


@pytest.fixture
def chinese_ui(qapp: Any) -> Iterator[None]:
    """The interface in Chinese for this test (the tests' default is the English source)."""
    from evaldesk.ui import i18n

    i18n.install("zh_CN")
    yield
    i18n.install("en")


# The receiving office's data folders (issue 18): built once per session when a test asks.
from collect_data import (  # noqa: E402, F401
    hunan_office,
    hunan_template,
    office_ctx,
    opened_files,
    rugao_office,
    rugao_template,
)
