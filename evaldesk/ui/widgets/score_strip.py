"""The score strip: one line above the views with the total, the maximum still attainable and
what costs points, each count a button that opens what stands behind it; the largest losses
in a menu; and the button that shows the score panel's details beside the views.

Before the data folder is open it shows the last score kept for it (evaldesk.ui.last_score),
muted and marked 截至 with its time; the live report replaces it. Only PySide6 is imported
here: the strip is part of the window's first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from evaldesk.ui import theme
from evaldesk.ui.widgets.steady_text import set_steady_text

if TYPE_CHECKING:
    from evaldesk.scoring.report import ItemResult, ScoreReport
    from evaldesk.ui.context import AppContext
    from evaldesk.ui.last_score import LastScore
    from evaldesk.ui.widgets.score_counts import CountRow

#: Rows of the losses menu, per kind (real losses, items not assessed yet).
LOSSES_IN_MENU = 8


def swatch(colour: QColor, size: int = 10) -> QIcon:
    """A small square of ``colour`` (the legend's and the menu's marks)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return QIcon(pixmap)


def set_colour(label: QWidget, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), colour)
    label.setPalette(palette)


class ScoreStrip(QFrame):
    """``count_activated(source)``, ``item_activated(code)``, ``details_toggled(shown)``."""

    count_activated = Signal(str)
    item_activated = Signal(str)
    details_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 6, 2)
        row.setSpacing(6)

        self.title = QLabel(self.tr("Self-assessment score"))
        self.total = QLabel()
        self.total.setObjectName("stripTotal")
        big = QFont(self.total.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.total.setFont(big)
        # sized for its widest text so far (steady_text): a shorter total sits against "/ 106"
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.out_of = QLabel()
        self.out_of.setObjectName("stripOutOf")
        bold = QFont(self.out_of.font())
        bold.setBold(True)
        self.out_of.setFont(bold)
        self.when = QLabel()
        self.when.setObjectName("stripWhen")
        set_colour(self.when, theme.MUTED)
        self.attainable = QLabel()
        self.attainable.setObjectName("stripAttainable")
        for widget in (self.title, self.total, self.out_of, self.when, self.attainable):
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        self.counts_row = QHBoxLayout()
        self.counts_row.setSpacing(0)
        row.addLayout(self.counts_row)
        self.count_buttons: dict[str, QToolButton] = {}
        self._count_texts: dict[str, tuple[str, str]] = {}
        #: how much the strip gave up to fit: 0 nothing, 1 its title and what is attainable,
        #: 2 also the counts' words (their numbers stay; the words are in their tooltips)
        self._squeeze = 0

        self.losses = QToolButton()
        self.losses.setObjectName("stripLosses")
        # Fusion's menu indicator is a 5 px mark at the baseline that reads as punctuation
        # (seen at 1366×768): a plain arrow in the text instead.
        self.losses.setText(self.tr("Largest losses") + " ▾")
        self.losses.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.losses.setAutoRaise(True)
        self.losses.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.losses_menu = QMenu(self.losses)
        self.losses_menu.aboutToShow.connect(self._fill_losses)
        self._losses: tuple[list[ItemResult], list[ItemResult]] = ([], [])
        self.losses.setMenu(self.losses_menu)
        self.losses.setVisible(False)
        row.addWidget(self.losses)
        row.addStretch(1)

        self.details = QToolButton()
        self.details.setObjectName("stripDetails")
        self.details.setCheckable(True)
        self.details.setAutoRaise(True)
        self.details.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details.toggled.connect(self._details_toggled)
        self._details_look(False)
        self.details.setEnabled(False)
        row.addWidget(self.details)

    # ----------------------------------------------------------------- before the data

    def show_last_known(self, last: LastScore) -> None:
        """The score kept from the last time, muted and marked with its time."""
        set_steady_text(self.total, last.total)
        self.out_of.setText(last.out_of)
        for label in (self.total, self.out_of):
            set_colour(label, theme.MUTED)
        self.when.setText(self.tr("as of %1").replace("%1", last.at.strftime("%Y-%m-%d %H:%M")))
        self.when.setToolTip(
            self.tr(
                "The score when the data folder was last open; the live score replaces it once the data is read."
            )
        )
        self.when.setVisible(True)

    @property
    def last_known(self) -> bool:
        """Whether the number shown is the kept one, not yet the live score."""
        return not self.when.isHidden() and bool(self.when.text())

    # ----------------------------------------------------------------- the live score

    def show_report(self, ctx: AppContext, report: ScoreReport) -> None:
        """The live total (or, for a rated rubric, the rating) and what is still attainable."""
        from evaldesk.decimals import fmt_points
        from evaldesk.ui.widgets.interpretation_marks import marked, tooltip
        from evaldesk.ui.widgets.score_panel import stated_max

        maximum = stated_max(ctx, report)
        rated = ctx.rubric.kind == "rating"
        self.title.setText(
            self.tr("Self-assessment rating") if rated else self.tr("Self-assessment score")
        )
        if rated:
            total, out_of, colour = report.grade or self.tr("not rated yet"), "", theme.BAR
            ceiling = report.rating_ceiling or report.grade or ""
            attainable = (
                self.tr("best still possible: %1").replace("%1", ceiling) if ceiling else ""
            )
        else:
            total = fmt_points(report.total)
            out_of = (
                marked(f"/ {fmt_points(maximum)}", report.total_interpretations) if maximum else ""
            )
            if report.grade:
                out_of += f"（{report.grade}）"
            colour = (
                theme.score_colour(float(report.total), float(maximum)) if maximum else theme.MUTED
            )
            attainable = self.tr("max. attainable %1").replace("%1", fmt_points(report.attainable))
        set_steady_text(self.total, total)
        if self.out_of.text() != out_of:
            self.out_of.setText(out_of)
        why = tooltip(report, report.total_interpretations)
        for label in (self.total, self.out_of):
            set_colour(label, colour)
            label.setToolTip(why)
        self.when.clear()
        self.when.setVisible(False)
        set_steady_text(self.attainable, attainable)
        self.details.setEnabled(True)

    def show_counts(self, rows: list[CountRow]) -> None:
        from evaldesk.ui.widgets.score_counts import not_scored_text

        texts_before = dict(self._count_texts)
        for row in rows:
            button = self.count_buttons.get(row.source)
            if button is None:
                button = QToolButton()
                button.setObjectName(f"stripCount_{row.source}")
                button.setAutoRaise(True)
                button.clicked.connect(lambda _c=False, s=row.source: self.count_activated.emit(s))
                self.counts_row.addWidget(button)
                self.count_buttons[row.source] = button
            # A count no rule reads is left out unless there is something to see.
            button.setVisible(row.scored or row.value > 0)
            self._count_texts[row.source] = (f"{row.short} {row.value}", str(row.value))
            button.setText(self._count_texts[row.source][self._squeeze > 1])
            button.setEnabled(row.value > 0)
            colour = theme.BAD if row.value and row.scored else theme.MUTED
            set_colour(button, colour)
            tip = row.label + ("" if row.scored else not_scored_text())
            if row.value:
                tip += "\n" + self.tr("Click to see them.")
            button.setToolTip(tip)
        if self._count_texts != texts_before:  # most ticks change no count: no refit then
            self._fit()

    def show_losses(self, real: list[ItemResult], unassessed: list[ItemResult]) -> None:
        # The menu is made when it opens: made on every tick it cost ~1 ms of the tick.
        self._losses = (real, unassessed)
        self.losses.setVisible(bool(real or unassessed))

    def _fill_losses(self) -> None:
        from evaldesk.decimals import fmt_points

        real, unassessed = self._losses
        self.losses_menu.clear()
        for heading, items, colour in (
            (self.tr("Points lost"), real, theme.BAD),
            (self.tr("Not assessed yet (counted as lost for now)"), unassessed, theme.WARN),
        ):
            if not items:
                continue
            self.losses_menu.addSection(heading)
            for item in items[:LOSSES_IN_MENU]:
                action = self.losses_menu.addAction(
                    swatch(colour), f"−{fmt_points(item.loss)}　{item.code} {item.title}"
                )
                action.triggered.connect(lambda _c=False, c=item.code: self.item_activated.emit(c))

    # ----------------------------------------------------------------- fitting

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Give up words, least needed first, until the strip fits its width (a narrow window,
        or a translation longer than the Chinese and English the strip was laid out for)."""
        for squeeze in range(3):
            self._squeeze_to(squeeze)
            # both layouts: the counts' own row keeps its size until events run
            self.counts_row.invalidate()
            self.row.invalidate()
            if self.row.minimumSize().width() <= self.width():
                return

    def _squeeze_to(self, squeeze: int) -> None:
        if squeeze == self._squeeze:
            return
        self._squeeze = squeeze
        self.title.setHidden(squeeze >= 1)
        self.attainable.setHidden(squeeze >= 1)
        for source, texts in self._count_texts.items():
            self.count_buttons[source].setText(texts[squeeze >= 2])

    # ----------------------------------------------------------------- details

    def _details_toggled(self, shown: bool) -> None:
        self._details_look(shown)
        self.details_toggled.emit(shown)

    def set_details_shown(self, shown: bool) -> None:
        """Show the button as the panel is (without asking for it again)."""
        self.details.blockSignals(True)
        self.details.setChecked(shown)
        self.details.blockSignals(False)
        self._details_look(shown)

    def _details_look(self, shown: bool) -> None:
        # The panel opens to the right: the arrow points where it goes.
        self.details.setArrowType(Qt.ArrowType.RightArrow if shown else Qt.ArrowType.LeftArrow)
        self.details.setText(self.tr("Hide details") if shown else self.tr("Score details"))
