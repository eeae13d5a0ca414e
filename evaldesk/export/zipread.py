"""Reading a package's entries for verify: at the offsets checked by zipsafe, bounded, in parallel.

Python's zipfile is used only to parse the central directory. The data is read here, from the
extents zipsafe checked, so every failure is ours to name (a zlib.error, a CRC that differs, an
entry that inflates to more or less than it declares) and no read goes past what an entry
declares.

Speed: the file is memory-mapped, so hashing reads the page cache without a copy. A stored
entry (evidence, the PDF, the xlsx files: most of the bytes) is two independent passes, the
SHA-256 the manifest needs and the CRC-32 the zip records (checked as `unzip -t` does); each
pass is a task, and the tasks run on a few threads, largest first (hashlib and zlib release the
GIL), so on two cores the work takes about as long as the SHA-256 alone. A deflated entry is
one task: inflate once, then hash and CRC what comes out.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from evaldesk.export.zipsafe import Extent
from evaldesk.messages import Message, msg

STEP = 8 << 20  # bytes per hashing call (the GIL is released inside each)
SMALL = 1 << 20  # below this a stored entry is one task (both passes), not two
#: Threads for hashing: two passes per stored entry keep two cores busy; more rarely helps.
THREADS = max(1, min(4, os.cpu_count() or 1))

Progress = Callable[[int, int, str], None]


class Tee(Protocol):
    """Where an entry's bytes go as they are hashed (a receiving office stores them while it
    verifies: evaldesk.store.blobs_collect). ``close`` is called once the entry is read."""

    def write(self, data: bytes | memoryview, /) -> object: ...

    def close(self) -> None: ...


class EntryDamaged(Exception):
    """An entry whose bytes do not fit its record; ``message`` says how."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.key)
        self.message = message


@dataclass
class Hashed:
    sha256: str | None = None
    damage: Message | None = None
    markers: dict[bytes, bool] | None = None  # which searched markers occur in its bytes


