"""One function finds bundled files, from source and in the frozen app.

PyInstaller unpacks data next to the executable (``sys._MEIPASS``) with the same relative
layout as the source tree, so the same relative path works in both cases.
"""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("resources", "icons", "app.png")``."""
    return base_dir().joinpath(*parts)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
