#!/usr/bin/env python3
"""Screenshots of the real app (run under Xvfb by scripts/screenshots.sh).

Creates a fresh demo office in a temporary folder, starts the application as a person would
(wizard on an empty folder, login dialog, main window signed in through EVALDESK_AUTOLOGIN),
and saves one PNG per main view, the wizard pages and the login dialog into screenshots/.

    python scripts/screenshots.py [--out screenshots] [--lang zh_CN|en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_demo(folder: Path, rubric: str = "hunan-rsxczx-2021") -> dict[str, str]:
    """A fresh office made by `evaldesk demo` (its services), and the passwords it printed."""
    from evaldesk.demo import build_demo

    made = build_demo(folder, rubric=rubric)
    return {user: password for user, _role, _name, password in made.accounts}


def wait(ms: int) -> None:
    # An event loop, not processEvents(): see evaldesk/ui/ops.py on PySide6 6.12.0.
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget, out: Path, name: str) -> Path:
    widget.raise_()
    widget.activateWindow()
    wait(250)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"saved {path}")
    return path


def prepare(prefix: str) -> tuple[argparse.Namespace, Path, dict[str, str]]:
    """The options (--out, --lang), a fresh work folder with settings and logs of its own, and
    the passwords of the demo office made in ``work/demo``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["EVALDESK_SETTINGS"] = str(work / "settings.ini")
    os.environ.setdefault("EVALDESK_LOG_DIR", str(work / "logs"))
    return args, work, make_demo(work / "demo")


def main() -> int:
    args, work, passwords = prepare("evaldesk-shots-")
    demo = work / "demo"

    from evaldesk.ui import i18n
    from evaldesk.ui import settings as cfg
    from evaldesk.ui.app import AppController, create_application

    app = create_application()
    i18n.install(args.lang)

    # The wizard on an empty folder, its pages filled in as a person would.
    from evaldesk.ui.dialogs.wizard import SetupWizard

    wizard = SetupWizard(work / "new-office")
    wizard.resize(720, 520)
    wizard.show()
    wizard.office.name.setText("示范县人力资源和社会保障局")
    save(wizard, args.out, "wizard-1-office")
    wizard.next()
    save(wizard, args.out, "wizard-2-rubric")
    wizard.next()
    wizard.account.display.setText("王管理")
    save(wizard, args.out, "wizard-3-account")
    wizard.close()

    # The login dialog of the demo office.
    from evaldesk.store import open_store
    from evaldesk.ui.dialogs.login import LoginDialog

    store = open_store(demo)
    login = LoginDialog(store, store.office.require().name, "clerk")
    login.show()
    save(login, args.out, "login")
    login.password.setText("wrong-password")
    login.try_login()
    save(login, args.out, "login-wrong-password")
    login.close()
    store.close()

    # The main window, signed in as the clerk, then as the head for the review view.
    shots = {
        "clerk": ["rubric", "ledger", "dispatch", "evidence", "export"],
        "head": ["review"],
    }
    for user, views in shots.items():
        os.environ["EVALDESK_AUTOLOGIN"] = user
        os.environ["EVALDESK_AUTOLOGIN_PASSWORD"] = passwords[user]
        controller = AppController(demo, cfg.Settings(), args.lang)
        assert controller.start() and controller.wait_loaded(), "the demo office did not open"
        window = controller.window
        window.resize(1440, 900)
        wait(1200)  # the trend chart is computed in the background
        order = ["rubric", "ledger", "dispatch", "evidence", "review", "export"]
        for key in views:
            window.show_view(key)
            if key == "rubric":
                window.view("rubric").show_item("一.3")
            if key == "review":
                window.view("review").select("一.1")
            save(window, args.out, f"view-{order.index(key) + 1}-{key}")
            if key == "dispatch":
                # An approved quarter: read-only, and the banner names the approving head.
                window.view("dispatch").table.selectRow(1)
                wait(200)
                save(window, args.out, "view-3-dispatch-locked")
        window.close()
        controller.shutdown()

    # The pages only some rubrics have: the 002 report form, the 003 ranking groups and subsidies.
    others = {
        "dept-spending-selfeval": [("report-form", "reportFormView", None)],
        "rugao-rsks-2021": [("ranking", None, "一.1.3"), ("subsidies", "subsidyPanel", None)],
    }
    for rubric, pages in others.items():
        folder = work / rubric
        accounts = make_demo(folder, rubric)
        os.environ["EVALDESK_AUTOLOGIN"] = "clerk"
        os.environ["EVALDESK_AUTOLOGIN_PASSWORD"] = accounts["clerk"]
        controller = AppController(folder, cfg.Settings(), args.lang)
        assert controller.start() and controller.wait_loaded(), f"the {rubric} demo did not open"
        window = controller.window
        window.resize(1440, 900)
        wait(1200)
        window.show_view("rubric")
        view = window.view("rubric")
        for name, page, item in pages:
            if item is not None:
                view.show_item(item)
            if page is not None:
                view.tabs.setCurrentWidget(view.page(page))
            save(window, args.out, f"{rubric}-{name}")
        window.close()
        controller.shutdown()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
