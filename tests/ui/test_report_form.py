"""报告表: the report-template form on a real store filled with the 靖州县 2022 sample."""

from __future__ import annotations

from decimal import Decimal

import pytest
from forms_data import FORM_YEAR, context, report_office
from PySide6.QtCore import Qt

from evaldesk.services import approvals, users
from evaldesk.ui.models.form_grid import CellStatusRole
from evaldesk.ui.views.report_form import ReportFormView
from evaldesk.ui.views.rubric import RubricView
from evaldesk.ui.widgets.form_checks import status_text


@pytest.fixture
def office(tmp_path, qapp, shown_errors):
    store, actor = report_office(tmp_path / "data")
    ctx = context(tmp_path / "data", store, actor, FORM_YEAR)
    yield ctx
    ctx.close()
    store.close()


def _form(ctx, qtbot) -> ReportFormView:
    view = RubricView(ctx)
    qtbot.addWidget(view)
    form = view.page("reportFormView")
    assert isinstance(form, ReportFormView)
    assert view.tabs.currentWidget() is form  # a report rubric opens on its form
    return form


def _cell(form: ReportFormView, table: str, row: str, column: str):
    grid = form.grids[table]
    spec = grid.model.table
    r = next(i for i, x in enumerate(spec.rows) if x.id == row)
    c = next(i for i, x in enumerate(spec.columns) if x.id == column)
    return grid.model.index(r, c)


def _check(form: ReportFormView, cid: str):
    return next(r for r in form.results if r.id == cid)


def test_the_form_shows_the_sample_and_its_checks_beside_each_table(office, qtbot):
    form = _form(office, qtbot)
    assert form.fields["dept_name"].text() == "靖州县人力资源和社会保障局"
    assert form.fields["report_date"].text() == "2023年2月20日"
    assert "overall_score" in form.fields and "grade" in form.fields
    assert _cell(form, "spending", "bureau", "total").data() == "1209.14"
    spending = form.grids["spending"].checks
    shown = {r.id: r.status for r in spending.results}
    assert shown["spending-bureau-total"] == "ok"
    assert shown["spending-rows"] == "not_filled"  # the source leaves 汇总 blank
    assert "the parts add up to 1209.14, stated 1209.14" in spending.text()
    # 18.94% computed against 18.92% stated: shown, accepted, tinted
    decrease = _cell(form, "savings", "reception", "decrease_pct")
    assert decrease.data(CellStatusRole) == "within_tolerance"
    assert "18.94" in decrease.data(Qt.ItemDataRole.ToolTipRole)
    savings_text = form.grids["savings"].checks.text()
    assert status_text("within_tolerance") in savings_text
    assert "computed 18.94%, stated 18.92%" in savings_text
    assert _cell(form, "spending", "summary", "total").data(CellStatusRole) == "not_filled"
    # the result box: 100 computed, 优; the blank 评价等次 reported
    assert "100" in form.computed.text() and "优" in form.computed.text()
    assert {r.id: r.status for r in form.result_checks.results} == {
        "score": "ok",
        "grade": "not_filled",
    }
    quality = form.categories["产出.质量"]
    assert quality.rows.model.rows[0]["target"].startswith("指标1：享受人员就业率及准确率")
    assert quality.score.text() == "15"
    assert form.text_tables["evaluators"].model.rows[0]["name"] == "舒海兰"
    assert "59" in form.summary.text()


def test_a_wrong_total_turns_its_check_red_and_undo_puts_it_back(office, qtbot):
    form = _form(office, qtbot)
    index = _cell(form, "spending", "bureau", "total")
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        assert form.grids["spending"].model.setData(index, "1209.5")
    assert office.facts().tables["spending"]["bureau"]["total"] == Decimal("1209.5")
    result = _check(form, "spending-bureau-total")
    assert result.status == "mismatch" and "a difference of" in result.detail
    assert index.data(CellStatusRole) == "mismatch"
    assert status_text("mismatch") in form.grids["spending"].checks.text()
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        office.undo.undo()
    assert office.facts().tables["spending"]["bureau"]["total"] == Decimal("1209.14")
    assert _check(form, "spending-bureau-total").status == "ok"
    assert index.data(CellStatusRole) is None


