#!/usr/bin/env python3
"""Screenshots of the real app on one screen (scripts/screenshots.sh runs it on each of the
supported screens under Xvfb: 1366×768, and 1920×1080 at 100 %, 125 % and 150 %).

For each built-in rubric it makes (or reuses, from ``--work``) that rubric's demo office,
starts the application as a person would (signed in through EVALDESK_AUTOLOGIN, with fresh
settings: the default state), maximises the main window and saves one PNG per view, the score
panel expanded, and the drill-down of the ledger deduction; with the first rubric also the
first window as it opens on the screen, the wizard's pages and the login dialog.

"Maximised" is the area a maximised window's contents get on Windows 10 at that screen: the
screen less the 40 px taskbar and the 30 px title bar (Xvfb has neither, and no window
manager to maximise with).

    python scripts/screenshots.py [--out screenshots] [--lang zh_CN|en] [--rubrics ID,...]
                                  [--work DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUBRICS = (
    "hunan-rsxczx-2021",
    "zhongnong-dingdian-2021",
    "dept-spending-selfeval",
    "rugao-rsks-2021",
    "employment-single-item",
)
#: What Windows 10 takes from a maximised window's screen: the taskbar and the title bar.
TASKBAR_AND_TITLE = 70
VIEWS = ("rubric", "ledger", "dispatch", "evidence", "review", "interpretations", "export")


def make_demo(folder: Path, rubric: str) -> dict[str, str]:
    """A demo office made by `evaldesk demo` (its services), and the passwords it printed;
    a folder made by an earlier run is reused (its passwords are in ACCOUNTS.txt)."""
    accounts = folder.parent / f"{folder.name}.accounts"
    if not accounts.exists():
        from evaldesk.demo import build_demo

        made = build_demo(folder, rubric=rubric)
        accounts.write_text(
            "\n".join(f"{user} {password}" for user, _r, _n, password in made.accounts)
        )
    return dict(line.split(" ", 1) for line in accounts.read_text().splitlines())


def prepare(prefix: str) -> tuple[argparse.Namespace, Path, dict[str, str]]:
    """The options (--out, --lang), a fresh work folder with settings and logs of its own, and
    the passwords of the demo office made in ``work/demo`` (for scripts/screenshots_errors.py)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["EVALDESK_SETTINGS"] = str(work / "settings.ini")
    os.environ.setdefault("EVALDESK_LOG_DIR", str(work / "logs"))
    return args, work, make_demo(work / "demo", "hunan-rsxczx-2021")


def wait(ms: int) -> None:
    # An event loop, not processEvents(): see evaldesk/ui/ops.py on PySide6 6.12.0.
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: Any, out: Path, name: str) -> Path:
    widget.raise_()
    widget.activateWindow()
    wait(250)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"saved {path}")
    return path


def maximise(window: Any) -> None:
    """As a maximised window on Windows 10 (see the module's note)."""
    from PySide6.QtCore import QRect

    area = window.screen().availableGeometry()
    window.showMaximized()
    window.setGeometry(QRect(area.x(), area.y(), area.width(), area.height() - TASKBAR_AND_TITLE))
    wait(300)


def screen_tag() -> str:
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio()
    size = screen.size() * ratio
    tag = f"{round(size.width())}x{round(size.height())}"
    return tag if ratio == 1 else f"{tag}@{round(ratio * 100)}"


def signed_in(folder: Path, user: str, passwords: dict[str, str], lang: str) -> Any:
    from evaldesk.ui import settings as cfg
    from evaldesk.ui.app import AppController

    os.environ["EVALDESK_AUTOLOGIN"] = user
    os.environ["EVALDESK_AUTOLOGIN_PASSWORD"] = passwords[user]
    controller = AppController(folder, cfg.Settings(), lang)
    assert controller.start() and controller.wait_loaded(), f"{folder} did not open"
    return controller


def fresh_settings(work: Path, name: str) -> None:
    """The default state: no remembered geometry, splitters or last view."""
    path = work / f"settings-{name}.ini"
    path.unlink(missing_ok=True)
    os.environ["EVALDESK_SETTINGS"] = str(path)


