"""Two small charts painted by hand (no QtCharts needed): sections against their maximum, and
the score through the year. Both take plain numbers, so they are easy to test and to grab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from evaldesk.decimals import fmt_points
from evaldesk.ui import theme


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    score: Decimal
    maximum: Decimal | None
    note: str = ""


class SectionBars(QWidget):
    """One bar per section: score against maximum, the numbers at the right. Click = activate."""

    activated = Signal(str)
    ROW = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.updateGeometry()
        self.update()
        self.setToolTip("")

    def _row_height(self) -> int:
        return max(self.ROW, self.fontMetrics().height() + 8)

    def sizeHint(self) -> QSize:
        return QSize(260, max(1, len(self.bars)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def bar_at(self, y: float) -> Bar | None:
        row = int(y // self._row_height())
        return self.bars[row] if 0 <= row < len(self.bars) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.bar_at(event.position().y())
        if found is not None:
            self.activated.emit(found.key)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self.bar_at(event.position().y())
        self.setToolTip("" if found is None else f"{found.label} {_pair(found)}")

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        row_h = self._row_height()
        width = self.width()
        label_w = min(
            int(width * 0.38),
            max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 6,
        )
        value_w = max((metrics.horizontalAdvance(_pair(b)) for b in self.bars), default=0) + 8
        bar_x = label_w
        bar_w = max(10, width - label_w - value_w)
        for row, bar in enumerate(self.bars):
            top = row * row_h
            text_rect = QRectF(0, top, label_w - 4, row_h)
            painter.setPen(self.palette().text().color())
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 6)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label
            )
            back = QRectF(bar_x, top + row_h * 0.25, bar_w, row_h * 0.5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.BAR_BACK)
            painter.drawRoundedRect(back, 3, 3)
            if bar.maximum:
                share = max(0.0, min(1.0, float(bar.score / bar.maximum)))
                fill = QRectF(back.x(), back.y(), back.width() * share, back.height())
                painter.setBrush(theme.score_colour(float(bar.score), float(bar.maximum)))
                painter.drawRoundedRect(fill, 3, 3)
            elif bar.score:
                painter.setBrush(theme.GOOD)
                painter.drawRoundedRect(QRectF(back.x(), back.y(), 6, back.height()), 3, 3)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(bar_x + bar_w + 4, top, value_w - 4, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                _pair(bar),
            )
        painter.end()


def _pair(bar: Bar) -> str:
    if bar.maximum is None:
        return f"+{fmt_points(bar.score)}" if bar.score else "0"
    return f"{fmt_points(bar.score)}/{fmt_points(bar.maximum)}"


class TrendChart(QWidget):
    """The total at each month end: a line with dots, the maximum as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[date, Decimal]] = []
        self.maximum: Decimal | None = None
        self.placeholder = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_points(self, points: list[tuple[date, Decimal]], maximum: Decimal | None) -> None:
        self.points = points
        self.maximum = maximum
        self.setToolTip("\n".join(f"{d.isoformat()}  {fmt_points(v)}" for d, v in points))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, 6 * self.fontMetrics().height() + 24)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text_colour = self.palette().text().color()
        if not self.points:
            painter.setPen(theme.MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            painter.end()
            return
        values = [float(v) for _, v in self.points]
        top_value = float(self.maximum) if self.maximum else max([*values, 1.0])
        top_value = max(top_value, max(values))
        bottom_value = 0.0
        left = metrics.horizontalAdvance(fmt_points(Decimal(str(round(top_value))))) + 8
        bottom_pad = metrics.height() + 6
        plot = QRectF(
            left, 6, max(10, self.width() - left - 8), max(10, self.height() - bottom_pad - 10)
        )

        def y_of(v: float) -> float:
            span = top_value - bottom_value or 1.0
            return plot.bottom() - (v - bottom_value) / span * plot.height()

        def x_of(i: int) -> float:
            if len(self.points) == 1:
                return plot.center().x()
            return plot.left() + i * plot.width() / (len(self.points) - 1)

        painter.setPen(QPen(theme.BAR_BACK, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.setPen(text_colour)
        for value in (bottom_value, top_value):
            painter.drawText(
                QRectF(0, y_of(value) - metrics.height() / 2, left - 4, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fmt_points(Decimal(str(round(value)))),
            )
        if self.maximum:
            pen = QPen(theme.MUTED, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(
                QPointF(plot.left(), y_of(float(self.maximum))),
                QPointF(plot.right(), y_of(float(self.maximum))),
            )
        path = QPainterPath()
        for i, value in enumerate(values):
            point = QPointF(x_of(i), y_of(value))
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        painter.setPen(QPen(theme.BAR, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(theme.BAR)
        for i, value in enumerate(values):
            painter.drawEllipse(QPointF(x_of(i), y_of(value)), 3, 3)
        painter.setPen(text_colour)
        baseline = plot.bottom() + metrics.ascent() + 4
        last_day = self.points[-1][0]
        last_label = f"{last_day.month}/{last_day.day}"
        last_left = min(x_of(len(self.points) - 1) - metrics.horizontalAdvance(last_label) / 2,
                        self.width() - metrics.horizontalAdvance(last_label) - 2)  # fmt: skip
        painter.drawText(QPointF(last_left, baseline), last_label)
        right_edge = -1.0
        for i, (day, _value) in enumerate(self.points[:-1]):
            label = str(day.month)
            w = metrics.horizontalAdvance(label)
            left = x_of(i) - w / 2
            if left <= right_edge + 4 or left + w >= last_left - 4:
                continue  # would overlap a neighbour
            painter.drawText(QPointF(left, baseline), label)
            right_edge = left + w
        painter.end()


def colour_name(colour: QColor) -> str:
    return str(colour.name())