def test_letters_in_a_number_get_a_message_and_are_not_saved(office, qtbot):
    form = _form(office, qtbot)
    before = office.store.facts.rows(FORM_YEAR)
    grid = form.grids["income"]
    assert not grid.model.setData(_cell(form, "income", "bureau", "general"), "12o9.14")
    assert grid.message.isVisibleTo(form) and "12o9.14" in grid.message.text()
    field = form.fields["staff_quota"]
    field.set_text("36人")
    assert not field.commit()
    assert field.message.isVisibleTo(form)
    assert office.store.facts.rows(FORM_YEAR) == before  # nothing stored
    field.show_value("36")  # a refresh does not wipe what is being corrected
    assert field.text() == "36人"
    field.set_text("38")
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        assert field.commit()
    assert not field.message.isVisibleTo(form)
    assert office.facts().profile["staff_quota"] == "38"


def test_dates_are_stored_as_the_form_prints_them(office, qtbot):
    form = _form(office, qtbot)
    field = form.fields["finance.date"]
    field.set_text("2023-3-1")
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        assert field.commit()
    assert office.facts().profile["finance.date"] == "2023年3月1日"
    assert field.text() == "2023年3月1日"
    field.set_text("三月一日")
    assert not field.commit()
    assert "2023年2月20日" in field.message.text()


def test_indicator_rows_and_their_scores_make_the_category_score(office, qtbot):
    form = _form(office, qtbot)
    quality = form.categories["产出.质量"]
    quality.score.set_text("")
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        assert quality.score.commit()
    assert office.report().item("产出.质量").status == "not_assessed"
    model = quality.rows.model
    assert model.rowCount() == len(model.rows) + 1  # a blank row to type into
    for row, score in enumerate(("5", "4.5", "4")):
        with qtbot.waitSignal(office.score_changed, timeout=2000):
            assert model.setData(model.index(row, 2), score)
    assert office.report().item("产出.质量").score == Decimal("13.5")
    assert "13.5" in quality.result.text()
    # a new indicator typed into the blank row; without a score the sum does not count
    last = len(model.rows)
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        assert model.setData(model.index(last, 0), "指标4：新增指标")
    stored = office.facts().indicators["产出.质量"]
    assert len(stored) == 4 and stored[-1].target == "指标4：新增指标"
    assert office.report().item("产出.质量").status == "not_assessed"
    assert any(r.status == "not_filled" for r in quality.checks.results)
    assert not model.setData(model.index(last, 2), "七")  # letters: refused
    assert "七" in quality.rows.message.text()
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        assert model.remove(last)
    assert len(office.facts().indicators["产出.质量"]) == 3
    assert office.report().item("产出.质量").score == Decimal("13.5")


def test_a_category_score_above_its_points_is_refused_on_the_field(office, qtbot):
    form = _form(office, qtbot)
    score = form.categories["效益.社会"].score
    score.set_text("12")
    assert not score.commit()
    assert "10" in score.message.text()
    score.set_text("8")
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        assert score.commit()
    assert office.report().item("效益.社会").score == Decimal(8)
    assert office.report().total == Decimal(98)
    assert _check(form, "score").status == "mismatch"  # 填报100, computed 98


def test_evaluators_and_sign_off(office, qtbot):
    form = _form(office, qtbot)
    people = form.text_tables["evaluators"].model
    assert people.rowCount() == 4  # the printed form's four lines
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        assert people.setData(people.index(1, 0), "王小红")
    rows = office.facts().texts["evaluators"]
    assert [r["name"] for r in rows] == ["舒海兰", "王小红"]
    opinion = form.fields["dept.opinion"]
    opinion.set_text("同意。")
    with qtbot.waitSignal(office.score_changed, timeout=2000):
        assert opinion.commit()
    assert office.facts().profile["dept.opinion"] == "同意。"


def test_an_approved_year_shows_the_form_read_only(office, qtbot, tmp_path):
    users.add_user(office.store, office.actor, "head", "李建国", "head", "head-password-1")
    head = users.login(office.store, "head", "head-password-1")
    approvals.approve(office.store, head, FORM_YEAR, 0, "年度审定")
    form = _form(office, qtbot)
    assert not form.banner.isHidden() and "李建国" in form.banner.text()
    assert form.grids["income"].model.read_only
    assert form.fields["dept_name"].editor.isReadOnly()
    assert not form.grids["income"].model.flags(_cell(form, "income", "bureau", "total")) & (
        Qt.ItemFlag.ItemIsEditable
    )


def test_checks_that_do_not_apply_are_listed_on_request(office, qtbot):
    form = _form(office, qtbot)
    checks = form.grids["income"].checks
    assert all(r.status != "not_applicable" for r in checks.shown())
    assert "3" in checks.text()  # "另有3项不适用"
    form.all_checks.setChecked(True)
    assert sum(r.status == "not_applicable" for r in checks.shown()) == 3
