#!/usr/bin/env python3
"""Set up and run EvalDesk from a fresh checkout, on Debian/Ubuntu or Windows.

    python3 scripts/dev.py start   install into .venv, create the demo office once, start the app
    python3 scripts/dev.py test    install system and Python packages, then lint, type-check, test

Only the standard library is used here, so it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"

# What a fresh Debian/Ubuntu machine lacks for Qt (offscreen and under Xvfb), the CJK PDF font,
# pdftotext/pdffonts, zbarimg to read the report's QR code back, openssl for the signature check,
# binutils for PyInstaller, and the input methods of the Chinese-input test
# (tests/e2e/test_input_method_chinese.py: fcitx5 and ibus with their pinyin engines, typed into
# with xdotool in a D-Bus session; Debian's fcitx5 Qt 6 plugin for tests/unit/test_input_method.py).
APP_PACKAGES = [
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libxcb-randr0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "fonts-wqy-microhei",
]
#: What only the tests need (PDF/QR inspection, a virtual screen, openssl, PyInstaller's tools,
#: input methods).
TEST_ONLY = [
    "poppler-utils",
    "zbar-tools",
    "xvfb",
    "xauth",
    "openssl",
    "binutils",
    "dbus-daemon",
    "dbus-bin",
    "libglib2.0-bin",
    "xdotool",
    "fcitx5",
    "fcitx5-chinese-addons",
    "fcitx5-frontend-qt6",
    "ibus",
    "ibus-libpinyin",
    # LibreOffice Calc converts the exported sheets to PDF to check they print.
    "libreoffice-calc-nogui",
]
APT_PACKAGES = APP_PACKAGES + TEST_ONLY


def run(cmd: list[str], **kw: object) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kw)  # type: ignore[arg-type]


#: The oldest PySide6 the code must keep working with (pyproject.toml's floor): the last release
#: with arm64 wheels for glibc 2.31 (UOS/Kylin on arm64). `test` runs the UI and end-to-end tests
#: with it too, in a second venv, so that code needing a newer Qt fails at once.
OLDEST_PYSIDE6 = "6.8.0.2"
VENV_OLDEST_QT = ROOT / ".venv-pyside6-oldest"


def venv_python(folder: Path = VENV) -> Path:
    return folder / ("Scripts/python.exe" if WINDOWS else "bin/python")


#: What an install is made from: the package metadata (the sources are installed in place).
STAMP_NAME = "evaldesk-install.stamp"


def install_stamp(extras: str, pins: list[str]) -> str:
    """A digest of pyproject.toml, the extras and the pins, so that `start` does not run pip on
    every launch; a changed dependency list reinstalls."""
    digest = hashlib.sha256(" ".join([extras, *pins]).encode())
    digest.update((ROOT / "pyproject.toml").read_bytes())
    return digest.hexdigest()


def ensure_venv(extras: str, folder: Path = VENV, pins: list[str] | None = None) -> Path:
    pins = pins or []
    if not venv_python(folder).exists():
        venv.EnvBuilder(with_pip=True).create(folder)
    py = venv_python(folder)
    stamp, stamp_file = install_stamp(extras, pins), folder / STAMP_NAME
    if stamp_file.exists() and stamp_file.read_text(encoding="utf-8") == stamp:
        print(f"+ {folder.name} is up to date with pyproject.toml", flush=True)
        return py
    run([py, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([py, "-m", "pip", "install", "--quiet", "-e", f".{extras}", *pins])
    stamp_file.write_text(stamp, encoding="utf-8")
    return py


def missing_apt_packages(packages: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for pkg in packages:
        probe = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True, check=False
        )
        if "install ok installed" not in probe.stdout:
            missing.append(pkg)
    return missing


def ensure_system_packages(packages: list[str]) -> None:
    missing = missing_apt_packages(packages)
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run([*sudo, "apt-get", "update", "-q"], env=env)
    run([*sudo, "apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], env=env)


def start(extra: list[str]) -> int:
    if not WINDOWS:
        ensure_system_packages(APP_PACKAGES)
    py = ensure_venv("")
    demo = ROOT / "demo-data"
    if not (demo / "evaldesk.sqlite3").exists():
        # The demo prints its accounts' passwords once; they are kept in demo-data/ACCOUNTS.txt
        # too, because this is a throwaway demo office and a newcomer needs them to log in.
        made = subprocess.run(
            [str(py), "-m", "evaldesk", "demo", "--data-dir", str(demo)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
        print(made.stdout, flush=True)
        (demo / "ACCOUNTS.txt").write_text(made.stdout, encoding="utf-8")
    elif (demo / "ACCOUNTS.txt").exists():
        print((demo / "ACCOUNTS.txt").read_text(encoding="utf-8"), flush=True)
    args = extra or ["--data-dir", str(demo)]
    return subprocess.call([str(py), "-m", "evaldesk", *args], cwd=ROOT)


def test(extra: list[str]) -> int:
    if not WINDOWS:
        ensure_system_packages(APT_PACKAGES)
    py = ensure_venv("[test,build]")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    if not WINDOWS:
        # The frozen-app smoke test (tests/e2e/test_frozen.py) builds dist/evaldesk/ with
        # installer/build.sh when it is missing or stale: about 20 s on 2 cores.
        env.setdefault("EVALDESK_BUILD_FROZEN", "1")
    steps = [
        [py, "-m", "ruff", "check", "."],
        [py, "-m", "ruff", "format", "--check", "."],
        [py, "-m", "mypy"],
        [py, "scripts/build_translations.py"],
        [py, "-m", "pytest", *extra],
    ]
    for step in steps:
        if not Path(
            ROOT / "scripts/build_translations.py"
        ).exists() and "build_translations" in str(step[1]):
            continue
        print("+", " ".join(str(c) for c in step), flush=True)
        code = subprocess.call([str(c) for c in step], cwd=ROOT, env=env)
        if code:
            return code
    return 0 if extra else test_oldest_qt(env)


def test_oldest_qt(env: dict[str, str]) -> int:
    """The UI and end-to-end tests again with OLDEST_PYSIDE6 (the frozen-bundle tests excepted:
    the bundle is built once, with the first venv)."""
    pin = f"PySide6-Essentials=={OLDEST_PYSIDE6}"
    py = ensure_venv("[test]", VENV_OLDEST_QT, [pin])
    step = [str(py), "-m", "pytest", "-m", "not frozen", "tests/ui", "tests/e2e"]
    print(f"+ ({pin})", " ".join(step), flush=True)
    return subprocess.call(step, cwd=ROOT, env=env)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("start", "test"):
        print(__doc__)
        return 2
    action, extra = sys.argv[1], sys.argv[2:]
    return start(extra) if action == "start" else test(extra)


if __name__ == "__main__":
    raise SystemExit(main())
