"""Small icons of the records views, drawn so they look the same on every platform and style."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


def overdue_icon(size: int = 16) -> QIcon:
    """A red disc with a white "!" (drawn, so it looks the same on every platform and style)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(200, 30, 30))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.setBrush(Qt.GlobalColor.white)
    bar = max(2, size // 8)
    painter.drawRect(size // 2 - bar // 2, size // 4, bar, size // 2 - bar // 2)
    painter.drawRect(size // 2 - bar // 2, size * 3 // 4 - bar // 2, bar, bar)
    painter.end()
    return QIcon(pixmap)
