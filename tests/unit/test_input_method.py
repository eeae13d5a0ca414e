"""The launcher's choice of Qt's input-method module (evaldesk/input_method.py).

The rule is tested as a pure function; the session-bus query and the plugin check run against
the real tools (dbus-run-session, Qt's own plugins). The whole path with real input methods is
tests/e2e/test_chinese_input.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from evaldesk import input_method as im

FCITX5_BUS = frozenset({"org.freedesktop.DBus", im.FCITX5_NAME, im.IBUS_NAME})
IBUS_BUS = frozenset({"org.freedesktop.DBus", im.IBUS_NAME})
PLAIN_BUS = frozenset({"org.freedesktop.DBus"})


@pytest.mark.parametrize("current", [None, "", "fcitx", "fcitx5", "FCITX"])
def test_fcitx_or_unset_becomes_ibus_while_fcitx5_runs_without_a_plugin(
    current: str | None,
) -> None:
    decision = im.decide(current, FCITX5_BUS, None)
    assert decision.value == "ibus"
    assert decision.changed
    assert "fcitx5" in decision.reason


def test_ibus_daemon_alone_also_serves_a_desktop_that_asked_for_fcitx() -> None:
    decision = im.decide("fcitx", IBUS_BUS, None)
    assert decision.value == "ibus"
    assert "ibus-daemon" in decision.reason


@pytest.mark.parametrize("chosen", ["ibus", "xim", "uim", "compose", "qtvirtualkeyboard"])
def test_a_value_the_user_chose_is_kept(chosen: str) -> None:
    decision = im.decide(chosen, FCITX5_BUS, None)
    assert decision.value == chosen
    assert not decision.changed


def test_nothing_changes_without_an_ibus_speaking_input_method() -> None:
    assert im.decide("fcitx", PLAIN_BUS, None).value == "fcitx"
    assert im.decide(None, PLAIN_BUS, None).value is None
    # fcitx5 with its ibus front end disabled: Qt's ibus plugin would find nobody.
    assert im.decide("fcitx", PLAIN_BUS | {im.FCITX5_NAME}, None).value == "fcitx"
    assert im.decide("fcitx", None, None).value == "fcitx"


def test_a_loadable_fcitx_plugin_keeps_fcitx(tmp_path: Path) -> None:
    decision = im.decide("fcitx", FCITX5_BUS, tmp_path / "libfcitx5platforminputcontextplugin.so")
    assert decision.value == "fcitx"
    assert "plugin" in decision.reason


def test_bus_listings_of_both_tools_parse() -> None:
    dbus_send = (
        'method return time=1.2 sender=org.freedesktop.DBus -> destination=:1.7 serial=3\n'
        '   array [\n      string "org.freedesktop.DBus"\n      string ":1.0"\n'
        '      string "org.fcitx.Fcitx5"\n   ]\n'
    )  # fmt: skip
    gdbus = "(['org.freedesktop.DBus', ':1.0', 'org.freedesktop.IBus'],)\n"
    assert {"org.freedesktop.DBus", ":1.0", "org.fcitx.Fcitx5"} == im.parse_names(dbus_send)
    assert im.IBUS_NAME in im.parse_names(gdbus)


def test_the_pcs_tools_do_not_get_the_bundles_libraries() -> None:
    env = im.host_environment({"LD_LIBRARY_PATH": "/opt/b/_internal", "LD_LIBRARY_PATH_ORIG": ""})
    assert env["LD_LIBRARY_PATH"] == ""
    assert "LD_LIBRARY_PATH_ORIG" not in env
    assert im.host_environment({"PATH": "/bin"}) == {"PATH": "/bin"}


needs_dbus = pytest.mark.skipif(
    sys.platform != "linux" or shutil.which("dbus-run-session") is None,
    reason="a D-Bus session needs Linux and dbus-run-session (package dbus)",
)


@needs_dbus
@pytest.mark.parametrize("tool", ["dbus-send", "gdbus"])
def test_a_real_session_bus_is_listed(tool: str, tmp_path: Path) -> None:
    """Asks a real bus with each tool (the other one hidden from PATH)."""
    found = shutil.which(tool)
    assert found, f"{tool} is missing: scripts/dev.py installs dbus and libglib2.0-bin"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / tool).symlink_to(found)
    code = (
        "import os; from evaldesk import input_method as im; "
        "env = dict(os.environ, PATH=os.environ['ONLY_BIN']); "
        "print(sorted(im.session_bus_names(env) or ['(none)']))"
    )
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "ONLY_BIN": str(bin_dir)},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "'org.freedesktop.DBus'" in done.stdout, done.stdout + done.stderr


def test_no_bus_means_no_decision_to_change() -> None:
    env = {"QT_IM_MODULE": "fcitx", "PATH": os.environ.get("PATH", "")}
    decision = im.configure(env)
    if sys.platform.startswith("linux"):
        assert decision is not None and not decision.changed
        assert env["QT_IM_MODULE"] == "fcitx"
    else:
        assert decision is None


def test_a_chosen_value_is_kept_without_asking_the_bus() -> None:
    env = {"QT_IM_MODULE": "xim", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}
    decision = im.configure(env)
    assert env["QT_IM_MODULE"] == "xim"
    if decision is not None:
        assert decision.reason.endswith("the user's choice")
        assert im.PENDING and im.PENDING[-1] is decision
    im.PENDING.clear()


def _qt_plugins() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))


def test_a_plugin_built_for_this_qt_is_found_and_other_files_are_not(tmp_path: Path) -> None:
    """Qt's own ibus plugin stands in for an fcitx plugin built for the same Qt: same
    metadata, only the name differs. A file that is no Qt plugin is not taken."""
    ibus = _qt_plugins() / "platforminputcontexts" / "libibusplatforminputcontextplugin.so"
    assert ibus.is_file(), "PySide6 should carry Qt's ibus plugin"
    assert im.loadable_plugin(ibus)
    good, bad = (
        tmp_path / "good" / "platforminputcontexts",
        tmp_path / "bad" / "platforminputcontexts",
    )
    good.mkdir(parents=True)
    bad.mkdir(parents=True)
    shutil.copy(ibus, good / im.FCITX_PLUGINS[0])
    (bad / im.FCITX_PLUGINS[1]).write_bytes(b"\x7fELF not a plugin")
    assert im.find_fcitx_plugin([tmp_path / "bad"]) is None
    assert im.find_fcitx_plugin([tmp_path / "bad", tmp_path / "good"]) == good / im.FCITX_PLUGINS[0]
    env = {"QT_PLUGIN_PATH": f"{tmp_path / 'bad'}{os.pathsep}{tmp_path / 'good'}"}
    assert im.plugin_dirs(env)[:2] == [tmp_path / "bad", tmp_path / "good"]


def test_the_plugin_folders_include_the_one_qt_uses() -> None:
    """plugin_dirs finds PySide6 without importing it; it must be the folder Qt reports."""
    assert _qt_plugins().resolve() in [d.resolve() for d in im.plugin_dirs({})]


DEBIAN_QT6_FCITX5 = Path(
    "/usr/lib/x86_64-linux-gnu/qt6/plugins/platforminputcontexts/libfcitx5platforminputcontextplugin.so"
)


@pytest.mark.skipif(
    not DEBIAN_QT6_FCITX5.is_file(), reason="Debian's fcitx5-frontend-qt6 is not installed"
)
def test_the_systems_fcitx5_plugin_for_another_qt_is_not_taken() -> None:
    """Debian 12's fcitx5 Qt 6 plugin is built for Qt 6.4, PySide6's Qt is newer (≥ 6.8):
    loading it would fail or crash, so it must not keep QT_IM_MODULE=fcitx."""
    assert not im.loadable_plugin(DEBIAN_QT6_FCITX5)
    assert im.find_fcitx_plugin([DEBIAN_QT6_FCITX5.parents[1]]) is None
