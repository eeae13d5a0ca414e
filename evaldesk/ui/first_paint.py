"""The first-paint hook: the shipped app can report when it first shows something, and quit.

The frozen-app smoke test, the start-up measurement of a built bundle and the UI benchmark run
the real app and read one line from its stdout; N is seconds since the process started
(:func:`process_age`):

* ``evaldesk --smoke-exit-after-show`` (the hidden option, evaldesk/cli.py) quits after the
  very first paint of any window (the wizard, the login dialog or the main window) and prints
  ``smoke: first paint after N s`` (installer/measure.py, bench/bench_ui.py);
* ``EVALDESK_SMOKE_EXIT=1`` quits once the main window is painted with the office's data in
  it and prints ``smoke: main window painted after N s`` (tests/e2e/test_frozen.py,
  bench/bench_ui.py, tests/ui/test_app.py); when the window first painted the last score kept
  from the previous start (before the data is read), it printed
  ``smoke: last-known score painted after N s`` on the way.

:class:`FirstPaint` is also how the app starts loading the data only after its window painted.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

SMOKE_ENV = "EVALDESK_SMOKE_EXIT"
#: How long ``--smoke-exit-after-show`` waits for a paint before it gives up (exit code 1).
SMOKE_TIMEOUT_MS = 30_000
_IMPORTED = time.monotonic()
_KEEP: list[QObject] = []  # keeps the hook alive while the application runs


def process_age() -> float:
    """Seconds since this process started (from /proc on Linux, else since this import)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))
    except (OSError, IndexError, ValueError, AttributeError):
        return time.monotonic() - _IMPORTED


def _say(what: str) -> None:
    print(f"smoke: {what} after {process_age():.3f} s", flush=True)


class FirstPaint(QObject):
    """Calls ``then`` once, after ``widget`` has painted for the first time."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._then)  # after this paint has finished
        return False


def exit_when_loaded_requested() -> bool:
    """Whether ``EVALDESK_SMOKE_EXIT`` asks to quit once the main window shows the data."""
    return os.environ.get(SMOKE_ENV, "") not in ("", "0")


def say_when_painted(widget: QWidget, what: str) -> None:
    """At ``widget``'s first paint, print ``smoke: WHAT after N s`` (and go on)."""
    FirstPaint(widget, lambda: _say(what))


def exit_when_painted(window: QWidget) -> None:
    """``EVALDESK_SMOKE_EXIT``: at the window's next paint, say so and quit."""

    def done() -> None:
        _say("main window painted")
        QCoreApplication.quit()

    FirstPaint(window, done)
    window.update()


class _AnyWindowPainted(QObject):
    """Installed on the application once its event loop runs; exits at the first paint."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False
        self.closer = QTimer(self)

    def event(self, event: QEvent) -> bool:
        app = QCoreApplication.instance()
        if event.type() == QEvent.Type.User and app is not None:
            app.installEventFilter(self)
            QTimer.singleShot(SMOKE_TIMEOUT_MS, self.timed_out)
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.painted or event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        self.painted = True
        _say("first paint")
        # Keep leaving every event loop started after this one (a dialog shown on the way out),
        # so the process ends.
        self.closer.timeout.connect(lambda: QCoreApplication.exit(0))
        self.closer.start(50)
        QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False

    def timed_out(self) -> None:
        if not self.painted:
            print("smoke: no window was painted", file=sys.stderr, flush=True)
            QCoreApplication.exit(1)


def exit_after_first_paint() -> None:
    """``--smoke-exit-after-show``: leave the event loop once the first window has painted.

    Called before the application exists (run_gui() makes it and runs its loop): an event
    posted now to the hook is delivered when that loop starts, and the hook then watches every
    widget's paint events.
    """
    hook = _AnyWindowPainted()
    _KEEP.append(hook)
    QCoreApplication.postEvent(hook, QEvent(QEvent.Type.User))
