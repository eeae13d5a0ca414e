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
from typing import Any

from evaldesk import __version__
from evaldesk.commands.language import help_text
from evaldesk.errors import EvalDeskError
from evaldesk.messages import msg, set_language

log = logging.getLogger("evaldesk")

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every (sub)command takes --lang, so it may stand anywhere on the line; it was read
        # before the parser was built (evaldesk.commands.language). SUPPRESS: a subcommand
        # without it keeps the value given before the subcommand.
        self.add_argument(
            "--lang", default=argparse.SUPPRESS, metavar="zh|en", help=help_text("cli.help.lang")
        )


def build_parser() -> argparse.ArgumentParser:
    from evaldesk.commands import COMMAND_MODULES

    parser = _Parser(prog="evaldesk", description=help_text("cli.help.description"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"EvalDesk {__version__}",
        help=help_text("cli.help.version"),
    )
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help=help_text("cli.help.data_dir"))
    # Hidden: the first-paint hook of start-up measurements (evaldesk/ui/first_paint.py).
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


def run(argv: Sequence[str] | None = None) -> int:
    from evaldesk.commands.language import argparse_speaking, choose

    _configure_stdout()
    given = list(sys.argv[1:] if argv is None else argv)
    lang = choose(given)
    set_language(lang)
    with argparse_speaking(lang):  # help texts and usage errors in the chosen language
        parser = build_parser()
        args = parser.parse_args(given)
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
        _say("cli.failed", error=str(exc))
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
    print(msg(key, **args).text(), file=sys.stderr)


def gui(args: argparse.Namespace) -> int:
    try:
        from evaldesk.ui import first_paint
        from evaldesk.ui.app import run_gui
    except ImportError as exc:
        print(msg("cli.no_gui", error=str(exc)), file=sys.stderr)
        return 2
    if getattr(args, "smoke_exit_after_show", False):
        first_paint.exit_after_first_paint()
    return run_gui(data_dir=args.data_dir, lang=getattr(args, "lang", None))


def gui_main() -> int:
    return main([*sys.argv[1:]])


if __name__ == "__main__":
    raise SystemExit(main())
