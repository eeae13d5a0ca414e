"""The receiving office's overview (issue 18): every unit in a table (its state, self-score,
how many items the reviewers scored, the office's and the final score, place, grade, what is
missing), sortable and filterable (Ctrl+F); the selected unit's items below with the
reviewer's 初评 / 审定 entry (reason required, audited by the service), and what the unit sent
one click or Enter away: its report PDF, its ledger, its evidence for an item.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evaldesk.errors import EvalDeskError
from evaldesk.services import collect_desk, collect_scores
from evaldesk.services.collect_overview import ItemRow, item_rows, unit_rows
from evaldesk.services.collect_results import collect_state
from evaldesk.ui import theme
from evaldesk.ui.collect import launch
from evaldesk.ui.collect.fit import bracketed
from evaldesk.ui.message_text import error_text, message_text
from evaldesk.ui.models import collect_items as ci
from evaldesk.ui.models import collect_units as cu
from evaldesk.ui.permissions import person
from evaldesk.ui.permissions import reason as why_not

#: a reviewer's score's changes shown under the form (the rest: the audit log)
HISTORY_SHOWN = 3


def local_time(at: str) -> str:
    """An audit time (UTC, ISO) as the office's clock shows it."""
    return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")


#: How many rows the units' column widths are measured on (a province has 130 and more).
FIT_ROWS = 40


class _Table(QTableView):
    """A table where Enter does what a double click does."""

    entered = Signal(QModelIndex)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.entered.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def _table(name: str) -> _Table:
    table = _Table()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


