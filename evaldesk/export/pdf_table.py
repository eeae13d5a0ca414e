"""Tables and headings shared by the report's parts: ruled tables that survive tall cells."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from evaldesk.export.pdf_style import Styles

GRID = colors.HexColor("#555555")
SHADE = colors.HexColor("#EEEEEE")
NUMERALS = "一二三四五六七八九十"
GAP = "\u3000"  # an ideographic space: Paragraph collapses ASCII runs of spaces
DATE_BLANK = f"{GAP * 3}年{GAP * 2}月{GAP * 2}日"


PAD = 3
MAX_ROW = (
    120 * mm
)  # a taller row is cut into continuation rows (fits the turned block with its header)

Span = tuple[int, int, int]  # (row, first column, last column) in the rows as given


def table(
    s: Styles,
    data: list[list[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    shade: list[int] | None = None,
    spans: Sequence[Span] = (),
) -> Table:
    """A ruled table whose header repeats on each page; rows taller than a page are cut into
    continuation rows here, because ReportLab's own in-row splitting repeats headers endlessly."""
    rows, placed = _fit_rows(data, widths, header_rows, spans)
    t = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    cmds: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), s.kit.name("body")),  # plain-string cells: not Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    for r in shade or []:
        cmds += [("BACKGROUND", (0, n), (-1, n), SHADE) for n in placed[r]]
    for r, first, last in spans:
        cmds += [("SPAN", (first, n), (last, n)) for n in placed[r]]
    t.setStyle(TableStyle(cmds))
    return t


def _fit_rows(
    data: list[list[Any]], widths: Sequence[float], header_rows: int, spans: Sequence[Span]
) -> tuple[list[list[Any]], list[list[int]]]:
    """The rows with tall cells cut, and for each given row the rows it became."""
    span_width = {(r, a): sum(widths[a : b + 1]) for r, a, b in spans}
    out: list[list[Any]] = []
    placed: list[list[int]] = []
    for r, row in enumerate(data):
        pieces = [
            _cut(cell, span_width.get((r, c), w) - 2 * PAD)
            if r >= header_rows and isinstance(cell, Paragraph)
            else [cell]
            for c, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        placed.append([])
        for k in range(max(len(p) for p in pieces)):
            placed[-1].append(len(out))
            out.append([p[k] if k < len(p) else "" for p in pieces])
    return out, placed


def _cut(cell: Paragraph, width: float) -> list[Any]:
    pieces: list[Any] = []
    rest: Any = cell
    while True:
        _, height = rest.wrap(width, 10 * MAX_ROW)
        if height <= MAX_ROW:
            pieces.append(rest)
            return pieces
        parts = rest.split(width, MAX_ROW)
        if len(parts) < 2:
            pieces.append(rest)
            return pieces
        pieces.append(parts[0])
        rest = parts[1]


class Section:
    """Numbers the report's headings 一、二、 in the order they are added."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.n = 0

    def heading(self, text: str) -> Flowable:
        self.n += 1
        return self.styles.p(f"{NUMERALS[self.n - 1]}、{text}", self.styles.h1)
