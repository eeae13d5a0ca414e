"""Logging to a rotating file in the data folder, and crash reports instead of tracebacks."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path
from typing import Any

from evaldesk import __version__


def log_dir() -> Path:
    from platformdirs import user_log_dir

    override = os.environ.get("EVALDESK_LOG_DIR")
    return Path(override) if override else Path(user_log_dir("EvalDesk", appauthor=False))


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    target = folder or log_dir()
    target.mkdir(parents=True, exist_ok=True)
    path = target / "evaldesk.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("evaldesk")
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return path


class _OneLine(logging.Formatter):
    """Warnings on the command line: one line each, never a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        return f"evaldesk: warning: {record.getMessage().splitlines()[0] if record.getMessage() else ''}"


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is at the time (tests and the attack runner swap it)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def quiet_command_line() -> None:
    """On the command line, EvalDesk's log goes nowhere but warnings, one line each on stderr.

    Without a handler, Python's last-resort handler printed every logged record, the crash
    report's traceback among them, on the terminal."""
    root = logging.getLogger("evaldesk")
    if any(getattr(h, "evaldesk_cli", False) for h in root.handlers):
        return
    handler = _Stderr()
    handler.setLevel(logging.WARNING)
    handler.setFormatter(_OneLine())
    handler.addFilter(lambda record: record.exc_info is None and record.name != "evaldesk.crash")
    handler.evaldesk_cli = True  # type: ignore[attr-defined]
    root.addHandler(handler)


def write_crash_report(exc_info: tuple[object, ...] | None = None) -> Path:
    """Save the current exception with version and platform; return the file's path."""
    info: Any = exc_info or sys.exc_info()
    text = "".join(traceback.format_exception(*info))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    body = f"EvalDesk {__version__}\nPython {sys.version}\nPlatform {sys.platform}\n\n{text}"
    for folder in (log_dir(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"crash-{stamp}.txt"
            path.write_text(body, encoding="utf-8")
            # To the log file when there is one (the GUI's); never to the terminal.
            logging.getLogger("evaldesk.crash").error("crash report saved to %s\n%s", path, text)
            return path
        except OSError:
            continue
    return Path("(unsaved)")
