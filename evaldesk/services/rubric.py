"""The rubric a year is scored with: the copy pinned in the store, never the current built-in."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable

from evaldesk.errors import StoreError
from evaldesk.messages import msg
from evaldesk.rubrics.loader import LoadedRubric, load_text
from evaldesk.rubrics.registry import get
from evaldesk.store import Store
from evaldesk.store.tx import Tx

_cache: dict[str, LoadedRubric] = {}
_lock = threading.Lock()


def pinned_text(ref: str) -> tuple[LoadedRubric, str]:
    """A rubric by id or file path, with the exact text to pin (its SHA-256 is ``loaded.sha256``)."""
    loaded = get(ref)
    if loaded.path is None:
        raise StoreError(msg("pinned.no_file", ref=ref))
    text = loaded.path.read_bytes().decode("utf-8-sig")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != loaded.sha256:
        raise StoreError(msg("pinned.changed", path=loaded.path))
    return loaded, text


def year_rubric(store: Store, year: int) -> LoadedRubric:
    """Load (once per process) the rubric copy stored with ``year``, checking its pinned hash."""
    rec = store.years.get(year)
    return _loaded(rec.rubric_sha256, lambda: store.years.rubric_text(year), rec.rubric_id, year)


def year_rubric_in(store: Store, tx: Tx, year: int) -> LoadedRubric:
    """:func:`year_rubric` inside a write, reading through its transaction (a tick reads
    nothing outside the one transaction that changes the fact)."""
    digest = store.years.pinned_digest(tx, year)
    return _loaded(digest, lambda: store.years.pinned_text(tx, year), "rubric", year)


def _loaded(digest: str, text_of: Callable[[], str], rubric_id: str, year: int) -> LoadedRubric:
    with _lock:
        cached = _cache.get(digest)
    if cached is not None:
        return cached
    text = text_of()
    actual = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if actual != digest:
        raise StoreError(msg("pinned.mismatch", year=year, hash=digest[:12]))
    loaded = load_text(text, f"{rubric_id}@{year}")
    with _lock:
        _cache[digest] = loaded
    return loaded
