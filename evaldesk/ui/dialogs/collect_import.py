"""Importing the units' packages (issue 18, finding 2): files or folders chosen or dropped,
imported on a worker (evaldesk.ui.ops) through services.collect_import, then

* a unit's first key (or a key handed over by a rotation) is shown with its fingerprint, to be
  compared with the one printed on the unit's report cover before it is trusted
  (:class:`ConfirmKeysDialog`); the confirmed packages are imported again with ``accept``;
* every package is listed with what became of it: imported, refused with the reason, or still
  waiting for a confirmation (:class:`ImportResultDialog`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.services import collect_desk, collect_import, collect_setup
from evaldesk.services.collect_import import ImportOutcome
from evaldesk.ui import ops, theme
from evaldesk.ui.collect.fit import bracketed, fit_size
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
        waiting = [o for o in outcomes if o.status == "confirm"]
        if waiting and accept is None:
            names = {u.code: u.name for u in collect_setup.units(store)}
            confirm = ConfirmKeysDialog(waiting, window, unit_names=names)
            window.last_confirm = confirm

            def confirmed() -> None:
                again = confirm.answers()
                chosen = confirm.accepted_outcomes()
                if not chosen:
                    _results(window, outcomes)
                    return
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
    """Packages waiting for a person, each with what to check before it is imported:

    * a unit's first key: its fingerprint, to compare with the one printed on the cover of the
      unit's report (by phone or letter);
    * a key rotation: the unit's registered key and the new one, both grouped as on the cover,
      the change signed by the old key, to confirm with the unit;
    * a package whose unit cannot be told from what it says: the office's units it may be from,
      one to choose, and its fingerprint to compare.

    Each is ticked on its own; nothing is ticked or chosen for the person."""

    def __init__(
        self,
        outcomes: list[ImportOutcome],
        parent: QWidget | None = None,
        unit_names: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmKeys")
        self.setWindowTitle(self.tr("Confirm the units' keys"))
        self.outcomes = outcomes
        names = dict(unit_names or {})
        intro = QLabel(
            self.tr(
                "These packages wait for a confirmation before they are imported. Compare each "
                "fingerprint with the one printed on the cover of the unit's report (ask the "
                "unit by phone or letter, not in the package itself). Tick only those that "
                "match; the others stay waiting and nothing of them is kept."
            )
        )
        intro.setWordWrap(True)
        self.boxes: list[QCheckBox] = []
        self.choices: list[QComboBox | None] = []
        inner = QWidget()
        column = QVBoxLayout(inner)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)

        def key_label(text: str, name: str) -> QLabel:
            label = QLabel(text)
            label.setObjectName(name)
            label.setFont(mono)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label

        for outcome in outcomes:
            title = QLabel(
                f"<b>{outcome.unit_name or outcome.office or outcome.file.name}</b>　"
                f"{outcome.file.name}"
            )
            what = QLabel(message_text(outcome.message))
            what.setWordWrap(True)
            widgets: list[QWidget] = [title, what]
            choice: QComboBox | None = None
            if outcome.code == "confirm-rotation":
                widgets += [
                    QLabel(self.tr("The unit's registered key (the old one):")),
                    key_label(outcome.rotated_from or "", "oldFingerprint"),
                    QLabel(self.tr("The key that signed this package (the new one):")),
                ]
                box = QCheckBox(self.tr("The unit confirmed it changed to this new key"))
            elif outcome.code == "choose-unit":
                choice = QComboBox()
                choice.setObjectName("chooseUnit")
                choice.addItem(self.tr("(choose the unit)"), None)
                for code in outcome.candidates:
                    choice.addItem(names.get(code, code) + bracketed(code), code)
                row = QHBoxLayout()
                row.addWidget(QLabel(self.tr("The unit that sent it:")))
                row.addWidget(choice, 1)
                holder = QWidget()
                holder.setLayout(row)
                row.setContentsMargins(0, 0, 0, 0)
                widgets.append(holder)
                box = QCheckBox(self.tr("The fingerprint matches the one on the unit's cover"))
                box.setEnabled(False)  # a unit chosen first
                choice.currentIndexChanged.connect(
                    lambda _i, c=choice, b=box: b.setEnabled(c.currentData() is not None)
                )
            else:
                box = QCheckBox(self.tr("The fingerprint matches the one on the unit's cover"))
            widgets += [key_label(outcome.fingerprint or "", "fingerprint"), box]
            self.boxes.append(box)
            self.choices.append(choice)
            for widget in widgets:
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
        # the tick boxes, one per package, are reached with Tab and ticked with Space
        ok.setText(self.tr("&Trust the ticked keys and import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_size(self, 860, 520)

    def choose(self, index: int, code: str) -> bool:
        """Choose the unit of the ``index``-th package (one waiting for its unit)."""
        choice = self.choices[index]
        if choice is None:
            return False
        found = choice.findData(code)
        if found < 0:
            return False
        choice.setCurrentIndex(found)
        return True

    def accepted_outcomes(self) -> list[ImportOutcome]:
        return [
            o
            for o, box, choice in zip(self.outcomes, self.boxes, self.choices, strict=True)
            if box.isChecked() and (choice is None or choice.currentData() is not None)
        ]

    def answers(self) -> dict[str, str | None]:
        """Fingerprint -> the unit chosen (None: the unit the package names), for the
        confirmed packages: the import's ``accept``."""
        out: dict[str, str | None] = {}
        for outcome, box, choice in zip(self.outcomes, self.boxes, self.choices, strict=True):
            if not box.isChecked():
                continue
            chosen = choice.currentData() if choice is not None else None
            if choice is not None and chosen is None:
                continue
            out[outcome.fingerprint or ""] = chosen
        return out


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
            differs = collect_desk.interpretation_differences(outcome.flags)
            if differs:
                reason += "\n" + self.tr("Interpretations that differ from this office's:")
                reason += "\n" + "\n".join(message_text(d.line) for d in differs)
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
        self.differences_button = QPushButton(self.tr("&Interpretations that differ…"))
        self.differences_button.setObjectName("importDifferences")
        self.differences_button.clicked.connect(lambda: self.show_differences())
        buttons.addButton(self.differences_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.table.currentCellChanged.connect(lambda *_a: self._differences_enabled())
        flagged = next((n for n, o in enumerate(outcomes) if self._differs(o)), -1)
        if flagged >= 0:
            self.table.setCurrentCell(flagged, self.FILE)
        self._differences_enabled()
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_size(self, 1000, 460)

    @staticmethod
    def _differs(outcome: ImportOutcome) -> bool:
        return bool(collect_desk.interpretation_differences(outcome.flags))

    def _current(self) -> ImportOutcome | None:
        row = self.table.currentRow()
        return self.outcomes[row] if 0 <= row < len(self.outcomes) else None

    def _differences_enabled(self) -> None:
        current = self._current()
        self.differences_button.setEnabled(current is not None and self._differs(current))

    def show_differences(self) -> QDialog | None:
        """The selected package's interpretations that differ from this office's."""
        from evaldesk.ui.dialogs.collect_differences import DifferencesDialog

        outcome = self._current()
        if outcome is None or not self._differs(outcome):
            return None
        dialog = DifferencesDialog(
            outcome.unit_name or outcome.office or outcome.file.name,
            collect_desk.interpretation_differences(outcome.flags),
            self,
        )
        dialog.open()
        return dialog

    def reasons(self) -> list[str]:
        cells = (self.table.item(r, self.REASON) for r in range(self.table.rowCount()))
        return [cell.text() if cell is not None else "" for cell in cells]
