#!/usr/bin/env python3
"""Screenshots of the screens issue 17.2/17.3 changed, on one screen (run under Xvfb at each
size): the ledger (access keys, 新增 with its Ctrl+N tooltip), the evidence details (file kind
and person in words), the rubric item whose 解读说明 named fact fields (employment 5.4), the
interpretations of 如皋 (targets and subsidies by name), the export view and the ledger entry
dialog (保存(&S) / 取消(&C)) and the head's 审核 (审批通过(&1)…(&4)).

    python scripts/screenshots_keys17.py [--out DIR] [--lang zh_CN|en]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import (
    fresh_settings,
    make_demo,
    maximise,
    prepare,
    save,
    screen_tag,
    signed_in,
    wait,
)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from evaldesk.ui.app import create_application

    args, work, passwords = prepare("keys17-")
    create_application()
    from evaldesk.ui import i18n

    i18n.install(args.lang)
    tag, lang = screen_tag(), args.lang
    out = args.out
    fresh_settings(work, "hunan")
    controller = signed_in(work / "demo", "clerk", passwords, lang)
    window = controller.window
    maximise(window)
    ledger = window.show_view("ledger")
    save(window, out, f"keys17-{tag}-{lang}-ledger")
    evidence = window.show_view("evidence")
    if evidence.model.rowCount():
        evidence.list.setCurrentIndex(evidence.model.index(0, 0))
    save(window, out, f"keys17-{tag}-{lang}-evidence")
    window.show_view("export")
    save(window, out, f"keys17-{tag}-{lang}-export")
    window.show_view("interpretations")
    save(window, out, f"keys17-{tag}-{lang}-interpretations-hunan")
    window.show_view("ledger")
    dialog = ledger.new_entry()
    wait(300)
    save(dialog, out, f"keys17-{tag}-{lang}-ledger-entry")
    dialog.reject()
    from evaldesk.ui.dialogs.counted import CountedDialog
    from evaldesk.ui.dialogs.error import ErrorDialog

    counted = CountedDialog(window.ctx, "ledger_overdue", window)
    counted.show()
    save(counted, out, f"keys17-{tag}-{lang}-counted")
    counted.reject()
    try:
        raise RuntimeError("screenshot of an unexpected error")
    except RuntimeError as exc:
        bug = ErrorDialog(exc, sys.exc_info(), window)
    bug.show()
    save(bug, out, f"keys17-{tag}-{lang}-error")
    bug.reject()
    window.close()
    controller.shutdown()
    controller = signed_in(work / "demo", "head", passwords, lang)
    window = controller.window
    maximise(window)
    window.show_view("review")
    save(window, out, f"keys17-{tag}-{lang}-review-head")
    window.close()
    controller.shutdown()

    for rubric, item in (("employment-single-item", "5.4"), ("rugao-rsks-2021", None)):
        words = make_demo(work / rubric, rubric)
        fresh_settings(work, rubric)
        controller = signed_in(work / rubric, "clerk", words, lang)
        window = controller.window
        maximise(window)
        if item is not None:
            window.show_view("rubric").show_item(item)
            save(window, out, f"keys17-{tag}-{lang}-{rubric}-item-{item}")
        else:
            window.show_view("interpretations")
            save(window, out, f"keys17-{tag}-{lang}-{rubric}-interpretations")
        window.close()
        controller.shutdown()
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
