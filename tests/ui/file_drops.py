"""Files for evidence tests, and a drag from the file manager dropped on a widget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication


def png(path: Path, colour: str = "red") -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(colour)
    assert image.save(str(path), "PNG")
    return path


def drop(widget: Any, paths: list[Path]) -> tuple[bool, bool]:
    """Drag ``paths`` onto the middle of ``widget`` and drop them: (entered, dropped)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(widget.rect().center(), *args)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False, False
    dropped = QDropEvent(QPointF(widget.rect().center()), *args)
    QApplication.sendEvent(widget, dropped)
    return True, dropped.isAccepted()
