"""Opening what a unit sent: its report PDF, its ledger, its evidence for an item.

The files of an imported package are kept under their SHA-256 (read-only, no name); to open
one, it is copied under its own name into a folder of the system's temporary area, named after
the package, and the copy is handed to the system's viewer. The copy is checked against the
hash it was stored under, so what is shown is what the unit signed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from evaldesk.errors import NotFound, StoreError
from evaldesk.messages import msg
from evaldesk.store import Store
from evaldesk.store.records_collect import FileRec, PackageRec

REPORT = "data/report.pdf"
LEDGER = "data/ledger.xlsx"
SCORES = "data/scores.xlsx"
INDEX = "data/evidence-index.csv"


@dataclass(frozen=True, slots=True)
class EvidenceEntry:
    ref: str  # E1, E2 ... as the unit's report cites them
    path: str  # inside the bag
    original_name: str
    sha256: str
    size: int
    items: tuple[str, ...]


def _file(store: Store, package: PackageRec, path: str) -> FileRec:
    found = next((f for f in store.collect_packages.files(package.id) if f.path == path), None)
    if found is None:
        raise NotFound(msg("collect.files.none", path=path, package_id=package.package_id))
    return found


def read_file(store: Store, package: PackageRec, path: str) -> bytes:
    entry = _file(store, package, path)
    try:
        data = store.blobs.path(entry.sha256).read_bytes()
    except OSError as exc:
        raise StoreError(
            msg("collect.files.unreadable", path=path, error=exc.strerror or str(exc))
        ) from None
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        raise StoreError(msg("collect.files.altered", path=path))
    return data


def open_copy(store: Store, package: PackageRec, path: str, name: str | None = None) -> Path:
    """A copy of the package's file ``path`` under its own name, for the system's viewer."""
    entry = _file(store, package, path)
    folder = Path(tempfile.gettempdir()) / "evaldesk-open" / package.package_id
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or PurePosixPath(path).name)
    source = store.blobs.path(entry.sha256)
    digest = hashlib.sha256()
    tmp = target.with_name(target.name + ".part")
    try:
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                dst.write(chunk)
        if digest.hexdigest() != entry.sha256:
            raise StoreError(msg("collect.files.altered", path=path))
        tmp.replace(target)
    except OSError as exc:
        raise StoreError(
            msg("collect.files.unreadable", path=path, error=exc.strerror or str(exc))
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
    return target


def evidence(store: Store, package: PackageRec, item: str | None = None) -> list[EvidenceEntry]:
    """The package's evidence (for one item), from its evidence-index.csv."""
    try:
        text = read_file(store, package, INDEX).decode("utf-8-sig")
    except NotFound:
        return []
    sizes = {f.path: f for f in store.collect_packages.files(package.id)}
    out = []
    for row in list(csv.reader(io.StringIO(text)))[1:]:
        if len(row) < 7:
            continue
        ref, path, name, sha = row[0], row[1], row[2], row[3]
        items = tuple(row[6].split())
        stored = sizes.get(path)
        if item is not None and item not in items:
            continue
        out.append(EvidenceEntry(ref, path, name, sha, stored.size if stored else 0, items))
    return out


def clear_copies() -> None:
    """Remove the copies made for viewing (at exit)."""
    shutil.rmtree(Path(tempfile.gettempdir()) / "evaldesk-open", ignore_errors=True)