class CollectOverview(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("collectOverview")
        self.unit_code: str | None = None
        # the score the review form's message is about (see _fill_review)
        self._review_target: tuple[object, ...] | None = None

        self.filter = QLineEdit()
        self.filter.setObjectName("collectFilter")
        self.filter.setPlaceholderText(self.tr("Filter units (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.show_choice = QComboBox()
        self.show_choice.setObjectName("collectShow")
        for text in cu.SHOW:
            self.show_choice.addItem(cu._t(text))
        self.summary = QLabel()
        self.summary.setObjectName("collectSummary")
        top = QHBoxLayout()
        top.addWidget(self.filter, 2)
        top.addWidget(self.show_choice)
        top.addWidget(self.summary, 3)

        self.units_model = cu.UnitTableModel(self)
        self.units_proxy = cu.UnitFilter(self)
        self.units_proxy.setSourceModel(self.units_model)
        self.units = _table("collectUnits")
        self.units.setModel(self.units_proxy)
        self.units.setSortingEnabled(True)
        self.units.sortByColumn(cu.UNIT, Qt.SortOrder.AscendingOrder)
        header = self.units.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # A double click on a divider fits the column to the first rows, not all of them.
        header.setResizeContentsPrecision(FIT_ROWS)
        self.units.selectionModel().currentRowChanged.connect(self._unit_chosen)
        self.units.doubleClicked.connect(lambda _i: self.open_report())
        self.units.entered.connect(lambda _i: self.open_report())

        self.items_model = ci.ItemTableModel(self)
        self.items = _table("collectItems")
        self.items.setModel(self.items_model)
        ih = self.items.horizontalHeader()
        ih.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ih.setSectionResizeMode(ci.TITLE, QHeaderView.ResizeMode.Stretch)
        self.items.selectionModel().currentRowChanged.connect(self._item_chosen)
        self.items.doubleClicked.connect(lambda _i: self.open_evidence())
        self.items.entered.connect(lambda _i: self.open_evidence())

        self.unit_title = QLabel()
        self.unit_title.setObjectName("collectUnitTitle")
        self.unit_title.setWordWrap(True)
        font = self.unit_title.font()
        font.setBold(True)
        self.unit_title.setFont(font)
        self.report_button = QPushButton(self.tr("&Report PDF"))
        self.report_button.setObjectName("collectOpenReport")
        self.report_button.clicked.connect(self.open_report)
        self.ledger_button = QPushButton(self.tr("Led&ger"))
        self.ledger_button.setObjectName("collectOpenLedger")
        self.ledger_button.clicked.connect(self.open_ledger)
        self.evidence_button = QPushButton(self.tr("&Evidence of the item"))
        self.evidence_button.setObjectName("collectOpenEvidence")
        self.evidence_button.clicked.connect(lambda: self.open_evidence())
        self.differences_button = QPushButton(self.tr("&Interpretations that differ"))
        self.differences_button.setObjectName("collectDifferences")
        self.differences_button.clicked.connect(lambda: self.show_differences())
        self.differences: list[collect_desk.InterpretationDifference] = []
        opens = QHBoxLayout()
        opens.addWidget(self.report_button)
        opens.addWidget(self.ledger_button)
        opens.addWidget(self.evidence_button)
        opens.addStretch(1)
        # a row of its own: beside the three it widened the side panel, narrowing the items
        # (seen at 1366×768 in English)
        more = QHBoxLayout()
        more.addWidget(self.differences_button)
        more.addStretch(1)
        self.notice = QLabel()
        self.notice.setObjectName("collectNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        self.review_box = QGroupBox(self.tr("Reviewer's score"))
        self.review_box.setObjectName("collectReview")
        self.review_item = QLabel()
        self.review_item.setWordWrap(True)
        self.review_kind = QComboBox()
        self.review_kind.setObjectName("collectReviewKind")
        self.review_kind.addItem(self.tr("Initial review (初评)"), "initial")
        self.review_kind.addItem(self.tr("Final review (审定)"), "final")
        self.review_value = QLineEdit()
        self.review_value.setObjectName("collectReviewValue")
        self.review_reason = QLineEdit()
        self.review_reason.setObjectName("collectReviewReason")
        self.review_save = QPushButton(self.tr("&Save score"))
        self.review_save.setObjectName("collectReviewSave")
        self.review_save.clicked.connect(self.save_review)
        self.review_clear = QPushButton(self.tr("&Clear"))
        self.review_clear.clicked.connect(self.clear_review)
        self.review_undo = QPushButton(self.tr("&Undo last change"))
        self.review_undo.setObjectName("collectReviewUndo")
        self.review_undo.clicked.connect(self.undo_review)
        # the score's earlier values, from the audit log: what an undo puts back is visible
        self.review_history = QLabel()
        self.review_history.setObjectName("collectReviewHistory")
        self.review_history.setWordWrap(True)
        self.review_history.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.review_message = QLabel()
        self.review_message.setObjectName("collectReviewMessage")
        self.review_message.setWordWrap(True)
        self.review_message.hide()
        form = QFormLayout(self.review_box)
        form.addRow(self.review_item)
        form.addRow(self.tr("Which"), self.review_kind)
        form.addRow(self.tr("Score"), self.review_value)
        form.addRow(self.tr("Reason"), self.review_reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_save)
        buttons.addWidget(self.review_clear)
        buttons.addWidget(self.review_undo)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.review_message)
        form.addRow(self.review_history)
        self.review_kind.currentIndexChanged.connect(self._fill_review)
        self.review_reason.returnPressed.connect(self.save_review)
        self.review_value.returnPressed.connect(self.review_reason.setFocus)
        denied = why_not(ctx.actor, "collect.review")
        if denied:
            self.review_box.setEnabled(False)
            self.review_box.setToolTip(denied)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.unit_title)
        side_layout.addLayout(opens)
        side_layout.addLayout(more)
        side_layout.addWidget(self.notice)
        side_layout.addWidget(self.review_box)
        side_layout.addStretch(1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.items)
        lower.addWidget(side)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("collectSplitter")
        self.splitter.addWidget(self.units)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.filter.textChanged.connect(self.units_proxy.setFilterFixedString)
        self.show_choice.currentIndexChanged.connect(self.units_proxy.set_show)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_filter)
        self._unit_chosen_enabled(False)
        self.refresh()

    # ----------------------------------------------------------------- data

    def refresh(self) -> None:
        state = collect_state(self.ctx.store)
        rows = unit_rows(state)
        keep = self.unit_code
        self.units_model.set_rows(rows, collect_desk.review_counts(state))
        received = sum(1 for r in rows if r.package_id and r.state != "draft")
        self.summary.setText(
            self.tr("{n} units: {received} received, {missing} not yet")
            .replace("{n}", str(len(rows)))
            .replace("{received}", str(received))
            .replace("{missing}", str(len(rows) - received))
        )
        if not getattr(self, "_sized", False) and rows:
            self._fit_columns()
            self._sized = True
        if keep is not None:
            self.select_unit(keep)
        elif self.unit_code is not None:
            self._show_items()

    def _fit_columns(self) -> None:
        """Each column but the last (which stretches) as wide as its heading and the text of
        its first rows, at most 220 pixels. resizeColumnsToContents asked the model for every
        role of every cell: 76 ms of the 140 ms a province's window took to build."""
        header = self.units.horizontalHeader()
        metrics = self.units.fontMetrics()
        # The delegate's text margins, the grid line, and a pixel or two Qt adds beyond them
        # (with exactly these, "not received" was elided at 1366×768).
        frame = self.units.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        margin = 2 * (frame + 1) + 4
        sample = range(min(self.units_proxy.rowCount(), FIT_ROWS))
        for column in range(cu.MISSING_COL):
            texts = (str(self.units_proxy.index(r, column).data() or "") for r in sample)
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0) + margin
            header.resizeSection(column, min(max(widest, header.sectionSizeHint(column)), 220))

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def select_unit(self, code: str) -> bool:
        for row in range(self.units_proxy.rowCount()):
            index = self.units_proxy.index(row, 0)
            if index.data(cu.CODE_ROLE) == code:
                self.units.setCurrentIndex(index)
                self.unit_code = code
                self._show_items()
                return True
        return False

    def _unit_chosen_enabled(self, on: bool) -> None:
        for widget in (
            self.report_button,
            self.ledger_button,
            self.evidence_button,
            self.differences_button,
        ):
            widget.setEnabled(on)

    def _unit_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = current.data(cu.CODE_ROLE) if current.isValid() else None
        if code == self.unit_code and self.items_model.rows:
            return
        self.unit_code = code
        self.notice.hide()
        self._show_items()

    def _show_items(self) -> None:
        code = self.unit_code
        item = self.current_item()
        if code is None:
            self.items_model.set_rows([])
            self.unit_title.setText(self.tr("Choose a unit above to see its items."))
            self._unit_chosen_enabled(False)
            return
        state = collect_state(self.ctx.store)
        unit = state.unit(code)
        received = code in state.packages or code in state.drafts
        self.items_model.set_rows(item_rows(state, code) if received else [])
        self.unit_title.setText(unit.name if unit is not None else code)
        self.report_button.setEnabled(received)
        self.ledger_button.setEnabled(received)
        self.evidence_button.setEnabled(received)
        self.differences = collect_desk.unit_differences(state, code)
        self.differences_button.setEnabled(bool(self.differences))
        self.differences_button.setToolTip(
            "\n".join(message_text(d.line) for d in self.differences)
            if self.differences
            else self.tr("The unit scored with this office's interpretations.")
            if code in state.packages
            else ""
        )
        if item is not None:
            row = self.items_model.row_of(item.code)
            if row >= 0:
                self.items.setCurrentIndex(self.items_model.index(row, 0))
        self._fill_review()

    def current_item(self) -> ItemRow | None:
        index = self.items.currentIndex()
        if not index.isValid() or index.row() >= len(self.items_model.rows):
            return None
        return self.items_model.rows[index.row()]

    def select_item(self, code: str) -> bool:
        row = self.items_model.row_of(code)
        if row < 0:
            return False
        self.items.setCurrentIndex(self.items_model.index(row, ci.TITLE))
        return True

    def _item_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._fill_review()

    def show_differences(self) -> QWidget | None:
        """The chosen unit's interpretations that differ from this office's."""
        from evaldesk.ui.dialogs.collect_differences import DifferencesDialog

        if not self.differences:
            return None
        dialog = DifferencesDialog(self.unit_title.text(), self.differences, self)
        dialog.open()
        return dialog

    # ----------------------------------------------------------------- reviewers' scores

    def _fill_review(self) -> None:
        item = self.current_item()
        target = (self.unit_code, item and item.code, self.review_kind.currentData())
        if target != self._review_target:
            # Another score chosen: the last message was about the one before. The save's own
            # change refreshes the overview (ctx.changed) and must leave its "Saved." shown.
            self.review_message.hide()
            self._review_target = target
        enabled = item is not None
        for widget in (self.review_value, self.review_reason, self.review_save, self.review_clear):
            widget.setEnabled(enabled)
        self.review_undo.setEnabled(False)
        self.review_history.clear()
        if item is None or self.unit_code is None:
            self.review_item.setText(self.tr("Choose an item of the unit."))
            self.review_value.clear()
            self.review_reason.clear()
            return
        top = cu.points(item.max) if item.max is not None else "—"
        self.review_item.setText(f"{item.code} {item.title}" + bracketed(top))
        kind = str(self.review_kind.currentData())
        value = item.initial if kind == "initial" else item.final_review
        self.review_value.setText(cu.points(value) if value is not None else "")
        self.review_reason.setText(item.reasons.get(kind, ""))
        self._fill_history(self.unit_code, item.code, kind)

    def _fill_history(self, unit: str, item: str, kind: str) -> None:
        changes = collect_scores.review_history(self.ctx.store, unit, item, kind)
        self.review_undo.setEnabled(collect_scores.undoable(changes) is not None)
        lines = []
        for change in changes[:HISTORY_SHOWN]:
            value = change.value if change.value is not None else self.tr("not scored")
            if change.undo:
                value = self.tr("undone, back to {value}").replace("{value}", value)
            who = person(self.ctx.store, change.actor)
            line = f"{local_time(change.at)}　{who}　{value}"
            lines.append(line + (bracketed(change.reason) if change.reason else ""))
        if len(changes) > HISTORY_SHOWN:
            lines.append(
                self.tr("… {n} earlier in the audit log").replace(
                    "{n}", str(len(changes) - HISTORY_SHOWN)
                )
            )
        title = self.tr("Changes of this score, newest first:")
        self.review_history.setText("\n".join([title, *lines]) if lines else "")

    def _say(self, text: str, bad: bool = True) -> None:
        self.review_message.setText(text)
        colour = theme.BAD if bad else theme.GOOD
        self.review_message.setStyleSheet(f"color: {colour.name()};")
        self.review_message.show()

    def save_review(self) -> bool:
        """Save the reviewer's score of the selected item; False (and why, on the form) if
        the service refused it."""
        item, code = self.current_item(), self.unit_code
        if item is None or code is None:
            return False
        kind = str(self.review_kind.currentData())
        text = self.review_value.text().strip()
        value: Decimal | str | None = text or None
        try:
            collect_scores.set_review(
                self.ctx.store,
                self.ctx.actor,
                code,
                item.code,
                kind,
                value,
                self.review_reason.text(),
            )
        except EvalDeskError as exc:
            self._say(error_text(exc))
            return False
        self.refresh()
        self.select_item(item.code)
        self._say(self.tr("Saved."), bad=False)
        return True

    def clear_review(self) -> bool:
        self.review_value.clear()
        return self.save_review()

    def undo_review(self) -> bool:
        """Put back the score as it was before its last change (a change of its own, audited)."""
        item, code = self.current_item(), self.unit_code
        if item is None or code is None:
            return False
        kind = str(self.review_kind.currentData())
        try:
            collect_scores.undo_review(self.ctx.store, self.ctx.actor, code, item.code, kind)
        except EvalDeskError as exc:
            self._say(error_text(exc))
            return False
        self.refresh()
        self.select_item(item.code)
        self._say(self.tr("The last change is undone."), bad=False)
        return True

    # ----------------------------------------------------------------- opening files

    def _opened(self, path: Any) -> None:
        if launch.launch(path):
            self.notice.hide()
            return
        self.notice.setText(
            self.tr("No program on this computer opens {name}. A checked copy is at:\n{path}")
            .replace("{name}", path.name)
            .replace("{path}", str(path))
        )
        self.notice.setStyleSheet(f"color: {theme.WARN.name()};")
        self.notice.show()

    def _fail(self, exc: EvalDeskError) -> None:
        self.notice.setText(error_text(exc))
        self.notice.setStyleSheet(f"color: {theme.BAD.name()};")
        self.notice.show()

    def open_report(self) -> None:
        if self.unit_code is None:
            return
        try:
            self._opened(collect_desk.open_report(self.ctx.store, self.unit_code))
        except EvalDeskError as exc:
            self._fail(exc)

    def open_ledger(self) -> None:
        if self.unit_code is None:
            return
        try:
            self._opened(collect_desk.open_ledger(self.ctx.store, self.unit_code))
        except EvalDeskError as exc:
            self._fail(exc)

    def open_evidence(self, choice: int | None = None) -> None:
        """The unit's evidence for the selected item: one file opens at once, several offer a
        menu (``choice`` picks one without it)."""
        item, code = self.current_item(), self.unit_code
        if item is None or code is None:
            return
        try:
            entries = collect_desk.item_evidence(self.ctx.store, code, item.code)
            if not entries:
                self.notice.setText(
                    self.tr("{unit} attached no evidence to {item}.")
                    .replace("{unit}", self.unit_title.text())
                    .replace("{item}", item.code)
                )
                self.notice.setStyleSheet(f"color: {theme.WARN.name()};")
                self.notice.show()
                return
            if choice is None and len(entries) > 1:
                menu = QMenu(self)
                for n, entry in enumerate(entries):
                    action = menu.addAction(f"{entry.ref} {entry.original_name}")
                    action.triggered.connect(lambda _c=False, n=n: self.open_evidence(n))
                menu.popup(
                    self.evidence_button.mapToGlobal(self.evidence_button.rect().bottomLeft())
                )
                return
            entry = entries[choice or 0]
            self._opened(collect_desk.open_evidence(self.ctx.store, code, entry))
        except EvalDeskError as exc:
            self._fail(exc)
