"""The ledger as an Excel workbook: export (streamed, atomic) and import (preview, then add).

Export writes the rows of a ledger query in pages (openpyxl's write-only mode), so 100,000
entries never sit in memory at once; it writes a temporary file beside the target and renames it
at the end, so a cancelled or failed export leaves nothing behind.

Import reads a sheet with a row naming the columns (the export's Chinese headings, the
package's ledger.xlsx with its title row above the headings, the names the glossary replaced,
or the field names), checks every row with the same rules as the entry dialog, and reports per row
what is wrong (:func:`preview_import`); only then are the good rows added, in one transaction
(:func:`import_rows`). Entries are always added as new ones: the 编号 column is not read.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.exceptions import InvalidFileException

from evaldesk.errors import Cancelled, InputError, StoreError
from evaldesk.export.sheet_print import FONT, a4_widths, page_setup, set_row_height, set_widths
from evaldesk.messages import Message, msg
from evaldesk.messages import glossary as g
from evaldesk.messages.os_error import os_error
from evaldesk.services.actor import Actor
from evaldesk.services.ledger_import import RowCheck, add_entries, check_entries
from evaldesk.services.ledger_rules import SOURCE_LABELS, STATUS_LABELS
from evaldesk.services.ledger_table import as_of, days_overdue
from evaldesk.store import LedgerFields, LedgerQuery, LedgerRec, Store

Progress = Callable[[int, int], None]  # (done, total)
CancelCheck = Callable[[], bool]

SHEET_TITLE = "台账"
PAGE = 1000
MAX_IMPORT_ROWS = 200_000

#: (field, heading, width) in the order of the exported columns.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("id", "编号", 8),
    ("source", g.SOURCE.chinese, 12),
    ("title", g.TITLE.chinese, 40),
    ("description", "办理内容", 40),
    ("responsible", g.RESPONSIBLE.chinese, 12),
    ("received_date", g.RECEIVED.chinese, 12),
    ("deadline", g.DEADLINE.chinese, 12),
    ("status", g.STATUS.chinese, 10),
    ("done_date", g.DONE_DATE.chinese, 12),
    ("item_code", g.ITEM_LINK.chinese, 14),
    ("overdue", g.OVERDUE.chinese, 10),
    ("days_overdue", "逾期天数", 10),
)
_FIELD_TERMS = {
    "source": g.SOURCE,
    "title": g.TITLE,
    "responsible": g.RESPONSIBLE,
    "received_date": g.RECEIVED,
    "deadline": g.DEADLINE,
    "status": g.STATUS,
    "done_date": g.DONE_DATE,
    "item_code": g.ITEM_LINK,
}

#: Headings accepted on import (the export's, common variants, and the field names).
HEADINGS: dict[str, str] = {
    "来源": "source",
    "事项来源": "source",
    "事项": "title",
    "标题": "title",
    "事项名称": "title",
    "办理内容": "description",
    "描述": "description",
    "说明": "description",
    "责任人": "responsible",
    "接收日期": "received_date",
    "交办日期": "received_date",
    "办理时限": "deadline",
    "截止日期": "deadline",
    "状态": "status",
    "办理状态": "status",
    "办结日期": "done_date",
    "完成日期": "done_date",
    "关联评分项目": "item_code",
    "评分项目": "item_code",
    "项目编号": "item_code",
    # The words the glossary replaced: older packages' ledger.xlsx headed its columns with them.
    **{word: field for field, term in _FIELD_TERMS.items() for word in term.rejected},
    **{name: name for name in LedgerFields.__dataclass_fields__},
}
#: Headings read but not imported: numbers and what the ledger computes itself.
_SKIPPED = ("编号", "序号", "id", "是否逾期", "逾期天数")
#: A title row (the package's sheet) or a few above the headings are looked past.
HEADER_SEARCH_ROWS = 5
REQUIRED = ("source", "title", "received_date", "deadline")
_HEADING_OF = {field: heading for field, heading, _ in COLUMNS}


# ---------------------------------------------------------------------- export


def _rows(store: Store, query: LedgerQuery) -> Iterator[LedgerRec]:
    offset = 0
    while True:
        page = store.ledger.search(query.page(offset, PAGE))
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _values(rec: LedgerRec, day: date) -> list[Any]:
    late = days_overdue(rec, day)
    return [
        rec.id,
        SOURCE_LABELS.get(rec.source, rec.source),
        rec.title,
        rec.description,
        rec.responsible,
        rec.received_date,
        rec.deadline,
        STATUS_LABELS.get(rec.status, rec.status),
        rec.done_date,
        rec.item_code or "",
        "是" if late else "否",
        late or None,
    ]


def export_ledger(
    store: Store,
    year: int,
    out: Path,
    *,
    query: LedgerQuery | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the year's ledger (or the rows of ``query``) to ``out``; returns the row count."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InputError(msg("ledger.xlsx_name", path=out))
    if not out.parent.is_dir():
        raise InputError(msg("ledger.no_folder", path=out.parent))
    query = replace(query or LedgerQuery(year=year, sort="received_date"), year=year, offset=0)
    day = as_of(year, today)
    total = store.ledger.count(replace(query, limit=None))
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET_TITLE)
    ws.freeze_panes = "A2"
    widths = a4_widths([width for _f, _h, width in COLUMNS], landscape=True)
    set_widths(ws, widths)
    page_setup(ws, header_rows="1:1", landscape=True)
    bold = Font(name=FONT, bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    header = []
    for _field, heading, _width in COLUMNS:
        cell = WriteOnlyCell(ws, value=heading)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header.append(cell)
    set_row_height(ws, 1, [h for _f, h, _w in COLUMNS], widths)
    ws.append(header)
    if progress:
        progress(0, total)
    try:
        done = _write_rows(ws, store, query, day, total, progress, cancelled)
    except BaseException:
        # The write-only sheet streams into a temporary file of its own: close it now.
        with contextlib.suppress(Exception):
            ws.close()
        raise
    fd, tmp_name = tempfile.mkstemp(prefix=".ledger-", suffix=".xlsx.part", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        wb.save(tmp)
        if cancelled and cancelled():
            raise Cancelled(msg("ledger.export_cancelled"))
        os.replace(tmp, out)
    except OSError as exc:
        raise StoreError(msg("ledger.cannot_write", path=out, error=os_error(exc))) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    if progress:
        progress(done, total)
    return done


def _write_rows(
    ws: Any,
    store: Store,
    query: LedgerQuery,
    day: date,
    total: int,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> int:
    date_columns = {
        i for i, (f, _h, _w) in enumerate(COLUMNS) if f.endswith("date") or f == "deadline"
    }
    widths = [ws.column_dimensions[_letter(i)].width for i in range(1, len(COLUMNS) + 1)]
    font, wrap = Font(name=FONT), Alignment(wrap_text=True, vertical="top")
    done = 0
    for rec in _rows(store, query):
        values = _values(rec, day)
        row = []
        for i, value in enumerate(values):
            cell = WriteOnlyCell(ws, value=value)
            cell.font, cell.alignment = font, wrap
            if i in date_columns and value is not None:
                cell.number_format = "yyyy-mm-dd"
            row.append(cell)
        number = done + 2  # below the header
        set_row_height(ws, number, values, widths)
        ws.append(row)
        # Written as the row went out: forget it, so 100,000 rows keep memory flat.
        del ws.row_dimensions[number]
        done += 1
        if done % PAGE == 0:
            if cancelled and cancelled():
                raise Cancelled(msg("ledger.export_cancelled"))
            if progress:
                progress(done, total)
    return done


def _letter(number: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(number))


# ---------------------------------------------------------------------- import


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    rows: list[RowCheck]
    ignored_columns: tuple[str, ...]

    @property
    def good(self) -> list[RowCheck]:
        return [r for r in self.rows if r.ok]

    @property
    def bad(self) -> list[RowCheck]:
        return [r for r in self.rows if not r.ok]


class CellError(ValueError):
    """A cell that cannot be read as what its column holds; ``msg`` says what to write."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text("en"))
        self.msg = message


