"""What the export screen needs around ``evaldesk.services.export.export_year``.

The package itself is made by the export engine (``evaldesk.export``) through
``evaldesk.services.export.export_year``. This module checks the form first (the file name, the
passphrase twice when the office key is about to be created), says whether the key exists yet,
says whether the package will be a draft (and why) or final (package_status), and runs the
export with progress and cancel; a head may give the reason to export data that differs from
its audit log (override_reason).
"""

from __future__ import annotations

from pathlib import Path

from evaldesk.export import keys
from evaldesk.export.package import ExportResult
from evaldesk.messages import Message, msg
from evaldesk.services.actor import Actor
from evaldesk.services.export import (
    CancelCheck,
    PackageStatus,
    Progress,
    export_year,
    package_status,
    status_message,
)
from evaldesk.services.validation import field_problem
from evaldesk.store import Store

__all__ = [
    "ExportResult",
    "PackageStatus",
    "check_form",
    "key_exists",
    "min_passphrase",
    "package_status",
    "run_export",
    "status_message",
]


def key_exists(data_dir: Path) -> bool:
    """Whether the office's signing key was made already (at an earlier export)."""
    return keys.has_key(Path(data_dir))


def min_passphrase() -> int:
    return keys.MIN_PASSPHRASE


def check_form(out: str, passphrase: str, repeat: str, *, creating: bool) -> dict[str, Message]:
    """Problems with the export form, field -> what to fix (empty when it can start)."""
    problems: dict[str, Message] = {}
    text = out.strip()
    if not text:
        problems["out"] = msg("export_form.choose_out")
    else:
        path = Path(text)
        if path.suffix.lower() != ".zip":
            problems["out"] = msg("export_form.not_zip")
        elif not path.parent.is_dir():
            problems["out"] = msg("export_form.no_folder", path=path.parent)
        elif path.is_dir():
            problems["out"] = msg("export_form.is_folder", path=path)
    if not passphrase:
        problems["passphrase"] = msg("export_form.no_passphrase")
    elif creating and len(passphrase) < min_passphrase():
        problems["passphrase"] = msg("export_form.passphrase_short", n=min_passphrase())
    elif creating and passphrase != repeat:
        problems["repeat"] = msg("export_form.passphrases_differ")
    return {name: field_problem(name, problem) for name, problem in problems.items()}


def run_export(
    data_dir: Path,
    year: int,
    out: Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    store: Store | None = None,
    actor: Actor | None = None,
    override_reason: str | None = None,
) -> ExportResult:
    """Make the signed package; returns its path, package id, key fingerprint, warnings ...

    The GUI passes its open store and signed-in person, so the audit log names who exported.
    When the data differs from its audit log the export raises CheckFailed (the problems and
    the way out); a head may then export with ``override_reason`` (evaldesk.services.export).
    """
    return export_year(
        Path(data_dir),
        year,
        Path(out),
        passphrase.encode("utf-8"),
        progress=progress,
        cancel=cancel,
        store=store,
        actor=actor,
        override_reason=override_reason,
    )
