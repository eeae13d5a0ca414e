"""Issue 16, sub-finding 4: each rule line shows 符合 / 不符合 / 未评估 as words the clerk picks,
worded by what the rule does, with the mouse (a click on a word; clicking again never cycles)
and the keyboard (1 / 2 / 3, Delete, Enter for the list).

Next to "未开展区域间劳务协作，扣2分" (a deduction worded as the failure) the words are
不扣分 / 扣2分 / 未评估; next to "…的得5分" 得5分 / 不得分; a plain requirement of a rated
rubric 符合 / 不符合; a precondition 照常计分 / 不得分; a veto 未发生 / 发生.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem

from evaldesk.rubrics.registry import builtins
from evaldesk.rubrics.rows import item_rows
from evaldesk.services import facts as facts_service
from evaldesk.ui.models.rubric_rows import SCORE, VALUE, ChoicesRole, CriterionRole, choices
from evaldesk.ui.views.rubric import RubricView

CODE = "二.1"  # 1. 未开展区域间劳务协作，扣2分； 2. 未开展劳务协作对接活动，扣2分；


def shown_view(ctx: Any, qtbot: Any) -> RubricView:
    view = RubricView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def line_cell(view: RubricView, code: str, row: int) -> QModelIndex:
    assert view.model is not None
    source = view.model.index(row, VALUE, view.model.index_of(code))
    index = view.proxy.mapFromSource(source)
    view.tree.expand(index.parent().siblingAtColumn(0))
    view.tree.scrollTo(index)
    return index


def words(index: QModelIndex) -> list[str]:
    return [word for _value, word in index.data(ChoicesRole)]


def recorded(ctx: Any, code: str, line: str) -> Any:
    fact = ctx.facts().items.get(code, {}).get("1")
    return None if fact is None or fact.lines is None else fact.lines.get(line)


def click_word(view: RubricView, index: QModelIndex, n: int) -> None:
    """Click the n-th word of a choice cell where the view paints it."""
    option = QStyleOptionViewItem()
    view.tree.initViewItemOption(option)
    option.rect = view.tree.visualRect(index)
    chips = view.values.chips(option, index)
    assert len(chips) == 3, "all three words are painted"
    rect: QRect = chips[n][3]
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_words_read_with_the_rule(open_ctx, qtbot, chinese_ui) -> None:
    ctx = open_ctx("clerk")
    view = shown_view(ctx, qtbot)
    failure = line_cell(view, CODE, 0)
    assert failure.data(CriterionRole).text == "未开展区域间劳务协作"
    assert words(failure) == ["不扣分", "扣2分", "未评估"]
    # the other kinds of rows, from the built-in rubrics
    rubrics = builtins()

    def row_words(rubric: str, code: str, field: str) -> list[str]:
        r = rubrics[rubric].rubric
        unit = r.units[0].id if r.units else None
        item = r.item(code)
        assert item is not None
        row = next(c for c in item_rows(item, r, unit) if c.field == field)
        return [w for _v, w in choices(row)]

    assert row_words("rugao-rsks-2021", "一.3.1", "status") == ["得5分", "不得分", "未评估"]
    assert row_words("employment-single-item", "1.9", "triggered") == ["未发生", "发生", "未评估"]
    assert row_words("employment-single-item", "6.6", "status") == ["照常计分", "不得分", "未评估"]
    assert row_words("zhongnong-dingdian-2021", "2.1", "status") == ["符合", "不符合", "未评估"]


def test_a_click_picks_a_word_and_never_cycles(open_ctx, qtbot) -> None:
    ctx = open_ctx("clerk")
    facts_service.set_rule_fact(ctx.store, ctx.actor, ctx.year, CODE, "1", None)
    view = shown_view(ctx, qtbot)
    cell = line_cell(view, CODE, 0)
    assert words(cell) == ["No loss", "Lose 2", "Not assessed"]
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "Not assessed"
    with qtbot.waitSignal(ctx.score_changed, timeout=3000):
        click_word(view, cell, 1)  # 扣2分: it happened
    assert recorded(ctx, CODE, "1") == "not_met"
    assert line_cell(view, CODE, 0).siblingAtColumn(SCORE).data() == "−2"
    cell = line_cell(view, CODE, 0)
    click_word(view, cell, 1)  # the same word again: stays, nothing cycles
    qtbot.wait(100)
    assert recorded(ctx, CODE, "1") == "not_met"
    with qtbot.waitSignal(ctx.score_changed, timeout=3000):
        click_word(view, line_cell(view, CODE, 0), 0)  # 不扣分
    assert recorded(ctx, CODE, "1") == "met"
    assert line_cell(view, CODE, 0).siblingAtColumn(SCORE).data() is None  # nothing lost
    assert not view.tree.indexWidget(line_cell(view, CODE, 0))  # no editor was opened


def test_the_keyboard_picks_words(open_ctx, qtbot) -> None:
    ctx = open_ctx("clerk")
    view = shown_view(ctx, qtbot)
    cell = line_cell(view, CODE, 1)
    view.tree.setFocus()
    view.tree.setCurrentIndex(cell.siblingAtColumn(0))
    with qtbot.waitSignal(ctx.score_changed, timeout=3000):
        QTest.keyClick(view.tree, Qt.Key.Key_2)
    assert recorded(ctx, CODE, "2") == "not_met"
    with qtbot.waitSignal(ctx.score_changed, timeout=3000):
        QTest.keyClick(view.tree, Qt.Key.Key_1)
    assert recorded(ctx, CODE, "2") == "met"
    with qtbot.waitSignal(ctx.score_changed, timeout=3000):
        QTest.keyClick(view.tree, Qt.Key.Key_Delete)
    assert recorded(ctx, CODE, "2") is None  # 未评估: nothing recorded
    QTest.keyClick(view.tree, Qt.Key.Key_Return)  # the list of the three words
    editor = view.tree.indexWidget(line_cell(view, CODE, 1))
    assert editor is not None
    assert [editor.itemText(i) for i in range(editor.count())] == words(cell)


def test_a_read_only_user_cannot_pick(open_ctx, qtbot) -> None:
    ctx = open_ctx("admin")
    view = shown_view(ctx, qtbot)
    cell = line_cell(view, CODE, 0)
    before = recorded(ctx, CODE, "1")
    option = QStyleOptionViewItem()
    view.tree.initViewItemOption(option)
    option.rect = view.tree.visualRect(cell)
    rect = view.values.chips(option, cell)[1][3]
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    view.tree.setCurrentIndex(cell)
    QTest.keyClick(view.tree, Qt.Key.Key_2)
    qtbot.wait(100)
    assert recorded(ctx, CODE, "1") == before
