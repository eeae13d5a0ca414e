"""Changing the interface language keeps what was typed (issue 17, sub-finding 5).

The language switch builds the window anew; text typed and not saved in its views is carried
into the new window, in the same field of the same selected row; what cannot be placed is
handed to the person, never dropped silently.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from evaldesk.ui import i18n, typed_text
from evaldesk.ui import settings as cfg
from evaldesk.ui.app import AppController


@pytest.fixture
def controller(demo, monkeypatch, qtbot):
    monkeypatch.setenv("EVALDESK_AUTOLOGIN", "clerk")
    monkeypatch.setenv("EVALDESK_AUTOLOGIN_PASSWORD", demo.passwords["clerk"])
    i18n.install("en")
    made = AppController(demo.folder, cfg.Settings(), "en")
    assert made.start() and made.wait_loaded()
    yield made
    if made.window is not None:
        made.window.close()
    made.shutdown()
    i18n.install("en")


def test_typed_text_survives_the_language_change(controller, qtbot) -> None:
    window = controller.window
    dispatch = window.show_view("dispatch")
    row = dispatch.table.currentRow()
    area, editor = next(iter(dispatch.editors.items()))
    assert not editor.isReadOnly(), "the demo's open quarter should be editable"
    qtbot.keyClicks(editor, " 2 trainings held")  # keyClicks types ASCII only
    qtbot.keyClicks(dispatch.note_edit, " sign-in sheets to follow")
    typed_area, typed_note = editor.toPlainText(), dispatch.note_edit.toPlainText()
    assert " 2 trainings held" in typed_area
    untouched = list(dispatch.editors.values())[1].toPlainText()  # filled by the program
    export = window.show_view("export")
    qtbot.keyClicks(export.passphrase_edit, "correct horse battery")
    qtbot.keyClicks(export.repeat_edit, "correct horse")
    proposed = export.out_edit.text()

    controller.switch_language("zh_CN")
    new = controller.window
    assert new is not window
    assert new.current_key() == "export"
    assert new.view("dispatch").findChild(QWidget) is not None
    assert [new.nav.item(i).text() for i in range(new.nav.count())][-1] == "导出"
    export = new.view("export")
    assert export.passphrase_edit.text() == "correct horse battery"
    assert export.repeat_edit.text() == "correct horse"
    assert export.out_edit.text() == proposed  # not typed: the (same) proposal, not a copy
    assert export.out_is_proposed
    dispatch = new.view("dispatch")
    assert dispatch.table.currentRow() == row
    assert dispatch.editors[area].toPlainText() == typed_area
    assert dispatch.note_edit.toPlainText() == typed_note
    assert list(dispatch.editors.values())[1].toPlainText() == untouched
    # Still marked as typed: a second change of language carries it again.
    controller.switch_language("en")
    assert controller.window.view("export").repeat_edit.text() == "correct horse"


class _Window:
    """A window holding one view, built by ``make`` (the main window's ``view(key)``)."""

    def __init__(self, rows: int) -> None:
        self.page = QWidget()
        self.list = QListWidget(self.page)
        self.list.addItems([f"第{n + 1}季度" for n in range(rows)])
        self.text = QPlainTextEdit(self.page)
        layout = QVBoxLayout(self.page)
        layout.addWidget(self.list)
        layout.addWidget(self.text)

    def view(self, key: str) -> QWidget:
        return self.page


def test_text_whose_row_is_gone_is_handed_over_not_dropped(qapp) -> None:
    old = _Window(rows=4)
    old.list.setCurrentRow(3)
    old.text.insertPlainText("第四季度的进展")  # as typed: the document is marked modified
    typed = typed_text.take({"dispatch": old.page})
    assert [f.text for f in typed.fields] == ["第四季度的进展"]
    new = _Window(rows=2)  # the fourth quarter is not in the new list
    left = typed_text.restore(new, typed)
    assert [f.text for f in left] == ["第四季度的进展"]
    assert new.text.toPlainText() == ""  # not put into another quarter's field
    assert "第四季度的进展" in typed_text.describe(left)
    same = _Window(rows=4)
    assert typed_text.restore(same, typed) == []
    assert same.list.currentRow() == 3 and same.text.toPlainText() == "第四季度的进展"
