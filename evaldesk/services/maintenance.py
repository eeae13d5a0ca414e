"""Check, back up and restore a data folder (the CLI commands and the GUI's maintenance menu)."""

from __future__ import annotations

from pathlib import Path

from evaldesk.errors import RubricError
from evaldesk.rubrics.loader import load_text
from evaldesk.services.actor import Actor
from evaldesk.store import open_store
from evaldesk.store.archive import Progress, RestoreReport, make_archive, restore
from evaldesk.store.check import CheckReport, check_data_dir


def _item_codes(text: str) -> set[str] | None:
    try:
        return {item.code for item in load_text(text, "stored rubric").rubric.items()}
    except RubricError:
        return None


def check(data_dir: Path, progress: Progress | None = None) -> CheckReport:
    """Everything verifiable without changing anything (see evaldesk.store.check)."""
    return check_data_dir(Path(data_dir), _item_codes, progress)


def backup(
    data_dir: Path, actor: Actor, out: Path | None = None, progress: Progress | None = None
) -> Path:
    """One zip with the database and the evidence; the audit log records who made it."""
    target = make_archive(Path(data_dir), out, progress)
    with open_store(data_dir, auto_backup=False) as store, store.write(actor.name) as tx:
        store.audit.record(tx, "backup", "data_folder", "backup", {"file": str(target)})
    return target


def restore_backup(data_dir: Path, actor: Actor, source: Path) -> RestoreReport:
    """Put a backup in place (what it replaces is kept), then open it once to upgrade it if
    it is older, and record the restore in the restored audit log."""
    report = restore(Path(data_dir), Path(source))
    with open_store(data_dir, auto_backup=False) as store, store.write(actor.name) as tx:
        store.audit.record(
            tx,
            "restore",
            "data_folder",
            "restore",
            {"from": str(report.source), "replaced": str(report.replaced or "")},
        )
    return report
