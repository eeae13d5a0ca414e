"""Starting the app: the demo store opens after a real login; roles land in their views;
automatic sign-in and the smoke exit used by screenshots and benchmarks."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from evaldesk.ui import settings as cfg
from evaldesk.ui.app import AppController
from evaldesk.ui.dialogs.login import LoginDialog

ROOT = Path(__file__).resolve().parents[2]


def _when_modal(qtbot, cls, act):
    """Run ``act(dialog)`` as soon as a modal dialog of class ``cls`` is up."""
    seen = []

    def poll():
        widget = QApplication.activeModalWidget()
        # a login dialog is up before its store has opened (behind it): sign in once it has
        opening = isinstance(widget, LoginDialog) and widget.store is None
        if isinstance(widget, cls) and widget not in seen and not opening:
            seen.append(widget)
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_login_then_main_window_in_the_role_view(demo, qtbot, shown_errors):
    controller = AppController(demo.folder, cfg.Settings(), "zh_CN")

    def sign_in(dialog: LoginDialog):
        dialog.username.setText("head")
        dialog.password.setText("wrong password")
        assert not dialog.try_login()
        assert dialog.message.isVisible() and dialog.message.text()
        dialog.password.setText(demo.passwords["head"])
        dialog.buttons.accepted.emit()

    dialogs = _when_modal(qtbot, LoginDialog, sign_in)
    try:
        assert controller.start()
        assert controller.wait_loaded()
        assert len(dialogs) == 1
        window = controller.window
        qtbot.waitExposed(window)
        assert window.isVisible()
        assert window.ctx.actor.role == "head"
        assert window.current_key() == "review"
        assert window.ctx.store.office.require().name in window.status.office.text()
        assert "head" in window.ctx.actor.name
    finally:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()
    assert shown_errors == []


def test_cancelled_login_starts_nothing(demo, qtbot):
    controller = AppController(demo.folder, cfg.Settings(), "en")
    _when_modal(qtbot, LoginDialog, lambda dialog: dialog.reject())
    try:
        assert not controller.start()
        assert controller.window is None
    finally:
        controller.shutdown()


def test_autologin_needs_both_user_and_password(demo, qtbot, monkeypatch):
    monkeypatch.setenv("EVALDESK_AUTOLOGIN", "clerk")
    monkeypatch.setenv("EVALDESK_AUTOLOGIN_PASSWORD", demo.passwords["clerk"])
    controller = AppController(demo.folder, cfg.Settings(), "en")
    try:
        assert controller.start()
        # the window is up at once; the data folder opens meanwhile
        assert controller.window.isVisible() and not controller.window.attached
        assert controller.wait_loaded()
        assert controller.window.attached
        assert controller.window.ctx.actor.role == "clerk"
        assert controller.window.current_key() == "rubric"
    finally:
        controller.window.close()
        controller.shutdown()
    # the user name alone is not enough: the login dialog comes up
    monkeypatch.delenv("EVALDESK_AUTOLOGIN_PASSWORD")
    controller = AppController(demo.folder, cfg.Settings(), "en")
    asked = _when_modal(qtbot, LoginDialog, lambda dialog: dialog.reject())
    try:
        assert not controller.start()
        assert len(asked) == 1
    finally:
        controller.shutdown()


def test_refused_automatic_sign_in_falls_back_to_the_login_dialog(demo, qtbot, monkeypatch):
    monkeypatch.setenv("EVALDESK_AUTOLOGIN", "head")
    monkeypatch.setenv("EVALDESK_AUTOLOGIN_PASSWORD", "not the password")

    def sign_in(dialog: LoginDialog):
        dialog.username.setText("head")
        dialog.password.setText(demo.passwords["head"])
        assert dialog.try_login()

    asked = _when_modal(qtbot, LoginDialog, sign_in)
    controller = AppController(demo.folder, cfg.Settings(), "en")
    try:
        assert controller.start()
        assert controller.wait_loaded()
        assert len(asked) == 1
        assert controller.window.ctx.actor.role == "head"
    finally:
        controller.window.close()
        controller.shutdown()


def test_window_layout_is_remembered(demo, qtbot, monkeypatch):
    monkeypatch.setenv("EVALDESK_AUTOLOGIN", "clerk")
    monkeypatch.setenv("EVALDESK_AUTOLOGIN_PASSWORD", demo.passwords["clerk"])
    controller = AppController(demo.folder, cfg.Settings(), "en")
    assert controller.start()
    assert controller.wait_loaded()
    window = controller.window
    qtbot.waitExposed(window)
    window.set_panel_expanded(True)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0] + sizes[1] - 300, 300])
    window.show_view("review")
    geometry = bytes(window.saveGeometry().data())
    splitter = bytes(window.splitter.saveState().data())
    window.close()  # saves the state
    controller.shutdown()
    stored = cfg.Settings()
    screen = window.screen_key  # kept per screen size
    assert stored.get(cfg.GEOMETRY, screen) == geometry
    assert stored.get(cfg.SPLITTER, screen) == splitter
    assert stored.get(cfg.SCORE_PANEL, screen) == "expanded"
    assert stored.get(cfg.GEOMETRY, "1920x1080@150") == b""  # another screen: nothing kept
    again = AppController(demo.folder, stored, "en")
    assert again.start()
    assert again.wait_loaded()
    try:
        qtbot.waitExposed(again.window)
        assert again.window.current_key() == "review"
        assert again.window.panel_expanded
        # (the offscreen screen is 800 px wide, so restored sizes are squeezed; not compared)
    finally:
        again.window.close()
        again.shutdown()


def _run_app(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m evaldesk ARGS` from the source tree, offscreen, with its own settings and log."""
    return subprocess.run(
        [sys.executable, "-m", "evaldesk", *args, "--lang", "en"],
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "EVALDESK_SETTINGS": str(tmp_path / "smoke.ini"),
            "EVALDESK_LOG_DIR": str(tmp_path / "logs"),
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_smoke_exit_opens_the_demo_store_and_quits_after_the_first_paint(demo, tmp_path):
    done = _run_app(
        tmp_path,
        "--data-dir",
        str(demo.folder),
        EVALDESK_SMOKE_EXIT="1",
        EVALDESK_AUTOLOGIN="clerk",
        EVALDESK_AUTOLOGIN_PASSWORD=demo.passwords["clerk"],
    )
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"smoke: main window painted after \d+\.\d{3} s\n", done.stdout)


