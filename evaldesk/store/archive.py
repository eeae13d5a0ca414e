"""`evaldesk backup` / `evaldesk restore`: the database and the evidence folder in one zip.

A backup archive is one file to carry away (USB stick, another disk):

    manifest.json        format, version, schema, when, the database's SHA-256, file count
    evaldesk.sqlite3     made with SQLite's online backup API (consistent while the app runs)
    evidence/ab/cdef...  the evidence files, stored as they are (names are their hashes)

Restore accepts such an archive or an automatic backup (backups/auto/*.sqlite3, database
only: evidence files are never deleted from the data folder, so they are still there). It
verifies the backup first, then moves what it replaces into backups/replaced-<time>/ and only
then puts the backup in place.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from evaldesk import __version__
from evaldesk.errors import InputError, StoreError
from evaldesk.messages import Message, msg
from evaldesk.messages.os_error import os_error
from evaldesk.store import anchors, health
from evaldesk.store.backup import _stamp, copy_database, fsync_dir
from evaldesk.store.blobs import CHUNK
from evaldesk.store.blobs_collect import collect_blobs
from evaldesk.store.inuse import exclusive, in_use
from evaldesk.store.migrations import HEAD
from evaldesk.store.paths import DB_NAME, DataPaths, read_only_uri
from evaldesk.store.sqlite_error import sqlite_error

FORMAT = "evaldesk-backup"
VERSION = 1
Progress = Callable[[int, int], None]


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _evidence_files(paths: DataPaths) -> list[Path]:
    if not paths.evidence.is_dir():
        return []
    return sorted(
        f
        for sub in paths.evidence.iterdir()
        if sub.is_dir() and len(sub.name) == 2 and not sub.name.startswith(".")
        for f in sub.iterdir()
        if f.is_file() and not f.name.startswith(".")
    )


def _audit_head(db: Path) -> tuple[int, str] | None:
    conn = sqlite3.connect(read_only_uri(db), uri=True)
    try:
        return anchors.head(conn)
    finally:
        conn.close()


KEYS = "keys"


def _key_files(paths: DataPaths) -> list[tuple[str, Path]]:
    """The office's key folder: the encrypted signing key, its public key, the rotation
    statements and the retired keys (``keys/...`` in the archive)."""
    folder = paths.root / KEYS
    if not folder.is_dir():
        return []
    return [
        (f"{KEYS}/{p.relative_to(folder).as_posix()}", p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".tmp")
    ]


def _restore_keys(
    zf: zipfile.ZipFile, paths: DataPaths, safety: Path, report: RestoreReport
) -> None:
    """The backup's key folder put back; a current key that differs is kept in ``safety``."""
    names = [
        i.filename for i in zf.infolist() if i.filename.startswith(f"{KEYS}/") and not i.is_dir()
    ]
    for name in names:
        parts = name.split("/")
        if any(part in ("", ".", "..") for part in parts) or "\\" in name:
            report.warnings.append(msg("restore.skipped_key", name=name))
            continue
        data = zf.read(name)
        final = paths.root.joinpath(*parts)
        if final.is_file():
            if final.read_bytes() == data:
                continue
            aside = safety.joinpath(*parts)
            aside.parent.mkdir(parents=True, exist_ok=True)
            os.replace(final, aside)
        final.parent.mkdir(parents=True, exist_ok=True)
        final.write_bytes(data)
        if parts[-1] == "office-signing-key.pem":
            os.chmod(final, 0o600)
        report.keys_restored += 1


