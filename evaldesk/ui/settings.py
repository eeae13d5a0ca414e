"""Settings declared once, with defaults and translatable titles (STYLE.md habit 6; Picard).

Stored with QSettings (organisation "EvalDesk", application "EvalDesk"): the registry on
Windows, an ini file elsewhere. ``EVALDESK_SETTINGS=/path/file.ini`` keeps them in that file
instead (tests, screenshots and benchmarks never touch a person's own settings).

Values are plain types (str, int, bool, bytes); nothing is pickled. ``SCHEMA`` is the version
of the layout: ``upgrade()`` moves older layouts forward, one step per version.

The window's geometry, its splitter and the score panel's state are kept per screen size
(``scope=screen_key(screen)``): a window sized on the office's 1920×1080 monitor must not open
taller than the 1366×768 laptop it is carried to. The last score shown is kept per data folder
(``scope=folder_key(path)``), so the next start can show it at once, marked with its time.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

ORGANISATION = "EvalDesk"
APPLICATION = "EvalDesk"
SCHEMA = 2


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type
    title: str  # English source text; translate with QCoreApplication.translate("Settings", ..)


LANGUAGE = Setting("ui/language", "", str, QT_TRANSLATE_NOOP("Settings", "Interface language"))
#: Per screen size (scope: screen_key()).
GEOMETRY = Setting("screen/geometry", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Window size"))
WINDOW_STATE = Setting(
    "window/state", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Toolbars and docks")
)
#: Per screen size (scope: screen_key()).
SPLITTER = Setting(
    "screen/splitter", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Score panel width")
)
#: Per screen size (scope: screen_key()): "expanded", "collapsed", or "" (as wide as the window allows).
SCORE_PANEL = Setting(
    "screen/score-panel", "", str, QT_TRANSLATE_NOOP("Settings", "Score details shown")
)
#: Per data folder (scope: folder_key()): JSON of the last score shown (see ui/last_score.py).
LAST_SCORE = Setting("folder/last-score", "", str, QT_TRANSLATE_NOOP("Settings", "Last score"))
RUBRIC_SPLITTER = Setting(
    "rubric/splitter", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Rubric view layout")
)
LAST_VIEW = Setting("window/view", "", str, QT_TRANSLATE_NOOP("Settings", "Last view shown"))
#: Scoped by data folder (folder_scope): each office remembers its own last user.
LAST_USER = Setting("login/user", "", str, QT_TRANSLATE_NOOP("Settings", "Last user name"))
#: Scoped by data folder (folder_scope): the office's name, shown by the login dialog before the
#: store is open (it opens behind the dialog).
OFFICE_NAME = Setting(
    "login/office", "", str, QT_TRANSLATE_NOOP("Settings", "Office name at sign-in")
)
#: Scoped by data folder (folder_scope): where this office's last package was saved.
EXPORT_FOLDER = Setting(
    "export/folder", "", str, QT_TRANSLATE_NOOP("Settings", "Folder of the last export")
)

ALL = (
    LANGUAGE,
    GEOMETRY,
    WINDOW_STATE,
    SPLITTER,
    SCORE_PANEL,
    RUBRIC_SPLITTER,
    LAST_VIEW,
    LAST_USER,
    OFFICE_NAME,
    LAST_SCORE,
    EXPORT_FOLDER,
)


def _per_screen(q: QSettings) -> None:
    """1 -> 2: the one window geometry and splitter became one per screen size. Which screen
    the old ones were saved on is unknown (the old default, 1280×800, was taller than a
    1366×768 screen), so they are dropped: the window opens fitted to its screen once."""
    q.remove("window/geometry")
    q.remove("window/splitter")


def folder_scope(folder: Path) -> str:
    """A settings scope naming one data folder (a digest: paths hold characters keys cannot)."""
    resolved = str(Path(folder).expanduser().resolve())
    return "folder-" + hashlib.sha256(resolved.encode()).hexdigest()[:16]


#: version -> step that brings a layout of that version to the next one.
UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _per_screen}


def screen_key(width: int, height: int, ratio: float) -> str:
    """A screen's size in device pixels and its scaling: "1366x768", "1920x1080@150"."""
    size = f"{round(width * ratio)}x{round(height * ratio)}"
    return size if abs(ratio - 1) < 0.01 else f"{size}@{round(ratio * 100)}"


def folder_key(path: Path) -> str:
    """A short key of a data folder's resolved path (a path's slashes cannot be in a key)."""
    return hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:16]


def _backend() -> QSettings:
    path = os.environ.get("EVALDESK_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


class Settings:
    def __init__(self, backend: QSettings | None = None) -> None:
        self.q = backend if backend is not None else _backend()
        self.upgrade()

    def upgrade(self) -> None:
        version = int(str(self.q.value("schema", 0) or 0))
        if version == 0 and not self.q.allKeys():
            self.q.setValue("schema", SCHEMA)
            return
        while version < SCHEMA:
            step = UPGRADES.get(version)
            if step is not None:
                step(self.q)
            version += 1
        self.q.setValue("schema", SCHEMA)

    def get(self, setting: Setting, scope: str = "") -> Any:
        value = self.q.value(self._key(setting, scope), setting.default)
        if setting.kind is bytes:
            if isinstance(value, QByteArray):
                return bytes(value.data())
            return bytes(value) if isinstance(value, bytes | bytearray) else setting.default
        if setting.kind is bool:
            return value in (True, "true", "1", 1)
        if setting.kind is int:
            try:
                return int(str(value))
            except (TypeError, ValueError):
                return setting.default
        return setting.kind(value) if value is not None else setting.default

    def set(self, setting: Setting, value: Any, scope: str = "") -> None:
        if setting.kind is bytes:
            value = QByteArray(bytes(value))
        self.q.setValue(self._key(setting, scope), value)

    def sync(self) -> None:
        self.q.sync()

    @staticmethod
    def _key(setting: Setting, scope: str) -> str:
        return f"{setting.key}/{scope}" if scope else setting.key
