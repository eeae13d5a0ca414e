"""Is a cell's text readable where the view paints it? Shared by the layout tests.

``painted_text(view, index)`` is the text a view paints for ``index`` at the column's real
width: the display text elided (or wrapped) the way the delegate's style does it, into the
room the cell leaves after indentation, check box, icon and margins. Only the column's width
counts: a row scrolled out of sight is measured as if it were in sight.

``shows_start(view, index)`` is the check of issue 16: at least the first 8 characters are
painted (all of the text when it is shorter). A delegate that paints its text itself can
say what it paints with a ``painted_text(option, index) -> str`` method.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem

WANTED = 8


def painted_text(view: QAbstractItemView, index: QModelIndex) -> str:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    delegate = view.itemDelegateForIndex(index)
    cell = view.visualRect(index)
    viewport = view.viewport().rect()
    # Clip to the viewport across, not down: the column's width is what is measured.
    left, right = max(cell.left(), viewport.left()), min(cell.right(), viewport.right())
    option.rect = QRect(left, cell.top(), max(0, right - left + 1), cell.height())
    delegate.initStyleOption(option, index)
    own = getattr(delegate, "painted_text", None)
    if own is not None:
        return str(own(option, index))
    style = view.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = room.width() - 2 * margin
    if width <= 0:
        return ""
    metrics = option.fontMetrics
    if option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
        return _wrapped(option.text, option, width, max(1, room.height() // metrics.lineSpacing()))
    return metrics.elidedText(option.text, option.textElideMode, width)


def _wrapped(text: str, option: QStyleOptionViewItem, width: int, lines: int) -> str:
    """The lines that fit in ``lines`` lines of ``width``; the last one elided if more follow."""
    layout = QTextLayout(text, option.font)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(wrap)
    layout.beginLayout()
    shown: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        shown.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    if len(shown) > lines:
        rest = "".join(shown[lines - 1 :])
        last = option.fontMetrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        shown = [*shown[: lines - 1], last]
    return "".join(shown)


def shows_start(view: QAbstractItemView, index: QModelIndex, wanted: int = WANTED) -> bool:
    """Whether the first ``wanted`` characters of the cell's text are painted (all of it when
    shorter)."""
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    painted = painted_text(view, index)
    return painted == text or painted.startswith(text[:wanted])