def make_archive(data_dir: Path, out: Path | None = None, progress: Progress | None = None) -> Path:
    paths = DataPaths(Path(data_dir))
    if not paths.db.is_file():
        raise InputError(msg("backup.no_data", path=str(paths.root)))
    target = out or paths.backups / f"evaldesk-backup-{_stamp()[:15]}.zip"
    if target.exists():
        raise InputError(msg("backup.exists", path=str(target)))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    files = _evidence_files(paths)
    try:
        with tempfile.TemporaryDirectory(dir=target.parent) as work:
            db_copy = Path(work) / DB_NAME
            copy_database(paths.db, db_copy)
            head = _audit_head(db_copy)
            key_files = _key_files(paths)
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "schema": HEAD,
                "generator": f"EvalDesk {__version__}",
                "created": datetime.now(UTC).isoformat(timespec="seconds"),
                "source": str(paths.root),
                "database_sha256": _sha256_file(db_copy),
                "evidence_files": len(files),
                # The audit chain's head in this copy: an anchor kept outside the database.
                "audit_head": None if head is None else {"seq": head[0], "hash": head[1]},
                "key_files": [name for name, _ in key_files],
            }
            with zipfile.ZipFile(partial, "w", allowZip64=True) as zf:
                zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
                zf.write(db_copy, DB_NAME, compress_type=zipfile.ZIP_DEFLATED)
                for name, path in key_files:  # the signing key, encrypted, and its history
                    zf.write(path, name, compress_type=zipfile.ZIP_DEFLATED)
                for done, path in enumerate(files, start=1):
                    arcname = f"evidence/{path.parent.name}/{path.name}"
                    zf.write(path, arcname, compress_type=zipfile.ZIP_STORED)
                    if progress is not None:
                        progress(done, len(files))
            with open(partial, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(partial, target)
        fsync_dir(target.parent)
        if head is not None:
            anchors.record(
                paths,
                anchors.Anchor(head[0], head[1], "backup", target.name, str(manifest["created"])),
            )
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(
            msg("backup.write_failed", path=str(target), error=os_error(exc))
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return target


@dataclass
class RestoreReport:
    source: Path
    replaced: Path | None  # where the previous database was moved
    evidence_restored: int = 0
    evidence_replaced: int = 0
    keys_restored: int = 0
    warnings: list[Message] = field(default_factory=list)


def _verify_db(db: Path, what: str) -> None:
    found = health.problems(DataPaths(db.parent), full=True)
    if found:
        raise InputError(msg("restore.damaged", what=what, problem=found[0]))
    try:
        conn = sqlite3.connect(read_only_uri(db), uri=True)
        try:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise InputError(
            msg("restore.not_a_database", what=what, error=sqlite_error(exc))
        ) from None
    if not {"alembic_version", "office", "audit_log"} <= names:
        raise InputError(msg("restore.not_evaldesk", what=what))


def _unpack_db(source: Path, work: Path) -> tuple[Path, zipfile.ZipFile | None]:
    db = work / DB_NAME
    if zipfile.is_zipfile(source):
        zf = zipfile.ZipFile(source)
        try:
            manifest = json.loads(zf.read("manifest.json").decode("utf-8"))
        except (KeyError, ValueError):
            zf.close()
            raise InputError(msg("restore.zip_not_backup", path=str(source))) from None
        if manifest.get("format") != FORMAT:
            zf.close()
            raise InputError(msg("restore.not_archive", path=str(source)))
        with zf.open(DB_NAME) as src, open(db, "wb") as out:
            shutil.copyfileobj(src, out, CHUNK)
        if _sha256_file(db) != manifest.get("database_sha256"):
            zf.close()
            raise InputError(msg("restore.manifest_mismatch", path=str(source)))
        return db, zf
    try:
        with open(source, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise InputError(msg("store.unreadable", path=str(source), error=os_error(exc))) from None
    if head != health.SQLITE_HEADER:
        raise InputError(msg("restore.neither", path=str(source)))
    copy_database(source, db)
    return db, None


def _restore_evidence(
    zf: zipfile.ZipFile, paths: DataPaths, safety: Path, report: RestoreReport
) -> None:
    for info in zf.infolist():
        parts = info.filename.split("/")
        if len(parts) != 3 or parts[0] != "evidence" or info.is_dir():
            continue
        sha = parts[1] + parts[2]
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            report.warnings.append(msg("restore.skipped_evidence", name=info.filename))
            continue
        final = paths.blob(sha)
        if final.is_file():
            if _sha256_file(final) == sha:
                continue
            aside = safety / "evidence" / parts[1] / parts[2]
            aside.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(final, 0o600)
            os.replace(final, aside)
            report.evidence_replaced += 1
        paths.evidence_tmp.mkdir(parents=True, exist_ok=True)
        tmp = paths.evidence_tmp / f".restore-{sha[:16]}.partial"
        digest = hashlib.sha256()
        with zf.open(info) as src, open(tmp, "wb") as out:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha:
            tmp.unlink()
            report.warnings.append(msg("restore.evidence_damaged", name=info.filename))
            continue
        final.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(tmp, 0o444)
        os.replace(tmp, final)
        report.evidence_restored += 1


def _missing_evidence(paths: DataPaths, report: RestoreReport) -> None:
    conn = sqlite3.connect(read_only_uri(paths.db), uri=True)
    try:
        shas = [r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM evidence")]
        shas += sorted({sha for sha, _who, _size in collect_blobs(conn)})
    finally:
        conn.close()
    missing = [sha for sha in shas if not paths.blob(sha).is_file()]
    if missing:
        report.warnings.append(msg("restore.evidence_missing", count=len(missing)))


def restore(data_dir: Path, source: Path) -> RestoreReport:
    paths = DataPaths(Path(data_dir))
    source = Path(source)
    if not source.is_file():
        raise InputError(msg("restore.no_file", path=str(source)))
    paths.root.mkdir(parents=True, exist_ok=True)
    with (
        exclusive(paths.root),
        tempfile.TemporaryDirectory(dir=paths.root, prefix=".restore-") as tmp,
    ):
        work = Path(tmp)
        db, zf = _unpack_db(source, work)
        try:
            _verify_db(db, str(source))
            safety = paths.backups / f"replaced-{_stamp()[:15]}"
            safety.mkdir(parents=True, exist_ok=False)
            report = RestoreReport(source, None)
            moved = False
            for current in (paths.db, paths.wal, paths.shm):
                if current.exists():
                    try:
                        os.replace(current, safety / current.name)
                    except PermissionError:
                        raise StoreError(in_use(paths.root)) from None
                    moved = True
            report.replaced = safety if moved else None
            os.replace(db, paths.db)
            fsync_dir(paths.root)
            if zf is not None:
                _restore_evidence(zf, paths, safety, report)
                _restore_keys(zf, paths, safety, report)
            _missing_evidence(paths, report)
        finally:
            if zf is not None:
                zf.close()
    if report.replaced is None:
        with contextlib.suppress(OSError):
            safety.rmdir()
    return report