_DATE_TEXT = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


def parse_date(value: Any) -> date | None:
    """A cell's date: an Excel date, or text like 2024-03-15, 2024/3/15 or 2024年3月15日."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE_TEXT.match(str(value))
    if match is None:
        raise CellError(msg("ledger.cell_not_date", value=value))
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise CellError(msg("ledger.cell_not_a_day", value=value)) from None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _open(path: Path) -> Any:
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise InputError(msg("ledger.no_file", path=path)) from None
    except PermissionError:
        raise InputError(msg("ledger.no_permission", path=path)) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        error = os_error(exc) if isinstance(exc, OSError) else str(exc)
        raise InputError(msg("ledger.not_xlsx", path=path, error=error)) from None


def read_ledger(
    path: Path, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
) -> tuple[list[tuple[int, LedgerFields | None, dict[str, Message]]], tuple[str, ...]]:
    """Rows of the first sheet as (row number, entry or None, problems found reading it)."""
    path = Path(path)
    wb = _open(path)
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header, header_number = _header_row(rows)
        if header is None:
            raise InputError(msg("ledger.sheet_empty", path=path))
        columns: dict[str, int] = {}
        ignored = []
        for i, cell in enumerate(header):
            name = _heading(cell)
            field = HEADINGS.get(name)
            if field is not None and field not in columns:
                columns[field] = i
            elif name and name not in _SKIPPED:
                ignored.append(name)
        missing = [_HEADING_OF.get(f, f) for f in REQUIRED if f not in columns]
        if missing:
            raise InputError(
                msg(
                    "ledger.missing_columns",
                    path=path,
                    missing=missing,
                    columns=[h for _f, h, _w in COLUMNS[1:10]],
                )
            )
        total = max(0, (ws.max_row or 1) - header_number)
        out: list[tuple[int, LedgerFields | None, dict[str, Message]]] = []
        for number, values in enumerate(rows, start=header_number + 1):
            if len(out) >= MAX_IMPORT_ROWS:
                raise InputError(msg("ledger.too_many_rows", path=path, max=MAX_IMPORT_ROWS))
            if values is None or all(v is None or _text(v) == "" for v in values):
                continue
            out.append((number, *_entry(values, columns)))
            if len(out) % PAGE == 0:
                if cancelled and cancelled():
                    raise Cancelled(msg("ledger.import_cancelled"))
                if progress:
                    progress(len(out), total)
        return out, tuple(ignored)
    finally:
        wb.close()


def _heading(cell: Any) -> str:
    """A heading cell's words, without the spaces and line breaks people put in them."""
    return re.sub(r"\s+", "", _text(cell))


