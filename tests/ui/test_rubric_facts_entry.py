"""Issue 16, sub-findings 2 and 3: every fact a rule reads can be entered in the 自评 tree, and
the target a rule compares with is shown as the one the score uses.

2. 000's 三.1 and 004's 5.4 compare with a target only the office knows (分解目标, 省平均通过率):
   the tree offers it, named as the source names it, and the score uses it. For every built-in
   rubric, filling every row the tree offers leaves no rule waiting for a fact.
3. 如皋 一.1.1 compares with the unit's row of 附件1 (东陈镇: 995): the tree shows that target,
   read-only, with where it comes from. A target recorded by older data or a facts file
   (1000) is what the score and the 补助测算 use; the tree shows it as such, and the office may
   clear it (then 995 counts) but not set another.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from forms_data import RUGAO_YEAR, context, rugao_office
from PySide6.QtCore import QModelIndex, Qt

from evaldesk.kinds import rows as row_values
from evaldesk.kinds.base import Row
from evaldesk.rubrics.registry import builtins
from evaldesk.rubrics.rows import item_rows
from evaldesk.scoring import facts_from_data, score
from evaldesk.services import facts as facts_service
from evaldesk.services.actor import system_actor
from evaldesk.services.setup import OfficeSetup, create_office
from evaldesk.ui import theme
from evaldesk.ui.models.rubric_rows import TITLE, VALUE, CriterionRole
from evaldesk.ui.views.rubric import RubricView
from evaldesk.ui.widgets.subsidy_panel import BASIS, SubsidyPanel
from evaldesk.ui.widgets.subsidy_panel import TITLE as SUBSIDY_TITLE


def view_of(ctx: Any, qtbot: Any) -> RubricView:
    view = RubricView(ctx)
    qtbot.addWidget(view)
    return view


def row_index(view: RubricView, code: str, field: str, rule_id: str = "1") -> QModelIndex:
    """The Recorded cell (in the view's proxy) of ``field`` of rule ``rule_id`` of ``code``."""
    assert view.model is not None
    item = view.model.index_of(code)
    for r in range(view.model.rowCount(item)):
        c: Row = view.model.index(r, 0, item).data(CriterionRole)
        if c.field == field and c.rule_id == rule_id:
            return view.proxy.mapFromSource(view.model.index(r, VALUE, item))
    raise AssertionError(f"{code} has no {field} row for rule {rule_id}")


def enter(view: RubricView, ctx: Any, qtbot: Any, index: QModelIndex, text: str) -> None:
    """Type ``text`` into a cell as the line editor would commit it."""
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(ctx.score_changed, timeout=3000):
        assert view.proxy.setData(index, text, Qt.ItemDataRole.EditRole)


def why(ctx: Any, code: str) -> str:
    return "\n".join(e.line() for e in ctx.report().item(code).explanations)


# --------------------------------------------------------------------------- sub-finding 2


def test_hunan_training_target_is_entered_in_the_tree_and_used(open_ctx, qtbot) -> None:
    ctx = open_ctx("clerk")
    facts_service.set_rule_fact(ctx.store, ctx.actor, ctx.year, "三.1", "1", None)
    view = view_of(ctx, qtbot)
    target = row_index(view, "三.1", "target")
    assert "分解目标任务" in target.siblingAtColumn(TITLE).data()  # named as the source names it
    assert target.data() == "not entered yet"
    enter(view, ctx, qtbot, target, "2000")
    assert "not recorded" in why(ctx, "三.1")  # the actual is still to come
    enter(view, ctx, qtbot, row_index(view, "三.1", "actual"), "1930")
    # 96.5% of the 分解目标: 3.5 points short, whole points only: −3
    assert ctx.report().item("三.1").score == Decimal(3)
    assert "missing" not in why(ctx, "三.1")
    assert target.data() == "2000"
    assert ctx.facts().items["三.1"]["1"].target == Decimal(2000)


def test_employment_pass_rate_target_is_entered_in_the_tree(tmp_path: Path, qapp, qtbot) -> None:
    actor = system_actor("test")
    store = create_office(
        tmp_path / "data",
        actor,
        OfficeSetup(name="示范市人社局", rubric="employment-single-item", year=2024),
    )
    ctx = context(tmp_path / "data", store, actor, 2024)
    try:
        view = view_of(ctx, qtbot)
        # rule 1: 鉴定通过率 against the province's average, both the office's to enter
        average = row_index(view, "5.4", "target")
        assert "省当年平均通过率" in average.siblingAtColumn(TITLE).data()
        enter(view, ctx, qtbot, average, "88")
        enter(view, ctx, qtbot, row_index(view, "5.4", "actual"), "85")
        # rule 2: 集中培训 twice a year, the rubric's own target: shown, not editable
        twice = row_index(view, "5.4", "target", rule_id="2")
        assert twice.data() == "2"
        assert not twice.flags() & Qt.ItemFlag.ItemIsEditable
        enter(view, ctx, qtbot, row_index(view, "5.4", "actual", rule_id="2"), "2")
        # 3 points below the average: 3 × 0.5 lost of 5; the two trainings earn their 5
        assert ctx.report().item("5.4").score == Decimal("8.5")
        assert "missing" not in why(ctx, "5.4")
    finally:
        ctx.close()
        store.close()


def plausible(row: Row, units: list[str]) -> Any:
    """A value the row accepts, as a clerk would type or pick it."""
    if row.editor == "status":
        return "met"
    if row.editor == "event":
        return False
    if row.editor == "group":
        return {unit: "100" for unit in units}
    if row.field == "score":
        return "0"
    return "1" if row.editor == "int" else "100"


@pytest.mark.parametrize("rubric_id", sorted(builtins()))
def test_every_fact_a_rule_reads_has_a_row(rubric_id: str) -> None:
    """Filling what the tree offers, and nothing else, leaves no rule waiting for a fact."""
    rubric = builtins()[rubric_id].rubric
    unit = rubric.units[0].id if rubric.units else None
    others = [u.id for u in rubric.units if u.id != unit]
    items: dict[str, dict[str, Any]] = {}
    for item in rubric.items():
        facts: dict[str, Any] = {}
        for row in item_rows(item, rubric, unit):
            if row.editor == "readonly" or (row.field == "target" and row.fixed_by is not None):
                continue  # counted from the ledger, or given by the rubric
            value = plausible(row, others)
            if row.editor != "group":
                value = row_values.parse_value(row, value)
            facts[row.rule_id] = row_values.with_value(row, facts.get(row.rule_id), value)
        items[item.code] = facts
    counts = {"ledger_overdue": 0, "dispatch_missing": 0, "dispatch_late": 0}
    report = score(rubric, facts_from_data({"items": items, "counts": counts}), unit=unit)
    waiting = [f"{i.code}: {e.line()}" for i in report.items() for e in i.explanations if e.pending]
    assert not waiting, "\n".join(waiting)


# --------------------------------------------------------------------------- sub-finding 3


@pytest.fixture
def rugao(tmp_path: Path, qapp, shown_errors):
    store, actor = rugao_office(tmp_path / "data")  # 东陈镇: 附件1 gives it 995 new members
    ctx = context(tmp_path / "data", store, actor, RUGAO_YEAR)
    yield ctx
    ctx.close()
    store.close()


def subsidy_basis(panel: SubsidyPanel, title_part: str) -> str:
    for row in range(panel.table.rowCount()):
        if title_part in panel.table.item(row, SUBSIDY_TITLE).text():
            return panel.table.item(row, BASIS).text()
    raise AssertionError(title_part)


def test_rugao_target_shown_is_the_target_used(rugao, qtbot, shown_errors) -> None:
    view = view_of(rugao, qtbot)
    panel = SubsidyPanel(rugao)
    qtbot.addWidget(panel)
    target = row_index(view, "一.1.1", "target")
    title = target.siblingAtColumn(TITLE).data()
    # the unit's row of 附件1, read-only, saying where it comes from
    assert target.data() == "995人"
    assert "职工基本养老保险新增人数（总任务）" in title
    assert not target.flags() & Qt.ItemFlag.ItemIsEditable
    enter(view, rugao, qtbot, row_index(view, "一.1.1", "actual"), "985")
    assert "985 of 995" in why(rugao, "一.1.1")
    assert "995" in subsidy_basis(panel, "职工基本养老保险新增人数补助")
    # the office cannot set another target where the rubric gives one
    assert not view.proxy.setData(target, "1000", Qt.ItemDataRole.EditRole)
    assert shown_errors[-1].msg.key == "row.target_fixed"
    assert rugao.facts().items["一.1.1"]["1"].target is None

    # A target recorded by older data (the 0.1.0 demo wrote 1000) counts, and is shown so.
    with qtbot.waitSignal(rugao.score_changed, timeout=3000):
        facts_service.set_rule_fact(
            rugao.store, rugao.actor, RUGAO_YEAR, "一.1.1", "1", {"actual": 985, "target": 1000}
        )
    assert "985 of 1000" in why(rugao, "一.1.1")
    assert "1000" in subsidy_basis(
        panel, "职工基本养老保险新增人数补助"
    )  # the money reads the same target
    assert target.data() == "1000人"
    assert target.data(Qt.ItemDataRole.ForegroundRole).color() == theme.WARN
    title = target.siblingAtColumn(TITLE).data()
    assert "entered by the office" in title and "995人" in title
    # ... and may be cleared (not changed): then the rubric's 995 counts again
    assert target.flags() & Qt.ItemFlag.ItemIsEditable
    assert not view.proxy.setData(target, "2000", Qt.ItemDataRole.EditRole)
    enter(view, rugao, qtbot, target, "")
    assert rugao.facts().items["一.1.1"]["1"].target is None
    assert "985 of 995" in why(rugao, "一.1.1")
    assert "995" in subsidy_basis(panel, "职工基本养老保险新增人数补助")
    assert target.data() == "995人"
