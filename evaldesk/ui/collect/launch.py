"""Handing a file to the system's viewer (a unit's report PDF, its ledger, an evidence file).

``launcher`` is the one place that asks the desktop; it answers False when no program is set
up for the file (a bare Linux desktop without xdg-open, a PC without a PDF reader), and the
window then says where the copy is instead of failing silently."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def _desktop(path: Path) -> bool:
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


#: Replaced in tests (no desktop there) to see what would have been opened.
launcher: Callable[[Path], bool] = _desktop


def launch(path: Path) -> bool:
    return launcher(path)
