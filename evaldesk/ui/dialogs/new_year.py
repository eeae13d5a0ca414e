"""A new assessment year (administrators), started from last year's.

Choose the rubric (last year's pinned copy, a saved or imported version, a built-in one, or
import a sender's table on the spot); see what changed against last year's before confirming;
map last year's items whose code changed; confirm or drop, one by one, the ledger entries
proposed again (每年重复, and those still open at the end of last year). Statuses and ticks
start afresh; last year's evidence stays with last year.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import EvalDeskError
from evaldesk.services import records_lookup
from evaldesk.services.new_year import NewYearPlan
from evaldesk.services.rubric_files import RubricChoice
from evaldesk.ui.context import AppContext
from evaldesk.ui.message_text import error_text
from evaldesk.ui.models.records_labels import source_label


class NewYearDialog(QDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        from evaldesk.services import rubric_files

        self.ctx = ctx
        self.today = today or date.today()
        self.created: int | None = None
        self.setWindowTitle(self.tr("New assessment year"))
        self.resize(900, 600)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        existing = records_lookup.years(ctx.store)
        self.year.setValue(max([*existing, date.today().year - 1]) + 1)
        self.rubric = QComboBox()
        self.rubric.setMinimumContentsLength(40)
        self.choices: list[RubricChoice] = []
        self._fill_choices(rubric_files.choices(ctx.store))
        self.import_button = QPushButton(self.tr("&Import a table…"))
        self.import_button.clicked.connect(self._import)
        picker = QHBoxLayout()
        picker.addWidget(self.rubric, 1)
        picker.addWidget(self.import_button)

        self.tabs = QTabWidget()
        self.changes = QListWidget()
        self.changes.setObjectName("rubricChanges")
        self.mapping = QTableWidget(0, 2)
        self.mapping.setObjectName("itemMapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Last year's item"), self.tr("This year's item")]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.entries = QTableWidget(0, 5)
        self.entries.setObjectName("carriedEntries")
        self.entries.setHorizontalHeaderLabels(
            [
                self.tr("Carry over"),
                self.tr("Why"),
                self.tr("Title"),
                self.tr("Deadline"),
                self.tr("Rubric item"),
            ]
        )
        header = self.entries.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.entries.verticalHeader().hide()
        self.tabs.addTab(self.changes, self.tr("What changed"))
        self.tabs.addTab(self.mapping, self.tr("Items whose code changed"))
        self.tabs.addTab(self.entries, self.tr("Ledger entries to carry over"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#c62828")
        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Rubric"), picker)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.plan: NewYearPlan | None = None
        self.rubric.currentIndexChanged.connect(self._replan)
        self.year.valueChanged.connect(self._replan)
        self._replan()

    # ---------------------------------------------------------------- the rubric

    def _label(self, choice: RubricChoice) -> str:
        rubric = choice.rubric
        if choice.origin == "year":
            where = self.tr("scored with in %1").replace("%1", choice.key.split(":", 1)[1])
        elif choice.origin == "file":
            where = self.tr("saved in the data folder")
        else:
            where = self.tr("built in")
        return f"{rubric.title} — v{rubric.version} ({where})"

    def _fill_choices(self, choices: list[RubricChoice], current: str | None = None) -> None:
        self.choices = choices
        self.rubric.blockSignals(True)
        self.rubric.clear()
        for choice in choices:
            self.rubric.addItem(self._label(choice), choice.key)
        index = self.rubric.findData(current) if current else 0
        self.rubric.setCurrentIndex(max(0, index))
        self.rubric.blockSignals(False)

    def choice(self) -> RubricChoice:
        return self.choices[self.rubric.currentIndex()]

    def _import(self) -> None:
        from evaldesk.services import rubric_files
        from evaldesk.ui.dialogs.rubric_import import RubricImportDialog

        dialog = RubricImportDialog(self.ctx, self)
        if dialog.exec() and dialog.saved is not None:
            self._fill_choices(rubric_files.choices(self.ctx.store), dialog.saved.key)
            self._replan()

    # ---------------------------------------------------------------- the plan

    def mapping_given(self) -> dict[str, str | None]:
        given: dict[str, str | None] = {}
        for row in range(self.mapping.rowCount()):
            old = self.mapping.item(row, 0)
            combo = self.mapping.cellWidget(row, 1)
            if old is not None and isinstance(combo, QComboBox):
                given[str(old.data(Qt.ItemDataRole.UserRole))] = combo.currentData()
        return given

    def _replan(self, *_args: object, keep_mapping: bool = False) -> None:
        from evaldesk.services import new_year

        self.message.clear()
        given = self.mapping_given() if keep_mapping else None
        try:
            self.plan = new_year.plan(
                self.ctx.store,
                self.year.value(),
                self.choice().rubric,
                mapping=given,
                today=self.today,
            )
        except EvalDeskError as exc:
            self.plan = None
            self.message.setText(error_text(exc))
            return
        self._show_changes()
        if not keep_mapping:
            self._show_mapping()
        self._show_entries()

    def _show_changes(self) -> None:
        assert self.plan is not None
        self.changes.clear()
        if self.plan.previous is None:
            self.changes.addItem(self.tr("No earlier year: nothing to compare."))
            return
        if not self.plan.changes:
            self.changes.addItem(
                self.tr("The same items, points and rules as %1.").replace(
                    "%1", str(self.plan.previous)
                )
            )
        counts: Counter[str] = Counter(change.kind for change in self.plan.changes)
        if counts:  # the whole at a glance above a list that may run to a hundred lines
            summary = self.tr(
                "Items added %1, removed %2, renamed %3, renumbered %4; "
                "points changed %5, rules changed %6, wording changed %7."
            )
            for n, kind in enumerate(
                ("added", "removed", "renamed", "moved", "points", "rules", "wording"), 1
            ):
                summary = summary.replace(f"%{n}", str(counts[kind]))
            self.changes.addItem(summary)
            top = self.changes.item(0)
            font = top.font()
            font.setBold(True)
            top.setFont(font)
        for change in self.plan.changes:
            if change.message is not None:
                self.changes.addItem(change.message.text())

    def _show_mapping(self) -> None:
        assert self.plan is not None
        from evaldesk.services import rubric_files

        rubric = self.choice().rubric
        before = (
            rubric_files.year_choice(self.ctx.store, self.plan.previous).rubric
            if self.plan.previous is not None
            else None
        )
        self.mapping.setRowCount(0)
        for old, new in self.plan.mapping.items():
            if new == old:
                continue
            row = self.mapping.rowCount()
            self.mapping.insertRow(row)
            was = before.item(old) if before is not None else None
            cell = QTableWidgetItem(f"{old} {was.title}" if was is not None else old)
            cell.setData(Qt.ItemDataRole.UserRole, old)
            self.mapping.setItem(row, 0, cell)
            combo = QComboBox()
            combo.addItem(self.tr("(no counterpart)"), None)
            for item in rubric.items():
                combo.addItem(f"{item.code} {item.title}", item.code)
            combo.setCurrentIndex(max(0, combo.findData(new)))
            combo.currentIndexChanged.connect(lambda _i: self._replan(keep_mapping=True))
            self.mapping.setCellWidget(row, 1, combo)
        self.tabs.setTabText(
            1, self.tr("Items whose code changed (%1)").replace("%1", str(self.mapping.rowCount()))
        )

    def _show_entries(self) -> None:
        assert self.plan is not None
        self.entries.setRowCount(0)
        for proposal in self.plan.proposals:
            row = self.entries.rowCount()
            self.entries.insertRow(row)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
            self.entries.setItem(row, 0, check)
            why = (
                self.tr("repeats every year")
                if proposal.why == "repeats"
                else self.tr("still open")
            )
            self.entries.setItem(row, 1, QTableWidgetItem(why))
            title = QTableWidgetItem(
                f"{proposal.fields.title} ({source_label(proposal.fields.source)})"
            )
            self.entries.setItem(row, 2, title)
            self.entries.setItem(row, 3, QTableWidgetItem(proposal.fields.deadline.isoformat()))
            item = proposal.fields.item_code or (
                self.tr("(none: %1 has no counterpart)").replace(
                    "%1", proposal.source.item_code or ""
                )
                if proposal.item_dropped
                else ""
            )
            self.entries.setItem(row, 4, QTableWidgetItem(item))
        self.tabs.setTabText(
            2,
            self.tr("Ledger entries to carry over (%1)").replace(
                "%1", str(len(self.plan.proposals))
            ),
        )

    def confirmed(self) -> list[int]:
        """Rows of the proposals the person keeps."""
        return [
            row
            for row in range(self.entries.rowCount())
            if (cell := self.entries.item(row, 0)) is not None
            and cell.checkState() == Qt.CheckState.Checked
        ]

    def _create(self) -> None:
        from evaldesk.services.setup import add_year

        if self.plan is None:
            return
        entries = [self.plan.proposals[row].fields for row in self.confirmed()]
        try:
            add_year(
                self.ctx.store,
                self.ctx.actor,
                self.year.value(),
                self.choice(),
                entries=entries,
                today=self.today,
            )
        except EvalDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.created = self.year.value()
        self.accept()
