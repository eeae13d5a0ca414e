"""The wizard sets up a receiving office (issue 18, finding 5): for one rubric and year, its
units prefilled from the rubric and editable, a reviewer's account beside the head's and
the clerk's."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from evaldesk.services import collect_setup, users
from evaldesk.services.collect_desk import is_receiving
from evaldesk.ui.dialogs.wizard import SetupWizard
from evaldesk.ui.dialogs.wizard_receiving import CODE, NAME, SCORED_AS


def _fill(box, name: str, password: str) -> None:
    box.setChecked(True)
    box.username.setText(name)
    box.display.setText(name)
    box.password.setText(password)
    box.again.setText(password)


def test_the_wizard_sets_up_a_receiving_office(tmp_path, qtbot):
    folder = tmp_path / "office"
    wizard = SetupWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office.as_receiving.setChecked(True)
    wizard.office.name.setText("湖南省人力资源和社会保障厅考核办")
    wizard.next()
    assert wizard.currentPage() is wizard.rubric
    wizard.rubric.rubric.setCurrentIndex(wizard.rubric.rubric.findData("hunan-rsxczx-2021"))
    assert not wizard.rubric.unit.isVisible()  # a receiving office is none of the units
    wizard.rubric.year.setValue(2021)
    wizard.next()
    assert wizard.currentPage() is wizard.units
    table = wizard.units.table
    assert table.rowCount() == 15  # 14 cities and the rubric's one ``dept`` unit
    assert table.item(0, NAME).text() == "长沙市"
    # the 厅 lists each department, each scored as ``dept``
    last = table.rowCount() - 1
    table.item(last, CODE).setText("dept-rlzy")
    table.item(last, NAME).setText("人力资源流动管理处")
    wizard.units.add_row(collect_setup.UnitDraft("dept-jyc", "就业促进处", "dept"))
    wizard.units.add_row(collect_setup.UnitDraft("dept-jyc", "重复的处", "dept"))
    wizard.next()
    assert wizard.currentPage() is wizard.units  # refused: a code used twice
    assert "dept-jyc" in wizard.units.message.text()
    table.setCurrentCell(table.rowCount() - 1, 0)
    wizard.units.remove_row()
    wizard.next()
    assert wizard.currentPage() is wizard.account
    wizard.account.username.setText("admin")
    wizard.account.password.setText("secret-pass-1")
    wizard.account.again.setText("secret-pass-1")
    wizard.next()
    assert wizard.currentPage() is wizard.team
    assert wizard.team.reviewer.isVisible()
    _fill(wizard.team.reviewer, "ping", "secret-pass-2")
    wizard.next()
    assert wizard.currentPage() is wizard.confirm
    assert "Receiving office" in wizard.confirm.summary.text()
    wizard.accept()
    store = wizard.store
    try:
        assert is_receiving(store)
        assert collect_setup.require_receiving(store) == 2021
        listed = {u.code: (u.name, u.rubric_unit) for u in collect_setup.units(store)}
        assert len(listed) == 16
        assert listed["dept-rlzy"] == ("人力资源流动管理处", "dept")
        assert listed["dept-jyc"] == ("就业促进处", "dept")
        assert {u.username: u.role for u in users.list_users(store)}["ping"] == "reviewer"
    finally:
        store.close()


def test_a_unit_scored_as_no_rubric_unit_is_refused_on_the_page(tmp_path, qtbot):
    wizard = SetupWizard(tmp_path / "office")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office.as_receiving.setChecked(True)
    wizard.office.name.setText("如皋市人社局")
    wizard.next()
    wizard.rubric.rubric.setCurrentIndex(wizard.rubric.rubric.findData("rugao-rsks-2021"))
    wizard.next()
    assert wizard.units.table.rowCount() == 14
    wizard.units.table.item(0, CODE).setText("bad code!")
    wizard.next()
    assert wizard.currentPage() is wizard.units
    assert "Row 1" in wizard.units.message.text()
    scored = wizard.units.table.cellWidget(0, SCORED_AS)
    assert isinstance(scored, QComboBox) and scored.count() == 14
