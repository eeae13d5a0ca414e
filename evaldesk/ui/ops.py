"""Long work off the GUI thread through one helper (STYLE.md habit 4; Anki's CollectionOp).

    op = run_op(
        self, lambda progress: import_xlsx(store, actor, path, progress=progress.report),
        title=self.tr("Importing"), ctx=self.ctx, on_done=self._imported,
    )

* the function runs on a worker thread (a plain Python thread that never calls Qt) and receives a :class:`Progress`; it calls
  ``progress.report(done, total, text)`` now and then, which raises ``Cancelled`` once the
  person pressed Cancel (so the service can clean up and leave nothing partial behind);
* a progress dialog with Cancel appears only if the work takes longer than ``show_after_ms``;
* while it runs the AppContext is *held*: every change the work makes is collected and
  announced once (``ctx.changed``) with one rescore when it ends; views refresh from that;
* ``on_done(result)`` runs on the GUI thread; an error goes to ``on_error`` or to
  ``show_error`` (Cancelled is quiet unless ``on_cancel`` is given).

Tests call ``op.wait()`` (or qtbot.waitUntil(op.finished)) to block until the work is over.
"""

from __future__ import annotations

import atexit
import gc
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from evaldesk.errors import Cancelled
from evaldesk.ui.errors import show_error

if TYPE_CHECKING:
    from evaldesk.ui.context import AppContext

log = logging.getLogger("evaldesk.ui.ops")
T = TypeVar("T")

#: Ops still running (they must outlive the Python references of their callers).
_running: set[Op[Any]] = set()


def _collector_off() -> None:
    """No cyclic garbage collection while a worker runs; what is garbage is collected first,
    on the GUI thread.

    The collector runs on whichever thread allocates when its threshold is reached. On a
    worker it freed the wrappers of Qt objects left by earlier windows and dialogs; PySide6
    6.11 hands their deletion to the main thread, where
    Shiboken::BindingManager::runDeletionInMainThread called a null function (a segmentation
    fault, seen under gdb: tests/ui/test_help.py, test_wizard.py, test_export_view.py in that
    order crashed on main every time).
    """
    if not _running:
        gc.collect()
        gc.disable()


def _collector_on() -> None:
    if not _running:
        gc.enable()


