"""Where the export view saves a package: a folder that exists, remembered per data folder.

The first proposal was ``QStandardPaths``' documents folder, which on a fresh Linux account
(or as root) does not exist, so the first export stopped at "folder … does not exist". Now:

1. the folder this data folder's last package went to, while it still exists;
2. else the documents folder (made when the export starts, if it is missing);
3. else, when no documents folder can be made there, ``exports/`` in the data folder.

A folder is made only when a package is about to be written into it, so looking at the view
leaves no trace on the disk.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from evaldesk.ui import settings as cfg

#: Inside the data folder: the last resort, always writable where the data is.
DATA_EXPORTS = "exports"


def documents_folder() -> Path | None:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else None


def _could_make(folder: Path) -> bool:
    """True when ``folder`` exists or its nearest existing parent lets us create it."""
    here = folder
    while not here.exists():
        if here.parent == here:
            return False
        here = here.parent
    return here.is_dir() and os.access(here, os.W_OK | os.X_OK)


def default_folder(data_dir: Path, settings: cfg.Settings) -> Path:
    remembered = str(settings.get(cfg.EXPORT_FOLDER, cfg.folder_scope(data_dir)) or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = documents_folder()
    if documents is not None and _could_make(documents):
        return documents
    return Path(data_dir) / DATA_EXPORTS


def make_folder(folder: Path, data_dir: Path) -> Path:
    """``folder`` made if missing; if it cannot be, the data folder's ``exports/`` instead."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:
        fallback = Path(data_dir) / DATA_EXPORTS
        fallback.mkdir(parents=True, exist_ok=True)
        return fallback


def remember(data_dir: Path, settings: cfg.Settings, folder: Path) -> None:
    settings.set(cfg.EXPORT_FOLDER, str(folder), cfg.folder_scope(data_dir))
    settings.sync()
