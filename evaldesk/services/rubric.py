"""The rubric a year is scored with: the copy pinned in the store, never the current built-in."""

from __future__ import annotations

import hashlib
import threading

from evaldesk.errors import StoreError
from evaldesk.rubrics.loader import LoadedRubric, load_text
from evaldesk.rubrics.registry import get
from evaldesk.store import Store

_cache: dict[str, LoadedRubric] = {}
_lock = threading.Lock()


def pinned_text(ref: str) -> tuple[LoadedRubric, str]:
    """A rubric by id or file path, with the exact text to pin (its SHA-256 is ``loaded.sha256``)."""
    loaded = get(ref)
    if loaded.path is None:
        raise StoreError(f"rubric {ref} has no file to copy")
    text = loaded.path.read_bytes().decode("utf-8-sig")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != loaded.sha256:
        raise StoreError(f"rubric file {loaded.path} changed while it was being read; try again")
    return loaded, text


def year_rubric(store: Store, year: int) -> LoadedRubric:
    """Load (once per process) the rubric copy stored with ``year``, checking its pinned hash."""
    rec = store.years.get(year)
    with _lock:
        cached = _cache.get(rec.rubric_sha256)
    if cached is not None:
        return cached
    text = store.years.rubric_text(year)
    actual = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if actual != rec.rubric_sha256:
        raise StoreError(
            f"the rubric copy stored with {year} does not match its pinned hash "
            f"({rec.rubric_sha256[:12]}…); the database was edited outside EvalDesk. "
            "Run `evaldesk check` and restore a backup."
        )
    loaded = load_text(text, f"{rec.rubric_id}@{year}")
    with _lock:
        _cache[rec.rubric_sha256] = loaded
    return loaded
