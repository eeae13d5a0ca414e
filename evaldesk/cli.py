"""`evaldesk` entry point: the GUI by default, subcommands for headless work.

Exit codes: 0 success, 1 the thing checked failed, 2 usage or input error (with a message
that says what to fix), 3 an internal error (the traceback goes to the log, not the screen).
Qt is imported only when the GUI starts, so the CLI stays fast and works without a display.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from evaldesk import __version__
from evaldesk.errors import EvalDeskError

log = logging.getLogger("evaldesk")

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from evaldesk.commands import COMMAND_MODULES

    parser = _Parser(prog="evaldesk", description="EvalDesk 自评台账")
    parser.add_argument("--version", action="version", version=f"EvalDesk {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="data folder (default: the user's data folder)"
    )
    parser.add_argument("--lang", help="UI language, e.g. zh_CN or en")
    # Hidden: used by the frozen-app smoke test and start-up measurement (installer/).
    parser.add_argument("--smoke-exit-after-show", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _configure_stdout() -> None:
    # Windows consoles default to a legacy code page; Chinese output must not crash.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


def _choose_language(args: argparse.Namespace) -> None:
    """Messages answer in ``--lang``'s language, else the locale's (docs: README "Using it")."""
    import os

    from evaldesk.messages import set_language
    from evaldesk.messages.locale import language_for, system_language

    set_language(language_for(getattr(args, "lang", None)) or system_language(os.environ))


def run(argv: Sequence[str] | None = None) -> int:
    _configure_stdout()
    parser = build_parser()
    args = parser.parse_args(argv)
    _choose_language(args)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return gui(args)
    return handler(args)


def main(argv: Sequence[str] | None = None) -> int:
    from evaldesk.logs import quiet_command_line

    quiet_command_line()
    try:
        return run(argv)
    except EvalDeskError as exc:
        print(f"evaldesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        _say("cli.interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: a bug must not show a traceback to a clerk
        from evaldesk.logs import write_crash_report

        where = write_crash_report()
        _say("cli.internal_error", error=type(exc).__name__, report=str(where))
        return 3


def _say(key: str, **args: object) -> None:
    from evaldesk.messages import msg

    print(msg(key, **args).text(), file=sys.stderr)


def gui(args: argparse.Namespace) -> int:
    try:
        from evaldesk.ui.app import run_gui
    except ImportError as exc:
        print(f"evaldesk: the desktop interface is not available ({exc})", file=sys.stderr)
        return 2
    if getattr(args, "smoke_exit_after_show", False):
        _exit_after_first_paint()
    return run_gui(data_dir=args.data_dir, lang=args.lang)


SMOKE_TIMEOUT_MS = 30_000
_KEEP: list[object] = []  # keeps the smoke helper alive while run_gui() runs


def _process_age() -> float | None:
    """Seconds since this process started (Linux: from /proc, 10 ms resolution)."""
    import os

    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return max(0.0, uptime - started)


def _exit_after_first_paint() -> None:
    """``--smoke-exit-after-show``: leave the event loop once the first window has painted.

    run_gui() creates the application and runs its event loop, so nothing can be scheduled on
    it from here directly. An event posted now to a helper object is delivered when that loop
    starts; the helper then watches paint events and exits the loop after the first one, and
    keeps exiting any loop started after that (a dialog shown on the way out), so the process
    ends. Prints "smoke: first paint after N.NNN s" (since the process started) on stdout.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class FirstPaint(QObject):
        painted = False

        def __init__(self) -> None:
            super().__init__()
            self.closer = QTimer(self)

        def event(self, event: QEvent) -> bool:
            app = QCoreApplication.instance()
            if event.type() == QEvent.Type.User and app is not None:
                app.installEventFilter(self)
                QTimer.singleShot(SMOKE_TIMEOUT_MS, self.timed_out)
                return True
            return super().event(event)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.painted or event.type() != QEvent.Type.Paint:
                return False
            if isinstance(watched, QWidget):
                self.painted = True
                age = _process_age()
                when = "" if age is None else f" after {age:.3f} s"
                print(f"smoke: first paint{when}", flush=True)
                self.closer.timeout.connect(lambda: QCoreApplication.exit(0))
                self.closer.start(50)
                QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
            return False

        def timed_out(self) -> None:
            if not self.painted:
                print("smoke: no window was painted", file=sys.stderr, flush=True)
                QCoreApplication.exit(1)

    helper = FirstPaint()
    _KEEP.append(helper)
    QCoreApplication.postEvent(helper, QEvent(QEvent.Type.User))


def gui_main() -> int:
    return main([*sys.argv[1:]])


if __name__ == "__main__":
    raise SystemExit(main())
