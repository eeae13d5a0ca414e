"""Interpretations are visible where their values are: the mark and its tooltip in the rubric
tree and the score panel, every one listed in the 解释口径 view, where an administrator sets the
office's values (undoably); issue 14, on the demo office of 湘人社发〔2021〕46号."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from evaldesk.decimals import fmt_points
from evaldesk.ui.models.rubric_model import RubricModel
from evaldesk.ui.models.rubric_rows import MAX, SCORE
from evaldesk.ui.views.interpretations import InterpretationsView
from evaldesk.ui.widgets.interpretation_marks import MARK
from evaldesk.ui.widgets.score_panel import ScorePanel


def test_the_tree_marks_interpreted_values_and_says_why(open_ctx, chinese_ui) -> None:
    ctx = open_ctx("clerk")
    model = RubricModel(ctx.rubric, ctx.live.unit)
    model.update(ctx.report(), ctx.facts())
    points = model.index_of("五.3", MAX)  # 五.3's 4 points are not printed (五 lists 8 + 4 of 16)
    assert model.data(points, Qt.ItemDataRole.DisplayRole) == f"4{MARK}"
    assert "工伤预防" in model.data(points, Qt.ItemDataRole.ToolTipRole)
    assert "假定" in model.data(points, Qt.ItemDataRole.ToolTipRole)
    printed = model.index_of("一.2", MAX)  # 4 printed in the 分值 column, no interpretation
    assert MARK not in model.data(printed, Qt.ItemDataRole.DisplayRole)
    capped = model.index_of("调度.1", SCORE)  # the 8-point cap (4 quarters × 2) is derived
    assert MARK in model.data(capped, Qt.ItemDataRole.DisplayRole)
    assert "推算" in model.data(capped, Qt.ItemDataRole.ToolTipRole)


def test_the_score_panel_marks_the_maximum_and_the_bonus_counts_as_it_adds(
    open_ctx, qtbot, chinese_ui
) -> None:
    ctx = open_ctx("clerk")
    panel = ScorePanel(ctx)
    qtbot.addWidget(panel)
    panel.show_report(ctx.report())
    assert panel.out_of.text() == f"/ 106{MARK}"  # 40 + 110 × 60%: the app's own sum
    assert "综合评估总分为各项得分相加" in panel.out_of.toolTip()
    report = ctx.report()
    assert report.bonus_added == (report.bonus * Decimal("0.6")).quantize(Decimal("0.01"))
    assert f"计入总分 {fmt_points(report.bonus_added)}" in panel.attainable.text()


def test_the_view_lists_every_one_and_an_admin_sets_the_office_values(open_ctx, qtbot) -> None:
    ctx = open_ctx("admin")
    view = InterpretationsView(ctx)
    qtbot.addWidget(view)
    report = ctx.report()
    assert view.table.topLevelItemCount() == len(report.interpretations) >= 15
    titles = [view.table.topLevelItem(i).text(0) for i in range(view.table.topLevelItemCount())]
    assert f"{MARK} 季度调度满分100分" in titles
    before = next(p for p in report.parts if p.id == "dispatch")
    with qtbot.waitSignal(ctx.score_changed, timeout=3000):
        assert view.set_value("dispatch-full-score", "80")
    after = next(p for p in ctx.report().parts if p.id == "dispatch")
    assert after.max == 80 and after.score == before.score - 20
    used = {u.id: u for u in ctx.report().interpretations}["dispatch-full-score"]
    assert used.set_by_office and used.value == 80
    with qtbot.waitSignal(ctx.score_changed, timeout=3000):
        ctx.undo.undo()
    assert next(p for p in ctx.report().parts if p.id == "dispatch").max == 100


def test_a_clerk_sees_them_but_cannot_set_them(open_ctx, qtbot, shown_errors, chinese_ui) -> None:
    ctx = open_ctx("clerk")
    view = InterpretationsView(ctx)
    qtbot.addWidget(view)
    assert "管理员" in view.settable_note.text()
    row = view.table.topLevelItem(0)
    assert not row.flags() & Qt.ItemFlag.ItemIsEditable
    assert not view.set_value("dispatch-full-score", "80")
    assert shown_errors and type(shown_errors[0]).__name__ == "PermissionDenied"


@pytest.mark.parametrize(
    ("rubric_id", "unit", "code", "title"),
    [
        # 003: the rankings follow 一.2.1's result ("对完成全年居民养老保险任务的")
        ("rugao-rsks-2021", "dongchen", "一.2.2", "一.2.2、一.2.3参加排名的前提是一.2.1完成任务"),
        # 003: 一.1.1's 15 points and its task are printed: no mark (the control case)
        ("rugao-rsks-2021", "dongchen", "一.1.1", None),
        # 004: 6.6's four 主要指标 are the file's addition
        ("employment-single-item", None, "6.6", "数据利用的四项“主要指标”为本文件增补"),
        # 004: 1.5 may lose its whole 5 points to missed analyses
        ("employment-single-item", None, "1.5", "未上报分析每次扣1分，可扣至本项5分"),
    ],
)
def test_the_tree_marks_the_findings_of_如皋_and_就业单项(
    qapp, chinese_ui, rubric_id, unit, code, title
) -> None:
    from evaldesk.rubrics.registry import get
    from evaldesk.scoring import facts_from_data, score

    rubric = get(rubric_id).rubric
    model = RubricModel(rubric, unit)
    report = score(rubric, facts_from_data({}), unit)
    model.update(report, facts_from_data({}))
    shown = {
        column: (
            model.data(model.index_of(code, column), Qt.ItemDataRole.DisplayRole) or "",
            model.data(model.index_of(code, column), Qt.ItemDataRole.ToolTipRole) or "",
        )
        for column in (MAX, SCORE)
    }
    marked = [column for column, (text, _tip) in shown.items() if MARK in text]
    ids = report.item(code).interpretations
    if title is None:
        assert marked == [] and ids == ()
        return
    assert marked, shown
    assert any(title in tip for _text, tip in shown.values()), shown