def test_smoke_exit_after_show_quits_after_the_first_window_painted(tmp_path):
    """The hidden option of installer/measure.py and bench/bench_ui.py: on an empty data
    folder the first window is the first-run wizard, whose own event loop is left too."""
    done = _run_app(tmp_path, "--data-dir", str(tmp_path / "new"), "--smoke-exit-after-show")
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"smoke: first paint after \d+\.\d{3} s\n", done.stdout), done.stdout
    assert not (tmp_path / "new" / "evaldesk.sqlite3").exists()  # the wizard created nothing


def _signed_in(demo, monkeypatch) -> AppController:
    monkeypatch.setenv("EVALDESK_AUTOLOGIN", "clerk")
    monkeypatch.setenv("EVALDESK_AUTOLOGIN_PASSWORD", demo.passwords["clerk"])
    return AppController(demo.folder, cfg.Settings(), "en")


def test_the_daily_backup_runs_after_the_window_is_filled(demo, qtbot, monkeypatch, shown_errors):
    shutil.rmtree(demo.folder / "backups", ignore_errors=True)  # the first open of a day
    controller = _signed_in(demo, monkeypatch)
    finished = []
    controller.maintenance_finished.connect(finished.append)
    try:
        assert controller.start()
        assert controller.wait_loaded()
        assert controller.store.maintenance is not None  # off the open path
        qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    finally:
        controller.window.close()
        controller.shutdown()
    (report,) = finished
    assert report.ok and report.checked
    assert report.backup is not None and report.backup.parent == demo.folder / "backups" / "auto"
    assert list(report.backup.parent.iterdir()) == [report.backup]
    assert shown_errors == []


def test_a_daily_backup_that_failed_is_shown(demo, qtbot, monkeypatch, shown_errors):
    shutil.rmtree(demo.folder / "backups", ignore_errors=True)
    (demo.folder / "backups").write_text("not a folder")
    controller = _signed_in(demo, monkeypatch)
    finished = []
    controller.maintenance_finished.connect(finished.append)
    try:
        assert controller.start()
        assert controller.wait_loaded()
        qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
        assert controller.window.ctx.store.ledger  # the app carries on
    finally:
        controller.window.close()
        controller.shutdown()
    assert finished[0].error
    assert len(shown_errors) == 1
    assert "automatic backup could not be made" in str(shown_errors[0])


def test_the_login_remembers_the_last_user_of_each_data_folder(demo, tmp_path, qtbot):
    other = tmp_path / "other office"
    shutil.copytree(demo.folder, other)
    settings = cfg.Settings()

    def sign_in_as(folder: Path, name: str | None) -> str:
        """Open the login box for ``folder``; return the user name it showed first."""
        shown: list[str] = []

        def act(dialog: LoginDialog) -> None:
            shown.append(dialog.username.text())
            if name is None:
                dialog.reject()
                return
            dialog.username.setText(name)
            dialog.password.setText(demo.passwords[name])
            assert dialog.try_login()

        controller = AppController(folder, settings, "en")
        controller.store = controller.open_store()
        _when_modal(qtbot, LoginDialog, act)
        try:
            controller.login(automatic=False)
        finally:
            controller.store.close()
        return shown[0]

    assert sign_in_as(demo.folder, "head") == ""
    assert sign_in_as(other, None) == ""  # not the other folder's last user
    assert sign_in_as(other, "clerk") == ""
    assert sign_in_as(demo.folder, None) == "head"
    assert sign_in_as(other, None) == "clerk"


