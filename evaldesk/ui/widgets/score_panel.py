"""The score panel: the live score's details beside the views, shown on demand.

Total and grade, the maximum still attainable, the composite parts (季度调度 40% / 综合评估
60%), the counts that cost points (overdue ledger entries, late and missing quarters, items
not assessed or without evidence: each count a link to what stands behind it), each section
against its maximum (bars), the largest point losses, real ones (red) apart from items not
assessed yet (orange), with a legend (a click opens the item; a loss a count decided has a
line of its own that lists the counted entries or quarters), and the score through the year.
Everything comes from the ScoreReport the AppContext keeps current; the trend is recomputed in
the background (services.history). In the main window the score strip above the views shows
the total, so the panel hides its own (``show_total_block(False)``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evaldesk.decimals import fmt_points
from evaldesk.scoring.report import ItemResult, ScoreReport
from evaldesk.ui import theme
from evaldesk.ui.context import AppContext
from evaldesk.ui.widgets.charts import Bar, SectionBars, TrendChart
from evaldesk.ui.widgets.interpretation_marks import marked, tooltip
from evaldesk.ui.widgets.score_counts import (
    CountRow,
    count_rows,
    counted_sources,
    not_scored_text,
)

__all__ = ["ScorePanel", "counted_sources", "describe", "split_losses", "stated_max"]

#: Rows of the largest losses, per kind (real losses, items not assessed yet).
LOSSES_SHOWN = 5
#: What a row of the losses list leads to (Qt.ItemDataRole.UserRole): an item, or a count.
ITEM_ROW, COUNT_ROW = "item", "count"
TREND_DELAY_MS = 1500
TREND_FIRST_MS = 300


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 2)
    return label


class ScorePanel(QScrollArea):
    """Shows ``ctx.report()``; emits ``item_activated(code)`` when a loss is clicked and
    ``count_activated(source)`` when a count (or a loss a count decided) is."""

    item_activated = Signal(str)
    section_activated = Signal(str)
    count_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: Set by the main window: while hidden (collapsed to the strip) the panel is not redrawn
        #: on each tick, only when it is shown again (its lists took ~12 ms of a tick).
        self.only_when_shown = False
        self._stale = False
        self.setObjectName("scorePanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(260)
        body = QWidget()
        body.setObjectName("scorePanelBody")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)

        self.title = QLabel(self.tr("Self-assessment score"))
        self.title.setObjectName("scoreTitle")
        layout.addWidget(self.title)
        self.total_block: list[QWidget] = [self.title]
        # Plain text with a palette colour: a style sheet or rich text here would cost
        # milliseconds on every repaint of the number that changes with each tick.
        self.total = QLabel()
        self.total.setObjectName("scoreTotal")
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        big = QFont(self.total.font())
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        self.total.setFont(big)
        self.out_of = QLabel()
        self.out_of.setObjectName("scoreOutOf")
        self.out_of.setTextFormat(Qt.TextFormat.PlainText)
        middle = QFont(self.out_of.font())
        middle.setPointSizeF(middle.pointSizeF() * 1.4)
        middle.setBold(True)
        self.out_of.setFont(middle)
        total_row = QHBoxLayout()
        total_row.setSpacing(4)
        total_row.addWidget(self.total, 0, Qt.AlignmentFlag.AlignBaseline)
        total_row.addWidget(self.out_of, 0, Qt.AlignmentFlag.AlignBaseline)
        total_row.addStretch(1)
        self.total_row = QWidget()
        self.total_row.setLayout(total_row)
        total_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total_row)
        self.grade = QLabel()
        self.grade.setObjectName("scoreGrade")
        self.grade.setWordWrap(True)
        layout.addWidget(self.grade)
        self.attainable = QLabel()
        self.attainable.setObjectName("scoreAttainable")
        self.attainable.setWordWrap(True)
        layout.addWidget(self.attainable)
        self.total_block += [self.total_row, self.attainable]
        self.warning = QLabel()
        self.warning.setObjectName("scoreWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {theme.BAD.name()};")
        layout.addWidget(self.warning)

        self.parts_heading = _heading(self.tr("Composite"))
        layout.addWidget(self.parts_heading)
        self.parts = QGridLayout()
        self.parts.setHorizontalSpacing(8)
        self.parts.setColumnStretch(0, 1)
        layout.addLayout(self.parts)

        layout.addWidget(_heading(self.tr("What costs points")))
        self.counts = QLabel()
        self.counts.setObjectName("scoreCounts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        # Each count is a link to what stands behind it (mouse, or Tab and Enter).
        self.counts.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.counts.linkActivated.connect(self.count_activated)
        layout.addWidget(self.counts)

        self.sections_heading = _heading(self.tr("Sections"))
        layout.addWidget(self.sections_heading)
        self.bars = SectionBars()
        self.bars.setObjectName("sectionBars")
        self.bars.activated.connect(self.section_activated)
        layout.addWidget(self.bars)

        layout.addWidget(_heading(self.tr("Largest point losses")))
        lost, waiting = (
            self.tr("points lost"),
            self.tr("not assessed yet (counted as lost for now)"),
        )
        self.legend = QLabel(
            f"<span style='color:{theme.BAD.name()}'>■</span> {lost}　"
            f"<span style='color:{theme.WARN.name()}'>■</span> {waiting}"
        )
        self.legend.setObjectName("lossesLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        self.losses = QListWidget()
        self.losses.setObjectName("largestLosses")
        self.losses.setFrameShape(QFrame.Shape.NoFrame)
        self.losses.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.losses.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.losses.setCursor(Qt.CursorShape.PointingHandCursor)
        self.losses.itemClicked.connect(self._loss_clicked)
        self.losses.itemActivated.connect(self._loss_clicked)
        layout.addWidget(self.losses)

        self.trend_heading = _heading(self.tr("Score through the year"))
        layout.addWidget(self.trend_heading)
        self.trend = TrendChart()
        self.trend.setObjectName("scoreTrend")
        self.trend.placeholder = self.tr("Computing…")
        layout.addWidget(self.trend)

        layout.addStretch(1)

        self._trend_timer = QTimer(self)
        self._trend_timer.setSingleShot(True)
        self._trend_timer.setInterval(TREND_DELAY_MS)
        self._trend_timer.timeout.connect(self.refresh_trend)
        self._trend_op: Any = None
        self._part_ids: list[str] = []
        self._part_labels: list[list[QLabel]] = []
        self._losses_key: list[tuple[str, str, str, str]] = []
        self._scored: tuple[object, frozenset[str]] | None = None
        ctx.score_changed.connect(self.show_report)
        ctx.changed.connect(self._on_changed)
        # The first trend comes after the window is up, so it never delays the first paint.
        self._trend_timer.start(TREND_FIRST_MS)

    def show_total_block(self, shown: bool) -> None:
        """The title, total and maximum still attainable (the score strip shows them)."""
        for widget in self.total_block:
            widget.setVisible(shown)

    # ----------------------------------------------------------------- updates

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.show_report()

    def show_report(self, report: ScoreReport | None = None) -> None:
        if self.only_when_shown and self.isHidden():
            self._stale = True
            return
        self._stale = False
        report = report or self.ctx.report()
        maximum = stated_max(self.ctx, report)
        top = f" / {fmt_points(maximum)}" if maximum is not None else ""
        rated = self.ctx.rubric.kind == "rating"  # a rating (好/较好/一般), no points
        _set_text(self.total, (report.grade or "—") if rated else fmt_points(report.total))
        _set_text(self.out_of, marked(top.strip(), report.total_interpretations))
        why = tooltip(report, report.total_interpretations)
        if self.out_of.toolTip() != why:
            self.out_of.setToolTip(why)
            self.total.setToolTip(why)
        colour = theme.score_colour(float(report.total), float(maximum)) if maximum else theme.MUTED
        for label in (self.total, self.out_of):
            palette = label.palette()
            palette.setColor(label.foregroundRole(), colour)
            label.setPalette(palette)
        self._show_grade(report)
        self._show_parts(report)
        # A rated rubric's sections and year carry no points: bars of 0/0 and a flat line at
        # 0 would only mislead (seen at 1920×1080 with the 中农 demo).
        for widget in (self.sections_heading, self.bars, self.trend_heading, self.trend):
            if widget.isHidden() != rated:
                widget.setHidden(rated)
        self.bars.set_bars(
            [
                Bar(
                    s.code,
                    f"{s.code} {s.title}" if s.code != s.title else s.title,
                    s.score + s.bonus,
                    None if s.is_bonus else s.max,
                )
                for s in report.sections
            ]
        )
        self._show_losses(report)
        self._show_counts(report)

    def _show_grade(self, report: ScoreReport) -> None:
        lines = []
        if report.grade:
            lines.append(self.tr("Grade: {grade}").replace("{grade}", report.grade))
        if report.rating_ceiling:
            lines.append(
                self.tr("Best rating still possible: {rating}").replace(
                    "{rating}", report.rating_ceiling
                )
            )
        _set_text(self.grade, "　".join(lines))
        self.grade.setVisible(bool(lines))
        _set_text(
            self.attainable,
            self.tr("Maximum still attainable: {points}").replace(
                "{points}", fmt_points(report.attainable)
            )
            + ("　" + self._bonus_text(report) if report.bonus else ""),
        )
        warnings = []
        if report.vetoed:
            warnings.append(self.tr("One-vote veto: the total is 0."))
        if report.grade_cap:
            warnings.append(
                self.tr("A veto caps the grade at {grade}.").replace("{grade}", report.grade_cap)
            )
        warnings.extend(p.text() for p in report.problems[:3])
        _set_text(self.warning, "\n".join(warnings))
        self.warning.setVisible(bool(warnings))

    def _bonus_text(self, report: ScoreReport) -> str:
        """The bonus as earned and as it counts: inside a weighted part it adds less."""
        if report.bonus_added == report.bonus:
            return self.tr("bonus {points}").replace("{points}", fmt_points(report.bonus))
        return (
            self.tr("bonus {points} (adds {added} to the total)")
            .replace("{points}", fmt_points(report.bonus))
            .replace("{added}", fmt_points(report.bonus_added))
        )

    def _show_parts(self, report: ScoreReport) -> None:
        rows = [
            (
                part.id,
                (
                    f"{part.title} {fmt_points(part.weight * 100)}%",
                    f"{fmt_points(part.score)}"
                    + (
                        marked(f"/{fmt_points(part.max)}", part.interpretations) if part.max else ""
                    ),
                    f"→ {fmt_points(part.weighted)}",
                ),
            )
            for part in report.parts
        ]
        self.parts_heading.setVisible(bool(rows))
        if [pid for pid, _cells in rows] != self._part_ids:
            # The parts themselves changed (another year's rubric): new labels.
            while self.parts.count():
                taken = self.parts.takeAt(0)
                widget = taken.widget() if taken is not None else None
                if widget is not None:
                    widget.deleteLater()
            self._part_labels = []
            for row, (pid, cells) in enumerate(rows):
                labels = []
                for column in range(len(cells)):
                    label = QLabel()
                    label.setObjectName(f"part_{pid}_{column}")
                    if column:
                        label.setAlignment(Qt.AlignmentFlag.AlignRight)
                    else:
                        # Long part titles (如皋: 人力资源社会保障其他重点工作) wrap instead of
                        # widening the panel past the window.
                        label.setWordWrap(True)
                    self.parts.addWidget(label, row, column)
                    labels.append(label)
                self._part_labels.append(labels)
            self._part_ids = [pid for pid, _cells in rows]
        for labels, (_pid, cells), part in zip(self._part_labels, rows, report.parts, strict=True):
            for label, text in zip(labels, cells, strict=True):
                _set_text(label, text)
            labels[1].setToolTip(tooltip(report, part.interpretations))

    def _show_losses(self, report: ScoreReport) -> None:
        from evaldesk.services.drilldown import counted_lines

        real, unassessed = split_losses(report, LOSSES_SHOWN)
        rubric = self.ctx.rubric
        rows: list[tuple[str, str, str, QColor, str]] = []  # kind, target, text, colour, tip
        for items, colour in ((real, theme.BAD), (unassessed, theme.WARN)):
            if items is unassessed and items:
                rows.append(("", "", self.tr("Not assessed yet:"), theme.MUTED, ""))
            for item in items:
                reasons = [e.line() for e in item.explanations if e.effect < 0]
                text = f"−{fmt_points(item.loss)}　{item.code} {item.title}"
                rows.append((ITEM_ROW, item.code, text, colour, "\n".join(reasons) or item.title))
                for counted in counted_lines(rubric, report, item.code):
                    detail = counted.line.detail or counted.line.text
                    rows.append(
                        (
                            COUNT_ROW,
                            counted.source,
                            "　　↳ " + self.tr("%1: see them").replace("%1", detail),
                            theme.BAR,
                            counted.line.line(),
                        )
                    )
        key = [(kind, target, text, colour.name()) for kind, target, text, colour, _tip in rows]
        if key == self._losses_key and self.losses.count():
            return  # the same losses: keep the list (and its layout) as it is
        self._losses_key = key
        self.losses.clear()
        for kind, target, text, colour, tip in rows:
            entry = QListWidgetItem(text)
            if kind:
                entry.setData(Qt.ItemDataRole.UserRole, (kind, target))
                entry.setToolTip(tip)
            else:  # the heading of the items not assessed
                entry.setFlags(Qt.ItemFlag.NoItemFlags)
            entry.setForeground(colour)
            self.losses.addItem(entry)
        self.legend.setVisible(bool(unassessed))
        if not rows:
            entry = QListWidgetItem(self.tr("No points lost."))
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            self.losses.addItem(entry)
        count = max(1, self.losses.count())
        self.losses.setFixedHeight(count * (self.losses.sizeHintForRow(0) or 20) + 4)

    def _show_counts(self, report: ScoreReport) -> None:
        html = "<table cellspacing='0' cellpadding='1'>"
        for row in self.count_rows(report):
            colour = theme.BAD.name() if row.value and row.scored else theme.MUTED.name()
            label = row.label
            if not row.scored:
                # Still worth knowing, but this rubric deducts nothing for it.
                label += f"<span style='color:{theme.MUTED.name()}'>{not_scored_text()}</span>"
            value = f"<b>{row.value}</b>"
            if row.value:  # a link to what stands behind the count
                style = f"color:{colour};text-decoration:none"
                label = f"<a href='{row.source}' style='{style}'>{label}</a>"
                value = f"<a href='{row.source}' style='{style}'>{value}</a>"
            html += (
                f"<tr><td>{label}</td><td align='right' style='padding-left:12px;"
                f"color:{colour}'>{value}</td></tr>"
            )
        _set_text(self.counts, html + "</table>")

    def count_rows(self, report: ScoreReport) -> list[CountRow]:
        rubric = self.ctx.rubric
        if self._scored is None or self._scored[0] is not rubric:
            self._scored = (rubric, counted_sources(rubric))
        return count_rows(rubric, report, self._scored[1])

    def _loss_clicked(self, entry: QListWidgetItem) -> None:
        target = entry.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        kind, value = target
        if kind == ITEM_ROW:
            self.item_activated.emit(str(value))
        elif kind == COUNT_ROW:
            self.count_activated.emit(str(value))

    # ----------------------------------------------------------------- trend

    def _on_changed(self, kinds: set[str]) -> None:
        if kinds & {"facts", "ledger", "dispatch", "year", "office", "review"}:
            self._trend_timer.start(TREND_DELAY_MS)

    def refresh_trend(self) -> None:
        from evaldesk.services.history import score_history
        from evaldesk.ui.ops import run_op

        if self.ctx.closed or self.ctx.rubric.kind == "rating":
            return
        if self._trend_op is not None and not self._trend_op.finished:
            self._trend_timer.start(TREND_DELAY_MS)  # one at a time; try again shortly
            return
        store, year = self.ctx.store, self.ctx.year
        self._trend_op = run_op(
            self,
            lambda _progress: score_history(store, year),
            title=self.tr("Score through the year"),
            on_done=self._show_trend,
            show_after_ms=-1,
        )

    def _show_trend(self, points: list[Any]) -> None:
        maximum = stated_max(self.ctx, self.ctx.report())
        self.trend.set_points([(p.day, p.total) for p in points], maximum)


def split_losses(report: ScoreReport, n: int) -> tuple[list[ItemResult], list[ItemResult]]:
    """The ``n`` largest real losses, and the ``n`` largest of items not assessed yet (their
    points count as lost until someone assesses them)."""
    losing = report.largest_losses(len(report.items()))
    real = [i for i in losing if i.status != "not_assessed"]
    unassessed = [i for i in losing if i.status == "not_assessed"]
    return real[:n], unassessed[:n]


def _set_text(label: QLabel, text: str) -> None:
    """Only a changed text: an unchanged label then needs no new layout nor paint."""
    if label.text() != text:
        label.setText(text)


def stated_max(ctx: AppContext, report: ScoreReport) -> Decimal | None:
    """The report's maximum (as the CLI and the PDF print it), else the rubric's stated 总分.

    They differ where a composition adds parts to the 细则 (湘人社发〔2021〕46号: 40% of 100
    plus 60% of 100 + the 10-point vote = 106), and the panel must not disagree with the report.
    """
    return report.max if report.max is not None else ctx.rubric.total


def describe(ctx: AppContext, report: ScoreReport) -> str:
    """'86.5 / 106（良）' with the same maximum as the report; a rated rubric's rating alone."""
    if ctx.rubric.kind == "rating":
        return report.grade or "—"
    maximum = stated_max(ctx, report)
    top = f" / {fmt_points(maximum)}" if maximum is not None else ""
    grade = f"（{report.grade}）" if report.grade else ""
    return f"{fmt_points(report.total)}{top}{grade}"
