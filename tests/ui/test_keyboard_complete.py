"""Issue 17, sub-finding 2: the day's work can be done from the keyboard.

- Tab and Shift+Tab leave every multi-line field (办理内容 → … → 保存); Ctrl+Tab types a tab.
- Ctrl+F focuses the current list's search or filter field; no key sequence is registered
  twice in the main window (Qt then fires neither: "Ambiguous shortcut overload").
- Every shortcut is a menu action that shows it, and its tooltip names it (Ctrl+N too).
- F2 or Enter edits the value of the current row of the 自评 tree, through the tick path.
- Enter in the 签名口令 field presses 导出 (a form's default button, as in a dialog).
- Buttons have access keys (保存(&S) in Chinese), none twice in one window.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from access_keys import access_key, assert_every_button_has_its_own_key
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from evaldesk.ui import settings as cfg
from evaldesk.ui.main_window import VIEWS, MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText


def window_with_every_view(ctx: Any, qtbot: Any) -> MainWindow:
    window = MainWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for spec in VIEWS:
        window.show_view(spec.key)
    return window


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """A key pressed where the focus is, as a person presses it."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


# --------------------------------------------------------------------------- Tab


def test_17_2_tab_leaves_the_ledger_entrys_description_and_reaches_save(open_ctx, qtbot) -> None:
    from evaldesk.ui.dialogs.ledger_entry import LedgerEntryDialog

    dialog = LedgerEntryDialog(open_ctx("clerk"), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    description = dialog.description_edit
    description.setFocus()
    qtbot.waitUntil(description.hasFocus)
    description.insertPlainText("已办结")  # QTest types ASCII only
    press(qtbot, Qt.Key.Key_Tab)
    assert not description.hasFocus()
    assert description.toPlainText() == "已办结"  # no tab typed into it
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert description.hasFocus()
    qtbot.keyClick(description, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert description.toPlainText() == "已办结\t"  # Ctrl+Tab: a tab where one is wanted
    for _ in range(12):  # on to 保存 with Tab alone
        press(qtbot, Qt.Key.Key_Tab)
        if dialog.save_button.hasFocus():
            break
    assert dialog.save_button.hasFocus()


def test_17_2_every_multi_line_field_passes_tab_on(open_ctx, qtbot) -> None:
    """In every view (the dispatch view's progress by area, notes, comments): Tab moves on."""
    window = window_with_every_view(open_ctx("clerk"), qtbot)
    fields = [
        f
        for f in window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit)
        if not f.isReadOnly()
    ]
    assert len(fields) >= 4
    assert [f.objectName() or type(f).__name__ for f in fields if not f.tabChangesFocus()] == []
    dispatch: Any = window.show_view("dispatch")
    first = next(iter(dispatch.editors.values()))
    if first.isEnabled():
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        before = first.toPlainText()
        press(qtbot, Qt.Key.Key_Tab)
        assert not first.hasFocus() and first.toPlainText() == before


# --------------------------------------------------------------------------- shortcuts


def key_texts(window: QWidget) -> list[tuple[str, str]]:
    """(key sequence, who) for every action and shortcut object of the window."""
    found: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            if not keys.isEmpty():
                found.append((keys.toString(NATIVE), f"action {action.text()!r}"))
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty():
            found.append((shortcut.key().toString(NATIVE), f"shortcut of {shortcut.parent()}"))
    return found


def test_17_2_no_key_sequence_is_registered_twice(open_ctx, qtbot) -> None:
    window = window_with_every_view(open_ctx("clerk"), qtbot)
    found = key_texts(window)
    assert ("Ctrl+F", "action '&Find'") in found
    twice = [keys for keys, n in Counter(k for k, _who in found).items() if n > 1]
    assert twice == [], [(k, who) for k, who in found if k in twice]


def test_17_2_every_shortcut_is_in_a_menu_showing_it(open_ctx, qtbot) -> None:
    window = window_with_every_view(open_ctx("clerk"), qtbot)
    in_menus = {a for a in window.menu_actions() if not a.shortcut().isEmpty()}
    shown = {keys.toString(NATIVE) for a in in_menus for keys in a.shortcuts()}
    assert {"Ctrl+N", "Ctrl+F", "F1", "F5", "F9"} <= shown
    for keys, who in key_texts(window):
        assert keys in shown, f"{keys} ({who}) is in no menu"
    for action in in_menus:
        assert action.shortcut().toString(NATIVE) in action.toolTip(), action.text()
    ledger: Any = window.show_view("ledger")
    assert "Ctrl+N" in ledger.new_button.toolTip()


def test_17_2_ctrl_f_focuses_each_lists_search_and_ctrl_n_opens_a_new_entry(
    open_ctx, qtbot
) -> None:
    window = window_with_every_view(open_ctx("clerk"), qtbot)
    for key, field in (("rubric", "search"), ("ledger", "search"), ("evidence", "filter")):
        view: Any = window.show_view(key)
        window.nav.setFocus()
        qtbot.waitUntil(window.nav.hasFocus)
        qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert getattr(view, field).hasFocus(), key
    window.show_view("rubric")
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "ledger"
    from evaldesk.ui.dialogs.ledger_entry import LedgerEntryDialog

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LedgerEntryDialog))
    QApplication.activeModalWidget().reject()


