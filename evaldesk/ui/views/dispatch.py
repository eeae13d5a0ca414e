"""季度调度: the year's four quarterly dispatch reports.

A table of the quarters (due on the 25th of the quarter's last month, when submitted, on
time / late / missing / not yet due, locked); below it the selected quarter's progress text per
rubric area, its attachments, and save / submit / withdraw. An approved quarter is read-only and
says who approved it and that a head must unlock it.

Withdrawing a submission asks first, saying what it costs now; the date it cleared is proposed
again, so re-submitting after a correction does not turn an on-time report late.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.services import dispatch, score_effect
from evaldesk.services.dispatch import QuarterView
from evaldesk.services.evidence import dispatch_link
from evaldesk.services.evidence_browse import evidence_of, human_size
from evaldesk.services.records_lookup import section_choices
from evaldesk.services.roles import why_not
from evaldesk.ui.errors import guarded
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP
from evaldesk.ui.ops import Op
from evaldesk.ui.widgets.attach import AttachResult, attach_files
from evaldesk.ui.widgets.file_drop import dropped_paths
from evaldesk.ui.widgets.ledger_cost import confirm, points_change
from evaldesk.ui.widgets.ledger_dates import TypedDateEdit

STATE_LABELS = {
    "on_time": QT_TRANSLATE_NOOP("DispatchView", "On time"),
    "late": QT_TRANSLATE_NOOP("DispatchView", "Late"),
    "missing": QT_TRANSLATE_NOOP("DispatchView", "Missing"),
    "pending": QT_TRANSLATE_NOOP("DispatchView", "Not yet due"),
}
STATE_COLOURS = {
    "on_time": QColor(30, 120, 50),
    "late": QColor(190, 90, 0),
    "missing": QColor(176, 0, 32),
    "pending": QColor(90, 90, 90),
}
HEADERS = (
    QT_TRANSLATE_NOOP("DispatchView", "Quarter"),
    QT_TRANSLATE_NOOP("DispatchView", "Due"),
    QT_TRANSLATE_NOOP("DispatchView", "Submitted"),
    QT_TRANSLATE_NOOP("DispatchView", "Status"),
    QT_TRANSLATE_NOOP("DispatchView", "Approval"),
)
COL_QUARTER, COL_DUE, COL_SUBMITTED, COL_STATE, COL_LOCK = range(5)


def tr(text: str) -> str:
    return QCoreApplication.translate("DispatchView", text)


def state_label(state: str) -> str:
    return tr(STATE_LABELS[state]) if state in STATE_LABELS else state


class AttachmentList(QListWidget):
    """The quarter's attachments; files dropped here are attached to the quarter."""

    def __init__(self, view: DispatchView) -> None:
        super().__init__()
        self._view = view
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()) and not self._view.read_only:
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent  # type: ignore[assignment]

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self._view.attach(paths)


