"""Chinese input on fcitx desktops: choose Qt's input-method module before Qt starts.

PySide6's wheels carry Qt's ibus input-context plugin but no fcitx plugin. UOS and Kylin
desktops export ``QT_IM_MODULE=fcitx`` and run fcitx5, so Qt finds no plugin for that value
and the clerk's pinyin arrives as Latin letters. fcitx5 also speaks the ibus protocol (it owns
``org.freedesktop.IBus`` on the session bus), so Qt's ibus plugin reaches it. Measured under
Xvfb with fcitx5 5.0.21: ``ibus`` gives 工作 for "gongzuo" + space; ``fcitx`` or unset gives
"gongzuo" (tests/e2e/test_chinese_input.py repeats it with the app).

Both launchers (installer/launch.py and ``python -m evaldesk``) call :func:`configure` before
any QApplication exists; Qt reads the variable once, when the application starts.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("evaldesk.input_method")

VARIABLE = "QT_IM_MODULE"
#: Values that ask for fcitx (or nothing) and that Qt cannot serve without an fcitx plugin.
REPLACEABLE = frozenset({"", "fcitx", "fcitx5"})
#: Session-bus names: fcitx5 itself, and whoever serves the ibus protocol (ibus-daemon, or
#: fcitx5's ibus front end).
FCITX5_NAME = "org.fcitx.Fcitx5"
IBUS_NAME = "org.freedesktop.IBus"
FCITX_PLUGINS = (
    "libfcitx5platforminputcontextplugin.so",
    "libfcitxplatforminputcontextplugin.so",
)
DBUS_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class Decision:
    """What to do with QT_IM_MODULE: ``value`` None leaves it unset."""

    before: str | None
    value: str | None
    reason: str

    @property
    def changed(self) -> bool:
        return self.value != self.before


def decide(
    current: str | None, bus_names: frozenset[str] | None, fcitx_plugin: Path | None
) -> Decision:
    """The rule, without I/O. ``bus_names`` is None when the session bus could not be asked."""
    if current is not None and current.strip().lower() not in REPLACEABLE:
        return Decision(current, current, f"kept {VARIABLE}={current}: the user's choice")
    if bus_names is None:
        return Decision(current, current, f"kept {VARIABLE}: no D-Bus session to ask")
    if IBUS_NAME not in bus_names:
        return Decision(current, current, f"kept {VARIABLE}: no input method serves ibus")
    if fcitx_plugin is not None:
        why = f"kept {VARIABLE}: Qt can load the fcitx plugin {fcitx_plugin}"
        return Decision(current, current, why)
    who = "fcitx5 (its ibus front end)" if FCITX5_NAME in bus_names else "ibus-daemon"
    was = "unset" if current is None else f"'{current}'"
    return Decision(current, "ibus", f"{VARIABLE} {was} -> ibus: {who} runs, no fcitx Qt plugin")


# ---------------------------------------------------------------------- the session bus

_NAME_RE = re.compile(r"[\"']([A-Za-z0-9_.:-]+)[\"']")


def parse_names(listing: str) -> frozenset[str]:
    """Bus names from ``dbus-send --print-reply`` (``string "a.b"``) or ``gdbus`` (``['a.b']``)."""
    return frozenset(_NAME_RE.findall(listing))


def host_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment for the PC's own tools: a PyInstaller bundle puts its library folder
    first in LD_LIBRARY_PATH (keeping the original in LD_LIBRARY_PATH_ORIG), and the PC's
    dbus-send must not load the bundle's libraries."""
    env = dict(environ)
    if "LD_LIBRARY_PATH_ORIG" in env:
        env["LD_LIBRARY_PATH"] = env.pop("LD_LIBRARY_PATH_ORIG")
    elif getattr(sys, "frozen", False):
        env.pop("LD_LIBRARY_PATH", None)
    return env


