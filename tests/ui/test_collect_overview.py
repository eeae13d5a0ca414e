"""The receiving office's overview (issue 18, finding 1): units, sorting, filtering, a unit's
items, the reviewer's scores through the service, and opening what a unit sent."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from evaldesk.services.collect_overview import item_rows
from evaldesk.services.collect_results import collect_state
from evaldesk.ui.models import collect_units as cu
from evaldesk.ui.views.collect_overview import CollectOverview


def _column(view: CollectOverview, column: int) -> list[str]:
    proxy = view.units_proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_the_overview_lists_every_unit_and_sorts_and_filters(qtbot, rugao_office, office_ctx):
    ctx = office_ctx(rugao_office, "clerk")
    view = CollectOverview(ctx)
    qtbot.addWidget(view)
    assert view.units_proxy.rowCount() == 14
    states = _column(view, cu.STATE)
    assert states.count("received") == 2 and states.count("not received") == 12
    assert "2 received, 12 not yet" in view.summary.text()
    missing = dict(zip(_column(view, cu.UNIT), _column(view, cu.MISSING_COL), strict=True))
    assert missing["东陈镇"] != "" or missing["高新区（城南街道）"] != ""
    assert "no package received yet" in missing["白蒲镇"]

    view.units.sortByColumn(cu.SELF, Qt.SortOrder.DescendingOrder)
    scores = _column(view, cu.SELF)
    assert scores[2:] == [""] * 12  # the units not received last
    assert Decimal(scores[0]) >= Decimal(scores[1])
    view.units.sortByColumn(cu.SELF, Qt.SortOrder.AscendingOrder)
    ascending = _column(view, cu.SELF)
    assert ascending[:2] == list(reversed(scores[:2])) and ascending[2:] == [""] * 12

    view.filter.setText("东陈")
    assert _column(view, cu.UNIT) == ["东陈镇"]
    view.filter.clear()
    view.show_choice.setCurrentIndex(cu.SHOW_NOT_RECEIVED)
    assert view.units_proxy.rowCount() == 12
    view.show_choice.setCurrentIndex(cu.SHOW_ALL)


def test_ctrl_f_goes_to_the_filter(qtbot, rugao_office, office_ctx):
    view = CollectOverview(office_ctx(rugao_office, "clerk"))
    qtbot.addWidget(view)
    view.filter.setText("东陈")
    (find,) = [s for s in view.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+F")]
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.filter.deselect()
    find.activated.emit()
    assert view.filter.selectedText() == "东陈"  # keyboard focus is not given offscreen


def test_a_reviewer_scores_an_item_with_a_reason(qtbot, rugao_office, office_ctx):
    ctx = office_ctx(rugao_office, "ping")
    view = CollectOverview(ctx)
    qtbot.addWidget(view)
    assert view.review_box.isEnabled()
    assert view.select_unit("dongchen")
    item = view.items_model.rows[0]
    assert view.select_item(item.code)
    view.review_kind.setCurrentIndex(1)  # 审定
    view.review_value.setText("0")
    assert not view.save_review()  # no reason
    assert "reason" in view.review_message.text().lower()
    view.review_reason.setText("复核台账缺少佐证")
    assert view.save_review(), view.review_message.text()
    row = next(r for r in item_rows(collect_state(ctx.store), "dongchen") if r.code == item.code)
    assert row.final_review == Decimal(0) and row.reasons["final"] == "复核台账缺少佐证"
    shown = view.items_model.rows[view.items_model.row_of(item.code)]
    assert shown.final_review == Decimal(0)
    counts = dict(zip(_column(view, cu.UNIT), _column(view, cu.FINAL_REVIEW), strict=True))
    assert counts["东陈镇"] == "1 item"  # not "1 items"


def test_a_reviewers_change_is_listed_and_undone_step_by_step(qtbot, rugao_office, office_ctx):
    """Two entries of one score, then two undos: 审定 goes 0 -> 2 -> 0 -> not scored, each step
    audited, and the form lists the changes with their reasons."""
    ctx = office_ctx(rugao_office, "ping")
    view = CollectOverview(ctx)
    qtbot.addWidget(view)
    assert view.select_unit("dongchen")
    item = view.items_model.rows[0]
    assert view.select_item(item.code)
    view.review_kind.setCurrentIndex(1)  # 审定
    assert not view.review_undo.isEnabled()  # never scored: nothing to undo

    def final() -> tuple[Decimal | None, str]:
        row = next(
            r for r in item_rows(collect_state(ctx.store), "dongchen") if r.code == item.code
        )
        return row.final_review, row.reasons.get("final", "")

    for value, reason in (("0", "缺少佐证"), ("2", "补交佐证后复核")):
        view.review_value.setText(value)
        view.review_reason.setText(reason)
        assert view.save_review(), view.review_message.text()
        view.refresh()  # as the window does on the change (ctx.changed)
        assert not view.review_message.isHidden()  # "Saved." stays
    assert final() == (Decimal(2), "补交佐证后复核")
    history = view.review_history.text().splitlines()
    assert len(history) == 3 and "补交佐证后复核" in history[1] and "缺少佐证" in history[2]
    assert view.undo_review()
    assert final() == (Decimal(0), "缺少佐证")
    assert view.review_value.text() == "0" and view.review_reason.text() == "缺少佐证"
    assert view.undo_review()
    assert final()[0] is None
    assert view.review_value.text() == ""
    audited = ctx.store.audit.rows(entity="collect_review")
    assert [r.action for r in audited[:4]] == ["collect.review.undo"] * 2 + ["collect.review"] * 2
    shown = ctx.store.users.display_name("user:ping")
    assert (
        f"　{shown}　" in view.review_history.text() and "user:" not in view.review_history.text()
    )


def test_a_clerk_cannot_score_items(qtbot, rugao_office, office_ctx):
    view = CollectOverview(office_ctx(rugao_office, "clerk"))
    qtbot.addWidget(view)
    assert not view.review_box.isEnabled()
    assert "reviewer" in view.review_box.toolTip()


def test_enter_on_a_unit_opens_its_report_and_an_item_its_evidence(
    qtbot, rugao_office, office_ctx, opened_files
):
    view = CollectOverview(office_ctx(rugao_office, "clerk"))
    qtbot.addWidget(view)
    view.show()
    assert view.select_unit("gaoxinqu")
    view.units.setFocus()
    qtbot.keyClick(view.units, Qt.Key.Key_Return)
    assert opened_files[-1].name == "report.pdf"
    assert opened_files[-1].read_bytes().startswith(b"%PDF")
    view.open_ledger()
    assert opened_files[-1].name == "ledger.xlsx"
    assert view.select_unit("baipu")
    assert not view.report_button.isEnabled()


def test_no_viewer_says_where_the_copy_is(qtbot, rugao_office, office_ctx, monkeypatch):
    from evaldesk.ui.collect import launch

    monkeypatch.setattr(launch, "launcher", lambda _path: False)
    view = CollectOverview(office_ctx(rugao_office, "clerk"))
    qtbot.addWidget(view)
    assert view.select_unit("gaoxinqu")
    view.open_report()
    assert view.notice.isVisibleTo(view)
    assert "report.pdf" in view.notice.text() and "No program" in view.notice.text()
