"""The rubric tree model, tested without a view (STYLE.md habit 5), on a real demo store."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from evaldesk.ui.models import criteria as cr
from evaldesk.ui.models.rubric_model import (
    CRITERION,
    ITEM,
    SCORE,
    TITLE,
    VALUE,
    CriterionRole,
    KindRole,
    RubricModel,
)
from evaldesk.ui.undo import record_criterion


def _model(ctx):
    model = RubricModel(ctx.rubric, ctx.live.unit)
    model.update(ctx.report(), ctx.facts())
    model.on_edit = lambda c, v: (record_criterion(ctx, c, v), True)[1]
    ctx.score_changed.connect(lambda report: model.update(report, ctx.facts()))
    return model


def _rows(model, parent):
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def test_tree_shape_follows_the_rubric(open_ctx):
    ctx = open_ctx("clerk")
    model = _model(ctx)
    sections = _rows(model, model.index(-1, 0).parent())
    assert [model.data(i, Qt.ItemDataRole.DisplayRole).split("　")[0] for i in sections] == [
        s.code for s in ctx.rubric.sections
    ]
    item = model.index_of("一.1")
    assert model.data(item, KindRole) == ITEM
    lines = _rows(model, item)
    assert [model.data(i, KindRole) for i in lines] == [CRITERION] * 4
    assert model.data(lines[1], Qt.ItemDataRole.DisplayRole) == "工作机制运行不畅"
    # the demo ticked lines 1-3 met; line 3b is not recorded
    checks = [model.data(i, Qt.ItemDataRole.CheckStateRole) for i in lines]
    assert checks == [Qt.CheckState.Checked] * 3 + [Qt.CheckState.PartiallyChecked]


def test_ticking_a_line_moves_the_item_and_the_total_by_the_rule_amount(open_ctx, qtbot):
    ctx = open_ctx("clerk")
    model = _model(ctx)
    before = ctx.report()
    item_before = before.item("一.2").score
    first_line = model.index(0, TITLE, model.index_of("一.2"))
    assert model.data(first_line, CriterionRole).effect == Decimal(-2)
    # nothing recorded: counted at worst; ticking line 1 (−2) "met" gives those 2 points back
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        assert model.setData(first_line, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    after = ctx.report()
    assert after.item("一.2").score - item_before == Decimal(2)
    weight = next(p.weight for p in ctx.rubric.parts if p.id == "comprehensive")
    assert after.total - before.total == Decimal(2) * weight
    assert model.data(model.index_of("一.2", SCORE), Qt.ItemDataRole.DisplayRole) == (
        f"{item_before + 2:f}".rstrip("0").rstrip(".")
    )


def test_values_are_parsed_and_bad_input_is_refused(open_ctx, qtbot):
    ctx = open_ctx("clerk")
    model = _model(ctx)
    count_row = next(
        model.index(r, VALUE, model.index_of("一.3"))
        for r in range(model.rowCount(model.index_of("一.3")))
        if model.data(model.index(r, 0, model.index_of("一.3")), CriterionRole).editor == cr.INT
    )
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        assert model.setData(count_row, "3", Qt.ItemDataRole.EditRole)
    assert ctx.facts().items["一.3"]["3"].count == 3
    import pytest

    from evaldesk.errors import InputError

    with pytest.raises(InputError, match="whole number"):
        model.setData(count_row, "2.5", Qt.ItemDataRole.EditRole)
    with pytest.raises(InputError, match="not a number"):
        model.setData(count_row, "abc", Qt.ItemDataRole.EditRole)