# --------------------------------------------------------------------------- F2 in the tree


def test_17_2_f2_and_enter_edit_the_current_rows_value(open_ctx, qtbot) -> None:
    from decimal import Decimal

    from test_rubric_facts_entry import row_index

    from evaldesk.services import facts as facts_service
    from evaldesk.ui.models.rubric_rows import TITLE
    from evaldesk.ui.views.rubric import RubricView

    ctx = open_ctx("clerk")
    facts_service.set_rule_fact(ctx.store, ctx.actor, ctx.year, "三.1", "1", None)
    view = RubricView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    for key, value in ((Qt.Key.Key_F2, "2000"), (Qt.Key.Key_Return, "1930")):
        field = "target" if value == "2000" else "actual"
        cell = row_index(view, "三.1", field)
        view.tree.setCurrentIndex(cell.siblingAtColumn(TITLE))  # the cursor on the title
        view.tree.setFocus()
        qtbot.waitUntil(view.tree.hasFocus)
        qtbot.keyClick(view.tree, key)
        assert view.tree.state() == view.tree.State.EditingState
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not view.tree
        editor.selectAll()  # type: ignore[attr-defined]
        qtbot.keyClicks(editor, value)
        with qtbot.waitSignal(ctx.score_changed, timeout=3000):
            qtbot.keyClick(editor, Qt.Key.Key_Return)
    rule = ctx.facts().items["三.1"]["1"]
    assert (rule.target, rule.actual) == (Decimal(2000), Decimal(1930))
    assert ctx.report().item("三.1").score == Decimal(3)  # the tick path scored it


# --------------------------------------------------------------------------- Enter


def test_17_2_enter_in_the_passphrase_presses_export(ctx, qtbot) -> None:
    from evaldesk.ui.views.export import ExportView

    view = ExportView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.passphrase_edit.setFocus()
    qtbot.keyClicks(view.passphrase_edit, "short")
    with qtbot.waitSignal(view.export_button.clicked, timeout=1000):
        qtbot.keyClick(view.passphrase_edit, Qt.Key.Key_Return)
    assert view.errors["passphrase"].text() or view.errors["repeat"].text()  # start() ran


# --------------------------------------------------------------------------- access keys


