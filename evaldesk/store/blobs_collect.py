"""Packages into the content-addressed folder while they are verified (the receiving office).

Importing a package reads it once: the verifier (evaldesk.export.verify) hashes each payload
entry and hands the same bytes to a *tee* from :class:`BlobIntake`, which writes them to a
temporary file in evidence/.tmp. Only when the whole package verified, ``commit`` makes the
files durable (fsync), renames them into place under the SHA-256 the verifier confirmed and
syncs their folders; otherwise they are removed and nothing is left. ``commit`` is the one
wait for the disk: the collect import runs it on a thread of its own while the next package
is verified (evaldesk.services.collect_import), so the disk writes what the hashing of the next
package reads, instead of the two taking turns. Content already stored (the same evidence from
another unit, a package sent again) is not written at all: the verifier still hashes it, and
the stored copy serves both. Memory stays flat: bytes pass through in the verifier's chunks.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import threading
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from evaldesk.messages import Message, msg
from evaldesk.store.backup import fsync_dir
from evaldesk.store.paths import DataPaths


def collect_blobs(conn: sqlite3.Connection) -> Iterator[tuple[str, Message, int]]:
    """(sha256, who, size) of every stored file a receiving office's packages and a unit's
    received results refer to (what `check` hashes besides the evidence records)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "collect_files" in tables:
        for sha, path, size, unit, package_id in conn.execute(
            "SELECT f.sha256, f.path, f.size, p.unit_code, p.package_id FROM collect_files f"
            " JOIN collect_packages p ON p.id = f.package_id ORDER BY f.id"
        ):
            yield sha, msg("check.collect.who", package=package_id, unit=unit, path=path), size
    if "received_results" in tables:
        for sha, package_id in conn.execute(
            "SELECT report_sha256, package_id FROM received_results"
            " WHERE report_sha256 IS NOT NULL ORDER BY id"
        ):
            # its size is not recorded (-1): the SHA-256 alone decides
            yield sha, msg("check.collect.result_who", package=package_id), -1


class _Pending:
    """One entry on its way in: written by one verifier task; kept open (flushed) when the
    entry ends, made durable and closed by ``sync`` when the package is committed."""

    def __init__(self, path: Path, sha256: str, size: int) -> None:
        self.tmp = path
        self.sha256 = sha256
        self.size = size
        self.written = 0
        self._fh: Any = open(path, "xb")  # noqa: SIM115 - closed in sync() or drop()

    def write(self, data: bytes | memoryview) -> None:
        self.written += len(data)
        self._fh.write(data)

    def close(self) -> None:
        """The entry is read (the Tee protocol): what was written is handed to the system, so
        it can be read back; it is not waited for on disk yet (``sync``)."""
        if self._fh is not None:
            self._fh.flush()

    def sync(self) -> None:
        if self._fh is None:
            return
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
        finally:
            self._fh.close()
            self._fh = None

    def drop(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class BlobIntake:
    """Temporary files for one package's entries; ``commit`` places them, ``discard`` (or
    leaving the ``with`` block by an error) removes them. ``placing``: content another intake
    is placing at the same time (``in_flight``: the package before, committing on its own
    thread), not written again either; its rows are written before this package's, or the
    import stops."""

    def __init__(self, paths: DataPaths, placing: Mapping[str, Path] | None = None) -> None:
        self.paths = paths
        self._placing = dict(placing or {})
        self._pending: dict[str, _Pending] = {}
        self._lock = threading.Lock()
        #: entries whose content was already stored: not written again
        self.reused = 0
        self.reused_bytes = 0

    def __enter__(self) -> BlobIntake:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def tee(self, path: str, sha256: str, size: int) -> _Pending | None:
        """Where the verifier copies entry ``path`` (declared ``sha256`` and ``size``), or None
        when that content is stored already or is being written for another entry."""
        final = self.paths.blob(sha256)
        with self._lock:
            if sha256 in self._pending:
                return None
            if sha256 in self._placing:
                self.reused += 1
                self.reused_bytes += size
                return None
            with contextlib.suppress(OSError):
                if final.stat().st_size == size:
                    self.reused += 1
                    self.reused_bytes += size
                    return None
            tmp_dir = self.paths.evidence_tmp
            tmp_dir.mkdir(parents=True, exist_ok=True)
            pending = _Pending(tmp_dir / f".{uuid.uuid4().hex}.partial", sha256, size)
            self._pending[sha256] = pending
            return pending

    def read(self, sha256: str) -> bytes | None:
        """A (small) entry's bytes after verification: from its temporary file, or from the
        store when its content was there already (or is being placed: its temporary file
        until it is renamed into place)."""
        pending = self._pending.get(sha256)
        if pending is not None:
            pending.close()  # flushed, so another handle reads it all
            where = [pending.tmp]
        else:
            where = [p for p in (self._placing.get(sha256),) if p is not None]
        for path in [*where, self.paths.blob(sha256)]:
            with contextlib.suppress(OSError):
                return path.read_bytes()
        return None

    def in_flight(self) -> dict[str, Path]:
        """SHA-256 -> temporary file of the content this intake is to place."""
        return {sha: pending.tmp for sha, pending in self._pending.items()}

    @property
    def written_bytes(self) -> int:
        return sum(p.written for p in self._pending.values())

    def commit(self) -> None:
        """Place every written file under its (verified) SHA-256, read-only, on disk (synced):
        a database row may refer to it once this returns."""
        folders: set[Path] = set()
        for sha, pending in list(self._pending.items()):
            pending.sync()
            final = self.paths.blob(sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            if final.exists():
                with contextlib.suppress(OSError):
                    os.chmod(final, stat.S_IWUSR | stat.S_IRUSR)  # a damaged copy is healed
            os.chmod(pending.tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
            os.replace(pending.tmp, final)
            folders.add(final.parent)
            del self._pending[sha]
        for folder in folders:
            fsync_dir(folder)

    def discard(self) -> None:
        for pending in self._pending.values():
            with contextlib.suppress(OSError):
                pending.drop()
            with contextlib.suppress(OSError):
                pending.tmp.unlink()
        self._pending.clear()
