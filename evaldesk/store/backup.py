"""Database backups with SQLite's online backup API: consistent even while the app writes.

Automatic backups go to backups/auto/ (before a schema upgrade, and at most once a day on
open), keeping the newest few. A backup is written to a temporary name and renamed when
complete, so a crash never leaves a half-written file that looks like a backup.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from evaldesk.errors import StoreError
from evaldesk.messages import msg
from evaldesk.messages.os_error import os_error
from evaldesk.store.paths import DataPaths, read_only_uri
from evaldesk.store.sqlite_error import sqlite_error

DEFAULT_KEEP = 10
DAILY_SECONDS = 24 * 3600
AUTO_PREFIX = "evaldesk-"
AUTO_SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "auto" (database only) or "archive" (database and evidence, a zip)
    created: datetime  # UTC


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return  # directories cannot be opened for fsync on Windows; NTFS journals renames
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: Pages copied per step of the online backup (4 MB with 4 KB pages): between steps a
#: copy running on a worker thread can be stopped, and progress reported.
STEP_PAGES = 1024

#: ``progress(pages copied, pages in all)``, called after every step; raising stops the copy.
CopyProgress = Callable[[int, int], None]


def copy_database(
    src: Path, dest: Path, *, progress: CopyProgress | None = None, pages: int = STEP_PAGES
) -> None:
    """Online-backup ``src`` into a new file ``dest`` (temp name, fsync, rename).

    In WAL mode the copy is one snapshot: a read transaction is held on the source from the
    first step to the last, so writers carry on meanwhile and the copy is the database as it
    was when the copy began. (Without it, SQLite restarts a stepwise copy after every commit
    by another connection, and a busy writer can keep it from ever finishing.) With a rollback
    journal the held read would block every writer until the copy ends, so there the copy
    runs step by step and starts again when the database is written to.
    An exception raised by ``progress`` stops the copy and removes the partial file.
    """
    tmp = dest.with_name(f".{dest.name}.partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        source = sqlite3.connect(read_only_uri(src), uri=True, timeout=15, isolation_level=None)
        try:
            mode = source.execute("PRAGMA journal_mode").fetchone()
            if mode is not None and str(mode[0]).lower() == "wal":
                source.execute("BEGIN")
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
            target = sqlite3.connect(tmp)
            try:
                report = None
                if progress is not None:
                    report = _report_to(progress)
                source.backup(target, pages=pages, progress=report)
            finally:
                target.close()
        finally:
            source.close()  # ends the read transaction
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        error = sqlite_error(exc)
        raise StoreError(
            msg("backup.copy_failed", name=src.name, path=str(dest), error=error)
        ) from None
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StoreError(msg("backup.write_failed", path=str(dest), error=os_error(exc))) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _report_to(progress: CopyProgress) -> Callable[[int, int, int], None]:
    def report(_status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)

    return report


def auto_backups(paths: DataPaths) -> list[BackupInfo]:
    """Automatic backups, newest first (names carry a UTC stamp, so names sort by time)."""
    folder = paths.auto_backups
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{AUTO_PREFIX}*{AUTO_SUFFIX}"):
        stamp = path.name[len(AUTO_PREFIX) :].split("-", 1)[0]
        try:
            created = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupInfo(path, "auto", created))
    found.sort(key=lambda b: b.created, reverse=True)
    return found


def archives(paths: DataPaths) -> list[BackupInfo]:
    folder = paths.backups
    if not folder.is_dir():
        return []
    found = [
        BackupInfo(p, "archive", datetime.fromtimestamp(p.stat().st_mtime, UTC))
        for p in folder.glob("*.zip")
    ]
    found.sort(key=lambda b: b.created, reverse=True)
    return found


def newest_backup(paths: DataPaths) -> BackupInfo | None:
    every = auto_backups(paths) + archives(paths)
    return max(every, key=lambda b: b.created, default=None)


def take_auto_backup(
    paths: DataPaths,
    reason: str,
    keep: int = DEFAULT_KEEP,
    *,
    progress: CopyProgress | None = None,
    pages: int = STEP_PAGES,
) -> Path:
    dest = paths.auto_backups / f"{AUTO_PREFIX}{_stamp()}-{reason}{AUTO_SUFFIX}"
    copy_database(paths.db, dest, progress=progress, pages=pages)
    rotate(paths, keep)
    return dest


def rotate(paths: DataPaths, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; return what was deleted."""
    removed = []
    for info in auto_backups(paths)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            removed.append(info.path)
    return removed


def daily_due(paths: DataPaths, now: float | None = None) -> bool:
    latest = auto_backups(paths)
    if not latest:
        return True
    return (now or time.time()) - latest[0].created.timestamp() >= DAILY_SECONDS


def remove_stale_partials(folder: Path, older_than: float = 3600) -> None:
    """Temporary files left by a crash (a kill during a backup or an evidence copy)."""
    if not folder.is_dir():
        return
    limit = time.time() - older_than
    for path in folder.iterdir():
        if path.name.startswith(".") and path.name.endswith(".partial"):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < limit:
                    path.unlink()
