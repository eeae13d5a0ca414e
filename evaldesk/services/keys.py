"""The office's keys: its own signing key over its life, and the keys it trusts (a receiving
office). Used by `evaldesk keys ...` and `evaldesk verify --data-dir`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from evaldesk.export.trust import TrustList
from evaldesk.store.paths import DataPaths, read_only_uri


def office_trust(data_dir: Path) -> TrustList:
    """The keys the office in ``data_dir`` trusts (read-only; an older folder trusts none)."""
    paths = DataPaths(Path(data_dir))
    trust = TrustList(str(paths.root))
    if not paths.db.is_file():
        from evaldesk.errors import NotFound
        from evaldesk.messages import msg

        raise NotFound(msg("keys.no_office", path=str(paths.root)))
    conn = sqlite3.connect(read_only_uri(paths.db), uri=True, timeout=15)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "trusted_keys" in names:
            for fpr, label in conn.execute(
                "SELECT fingerprint, label FROM trusted_keys WHERE removed_at IS NULL"
            ):
                trust.keys[str(fpr)] = str(label)
    finally:
        conn.close()
    return trust
