#!/usr/bin/env python3
"""Screenshots of the export path and the set-up wizard (issue 17): the export view, the
export result dialog (also as it is after "open the folder" found no file manager) and every
page of the first-run wizard, on the demo office, in one language, on the running screen.

    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python scripts/screenshots_export.py --lang zh_CN --out shots/1366x768-zh_CN

The package goes to a home folder of the run's own (its Documents folder is made by the
export, as on a fresh PC), never to the person's.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import maximise, prepare, save, signed_in, wait  # noqa: E402


def export_shots(folder: Path, passwords: dict[str, str], lang: str, out: Path) -> None:
    controller = signed_in(folder, "clerk", passwords, lang)
    window = controller.window
    maximise(window)
    view = window.show_view("export")
    save(window, out, "export-view")
    view.passphrase_edit.setText("correct horse battery")
    view.repeat_edit.setText("correct horse battery")
    op = view.start()
    assert op is not None and op.wait(120_000) and op.error is None, op.error
    for _ in range(100):
        wait(100)
        if view.result_dialog is not None:
            break
    assert view.result_dialog is not None, "no result dialog"
    wait(300)
    save(window, out, "export-view-after")
    dialog = view.result_dialog
    save(dialog, out, "export-result")
    if not dialog.open_folder():
        save(dialog, out, "export-result-no-file-manager")
    dialog.close()
    window.close()
    controller.shutdown()


def wizard_shots(work: Path, out: Path) -> None:
    from evaldesk.ui.dialogs.wizard import SetupWizard

    wizard = SetupWizard(work / "new-office")
    wizard.show()
    wizard.office.name.setText("示范县人力资源和社会保障局")
    wizard.office.region.setText("湖南省示范县")
    save(wizard, out, "wizard-1-office")
    wizard.next()
    rubric = wizard.rubric.rubric
    rubric.setCurrentIndex(max(0, rubric.findData("rugao-rsks-2021")))  # one with units
    if wizard.rubric.unit.count() > 3:
        wizard.rubric.unit.setCurrentIndex(3)
    save(wizard, out, "wizard-2-rubric")
    wizard.next()
    wizard.account.display.setText("王管理")
    wizard.account.password.setText("secret-pass-1")
    wizard.account.again.setText("secret-pass-1")
    save(wizard, out, "wizard-3-account")
    wizard.next()
    for box, name in ((wizard.team.head, "李负责"), (wizard.team.clerk, "张经办")):
        box.setChecked(True)
        box.display.setText(name)
        box.password.setText("secret-pass-2")
        box.again.setText("secret-pass-2")
    save(wizard, out, "wizard-4-team")
    wizard.next()
    save(wizard, out, "wizard-5-confirm")
    wizard.close()


def main() -> int:
    args, work, passwords = prepare("export-shots-")
    home = work / "home"
    home.mkdir()
    os.environ["HOME"] = str(home)
    from evaldesk.ui import i18n
    from evaldesk.ui.app import create_application

    create_application()
    i18n.install(args.lang)
    export_shots(work / "demo", passwords, args.lang, args.out)
    wizard_shots(work, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
