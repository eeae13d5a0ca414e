"""The receiving office's results (issue 18, finding 4): the final composite, place and grade
of every unit, and each ranking item unit by unit within its group (place, the figure ranked,
the points, and how the place came about), as services.collect_results computes them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evaldesk.services.collect_overview import unit_rows
from evaldesk.services.collect_results import collect_state
from evaldesk.ui.collect.fit import fit_size, listed
from evaldesk.ui.message_text import message_text
from evaldesk.ui.models.collect_units import points


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSortingEnabled(False)
    return table


def _fill(
    table: QTableWidget, rows: list[list[str]], stretch: int, numeric: tuple[int, ...] = ()
) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class RankingDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("collectRanking")
        self.setWindowTitle(self.tr("Ranking and finals"))
        self.state = collect_state(ctx.store)
        parts = list(self.state.stated.parts)
        self.finals = _table(
            "collectFinals",
            [
                self.tr("Place"),
                self.tr("Unit"),
                self.tr("Group"),
                *(p.title for p in parts),
                self.tr("Final score"),
                self.tr("Grade"),
                self.tr("Notes"),
            ],
        )
        rows = sorted(unit_rows(self.state), key=lambda r: (r.place or 10**6, r.name))
        _fill(
            self.finals,
            [
                [
                    str(r.place) if r.place is not None else "",
                    r.name,
                    r.group,
                    *(
                        points(r.parts_final.get(p.id)) if r.final is not None else ""
                        for p in parts
                    ),
                    points(r.final) if r.final is not None else "",
                    r.grade or "",
                    listed([message_text(n) for n in r.notes]),
                ]
                for r in rows
            ],
            stretch=self.finals.columnCount() - 1,
            numeric=(0, *range(3, 4 + len(parts))),
        )
        finals_page = QWidget()
        finals_layout = QVBoxLayout(finals_page)
        finals_layout.addWidget(self.finals)

        self.ranking_choice = QComboBox()
        self.ranking_choice.setObjectName("collectRankingItem")
        for n, result in enumerate(self.state.computed.rankings):
            self.ranking_choice.addItem(f"{result.ranked.item} {result.ranked.item_title}", n)
        self.ranking = _table(
            "collectRankingRows",
            [
                self.tr("Group"),
                self.tr("Place"),
                self.tr("Unit"),
                self.tr("Figure"),
                self.tr("Points"),
                self.tr("How"),
            ],
        )
        ranking_page = QWidget()
        ranking_layout = QVBoxLayout(ranking_page)
        if self.state.computed.rankings:
            ranking_layout.addWidget(self.ranking_choice)
            ranking_layout.addWidget(self.ranking, 1)
        else:
            none = QLabel(self.tr("This rubric has no ranking items."))
            none.setObjectName("collectNoRanking")
            ranking_layout.addWidget(none)
            ranking_layout.addStretch(1)
        self.ranking_choice.currentIndexChanged.connect(self._show_ranking)

        self.tabs = QTabWidget()
        self.tabs.addTab(finals_page, self.tr("Finals"))
        self.tabs.addTab(ranking_page, self.tr("Ranking items"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_size(self, 1100, 640)
        self._show_ranking()

    def _show_ranking(self) -> None:
        rankings = self.state.computed.rankings
        if not rankings:
            return
        result = rankings[max(0, self.ranking_choice.currentIndex())]
        names = {u.code: u.name for u in self.state.units}
        groups = {g.id: g.name for g in self.state.stated.unit_groups}
        rows = sorted(result.rows, key=lambda r: (r.group or "", r.place or 10**6, r.unit))
        _fill(
            self.ranking,
            [
                [
                    groups.get(r.group or "", r.group or ""),
                    str(r.place) if r.place is not None else "",
                    names.get(r.unit, r.unit),
                    points(r.value) if r.value is not None else "",
                    points(r.points) if r.points is not None else "",
                    message_text(r.detail),
                ]
                for r in rows
            ],
            stretch=5,
            numeric=(1, 3, 4),
        )
