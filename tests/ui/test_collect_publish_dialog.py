"""The ranking and finals, and publishing (issue 18, finding 4): the finals and ranking items
as the office computes them; the head approves and publishes, and the files are there."""

from __future__ import annotations

import shutil
import subprocess
from zipfile import ZipFile

from openpyxl import load_workbook

from evaldesk.services import approvals
from evaldesk.services.collect_overview import unit_rows
from evaldesk.services.collect_results import collect_state
from evaldesk.ui.dialogs.collect_publish import PublishDialog
from evaldesk.ui.dialogs.collect_ranking import RankingDialog


def test_the_ranking_shows_finals_and_each_ranking_item(qtbot, rugao_office, office_ctx):
    ctx = office_ctx(rugao_office, "clerk")
    dialog = RankingDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.finals.rowCount() == 14
    rows = {r.name: r for r in unit_rows(collect_state(ctx.store))}
    first = dialog.finals.item(0, 1).text()
    assert rows[first].place == 1
    final_column = dialog.finals.columnCount() - 3
    assert dialog.finals.item(0, final_column).text() != ""
    rankings = collect_state(ctx.store).computed.rankings
    assert dialog.ranking_choice.count() == len(rankings) >= 3  # 003's 位次考核 items
    assert dialog.ranking.rowCount() == len(rankings[0].rows) > 0  # the units received
    places = [dialog.ranking.item(r, 1).text() for r in range(dialog.ranking.rowCount())]
    assert "1" in places


def test_the_head_approves_and_publishes_the_files(qtbot, rugao_office, office_ctx, tmp_path):
    clerk = PublishDialog(office_ctx(rugao_office, "clerk"))
    qtbot.addWidget(clerk)
    assert not clerk.publish_button.isEnabled() and "head" in clerk.publish_button.toolTip()

    ctx = office_ctx(rugao_office, "head")
    dialog = PublishDialog(ctx)
    qtbot.addWidget(dialog)
    assert "not approved" in dialog.approval.text()
    out = tmp_path / "results"
    dialog.folder.setText(str(out))
    dialog.passphrase.setText("office passphrase 1")
    op = dialog.publish()
    assert op is not None and op.wait()
    assert "not approved" in dialog.outcome.text()  # refused by the service, with the reason
    dialog.approve_note.setText("审定")
    assert dialog.approve()
    assert approvals.locked(ctx.store, 2021).get(0) is not None
    assert not dialog.approve_button.isEnabled()
    op = dialog.publish()
    assert op is not None and op.wait()
    done = dialog.published
    assert done is not None, dialog.outcome.text()
    assert sorted(done.packages) == ["dongchen", "gaoxinqu"]
    for path in done.packages.values():
        assert any(n.endswith("/bagit.txt") for n in ZipFile(path).namelist())
    sheet = load_workbook(done.workbook).active
    assert sheet is not None and sheet.max_row > 2
    assert done.summary.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):  # poppler-utils, as tests/integration/test_export_pdf.py
        text = subprocess.run(
            ["pdftotext", "-raw", str(done.summary), "-"], capture_output=True, text=True
        ).stdout
        assert "东陈镇" in text
    shown = dialog.outcome.text()
    assert str(out) in shown and done.workbook.name in shown and "白蒲镇" in shown
    assert dialog.open_button.isVisibleTo(dialog)


def test_open_folder_hands_the_folder_to_the_desktop(
    qtbot, rugao_office, office_ctx, tmp_path, opened_files
):
    ctx = office_ctx(rugao_office, "head")
    approvals.approve(ctx.store, ctx.actor, 2021, 0, "审定")
    dialog = PublishDialog(ctx)
    qtbot.addWidget(dialog)
    assert "Approved by" in dialog.approval.text()
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.passphrase.setText("office passphrase 1")
    op = dialog.publish()
    assert op is not None and op.wait()
    assert dialog.open_folder()
    assert opened_files == [tmp_path / "out"]
