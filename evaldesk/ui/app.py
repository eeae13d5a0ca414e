"""Start the desktop application: `evaldesk [--data-dir DIR] [--lang en]`.

    run_gui(data_dir, lang) -> exit code

1. QApplication (name and organisation for QSettings, High-DPI pass-through), a CJK font,
   the translations (zh_CN by default; ``--lang`` or the Language menu), logging to the
   rotating log, and the exception hook (log + error dialog instead of a crash);
2. the data folder: ``--data-dir`` or the user's data folder (platformdirs); without a store
   there, the first-run wizard creates the office;
3. the login dialog (argon2 through the services); each role lands in its own view;
4. the main window.

For tests, screenshots and benchmarks (never storing a password anywhere):
* ``EVALDESK_AUTOLOGIN=<user>`` with ``EVALDESK_AUTOLOGIN_PASSWORD=<password>`` signs in
  without the dialog (one without the other is ignored);
* ``EVALDESK_SMOKE_EXIT=1`` quits right after the main window is first painted and prints
  ``smoke: main window painted after N.NNN s`` (seconds since the process started).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from evaldesk import __version__
from evaldesk.ui import i18n, theme
from evaldesk.ui import settings as cfg
from evaldesk.ui.errors import install_excepthook, show_error

log = logging.getLogger("evaldesk.ui")

SMOKE_ENV = "EVALDESK_SMOKE_EXIT"
AUTOLOGIN_ENV = "EVALDESK_AUTOLOGIN"
AUTOLOGIN_PASSWORD_ENV = "EVALDESK_AUTOLOGIN_PASSWORD"
_STARTED = time.monotonic()


def process_age() -> float:
    """Seconds since this process started (from /proc on Linux, else since this import)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))
    except (OSError, IndexError, ValueError, AttributeError):
        return time.monotonic() - _STARTED


def default_data_dir() -> Path:
    """The user's data folder, as ``evaldesk.commands.common.resolve_data_dir`` chooses it."""
    from types import SimpleNamespace

    from evaldesk.commands.common import resolve_data_dir

    return Path(resolve_data_dir(SimpleNamespace(store_dir=None, data_dir=None)))


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(cfg.APPLICATION)
    app.setOrganizationName(cfg.ORGANISATION)
    app.setApplicationDisplayName("EvalDesk 自评台账")
    app.setApplicationVersion(__version__)
    family = theme.apply(app)
    log.info("font: %s", family or "(no CJK font found)")
    return app


class FirstPaint(QObject):
    """Calls ``then`` once, after ``widget`` has painted for the first time."""

    def __init__(self, widget: QWidget, then: Any) -> None:
        super().__init__(widget)
        self._then = then
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._then)  # after this paint has finished
        return False


class AppController(QObject):
    """Owns the open store, the signed-in user's context and the main window."""

    def __init__(self, data_dir: Path, settings: cfg.Settings, lang: str) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings
        self.lang = lang
        self.store: Any = None
        self.ctx: Any = None
        self.window: Any = None
        self.smoke = os.environ.get(SMOKE_ENV, "") not in ("", "0")

    # ----------------------------------------------------------------- start

    def start(self) -> bool:
        """Wizard (first run), login, main window. False when the person gave up."""
        self.store = self.open_store()
        if self.store is None:
            return False
        actor = self.login()
        if actor is None:
            return False
        self.open_main(actor)
        return True

    def open_store(self) -> Any:
        from evaldesk.store import open_store, store_exists

        try:
            if store_exists(self.data_dir):
                store = open_store(self.data_dir)
                if store.office.get() is not None and store.users.count() > 0:
                    for warning in store.warnings:
                        log.warning("%s", warning)
                    return store
                store.close()
            return self.run_wizard()
        except Exception as exc:
            show_error(None, exc)
            return None

    def run_wizard(self) -> Any:
        from evaldesk.ui.dialogs.wizard import SetupWizard

        wizard = SetupWizard(self.data_dir)
        if not wizard.exec():
            return None
        return wizard.store

    def login(self) -> Any:
        from evaldesk.errors import EvalDeskError
        from evaldesk.services import users

        name = os.environ.get(AUTOLOGIN_ENV, "")
        password = os.environ.get(AUTOLOGIN_PASSWORD_ENV, "")
        if name and password:
            try:
                return users.login(self.store, name, password)
            except EvalDeskError as exc:
                log.warning("automatic sign-in as %s refused: %s", name, exc)
        from evaldesk.ui.dialogs.login import LoginDialog

        office = self.store.office.require()
        dialog = LoginDialog(self.store, office.name, self.settings.get(cfg.LAST_USER))
        if not dialog.exec() or dialog.actor is None:
            return None
        self.settings.set(cfg.LAST_USER, dialog.username.text().strip())
        return dialog.actor

    def open_main(self, actor: Any, view: str | None = None) -> None:
        from evaldesk.ui.context import AppContext

        if self.ctx is None or self.ctx.actor != actor:
            year = self.store.years.latest().year
            if self.ctx is not None:
                year = self.ctx.year
                self.ctx.close()
            self.ctx = AppContext(self.data_dir, self.store, actor, year)
        self._show_window(view)

    def _show_window(self, view: str | None = None) -> None:
        from evaldesk.ui.main_window import MainWindow

        window = MainWindow(self.ctx, self.settings)
        window.language_requested.connect(self.switch_language)
        window.switch_user_requested.connect(self.switch_user)
        if view is not None:
            window.show_view(view)
        self.window = window
        if self.smoke:
            FirstPaint(window, self._smoke_exit)
        window.show()

    def _smoke_exit(self) -> None:
        print(f"smoke: main window painted after {process_age():.3f} s", flush=True)
        QApplication.quit()

    # ----------------------------------------------------------------- while running

    def switch_language(self, lang: str) -> None:
        """Install the other language and re-create the window in it (same user, same view)."""
        self.lang = i18n.install(lang)
        self.settings.set(cfg.LANGUAGE, self.lang)
        old = self.window
        view = old.current_key() if old is not None else None
        if old is not None:
            old.save_state()
            old.hide()
            old.deleteLater()
        self._show_window(view)

    def switch_user(self) -> None:
        old = self.window
        if old is not None:
            old.save_state()
            old.hide()
        actor = self.login()
        if actor is None:
            if old is not None:
                old.show()
            return
        if old is not None:
            old.deleteLater()
        self.window = None
        self.open_main(actor)

    def shutdown(self) -> None:
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None
        if self.store is not None:
            self.store.close()
            self.store = None


def run_gui(data_dir: Path | None, lang: str | None) -> int:
    """The `evaldesk` GUI; returns the exit code."""
    from evaldesk.logs import setup_logging

    try:
        setup_logging()
    except OSError as exc:  # a read-only profile must not stop the program
        print(f"evaldesk: cannot write the log: {exc}", file=sys.stderr)
    app = create_application()
    restore_hook = install_excepthook()
    settings = cfg.Settings()
    chosen = i18n.install(lang or settings.get(cfg.LANGUAGE) or i18n.DEFAULT)
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    log.info("EvalDesk %s starting on %s (language %s)", __version__, folder, chosen)
    controller = AppController(folder, settings, chosen)
    try:
        if not controller.start():
            return 0
        code = int(app.exec())
        if controller.window is not None:
            controller.window.save_state()
        return code
    finally:
        controller.shutdown()
        settings.sync()
        restore_hook()
