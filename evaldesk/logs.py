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
            logging.getLogger("evaldesk").error("crash report saved to %s\n%s", path, text)
            return path
        except OSError:
            continue
    return Path("(unsaved)")
