"""A dialog's first size, no larger than the screen it opens on (1366×768 less a taskbar)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room for the taskbar and the title bar (as evaldesk.ui.window_fit reckons a window).
MARGIN = 80


def fit_size(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    widget.resize(min(width, area.width() - 40), min(height, area.height() - MARGIN))


def punct(zh: str, en: str) -> str:
    """Punctuation of the interface language: Chinese full-width marks only in Chinese."""
    from evaldesk.ui.message_text import language

    return zh if language() == "zh" else en


def listed(parts: list[str]) -> str:
    """Clauses joined as the language writes them (；/ "; ")."""
    return punct("；", "; ").join(parts)


def bracketed(text: str) -> str:
    return punct("（", " (") + text + punct("）", ")")