def session_bus_names(environ: Mapping[str, str]) -> frozenset[str] | None:
    """The names on the session bus, or None when there is no bus or no tool to ask it."""
    if not environ.get("DBUS_SESSION_BUS_ADDRESS") and not environ.get("XDG_RUNTIME_DIR"):
        return None
    method = "org.freedesktop.DBus.ListNames"
    commands = (
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", method],
        ["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
         "--object-path", "/org/freedesktop/DBus", "--method", method],
    )  # fmt: skip
    env = host_environment(environ)
    for command in commands:
        tool = shutil.which(command[0], path=env.get("PATH"))
        if tool is None:
            continue
        try:
            done = subprocess.run(
                [tool, *command[1:]],
                capture_output=True,
                text=True,
                env=env,
                timeout=DBUS_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.info("asking the session bus with %s failed: %s", command[0], exc)
            continue
        if done.returncode == 0:
            return parse_names(done.stdout)
        log.info("%s: %s", command[0], done.stderr.strip()[:200])
    return None


# ---------------------------------------------------------------------- Qt's plugin folders


def plugin_dirs(environ: Mapping[str, str]) -> list[Path]:
    """Where Qt looks for plugins, in its order: QT_PLUGIN_PATH, the Qt build's plugin folder
    (PySide6/Qt/plugins in the wheel and in the bundle), the executable's folder. PySide6 is
    located, not imported: a command-line run must not pay for QtCore (~0.1 s)."""
    dirs = [Path(p) for p in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        dirs.append(Path(folder) / "Qt" / "plugins")
    dirs.append(Path(sys.executable).resolve().parent)
    return dirs


def loadable_plugin(path: Path) -> bool:
    """A Qt plugin built for this Qt's major.minor release. fcitx's Qt plugins use Qt's private
    API, which has no compatibility promise between releases (Debian makes
    fcitx5-frontend-qt6 depend on the exact qtbase ABI), so one built for another Qt is no use
    here; a plugin's metadata records only major.minor, so that is what can be compared
    without loading it."""
    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    meta = QPluginLoader(str(path)).metaData()
    built_for = meta.get("version") if meta else None
    version = QLibraryInfo.version()
    ours = (version.majorVersion() << 8) | version.minorVersion()
    return isinstance(built_for, int) and built_for >> 8 == ours


def find_fcitx_plugin(dirs: Iterable[Path]) -> Path | None:
    """The first fcitx plugin Qt could load; QtCore is imported only when a file is there."""
    for folder in dirs:
        for name in FCITX_PLUGINS:
            candidate = folder / "platforminputcontexts" / name
            if candidate.is_file():
                if loadable_plugin(candidate):
                    return candidate
                log.info("fcitx plugin %s is not built for this Qt; not used", candidate)
    return None


# ---------------------------------------------------------------------- the launchers' call


def configure(environ: MutableMapping[str, str] | None = None) -> Decision | None:
    """Set QT_IM_MODULE in ``environ`` (default ``os.environ``) by :func:`decide` and return
    the decision, kept for :func:`log_pending`. Off Linux there is nothing to decide (None)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    current = env.get(VARIABLE)
    if current is not None and current.strip().lower() not in REPLACEABLE:
        decision = decide(current, None, None)  # no bus call for a value the user chose
    else:
        names = session_bus_names(env)
        wanted = names is not None and IBUS_NAME in names
        plugin = find_fcitx_plugin(plugin_dirs(env)) if wanted else None
        decision = decide(current, names, plugin)
    if decision.changed and decision.value is not None:
        env[VARIABLE] = decision.value
    PENDING.append(decision)
    return decision


#: The launchers decide before logging is set up (and a command-line run never sets it up);
#: the GUI logs the decisions once its log file is open, so the choice is in the office's log.
PENDING: list[Decision] = []


def log_pending() -> None:
    while PENDING:
        log.info("input method: %s", PENDING.pop(0).reason)
