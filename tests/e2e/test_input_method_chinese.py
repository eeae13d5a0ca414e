"""Chinese input end to end: real input methods, a real X server, the app through its launcher.

Each case runs tests/e2e/im_session.py inside ``dbus-run-session``: Xvfb, then fcitx5 with
fcitx5-chinese-addons or ibus-daemon with ibus-libpinyin, then the app started the way a desktop
starts it (``python -m evaldesk``, and the frozen bundle when it is built from these sources),
with QT_IM_MODULE=fcitx (what UOS/Kylin export) or unset; the test never sets ``ibus``.
xdotool types "gongzuo" + space into a new ledger entry's title; the entry must be saved as 工作.

A control case starts the same app without the launcher: on fcitx5 it must save "gongzuo",
which shows that the session can tell a working input method from a broken one.

This module's name sorts after test_frozen.py, so in a full run the bundle that test builds
(EVALDESK_BUILD_FROZEN=1, set by scripts/dev.py test) is there for the frozen cases.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        sys.platform != "linux", reason="X11, D-Bus, fcitx5 and ibus exist on Linux only"
    ),
]

ROOT = Path(__file__).resolve().parents[2]
SESSION = Path(__file__).with_name("im_session.py")
TOOLS = {
    "Xvfb": "xvfb",
    "dbus-run-session": "dbus",
    "dbus-send": "dbus",
    "xdotool": "xdotool",
    "fcitx5": "fcitx5",
    "ibus-daemon": "ibus",
}
# The engines' registrations (architecture-independent paths).
ENGINES = {
    "fcitx5-chinese-addons": Path("/usr/share/fcitx5/addon/pinyin.conf"),
    "ibus-libpinyin": Path("/usr/share/ibus/component/libpinyin.xml"),
}
CHINESE = "工作"
PINYIN = "gongzuo"


def _missing() -> list[str]:
    missing = [f"{tool} (package {pkg})" for tool, pkg in TOOLS.items() if not shutil.which(tool)]
    missing += [
        f"the pinyin engine (package {pkg})" for pkg, p in ENGINES.items() if not p.exists()
    ]
    return missing


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A demo office made once; each case works on its own copy. Returns (folder, clerk's
    user name, password)."""
    missing = _missing()
    if missing:
        pytest.fail("missing for the input-method test: " + ", ".join(missing) + "; "
                    "python3 scripts/dev.py test installs them")  # fmt: skip
    folder = tmp_path_factory.mktemp("im") / "office"
    made = subprocess.run(
        [sys.executable, "-m", "evaldesk", "demo", "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    for row in made.stdout.split("accounts", 1)[-1].splitlines():
        parts = row.split()
        if len(parts) >= 3 and parts[0] == "clerk":
            return folder, parts[1], parts[2]
    raise AssertionError(f"no clerk account in the demo's output:\n{made.stdout}")


def run_case(
    demo: tuple[Path, str, str], tmp_path: Path, im: str, qt_im: str, launcher: list[str]
) -> dict[str, str | None]:
    folder, user, password = demo
    last: dict[str, str | None] = {}
    # A second try only when the session itself broke (a daemon or window that did not come
    # up in time on a busy machine); a wrong title is never retried.
    for attempt in range(2):
        data, home = tmp_path / f"office{attempt}", tmp_path / f"home{attempt}"
        shutil.copytree(folder, data)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "QT_IM"))}
        done = subprocess.run(
            ["dbus-run-session", "--", sys.executable, str(SESSION),
             "--im", im, "--qt-im", qt_im, "--data-dir", str(data), "--home", str(home),
             # "=": a demo password may start with "-" (token_urlsafe), read as an option
             f"--user={user}", f"--password={password}", "--", *launcher],
            capture_output=True, text=True, env=env, timeout=240, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        last = json.loads(done.stdout.strip().splitlines()[-1])
        if last["error"] is None or last["title"] is not None:
            break
    return last


SOURCE = [sys.executable, "-m", "evaldesk"]


@pytest.mark.parametrize("qt_im", ["fcitx", "unset"])
@pytest.mark.parametrize("im", ["fcitx5", "ibus"])
def test_pinyin_becomes_chinese_in_a_ledger_entry(
    demo: tuple[Path, str, str], tmp_path: Path, im: str, qt_im: str
) -> None:
    result = run_case(demo, tmp_path, im, qt_im, SOURCE)
    assert result["title"] == CHINESE, result
    assert "-> ibus" in (result["log"] or ""), f"the launcher's decision is not logged: {result}"


def test_control_without_the_launcher_fcitx_gives_latin_letters(
    demo: tuple[Path, str, str], tmp_path: Path
) -> None:
    """The bug the launcher works around, reproduced: Qt asked for the missing fcitx plugin."""
    bypass = [sys.executable, "-c", "import sys; from evaldesk.cli import main; sys.exit(main())"]
    result = run_case(demo, tmp_path, "fcitx5", "fcitx", bypass)
    assert result["title"] == PINYIN, result


def _contents() -> ModuleType:
    spec = importlib.util.spec_from_file_location("contents", ROOT / "installer" / "contents.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("contents", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.frozen
@pytest.mark.parametrize(("im", "qt_im"), [("fcitx5", "fcitx"), ("ibus", "unset")])
def test_the_frozen_app_takes_chinese_too(
    demo: tuple[Path, str, str], tmp_path: Path, im: str, qt_im: str
) -> None:
    """installer/launch.py and the bundle's Qt plugins (contents.py keeps the ibus one)."""
    contents = _contents()
    info = contents.read_build_info(ROOT / "dist")
    exe = contents.executables(ROOT / "dist" / contents.BUNDLE_NAME)["cli"]
    if not exe.is_file() or not info or info.get("fingerprint") != contents.source_fingerprint():
        pytest.skip("no bundle built from these sources in dist/ (installer/build.sh; a full "
                    "scripts/dev.py test run builds it in tests/e2e/test_frozen.py first)")  # fmt: skip
    result = run_case(demo, tmp_path, im, qt_im, [str(exe)])
    assert result["title"] == CHINESE, result
    assert "-> ibus" in (result["log"] or ""), result
