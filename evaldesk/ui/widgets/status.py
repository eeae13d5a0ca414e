"""The status bar: office, signed-in user and role, the assessment year (a selector), the total."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QStatusBar, QWidget

from evaldesk.scoring.report import ScoreReport
from evaldesk.services import records_lookup
from evaldesk.ui import permissions
from evaldesk.ui.context import AppContext
from evaldesk.ui.errors import guarded
from evaldesk.ui.widgets.steady_text import set_steady_text


class StatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("statusBar")
        self.office = QLabel()
        self.office.setObjectName("statusOffice")
        self.user = QLabel()
        self.user.setObjectName("statusUser")
        self.year_label = QLabel(self.tr("Year:"))
        self.year = QComboBox()
        self.year.setObjectName("yearSelector")
        self.year.setToolTip(self.tr("The assessment year shown"))
        self.year.activated.connect(self._year_chosen)
        self.total = QLabel()
        self.total.setObjectName("statusTotal")
        self.addWidget(self.office)
        self.addPermanentWidget(self.total)
        self.addPermanentWidget(self.user)
        self.addPermanentWidget(self.year_label)
        self.addPermanentWidget(self.year)
        ctx.score_changed.connect(self.show_total)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self.office.setText(records_lookup.office_name(self.ctx.store))
        actor = self.ctx.actor
        self.user.setText(
            self.tr("{name} ({role})")
            .replace("{name}", actor.display_name)
            .replace("{role}", permissions.role_name(actor.role))
        )
        self.year.blockSignals(True)
        self.year.clear()
        for year in records_lookup.years(self.ctx.store):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(self.ctx.year)))
        self.year.blockSignals(False)
        self.show_total(self.ctx.report())

    def show_total(self, report: ScoreReport) -> None:
        from evaldesk.ui.widgets.score_panel import describe

        label = (
            self.tr("Rating {total}")
            if self.ctx.rubric.kind == "rating"
            else self.tr("Score {total}")
        )
        set_steady_text(self.total, label.replace("{total}", describe(self.ctx, report)))

    def _on_changed(self, kinds: set[str]) -> None:
        if kinds & {"year", "office", "users"}:
            self.refresh()

    def _year_chosen(self, index: int) -> None:
        year = self.year.itemData(index)
        if year is not None and year != self.ctx.year:
            with guarded(self.window()):
                self.ctx.set_year(int(year))
