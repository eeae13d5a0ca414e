"""The Excel files of the package: the score sheet (scores.xlsx) and ledger + dispatch (ledger.xlsx).

Scores are written as numbers (not formulas), the same rows as the PDF's score table, so a
reviewer who reopens the file sees exactly the totals of score.json. Reviewer columns
(初评分 / 审定分) are left blank unless review scores were recorded. The bytes are
deterministic: fixed document properties and fixed zip timestamps (the export date).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from evaldesk.export.content import (
    SCORE_HEADERS,
    TAIL_HEADERS,
    ScoreRow,
    dispatch_status,
    score_columns,
    score_summary,
)
from evaldesk.export.sheet_print import (
    FONT,
    a4_widths,
    display_width,
    page_setup,
    set_row_height,
    set_widths,
)
from evaldesk.export.snapshot import ExportSnapshot
from evaldesk.export.zipdet import FixedTimeZipFile
from evaldesk.messages import glossary as g
from evaldesk.messages import msg

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
SCORE_SHEET = "评分表"
LEDGER_SHEET = "台账"
DISPATCH_SHEET = "季度调度"


def scores_xlsx(snapshot: ExportSnapshot, rows: Sequence[ScoreRow]) -> bytes:
    wb = _workbook(snapshot, f"{snapshot.office.name}{snapshot.year}年度评分表")
    ws = wb.active
    assert ws is not None
    ws.title = SCORE_SHEET
    cols = score_columns(snapshot.rubric)
    headers = [*SCORE_HEADERS, *(label for _, label in cols), *TAIL_HEADERS]
    title = f"{snapshot.office.name} {snapshot.year}年度 {snapshot.rubric.title} 评分表"
    _title(ws, title, len(headers))
    _header(ws, 2, headers)
    r = 3
    for row in rows:
        values: list[Any] = [row.project, row.content, row.points, row.criteria]
        values += [row.scores.get(cid) for cid, _ in cols]
        values += ["\n".join(row.reasons), row.evidence]
        _cells(ws, r, values)
        if row.mark:  # the value stays a number; the sheet shows the mark beside it
            ws.cell(r, 3).number_format = f'General"{row.mark}"'
        if row.kind != "item":
            for c in range(1, len(headers) + 1):
                ws.cell(r, c).font = Font(name=FONT, bold=True)
                ws.cell(r, c).fill = SECTION_FILL
        r += 1
    report = snapshot.report
    notes: list[list[Any]] = [["自评结果", score_summary(report)]]
    for part in report.parts:
        notes.append(
            [
                msg("xlsx.part", title=part.title, weight=_pct(part.weight)).text("zh"),
                msg("xlsx.part_score", score=part.score, weighted=part.weighted).text("zh"),
            ]
        )
    if report.grade_cap:
        notes.append(
            [
                msg("xlsx.grade_cap").text("zh"),
                msg("xlsx.grade_cap_value", grade=report.grade_cap).text("zh"),
            ]
        )
    for use in report.interpretations:
        source = f"　原文：“{use.source}”" if use.source else ""
        notes.append([f"※{use.title}", f"{use.reason}{source}"])
    r += 1
    for note in notes:
        _cells(ws, r, note, border=False)
        ws.cell(r, 1).font = Font(name=FONT, bold=True)
        # The note reads across the table's width, not down the narrow 内容 column.
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=len(headers))
        r += 1
    widths = [16, 28, 6, 36, *([7] * len(cols)), 26, 14]
    _finish(ws, widths, landscape=True, header_row=2)
    return _save(wb, snapshot.export_date)


def ledger_xlsx(snapshot: ExportSnapshot) -> bytes:
    wb = _workbook(snapshot, f"{snapshot.office.name}{snapshot.year}年度台账")
    ws = wb.active
    assert ws is not None
    ws.title = LEDGER_SHEET
    headers = [g.NUMBER.chinese, g.SOURCE.chinese, g.TITLE.chinese, g.RESPONSIBLE.chinese]
    headers += [g.RECEIVED.chinese, g.DEADLINE.chinese, g.STATUS.chinese, g.DONE_DATE.chinese]
    headers += [g.ITEM_LINK.chinese, g.OVERDUE.chinese]
    _title(ws, f"{snapshot.office.name} {snapshot.year}年度工作台账", len(headers))
    _header(ws, 2, headers)
    for i, row in enumerate(snapshot.ledger, start=1):
        values: list[Any] = [i, row.source, row.title, row.responsible, row.received]
        values += [row.deadline, row.status, row.done, row.item_code or ""]
        values.append("逾期" if row.overdue else "")
        _cells(ws, i + 2, values)
    _finish(ws, [6, 14, 40, 10, 12, 12, 10, 12, 12, 8], landscape=True, header_row=2)

    ds = wb.create_sheet(DISPATCH_SHEET)
    headers = ["季度", "截止日期", "报送日期", "状态", "领域", "进展情况"]
    _title(ds, f"{snapshot.office.name} {snapshot.year}年度季度调度", len(headers))
    _header(ds, 2, headers)
    r = 3
    for d in sorted(snapshot.dispatch, key=lambda d: d.quarter):
        areas = d.progress or (("", ""),)
        for area, text in areas:
            _cells(ds, r, [d.label, d.due, d.submitted, dispatch_status(d.status), area, text])
            r += 1
    _finish(ds, [10, 12, 12, 10, 20, 70], landscape=True, header_row=2)
    return _save(wb, snapshot.export_date)


# --------------------------------------------------------------------------- helpers


def _workbook(snapshot: ExportSnapshot, title: str) -> Workbook:
    wb = Workbook()
    stamp = datetime(
        snapshot.export_date.year, snapshot.export_date.month, snapshot.export_date.day
    )
    props = wb.properties
    props.created = props.modified = stamp
    props.creator = props.lastModifiedBy = snapshot.generator
    props.title = title
    props.subject = f"{snapshot.rubric.title} {snapshot.rubric.doc_number}".strip()
    return wb


def _title(ws: Worksheet, text: str, width: int) -> None:
    ws.cell(1, 1, text).font = Font(name=FONT, size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 28


def _header(ws: Worksheet, row: int, headers: Sequence[str]) -> None:
    for c, text in enumerate(headers, start=1):
        cell = ws.cell(row, c, text)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = HEAD_FILL
        cell.alignment = CENTER
        cell.border = BORDER


def _cells(ws: Worksheet, row: int, values: Sequence[Any], *, border: bool = True) -> None:
    for c, value in enumerate(values, start=1):
        cell = ws.cell(row, c, value)
        cell.font = Font(name=FONT)
        cell.alignment = WRAP
        if border:
            cell.border = BORDER
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"


def _finish(ws: Worksheet, widths: Sequence[int], *, landscape: bool, header_row: int) -> None:
    """Column widths fitted to the text and to A4, each row as tall as its wrapped text, frozen
    header, A4 printing with the header repeated on every page."""
    fitted = []
    for c, base in enumerate(widths, start=1):
        longest = max(
            (
                display_width(cell.value)
                for (cell,) in ws.iter_rows(min_row=header_row, min_col=c, max_col=c)
            ),
            default=0,
        )
        fitted.append(max(6, min(base, longest + 2)))
    final = a4_widths(fitted, landscape=landscape)
    set_widths(ws, final)
    merged = {(m.min_row, m.min_col): m.max_col for m in ws.merged_cells.ranges}
    for r, row in enumerate(ws.iter_rows(min_row=header_row, values_only=True), start=header_row):
        spans = [sum(final[c - 1 : merged.get((r, c), c)]) for c in range(1, len(final) + 1)]
        set_row_height(ws, r, row, spans)
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    page_setup(ws, header_rows=f"{header_row}:{header_row}", landscape=landscape)


def _pct(value: Decimal) -> str:
    return f"{(value * 100).normalize():f}%"


def _save(wb: Workbook, when: date) -> bytes:
    buffer = io.BytesIO()
    archive = FixedTimeZipFile(buffer, when)
    ExcelWriter(wb, archive).save()
    return buffer.getvalue()
