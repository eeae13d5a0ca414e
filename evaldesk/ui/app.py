"""Start the desktop application: `evaldesk [--data-dir DIR] [--lang en]`.

    run_gui(data_dir, lang) -> exit code

1. QApplication (name and organisation for QSettings, High-DPI pass-through), a CJK font,
   the translations (zh_CN by default; ``--lang`` or the Language menu), logging to the
   rotating log, and the exception hook (log + error dialog instead of a crash);
2. the data folder: ``--data-dir`` or the user's data folder (platformdirs); without a store
   there, the first-run wizard creates the office. The store opens with background
   maintenance: the first open of a day does not wait for the daily page check and backup,
   which run on a worker thread afterwards (evaldesk.store.upkeep); damage they find or a
   backup that failed is shown when they end;
3. the login dialog (argon2 through the services); each role lands in its own view;
4. the main window.

For tests, screenshots and benchmarks (never storing a password anywhere):
* ``EVALDESK_AUTOLOGIN=<user>`` with ``EVALDESK_AUTOLOGIN_PASSWORD=<password>`` signs in
  without the dialog (one without the other is ignored);
* ``EVALDESK_SMOKE_EXIT=1`` quits once the main window is painted with the office's data in
  it and prints ``smoke: main window painted after N.NNN s`` (seconds since the process
  started); the installer's ``--smoke-exit-after-show`` (evaldesk/cli.py) quits after the
  very first paint of any window instead.

With automatic sign-in the window is shown at once (navigation and "opening…") and filled
when the data folder is open and the user signed in; that work (imports of the store, argon2,
the first score) runs on a worker thread meanwhile (evaldesk.ui.ops).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from evaldesk import __version__, input_method
from evaldesk.ui import i18n, theme
from evaldesk.ui import settings as cfg
from evaldesk.ui.errors import install_excepthook, show_error

log = logging.getLogger("evaldesk.ui")

SMOKE_ENV = "EVALDESK_SMOKE_EXIT"
AUTOLOGIN_ENV = "EVALDESK_AUTOLOGIN"
AUTOLOGIN_PASSWORD_ENV = "EVALDESK_AUTOLOGIN_PASSWORD"
_STARTED = time.monotonic()
#: How often the GUI looks whether the daily check and backup (a worker thread) have ended.
MAINTENANCE_POLL_MS = 500


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
    theme.apply(app)
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

    #: The main window has the signed-in user's data (emitted once per start).
    loaded = Signal()
    #: The daily check and backup after the open have ended (an UpkeepReport).
    maintenance_finished = Signal(object)

    def __init__(self, data_dir: Path, settings: cfg.Settings, lang: str) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings
        self.lang = lang
        self.store: Any = None
        self.ctx: Any = None
        self.window: Any = None
        self.ready = False
        self.smoke = os.environ.get(SMOKE_ENV, "") not in ("", "0")
        self._load_op: Any = None
        self._upkeep_timer: QTimer | None = None

    # ----------------------------------------------------------------- start

    def start(self) -> bool:
        """Wizard (first run), login, main window. False when the person gave up.

        With automatic sign-in this returns as soon as the window is shown; ``loaded`` fires
        (and ``ready`` turns True) when it is filled; ``wait_loaded()`` waits for that.
        """
        name = os.environ.get(AUTOLOGIN_ENV, "")
        password = os.environ.get(AUTOLOGIN_PASSWORD_ENV, "")
        if name and password:
            self._start_window_first(name, password)
            return True
        return self._start_with_dialogs()

    def _start_with_dialogs(self) -> bool:
        self.store = self.open_store()
        if self.store is None:
            return False
        self._watch_maintenance()
        actor = self.login()
        if actor is None:
            return False
        self.open_main(actor)
        return True

    def open_store(self) -> Any:
        from evaldesk.store import open_store, store_exists

        try:
            if store_exists(self.data_dir):
                store = open_store(self.data_dir, background_maintenance=True)
                if store.office.get() is not None and store.users.count() > 0:
                    for warning in store.warnings:
                        log.warning("%s", warning)
                    return store
                store.close()
            return self.run_wizard()
        except Exception as exc:
            show_error(None, exc)
            return None

    def _start_window_first(self, name: str, password: str) -> None:
        from evaldesk.ui import ops
        from evaldesk.ui.main_window import MainWindow

        window = MainWindow(None, self.settings)
        self._connect(window)
        self.window = window
        window.show()
        data_dir = self.data_dir

        def load(_progress: ops.Progress) -> Any:
            # Worker thread: plain Python only (no Qt), see evaldesk.ui.ops.
            from evaldesk.errors import EvalDeskError
            from evaldesk.services import users
            from evaldesk.services.live import LiveScore
            from evaldesk.store import open_store, store_exists

            if not store_exists(data_dir):
                return None
            store = open_store(data_dir, background_maintenance=True)
            try:
                if store.office.get() is None or store.users.count() == 0:
                    store.close()
                    return None
                try:
                    actor = users.login(store, name, password)
                except EvalDeskError as exc:
                    log.warning("automatic sign-in as %s refused: %s", name, exc)
                    return store, None, None
                live = LiveScore(store, store.years.latest().year)
                live.score()  # compiles the rubric and warms the caches off the GUI thread
                return store, actor, live
            except BaseException:
                store.close()
                raise

        def begin() -> None:
            self._load_op = ops.run_op(
                window,
                load,
                title=self.tr("Opening the data folder"),
                on_done=self._loaded,
                on_error=self._load_failed,
                show_after_ms=-1,
            )

        # The loading starts once the window has painted: a worker importing the store holds
        # the interpreter most of the time and would slow the first paint down.
        FirstPaint(window, begin)

    def _loaded(self, result: Any) -> None:
        from evaldesk.ui.context import AppContext

        if result is None:  # no office yet: the wizard and the login, as on a first start
            self.window.hide()
            self.window.deleteLater()
            self.window = None
            if not self._start_with_dialogs():
                QApplication.quit()
            return
        self.store, actor, live = result
        self._watch_maintenance()
        if actor is None:
            actor = self.login(automatic=False)
            if actor is None:
                QApplication.quit()
                return
        year = live.year if live is not None else self.store.years.latest().year
        self.ctx = AppContext(self.data_dir, self.store, actor, year, live=live)
        self.window.attach(self.ctx)
        self._finished_loading()

    def _load_failed(self, exc: BaseException) -> None:
        show_error(self.window, exc)
        QApplication.exit(1)

    def _finished_loading(self) -> None:
        self.ready = True
        if self.smoke:
            FirstPaint(self.window, self._smoke_exit)
            self.window.update()
        self.loaded.emit()

    def wait_loaded(self, timeout_ms: int = 30_000) -> bool:
        """Run an event loop until the window is filled (tests, scripts)."""
        if not self.ready:
            loop = QEventLoop()
            self.loaded.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
        return self.ready

    def _connect(self, window: Any) -> None:
        window.language_requested.connect(self.switch_language)
        window.switch_user_requested.connect(self.switch_user)

    def run_wizard(self) -> Any:
        from evaldesk.ui.dialogs.wizard import SetupWizard

        wizard = SetupWizard(self.data_dir)
        if not wizard.exec():
            return None
        return wizard.store

    def login(self, *, automatic: bool = True) -> Any:
        from evaldesk.errors import EvalDeskError
        from evaldesk.services import users

        name = os.environ.get(AUTOLOGIN_ENV, "")
        password = os.environ.get(AUTOLOGIN_PASSWORD_ENV, "")
        if automatic and name and password:
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
        self._connect(window)
        if view is not None:
            window.show_view(view)
        self.window = window
        window.show()
        if not self.ready:
            self._finished_loading()

    def _watch_maintenance(self) -> None:
        """The daily check and backup run on a worker thread after the store opened
        (``open_store(background_maintenance=True)``); when they end, say so if they found
        damage or could not write the backup. Polled: the worker never calls Qt."""
        upkeep = getattr(self.store, "maintenance", None)
        if upkeep is None or self._upkeep_timer is not None:
            return
        timer = QTimer(self)
        timer.setInterval(MAINTENANCE_POLL_MS)

        def poll() -> None:
            report = upkeep.report
            if report is None:
                return
            timer.stop()
            self._upkeep_timer = None
            self.maintenance_finished.emit(report)
            problem = report.as_error()
            if problem is not None:
                show_error(self.window, problem)

        timer.timeout.connect(poll)
        timer.start()
        self._upkeep_timer = timer

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
        actor = self.login(automatic=False)
        if actor is None:
            if old is not None:
                old.show()
            return
        if old is not None:
            old.deleteLater()
        self.window = None
        self.open_main(actor)

    def shutdown(self) -> None:
        if self._upkeep_timer is not None:
            self._upkeep_timer.stop()
            self._upkeep_timer = None
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
    input_method.log_pending()  # what the launcher chose for QT_IM_MODULE
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
