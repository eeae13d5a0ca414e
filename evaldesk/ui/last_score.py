"""The last score shown for a data folder, kept in the settings so the next start shows a number
at once (marked 截至 and its time) while the live score is computed; the live one replaces it.

Read before the data folder is open, on the way to the first paint: nothing heavy is imported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

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
