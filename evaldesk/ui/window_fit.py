"""How big the main window opens and whether the score panel's details show beside the views.

The first window fits the screen it opens on: on a screen smaller than about 1600×960 (a
1366×768 laptop; 1920×1080 at 125 % or 150 %) it opens maximised, on a larger one at a size
that leaves room around it. After that the geometry a person left is kept per screen size
(evaldesk.ui.settings), so a window sized on a large monitor does not open off a small one.

The score panel (about 320 px) shows beside the views only when they keep enough room for the
rubric's titles; otherwise the score strip above the views carries the number and the panel
opens on demand. A person's own choice is kept per screen size too.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QCursor, QGuiApplication, QScreen

from evaldesk.ui import settings as cfg

#: Screens whose free area is smaller than this open the first window maximised.
MAXIMISE_BELOW = (1600, 960)
#: The window a larger screen opens with (at most; never more than 90 % of the free area).
PREFERRED = (1600, 1000)
PANEL_WIDTH = 320
#: Narrower than this, the panel starts hidden: the views keep the width for the titles. Above
#: the first window's 1600 px: seen at 1920×1080, that window with the panel beside the views
#: cut 9 of the 23 item titles of 湘人社发〔2021〕46号 while the item detail stood empty; a
#: maximised 1920 px window keeps the panel and cuts one.
PANEL_SHOWN_FROM = 1700


def opening_screen() -> QScreen:
    """The screen the window will open on: the one under the mouse, else the primary."""
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def key_of(screen: QScreen) -> str:
    size = screen.size()
    return cfg.screen_key(size.width(), size.height(), screen.devicePixelRatio())


def first_geometry(area: QRect) -> tuple[QRect, bool]:
    """The first window's geometry on a screen whose free area is ``area``, and whether to
    maximise it (the geometry is then the one it gets back when un-maximised: inside the
    area with room for the window's frame)."""
    small = area.width() < MAXIMISE_BELOW[0] or area.height() < MAXIMISE_BELOW[1]
    width = min(PREFERRED[0], area.width() * 9 // 10)
    height = min(PREFERRED[1], area.height() * 9 // 10)
    left = area.x() + (area.width() - width) // 2
    top = area.y() + (area.height() - height) // 2
    return QRect(left, top, width, height), small


def panel_shown(choice: str, window_width: int) -> bool:
    """``choice`` is the kept setting: "expanded", "collapsed" or "" (as the width allows)."""
    if choice in ("expanded", "collapsed"):
        return choice == "expanded"
    return window_width >= PANEL_SHOWN_FROM
