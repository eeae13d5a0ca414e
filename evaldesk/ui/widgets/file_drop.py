"""Files dragged in from the desktop or a file manager: which local files a drop carries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def dropped_paths(mime: QMimeData | None) -> list[Path]:
    """Local files in a drag (remote URLs and plain text are not files: they are left out)."""
    if mime is None or not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()
    ]
