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
3. the login dialog (argon2 through the services); each role lands in its own view. A
   receiving office's state (every unit scored and ranked) is computed on a worker meanwhile;
4. the main window.

For tests, screenshots and benchmarks (never storing a password anywhere):
* ``EVALDESK_AUTOLOGIN=<user>`` with ``EVALDESK_AUTOLOGIN_PASSWORD=<password>`` signs in
  without the dialog (one without the other is ignored);
* ``EVALDESK_SMOKE_EXIT=1`` quits once the main window is painted with the office's data in
  it, and says when (evaldesk.ui.first_paint, which also serves ``--smoke-exit-after-show``);
  it also says when the window first painted the last score kept from the previous start.

With automatic sign-in the window is shown at once (navigation, "opening…" and the last score
kept for the data folder, marked with its time) and filled when the data folder is open and
the user signed in; that work (imports of the store, argon2, the first score, or a receiving
office's state instead) runs on a worker thread meanwhile (evaldesk.ui.ops), the password
check beside the scoring.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from evaldesk import __version__, input_method
from evaldesk.ui import first_paint, i18n, keyboard, theme
from evaldesk.ui import settings as cfg
from evaldesk.ui.errors import install_excepthook, show_error

log = logging.getLogger("evaldesk.ui")

AUTOLOGIN_ENV = "EVALDESK_AUTOLOGIN"
AUTOLOGIN_PASSWORD_ENV = "EVALDESK_AUTOLOGIN_PASSWORD"
#: How often the GUI looks whether the daily check and backup (a worker thread) have ended.
MAINTENANCE_POLL_MS = 500


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        keyboard.install(existing)
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
    keyboard.install(app)
    return app


def collect_garbage() -> None:
    """Collect cyclic garbage on the GUI thread while no background work runs.

    scripts/screenshots.py opens one controller after another; after the receiving office's
    merge grew the model, the collector ran on the GUI thread while the next controller's
    loading worker was in SQLAlchemy, and PySide6 crashed inside it (segmentation fault in 5
    runs of 5; in none of 5 once the garbage was collected before the worker started). A
    language or user switch leaves the same kind of garbage (the old window), so it is
    collected there too. About 40 ms, at moments the person is waiting anyway.
    """
    gc.collect()


class Loaded(NamedTuple):
    """What the loading worker hands the GUI: the store, the signed-in user (None: the
    automatic sign-in was refused) and the first work of its window, done off the GUI thread:
    a unit's live score, or a receiving office's state (evaldesk.services.collect_results)."""

    store: Any
    actor: Any
    live: Any = None
    collect_state: Any = None


def sign_in_beside_first_work(store: Any, name: str, password: str) -> Loaded:
    """Worker thread: the password check (argon2, which lets go of the interpreter while it
    hashes) beside what the window shows first; that is shown only once the check passed.

    A receiving office computes its state (every unit scored and ranked, most of its start)
    and no unit's live score, which its window never shows."""
    from concurrent.futures import ThreadPoolExecutor

    from evaldesk.errors import EvalDeskError
    from evaldesk.services import collect_desk, records_lookup, users

    with ThreadPoolExecutor(1, thread_name_prefix="evaldesk-login") as pool:
        checked = pool.submit(users.login, store, name, password)
        live = state = None
        if collect_desk.is_receiving(store):
            from evaldesk.services import collect_results

            state = collect_results.collect_state(store)
        else:
            from evaldesk.services.live import LiveScore

            live = LiveScore(store, records_lookup.latest_year(store))
            live.score()  # compiles the rubric and warms the caches off the GUI thread
        try:
            actor = checked.result()
        except EvalDeskError as exc:
            log.warning("automatic sign-in as %s refused: %s", name, exc)
            if live is not None:
                live.close()
            return Loaded(store, None)
    if state is not None:  # the login moved the audit log, which the cached state is keyed on
        from evaldesk.services import collect_results

        state = collect_results.still_current(store, state)
    return Loaded(store, actor, live, state)


# evaldesk.store.paths.DB_NAME, named here so that deciding between the login dialog and the
# first-run wizard does not import the store (0.6 s of imports, now done behind the dialog).
STORE_FILE = "evaldesk.sqlite3"


def has_store_file(data_dir: Path) -> bool:
    return (Path(data_dir) / STORE_FILE).is_file()


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
        self.smoke = first_paint.exit_when_loaded_requested()
        self._load_op: Any = None
        self._upkeep_timer: QTimer | None = None
        self._wizard_actor: Any = None
        self._state_op: Any = None

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
        automatic = os.environ.get(AUTOLOGIN_ENV) and os.environ.get(AUTOLOGIN_PASSWORD_ENV)
        if has_store_file(self.data_dir) and not automatic:
            return self._sign_in_while_opening()
        return self._open_then_sign_in()

    def _sign_in_while_opening(self) -> bool:
        """The login dialog painted at once, the store opened behind it on a worker (its
        imports and the open took 0.7–1.2 s on the GUI thread before anything showed); 登录
        waits for the store. A folder without an account yet goes on to the wizard."""
        from evaldesk.services.data_folder import open_office
        from evaldesk.ui import ops
        from evaldesk.ui.dialogs.login import LoginDialog

        last = self.settings.get(cfg.LAST_USER, self._folder)
        dialog = LoginDialog(None, self.settings.get(cfg.OFFICE_NAME, self._folder), last)
        outcome: dict[str, Any] = {}

        def opened(store: Any) -> None:
            outcome["store"] = store
            if store is None:
                dialog.reject()  # no account yet: the wizard, once the dialog is closed
                return
            self._attach_store(store)  # closed by shutdown() if the person gave up meanwhile
            dialog.attach(store, self._office_name(store))

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            dialog.reject()

        op = ops.run_op(
            None,
            lambda _progress: open_office(self.data_dir, background_maintenance=True),
            title=self.tr("Opening the data folder"),
            on_done=opened,
            on_error=failed,
            show_after_ms=-1,
        )
        signed_in = bool(dialog.exec()) and dialog.actor is not None
        if not signed_in:
            op.wait()  # the store, when it opened after all, is closed by shutdown()
        if "error" in outcome:
            show_error(None, outcome["error"])
            return False
        if "store" in outcome and outcome["store"] is None:
            return self._open_then_sign_in()
        if not signed_in:
            return False
        self.settings.set(cfg.LAST_USER, dialog.username.text().strip(), self._folder)
        self._take_receiving_state()
        self.open_main(dialog.actor)
        return True

    def _office_name(self, store: Any) -> str:
        from evaldesk.services.records_lookup import office_name

        name = office_name(store)
        self.settings.set(cfg.OFFICE_NAME, name, self._folder)
        return name

    def _attach_store(self, store: Any) -> None:
        self.store = store
        for warning in store.warnings:
            log.warning("%s", warning)
        self._watch_maintenance()
        self._state_op = self._receiving_state_meanwhile()

    def _open_then_sign_in(self) -> bool:
        self.store = self.open_store()
        if self.store is None:
            return False
        self._watch_maintenance()
        self._state_op = self._receiving_state_meanwhile()
        # After the first-run wizard its administrator is signed in: no second login.
        actor, self._wizard_actor = self._wizard_actor, None
        if actor is None:
            actor = self.login()
        if actor is None:
            return False
        self._take_receiving_state()
        self.open_main(actor)
        return True

    def _receiving_state_meanwhile(self) -> Any:
        """A receiving office's state, computed on a worker while the person signs in (0.4 s
        and more for a province's units, which its window would otherwise compute after the
        password was accepted). None for a unit's office."""
        from evaldesk.services import collect_desk

        if not collect_desk.is_receiving(self.store):
            return None
        from evaldesk.services import collect_results
        from evaldesk.ui import ops

        store = self.store
        return ops.run_op(
            None,
            lambda _progress: collect_results.collect_state(store),
            title=self.tr("Opening the data folder"),
            # the window computes it again, and says what is wrong in its place
            on_error=lambda exc: log.warning("receiving office's state: %s", exc),
            show_after_ms=-1,
            important=False,
        )

    def _take_receiving_state(self) -> None:
        """The state computed while signing in, kept for the window: the login the dialog
        recorded moved the audit position it is keyed on (collect_results.still_current)."""
        op, self._state_op = self._state_op, None
        if op is None or not op.wait() or op.error is not None or op.result is None:
            return  # the window computes it itself
        from evaldesk.services import collect_results

        collect_results.still_current(self.store, op.result)

    def open_store(self) -> Any:
        from evaldesk.services.data_folder import open_office

        try:
            store = open_office(self.data_dir, background_maintenance=True)
            if store is not None:
                for warning in store.warnings:
                    log.warning("%s", warning)
                return store
            return self.run_wizard()
        except Exception as exc:
            show_error(None, exc)
            return None

    def _start_window_first(self, name: str, password: str) -> None:
        from evaldesk.ui import ops
        from evaldesk.ui.main_window import MainWindow

        window = MainWindow(None, self.settings, data_dir=self.data_dir)
        self._connect(window)
        self.window = window
        if self.smoke and window.strip.last_known:
            first_paint.say_when_painted(window, "last-known score painted")
        window.show()
        data_dir = self.data_dir

        def load(_progress: ops.Progress) -> Any:
            # Worker thread: plain Python only (no Qt), see evaldesk.ui.ops.
            from evaldesk.services.data_folder import open_office

            store = open_office(data_dir, background_maintenance=True)
            if store is None:
                return None
            try:
                return sign_in_beside_first_work(store, name, password)
            except BaseException:
                store.close()
                raise

        def begin() -> None:
            # Garbage of an earlier window or controller collected while the worker runs
            # crashed PySide6 inside the collector: collect it first (see collect_garbage).
            collect_garbage()
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
        first_paint.FirstPaint(window, begin)

    def _loaded(self, result: Any) -> None:
        from evaldesk.ui.context import AppContext

        if result is None:  # no office yet: the wizard and the login, as on a first start
            self.window.hide()
            self.window.deleteLater()
            self.window = None
            if not self._open_then_sign_in():
                QApplication.quit()
            return
        # A receiving office's state is in the cache its overview reads (collect_results).
        self.store, actor, live = result.store, result.actor, result.live
        self._watch_maintenance()
        if actor is None:
            actor = self.login(automatic=False)
            if actor is None:
                QApplication.quit()
                return
        if live is not None:
            year = live.year
        else:
            from evaldesk.services.records_lookup import latest_year

            year = latest_year(self.store)
        self.ctx = AppContext(self.data_dir, self.store, actor, year, live=live)
        from evaldesk.ui.collect.window import is_receiving

        if is_receiving(self.store):  # a receiving office has its own window (issue 18)
            self.window.hide()
            self.window.deleteLater()
            self._show_window()
            return
        self.window.attach(self.ctx)
        self._finished_loading()

    def _load_failed(self, exc: BaseException) -> None:
        if self.smoke:
            # Nobody closes a dialog in a smoke run (the frozen app's check, the benchmarks):
            # it hung until a time-out; say what failed and end with an error instead.
            print(f"smoke: opening the data folder failed: {exc}", file=sys.stderr, flush=True)
        else:
            show_error(self.window, exc)
        QApplication.exit(1)

    def _finished_loading(self) -> None:
        self.ready = True
        if self.smoke:
            first_paint.exit_when_painted(self.window)
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
        self._wizard_actor = wizard.actor
        self.settings.set(cfg.LAST_USER, wizard.account.username.text().strip(), self._folder)
        return wizard.store

    @property
    def _folder(self) -> str:
        """The settings scope of this data folder: the last user is remembered per folder."""
        return cfg.folder_scope(self.data_dir)

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

        last = self.settings.get(cfg.LAST_USER, self._folder)
        dialog = LoginDialog(self.store, self._office_name(self.store), last)
        if not dialog.exec() or dialog.actor is None:
            return None
        self.settings.set(cfg.LAST_USER, dialog.username.text().strip(), self._folder)
        return dialog.actor

    def open_main(self, actor: Any, view: str | None = None) -> None:
        from evaldesk.ui.context import AppContext

        if self.ctx is None or self.ctx.actor != actor:
            from evaldesk.services.records_lookup import latest_year

            year = latest_year(self.store)
            if self.ctx is not None:
                year = self.ctx.year
                self.ctx.close()
            self.ctx = AppContext(self.data_dir, self.store, actor, year)
        self._show_window(view)

    def _show_window(self, view: str | None = None) -> None:
        from evaldesk.ui.collect.window import CollectWindow, is_receiving
        from evaldesk.ui.main_window import MainWindow

        receiving = is_receiving(self.store)
        window = (CollectWindow if receiving else MainWindow)(self.ctx, self.settings)
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

    # ----------------------------------------------------------------- while running

    def switch_language(self, lang: str) -> None:
        """Install the other language and re-create the window in it (same user, same view,
        the same unsaved text in its fields)."""
        self.lang = i18n.install(lang)
        self.settings.set(cfg.LANGUAGE, self.lang)
        from evaldesk.ui import typed_text

        old = self.window
        view = old.current_key() if old is not None else None
        # What was typed and not saved is carried into the new window (issue 17).
        typed = typed_text.take(old.views) if old is not None else typed_text.Typed((), {})
        if old is not None:
            old.save_state()
            old.hide()
            old.deleteLater()
            QTimer.singleShot(0, collect_garbage)  # once the old window is gone
        self._show_window(view)
        left = typed_text.restore(self.window, typed)
        if left:
            typed_text.show_left(self.window, left)

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
            QTimer.singleShot(0, collect_garbage)  # once the old window is gone
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
            from evaldesk.ui import ops

            ops.finish_all()  # the state computed while signing in, when the person gave up
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
    from evaldesk.services.data_folder import default_data_dir

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
