#!/usr/bin/env python3
"""Screenshots of the ledger and dispatch safety dialogs (issue 17) over the real main window,
signed in as the demo clerk, in one language; the whole screen is saved:

* the new-entry dialog (today after the assessed year: the dates start at its last day, said);
* the same dialog asking before an overdue entry is saved (its point change);
* the 办结 prompt (the day asked for, today proposed, its cost);
* the withdraw confirmation in 季度调度 (its cost, the date kept).

    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1366x768x24" \\
        python scripts/screenshots_ledger.py --lang zh_CN --out screenshots
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.screenshots import prepare, screen_tag, wait  # noqa: E402


def shot(app: Any, out: Path, name: str) -> None:
    wait(400)
    path = out / f"{name}-{screen_tag()}.png"
    app.primaryScreen().grabWindow(0).save(str(path))
    print(f"saved {path}")


def main() -> int:
    args, work, passwords = prepare("evaldesk-ledger-shots-")
    demo = work / "demo"

    from evaldesk.services import ledger
    from evaldesk.services.ledger_table import LedgerFields
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
    ctx = window.ctx
    today = date.today()

    window.show_view("ledger")
    view = window.view("ledger")
    dialog = view.new_entry()
    wait(300)
    shot(app, args.out, f"ledger-new-entry-{lang}")
    dialog.title_edit.setText("市局交办：核查年底前未发放的失业保险金")
    dialog.responsible_edit.setText("王晓红")
    dialog.received_edit.set_day(date(ctx.year, 10, 8))
    dialog.deadline_edit.set_day(date(ctx.year, 10, 20))
    dialog.save()
    shot(app, args.out, f"ledger-overdue-confirm-{lang}")
    assert dialog.confirm_box is not None
    dialog.confirm_box.reject()
    dialog.reject()

    entry = ledger.add_entry(
        ctx.store,
        ctx.actor,
        ctx.year,
        LedgerFields(
            source="inspection",
            title="督导发现：乡镇就业服务站台账记录不全，限期整改",
            responsible="李明",
            received_date=date(ctx.year, 11, 3),
            deadline=date(ctx.year, 12, 20),
        ),
        today=today,
    )
    view.model.refresh()
    view.show_entry(entry.id)
    prompt = view.close_entry()
    shot(app, args.out, f"ledger-done-date-{lang}")
    assert prompt is not None
    prompt.reject()

    window.show_view("dispatch")
    dispatch = window.view("dispatch")
    dispatch.table.selectRow(3)
    box = dispatch.withdraw()
    shot(app, args.out, f"dispatch-withdraw-confirm-{lang}")
    assert box is not None
    box.reject()
    window.close()
    controller.shutdown()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
