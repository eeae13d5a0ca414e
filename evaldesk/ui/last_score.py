"""The last score shown for a data folder, kept in the settings so the next start shows a number
at once (marked 截至 and its time) while the live score is computed; the live one replaces it.

Read before the data folder is open, on the way to the first paint: nothing heavy is imported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from evaldesk.ui import settings as cfg


@dataclass(frozen=True)
class LastScore:
    total: str  # "84"
    out_of: str  # "/ 106※"
    year: int
    at: datetime  # when it was the live score


def remember(settings: cfg.Settings, folder: Path, last: LastScore) -> None:
    value = {
        "total": last.total,
        "out_of": last.out_of,
        "year": last.year,
        "at": last.at.isoformat(timespec="minutes"),
    }
    settings.set(cfg.LAST_SCORE, json.dumps(value, ensure_ascii=False), cfg.folder_key(folder))


class Keeper:
    """Keeps the live score for the next start as it changes, at most once per ``pause_ms``.

    Every setting written makes QSettings rewrite its file in the next pass of the event loop;
    once per tick that took 2–10 ms of the tick, between the write and the new total (seen in
    bench/bench_ui.py). The first score is kept at once; later ones when the pause is over and,
    whatever is still pending, when the window saves its state (``flush``).
    """

    def __init__(
        self, settings: cfg.Settings, folder: Path, owner: QObject, pause_ms: int = 5000
    ) -> None:
        self.settings, self.folder = settings, folder
        self.pending: LastScore | None = None
        # owned by the window: a timer left to Python's collector could be freed on a worker
        # thread (the PySide6 crash of ui.app.collect_garbage)
        self._pause = QTimer(owner)
        self._pause.setSingleShot(True)
        self._pause.setInterval(pause_ms)
        self._pause.timeout.connect(self.flush)

    def offer(self, last: LastScore) -> None:
        if self._pause.isActive():
            self.pending = last
            return
        remember(self.settings, self.folder, last)
        self._pause.start()

    def flush(self) -> None:
        if self.pending is not None:
            remember(self.settings, self.folder, self.pending)
            self.pending = None


def recall(settings: cfg.Settings, folder: Path) -> LastScore | None:
    """The last score kept for ``folder``, or None (none kept, or unreadable: it is only a hint)."""
    text = settings.get(cfg.LAST_SCORE, cfg.folder_key(folder))
    if not text:
        return None
    try:
        value = json.loads(text)
        return LastScore(
            str(value["total"]),
            str(value["out_of"]),
            int(value["year"]),
            datetime.fromisoformat(str(value["at"])),
        )
    except (ValueError, KeyError, TypeError):
        return None
