"""The audit chain: every change is one row, written in the same transaction as the change.

row.hash = SHA-256 of the canonical JSON of
    [seq, at, actor, action, entity, entity_id, old, new, prev_hash]
where old/new are the stored JSON texts and prev_hash is the previous row's hash (64 zeros for
the first). Changing, removing or reordering any row breaks every hash after it; `evaldesk
check` recomputes the chain. Triggers refuse UPDATE and DELETE on the table, so only a tool
that bypasses EvalDesk can edit it, and that is what the chain detects.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaldesk.messages import Message, msg
from evaldesk.store import jsonval
from evaldesk.store.clock import now_iso
from evaldesk.store.models import AuditRow

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One change, as recorded; what listeners (the live score) receive after commit."""

    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    old: Any
    new: Any


def row_hash(
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    old: str | None,
    new: str | None,
    prev_hash: str,
) -> str:
    envelope = jsonval.dumps([seq, at, actor, action, entity, entity_id, old, new, prev_hash])
    return hashlib.sha256(envelope.encode("utf-8")).hexdigest()


class AuditWriter:
    """Appends rows to the chain inside one write transaction (which holds the write lock)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._last: tuple[int, str] | None = None
        self.events: list[AuditEvent] = []

    def _tail(self) -> tuple[int, str]:
        if self._last is None:
            row = self._session.execute(
                select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)
            ).first()
            self._last = (0, GENESIS) if row is None else (int(row[0]), str(row[1]))
        return self._last

    def append(
        self, actor: str, action: str, entity: str, entity_id: object, old: Any, new: Any
    ) -> AuditEvent:
        seq, prev = self._tail()
        seq += 1
        at = now_iso()
        old_text = None if old is None else jsonval.dumps(old)
        new_text = None if new is None else jsonval.dumps(new)
        eid = str(entity_id)
        digest = row_hash(seq, at, actor, action, entity, eid, old_text, new_text, prev)
        self._session.add(
            AuditRow(
                seq=seq,
                at=at,
                actor=actor,
                action=action,
                entity=entity,
                entity_id=eid,
                old=old_text,
                new=new_text,
                prev_hash=prev,
                hash=digest,
            )
        )
        self._last = (seq, digest)
        event = AuditEvent(seq, at, actor, action, entity, eid, old, new)
        self.events.append(event)
        return event


def verify_chain(rows: Iterator[tuple[Any, ...]]) -> list[Message]:
    """Problems in the chain, given rows (seq, at, actor, action, entity, entity_id, old, new,
    prev_hash, hash) in seq order. Stops listing after the first few breaks."""
    problems: list[Message] = []
    expected_seq = 1
    prev = GENESIS
    for seq, at, actor, action, entity, entity_id, old, new, prev_hash, digest in rows:
        if seq != expected_seq:
            problems.append(msg("check.audit.missing_row", expected=expected_seq, seq=seq))
        if prev_hash != prev:
            problems.append(msg("check.audit.broken_link", seq=seq, prev=seq - 1))
        actual = row_hash(seq, at, actor, action, entity, entity_id, old, new, prev_hash)
        if actual != digest:
            problems.append(
                msg(
                    "check.audit.row_changed",
                    seq=seq,
                    action=action,
                    entity=entity,
                    entity_id=entity_id,
                    actor=actor,
                    at=at,
                )
            )
        prev = digest
        expected_seq = seq + 1
        if len(problems) >= 20:
            problems.append(msg("check.audit.more"))
            break
    return problems
