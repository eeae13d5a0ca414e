"""A sender's table as a plain grid of text: rows of cells, merged cells remembered.

Word (.docx, python-docx) and Excel (.xlsx, openpyxl) are read into the same :class:`Grid`.
A merged cell's text appears in every position it covers, each position knowing the merged
cell's top-left corner (``origin``): a section row merged across the table is one cell seen
five times, a category merged down a column is one cell seen on each of its rows. Line breaks
inside a cell are kept ("\\n"); nothing else of the text is changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from evaldesk.decimals import fmt_points
from evaldesk.errors import InputError
from evaldesk.messages import msg

#: What a sender's table is read from.
SUFFIXES = (".xlsx", ".docx")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    #: (row, column) of the merged cell this position belongs to (itself when not merged)
    origin: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Grid:
    #: where it was read from, for messages ("细则.docx 表1", "细则.xlsx 工作表 Sheet1")
    name: str
    rows: tuple[tuple[Cell, ...], ...]
    #: text above the table (a document's title paragraphs, a sheet's title rows)
    above: tuple[str, ...] = ()

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def text(self, row: int, col: int) -> str:
        cells = self.rows[row]
        return cells[col].text if col < len(cells) else ""

    def cell(self, row: int, col: int) -> Cell | None:
        cells = self.rows[row]
        return cells[col] if col < len(cells) else None


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Excel keeps 0.5 as a double; its shortest repr is what the sender typed.
        return fmt_points(Decimal(repr(value)))
    if isinstance(value, Decimal):
        return fmt_points(value)
    return _clean(str(value))


def read(path: Path) -> list[Grid]:
    """Every table of the file (a Word document's tables, a workbook's sheets), in order."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(msg("import.unknown_suffix", path=path.name, suffixes=list(SUFFIXES)))
    if not path.is_file():
        raise InputError(msg("import.no_file", path=str(path)))
    try:
        return _read_xlsx(path) if suffix == ".xlsx" else _read_docx(path)
    except InputError:
        raise
    except Exception as exc:  # a damaged or foreign file: say which, never a traceback
        raise InputError(
            msg("import.unreadable", path=path.name, error=type(exc).__name__)
        ) from exc


def _read_xlsx(path: Path) -> list[Grid]:
    from openpyxl import load_workbook

    book = load_workbook(path, data_only=True)
    grids = []
    for sheet in book.worksheets:
        covered: dict[tuple[int, int], tuple[int, int]] = {}
        for merged in sheet.merged_cells.ranges:
            top = (merged.min_row, merged.min_col)
            for row in range(merged.min_row, merged.max_row + 1):
                for col in range(merged.min_col, merged.max_col + 1):
                    covered[(row, col)] = top
        rows: list[tuple[Cell, ...]] = []
        for r in range(1, (sheet.max_row or 0) + 1):
            cells = []
            for c in range(1, (sheet.max_column or 0) + 1):
                top = covered.get((r, c), (r, c))
                value = sheet.cell(*top).value
                cells.append(Cell(_value_text(value), (top[0] - 1, top[1] - 1)))
            rows.append(tuple(cells))
        grids.append(Grid(f"{path.name} {sheet.title}", _trimmed(rows)))
    return grids


def _read_docx(path: Path) -> list[Grid]:
    import docx

    document = docx.Document(str(path))
    above: list[str] = []
    grids: list[Grid] = []
    body = document.element.body
    for index, table in enumerate(document.tables, start=1):
        origins: dict[int, tuple[int, int]] = {}
        rows: list[tuple[Cell, ...]] = []
        for r, row in enumerate(table.rows):
            cells = [Cell("", (r, c)) for c in range(row.grid_cols_before)]
            for cell in row.cells:
                c = len(cells)
                top = origins.setdefault(id(cell._tc), (r, c))
                cells.append(Cell(_clean(cell.text), top))
            rows.append(tuple(cells))
        if index == 1:
            above = _paragraphs_before(body, table._tbl)
        grids.append(Grid(f"{path.name} #{index}", _trimmed(rows), tuple(above)))
    return grids


def _paragraphs_before(body: Any, table: Any) -> list[str]:
    from docx.oxml.ns import qn

    found: list[str] = []
    for child in body.iterchildren():
        if child is table:
            break
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t"))).strip()
            if text:
                found.append(text)
    return found


def _trimmed(rows: Iterable[tuple[Cell, ...]]) -> tuple[tuple[Cell, ...], ...]:
    """Rows without the empty columns on the right and the empty rows at the end."""
    kept = list(rows)
    while kept and not any(c.text for c in kept[-1]):
        kept.pop()
    width = max(
        (max((i + 1 for i, c in enumerate(r) if c.text), default=0) for r in kept), default=0
    )
    return tuple(tuple(r[:width]) for r in kept)


def nonempty(cells: Iterable[Cell]) -> Iterator[Cell]:
    return (c for c in cells if c.text)
