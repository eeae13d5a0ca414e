"""The title column of the rubric tree: codes whole, titles and rule texts cut from the middle.

A code ("二.2.12") is never cut; what does not fit of a title or a rule's wording is cut out of
its middle, keeping its beginning (how the clerk recognises it) and a few characters of its end
(where the source puts the points: "…扣2分。"). The whole text is the row's tooltip and stands in
the item detail beside the tree.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from evaldesk.ui.models.rubric_rows import CRITERION, CodeRole, KindRole, TitleRole

Index = QModelIndex | QPersistentModelIndex

ELLIPSIS = "…"
#: at least this much of a text's beginning shows before any of its end is kept
HEAD = 12
TAIL = 5


def advance(fm: QFontMetricsF, text: str) -> int:
    """Pixels ``text`` takes, rounded up (a rounded-down width would not fit, and the style
    would cut the text a second time)."""
    return math.ceil(fm.horizontalAdvance(text))


def _prefix(text: str, fm: QFontMetricsF, width: int) -> str:
    """The longest beginning of ``text`` that fits ``width``."""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if advance(fm, text[:mid]) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low]


def elide_keeping_head(text: str, fm: QFontMetricsF, width: int) -> str:
    """``text`` cut to ``width`` from its middle, its beginning kept first (see the module)."""
    if advance(fm, text) <= width:
        return text
    tail = text[-TAIL:] if len(text) > HEAD + TAIL else ""
    head = _prefix(text, fm, width - advance(fm, ELLIPSIS + tail))
    if len(head) < HEAD:  # too narrow for both ends: the beginning matters more
        tail = ""
        head = _prefix(text, fm, width - advance(fm, ELLIPSIS))
    return f"{head}{ELLIPSIS}{tail}"


def shown_title(index: Index, fm: QFontMetricsF, width: int) -> str:
    """What the title cell of ``index`` shows in ``width`` pixels of text."""
    title = str(index.data(TitleRole) or "")
    if index.data(KindRole) == CRITERION:
        return elide_keeping_head(title, fm, width)
    code = f"{index.data(CodeRole)}　"
    return code + elide_keeping_head(title, fm, width - advance(fm, code))


def text_width(option: QStyleOptionViewItem) -> int:
    """The pixels the style gives a cell's text: its text box less the margins it keeps."""
    style = option.widget.style() if option.widget is not None else QApplication.style()
    box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget)
    return box.width() - 2 * (margin + 1)


class TitleDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = shown_title(index, QFontMetricsF(option.font), text_width(option))
