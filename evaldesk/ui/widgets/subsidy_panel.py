"""补助测算: the money the rubric pays from the results, line by line, as the score moves.

Each subsidy line of the rubric's ``subsidies`` block with its amount in 元, whether it is still
pending (a place not given yet, an input not recorded), how it was reached (the basis) and the
source wording. Beside it, what only the money needs: the yes/no inputs, the head counts per
contribution grade and the places the assessing office gave this unit, each saved as a fact
through the services (evaldesk.services.subsidies), undoably.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import InputError
from evaldesk.scoring.subsidies import fmt_yuan
from evaldesk.services import subsidies
from evaldesk.services.changes import Changes
from evaldesk.services.form_values import parse_number
from evaldesk.ui import permissions, theme
from evaldesk.ui.undo import try_apply
from evaldesk.ui.widgets.form_field import FieldEdit

if TYPE_CHECKING:
    from evaldesk.ui.context import AppContext

translate = QCoreApplication.translate

TITLE, AMOUNT, STATE, BASIS = range(4)


class SubsidyPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subsidyPanel")
        self.ctx = ctx
        block = ctx.rubric.subsidies
        assert block is not None, "the subsidy panel needs a rubric with subsidies"
        self.block = block
        self.result: subsidies.SubsidyResult | None = None

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff4e5; padding:6px; border-radius:3px;")
        self.banner.hide()
        self.total = QLabel()
        self.total.setObjectName("subsidyTotal")
        self.total.setStyleSheet("font-size:13pt; font-weight:bold;")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("subsidyLines")
        self.table.setHorizontalHeaderLabels(
            [
                translate("SubsidyPanel", "Subsidy"),
                translate("SubsidyPanel", "Amount (yuan)"),
                translate("SubsidyPanel", "State"),
                translate("SubsidyPanel", "How it is reached"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TITLE, 230)
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        header.setSectionResizeMode(AMOUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BASIS, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_wording)
        self.wording = QLabel()
        self.wording.setObjectName("subsidyWording")
        self.wording.setWordWrap(True)
        self.wording.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wording.setStyleSheet(f"color:{theme.MUTED.name()};")

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.total)
        column.addWidget(self.table, 1)
        column.addWidget(self.wording)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("subsidySplitter")
        splitter.addWidget(left)
        splitter.addWidget(self._inputs())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self.update_permissions()
        self.refresh()
        ctx.score_changed.connect(lambda _report: self.refresh())
        ctx.changed.connect(self._on_changed)

    # ----------------------------------------------------------------- inputs

    def _inputs(self) -> QScrollArea:
        box = QWidget()
        column = QVBoxLayout(box)
        self.flags: dict[str, QComboBox] = {}
        self.counts: dict[str, FieldEdit] = {}
        self.places: dict[str, FieldEdit] = {}
        places = QGroupBox(translate("SubsidyPanel", "Places given by the assessing office"))
        rows = QFormLayout(places)
        rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for award in self.block.rank_awards:
            field = FieldEdit(
                f"place_{award.id}", "number", self._committer(subsidies.set_place, award.id)
            )
            field.editor.setPlaceholderText(translate("SubsidyPanel", "not given yet"))
            self.places[award.id] = field
            label = QLabel(award.title)
            label.setWordWrap(True)
            rows.addRow(label, field)
        column.addWidget(places)
        recorded = QGroupBox(translate("SubsidyPanel", "Recorded for the money"))
        rows = QFormLayout(recorded)
        rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for spec in self.block.inputs:
            label = QLabel(spec.label)
            label.setWordWrap(True)
            if spec.kind == "flag":
                combo = QComboBox()
                combo.setObjectName(f"flag_{spec.id}")
                for text, value in (
                    (translate("SubsidyPanel", "not recorded"), None),
                    (translate("SubsidyPanel", "yes"), True),
                    (translate("SubsidyPanel", "no"), False),
                ):
                    combo.addItem(text, value)
                combo.activated.connect(lambda _i, i=spec.id: self._flag_chosen(i))
                self.flags[spec.id] = combo
                rows.addRow(label, combo)
            else:
                field = FieldEdit(
                    f"count_{spec.id}", "number", self._committer(subsidies.set_count, spec.id)
                )
                self.counts[spec.id] = field
                rows.addRow(label, field)
        column.addWidget(recorded)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        scroll.setMinimumWidth(300)
        return scroll

    def _current(self) -> dict[tuple[str, str], Any]:
        return self.ctx.live.subsidy_values()

    def _committer(self, setter: Callable[..., Any], key: str) -> Callable[[str], str | None]:
        code = subsidies.PLACE if setter is subsidies.set_place else subsidies.COUNT

        def commit(text: str) -> str | None:
            value: int | None = None
            if text.strip():
                try:
                    number = parse_number(text, key)
                except InputError:
                    return translate(
                        "SubsidyPanel", "“{text}” is not a number; it was not saved."
                    ).replace("{text}", text.strip())
                if number != number.to_integral_value() or number < 0:
                    return translate("SubsidyPanel", "Type a whole number; it was not saved.")
                if code == subsidies.PLACE and number < 1:
                    return translate("SubsidyPanel", "A place counts from 1; it was not saved.")
                value = int(number)
            return self._push(
                translate("SubsidyPanel", "Record a subsidy figure"),
                lambda: setter(self.ctx.store, self.ctx.actor, self.ctx.year, key, value),
            )

        return commit

    def _flag_chosen(self, input_id: str) -> None:
        combo = self.flags[input_id]
        new = combo.currentData()
        old = self._current().get((subsidies.FLAG, input_id))
        if new == old:
            return
        ctx = self.ctx
        problem = self._push(
            translate("SubsidyPanel", "Record a subsidy condition"),
            lambda: subsidies.set_flag(ctx.store, ctx.actor, ctx.year, input_id, new),
        )
        if problem:
            from evaldesk.ui.errors import show_error

            combo.setCurrentIndex(max(0, combo.findData(old)))
            show_error(self, InputError(problem))

    def _push(self, label: str, do: Callable[[], Changes]) -> str | None:
        return try_apply(self.ctx, label, do)

    # ----------------------------------------------------------------- lines

    def refresh(self) -> None:
        ctx = self.ctx
        values = self._current()
        state = subsidies.state_from_values(values)
        self.result = subsidies.compute(ctx.rubric, ctx.facts(), ctx.report(), state)
        for award_id, field in self.places.items():
            place = values.get((subsidies.PLACE, award_id))
            field.show_value("" if place is None else str(place))
        for input_id, field in self.counts.items():
            count = values.get((subsidies.COUNT, input_id))
            field.show_value("" if count is None else str(count))
        for input_id, combo in self.flags.items():
            combo.setCurrentIndex(max(0, combo.findData(values.get((subsidies.FLAG, input_id)))))
        self._show_lines()

    def _show_lines(self) -> None:
        result = self.result
        assert result is not None
        selected = self.table.currentRow()
        if result.problem is not None:
            self.total.setText(
                translate("SubsidyPanel", "Cannot compute: {why}").replace(
                    "{why}", result.problem.text()
                )
            )
            self.table.setRowCount(0)
            return
        text = translate("SubsidyPanel", "Total {amount} yuan").replace(
            "{amount}", fmt_yuan(result.total)
        )
        if result.pending:
            text += translate("SubsidyPanel", " ({n} still pending)").replace(
                "{n}", str(result.pending)
            )
        self.total.setText(text)
        self.table.setRowCount(len(result.lines))
        for row, line in enumerate(result.lines):
            state = (
                translate("SubsidyPanel", "pending")
                if line.pending
                else translate("SubsidyPanel", "settled")
            )
            cells = (line.title, fmt_yuan(line.amount), state, line.basis)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(line.text)
                if column == AMOUNT:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == STATE:
                    item.setForeground(QBrush(theme.WARN if line.pending else theme.GOOD))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if 0 <= selected < len(result.lines):
            self.table.selectRow(selected)
        self._show_wording()

    def _show_wording(self) -> None:
        row = self.table.currentRow()
        lines = self.result.lines if self.result is not None else ()
        if 0 <= row < len(lines):
            self.wording.setText(lines[row].text)
        else:
            self.wording.setText(self.block.text)

    # ----------------------------------------------------------------- permissions

    def update_permissions(self) -> None:
        reason = permissions.facts_read_only(self.ctx)
        self.banner.setText(reason or "")
        self.banner.setVisible(reason is not None)
        for field in [*self.places.values(), *self.counts.values()]:
            field.set_read_only(reason is not None)
        for combo in self.flags.values():
            combo.setEnabled(reason is None)

    def _on_changed(self, kinds: set[str]) -> None:
        if kinds & {"approval", "users"}:
            self.update_permissions()
