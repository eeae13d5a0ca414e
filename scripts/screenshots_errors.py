#!/usr/bin/env python3
"""Screenshots of three error dialogs over the main window (issue 13), in one language:

* a lock refusal: the clerk reopens an entry of an approved quarter from the ledger view (as
  when a head approved the quarter after the view last refreshed), through the view's own
  error path (guarded -> show_error);
* a bad rubric file: the GUI loads only built-in rubrics, so the dialog is the one show_error
  renders for the RubricError of loading a malformed YAML file;
* a tampered package: the GUI has no verify yet, so the dialog is the one show_error renders
  for a CheckFailed carrying `evaldesk verify`'s messages for a package whose files changed.

Run under Xvfb at the screen size to look at:

    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1366x768x24" \\
        python scripts/screenshots_errors.py --lang zh_CN --out screenshots
"""

from __future__ import annotations

import os
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.screenshots import prepare, wait  # noqa: E402

PASSPHRASE = "correct horse battery staple"
BAD_RUBRIC = """\
id: 示范县-2025
title: 示范县人社工作考核细则
sections:
  - code: 一
    title: 基础工作
    items:
      - {code: 一.1, points: 5, rules: [{kind: per_count}]}
      - {code: 一.1, points: x}
"""


def shoot(app, parent, exc, out: Path, name: str) -> None:
    """The dialog show_error opens for ``exc``, shown over ``parent``; the whole screen saved."""
    from evaldesk.ui import errors
    from evaldesk.ui.dialogs.error import ErrorDialog

    shown = []

    def present(widget, error, info) -> None:
        dialog = ErrorDialog(error, info, widget)
        dialog.show()
        shown.append(dialog)

    errors.presenter = present
    if callable(exc):
        exc()  # the view's own path: it catches the error and calls show_error
    else:
        errors.show_error(parent, exc)
    assert shown, f"{name}: no error was shown"
    wait(400)
    path = out / f"{name}.png"
    app.primaryScreen().grabWindow(0).save(str(path))
    print(f"saved {path}: {shown[0].windowTitle()!r} {shown[0].size().toTuple()}")
    shown[0].close()


def years_of(folder: Path, years) -> list[int]:
    from evaldesk.store import open_store

    with open_store(folder, daily_backup=False) as store:
        return list(years(store))


def tampered_package(folder: Path, work: Path) -> Path:
    from evaldesk.services import export as export_service
    from evaldesk.services.records_lookup import years

    package = work / "报送材料" / "示范县人力资源和社会保障局-2025年度自评报送包.zip"
    package.parent.mkdir()
    year = max(years_of(folder, years))
    export_service.export_year(folder, year, package, PASSPHRASE)
    changed = package.with_name("收到的-" + package.name)
    with zipfile.ZipFile(package) as zin, zipfile.ZipFile(changed, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith(("/data/score.json", "/data/ledger.xlsx")):
                data = data.replace(b"2", b"3", 1)
            zout.writestr(info, data)
    return changed


def main() -> int:
    args, work, passwords = prepare("evaldesk-error-shots-")
    demo = work / "demo"
    package = tampered_package(demo, work)

    from evaldesk.errors import CheckFailed, RubricError
    from evaldesk.export.verify import verify_package
    from evaldesk.messages import msg
    from evaldesk.rubrics.loader import load_file
    from evaldesk.services.ledger_table import LedgerQuery
    from evaldesk.ui import i18n
    from evaldesk.ui import settings as cfg
    from evaldesk.ui.app import AppController, create_application

    app = create_application()
    i18n.install(args.lang)
    lang = "zh" if args.lang.startswith("zh") else "en"
    os.environ["EVALDESK_AUTOLOGIN"] = "clerk"
    os.environ["EVALDESK_AUTOLOGIN_PASSWORD"] = passwords["clerk"]
    controller = AppController(demo, cfg.Settings(), args.lang)
    assert controller.start() and controller.wait_loaded(), "the demo office did not open"
    window = controller.window
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()
    wait(1200)

    # 1. A lock refusal from the ledger view.
    window.show_view("ledger")
    view = window.view("ledger")
    ctx = window.ctx
    locked = next(
        e
        for e in ctx.store.ledger.search(LedgerQuery(year=ctx.year, limit=None))
        if e.status == "done" and e.received_date.month <= 3 and e.received_date.year == ctx.year
    )
    view.current_entry = lambda: locked  # the row the clerk had selected
    shoot(app, window, view.reopen_entry, args.out, f"error-lock-{lang}")

    # 2. A malformed rubric file.
    bad = work / "考核细则" / "示范县人社工作考核细则（2025年修订征求意见稿）.yaml"
    bad.parent.mkdir()
    bad.write_text(BAD_RUBRIC, encoding="utf-8")
    try:
        load_file(bad)
    except RubricError as exc:
        shoot(app, window, exc, args.out, f"error-rubric-{lang}")

    # 3. A tampered package, as `evaldesk verify` finds it.
    report = verify_package(package)
    assert not report.intact
    failed = CheckFailed(
        msg("verify.answer.failed", path=str(package), count=len(report.problems)),
        [msg("fields.problem", field=p.path, problem=p.message) for p in report.problems],
    )
    shoot(app, window, failed, args.out, f"error-package-{lang}")
    window.close()
    controller.shutdown()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
