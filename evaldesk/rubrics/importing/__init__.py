"""Import a sender's table (Word or Excel) as a rubric: read, map columns, build, suggest.

    tables = read(path)                     # every table of the file, as grids of text
    grid, layout = pick(tables)             # the table with a header, its columns guessed
    draft = make_draft(grid, layout, file_name=path.name)
    draft.errors / draft.warnings           # messages naming the table and the row
    draft.loaded                            # the rubric (None when anything is wrong)

Pure: no Qt, no SQL; nothing is written. With any error the draft holds no rubric, so nothing
half-made can be saved. The steps live in grid.py, columns.py, build.py, suggest.py and
assemble.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaldesk.errors import InputError, RubricError
from evaldesk.messages import Message, msg
from evaldesk.rubrics.importing.assemble import assemble, rubric_id
from evaldesk.rubrics.importing.build import Built, build
from evaldesk.rubrics.importing.columns import (
    FIELDS,
    Field,
    Layout,
    find_header,
    parse_map,
    with_map,
)
from evaldesk.rubrics.importing.grid import SUFFIXES, Cell, Grid
from evaldesk.rubrics.importing.grid import read as _read
from evaldesk.rubrics.loader import LoadedRubric, load_data


@dataclass
class Draft:
    grid: Grid
    layout: Layout
    built: Built
    data: dict[str, Any] | None = None
    loaded: LoadedRubric | None = None
    errors: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.loaded is not None and not self.errors


def read(path: Path) -> list[Grid]:
    """Every table of the file; InputError when it holds none."""
    grids = [g for g in _read(path) if g.rows]
    if not grids:
        raise InputError(msg("import.no_table", path=path.name))
    return grids


def pick(grids: list[Grid]) -> tuple[Grid, Layout | None]:
    """The first table with a header row, with its columns guessed; else the first table."""
    for grid in grids:
        layout = find_header(grid)
        if layout is not None:
            return _joined(grid, grids, layout), layout
    return grids[0], None


def _joined(first: Grid, grids: list[Grid], layout: Layout) -> Grid:
    """A Word table split in several (one per page or per part) is one table: a later table
    with the same header, or with no header and the same width, continues it."""
    rows = list(first.rows)
    wanted = [h.strip() for h in layout.headers]
    for other in grids[grids.index(first) + 1 :]:
        found = find_header(other)
        same = found is not None and [h.strip() for h in found.headers] == wanted
        if not same and (found is not None or other.width != first.width):
            break
        offset = len(rows)
        rows += [
            tuple(Cell(c.text, (c.origin[0] + offset, c.origin[1])) for c in r) for r in other.rows
        ]
    return Grid(first.name, tuple(rows), first.above)


def default_layout(grid: Grid) -> Layout:
    """A layout with no column mapped (the person maps them), header on the first row."""
    return Layout(0, tuple(c.text for c in grid.rows[0]) if grid.rows else (), {})


def make_draft(
    grid: Grid,
    layout: Layout,
    *,
    file_name: str,
    rubric_id_: str | None = None,
    title: str | None = None,
    allow_sums: bool = False,
    with_rules: bool = True,
) -> Draft:
    built = build(grid, layout, allow_sums=allow_sums)
    draft = Draft(grid, layout, built, errors=list(built.errors), warnings=list(built.warnings))
    if draft.errors:
        return draft
    data = assemble(
        built,
        rubric_id_=rubric_id_ or rubric_id(Path(file_name).stem),
        title=title or built.title,
        file_name=file_name,
        with_rules=with_rules,
    )
    try:
        loaded = load_data(data, file_name, strict=True)
    except RubricError as exc:
        draft.errors = list(exc.problem_messages)
        return draft
    draft.data = data
    draft.loaded = loaded
    draft.warnings += loaded.warnings
    return draft


def import_table(
    path: Path,
    *,
    mapping: str | dict[Field, int] | None = None,
    rubric_id_: str | None = None,
    title: str | None = None,
    allow_sums: bool = False,
) -> Draft:
    """Read ``path`` and build its draft; ``mapping`` changes the guessed columns."""
    grids = read(path)
    grid, layout = pick(grids)
    if layout is None:
        if not mapping:
            raise InputError(msg("import.no_header", table=grid.name))
        layout = default_layout(grid)
    if mapping:
        changes = parse_map(mapping, layout.headers) if isinstance(mapping, str) else mapping
        layout = with_map(layout, changes)
    return make_draft(
        grid, layout, file_name=path.name, rubric_id_=rubric_id_, title=title, allow_sums=allow_sums
    )


__all__ = [
    "FIELDS",
    "SUFFIXES",
    "Draft",
    "Grid",
    "Layout",
    "default_layout",
    "import_table",
    "make_draft",
    "pick",
    "read",
]
