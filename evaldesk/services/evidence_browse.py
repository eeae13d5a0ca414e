"""Reading evidence for the screens: a year's files filtered by what they are linked to.

An office keeps hundreds to a few thousand evidence files a year, so "unlinked" is filtered
here after one query; linked-to filters run in SQL (``store.evidence.list(link=...)``).
"""

from __future__ import annotations

from pathlib import Path

from evaldesk.services.evidence import dispatch_link, item_link, ledger_link
from evaldesk.store import EvidenceRec, LedgerQuery, LedgerRec, LinkRec, Store
from evaldesk.store.blobs import human_size

__all__ = [
    "EvidenceRec",
    "LinkRec",
    "evidence_of",
    "file_path",
    "get",
    "human_size",
    "ledger_matches",
    "list_evidence",
    "quarter_link",
]


def list_evidence(
    store: Store,
    year: int,
    *,
    item_code: str | None = None,
    ledger_id: int | None = None,
    dispatch_id: int | None = None,
    unlinked: bool = False,
) -> list[EvidenceRec]:
    """Evidence of ``year``: all, only that linked to one target, or only the unlinked."""
    link: LinkRec | None = None
    if item_code is not None:
        link = item_link(item_code)
    elif ledger_id is not None:
        link = ledger_link(ledger_id)
    elif dispatch_id is not None:
        link = dispatch_link(dispatch_id)
    found = store.evidence.list(year, link=link)
    return [e for e in found if not e.links] if unlinked else found


def evidence_of(store: Store, year: int, link: LinkRec) -> list[EvidenceRec]:
    return store.evidence.list(year, link=link)


def get(store: Store, evidence_id: int) -> EvidenceRec:
    return store.evidence.get(evidence_id)


def file_path(store: Store, rec: EvidenceRec) -> Path:
    """Where the stored copy is (read-only, named by its hash): for previews and viewers."""
    return store.evidence.file_path(rec)


def copy_out(store: Store, rec: EvidenceRec, folder: Path) -> Path:
    """A copy of the file under a usable version of its original name (for a system viewer).

    The stored copy is named by its hash and has no extension, so viewers cannot tell its type.
    """
    import shutil

    from evaldesk.errors import StoreError
    from evaldesk.messages import msg
    from evaldesk.messages.os_error import os_error
    from evaldesk.store.names import safe_filename

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{rec.id}-{safe_filename(rec.original_name)}"
    try:
        if not target.exists():
            shutil.copyfile(file_path(store, rec), target)
    except OSError as exc:
        raise StoreError(
            msg("evidence.cannot_copy", name=rec.original_name, error=os_error(exc))
        ) from None
    return target


def dispatch_quarter(store: Store, dispatch_id: int) -> int:
    """The quarter (1-4) of a dispatch record (to name a link to it)."""
    return store.dispatch.by_id(dispatch_id).quarter


def quarter_link(store: Store, year: int, quarter: int) -> LinkRec:
    """A link to the dispatch record of ``quarter`` (1-4) of ``year``."""
    return dispatch_link(store.dispatch.get(year, quarter).id)


def ledger_matches(store: Store, year: int, text: str, limit: int = 20) -> list[LedgerRec]:
    """The year's ledger entries whose 事项 (or description, or responsible person) contain
    ``text``, newest first: what a person picks an entry from, instead of typing its number."""
    query = LedgerQuery(year, text=text.strip(), sort="received_date", descending=True, limit=limit)
    return store.ledger.search(query)
