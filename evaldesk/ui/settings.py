"""Settings declared once, with defaults and translatable titles (STYLE.md habit 6; Picard).

Stored with QSettings (organisation "EvalDesk", application "EvalDesk"): the registry on
Windows, an ini file elsewhere. ``EVALDESK_SETTINGS=/path/file.ini`` keeps them in that file
instead (tests, screenshots and benchmarks never touch a person's own settings).

Values are plain types (str, int, bool, bytes); nothing is pickled. ``SCHEMA`` is the version
of the layout: ``upgrade()`` moves older layouts forward, one step per version.
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
SCHEMA = 1


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type
    title: str  # English source text; translate with QCoreApplication.translate("Settings", ..)


LANGUAGE = Setting("ui/language", "", str, QT_TRANSLATE_NOOP("Settings", "Interface language"))
GEOMETRY = Setting("window/geometry", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Window size"))
WINDOW_STATE = Setting(
    "window/state", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Toolbars and docks")
)
SPLITTER = Setting(
    "window/splitter", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Score panel width")
)
RUBRIC_SPLITTER = Setting(
    "rubric/splitter", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Rubric view layout")
)
LAST_VIEW = Setting("window/view", "", str, QT_TRANSLATE_NOOP("Settings", "Last view shown"))
#: Scoped by data folder (folder_scope): each office remembers its own last user.
LAST_USER = Setting("login/user", "", str, QT_TRANSLATE_NOOP("Settings", "Last user name"))

ALL = (LANGUAGE, GEOMETRY, WINDOW_STATE, SPLITTER, RUBRIC_SPLITTER, LAST_VIEW, LAST_USER)


def folder_scope(folder: Path) -> str:
    """A settings scope naming one data folder (a digest: paths hold characters keys cannot)."""
    resolved = str(Path(folder).expanduser().resolve())
    return "folder-" + hashlib.sha256(resolved.encode()).hexdigest()[:16]


#: version -> step that brings a layout of that version to the next one.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


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
