"""Reading evidence for the screens: a year's files filtered by what they are linked to.

An office keeps hundreds to a few thousand evidence files a year, so "unlinked" is filtered
here after one query; linked-to filters run in SQL (``store.evidence.list(link=...)``).
"""

from __future__ import annotations

from pathlib import Path

from evaldesk.services.evidence import dispatch_link, item_link, ledger_link
from evaldesk.store import EvidenceRec, LinkRec, Store
from evaldesk.store.blobs import human_size

__all__ = ["EvidenceRec", "LinkRec", "evidence_of", "file_path", "get", "human_size", "list_evidence"]


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
