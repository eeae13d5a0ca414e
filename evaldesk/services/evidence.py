"""Evidence use cases: attach a file (streamed into the evidence folder), link, detach."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from evaldesk.errors import InputError, Locked
from evaldesk.messages import msg
from evaldesk.services.actor import Actor
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric
from evaldesk.services.validation import unknown_item_message
from evaldesk.store import EvidenceRec, LinkRec, Store
from evaldesk.store.blobs import CancelCheck, Progress, StoredBlob
from evaldesk.store.locks import YEAR
from evaldesk.store.names import clean_original_name


def item_link(code: str) -> LinkRec:
    return LinkRec("item", code, None, None)


def ledger_link(entry_id: int) -> LinkRec:
    return LinkRec("ledger", None, entry_id, None)


def dispatch_link(dispatch_id: int) -> LinkRec:
    return LinkRec("dispatch", None, None, dispatch_id)


def _check_links(store: Store, year: int, links: Sequence[LinkRec]) -> None:
    rubric = year_rubric(store, year).rubric
    for link in links:
        if link.kind == "item" and (link.item_code is None or rubric.item(link.item_code) is None):
            raise InputError(unknown_item_message(str(link.item_code), rubric))


def _precheck(store: Store, actor: Actor, year: int, links: Sequence[LinkRec]) -> None:
    """Refuse before copying gigabytes: role, lock and link targets."""
    require(actor, "evidence.edit")
    _check_links(store, year, links)
    locked = store.approvals.locked(year)
    if YEAR in locked:
        a = locked[YEAR]
        who = store.users.display_name(a.approved_by)
        raise Locked(msg("evidence.year_locked", year=year, who=who, date=a.approved_at[:10]))


def _record(
    store: Store,
    actor: Actor,
    year: int,
    blob: StoredBlob,
    name: str,
    note: str,
    links: Sequence[LinkRec],
) -> EvidenceRec:
    with store.write(actor.name) as tx:
        return store.evidence.add(
            tx,
            year,
            sha256=blob.sha256,
            size=blob.size,
            mime=blob.mime,
            original_name=name,
            note=note,
            links=links,
        )


def attach_file(
    store: Store,
    actor: Actor,
    year: int,
    path: Path,
    *,
    links: Sequence[LinkRec] = (),
    note: str = "",
    name: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> EvidenceRec:
    """Copy ``path`` into the evidence folder and record it (with its original name)."""
    _precheck(store, actor, year, links)
    original = clean_original_name(name if name is not None else Path(path).name)
    blob = store.blobs.put_file(Path(path), progress=progress, cancelled=cancelled)
    return _record(store, actor, year, blob, original, note, links)


def attach_stream(
    store: Store,
    actor: Actor,
    year: int,
    stream: BinaryIO,
    name: str,
    *,
    links: Sequence[LinkRec] = (),
    note: str = "",
    size_hint: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> EvidenceRec:
    """Like attach_file, from an open binary stream (drag and drop from another app, imports)."""
    _precheck(store, actor, year, links)
    original = clean_original_name(name)
    blob = store.blobs.put_stream(
        stream, name=original, expected_size=size_hint, progress=progress, cancelled=cancelled
    )
    return _record(store, actor, year, blob, original, note, links)


def link(store: Store, actor: Actor, evidence_id: int, target: LinkRec) -> EvidenceRec:
    require(actor, "evidence.edit")
    rec = store.evidence.get(evidence_id)
    _check_links(store, rec.year, [target])
    with store.write(actor.name) as tx:
        return store.evidence.link(tx, evidence_id, target)


def detach(store: Store, actor: Actor, evidence_id: int, target: LinkRec) -> EvidenceRec:
    """Remove one link. The file and its record stay (nothing recorded is ever lost)."""
    require(actor, "evidence.edit")
    with store.write(actor.name) as tx:
        return store.evidence.unlink(tx, evidence_id, target)


def set_note(store: Store, actor: Actor, evidence_id: int, note: str) -> EvidenceRec:
    require(actor, "evidence.edit")
    with store.write(actor.name) as tx:
        return store.evidence.set_note(tx, evidence_id, note.strip())