def buttons_of(widget: QWidget) -> list[QAbstractButton]:
    return [b for b in widget.findChildren(QAbstractButton) if b.text().strip()]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_17_2_buttons_have_access_keys_none_twice(open_ctx, qtbot, lang) -> None:
    from evaldesk.ui import i18n
    from evaldesk.ui.dialogs.ledger_entry import LedgerEntryDialog
    from evaldesk.ui.dialogs.users import UsersDialog

    i18n.install(lang)
    try:
        window = window_with_every_view(open_ctx("clerk"), qtbot)
        menu_keys = {access_key(a.text()) for a in window.menuBar().actions()}
        assert len(menu_keys) == 5
        dialog = LedgerEntryDialog(window.ctx, None, window)
        qtbot.addWidget(dialog)
        dialog.show()  # Qt's 保存 / 取消 get theirs when shown
        accounts = UsersDialog(window.ctx, window)
        qtbot.addWidget(accounts)
        accounts.show()  # Qt's 关闭 gets its access key when shown
        screens: list[tuple[str, QWidget]] = [
            (spec.key, window.view(spec.key)) for spec in VIEWS
        ] + [("ledger entry", dialog), ("users", accounts)]
        for name, screen in screens:
            buttons = [
                b
                for b in buttons_of(screen)
                if b.objectName() != "qt_calendar_prevmonth"  # Qt's own calendar
                and b.parentWidget() is not None
                and not b.text().startswith(("Q", "第"))  # the quarters' tabs, chips
            ]
            keys = [access_key(b.text()) for b in buttons if access_key(b.text())]
            assert len(keys) == len(set(keys)), (name, sorted(keys))
            if screen not in (
                dialog,
                accounts,
            ):  # Alt+F, E, V, L, H open the menus of the same window
                assert not set(keys) & menu_keys, (name, set(keys) & menu_keys)
        for name, screen in screens:
            if name in (
                "ledger",
                "dispatch",
                "export",
                "evidence",
                "review",
                "users",
                "ledger entry",
            ):
                missing = [b.text() for b in buttons_of(screen) if not access_key(b.text())]
                assert missing == [], (name, missing)
        if lang == "zh_CN":
            assert re.fullmatch(r".+\(&[A-Z]\)(…)?", window.view("ledger").new_button.text())
        assert {access_key(b.text()) for b in dialog.buttons.buttons()} == {"S", "C"}
    finally:
        i18n.install("en")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_17_2_the_counted_list_and_the_error_dialog_have_access_keys_none_twice(
    open_ctx, qtbot, lang
) -> None:
    """The rarer dialogs too: 在台账中显示(&S) in the list behind a deduction, 显示详情(&D) and
    保存报告(&S) when something unexpected happened; the login dialog's 登录(&O), which in
    English is "&Sign in" (it was "Sign in (&O)": the O is not in the words)."""
    from evaldesk.ui import i18n
    from evaldesk.ui.dialogs.counted import CountedDialog
    from evaldesk.ui.dialogs.error import ErrorDialog
    from evaldesk.ui.dialogs.login import LoginDialog

    i18n.install(lang)
    try:
        ctx = open_ctx("clerk")
        try:
            raise RuntimeError("a bug")
        except RuntimeError as exc:
            bug = ErrorDialog(exc)
        login = LoginDialog(None, "某单位")
        for dialog in (CountedDialog(ctx, "ledger_overdue"), bug, login):
            qtbot.addWidget(dialog)
            dialog.show()
            assert_every_button_has_its_own_key(dialog)
            assert len(buttons_of(dialog)) >= 2
        assert login.ok.text() == {"zh_CN": "登录(&O)", "en": "&Sign in"}[lang]
    finally:
        i18n.install("en")


# --------------------------------------------------------------------------- approve a quarter


def test_17_2_a_head_approves_a_quarter_with_alt_4_and_enter(open_ctx, qtbot) -> None:
    """The keystrokes the report counts: in 审核, Alt+4 (审批通过(&4)), Enter (the comment is
    optional; 确定 is the default button). Quarter 4 is then approved."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    from evaldesk.services import approvals
    from evaldesk.ui import i18n

    i18n.install("zh_CN")
    try:
        ctx = open_ctx("head")
        window = window_with_every_view(ctx, qtbot)
        review: Any = window.show_view("review")
        assert access_key(review.approvals.buttons[4].text()) == "4"
        window.nav.setFocus()
        qtbot.waitUntil(window.nav.hasFocus)
        asked: list[str] = []
        polls = iter(range(400))  # 20 s at 50 ms

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            target = QApplication.focusWidget()
            if (
                isinstance(dialog, QInputDialog)
                and target is not None
                and dialog.isAncestorOf(target)
            ):
                asked.append(dialog.labelText())
                qtbot.keyClick(target, Qt.Key.Key_Return)
            elif next(polls, None) is not None:
                # the dialog, or its focus, not there yet (a busy machine): wait, never press
                # Return on whatever else has the focus
                if isinstance(dialog, QInputDialog):
                    dialog.activateWindow()
                QTimer.singleShot(50, answer)
            elif isinstance(dialog, QInputDialog):
                # A modal dialog left open never returns and CI hung until its 90 minutes ran
                # out (the PySide6 6.8 pass): close it and let the assertions below fail.
                dialog.reject()

        QTimer.singleShot(0, answer)
        with qtbot.waitSignal(ctx.changed, timeout=5000):
            qtbot.keyClick(window.nav, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
        assert asked and 4 in approvals.locked(ctx.store, ctx.year)
    finally:
        i18n.install("en")