def test_smoke_exit_on_a_folder_that_cannot_be_opened_fails_with_the_reason(tmp_path):
    """A load error in a smoke run used to open the error dialog, which nobody closes there:
    the frozen app's check hung until its time-out instead of failing with the reason."""
    folder = tmp_path / "office"
    folder.mkdir()
    (folder / "evaldesk.sqlite3").write_bytes(b"this is not a database" * 100)
    done = _run_app(
        tmp_path,
        "--data-dir",
        str(folder),
        EVALDESK_SMOKE_EXIT="1",
        EVALDESK_AUTOLOGIN="clerk",
        EVALDESK_AUTOLOGIN_PASSWORD="whatever",
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "smoke: opening the data folder failed:" in done.stderr


def test_the_login_dialog_shows_while_the_store_opens_behind_it(demo, qtbot, monkeypatch):
    """The person's start: the login dialog is up before the store has opened (its imports and
    the open no longer hold the first paint); 登录 waits for it; the office's name is the one
    remembered from the last start until the store says it; then signing in works."""
    import threading

    from evaldesk.services import data_folder

    opened, gate = data_folder.open_office, threading.Event()

    def held_open(*args, **kwargs):
        assert gate.wait(20), "the test never let the store open"
        return opened(*args, **kwargs)

    monkeypatch.setattr(data_folder, "open_office", held_open)
    settings = cfg.Settings()
    settings.set(cfg.OFFICE_NAME, "上次记住的单位名称", cfg.folder_scope(demo.folder))
    seen: dict[str, object] = {}

    polls = iter(range(1500))  # 30 s at 20 ms

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            step(dialog)
        except Exception as exc:  # said below, and the dialog closed: never a hang
            seen["error"] = repr(exc)
            if isinstance(dialog, QDialog):
                dialog.reject()

    def again(dialog: object) -> None:
        if next(polls, None) is not None:
            QTimer.singleShot(20, poll)
        else:
            seen["error"] = f"gave up waiting; the modal widget is {dialog!r}"
            print("GAVE UP", seen, flush=True)
            if isinstance(dialog, QDialog):
                dialog.reject()

    def step(dialog: object) -> None:
        if not isinstance(dialog, LoginDialog):
            seen["other"] = repr(dialog)
            again(dialog)
        elif "before" not in seen:
            seen["before"] = (
                dialog.store,
                dialog.ok.isEnabled(),
                not dialog.opening.isHidden(),
                dialog.heading.text(),
            )
            dialog.username.setText("clerk")
            dialog.password.setText(demo.passwords["clerk"])
            assert not dialog.try_login()  # nothing happens before the store is there
            gate.set()
            again(dialog)
        elif dialog.store is None:
            again(dialog)
        else:
            seen["after"] = (
                dialog.ok.isEnabled(),
                dialog.opening.text(),
                dialog.heading.text(),
            )
            dialog.buttons.accepted.emit()
            if dialog.isVisible():  # the sign-in was refused: say why, never hang
                seen["error"] = f"refused: {dialog.message.text()!r}"
                dialog.reject()

    QTimer.singleShot(0, poll)
    controller = AppController(demo.folder, settings, "en")
    try:
        started = controller.start()
        assert "error" not in seen, seen["error"]
        assert started
        assert seen["before"] == (None, False, True, "<h2>上次记住的单位名称</h2>")
        office = controller.store.office.require().name
        assert seen["after"] == (True, "", f"<h2>{office}</h2>")
        assert controller.ctx.actor.role == "clerk"
        assert settings.get(cfg.OFFICE_NAME, cfg.folder_scope(demo.folder)) == office
    finally:
        gate.set()
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()


def test_a_folder_whose_store_cannot_be_opened_says_why_behind_the_login_dialog(
    tmp_path, qtbot, shown_errors
):
    folder = tmp_path / "office"
    folder.mkdir()
    (folder / "evaldesk.sqlite3").write_bytes(b"this is not a database" * 100)
    controller = AppController(folder, cfg.Settings(), "en")
    try:
        assert not controller.start()
    finally:
        controller.shutdown()
    assert len(shown_errors) == 1


def test_a_store_without_an_account_yet_goes_on_to_the_wizard(tmp_path, qtbot, shown_errors):
    """A first-run wizard interrupted after the store was made: the file is there, no account
    is; the login dialog that went up while it opened gives way to the wizard."""
    from evaldesk.store import open_store
    from evaldesk.ui.dialogs.wizard import SetupWizard

    folder = tmp_path / "office"
    open_store(folder, create=True, auto_backup=False).close()
    wizards = _when_modal(qtbot, SetupWizard, lambda wizard: wizard.reject())
    controller = AppController(folder, cfg.Settings(), "en")
    try:
        assert not controller.start()  # the person closed the wizard
    finally:
        controller.shutdown()
    assert len(wizards) == 1 and shown_errors == []
