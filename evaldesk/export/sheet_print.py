"""How every workbook the app writes prints: A4, fit to the page width only, the header rows
repeated, page numbers in the footer, a font every Chinese office PC has, and row heights
computed from the wrapped text.

Excel, WPS and LibreOffice do not grow a row for wrapped text when they open a file whose rows
have no height (LibreOffice prints them one line high, and the text spills over the rows below),
so each row's height is computed here: the lines a cell wraps into, from its text, its column's
width and the font size, a CJK character counting two width units.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

#: 宋体 (SimSun) is on every Chinese Windows; WPS and LibreOffice substitute their own song face.
FONT = "宋体"
FONT_SIZE = 11
#: Printable width of A4 in column-width units (one unit ≈ one Latin character, 7 px at 96 dpi
#: = 5.25 pt) with the default margins (0.7 in each side) and a cell's padding allowed for.
A4_UNITS = {"landscape": 136, "portrait": 92}
#: Points per printed line at FONT_SIZE: Excel's own line for 宋体 11 pt is 14.25 pt; a little
#: more is kept for LibreOffice's substitute faces (white is cheaper than clipped text on a
#: signed sheet).
LINE_PT = 14.5
PAD_PT = 3.0
MAX_ROW_PT = 409.0  # Excel's largest row height


def display_width(value: Any) -> int:
    """Width units of the longest line of ``value`` (a CJK character is two)."""
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    return max((_units(line) for line in str(value).splitlines()), default=0)


def _units(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrapped_lines(value: Any, width: float) -> int:
    """Lines ``value`` takes in a wrapping cell ``width`` units wide."""
    if value is None or value == "":
        return 1
    if isinstance(value, date):
        return 1
    usable = max(1.0, width - 1.0)  # the cell's own padding
    return sum(max(1, math.ceil(_units(line) / usable)) for line in str(value).split("\n"))


def row_height(values: Sequence[Any], widths: Sequence[float], *, size: float = FONT_SIZE) -> float:
    """Points for a row of wrapping cells, from its tallest cell."""
    lines = max(
        (wrapped_lines(v, w) for v, w in zip(values, widths, strict=False)),
        default=1,
    )
    return min(MAX_ROW_PT, round(lines * LINE_PT * size / FONT_SIZE + PAD_PT, 1))


def a4_widths(widths: Sequence[float], *, landscape: bool) -> list[float]:
    """``widths`` scaled down, if need be, to the printable width of A4, so fitting to one page
    wide does not shrink the text (no column below 5 units)."""
    room = A4_UNITS["landscape" if landscape else "portrait"]
    total = sum(widths)
    if total <= room:
        return list(widths)
    return [max(5.0, round(w * room / total, 1)) for w in widths]


def set_widths(ws: Any, widths: Sequence[float]) -> None:
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width


def set_row_height(ws: Any, row: int, values: Sequence[Any], widths: Sequence[float]) -> None:
    ws.row_dimensions[row].height = row_height(values, widths)  # also marks it customHeight


def page_setup(ws: Any, *, header_rows: str, landscape: bool) -> None:
    """A4, one page wide (as many pages tall as needed), ``header_rows`` (e.g. "2:2") repeated
    on every page, 第 n 页 共 m 页 in the footer."""
    ws.print_title_rows = header_rows
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.HeaderFooter.oddFooter.center.text = "第 &P 页 共 &N 页"
