"""Languages of the interface (STYLE.md habit 7): English source strings, Chinese by default.

* our own strings: ``resources/translations/evaldesk_<lang>.qm``, built from the ``.ts`` in the
  repository by ``scripts/build_translations.py`` (pyside6-lrelease); a source checkout whose
  ``.qm`` is missing or older than its ``.ts`` builds it on first use when lrelease is there;
* Qt's own strings (buttons of standard dialogs, context menus): ``qtbase_<lang>.qm`` from
  PySide6's translations folder, then ``qtdialogs_<lang>.qm`` (ours, installed after it so it
  wins) for the file-dialog strings Qt 6's catalogue leaves in English ("&Look in:", "Folder").

Switching language at run time re-creates the main window (see evaldesk.ui.app), so widgets
do not each need a retranslate step.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from evaldesk import messages
from evaldesk.resources import resource_path

log = logging.getLogger("evaldesk.ui.i18n")

DEFAULT = "zh_CN"
#: Language code -> its name written in that language (shown in the language menu).
LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "en": "English"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it yet (table headers,
    constants); translate later with ``QCoreApplication.translate(context, text)``. Typed
    ``str`` (PySide6's own is typed ``object``)."""
    return text


_installed: list[QTranslator] = []
_current = "en"


def normalise(lang: str | None) -> str:
    """``zh``, ``zh-CN``, ``zh_CN.UTF-8`` -> ``zh_CN``; ``en_US`` -> ``en``; unknown -> default."""
    if not lang:
        return DEFAULT
    code = lang.split(".")[0].replace("-", "_")
    if code in LANGUAGES:
        return code
    if code.lower().startswith("zh"):
        return "zh_CN"
    if code.lower().startswith("en"):
        return "en"
    log.warning("unknown language %r; using %s", lang, DEFAULT)
    return DEFAULT


def translations_dir() -> Path:
    return resource_path("resources", "translations")


def ts_path(lang: str, name: str = "evaldesk") -> Path:
    return translations_dir() / f"{name}_{lang}.ts"


def qm_path(lang: str, name: str = "evaldesk") -> Path:
    return translations_dir() / f"{name}_{lang}.qm"


def lrelease() -> str | None:
    """The pyside6-lrelease program, if installed (it is part of PySide6-Essentials)."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    import sys

    beside = Path(sys.executable).with_name(
        "pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease"
    )
    return str(beside) if beside.exists() else None


def build_qm(lang: str, name: str = "evaldesk") -> Path:
    """Compile ``evaldesk_<lang>.ts`` to ``.qm`` (raises if lrelease is missing or fails)."""
    tool = lrelease()
    if tool is None:
        raise FileNotFoundError("pyside6-lrelease is not installed")
    source, target = ts_path(lang, name), qm_path(lang, name)
    subprocess.run(
        [tool, "-silent", str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def ensure_built(lang: str, name: str = "evaldesk") -> Path | None:
    """The ``.qm`` for ``lang``, built from the ``.ts`` when missing or stale (source checkouts)."""
    qm, ts = qm_path(lang, name), ts_path(lang, name)
    stale = ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)
    if stale:
        try:
            build_qm(lang, name)
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("cannot build %s: %s", qm, exc)
    return qm if qm.exists() else None


def install(lang: str | None) -> str:
    """Install the translators for ``lang`` (replacing earlier ones); returns the code used."""
    global _current
    code = normalise(lang)
    _current = code
    messages.set_language("zh" if code.startswith("zh") else "en")
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if isinstance(app, QApplication):
        from evaldesk.ui import file_dialogs

        file_dialogs.install(chinese=code.startswith("zh"))
    if code == "en":
        return code  # the source strings are English
    ours = ensure_built(code)
    if ours is not None:
        translator = QTranslator()
        if translator.load(str(ours)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("cannot load %s", ours)
    else:
        log.warning("no translation file for %s; the interface stays in English", code)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator()
    if qt_translator.load(f"qtbase_{code}", qt_dir):
        QCoreApplication.installTranslator(qt_translator)
        _installed.append(qt_translator)
    dialogs = ensure_built(code, "qtdialogs")
    dialogs_translator = QTranslator()
    if dialogs is not None and dialogs_translator.load(str(dialogs)):
        QCoreApplication.installTranslator(dialogs_translator)  # the last installed wins
        _installed.append(dialogs_translator)
    return code


def current() -> str:
    """The language last installed (``en``, the source language, before any)."""
    return _current
