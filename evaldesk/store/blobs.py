"""The content-addressed evidence folder: evidence/ab/cdef... named by SHA-256.

Files are streamed in fixed-size chunks (memory stays flat for a 2 GB scan), written to a
temporary file in evidence/.tmp, fsynced and renamed into place only when complete and hashed.
Identical content is stored once. Stored files are made read-only as a guard against editing
them by hand; `evaldesk check` re-hashes them.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import mimetypes
import os
import shutil
import stat
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from evaldesk.errors import Cancelled, InputError, StoreError
from evaldesk.messages import Message, msg
from evaldesk.messages.os_error import os_error
from evaldesk.store.backup import fsync_dir
from evaldesk.store.paths import DataPaths

CHUNK = 1024 * 1024
DEFAULT_MAX_SIZE = 4 * 1024**3  # 4 GiB; configurable per store
SPACE_MARGIN = 64 * 1024**2

_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
]
_ZIP_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".ofd": "application/ofd",
}


def sniff_mime(head: bytes, name: str) -> str:
    """The type from the first bytes, falling back to the name's extension."""
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    ext = os.path.splitext(name)[1].lower()
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"PK\x03\x04"):
        return _ZIP_TYPES.get(ext, "application/zip")
    guessed = mimetypes.guess_type("x" + ext)[0] if ext else None
    if guessed == "application/x-msdos-program" or guessed is None:
        return {".ofd": "application/ofd", ".wps": "application/vnd.ms-works"}.get(
            ext, "application/octet-stream"
        )
    return guessed


def human_size(size: int) -> str:
    """1.5 MB, 20 KB, 2 GB: one decimal at most, none when it is whole."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.1f}".rstrip("0").rstrip(".") + f" {unit}"
        value /= 1024
    return f"{size} B"


def _unreadable(source: Path, exc: OSError) -> Message:
    return msg("evidence_file.unreadable", path=str(source), error=os_error(exc))


@dataclass(frozen=True, slots=True)
class StoredBlob:
    sha256: str
    size: int
    mime: str
    new: bool  # False when identical content was already stored


Progress = Callable[[int], None]
CancelCheck = Callable[[], bool]


class BlobStore:
    def __init__(self, paths: DataPaths, max_size: int = DEFAULT_MAX_SIZE) -> None:
        self.paths = paths
        self.max_size = max_size

    def path(self, sha256: str) -> Path:
        return self.paths.blob(sha256)

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def _too_big(self, size: int | None, name: str) -> InputError:
        limit = human_size(self.max_size)
        if size is None:
            return InputError(msg("evidence_file.too_big", name=name, limit=limit))
        return InputError(
            msg("evidence_file.too_big_size", name=name, size=human_size(size), limit=limit)
        )

    def put_file(
        self,
        source: Path,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> StoredBlob:
        """Copy a file in; clear messages for a missing, unreadable or oversized file."""
        try:
            info = source.stat()
        except FileNotFoundError:
            raise InputError(msg("evidence_file.no_file", path=str(source))) from None
        except OSError as exc:
            raise InputError(_unreadable(source, exc)) from None
        if stat.S_ISDIR(info.st_mode):
            raise InputError(msg("evidence_file.is_folder", path=str(source)))
        if not stat.S_ISREG(info.st_mode):
            raise InputError(msg("evidence_file.not_regular", path=str(source)))
        if info.st_size > self.max_size:
            raise self._too_big(info.st_size, source.name)
        try:
            stream = open(source, "rb")  # noqa: SIM115 - closed below
        except PermissionError:
            raise InputError(msg("evidence_file.permission", path=str(source))) from None
        except OSError as exc:
            raise InputError(_unreadable(source, exc)) from None
        with stream:
            return self.put_stream(
                stream,
                name=source.name,
                expected_size=info.st_size,
                progress=progress,
                cancelled=cancelled,
            )

    def put_stream(
        self,
        stream: BinaryIO,
        *,
        name: str,
        expected_size: int | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> StoredBlob:
        tmp_dir = self.paths.evidence_tmp
        tmp_dir.mkdir(parents=True, exist_ok=True)
        if expected_size is not None:
            free = shutil.disk_usage(tmp_dir).free
            if free < expected_size + SPACE_MARGIN:
                raise StoreError(
                    msg(
                        "evidence_file.no_space",
                        name=name,
                        size=human_size(expected_size),
                        free=human_size(free),
                    )
                )
        tmp = tmp_dir / f".{uuid.uuid4().hex}.partial"
        digest = hashlib.sha256()
        size = 0
        head = b""
        try:
            with open(tmp, "xb") as out:
                while True:
                    if cancelled is not None and cancelled():
                        raise Cancelled(msg("evidence_file.cancelled", name=name))
                    try:
                        chunk = stream.read(CHUNK)
                    except OSError as exc:
                        error = os_error(exc)
                        raise InputError(
                            msg(
                                "evidence_file.read_failed",
                                name=name,
                                size=human_size(size),
                                error=error,
                            )
                        ) from None
                    if not chunk:
                        break
                    if not head:
                        head = chunk[:64]
                    size += len(chunk)
                    if size > self.max_size:
                        raise self._too_big(expected_size, name)
                    digest.update(chunk)
                    out.write(chunk)
                    if progress is not None:
                        progress(size)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            new = self._place(tmp, sha, size)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if exc.errno == errno.ENOSPC:
                raise StoreError(msg("evidence_file.disk_full", name=name)) from None
            raise StoreError(
                msg("evidence_file.store_failed", name=name, error=os_error(exc))
            ) from None
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return StoredBlob(sha, size, sniff_mime(head, name), new)

    def _place(self, tmp: Path, sha: str, size: int) -> bool:
        final = self.path(sha)
        if final.is_file() and final.stat().st_size == size:
            tmp.unlink()
            return False
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():  # a damaged copy (wrong size): the fresh one heals it
            with contextlib.suppress(OSError):
                os.chmod(final, stat.S_IWUSR | stat.S_IRUSR)
        os.chmod(tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        os.replace(tmp, final)
        fsync_dir(final.parent)
        return True

    def hash_file(self, sha256: str) -> tuple[str, int] | None:
        """(actual SHA-256, size) of the stored file, streamed; None when it is missing."""
        path = self.path(sha256)
        digest = hashlib.sha256()
        size = 0
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
        except FileNotFoundError:
            return None
        return digest.hexdigest(), size