def first_window(folder: Path, passwords: dict[str, str], lang: str, out: Path, work: Path) -> None:
    """The main window as it first opens on this screen (the whole screen is saved)."""
    from PySide6.QtGui import QGuiApplication

    fresh_settings(work, "first")
    controller = signed_in(folder, "clerk", passwords, lang)
    wait(800)
    path = out / "first-window-on-screen.png"
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    geometry = controller.window.frameGeometry()
    print(
        f"saved {path} (window {geometry.width()}×{geometry.height()} at {geometry.x()},{geometry.y()})"
    )
    controller.window.close()
    controller.shutdown()


def dialogs(folder: Path, out: Path, work: Path) -> None:
    from evaldesk.store import open_store
    from evaldesk.ui.dialogs.login import LoginDialog
    from evaldesk.ui.dialogs.wizard import SetupWizard

    new = work / "new-office"
    wizard = SetupWizard(new)
    wizard.show()
    wizard.office.name.setText("示范县人力资源和社会保障局")
    save(wizard, out, "wizard-1-office")
    wizard.next()
    save(wizard, out, "wizard-2-rubric")
    wizard.next()
    wizard.account.display.setText("王管理")
    save(wizard, out, "wizard-3-account")
    wizard.close()

    store = open_store(folder)
    opening = LoginDialog(None, store.office.require().name, "clerk")  # the store still opening
    opening.show()
    save(opening, out, "login-opening")
    opening.attach(store, store.office.require().name)
    save(opening, out, "login-opened")  # the same size: nothing jumps when the store is there
    opening.close()
    login = LoginDialog(store, store.office.require().name, "clerk")
    login.show()
    save(login, out, "login")
    login.password.setText("wrong-password")
    login.try_login()
    save(login, out, "login-wrong-password")
    login.close()
    store.close()


def rubric_shots(
    rubric: str, folder: Path, passwords: dict[str, str], lang: str, out: Path, work: Path
) -> None:
    fresh_settings(work, rubric)
    for user, views in (("clerk", [v for v in VIEWS if v != "review"]), ("head", ["review"])):
        controller = signed_in(folder, user, passwords, lang)
        window = controller.window
        maximise(window)
        wait(1200)  # the trend chart is computed in the background
        for key in views:
            view = window.show_view(key)
            n = VIEWS.index(key) + 1
            if key == "rubric":
                losing = window.ctx.report().largest_losses(1)
                if losing:
                    view.show_item(losing[0].code)
            save(window, out, f"{rubric}-{n}-{key}")
            if key == "rubric":
                for page_name in ("reportFormView", "subsidyPanel"):
                    page = view.page(page_name)
                    if page is not None:
                        view.tabs.setCurrentWidget(page)
                        save(window, out, f"{rubric}-{n}-{key}-{page_name}")
                view.tabs.setCurrentIndex(0)
                expand = getattr(window, "set_panel_expanded", None)
                if expand is not None:
                    expand(True)
                    save(window, out, f"{rubric}-{n}-{key}-panel-expanded")
                    expand(False)
            if key == "ledger":
                drill = getattr(window, "show_counted", None)
                if drill is not None:
                    dialog = drill("ledger_overdue")
                    if dialog is not None:
                        save(dialog, out, f"{rubric}-{n}-{key}-overdue-entries")
                        dialog.show_button.click()  # 在台账中显示
                        save(window, out, f"{rubric}-{n}-{key}-overdue-filter")
        window.close()
        controller.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--rubrics", default=",".join(RUBRICS))
    parser.add_argument("--work", type=Path, default=None, help="demo offices kept between runs")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="evaldesk-shots-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("EVALDESK_LOG_DIR", str(work / "logs"))
    rubrics = [r for r in args.rubrics.split(",") if r]
    demos = {r: make_demo(work / "demo" / r, r) for r in rubrics}

    from evaldesk.ui import i18n
    from evaldesk.ui.app import create_application

    app = create_application()
    i18n.install(args.lang)
    out = args.out / screen_tag() / args.lang
    out.mkdir(parents=True, exist_ok=True)
    print(f"screen {screen_tag()}, language {args.lang} -> {out}")
    first = rubrics[0]
    first_window(work / "demo" / first, demos[first], args.lang, out, work)
    dialogs(work / "demo" / first, out, work)
    for rubric in rubrics:
        rubric_shots(rubric, work / "demo" / rubric, demos[rubric], args.lang, out, work)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
