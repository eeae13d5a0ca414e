"""What the export screen needs around ``evaldesk.services.export.export_year``.

The package itself is made by the export engine (``evaldesk.export``) through
``evaldesk.services.export.export_year(data_dir, year, out, passphrase, ...)``. This module
checks the form first (the file name, the passphrase twice when the office key is about to be
created), says whether the key exists yet, and calls the service with progress and cancel
when it accepts them. Where the export engine is not part of the build, ``available()`` is
False and the screen says so instead of failing.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaldesk.errors import InputError

DEFAULT_MIN_PASSPHRASE = 8

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


def _optional(module: str) -> Any | None:
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module.startswith(exc.name):
            return None  # the module is not in this build
        raise  # a module it imports is missing: a real bug


def export_function() -> Callable[..., Any] | None:
    service = _optional("evaldesk.services.export")
    return getattr(service, "export_year", None) if service is not None else None


def available() -> bool:
    return export_function() is not None


def key_exists(data_dir: Path) -> bool:
    """Whether the office's signing key was made already (at an earlier export)."""
    keys = _optional("evaldesk.export.keys")
    return bool(keys is not None and keys.has_key(Path(data_dir)))


def min_passphrase() -> int:
    keys = _optional("evaldesk.export.keys")
    return int(getattr(keys, "MIN_PASSPHRASE", DEFAULT_MIN_PASSPHRASE))


def check_form(out: str, passphrase: str, repeat: str, *, creating: bool) -> dict[str, str]:
    """Problems with the export form, field -> what to fix (empty when it can start)."""
    problems: dict[str, str] = {}
    text = out.strip()
    if not text:
        problems["out"] = "choose where to save the package (a .zip file)"
    else:
        path = Path(text)
        if path.suffix.lower() != ".zip":
            problems["out"] = "the package file name must end in .zip"
        elif not path.parent.is_dir():
            problems["out"] = f"the folder {path.parent} does not exist"
        elif path.is_dir():
            problems["out"] = f"{path} is a folder; give a file name ending in .zip"
    if not passphrase:
        problems["passphrase"] = "enter the passphrase of the office's signing key"
    elif creating and len(passphrase) < min_passphrase():
        problems["passphrase"] = (
            f"the passphrase protecting the new signing key must have at least "
            f"{min_passphrase()} characters"
        )
    elif creating and passphrase != repeat:
        problems["repeat"] = "the two passphrases differ; type the same passphrase twice"
    return problems


def run_export(
    data_dir: Path,
    year: int,
    out: Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Any:
    """Make the signed package; returns the export service's result (path, package id, ...)."""
    export_year = export_function()
    if export_year is None:
        raise InputError(
            "this build cannot export packages yet (evaldesk.services.export is missing)"
        )
    offered = {"progress": progress, "cancel": cancel}
    accepted = inspect.signature(export_year).parameters
    kwargs = {k: v for k, v in offered.items() if v is not None and k in accepted}
    return export_year(Path(data_dir), year, Path(out), passphrase.encode("utf-8"), **kwargs)
