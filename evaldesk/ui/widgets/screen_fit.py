"""Dialog sizes that fit the screen they open on (1366×768 laptops with a taskbar)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left for the window's title bar and frame, which the available area does not count.
FRAME = 40


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height``, or less where the screen's available area
    (without the taskbar) and a title bar would not hold it."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - FRAME // 2)
        height = min(height, area.height() - FRAME)
    widget.resize(width, height)
