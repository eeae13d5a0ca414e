"""Ledger xlsx export and import (services/ledger_xlsx.py): round trip, per-row errors, cancel."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from records_data import TODAY, YEAR, build_ledger_store, new_office
from refusals import refused, says

from evaldesk.errors import Cancelled, InputError
from evaldesk.messages import Origin
from evaldesk.services import ledger_xlsx
from evaldesk.store import LedgerQuery


def comparable(store) -> list[tuple]:
    rows = store.ledger.search(LedgerQuery(year=YEAR, sort="id", limit=None))
    return sorted(astuple(r)[2:11] for r in rows)  # the fields a person entered


def test_export_then_import_gives_the_same_ledger(tmp_path: Path) -> None:
    source, _ = build_ledger_store(tmp_path / "a", 250)
    out = tmp_path / "台账 导出.xlsx"
    assert ledger_xlsx.export_ledger(source, YEAR, out, today=TODAY) == 250
    sheet = load_workbook(out, read_only=True).worksheets[0]
    header = next(sheet.iter_rows(values_only=True))
    assert header[:4] == ("编号", "来源", "事项", "办理内容")

    target, actor = new_office(tmp_path / "b")
    preview = ledger_xlsx.preview_import(target, YEAR, out, today=TODAY)
    assert len(preview.rows) == 250 and not preview.bad
    assert ledger_xlsx.import_rows(target, actor, YEAR, preview, today=TODAY) == 250
    assert comparable(target) == comparable(source)
    source.close()
    target.close()


def test_bad_rows_are_reported_and_only_good_rows_imported(tmp_path: Path) -> None:
    store, actor = new_office(tmp_path / "d")
    path = tmp_path / "in.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["来源", "事项", "责任人", "接收日期", "办理时限", "状态", "办结日期", "备注"])
    ws.append(["上级交办", "好的一行", "王", date(YEAR, 3, 1), "2024/3/20", "", None, "x"])
    ws.append(
        ["群众反映", "办结早于接收", "李", "2024-05-10", "2024-05-20", "已办结", "2024-05-01", ""]
    )
    ws.append(["督导发现", "", "张", "2024-02-30", "2024-03-01", "", None, ""])
    ws.append(["其他", "跨年时限", "赵", "2024年6月1日", "2025-01-10", "", None, ""])
    ws.append([None] * 8)  # blank rows are skipped
    ws.append(["外星来信", "来源不明", "", "2024-04-01", "2024-04-02", "", None, ""])
    wb.save(path)

    preview = ledger_xlsx.preview_import(store, YEAR, path, today=TODAY)
    assert preview.ignored_columns == ("备注",)
    by_row = {r.row: r for r in preview.rows}
    assert by_row[2].ok
    says(by_row[3].errors["done_date"], "ledger.done_before_received")
    says(by_row[4].errors["received_date"], "ledger.cell_not_a_day", value="2024-02-30")
    says(by_row[5].errors["deadline"], "ledger.deadline_other_year", year=YEAR, other=2025)
    says(by_row[7].errors["source"], "ledger.unknown_source", value="外星来信")
    assert by_row[3].errors["done_date"].origin == Origin(field="done_date")
    assert [r.row for r in preview.good] == [2]
    assert ledger_xlsx.import_rows(store, actor, YEAR, preview, today=TODAY) == 1
    assert [e.title for e in store.ledger.search(LedgerQuery(year=YEAR))] == ["好的一行"]
    store.close()


def test_not_a_workbook_and_missing_columns_say_what_to_fix(tmp_path: Path) -> None:
    store, _ = new_office(tmp_path / "d")
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    with refused(InputError, "ledger.not_xlsx", path=fake):
        ledger_xlsx.preview_import(store, YEAR, fake)
    wb = Workbook()
    wb.active.append(["事项", "责任人"])
    partial = tmp_path / "partial.xlsx"
    wb.save(partial)
    with refused(InputError, "ledger.missing_columns", missing=["来源", "接收日期", "办理时限"]):
        ledger_xlsx.preview_import(store, YEAR, partial)
    store.close()


def test_a_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    store, _ = build_ledger_store(tmp_path / "a", 20)
    out = tmp_path / "out.xlsx"
    with pytest.raises(Cancelled):
        ledger_xlsx.export_ledger(store, YEAR, out, today=TODAY, cancelled=lambda: True)
    assert list(tmp_path.glob("*.xlsx*")) == []
    store.close()


def test_the_exported_ledger_prints_on_a4_with_rows_as_tall_as_their_text(tmp_path: Path) -> None:
    from evaldesk.export.sheet_print import row_height

    source, _ = build_ledger_store(tmp_path / "a", 30)
    out = tmp_path / "台账.xlsx"
    ledger_xlsx.export_ledger(source, YEAR, out, today=TODAY)
    source.close()
    ws = load_workbook(out).worksheets[0]
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$1:$1" and "&N" in ws.oddFooter.center.text
    widths = [ws.column_dimensions[c].width for c in "ABCDEFGHIJKL"]
    assert sum(widths) <= 140  # A4 landscape: fitting to the width does not shrink the text
    for r in range(2, ws.max_row + 1):
        values = [c.value for c in ws[r]]
        assert ws.row_dimensions[r].height == row_height(values, widths), r
        assert ws.cell(r, 3).font.name == "宋体" and ws.cell(r, 3).alignment.wrap_text
