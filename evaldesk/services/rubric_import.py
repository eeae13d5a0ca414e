"""Importing a sender's table in the app: read it, map its columns (remembered per layout in
the data folder), build the draft, save it as the office's rubric (administrators)."""

from __future__ import annotations

import json
from pathlib import Path

from evaldesk.rubrics.importing import Draft, Grid, Layout, default_layout, make_draft, pick, read
from evaldesk.rubrics.importing.columns import FIELDS, Field, layout_key, with_map
from evaldesk.services.actor import Actor
from evaldesk.services.roles import require
from evaldesk.services.rubric_files import RubricChoice, folder, save
from evaldesk.store import Store

LAYOUTS = "layouts.json"


def tables(path: Path) -> tuple[list[Grid], Grid, Layout]:
    """Every table of the file, the one to import and its guessed layout."""
    grids = read(path)
    grid, layout = pick(grids)
    return grids, grid, layout if layout is not None else default_layout(grid)


def _layouts_file(store: Store) -> Path:
    return folder(store) / LAYOUTS


def remembered(store: Store, layout: Layout) -> Layout:
    """The layout with the mapping the office chose last time for the same header row."""
    try:
        known = json.loads(_layouts_file(store).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return layout
    columns = known.get(layout_key(layout.headers)) if isinstance(known, dict) else None
    if not isinstance(columns, dict):
        return layout
    changes: dict[Field, int | None] = {
        name: int(col) if isinstance(col, int) else None
        for name, col in columns.items()
        if name in FIELDS
    }
    return with_map(Layout(layout.header_row, layout.headers, {}), changes)


def remember(store: Store, actor: Actor, layout: Layout) -> None:
    require(actor, "office.manage")
    path = _layouts_file(store)
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    known[layout_key(layout.headers)] = dict(layout.columns)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(known, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(path)


def draft(
    grid: Grid,
    layout: Layout,
    file_name: str,
    *,
    rubric_id: str | None = None,
    title: str | None = None,
    allow_sums: bool = False,
) -> Draft:
    return make_draft(
        grid, layout, file_name=file_name, rubric_id_=rubric_id, title=title, allow_sums=allow_sums
    )


def save_draft(store: Store, actor: Actor, made: Draft) -> RubricChoice:
    """Save a draft that has no problem as the office's rubric, and remember its layout."""
    require(actor, "office.manage")
    assert made.ok and made.loaded is not None
    choice = save(store, actor, made.loaded.rubric)
    remember(store, actor, made.layout)
    return choice
