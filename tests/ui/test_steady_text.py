"""Texts that change on every tick (the totals in the score strip and the status bar) do not
make the window lay itself out again (evaldesk.ui.widgets.steady_text)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from evaldesk.ui.widgets.steady_text import set_steady_text


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _row(qtbot):
    box = QWidget()
    row = QHBoxLayout(box)
    label, after = QLabel(), QLabel("/ 106")
    row.addWidget(label)
    row.addWidget(after)
    row.addStretch(1)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box, label


def test_a_total_that_changes_within_its_width_lays_nothing_out(qtbot):
    box, label = _row(qtbot)
    set_steady_text(label, "83.25")
    qtbot.wait(10)
    requests = LayoutRequests()
    box.installEventFilter(requests)
    for text in ("84", "83.5", "83.25", "9", "83.75"):
        set_steady_text(label, text)
        assert label.text() == text
        qtbot.wait(5)
    assert requests.count == 0
    # the same texts set the ordinary way ask for a layout (what the helper avoids)
    plain = QLabel("83.25")
    box.layout().addWidget(plain)
    qtbot.wait(10)
    requests.count = 0
    plain.setText("84")
    qtbot.wait(5)
    assert requests.count > 0


def test_a_longer_total_gets_the_room_it_needs(qtbot):
    _box, label = _row(qtbot)
    set_steady_text(label, "84")
    narrow = label.width()
    set_steady_text(label, "106.25※")
    qtbot.wait(10)
    assert label.width() > narrow
    assert label.width() >= label.sizeHint().width()
    set_steady_text(label, "84")  # it does not shrink back: the next long total costs nothing
    qtbot.wait(10)
    assert label.width() >= label.sizeHint().width() and label.text() == "84"
