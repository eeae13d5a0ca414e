"""A rubric as a plain table: 序号 / 考核项目 / 分值 / 考核内容 / 评分标准, nothing else.

The layout senders use, so that the table reads back through the importer to the same
sections, items, points and wording (codes are written in full: "一.1", "调度.1"). Rules,
units, targets and weights have no column: a table cannot hold them, and the YAML file is what
carries a whole rubric. The title is a merged row above the header; a section's row is bold.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from evaldesk.rubrics.importing.columns import PLAIN_HEADERS
from evaldesk.rubrics.model import Rubric

COLUMNS = ("code", "title", "points", "content", "criteria")
WIDTHS = (10, 26, 8, 50, 60)


def rows(rubric: Rubric) -> list[tuple[bool, list[Any]]]:
    """(is a section row, its five values) for every section and item."""
    out: list[tuple[bool, list[Any]]] = []
    for section in rubric.sections:
        out.append(
            (True, [section.code, section.title, _number(section.points), section.content, ""])
        )
        for item in section.items:
            out.append(
                (False, [item.code, item.title, _number(item.points), item.content, item.criteria])
            )
    return out


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def write_xlsx(rubric: Rubric, path: Path) -> None:
    """Write the table; the file appears whole or not at all."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "考核细则"
    book.properties.creator = "EvalDesk"
    sheet.append([rubric.title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    sheet.append([PLAIN_HEADERS[c] for c in COLUMNS])  # type: ignore[index]
    wrap = Alignment(wrap_text=True, vertical="top")
    for col in range(1, len(COLUMNS) + 1):
        sheet.cell(2, col).font = Font(bold=True)
    for heading, values in rows(rubric):
        sheet.append(values)
        for col in range(1, len(COLUMNS) + 1):
            cell = sheet.cell(sheet.max_row, col)
            cell.alignment = wrap
            if heading:
                cell.font = Font(bold=True)
    for index, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(65 + index)].width = width
    sheet.freeze_panes = "A3"
    partial = path.with_name(path.name + ".part")
    try:
        book.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
