"""Text that changes on every tick without laying the window out again.

QLabel.setText asks the layouts above for room each time, unless the label has a fixed size:
the score strip's and the status bar's totals made the main window lay out and repaint all of
itself on every tick (its whole area, seen in bench/bench_ui.py with an event log). A label set
here keeps a fixed size that fits its text with every digit as wide as an 8, and grows (one
layout) only when a longer text does not fit; it never shrinks, so 83.25 → 84 → 83.25 costs
no layout at all.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

_AS_EIGHTS = str.maketrans("0123456789", "8888888888")


def set_steady_text(label: QLabel, text: str) -> None:
    if label.text() == text and label.minimumWidth() == label.maximumWidth():
        return
    label.setText(text)
    margins = label.contentsMargins()
    widest = label.fontMetrics().horizontalAdvance(text.translate(_AS_EIGHTS))
    width = max(label.sizeHint().width(), widest + margins.left() + margins.right())
    height = label.sizeHint().height()
    if (
        width > label.maximumWidth()
        or label.minimumWidth() != label.maximumWidth()
        or (height != label.minimumHeight())
    ):
        label.setFixedSize(max(width, label.minimumWidth()), height)
