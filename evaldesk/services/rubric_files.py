"""The office's own rubrics: files in the data folder's ``rubrics/``, one per version.

A rubric made in the app (imported from a sender's table, or edited) is saved as
``rubrics/<id>.v<version>.yaml``. A saved version is never overwritten: saving a changed rubric
whose version is taken (by a file, or by a year that scores against it) writes the next
version, so a year keeps the very text it pinned and says which version it scores with.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from evaldesk.errors import RubricError
from evaldesk.rubrics.authoring import check, file_name, next_version, write_yaml
from evaldesk.rubrics.dump import dump
from evaldesk.rubrics.loader import LoadedRubric, load_file, load_text
from evaldesk.rubrics.model import Rubric
from evaldesk.rubrics.registry import builtins
from evaldesk.services.actor import Actor
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric
from evaldesk.store import Store

if TYPE_CHECKING:
    from evaldesk.scoring.report import ScoreReport
    from evaldesk.services.live import LiveScore

FOLDER = "rubrics"


@dataclass(frozen=True)
class RubricChoice:
    """A rubric a year may be scored with, with the exact text a year would pin."""

    key: str  # "year:2025", "builtin:<id>", "file:<name>"
    loaded: LoadedRubric
    text: str
    origin: str  # "year", "builtin" or "file"

    @property
    def rubric(self) -> Rubric:
        return self.loaded.rubric


def folder(store: Store) -> Path:
    return store.data_dir / FOLDER


def saved(store: Store) -> list[RubricChoice]:
    """The rubric files of the data folder that load (a broken one is left out)."""
    found = []
    for path in sorted(folder(store).glob("*.yaml")):
        try:
            loaded = load_file(path)
        except RubricError:
            continue
        text = path.read_bytes().decode("utf-8-sig")
        found.append(RubricChoice(f"file:{path.name}", loaded, text, "file"))
    return found


def choices(store: Store) -> list[RubricChoice]:
    """What a new year may be scored with: each year's pinned rubric (newest first), the
    office's saved rubrics, the built-in ones. The same text is listed once."""
    out: list[RubricChoice] = []
    seen: set[str] = set()
    for rec in reversed(store.years.list()):
        loaded = year_rubric(store, rec.year)
        if loaded.sha256 in seen:
            continue
        seen.add(loaded.sha256)
        out.append(
            RubricChoice(f"year:{rec.year}", loaded, store.years.rubric_text(rec.year), "year")
        )
    for choice in saved(store):
        if choice.loaded.sha256 not in seen:
            seen.add(choice.loaded.sha256)
            out.append(choice)
    for rid, loaded in sorted(builtins().items()):
        if loaded.sha256 in seen or loaded.path is None:
            continue
        seen.add(loaded.sha256)
        text = loaded.path.read_bytes().decode("utf-8-sig")
        out.append(RubricChoice(f"builtin:{rid}", loaded, text, "builtin"))
    return out


def year_choice(store: Store, year: int) -> RubricChoice:
    """The rubric ``year`` scores with, as a choice (to edit into a new version)."""
    loaded = year_rubric(store, year)
    return RubricChoice(f"year:{year}", loaded, store.years.rubric_text(year), "year")


def versions_taken(store: Store, rubric_id: str) -> set[int]:
    """Versions of ``rubric_id`` that exist: pinned by a year, saved, or built in."""
    taken = {y.rubric_version for y in store.years.list() if y.rubric_id == rubric_id}
    taken |= {c.rubric.version for c in saved(store) if c.rubric.id == rubric_id}
    builtin = builtins().get(rubric_id)
    if builtin is not None:
        taken.add(builtin.rubric.version)
    return taken


def save(store: Store, actor: Actor, rubric: Rubric) -> RubricChoice:
    """Save ``rubric`` as a new file (administrators). Its version is kept when no file or year
    has it yet, else it becomes the next free version; the same text saved again is the file
    it already is. Refused (RubricError, every problem listed) when it does not validate."""
    require(actor, "office.manage")
    check(rubric, file_name(rubric))
    for choice in saved(store):
        if choice.rubric.id != rubric.id:
            continue
        same = dump(rubric.model_copy(update={"version": choice.rubric.version}))
        if hashlib.sha256(same.encode("utf-8")).hexdigest() == choice.loaded.sha256:
            return choice  # nothing changed but the version asked for
    if rubric.version in versions_taken(store, rubric.id):
        rubric = next_version(rubric, versions_taken(store, rubric.id))
    target = folder(store) / file_name(rubric)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = write_yaml(rubric, target)
    loaded = load_text(text, target.name, target, strict=True)
    return RubricChoice(f"file:{target.name}", loaded, text, "file")


def preview(live: LiveScore, rubric: Rubric) -> ScoreReport | None:
    """``rubric`` scored with the year's current facts (a rubric being edited); None when the
    facts do not fit it (an item they name is gone)."""
    from evaldesk.errors import EvalDeskError
    from evaldesk.scoring.engine import score

    _report, facts = live.snapshot()
    try:
        return score(rubric, facts, unit=live.unit)
    except (EvalDeskError, KeyError, ValueError):
        return None
