"""One error path for the whole UI (STYLE.md habit 8).

* ``show_error(parent, exc)``: every view shows every error through this one function.
* ``install_excepthook()``: an exception nobody caught is logged and shown in the error dialog
  (with "Save report") instead of ending the program.
* ``guarded(parent)``: a context manager for slots that call services:
  ``with guarded(self): services.ledger.add_entry(...)`` shows the error and carries on.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QWidget

from evaldesk.errors import Cancelled, EvalDeskError

log = logging.getLogger("evaldesk.ui")

#: Tests replace this to see what would have been shown without a modal dialog.
Presenter = Callable[[QWidget | None, BaseException, object], None]


def _present(parent: QWidget | None, exc: BaseException, exc_info: object) -> None:
    from evaldesk.ui.dialogs.error import ErrorDialog

    dialog = ErrorDialog(exc, exc_info, parent)  # type: ignore[arg-type]
    dialog.exec()


presenter: Presenter = _present
_showing = threading.local()


def show_error(parent: QWidget | None, exc: BaseException, exc_info: object = None) -> None:
    """Show ``exc`` to the person at the screen; bugs are logged with their traceback."""
    if isinstance(exc, Cancelled):
        log.info("cancelled: %s", exc)
        return
    if isinstance(exc, EvalDeskError):
        log.info("%s: %s", type(exc).__name__, exc)
    else:
        info = exc_info or (type(exc), exc, exc.__traceback__)
        log.error("unexpected error", exc_info=info)  # type: ignore[arg-type]
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return  # no GUI (or not on its thread): the log has it
    if getattr(_showing, "busy", False):
        return  # an error while showing an error: the log has it, do not loop
    _showing.busy = True
    try:
        presenter(parent, exc, exc_info)
    finally:
        _showing.busy = False


@contextmanager
def guarded(parent: QWidget | None) -> Iterator[None]:
    """Run a block; show any error from it instead of letting it escape the slot."""
    try:
        yield
    except Exception as exc:
        show_error(parent, exc)


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    parent = QApplication.activeWindow()
    show_error(parent, exc, (kind, exc, tb))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log.error(
            "unexpected error in thread %s",
            getattr(args.thread, "name", "?"),
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )


def install_excepthook() -> Callable[[], None]:
    """Route uncaught exceptions to the log and the error dialog; returns an undo function."""
    previous, previous_thread = sys.excepthook, threading.excepthook
    sys.excepthook = _hook
    threading.excepthook = _thread_hook

    def restore() -> None:
        sys.excepthook = previous
        threading.excepthook = previous_thread

    return restore
