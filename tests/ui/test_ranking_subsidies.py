"""如皋 2021: a ranking rule's group figures beside the tree, and the 补助测算 page."""

from __future__ import annotations

from decimal import Decimal

import pytest
from forms_data import RUGAO_YEAR, context, rugao_office
from PySide6.QtCore import Qt

from evaldesk.services import facts as facts_service
from evaldesk.services import subsidies, users
from evaldesk.ui.models.rubric_rows import VALUE
from evaldesk.ui.views.rubric import RubricView
from evaldesk.ui.widgets.ranking_group import UnitRole
from evaldesk.ui.widgets.subsidy_panel import AMOUNT, STATE, TITLE, SubsidyPanel

CODE = "一.1.3"  # 位次考核: towns ranked by completion %, −0.25 per place, 5 points


@pytest.fixture
def office(tmp_path, qapp, shown_errors):
    store, actor = rugao_office(tmp_path / "data")
    ctx = context(tmp_path / "data", store, actor, RUGAO_YEAR)
    yield ctx
    ctx.close()
    store.close()


def _view(ctx, qtbot) -> RubricView:
    view = RubricView(ctx)
    qtbot.addWidget(view)
    return view


def _cell(editor, unit_id: str):
    for row in range(editor.table.rowCount()):
        cell = editor.table.item(row, 1)
        if cell.data(UnitRole) == unit_id:
            return cell
    raise AssertionError(unit_id)


def test_group_figures_entered_beside_the_tree_place_the_unit(office, qtbot):
    view = _view(office, qtbot)
    # the ranking is for towns that completed 一.1.1's task ("完成全年…任务的"): record it first
    facts_service.set_rule_fact(
        office.store, office.actor, RUGAO_YEAR, "一.1.1", "1", {"actual": "1045"}
    )
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        facts_service.set_rule_fact(
            office.store, office.actor, RUGAO_YEAR, CODE, "1", {"actual": "1045"}
        )
    assert view.show_item(CODE)
    editor = view.ranking
    assert not editor.isHidden()
    units = [editor.table.item(r, 1).data(UnitRole) for r in range(editor.table.rowCount())]
    assert units[0] == "dongchen" and len(units) == 10  # itself, then the nine other towns
    assert "gongyeyuan" not in units  # 主功能区 are ranked apart
    assert _cell(editor, "dongchen").text() == "105.03"  # 1045 / 995 task
    assert office.report().item(CODE).status == "not_assessed"  # waits for the others
    for unit, figure in (("dingyan", "110"), ("baipu", "104"), ("motou", "99")):
        with qtbot.waitSignal(office.score_changed, timeout=2000):
            _cell(editor, unit).setText(figure)
    item = office.report().item(CODE)
    assert item.status != "not_assessed" and item.score == Decimal("4.75")
    assert "place 2 in the group" in editor.result.text()  # the interface is in English here
    assert editor.filled_units() == {"dingyan": "110", "baipu": "104", "motou": "99"}
    fact = office.facts().items[CODE]["1"]
    assert fact.actual == Decimal(1045) and fact.group == {
        "dingyan": Decimal(110),
        "baipu": Decimal(104),
        "motou": Decimal(99),
    }
    # the tree row of the rule counts what is entered
    assert view.model is not None
    item_index = view.model.index_of(CODE)
    rows = [view.model.index(r, VALUE, item_index) for r in range(view.model.rowCount(item_index))]
    assert any("3" in str(i.data()) and "9" in str(i.data()) for i in rows)
    # undo takes 磨头镇's figure out again
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        office.undo.undo()
    assert "motou" not in (office.facts().items[CODE]["1"].group or {})
    assert _cell(editor, "motou").text() == ""


def test_letters_in_a_group_figure_are_refused_with_a_message(office, qtbot):
    view = _view(office, qtbot)
    view.show_item(CODE)
    editor = view.ranking
    _cell(editor, "baipu").setText("1o4")
    assert not editor.message.isHidden() and "1o4" in editor.message.text()
    assert facts_service.current_rule_fact(office.store, RUGAO_YEAR, CODE, "1") is None
    # the own unit's figure is computed, not typed
    assert not _cell(editor, "dongchen").flags() & Qt.ItemFlag.ItemIsEditable


