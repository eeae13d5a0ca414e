"""Importing the units' packages (issue 18, finding 2): files or folders chosen or dropped,
imported on a worker (evaldesk.ui.ops) through services.collect_import, then

* a unit's first key (or a key handed over by a rotation) is shown with its fingerprint, to be
  compared with the one printed on the unit's report cover before it is trusted
  (:class:`ConfirmKeysDialog`); the confirmed packages are imported again with ``accept``;
* every package is listed with what became of it: imported, refused with the reason, or still
  waiting for a confirmation (:class:`ImportResultDialog`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.services import collect_import
from evaldesk.services.collect_import import ImportOutcome
from evaldesk.ui import ops, theme
from evaldesk.ui.collect.fit import fit_size
from evaldesk.ui.message_text import message_text


def _t(text: str) -> str:
    return QCoreApplication.translate("CollectImport", text)


def choose_packages(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent, _t("Import the units' packages"), "", _t("Packages (*.zip)")
    )
    return [Path(n) for n in names]


def run_import(
    window: Any, ctx: Any, paths: list[Path], accept: dict[str, str | None] | None = None
) -> ops.Op[Any]:
    """Import ``paths`` in the background; then confirm keys and show the results."""
    store, actor = ctx.store, ctx.actor
    given = list(paths)

    def work(progress: ops.Progress) -> list[ImportOutcome]:
        return collect_import.import_packages(
            store, actor, given, accept=accept, progress=progress.report
        )

    def done(outcomes: list[ImportOutcome]) -> None:
        waiting = [o for o in outcomes if o.status == "confirm" and o.code != "choose-unit"]
        if waiting and accept is None:
            confirm = ConfirmKeysDialog(waiting, window)
            window.last_confirm = confirm

            def confirmed() -> None:
                chosen = confirm.accepted_outcomes()
                if not chosen:
                    _results(window, outcomes)
                    return
                again: dict[str, str | None] = {o.fingerprint or "": None for o in chosen}
                kept = [o for o in outcomes if o not in chosen]

                def merged(later: list[ImportOutcome]) -> None:
                    _results(window, kept + later)

                window.last_import = run_import_then(
                    window, ctx, [o.file for o in chosen], again, merged
                )

            confirm.accepted.connect(confirmed)
            confirm.rejected.connect(lambda: _results(window, outcomes))
            confirm.open()
            return
        _results(window, outcomes)

    op = ops.run_op(window, work, title=_t("Importing packages"), ctx=ctx, on_done=done)
    window.last_import = op
    return op


def run_import_then(
    window: Any, ctx: Any, paths: list[Path], accept: dict[str, str | None], then: Any
) -> ops.Op[Any]:
    store, actor = ctx.store, ctx.actor

    def work(progress: ops.Progress) -> list[ImportOutcome]:
        return collect_import.import_packages(
            store, actor, paths, accept=accept, progress=progress.report
        )

    return ops.run_op(window, work, title=_t("Importing packages"), ctx=ctx, on_done=then)


def _results(window: Any, outcomes: list[ImportOutcome]) -> ImportResultDialog:
    dialog = ImportResultDialog(outcomes, window)
    window.last_result = dialog
    dialog.open()
    return dialog


class ConfirmKeysDialog(QDialog):
    """A unit's first key: its fingerprint beside what the unit is, to compare with the
    fingerprint printed on the cover of the unit's report (by phone or letter) before it is
    trusted. Each key is ticked on its own; nothing is ticked for the person."""

    def __init__(self, outcomes: list[ImportOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmKeys")
        self.setWindowTitle(self.tr("Confirm the units' keys"))
        self.outcomes = outcomes
        intro = QLabel(
            self.tr(
                "These packages are signed with keys this office has not trusted yet. Compare "
                "each fingerprint with the one printed on the cover of the unit's report (ask "
                "the unit by phone or letter, not in the package itself). Tick only those that "
                "match; the others stay waiting and nothing of them is kept."
            )
        )
        intro.setWordWrap(True)
        self.boxes: list[QCheckBox] = []
        inner = QWidget()
        column = QVBoxLayout(inner)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        for outcome in outcomes:
            title = QLabel(
                f"<b>{outcome.unit_name or outcome.office or outcome.file.name}</b>　"
                f"{outcome.file.name}"
            )
            what = QLabel(message_text(outcome.message))
            what.setWordWrap(True)
            fpr = QLabel(outcome.fingerprint or "")
            fpr.setObjectName("fingerprint")
            fpr.setFont(mono)
            fpr.setWordWrap(True)
            fpr.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box = QCheckBox(self.tr("The fingerprint matches the one on the unit's cover"))
            self.boxes.append(box)
            for widget in (title, what, fpr, box):
                column.addWidget(widget)
            column.addSpacing(8)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Trust the ticked keys and import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_size(self, 860, 520)

    def accepted_outcomes(self) -> list[ImportOutcome]:
        return [o for o, box in zip(self.outcomes, self.boxes, strict=True) if box.isChecked()]


STATUS = ("imported", "refused", "confirm")


class ImportResultDialog(QDialog):
    """Every package and what became of it, with the reason."""

    FILE, RESULT, UNIT, REASON = range(4)

    def __init__(self, outcomes: list[ImportOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResult")
        self.setWindowTitle(self.tr("Import result"))
        self.outcomes = outcomes
        counts = {s: sum(1 for o in outcomes if o.status == s) for s in STATUS}
        summary = QLabel(
            self.tr("{imported} imported, {refused} refused, {waiting} waiting for confirmation")
            .replace("{imported}", str(counts["imported"]))
            .replace("{refused}", str(counts["refused"]))
            .replace("{waiting}", str(counts["confirm"]))
        )
        summary.setObjectName("importSummary")
        self.summary = summary
        self.table = QTableWidget(len(outcomes), 4)
        self.table.setObjectName("importOutcomes")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Package"), self.tr("Result"), self.tr("Unit"), self.tr("Reason")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        words = {
            "imported": self.tr("Imported"),
            "refused": self.tr("Refused"),
            "confirm": self.tr("Waiting for confirmation"),
        }
        colours = {"imported": theme.GOOD, "refused": theme.BAD, "confirm": theme.WARN}
        for row, outcome in enumerate(outcomes):
            reason = message_text(outcome.message)
            if outcome.problems:
                reason += "\n" + "\n".join(message_text(p) for p in outcome.problems)
            cells = (
                outcome.file.name,
                words[outcome.status],
                outcome.unit_name or outcome.unit or "",
                reason,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(str(outcome.file) if column == self.FILE else text)
                if column == self.RESULT:
                    cell.setForeground(colours[outcome.status])
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.UNIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_size(self, 1000, 460)

    def reasons(self) -> list[str]:
        cells = (self.table.item(r, self.REASON) for r in range(self.table.rowCount()))
        return [cell.text() if cell is not None else "" for cell in cells]
