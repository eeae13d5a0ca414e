"""What stands behind a count that costs points: the exact ledger entries or quarters the live
score counted (evaldesk.services.drilldown), the rules that deduct for them, and a way to them.

Opened from the score strip, the score panel and any "6件×2分" line (MainWindow.show_counted).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.services import drilldown
from evaldesk.ui.context import AppContext
from evaldesk.ui.models.records_labels import status_label
from evaldesk.ui.widgets.score_counts import label_of

#: Row data: the entry's id or the quarter (Qt.ItemDataRole.UserRole of the first cell).
TargetRole = Qt.ItemDataRole.UserRole


class CountedDialog(QDialog):
    """``show_in_view(where, target)``: show the rows in the ledger (``target`` an entry id or
    None) or in the quarterly dispatch (``target`` a quarter or None)."""

    show_in_view = Signal(str, object)

    def __init__(self, ctx: AppContext, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countedDialog")
        self.ctx = ctx
        self.behind = drilldown.behind(ctx.store, ctx.year, source, ctx.live.as_of())
        name = label_of(source) or self.tr("Quarters not reported on time")
        self.setWindowTitle(f"{name}: {len(self.behind)}")

        lines = drilldown.lines_reading(ctx.rubric, ctx.report(), source)
        judged = self.tr("Counted as of %1 (the start of that day).").replace(
            "%1", self.behind.as_of.isoformat()
        )
        # Outside the f-strings: lupdate does not see a tr() inside one.
        deducts = self.tr("The score deducts for them:")
        deducts_none = self.tr("No rule of this rubric deducts for them.")
        if lines:
            rules = "".join(
                f"<li>{escape(c.line.code)}　{escape(c.line.line())}</li>" for c in lines
            )
            text = f"<p>{escape(judged)} {escape(deducts)}</p><ul>{rules}</ul>"
        else:
            text = f"<p>{escape(judged)} {escape(deducts_none)}</p>"
        self.intro = QLabel(text)
        self.intro.setObjectName("countedIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)

        self.table = QTableWidget()
        self.table.setObjectName("countedRows")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        if self.behind.where == "ledger":
            self._fill_entries()
            show = self.tr("&Show in the ledger")
        else:
            self._fill_quarters()
            show = self.tr("&Show in quarterly dispatch")
        self.table.doubleClicked.connect(lambda _index: self._show(self._current()))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = QPushButton(show)
        self.show_button.setObjectName("countedShow")
        self.buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.clicked.connect(lambda: self._show(self._current()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        if self.table.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def _fill(self, headers: list[str], rows: Sequence[tuple[object, list[str]]]) -> None:
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, (target, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if c == 0:
                    cell.setData(TargetRole, target)
                self.table.setItem(r, c, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _fill_entries(self) -> None:
        rows = [
            (
                e.entry.id,
                [
                    str(e.entry.id),
                    e.entry.title,
                    e.entry.responsible,
                    e.entry.deadline.isoformat(),
                    e.entry.done_date.isoformat()
                    if e.entry.done_date
                    else status_label(e.entry.status),
                    str(e.days_late),
                ],
            )
            for e in self.behind.entries
        ]
        self._fill(
            [
                self.tr("No."),
                self.tr("Title"),
                self.tr("Responsible"),
                self.tr("Deadline"),
                self.tr("Done"),
                self.tr("Days late"),
            ],
            rows,
        )

    def _fill_quarters(self) -> None:
        rows = [
            (
                q.record.quarter,
                [
                    self.tr("Quarter %1").replace("%1", str(q.record.quarter)),
                    self.tr("Reported late") if q.state == "late" else self.tr("Not reported"),
                    q.record.due_date.isoformat(),
                    q.record.submitted_date.isoformat() if q.record.submitted_date else "",
                    str(q.days_late),
                ],
            )
            for q in self.behind.quarters
        ]
        self._fill(
            [
                self.tr("Quarter"),
                self.tr("What"),
                self.tr("Due"),
                self.tr("Reported"),
                self.tr("Days late"),
            ],
            rows,
        )

    def _current(self) -> object:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 else None
        return cell.data(TargetRole) if cell is not None else None

    def _show(self, target: object) -> None:
        self.show_in_view.emit(self.behind.where, target)
        self.accept()