def test_the_group_panel_is_only_for_ranking_items(office, qtbot):
    view = _view(office, qtbot)
    view.show_item("一.1.1")
    assert view.ranking.isHidden()
    view.show_item("三.2")  # 助保贷款: all fourteen units ranked together
    assert not view.ranking.isHidden()
    assert view.ranking.table.rowCount() == 14


# --------------------------------------------------------------------------- subsidies


def _panel(view: RubricView) -> SubsidyPanel:
    panel = view.page("subsidyPanel")
    assert isinstance(panel, SubsidyPanel)
    return panel


def _line(panel: SubsidyPanel, title_part: str) -> tuple[str, str]:
    for row in range(panel.table.rowCount()):
        if title_part in panel.table.item(row, TITLE).text():
            return panel.table.item(row, AMOUNT).text(), panel.table.item(row, STATE).text()
    raise AssertionError(title_part)


def test_the_subsidy_page_lists_every_line_and_follows_the_inputs(office, qtbot):
    view = _view(office, qtbot)
    assert not view.tabs.tabBar().isHidden()
    panel = _panel(view)
    assert panel.table.rowCount() == 11
    assert _line(panel, "3月31日前完成居民养老保险任务")[0] == "0"
    assert panel.result is not None
    assert {ln.id for ln in panel.result.lines if ln.pending} >= {"jubao_early", "other_work"}
    combo = panel.flags["jubao_by_0331"]
    combo.setCurrentIndex(combo.findData(True))
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        combo.activated.emit(combo.currentIndex())
    assert _line(panel, "3月31日前完成居民养老保险任务")[0] == "10000"
    place = panel.places["other_work"]
    place.set_text("2")
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        assert place.commit()
    assert _line(panel, "人才开发等五项工作")[0] == "20000"
    count = panel.counts["jubao_900"]
    count.set_text("150")
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        assert count.commit()
    assert _line(panel, "900元档")[0] == "600"
    assert panel.result is not None and panel.result.total == Decimal(30600)
    assert "30600" in panel.total.text()
    state = subsidies.subsidy_state(office.store, RUGAO_YEAR)
    assert state.places == {"other_work": 2} and state.inputs.counts == {"jubao_900": 150}
    # letters and places below 1 are refused on the field; nothing is stored
    count.set_text("十")
    assert not count.commit() and not count.message.isHidden()
    place.set_text("0")
    assert not place.commit()
    assert subsidies.subsidy_state(office.store, RUGAO_YEAR) == state
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        office.undo.undo()  # the count of 150
    assert _line(panel, "900元档")[0] == "0"


def test_the_subsidy_page_is_read_only_for_an_administrator(office, qtbot):
    users.add_user(office.store, office.actor, "admin", "管理员", "admin", "admin-password-1")
    office.actor = users.login(office.store, "admin", "admin-password-1")
    view = _view(office, qtbot)
    panel = _panel(view)
    assert not panel.banner.isHidden()
    assert not panel.flags["jubao_by_0331"].isEnabled()
    assert panel.places["overall"].editor.isReadOnly()


def test_a_rubric_without_form_or_subsidies_shows_no_tabs(ctx, qtbot):
    view = _view(ctx, qtbot)
    assert view.tabs.count() == 1 and view.tabs.tabBar().isHidden()
    assert view.page("subsidyPanel") is None and view.page("reportFormView") is None


def test_counts_the_rubric_does_not_score_are_shown_as_such(office, qtbot):
    """如皋's rubric reads no ledger or dispatch counts: an overdue entry is listed, not red."""
    from datetime import date

    from evaldesk.services import ledger
    from evaldesk.store import LedgerFields
    from evaldesk.ui import theme
    from evaldesk.ui.widgets.score_panel import ScorePanel, counted_sources

    assert counted_sources(office.rubric) == frozenset()
    panel = ScorePanel(office)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(office.score_changed, timeout=3000):
        ledger.add_entry(
            office.store,
            office.actor,
            RUGAO_YEAR,
            LedgerFields(
                source="assigned",
                title="逾期未办结的事项",
                received_date=date(RUGAO_YEAR, 3, 1),
                deadline=date(RUGAO_YEAR, 3, 10),
            ),
            today=date(RUGAO_YEAR, 12, 31),
        )
    panel.show_report()
    assert office.report().counts["ledger_overdue"] == 1
    html = panel.counts.text()
    row = html[html.index("Overdue ledger entries") :].split("</tr>")[0]
    assert "(not scored)" in row and theme.BAD.name() not in row and "<b>1</b>" in row
