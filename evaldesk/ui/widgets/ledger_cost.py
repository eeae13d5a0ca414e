"""What a ledger or dispatch change costs, in words, and the confirmation that says it first.

The numbers come from ``evaldesk.services.score_effect``; this module only words them and
asks. The confirmation is a window-modal QMessageBox opened with ``open()`` (not ``exec()``),
so the caller goes on when the person answers and tests click its real buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from evaldesk.decimals import fmt_points
from evaldesk.services.score_effect import ScoreEffect


def points_change(effect: ScoreEffect) -> str:
    """ "0.8 points fewer (score 84 → 83.2)", or that the score stays."""
    before, after = fmt_points(effect.before), fmt_points(effect.after)
    if effect.change < 0:
        text = QCoreApplication.translate("LedgerCost", "%1 points fewer (score %2 → %3)").replace(
            "%1", fmt_points(-effect.change)
        )
    elif effect.change > 0:
        text = QCoreApplication.translate("LedgerCost", "%1 points more (score %2 → %3)").replace(
            "%1", fmt_points(effect.change)
        )
    else:
        return QCoreApplication.translate(
            "LedgerCost",
            "the score stays %1 (the deduction is already at its limit or not counted)",
        ).replace("%1", before)
    return text.replace("%2", before).replace("%3", after)


def done_day_notes(
    deadline: date, year: int, done: date, today: date, on_time: ScoreEffect
) -> list[str]:
    """What marking an entry done on ``done`` means: late, outside the year, the cost."""
    notes = []
    if done > deadline:
        days = (done - deadline).days
        # Against done by the deadline (not against the score now, which may already count
        # the entry as overdue): what choosing this day costs.
        if on_time.change < 0:
            text = QCoreApplication.translate(
                "LedgerCost",
                "%1 day(s) after the deadline %2: the entry counts as not done in time, "
                "%3 points fewer than done by the deadline (score %4 instead of %5).",
            )
            text = (
                text.replace("%3", fmt_points(-on_time.change))
                .replace("%4", fmt_points(on_time.after))
                .replace("%5", fmt_points(on_time.before))
            )
        else:
            text = QCoreApplication.translate(
                "LedgerCost",
                "%1 day(s) after the deadline %2: the entry counts as not done in time; "
                "the score stays %3 (the deduction is already at its limit or not counted).",
            ).replace("%3", fmt_points(on_time.after))
        notes.append(text.replace("%1", str(days)).replace("%2", deadline.isoformat()))
    else:
        notes.append(
            QCoreApplication.translate("LedgerCost", "By the deadline %1: no points lost.").replace(
                "%1", deadline.isoformat()
            )
        )
    if done.year > year:
        notes.append(
            QCoreApplication.translate(
                "LedgerCost",
                "This day is after the assessed year %1; if the work was finished earlier, enter that day.",
            ).replace("%1", str(year))
        )
    if done == today:
        notes.append(
            QCoreApplication.translate(
                "LedgerCost",
                "Today's date is proposed; change it if the work was finished on another day.",
            )
        )
    return notes


def confirm(
    parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """Ask before a change that costs points; ``on_yes`` runs only if the person agrees.
    The safe answer (cancel) is the default, so Enter does not spend points."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def answered() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(lambda _code: answered())
    box.open()
    return box
