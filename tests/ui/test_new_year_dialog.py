"""A new year from last year's, in the GUI (issue 20): a changed rubric imported from a table,
what changed shown before confirming, last year's entries carried over one by one."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from evaldesk.rubrics.importing.table_out import write_xlsx
from evaldesk.services import ledger, rubric_files
from evaldesk.services.actor import system_actor
from evaldesk.services.rubric import year_rubric
from evaldesk.store import LedgerQuery
from evaldesk.ui.dialogs.new_year import NewYearDialog
from evaldesk.ui.dialogs.rubric_import import RubricImportDialog


def _changed_table(ctx, path):  # type: ignore[no-untyped-def]
    """Last year's rubric as a sender's table, with 一.2 renumbered 一.9 and 一.3's points cut."""
    write_xlsx(year_rubric(ctx.store, ctx.year).rubric, path)
    book = load_workbook(path)
    sheet = book.active
    for row in sheet.iter_rows(min_row=3):
        if row[0].value == "一.2":
            row[0].value = "一.9"
        if row[0].value == "一.3":
            row[2].value = 2
        if row[0].value == "一":
            row[2].value = 18
    book.save(path)


def test_new_year_from_last_year_with_a_changed_rubric(open_ctx, demo, qtbot, tmp_path) -> None:
    ctx = open_ctx("admin")
    year = ctx.year
    today = date(year + 1, 1, 15)
    entries = ledger.search(ctx.store, LedgerQuery(year, limit=None))
    done = [e for e in entries if e.status == "done"]
    repeating = done[0]
    ledger.edit_entry(
        ctx.store, system_actor("test"), repeating.id, {"repeats_yearly": True}, today=today
    )
    still_open = [e for e in entries if e.status in ("open", "in_progress")]

    table = tmp_path / "county.xlsx"
    _changed_table(ctx, table)
    importer = RubricImportDialog(ctx, path=table)
    qtbot.addWidget(importer)
    assert importer.save_button.isEnabled(), [
        importer.problems.item(i).text() for i in range(importer.problems.count())
    ]
    assert importer.preview.topLevelItemCount() > 0
    importer.save_button.click()
    assert importer.saved is not None and importer.saved.rubric.id == "county"

    dialog = NewYearDialog(ctx, today=today)
    qtbot.addWidget(dialog)
    assert dialog.year.value() == year + 1
    dialog.rubric.setCurrentIndex(dialog.rubric.findData(importer.saved.key))
    dialog._create()  # a table holds no units, and this office is one of the rubric's units
    assert dialog.created is None and "no units" in dialog.message.text()
    # in the editor the administrator adds the units: a new version
    old = year_rubric(ctx.store, year).rubric
    with_units = importer.saved.rubric.model_copy(
        update={"units": old.units, "unit_groups": old.unit_groups}
    )
    saved = rubric_files.save(ctx.store, ctx.actor, with_units)
    assert saved.rubric.version == 2
    dialog = NewYearDialog(ctx, today=today)
    qtbot.addWidget(dialog)
    dialog.rubric.setCurrentIndex(dialog.rubric.findData(saved.key))
    changes = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert changes[0].startswith(
        "Items added 0, removed 0, renamed 0, renumbered 1; points changed 1,"
    )
    assert "code changed: 一.2 -> 一.9 宣传推介" in changes
    assert dialog.mapping.item(0, 0).text() == "一.2 宣传推介"  # last year's item, named
    assert "points: 一.3 4 -> 2" in changes
    assert "section points: 一 20 -> 18" in changes
    # the entries proposed: the one that repeats, and every one still open at the year's end
    proposed = [p.source.id for p in dialog.plan.proposals]  # type: ignore[union-attr]
    assert sorted(proposed) == sorted([repeating.id, *(e.id for e in still_open)])
    assert dialog.entries.rowCount() == len(proposed)
    # the clerk drops the first one
    dialog.entries.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    dropped = dialog.plan.proposals[0].source.id  # type: ignore[union-attr]
    kept = [p for p in dialog.plan.proposals if p.source.id != dropped]  # type: ignore[union-attr]
    dialog._create()
    assert dialog.created == year + 1, dialog.message.text()

    record = ctx.store.years.get(year + 1)
    assert (record.rubric_id, record.rubric_version) == ("county", 2)
    carried = ledger.search(ctx.store, LedgerQuery(year + 1, limit=None))
    assert sorted(e.title for e in carried) == sorted(p.source.title for p in kept)
    assert all(e.status == "open" and e.done_date is None for e in carried)
    assert all(e.deadline.year == year + 1 for e in carried)
    by_old = {p.source.item_code: p.fields.item_code for p in kept if p.source.item_code}
    if "一.2" in by_old:
        assert by_old["一.2"] == "一.9"  # mapped where the code changed
    # last year keeps its rubric, its entries and its evidence
    assert ctx.store.years.get(year).rubric_id == "hunan-rsxczx-2021"
    assert len(ledger.search(ctx.store, LedgerQuery(year, limit=None))) == len(entries)
    assert rubric_files.choices(ctx.store)[0].key == f"year:{year + 1}"


def test_the_ledger_entry_dialog_sets_repeats_yearly(open_ctx, qtbot) -> None:
    from evaldesk.ui.dialogs.ledger_entry import LedgerEntryDialog

    ctx = open_ctx("clerk")
    entry = ledger.search(ctx.store, LedgerQuery(ctx.year, limit=1))[0]
    dialog = LedgerEntryDialog(ctx, entry, today=date(ctx.year, 12, 31))
    qtbot.addWidget(dialog)
    assert not dialog.repeat_check.isChecked()
    dialog.repeat_check.setChecked(True)
    dialog.save()
    assert dialog.saved is not None and dialog.saved.repeats_yearly
    assert ctx.store.ledger.get(entry.id).repeats_yearly