class Progress:
    """Handed to the background function: report progress, learn about cancellation.

    Plain Python on purpose: the worker thread never calls Qt (PySide6 6.12.0 corrupts
    reference counts when signals are emitted or events posted from another thread); the GUI
    thread polls ``snapshot()`` instead.
    """

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._state: tuple[int, int, str] = (0, -1, "")
        self._serial = 0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise Cancelled if the person asked to stop."""
        if self._cancel.is_set():
            raise Cancelled("cancelled; nothing was changed")

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        self.check()
        with self._lock:
            self._state = (done, -1 if total is None else total, text)
            self._serial += 1

    __call__ = report

    def snapshot(self) -> tuple[int, tuple[int, int, str]]:
        with self._lock:
            return self._serial, self._state


class _Job:
    """The worker: runs the function on a plain thread and keeps its outcome."""

    def __init__(self, fn: Callable[[Progress], Any], progress: Progress) -> None:
        self._fn = fn
        self._progress = progress
        self.result: Any = None
        self.error: BaseException | None = None
        self.over = threading.Event()
        # Not a daemon: the interpreter waits for it at exit instead of tearing down SQLite
        # and Qt under a running thread (which crashes).
        self.thread = threading.Thread(target=self._run, name="evaldesk-op", daemon=False)

    def _run(self) -> None:
        try:
            self.result = self._fn(self._progress)
        except BaseException as exc:  # everything goes back to the GUI thread
            self.error = exc
        finally:
            self.over.set()


class Op(QObject, Generic[T]):
    """One piece of background work; ``done`` fires on the GUI thread when it is over."""

    done = Signal()
    #: The latest (done, total, text) the work reported, seen by the GUI thread's poll.
    progressed = Signal(int, int, str)
    POLL_MS = 25

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[Progress], T],
        *,
        title: str,
        ctx: AppContext | None,
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_cancel: Callable[[], None] | None,
        cancellable: bool,
        show_after_ms: int,
        important: bool,
    ) -> None:
        super().__init__(None)
        self.important = important
        self._parent = parent
        self._ctx = ctx
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancel = on_cancel
        self.result: T | None = None
        self.error: BaseException | None = None
        self.finished = False
        self.progress = Progress()
        self._job = _Job(fn, self.progress)
        self._seen = 0
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(title)
        self.dialog.setMinimumWidth(360)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        # QProgressDialog shows itself: a timer its constructor starts (4 s) and setValue after
        # minimumDuration. Only _on_poll decides (show_after_ms; -1: never): an op meant to run
        # unseen behind the login dialog popped up a modal progress dialog over it after 4 s.
        self.dialog.setMinimumDuration(2**31 - 1)
        self.dialog.reset()  # stops the constructor's timer
        self.dialog.setRange(0, 0)
        if cancellable:
            self.dialog.setCancelButtonText(QCoreApplication.translate("Op", "Cancel"))
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)
        self.dialog.hide()
        self._show_after_ms = show_after_ms
        self._started = 0.0
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._on_poll)

    def start(self) -> Op[T]:
        _collector_off()
        _running.add(self)
        if self._ctx is not None:
            self._ctx.hold()
        self._started = time.monotonic()
        self._job.thread.start()
        self._poll.start()
        return self

    def cancel(self) -> None:
        self.progress.cancel()
        self.dialog.setLabelText(QCoreApplication.translate("Op", "Stopping…"))

    def _on_poll(self) -> None:
        if self._ctx is not None:
            self._ctx.drain()  # changes written so far, still held: collected, not announced
        serial, (done, total, text) = self.progress.snapshot()
        if serial != self._seen:
            self._seen = serial
            if total >= 0:
                self.dialog.setRange(0, max(total, 1))
                self.dialog.setValue(min(done, max(total, 1)))
            if text and not self.progress.cancelled:
                self.dialog.setLabelText(text)
            self.progressed.emit(done, total, text)
        if self._job.over.is_set():
            self._finish()
            return
        waited_ms = (time.monotonic() - self._started) * 1000
        if 0 <= self._show_after_ms <= waited_ms and not self.dialog.isVisible():
            self.dialog.show()

    def _finish(self) -> None:
        self._poll.stop()
        self.finished = True
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        result, error = self._job.result, self._job.error
        self.result, self.error = result, error
        try:
            if self._ctx is not None:
                self._ctx.drain()
                self._ctx.release()  # what changed is announced once, before the callbacks
            if self._parent is not None and not shiboken6.isValid(self._parent):
                return  # its window is gone (closed, or re-created in another language)
            if error is None:
                if self._on_done is not None:
                    self._on_done(result)
            elif isinstance(error, Cancelled):
                if self._on_cancel is not None:
                    self._on_cancel()
            elif self._on_error is not None:
                self._on_error(error)
            else:
                show_error(self._parent, error)
        except Exception as exc:  # a callback failed: still one error path
            show_error(self._parent, exc)
        finally:
            _running.discard(self)
            _collector_on()
            self.done.emit()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Run an event loop until the op is over (for tests and scripts).

        An event loop, not ``processEvents()``: PySide6 6.12.0's processEvents binding
        corrupts reference counts while another Python thread runs.
        """
        if not self.finished:
            loop = QEventLoop()
            self.done.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
        return self.finished


def _at_exit() -> None:
    finish_all(5.0)


atexit.register(_at_exit)


def run_op(
    parent: QWidget | None,
    fn: Callable[[Progress], T],
    *,
    title: str,
    ctx: AppContext | None = None,
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
    show_after_ms: int = 400,
    important: bool | None = None,
) -> Op[T]:
    """Run ``fn(progress)`` on a worker thread with a progress dialog; see the module doc.

    ``show_after_ms=-1`` never shows the dialog (quiet background reads, e.g. a chart).
    ``important`` work (by default: work with a dialog) makes the window ask before quitting.
    """
    return Op(
        parent,
        fn,
        title=title,
        ctx=ctx,
        on_done=on_done,
        on_error=on_error,
        on_cancel=on_cancel,
        cancellable=cancellable,
        show_after_ms=show_after_ms,
        important=show_after_ms >= 0 if important is None else important,
    ).start()


def running(*, important_only: bool = True) -> int:
    """How many ops are still running (the window asks before closing while important ones do)."""
    return sum(1 for op in _running if op.important or not important_only)


def may_close(window: QWidget) -> bool:
    """Whether ``window`` may close now: when work still runs, the person is asked, and on Yes
    the work is told to stop."""
    if not running():
        return True
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("MainWindow", "Work in progress"),
        QCoreApplication.translate("MainWindow", "Some work is still running. Stop it and quit?"),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    cancel_all()
    return True


def cancel_all() -> None:
    """Ask every running op to stop (the window is closing)."""
    for op in list(_running):
        op.cancel()


def finish_all(timeout_s: float = 10.0) -> bool:
    """Cancel every running op and wait for its thread (before the store is closed).

    Their callbacks are not run. True when all have stopped in time.
    """
    import time as _time

    deadline = _time.monotonic() + timeout_s
    for op in list(_running):
        op.cancel()
    for op in list(_running):
        op._job.thread.join(max(0.0, deadline - _time.monotonic()))
        if not op._job.thread.is_alive():
            op._poll.stop()
            op.finished = True
            _running.discard(op)
    return not _running
