"""The rubric tree model, tested without a view (STYLE.md habit 5), on a real demo store."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from evaldesk.ui.models.rubric_model import RubricModel
from evaldesk.ui.models.rubric_rows import (
    CRITERION,
    ITEM,
    SCORE,
    TITLE,
    VALUE,
    CriterionRole,
    KindRole,
)
from evaldesk.ui.undo import record_row


def _model(ctx):
    model = RubricModel(ctx.rubric, ctx.live.unit)
    model.update(ctx.report(), ctx.facts())
    model.on_edit = lambda c, v: (record_row(ctx, c, v), True)[1]
    ctx.score_changed.connect(lambda report: model.update(report, ctx.facts()))
    return model


def _clear(ctx, qtbot, code, rule_id="1"):
    """Start from "nothing recorded" for one rule (the demo's facts are random)."""
    from evaldesk.services import facts

    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        facts.set_rule_fact(ctx.store, ctx.actor, ctx.year, code, rule_id, None)


def _rows(model, parent):
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def test_tree_shape_follows_the_rubric(open_ctx, qtbot):
    from evaldesk.services import facts

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
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        facts.set_rule_fact(
            ctx.store,
            ctx.actor,
            ctx.year,
            "一.1",
            "1",
            {"lines": {"1": "met", "2": "met", "3": "met"}},
        )
    picked = [model.data(i.siblingAtColumn(VALUE), Qt.ItemDataRole.EditRole) for i in lines]
    assert picked == ["met"] * 3 + ["not_assessed"]


def test_ticking_a_line_moves_the_item_and_the_total_by_the_rule_amount(open_ctx, qtbot):
    ctx = open_ctx("clerk")
    model = _model(ctx)
    _clear(ctx, qtbot, "一.2")
    before = ctx.report()
    item_before = before.item("一.2").score
    first_line = model.index(0, VALUE, model.index_of("一.2"))
    assert model.data(first_line, CriterionRole).effect == Decimal(-2)
    # nothing recorded: counted at worst; ticking line 1 (−2) "met" gives those 2 points back
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        assert model.setData(first_line, "met", Qt.ItemDataRole.EditRole)
    after = ctx.report()
    assert after.item("一.2").score - item_before == Decimal(2)
    weight = next(p.weight for p in ctx.rubric.parts if p.id == "comprehensive")
    assert after.total - before.total == Decimal(2) * weight
    assert model.data(model.index_of("一.2", SCORE), Qt.ItemDataRole.DisplayRole) == (
        f"{item_before + 2:f}".rstrip("0").rstrip(".")
    )


def test_a_tick_repaints_its_item_and_section_only(open_ctx, qtbot):
    """Rows whose figures did not move are not signalled (a tick repainting every section row
    was most of a tick's time with the demo rubric)."""
    ctx = open_ctx("clerk")
    model = _model(ctx)
    _clear(ctx, qtbot, "一.2")
    changed: list[str] = []
    model.dataChanged.connect(
        lambda top, _bottom, _roles: changed.append(
            model.data(top.siblingAtColumn(TITLE), Qt.ItemDataRole.DisplayRole).split("　")[0]
        )
    )
    first_line = model.index(0, VALUE, model.index_of("一.2"))
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        assert model.setData(first_line, "met", Qt.ItemDataRole.EditRole)
    sections = {s.code for s in ctx.rubric.sections}
    assert "一.2" in changed and "一" in changed  # the item, and its section's new score
    assert sections & set(changed) == {"一"}


def test_values_are_parsed_and_bad_input_is_refused(open_ctx, qtbot):
    ctx = open_ctx("clerk")
    model = _model(ctx)
    count_row = next(
        model.index(r, VALUE, model.index_of("一.3"))
        for r in range(model.rowCount(model.index_of("一.3")))
        if model.data(model.index(r, 0, model.index_of("一.3")), CriterionRole).editor == "int"
    )
    before = ctx.facts().items.get("一.3", {}).get("3")
    wanted = 3 if before is None or before.count != 3 else 4
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        assert model.setData(count_row, str(wanted), Qt.ItemDataRole.EditRole)
    assert ctx.facts().items["一.3"]["3"].count == wanted
    import pytest

    from evaldesk.errors import InputError

    with pytest.raises(InputError) as refused:
        model.setData(count_row, "2.5", Qt.ItemDataRole.EditRole)
    assert refused.value.msg.key == "row.not_whole"
    with pytest.raises(InputError) as refused:
        model.setData(count_row, "abc", Qt.ItemDataRole.EditRole)
    assert refused.value.msg.key == "row.not_a_number"


def test_a_tick_repaints_the_figures_not_the_titles(open_ctx, qtbot):
    """The title cells (the widest, elided on every paint) do not move with the score: a tick
    signals the value-to-evidence cells only, so the view repaints no title."""
    ctx = open_ctx("clerk")
    model = _model(ctx)
    _clear(ctx, qtbot, "一.2")
    first_columns: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: first_columns.append(top.column()))
    first_line = model.index(0, VALUE, model.index_of("一.2"))
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        assert model.setData(first_line, "met", Qt.ItemDataRole.EditRole)
    assert first_columns and set(first_columns) == {VALUE}
    assert model.data(first_line, Qt.ItemDataRole.DisplayRole)  # the new value is there