class DispatchView(QWidget):
    def __init__(
        self, ctx: Any, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.quarters: list[QuarterView] = []
        self.read_only = True
        self.last_op: Op[Any] | None = None
        self.confirm_box: QMessageBox | None = None
        self._message_quarter: int | None = None  # the quarter the status line speaks of

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(4 * 30 + 34)
        self.table.setTabKeyNavigation(False)  # a quarter is a row: Tab goes on to its text

        self.title = QLabel()
        self.title.setObjectName("dispatchQuarterTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("dispatchLockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(
            "background: #fff4e5; border: 1px solid #f0b35a; padding: 6px; color: #6b3d00;"
        )
        self.lock_banner.hide()

        self.editors: dict[str, QPlainTextEdit] = {}
        areas = QWidget()
        self.areas_form = QFormLayout(areas)
        self.areas_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(areas)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(54)
        self.submitted_edit = TypedDateEdit()
        self.date_hint = QLabel()
        self.date_hint.setObjectName("dispatchDateHint")
        self.date_hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save draft"))
        self.submit_button = QPushButton(self.tr("S&ubmit"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw submission"))
        self.attach_button = QPushButton(self.tr("&Attach files…"))
        self.attachments = AttachmentList(self)
        self.attachments.setToolTip(self.tr("Drop files here to attach them to this quarter"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.title)
        editor_layout.addWidget(self.lock_banner)
        editor_layout.addWidget(QLabel(self.tr("Progress by area")))
        editor_layout.addWidget(scroll, 1)
        note_row = QFormLayout()
        note_row.addRow(self.tr("Note"), self.note_edit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.submitted_edit)
        date_row.addWidget(self.date_hint, 1)
        note_row.addRow(self.tr("Submitted on"), date_row)
        editor_layout.addLayout(note_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        editor_layout.addLayout(buttons)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Attachments")))
        side_layout.addWidget(self.attachments, 1)
        side_layout.addWidget(self.attach_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.table.currentCellChanged.connect(lambda *_: self.show_quarter())
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.attach_button.clicked.connect(self.choose_attachments)
        ctx.changed.connect(self.on_changed)
        self._build_editors()
        self.reload()
        self.table.selectRow(self._default_row())

    # ------------------------------------------------------------------ data

    def _day(self) -> date:
        return self.today or date.today()

    def _build_editors(self) -> None:
        while self.areas_form.rowCount():
            self.areas_form.removeRow(0)
        self.editors = {}
        for choice in section_choices(self.ctx.store, self.ctx.year):
            edit = QPlainTextEdit()
            edit.setFixedHeight(64)
            edit.setPlaceholderText(
                self.tr("Progress this quarter in %1").replace("%1", choice.title)
            )
            self.editors[choice.code] = edit
            label = QLabel(choice.label)
            label.setWordWrap(True)
            label.setMinimumWidth(150)
            label.setMaximumWidth(220)
            self.areas_form.addRow(label, edit)
        # The areas are made after the note and the date: put them back in reading order.
        chain = [self.table, *self.editors.values(), self.note_edit, self.submitted_edit]
        chain += [self.save_button, self.submit_button, self.withdraw_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _default_row(self) -> int:
        """The first quarter still to be written, else the last one."""
        for row, quarter in enumerate(self.quarters):
            if quarter.record.submitted_date is None:
                return row
        return max(0, len(self.quarters) - 1)

    def reload(self) -> None:
        row = self.table.currentRow()
        self.quarters = dispatch.overview(self.ctx.store, self.ctx.year, today=self._day())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.quarters))
        for r, q in enumerate(self.quarters):
            rec = q.record
            values = (
                self.tr("Q%1").replace("%1", str(rec.quarter)),
                rec.due_date.isoformat(),
                rec.submitted_date.isoformat() if rec.submitted_date else "—",
                state_label(q.state),
                self.tr("Approved, locked") if q.locked else "",
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == COL_STATE:
                    item.setForeground(QBrush(STATE_COLOURS.get(q.state, QColor(0, 0, 0))))
                    item.setData(Qt.ItemDataRole.UserRole, q.state)
                if c == COL_SUBMITTED and q.state == "late" and rec.submitted_date:
                    days = (rec.submitted_date - rec.due_date).days
                    item.setToolTip(
                        self.tr("%1 day(s) after the due date").replace("%1", str(days))
                    )
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        if 0 <= row < len(self.quarters):
            self.table.selectRow(row)
        self.show_quarter()

    def current(self) -> QuarterView | None:
        row = self.table.currentRow()
        return self.quarters[row] if 0 <= row < len(self.quarters) else None

    def lock_reason(self, quarter: QuarterView) -> str | None:
        """Who approved (and so locked) the quarter or the year: the service's own message."""
        return quarter.lock.text() if quarter.lock is not None else None

    def show_quarter(self) -> None:
        quarter = self.current()
        if quarter is None:
            return
        rec = quarter.record
        self.title.setText(
            self.tr("Quarter %1 of %2 — due %3")
            .replace("%1", str(rec.quarter))
            .replace("%2", str(rec.year))
            .replace("%3", rec.due_date.isoformat())
            + "  ·  "
            + state_label(quarter.state)
        )
        for code, edit in self.editors.items():
            edit.setPlainText(rec.progress.get(code, ""))
        self.note_edit.setPlainText(rec.note)
        withdrawn = dispatch.withdrawn_date(self.ctx.store, rec)
        if withdrawn is not None and withdrawn > self._day():
            withdrawn = None  # the PC's clock is behind it: a future day would be refused
        day = rec.submitted_date or withdrawn or min(self._day(), date(rec.year, 12, 31))
        self.submitted_edit.set_day(day)
        self.date_hint.setText(
            self.tr("The date of the withdrawn submission") if withdrawn is not None else ""
        )
        if self._message_quarter is not None and self._message_quarter != rec.quarter:
            self.say(None, "")
        reason = self.lock_reason(quarter)
        refused = why_not(self.ctx.actor, "dispatch.edit")
        role = refused.text() if refused is not None else None
        self.read_only = reason is not None or role is not None
        self.lock_banner.setText(reason or "")
        self.lock_banner.setVisible(reason is not None)
        for edit in (*self.editors.values(), self.note_edit):
            edit.setReadOnly(self.read_only)
        self.submitted_edit.setReadOnly(self.read_only)
        for button in (
            self.save_button,
            self.submit_button,
            self.withdraw_button,
            self.attach_button,
        ):
            button.setEnabled(not self.read_only)
            button.setToolTip(reason or role or "")
        self.withdraw_button.setEnabled(not self.read_only and rec.submitted_date is not None)
        self._fill_attachments(rec.id)

    def _fill_attachments(self, dispatch_id: int) -> None:
        self.attachments.clear()
        for ev in evidence_of(self.ctx.store, self.ctx.year, dispatch_link(dispatch_id)):
            item = QListWidgetItem(f"{ev.original_name}  ({human_size(ev.size)})")
            item.setData(Qt.ItemDataRole.UserRole, ev.id)
            item.setToolTip(ev.original_name)
            self.attachments.addItem(item)

    def progress_text(self) -> dict[str, str]:
        return {code: edit.toPlainText() for code, edit in self.editors.items()}

    def on_changed(self, kinds: set[str]) -> None:
        if "year" in kinds:
            self._build_editors()
            self.reload()
        elif kinds & {"dispatch", "approval", "evidence"}:
            self.reload()

    # ------------------------------------------------------------------ actions

    def save(self) -> None:
        quarter = self.current()
        if quarter is None:
            return
        with guarded(self):
            dispatch.save_progress(
                self.ctx.store,
                self.ctx.actor,
                self.ctx.year,
                quarter.record.quarter,
                self.progress_text(),
                note=self.note_edit.toPlainText(),
            )
            self.say(
                quarter.record.quarter,
                self.tr("Draft of quarter %1 saved").replace("%1", str(quarter.record.quarter)),
            )
            self.reload()

    def submit(self) -> None:
        quarter = self.current()
        if quarter is None:
            return
        day = self.submitted_edit.day()
        with guarded(self):
            dispatch.submit(
                self.ctx.store,
                self.ctx.actor,
                self.ctx.year,
                quarter.record.quarter,
                self.progress_text(),
                submitted_date=day,
                note=self.note_edit.toPlainText(),
                today=self._day(),
            )
            self.say(
                quarter.record.quarter,
                self.tr("Quarter %1 submitted on %2")
                .replace("%1", str(quarter.record.quarter))
                .replace("%2", day.isoformat()),
            )
            self.reload()

    def say(self, quarter: int | None, text: str) -> None:
        """The status line, about ``quarter`` (cleared when another quarter is shown)."""
        self._message_quarter = quarter
        self.message.setText(text)

    def withdraw(self) -> QMessageBox | None:
        """Ask first (with what it costs now), then withdraw; the date is kept to re-submit."""
        quarter = self.current()
        if quarter is None or quarter.record.submitted_date is None:
            return None
        rec = quarter.record
        submitted = quarter.record.submitted_date
        effect = score_effect.dispatch_effect(self.ctx.live, rec, None)
        text = self.tr(
            "Withdraw the submission of quarter %1 (submitted %2)?\n\n"
            "Until it is submitted again it counts as not submitted: %3. "
            "Submitting again proposes %2 again."
        )
        text = (
            text.replace("%1", str(rec.quarter))
            .replace("%2", submitted.isoformat())
            .replace("%3", points_change(effect))
        )
        self.confirm_box = confirm(
            self,
            self.tr("Withdraw submission"),
            text,
            self.tr("Withdraw"),
            lambda: self._withdraw(rec.quarter),
        )
        return self.confirm_box

    def _withdraw(self, number: int) -> None:
        with guarded(self):
            dispatch.withdraw(self.ctx.store, self.ctx.actor, self.ctx.year, number)
            self.say(
                number, self.tr("Submission of quarter %1 withdrawn").replace("%1", str(number))
            )
            self.reload()

    def choose_attachments(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files to the quarter"))
        if names:
            self.attach([Path(n) for n in names])

    def attach(self, paths: list[Path]) -> Op[AttachResult] | None:
        quarter = self.current()
        if quarter is None or self.read_only:
            return None

        def done(result: AttachResult) -> None:
            text = self.tr("%1 file(s) attached to quarter %2").replace(
                "%1", str(len(result.added))
            )
            self.say(quarter.record.quarter, text.replace("%2", str(quarter.record.quarter)))
            self.reload()

        self.last_op = attach_files(
            self, self.ctx, paths, [dispatch_link(quarter.record.id)], on_done=done
        )
        return self.last_op