class Reader:
    """Entries of one open package file. Close it (or use ``with``) when done."""

    def __init__(self, fh: BinaryIO, file_size: int) -> None:
        self._fh = fh
        self._map: mmap.mmap | None = None
        if file_size > 0:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        self._lock = threading.Lock()

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
            self._map = None

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _view(self, start: int, end: int) -> memoryview:
        assert self._map is not None
        return memoryview(self._map)[start:end]

    # ------------------------------------------------------------------ small entries

    def read(self, ext: Extent) -> bytes:
        """The whole entry (tag files; the caller bounds the size first). Raises EntryDamaged."""
        chunks: list[bytes] = []
        crc = self._inflate(ext, chunks.append) if ext.method else self._stored(ext, chunks)
        if crc != ext.crc:
            raise EntryDamaged(msg("verify.read.crc"))
        return b"".join(chunks)

    def _stored(self, ext: Extent, chunks: list[bytes]) -> int:
        data = bytes(self._view(ext.data_start, ext.data_start + ext.compress_size))
        chunks.append(data)
        return zlib.crc32(data)

    def _inflate(self, ext: Extent, sink: Callable[[bytes], object]) -> int:
        """Inflate an entry, at most its declared size, passing the output on; returns its CRC."""
        d = zlib.decompressobj(-15)
        crc = 0
        produced = 0
        end = ext.data_start + ext.compress_size
        try:
            for at in range(ext.data_start, end, STEP):
                pending: bytes | memoryview = self._view(at, min(at + STEP, end))
                while pending:
                    room = ext.file_size - produced + 1  # one byte more shows an overrun
                    out = d.decompress(pending, min(room, STEP))
                    stuck = not out and len(d.unconsumed_tail) == len(pending)
                    pending = d.unconsumed_tail
                    produced += len(out)
                    if produced > ext.file_size:
                        raise EntryDamaged(msg("verify.read.longer"))
                    crc = zlib.crc32(out, crc)
                    sink(out)
                    if stuck:  # no progress is possible: never loop on hostile input
                        raise EntryDamaged(msg("verify.read.shorter"))
            tail = d.flush()
            produced += len(tail)
            crc = zlib.crc32(tail, crc)
            sink(tail)
        except zlib.error as exc:
            raise EntryDamaged(msg("verify.read.inflate", error=str(exc))) from None
        if d.unused_data:
            raise EntryDamaged(msg("verify.read.longer"))
        if not d.eof or produced != ext.file_size:
            raise EntryDamaged(msg("verify.read.shorter"))
        return crc

    # ------------------------------------------------------------------ hashing in parallel

    def hash_all(
        self,
        extents: Iterable[Extent],
        *,
        markers: tuple[str, tuple[bytes, ...]] | None = None,
        progress: Progress | None = None,
        tees: dict[str, Tee] | None = None,
    ) -> dict[str, Hashed]:
        """SHA-256 of every entry (and its CRC checked); ``markers`` = (entry name, byte strings)
        whose presence in that entry is reported; ``tees``: entry name -> where the bytes hashed
        are copied too (the same bytes, in the same pass). Damage is reported per entry, never
        raised."""
        todo = sorted(extents, key=lambda e: e.file_size, reverse=True)
        results = {e.name: Hashed() for e in todo}
        total = sum(e.file_size for e in todo)
        done = 0
        tasks: list[tuple[int, Callable[[], None]]] = []
        for ext in todo:
            result = results[ext.name]
            wanted = markers[1] if markers is not None and markers[0] == ext.name else None
            tee = (tees or {}).get(ext.name)
            tasks += [(size, task) for size, task in self._tasks(ext, result, wanted, tee)]
        tasks.sort(key=lambda t: t[0], reverse=True)
        with ThreadPoolExecutor(THREADS, "evaldesk-verify") as pool:
            futures: dict[Future[None], int] = {pool.submit(task): size for size, task in tasks}
            for future in as_completed(futures):
                future.result()
                done += futures[future]
                if progress is not None:
                    progress(min(done, total), total, "")
        return results

    def _tasks(
        self, ext: Extent, result: Hashed, marker: tuple[bytes, ...] | None, tee: Tee | None
    ) -> list[tuple[int, Callable[[], None]]]:
        if ext.method == zipfile.ZIP_DEFLATED:
            return [
                (ext.file_size, _teed(tee, lambda: self._deflated_task(ext, result, marker, tee)))
            ]
        if ext.file_size < SMALL:
            run = _teed(tee, lambda: self._stored_task(ext, result, marker, both=True, tee=tee))
            return [(ext.file_size, run)]
        return [
            (
                ext.file_size,
                _teed(tee, lambda: self._stored_task(ext, result, marker, both=False, tee=tee)),
            ),
            (ext.file_size // 2, lambda: self._crc_task(ext, result)),  # CRC is the faster pass
        ]

    def _damaged(self, result: Hashed, damage: Message) -> None:
        with self._lock:
            if result.damage is None:
                result.damage = damage
                result.sha256 = None

    def _stored_task(
        self,
        ext: Extent,
        result: Hashed,
        marker: tuple[bytes, ...] | None,
        *,
        both: bool,
        tee: Tee | None = None,
    ) -> None:
        digest = hashlib.sha256()
        crc = 0
        end = ext.data_start + ext.compress_size
        for at in range(ext.data_start, end, STEP):
            view = self._view(at, min(at + STEP, end))
            digest.update(view)
            if tee is not None:
                tee.write(view)
            if both:
                crc = zlib.crc32(view, crc)
        if marker is not None:
            assert self._map is not None
            found = self._map
            result.markers = {m: found.find(m, ext.data_start, end) != -1 for m in marker}
        if both and crc != ext.crc:
            self._damaged(result, msg("verify.read.crc"))
            return
        with self._lock:
            if result.damage is None:
                result.sha256 = digest.hexdigest()

    def _crc_task(self, ext: Extent, result: Hashed) -> None:
        crc = 0
        end = ext.data_start + ext.compress_size
        for at in range(ext.data_start, end, STEP):
            crc = zlib.crc32(self._view(at, min(at + STEP, end)), crc)
        if crc != ext.crc:
            self._damaged(result, msg("verify.read.crc"))

    def _deflated_task(
        self,
        ext: Extent,
        result: Hashed,
        marker: tuple[bytes, ...] | None,
        tee: Tee | None = None,
    ) -> None:
        digest = hashlib.sha256()
        found = dict.fromkeys(marker or (), False)
        keep = max((len(m) for m in found), default=0)
        tail = b""

        def take(chunk: bytes) -> None:
            nonlocal tail
            digest.update(chunk)
            if tee is not None:
                tee.write(chunk)
            if found:
                window = tail + chunk
                for m in found:
                    found[m] = found[m] or m in window
                tail = window[-keep:]

        try:
            crc = self._inflate(ext, take)
        except EntryDamaged as exc:
            self._damaged(result, exc.message)
            return
        if crc != ext.crc:
            self._damaged(result, msg("verify.read.crc"))
            return
        if marker is not None:
            result.markers = found
        with self._lock:
            if result.damage is None:
                result.sha256 = digest.hexdigest()


def _teed(tee: Tee | None, task: Callable[[], None]) -> Callable[[], None]:
    """The task, closing its tee when it ends (whatever happened: the caller keeps the copy
    only when the whole package verified)."""
    if tee is None:
        return task

    def run() -> None:
        try:
            task()
        finally:
            tee.close()

    return run
