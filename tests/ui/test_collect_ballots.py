"""Ballot entry at the receiving office (issue 18, finding 3): a ballot over its quota is
shown over it while it is filled in and refused on save with the reason; a ballot within it
is saved and counted; a ballot is withdrawn; the head decides how the quotas count."""

from __future__ import annotations

from decimal import Decimal

from evaldesk.services import collect_scores
from evaldesk.ui import theme
from evaldesk.ui.dialogs.ballot_entry import BallotDialog

CITIES = "评议.1/1/city"


def _fill(dialog: BallotDialog, a: int, b: int, c: int) -> dict[str, str]:
    units = dialog.view.sheet.units
    grades = dict(zip(units, ["A"] * a + ["B"] * b + ["C"] * c, strict=False))
    dialog.set_grades(grades)
    return grades


def test_a_ballot_over_quota_is_refused_in_the_dialog(qtbot, hunan_office, office_ctx):
    ctx = office_ctx(hunan_office, "clerk")
    dialog = BallotDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.choose_sheet(CITIES)
    assert dialog.grid.rowCount() == 14
    assert "10 points" in dialog.rules.text() and "30%" in dialog.rules.text()
    assert dialog.fit.isVisibleTo(dialog)  # 14 cities: the quotas cannot grade them all
    dialog.voter.setCurrentText("张厅长")
    _fill(dialog, 5, 5, 0)  # 5 A of 10: 50% > 30%
    assert dialog.live.styleSheet().endswith(f"{theme.BAD.name()};")
    assert "30%" in dialog.message.text()
    assert not dialog.save()
    assert "张厅长" in dialog.message.text() and "A" in dialog.message.text()
    assert collect_scores.ballots(ctx.store, CITIES) == []

    _fill(dialog, 3, 5, 2)  # 30% / 50% / 20% exactly: allowed
    assert dialog.message.text() == ""
    assert dialog.save(), dialog.message.text()
    (saved,) = collect_scores.ballots(ctx.store, CITIES)
    assert saved.voter == "张厅长" and len(saved.grades) == 10
    first = dialog.view.sheet.units[0]
    assert dialog.average(first) == "10"  # one ballot, an A: 10 points
    assert dialog.view.tallies[first].average == Decimal(10)


def test_a_ballot_is_withdrawn_with_a_reason(qtbot, hunan_office, office_ctx):
    ctx = office_ctx(hunan_office, "clerk")
    dialog = BallotDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.choose_sheet(CITIES)
    dialog.voter.setCurrentText("李副厅长")
    _fill(dialog, 3, 5, 2)
    assert dialog.save()
    dialog.ballot_list.setCurrentRow(0)
    assert dialog.voter.currentText() == "李副厅长"
    assert not dialog.withdraw("")  # a reason is needed
    assert dialog.withdraw("誊录错误，重新录入")
    assert collect_scores.ballots(ctx.store, CITIES) == []  # no longer counted
    assert dialog.view.ballots == 0
    # still listed, greyed, with the reason: the paper pile is checked against the list
    assert dialog.ballot_list.count() == 1
    listed = dialog.ballot_list.item(0)
    assert "李副厅长" in listed.text() and "誊录错误，重新录入" in listed.text()
    assert listed.foreground().color() == theme.MUTED
    dialog.ballot_list.setCurrentRow(0)
    assert not dialog.withdraw_button.isEnabled()  # not withdrawn twice


def test_the_head_decides_the_rounding_and_a_full_ballot_fits(qtbot, hunan_office, office_ctx):
    clerk = BallotDialog(office_ctx(hunan_office, "clerk"))
    qtbot.addWidget(clerk)
    assert not clerk.rounding_save.isEnabled()
    ctx = office_ctx(hunan_office, "head")
    dialog = BallotDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.choose_sheet(CITIES)
    dialog.rounding.setCurrentIndex(dialog.rounding.findData("half_up"))
    dialog.rounding_reason.setText("14个市州按四舍五入确定各等次个数")
    assert dialog.decide(), dialog.message.text()
    assert not dialog.fit.isVisibleTo(dialog)
    dialog.voter.setCurrentText("王厅长")
    _fill(dialog, 4, 7, 3)  # 4.2 -> 4, 7, 2.8 -> 3: all 14 graded
    assert dialog.save(), dialog.message.text()
