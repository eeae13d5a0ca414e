"""Check, back up and restore a data folder (the CLI commands and the GUI's maintenance menu)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from evaldesk.errors import InputError, RubricError
from evaldesk.messages import msg
from evaldesk.rubrics.loader import load_text
from evaldesk.services.actor import Actor
from evaldesk.store import anchors, open_store
from evaldesk.store.archive import Progress, RestoreReport, make_archive, restore
from evaldesk.store.check import CheckReport, check_data_dir


def item_codes(text: str) -> set[str] | None:
    try:
        return {item.code for item in load_text(text, "stored rubric").rubric.items()}
    except RubricError:
        return None


def check(
    data_dir: Path, progress: Progress | None = None, anchor_files: Sequence[Path] = ()
) -> CheckReport:
    """Everything verifiable without changing anything (see evaldesk.store.check).
    ``anchor_files``: packages or backup zips kept elsewhere, whose audit head the log must hold."""
    given = [anchor_from(Path(f)) for f in anchor_files]
    return check_data_dir(Path(data_dir), item_codes, progress, given=given)


def anchor_from(path: Path) -> anchors.Anchor:
    """The audit anchor a package (verified first) or an `evaldesk backup` zip carries."""
    import json
    import zipfile

    from evaldesk.export import bag
    from evaldesk.export.verify import verify_package

    try:
        with zipfile.ZipFile(path) as zf:
            if "manifest.json" in zf.namelist():
                manifest = json.loads(zf.read("manifest.json").decode("utf-8"))
                head = manifest.get("audit_head") if isinstance(manifest, dict) else None
                if isinstance(head, dict):
                    when = str(manifest.get("created", ""))
                    return anchors.Anchor(
                        int(head["seq"]), str(head["hash"]), "backup", path.name, when
                    )
                raise InputError(msg("check.anchor.not_anchor", path=str(path)))
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        pass
    report = verify_package(path)
    if not report.intact:
        raise InputError(msg("maintenance.anchor_not_intact", path=str(path)))
    seq, _, digest = report.info.get(bag.AUDIT_HEAD_FIELD, "").partition(" ")
    if not seq.isdigit() or len(digest) != 64:
        raise InputError(msg("check.anchor.not_anchor", path=str(path)))
    when = report.info.get("Bagging-Date", "")
    return anchors.Anchor(int(seq), digest, "package", path.name, when)


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
