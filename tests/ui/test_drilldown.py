"""Issue 16, sub-finding 6 (drill-down): every count that costs points, and every "N件×M分" line,
opens the exact ledger entries or quarters behind it; the largest losses keep real losses
(red) apart from items not assessed yet (orange), with a legend.

The demo office (湘人社发〔2021〕46号) counts 5 overdue ledger entries (调度.1: 每件扣2分 → −10)
and one quarter reported late (quarter 2, which that rubric does not score)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from evaldesk.services import drilldown
from evaldesk.services.ledger_table import LedgerQuery, page
from evaldesk.store.counts import is_overdue
from evaldesk.ui import settings as cfg
from evaldesk.ui import theme
from evaldesk.ui.dialogs.counted import CountedDialog, TargetRole
from evaldesk.ui.main_window import MainWindow
from evaldesk.ui.models import rubric_filter as rf
from evaldesk.ui.models.ledger_model import EntryIdRole
from evaldesk.ui.widgets.score_panel import COUNT_ROW, ITEM_ROW


def _window(ctx, qtbot) -> MainWindow:
    window = MainWindow(ctx, cfg.Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _overdue_by_hand(ctx) -> list[int]:
    """Every entry of the year, judged one by one with the rule the counts use."""
    day = ctx.live.as_of()
    every = page(ctx.store, LedgerQuery(year=ctx.year, limit=None), 0, 100_000)
    return sorted(e.id for e in every if is_overdue(e.deadline, e.done_date, e.status, day))


def _dialog_ids(dialog: CountedDialog) -> list[int]:
    table = dialog.table
    return sorted(table.item(r, 0).data(TargetRole) for r in range(table.rowCount()))


def test_the_rows_behind_each_count_are_the_ones_counted(ctx):
    report = ctx.report()
    overdue = drilldown.behind(ctx.store, ctx.year, "ledger_overdue", ctx.live.as_of())
    assert len(overdue) == report.counts["ledger_overdue"] == 5
    assert sorted(e.entry.id for e in overdue.entries) == _overdue_by_hand(ctx)
    assert all(e.days_late >= 1 for e in overdue.entries)
    late = drilldown.behind(ctx.store, ctx.year, "dispatch_late", ctx.live.as_of())
    assert len(late) == report.counts["dispatch_late"] == 1
    assert [(q.record.quarter, q.state, q.days_late) for q in late.quarters] == [(2, "late", 3)]
    missing = drilldown.behind(ctx.store, ctx.year, "dispatch_missing", ctx.live.as_of())
    assert len(missing) == report.counts["dispatch_missing"] == 0


def test_an_explanation_knows_the_count_it_was_made_of(ctx):
    report, rubric = ctx.report(), ctx.rubric
    lines = drilldown.lines_reading(rubric, report, "ledger_overdue")
    assert [(c.line.code, c.line.rule, c.line.effect) for c in lines] == [("调度.1", "2", -10)]
    assert lines[0].line.detail.startswith("5")  # "5件 × 2分"
    checklist = report.item("一.3").explanations[0]
    assert drilldown.counted_source(rubric, checklist) is None
    assert [c.source for c in drilldown.counted_lines(rubric, report, "调度.1")] == [
        "ledger_overdue"
    ]


def test_one_click_on_the_overdue_count_lists_the_entries_and_one_more_shows_them(open_ctx, qtbot):
    window = _window(open_ctx("head"), qtbot)
    button = window.strip.count_buttons["ledger_overdue"]
    # the offscreen screen is 800 px: the strip keeps the number, the words are in the tooltip
    assert button.isEnabled() and button.text() in ("Overdue 5", "5")
    assert "overdue" in button.toolTip().lower()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # click 1
    dialog = window.findChild(CountedDialog)
    assert dialog is not None and dialog.isVisible()
    assert _dialog_ids(dialog) == _overdue_by_hand(window.ctx)
    assert "调度.1" in dialog.intro.text() and "−10" in dialog.intro.text()
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)  # click 2: in the ledger
    ledger = window.stack.currentWidget()
    assert window.current_key() == "ledger" and ledger.overdue_only.isChecked()
    model = ledger.model
    shown = sorted(model.index(r, 0).data(EntryIdRole) for r in range(model.rowCount()))
    assert shown == _overdue_by_hand(window.ctx)
    assert ledger.table.currentIndex().isValid()


def test_the_panel_counts_and_the_loss_lines_open_the_same_list(ctx, qtbot):
    window = _window(ctx, qtbot)
    window.set_panel_expanded(True)
    panel = window.score
    assert "href='ledger_overdue'" in panel.counts.text()
    assert "href='dispatch_missing'" not in panel.counts.text()  # nothing behind a 0
    panel.counts.linkActivated.emit("ledger_overdue")
    first = window.findChild(CountedDialog)
    assert _dialog_ids(first) == _overdue_by_hand(ctx)
    first.close()
    rows = [panel.losses.item(i) for i in range(panel.losses.count())]
    counted = [r for r in rows if (r.data(Qt.ItemDataRole.UserRole) or ("",))[0] == COUNT_ROW]
    assert [r.data(Qt.ItemDataRole.UserRole)[1] for r in counted] == ["ledger_overdue"]
    assert "5 件 × 2 points" in counted[0].text()  # the English UI: the wording in English
    panel.losses.itemClicked.emit(counted[0])
    dialogs = [d for d in window.findChildren(CountedDialog) if d.isVisible()]
    assert len(dialogs) == 1 and _dialog_ids(dialogs[0]) == _overdue_by_hand(ctx)


def test_the_quarters_behind_a_dispatch_count_open_in_the_dispatch_view(ctx, qtbot):
    window = _window(ctx, qtbot)
    dialog = window.show_counted("dispatch_late")
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).data(TargetRole) == 2
    dialog.show_button.click()
    view = window.stack.currentWidget()
    assert window.current_key() == "dispatch"
    assert view.current().record.quarter == 2


def test_items_not_assessed_and_without_evidence_open_the_rubric_view_filtered(ctx, qtbot):
    window = _window(ctx, qtbot)
    window.show_view("ledger")
    qtbot.mouseClick(window.strip.count_buttons["not_assessed"], Qt.MouseButton.LeftButton)
    view = window.stack.currentWidget()
    assert window.current_key() == "rubric" and view.proxy.mode == rf.NOT_ASSESSED
    expected = [i.code for i in ctx.report().items() if i.status == "not_assessed"]
    assert view.visible_items() == expected and len(expected) == 4


def test_the_keyboard_reaches_the_entries_from_the_view_menu(ctx, qtbot):
    """Alt+V, P (what costs points), Enter on the first line: the overdue entries."""
    window = _window(ctx, qtbot)
    window.counts_menu.aboutToShow.emit()
    first = window.counts_menu.actions()[0]
    assert first.text() == "Overdue ledger entries: 5…" and first.isEnabled()
    first.trigger()
    dialog = window.findChild(CountedDialog)
    assert _dialog_ids(dialog) == _overdue_by_hand(ctx)
    assert QApplication.focusWidget() in (dialog.table, None)  # Up/Down move through them


def test_largest_losses_keep_real_losses_apart_from_items_not_assessed(ctx, qtbot):
    window = _window(ctx, qtbot)
    window.set_panel_expanded(True)
    panel = window.score
    assert panel.legend.isVisible()
    assert "points lost" in panel.legend.text() and "not assessed yet" in panel.legend.text()
    rows = [panel.losses.item(i) for i in range(panel.losses.count())]
    heading = next(i for i, r in enumerate(rows) if r.text() == "Not assessed yet:")
    report = ctx.report()

    def status(row):
        return report.item(row.data(Qt.ItemDataRole.UserRole)[1]).status

    items = [
        (i, r)
        for i, r in enumerate(rows)
        if (r.data(Qt.ItemDataRole.UserRole) or ("",))[0] == ITEM_ROW
    ]
    for i, row in items:
        if i < heading:
            assert status(row) != "not_assessed" and row.foreground().color() == theme.BAD
        else:
            assert status(row) == "not_assessed" and row.foreground().color() == theme.WARN
    assert any(i < heading for i, _ in items) and any(i > heading for i, _ in items)
    # the strip's menu: two sections, in the same order
    window.strip.losses_menu.aboutToShow.emit()  # made as it opens
    sections = [
        a.text() for a in window.strip.losses_menu.actions() if a.isSeparator() and a.text()
    ]
    assert sections == ["Points lost", "Not assessed yet (counted as lost for now)"]


def test_the_list_behind_a_count_speaks_chinese_in_the_chinese_interface(chinese_ui, ctx, qtbot):
    """Seen on screen at 1366×768: the intro ended in English ("The score deducts for them:")
    because lupdate does not read a tr() inside an f-string."""
    dialog = CountedDialog(ctx, "ledger_overdue")
    qtbot.addWidget(dialog)
    words = [re.sub(r"<[^>]+>", "", dialog.intro.text()), dialog.windowTitle()]
    words += [
        dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())
    ]
    words += [dialog.show_button.text()]
    assert "评分据此扣分" in words[0]
    assert not [w for w in words if re.search(r"[A-Za-z]{3,}", w)], words
