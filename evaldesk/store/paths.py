"""Where things live inside a data folder. One place, so the CLI, the GUI and the checks agree.

<data_dir>/evaldesk.sqlite3          the database (plus -wal and -shm beside it while open)
<data_dir>/evidence/ab/cdef...       evidence files, named by their SHA-256
<data_dir>/evidence/.tmp/            files being copied in (renamed into place when complete)
<data_dir>/backups/auto/             automatic database backups (rotated)
<data_dir>/backups/                  backups made with `evaldesk backup` (kept until deleted)
<data_dir>/backups/replaced-*/       what `evaldesk restore` replaced (kept until deleted)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

DB_NAME = "evaldesk.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def wal(self) -> Path:
        return self.root / (DB_NAME + "-wal")

    @property
    def shm(self) -> Path:
        return self.root / (DB_NAME + "-shm")

    @property
    def evidence(self) -> Path:
        return self.root / "evidence"

    @property
    def evidence_tmp(self) -> Path:
        return self.evidence / ".tmp"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def auto_backups(self) -> Path:
        return self.backups / "auto"

    def blob(self, sha256: str) -> Path:
        """The file holding content ``sha256``: evidence/ab/cdef... (two-level fan-out)."""
        return self.evidence / sha256[:2] / sha256[2:]


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only. Percent-encoded, so folder names with
    Chinese characters, spaces, '%', '?' or '#' work (sqlite3.connect(..., uri=True))."""
    return "file:" + quote(Path(path).resolve().as_posix(), safe="/:") + "?mode=ro"