def _header_row(rows: Iterator[tuple[Any, ...]]) -> tuple[tuple[Any, ...] | None, int]:
    """The row naming the columns and its number: the first row within HEADER_SEARCH_ROWS
    that names every required column, else the one naming the most (its missing columns
    are then reported); rows above it (a title) are skipped."""
    best: tuple[tuple[Any, ...] | None, int, int] = (None, 0, -1)
    for number, values in enumerate(rows, start=1):
        if values is None:
            values = ()
        known = {HEADINGS.get(_heading(v)) for v in values} - {None}
        found = sum(1 for f in REQUIRED if f in known)
        if found == len(REQUIRED):
            return values, number
        if found > best[2] and any(_text(v) for v in values):
            best = (values, number, found)
        if number >= HEADER_SEARCH_ROWS:
            break
    header, number, _found = best
    return header, number


def _entry(
    values: tuple[Any, ...], columns: dict[str, int]
) -> tuple[LedgerFields | None, dict[str, Message]]:
    def cell(field: str) -> Any:
        i = columns.get(field)
        return values[i] if i is not None and i < len(values) else None

    errors: dict[str, Message] = {}
    dates: dict[str, date | None] = {}
    for field in ("received_date", "deadline", "done_date"):
        try:
            dates[field] = parse_date(cell(field))
        except CellError as exc:
            errors[field] = exc.msg
    for field in ("received_date", "deadline"):
        if field not in errors and dates.get(field) is None:
            errors[field] = msg("ledger.cell_empty", heading=_HEADING_OF[field])
    source = _text(cell("source"))
    if not source:
        errors["source"] = msg("ledger.source_empty")
    status = _text(cell("status")) or ("done" if dates.get("done_date") else "open")
    if errors:
        return None, errors
    received, deadline = dates["received_date"], dates["deadline"]
    assert received is not None and deadline is not None
    return (
        LedgerFields(
            source=source,
            title=_text(cell("title")),
            received_date=received,
            deadline=deadline,
            description=_text(cell("description")),
            responsible=_text(cell("responsible")),
            status=status,
            done_date=dates.get("done_date"),
            item_code=_text(cell("item_code")) or None,
        ),
        {},
    )


def preview_import(
    store: Store,
    year: int,
    path: Path,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportPreview:
    """Read and check every row; nothing is written."""
    rows, ignored = read_ledger(path, progress=progress, cancelled=cancelled)
    return ImportPreview(Path(path), check_entries(store, year, rows, today=today), ignored)


def import_rows(
    store: Store,
    actor: Actor,
    year: int,
    preview: ImportPreview,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Add the good rows of ``preview`` (one transaction); returns how many were added."""
    entries = [r.entry for r in preview.good if r.entry is not None]
    if not entries:
        raise InputError(msg("ledger.nothing_to_import", path=preview.path))
    return add_entries(
        store, actor, year, entries, today=today, progress=progress, cancelled=cancelled
    )
