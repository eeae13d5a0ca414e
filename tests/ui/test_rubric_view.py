"""The 自评 view on a real demo store: ticks move the totals, filters, undo/redo, read-only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from evaldesk.ui.models import rubric_filter as rf
from evaldesk.ui.models.rubric_rows import TITLE, VALUE
from evaldesk.ui.views.rubric import RubricView
from evaldesk.ui.widgets.score_panel import ITEM_ROW, LOSSES_SHOWN, ScorePanel, split_losses


def _view(ctx, qtbot) -> RubricView:
    view = RubricView(ctx)
    qtbot.addWidget(view)
    return view


def _clear(ctx, qtbot, code, rule_id="1"):
    """Start from "nothing recorded" for one rule (the demo's facts are random)."""
    from evaldesk.services import facts

    if ctx.facts().items.get(code, {}).get(rule_id) is None:
        return
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        facts.set_rule_fact(ctx.store, ctx.actor, ctx.year, code, rule_id, None)


def _line(view: RubricView, code: str, row: int, column: int = TITLE):
    assert view.model is not None
    return view.model.index(row, column, view.model.index_of(code))


def test_tick_moves_item_total_and_panel_by_the_rule_amount(open_ctx, qtbot):
    ctx = open_ctx("clerk")
    view = _view(ctx, qtbot)
    panel = ScorePanel(ctx)
    qtbot.addWidget(panel)
    panel.show_report()
    _clear(ctx, qtbot, "一.4")
    before = ctx.report()
    # 一.4 line 2 "未建立家政服务劳务对接渠道的，扣1分": met gives back its 1 point
    index = view.proxy.mapFromSource(_line(view, "一.4", 1, VALUE))
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        assert view.proxy.setData(index, "met", Qt.ItemDataRole.EditRole)
    after = ctx.report()
    assert after.item("一.4").score - before.item("一.4").score == Decimal(1)
    assert after.total - before.total == Decimal("0.6")  # 综合评估 weighs 60%
    from evaldesk.decimals import fmt_points

    assert panel.total.text().startswith(fmt_points(after.total))
    # the tick was recorded as the clerk, audited
    assert ctx.store.facts.rows(ctx.year)[-1].updated_by == "user:clerk"


def test_undo_and_redo_of_a_tick(open_ctx, qtbot):
    ctx = open_ctx("clerk")
    view = _view(ctx, qtbot)
    _clear(ctx, qtbot, "一.2")
    before = ctx.report().item("一.2").score
    index = _line(view, "一.2", 0, VALUE)
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        view.model.setData(index, "met", Qt.ItemDataRole.EditRole)
    ticked = ctx.report().item("一.2").score
    assert ticked == before + 2
    assert ctx.undo.canUndo()
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        ctx.undo.undo()
    assert ctx.report().item("一.2").score == before
    assert "一.2" not in ctx.facts().items
    assert view.model.data(index, Qt.ItemDataRole.EditRole) == "not_assessed"
    with qtbot.waitSignal(ctx.score_changed, timeout=2000):
        ctx.undo.redo()
    assert ctx.report().item("一.2").score == ticked
    assert view.model.data(index, Qt.ItemDataRole.EditRole) == "met"


def test_filters(open_ctx, qtbot):
    ctx = open_ctx("clerk")
    view = _view(ctx, qtbot)
    report = ctx.report()
    everything = [i.code for i in report.items()]
    assert view.visible_items() == everything
    view.set_filter(rf.LOSING)
    assert view.visible_items() == [i.code for i in report.items() if i.loss > 0]
    view.set_filter(rf.NOT_ASSESSED)
    assert view.visible_items() == [i.code for i in report.items() if i.status == "not_assessed"]
    assessed = [i.code for i in report.items() if i.status != "not_assessed"]
    assert assessed and not set(assessed) & set(view.visible_items())
    view.set_filter(rf.MISSING_EVIDENCE)
    missing = [i.code for i in report.items() if i.missing_evidence]
    assert view.visible_items() == missing
    assert not any(i.bonus for i in report.items() if i.code in missing)
    view.set_filter(rf.ALL)
    view.search.setText("家政")
    assert view.visible_items() == ["一.4"]
    view.search.clear()
    assert view.visible_items() == everything
    # the score panel's loss click opens an item even when a filter hides it
    view.set_filter(rf.LOSING)
    hidden = next(i.code for i in report.items() if i.loss == 0)
    assert hidden not in view.visible_items()
    assert view.show_item(hidden) is True
    assert view.detail.code == hidden


def test_filter_follows_a_tick(open_ctx, qtbot):
    ctx = open_ctx("clerk")
    view = _view(ctx, qtbot)
    _clear(ctx, qtbot, "一.2")
    view.set_filter(rf.NOT_ASSESSED)
    assert "一.2" in view.visible_items()
    for row in range(3):
        with qtbot.waitSignal(ctx.score_changed, timeout=2000):
            view.model.setData(_line(view, "一.2", row, VALUE), "met", Qt.ItemDataRole.EditRole)
    assert "一.2" not in view.visible_items()


def test_bad_value_is_refused_with_a_message(open_ctx, qtbot, shown_errors):
    ctx = open_ctx("clerk")
    view = _view(ctx, qtbot)
    before = ctx.facts().items.get("一.3", {}).get("3")
    count = view.proxy.mapFromSource(_line(view, "一.3", 2, VALUE))
    assert not view.proxy.setData(count, "-3", Qt.ItemDataRole.EditRole)
    assert len(shown_errors) == 1 and shown_errors[0].msg.key == "row.negative"
    assert ctx.facts().items.get("一.3", {}).get("3") == before  # unchanged


def test_head_may_tick_admin_may_not(open_ctx, qtbot):
    head = _view(open_ctx("head"), qtbot)
    assert head.model.read_only_reason is None
    admin = _view(open_ctx("admin"), qtbot)
    assert admin.model.read_only_reason is not None
    assert "administrator" in admin.banner.text()
    assert not admin.model.flags(_line(admin, "一.2", 0, VALUE)) & Qt.ItemFlag.ItemIsEditable


def test_approved_year_is_read_only_with_the_reason(open_ctx, qtbot, shown_errors):
    from evaldesk.services import approvals

    ctx = open_ctx("clerk")
    view = _view(ctx, qtbot)
    head = open_ctx("head")
    approvals.approve(head.store, head.actor, head.year, 0, "年度自评完成")
    assert view.model.read_only_reason is None
    view.refresh()  # F5: another program's change (here: another Store object) is read again
    assert view.model.read_only_reason is not None
    assert head.actor.display_name in view.banner.text() and str(ctx.year) in view.banner.text()


def test_overdue_ledger_entry_shows_its_deduction_in_the_panel(open_ctx, qtbot):
    from evaldesk.services import ledger
    from evaldesk.store import LedgerFields

    ctx = open_ctx("clerk")
    panel = ScorePanel(ctx)
    qtbot.addWidget(panel)
    panel.show_report()
    before = ctx.report()
    overdue = before.counts["ledger_overdue"]
    start = date(ctx.year, 12, 1)  # the demo's year is over; quarters 1-3 are approved (locked)
    with qtbot.waitSignal(ctx.score_changed, timeout=3000):
        ledger.add_entry(
            ctx.store,
            ctx.actor,
            ctx.year,
            LedgerFields(
                source="inspection",
                title="督导发现问题整改",
                received_date=start,
                deadline=date(ctx.year, 12, 10),
                status="in_progress",
            ),
        )
    after = ctx.report()
    assert after.counts["ledger_overdue"] == overdue + 1
    # "未及时落实的，每件扣 2 分" in 季度调度 (40%)
    assert after.item("调度.1").score == before.item("调度.1").score - 2
    assert after.total == before.total - Decimal("0.8")
    assert f"<b>{overdue + 1}</b>" in panel.counts.text()
    rows = {r.label: r for r in panel.count_rows(after)}
    # 湖南 deducts for overdue entries and quarters not dispatched, not for late ones (rubric note)
    assert rows["Overdue ledger entries"].scored
    assert rows["Quarters not reported"].scored
    assert not rows["Quarters reported late"].scored
    assert "Quarters reported late<span" in panel.counts.text()  # marked "(not scored)"
    shown = [
        panel.losses.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.losses.count())
    ]
    real, unassessed = split_losses(after, LOSSES_SHOWN)
    assert [code for kind, code in filter(None, shown) if kind == ITEM_ROW] == [
        i.code for i in real + unassessed
    ]
    opened = []
    panel.item_activated.connect(opened.append)
    panel.losses.itemClicked.emit(panel.losses.item(0))
    assert opened == [shown[0][1]]
