"""One Chinese-input session, run inside ``dbus-run-session`` by tests/e2e/test_chinese_input.py.

    python im_session.py --im fcitx5|ibus|fcitx4 --qt-im fcitx|unset --data-dir DIR --home DIR
                         --user NAME --password PW -- LAUNCHER...

Starts Xvfb, the input method (fcitx5 with its pinyin engine, or ibus-daemon with
ibus-libpinyin), then the app through LAUNCHER (signed in with EVALDESK_AUTOLOGIN), opens a new
ledger entry with the keyboard, types "gongzuo" + space into its title with xdotool, saves with
Enter and waits for the entry in the store. Prints one JSON line: the title saved (or null), the
input method module the app's log says it chose, and what went wrong. Everything it starts is
ended before it exits. Needs: Xvfb, xdotool, fcitx5 + fcitx5-chinese-addons or ibus +
ibus-libpinyin (scripts/dev.py installs them).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PINYIN = "gongzuo"
DIALOG_TITLES = ("新增台账事项", "New ledger entry")
OVERDUE_TITLES = ("保存逾期事项", "Save an overdue entry")
TITLE_QUERY = "SELECT title FROM ledger_entries ORDER BY id DESC LIMIT 1"
FCITX5_PROFILE = """[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
"""
# Pinyin active in every new input context, as a clerk's desktop is after Ctrl+Space; the
# toggle key is tried too (below) where this option is unknown.
FCITX5_CONFIG = "[Behavior]\nActiveByDefault=True\nShareInputState=All\n"


def wait_for(what: str, probe: Callable[[], Any], timeout: float, step: float = 0.2) -> Any:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        got = probe()
        if got:
            return got
        time.sleep(step)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


def bus_has(name: str) -> bool:
    done = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return "boolean true" in done.stdout


def xdotool(*args: str) -> str:
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, check=False)
    return done.stdout.strip()


def windows_of(pid: int) -> list[str]:
    return xdotool("search", "--onlyvisible", "--pid", str(pid)).split()


def focus(window: str) -> None:
    # No window manager under Xvfb: give the window the X input focus and put the pointer on
    # it (X's default focus follows the pointer).
    xdotool("windowfocus", "--sync", window)
    xdotool("mousemove", "--window", window, "40", "40")


def saved_title(db: Path) -> str | None:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=2) as conn:
            row = conn.execute(TITLE_QUERY).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def screenshot(path: Path) -> None:
    """What the screen showed when something went wrong (ImageMagick's import, if present)."""
    if shutil.which("import"):
        subprocess.run(["import", "-window", "root", str(path)], capture_output=True, check=False)


def office_year(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=2) as conn:
        return int(conn.execute("SELECT MAX(year) FROM years").fetchone()[0])


def start_xvfb(logs: Path) -> subprocess.Popen[bytes]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=(logs / "xvfb.log").open("wb"),
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = pipe.readline().strip()
    if not display:
        raise RuntimeError("Xvfb did not start")
    os.environ["DISPLAY"] = f":{display}"
    return xvfb


def start_fcitx5(home: Path, logs: Path) -> subprocess.Popen[bytes]:
    config = home / ".config" / "fcitx5"
    config.mkdir(parents=True, exist_ok=True)
    (config / "profile").write_text(FCITX5_PROFILE, encoding="utf-8")
    (config / "config").write_text(FCITX5_CONFIG, encoding="utf-8")
    daemon = subprocess.Popen(
        ["fcitx5", "--replace"], stdout=subprocess.DEVNULL, stderr=(logs / "fcitx5.log").open("wb")
    )
    wait_for("fcitx5 on the session bus", lambda: bus_has("org.fcitx.Fcitx5"), 30)
    wait_for("fcitx5's ibus front end", lambda: bus_has("org.freedesktop.IBus"), 30)
    return daemon


def start_fcitx4(home: Path, logs: Path) -> subprocess.Popen[bytes]:
    """fcitx 4 (UOS/Kylin's older desktops, Sogou): not used by the tests, which cannot install
    it beside fcitx5 on Debian 12; docs/packaging.md says what this gave in a Debian 11 root."""
    config = home / ".config" / "fcitx"
    config.mkdir(parents=True, exist_ok=True)
    (config / "profile").write_text(
        "[Profile]\nIMName=pinyin\nEnabledIMList=fcitx-keyboard-us:True,pinyin:True\n",
        encoding="utf-8",
    )
    daemon = subprocess.Popen(
        ["fcitx", "-D", "-r"], stdout=subprocess.DEVNULL, stderr=(logs / "fcitx4.log").open("wb")
    )
    display = os.environ["DISPLAY"].lstrip(":").split(".")[0]
    wait_for("fcitx 4 on the session bus", lambda: bus_has(f"org.fcitx.Fcitx-{display}"), 30)
    return daemon


def start_ibus(logs: Path) -> subprocess.Popen[bytes]:
    daemon = subprocess.Popen(
        ["ibus-daemon", "--xim", "--replace", "--panel=disable", "--verbose"],
        stdout=subprocess.DEVNULL,
        stderr=(logs / "ibus.log").open("wb"),
    )
    wait_for("ibus-daemon on the session bus", lambda: bus_has("org.freedesktop.IBus"), 30)

    def engine_set() -> bool:
        subprocess.run(["ibus", "engine", "libpinyin"], capture_output=True, check=False)
        got = subprocess.run(["ibus", "engine"], capture_output=True, text=True, check=False)
        return got.stdout.strip() == "libpinyin"

    wait_for("the libpinyin engine", engine_set, 30, step=0.5)
    return daemon


def run_session(args: argparse.Namespace) -> dict[str, Any]:
    logs = Path(args.home) / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    home = Path(args.home)
    os.environ.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    started: list[subprocess.Popen[bytes]] = []
    result: dict[str, Any] = {"title": None, "log": "", "error": None}
    db: Path | None = None
    before: str | None = None
    try:
        started.append(start_xvfb(logs))
        starters = {
            "fcitx5": lambda: start_fcitx5(home, logs),
            "fcitx4": lambda: start_fcitx4(home, logs),
            "ibus": lambda: start_ibus(logs),
        }
        started.append(starters[args.im]())
        env = {k: v for k, v in os.environ.items() if k not in ("QT_IM_MODULE", "QT_QPA_PLATFORM")}
        if args.qt_im != "unset":
            env["QT_IM_MODULE"] = args.qt_im
        env.update(
            QT_QPA_PLATFORM="xcb",
            EVALDESK_AUTOLOGIN=args.user,
            EVALDESK_AUTOLOGIN_PASSWORD=args.password,
            EVALDESK_LOG_DIR=str(logs),
            EVALDESK_SETTINGS=str(home / "evaldesk.ini"),
        )
        app = subprocess.Popen(
            [*args.launcher, "--data-dir", args.data_dir],
            env=env,
            stdout=(logs / "app.out").open("wb"),
            stderr=subprocess.STDOUT,
        )
        started.append(app)
        db = Path(args.data_dir) / "evaldesk.sqlite3"
        before = saved_title(db)
        main = wait_for("the main window", lambda: windows_of(app.pid), 60)[0]
        time.sleep(args.settle)  # the window fills in once the store is open (a worker thread)

        def dialog_open() -> str | None:
            if app.poll() is not None:
                raise RuntimeError(f"the app exited with {app.returncode}")
            focus(main)
            xdotool("key", "--clearmodifiers", "ctrl+2")
            time.sleep(0.3)
            xdotool("key", "--clearmodifiers", "ctrl+n")
            try:
                return str(wait_for("the entry dialog", entry_dialog, 3))
            except TimeoutError:
                return None

        def entry_dialog() -> str | None:
            # By its title ("<dialog> — EvalDesk 自评台账"): a tooltip or a popup is a window too.
            for window in windows_of(app.pid):
                name = xdotool("getwindowname", window)
                if any(title in name for title in DIALOG_TITLES):
                    return window
            return None

        def overdue_box() -> str | None:
            for window in windows_of(app.pid):
                name = xdotool("getwindowname", window)
                if any(title in name for title in OVERDUE_TITLES):
                    return window
            return None

        dialog = wait_for("a new-entry dialog", dialog_open, 40, step=1)
        focus(dialog)
        time.sleep(0.5)
        xdotool("key", "Tab")  # from the source combo box to the title
        time.sleep(0.3)
        if args.im.startswith("fcitx") and args.toggle:
            xdotool("key", "ctrl+space")
            time.sleep(0.3)
        xdotool("type", "--delay", "120", PINYIN)
        time.sleep(0.5)
        xdotool("key", "space")
        time.sleep(0.8)
        # The dialog proposes 31 December of the office's (past) year; typed like a clerk
        # would: received 1 December, deadline 31 December. Digits pass through the pinyin
        # engine unchanged; eight digits are taken as the date at once. Tab, Tab: past the
        # responsible person to the received date; Tab: deadline.
        year = office_year(db)
        for tabs, day in ((2, f"{year}1201"), (1, f"{year}1231")):
            for _ in range(tabs):
                xdotool("key", "Tab")
                time.sleep(0.2)
            xdotool("type", "--delay", "60", day)
        time.sleep(0.3)
        xdotool("key", "Return")
        # The year is over and the entry still open, so it counts as overdue: the dialog asks
        # first (its safe answer, Cancel, has the focus); Shift+Tab, Space: "save and count it".
        try:
            box = wait_for("the overdue confirmation", overdue_box, 5)
        except TimeoutError:
            box = None
        if box is not None:
            focus(box)
            time.sleep(0.3)
            xdotool("key", "shift+Tab")
            time.sleep(0.2)
            xdotool("key", "space")
        wait_for("the entry in the store", lambda: saved_title(db) not in (None, before), 20)
    except (TimeoutError, RuntimeError, OSError) as exc:
        result["error"] = str(exc)
        screenshot(logs / "screen.png")
    finally:
        title = saved_title(db) if db is not None else None
        result["title"] = title if title != before else None
        for proc in reversed(started):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    log_file = logs / "evaldesk.log"
    if log_file.is_file():
        lines = log_file.read_text(encoding="utf-8", errors="replace").splitlines()
        result["log"] = "\n".join(line for line in lines if "input method" in line)
    result["logs"] = str(logs)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--im", choices=("fcitx5", "fcitx4", "ibus"), required=True)
    parser.add_argument("--qt-im", required=True, help="QT_IM_MODULE for the app, or 'unset'")
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--home", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--settle", type=float, default=2.0)
    parser.add_argument("--toggle", action="store_true", help="fcitx: press Ctrl+Space first")
    parser.add_argument("launcher", nargs="+")
    args = parser.parse_args()
    print(json.dumps(run_session(args), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
