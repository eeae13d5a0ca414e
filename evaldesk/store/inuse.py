"""Is the data folder open? A Store holds a shared lock on <data_dir>/.evaldesk.lock; restore
needs it exclusively, so it never swaps the database under a running app.

On Windows an open SQLite file cannot be renamed, which gives the same protection; there the
lock is not taken and the rename's failure is reported instead.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from evaldesk.errors import StoreError
from evaldesk.messages import Message, msg

LOCK_NAME = ".evaldesk.lock"


def in_use(root: Path) -> Message:
    return msg("store.in_use", path=str(root))


class FolderLock:
    def __init__(self, root: Path) -> None:
        self.path = root / LOCK_NAME
        self._fh: IO[bytes] | None = None

    def _lock(self, exclusive: bool) -> None:
        if os.name == "nt":
            return
        import fcntl

        self._fh = open(self.path, "a+b")  # noqa: SIM115 - held until release()
        flags = (fcntl.LOCK_EX | fcntl.LOCK_NB) if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(self._fh.fileno(), flags)
        except BlockingIOError:
            self.release()
            raise StoreError(in_use(self.path.parent)) from None

    def shared(self) -> FolderLock:
        self._lock(exclusive=False)
        return self

    def release(self) -> None:
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self._fh.close()
            self._fh = None


@contextlib.contextmanager
def exclusive(root: Path) -> Iterator[None]:
    lock = FolderLock(root)
    lock._lock(exclusive=True)
    try:
        yield
    finally:
        lock.release()
