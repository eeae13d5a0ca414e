"""A write transaction: the session, who is acting, its audit rows, and what it changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from evaldesk.store.audit import AuditEvent, AuditWriter
from evaldesk.store.changes import ENTITY_KIND, Changes, FactChange


@dataclass
class Tx:
    session: Session
    actor: str
    audit: AuditWriter = field(init=False)
    facts: list[FactChange] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.audit = AuditWriter(self.session)

    def log(self, action: str, entity: str, entity_id: object, old: Any, new: Any) -> AuditEvent:
        """Record one change in the audit chain (same transaction as the change itself)."""
        return self.audit.append(self.actor, action, entity, entity_id, old, new)

    @property
    def events(self) -> list[AuditEvent]:
        return self.audit.events

    def changes(self) -> Changes:
        """What this transaction changed (valid once it committed)."""
        events = self.audit.events
        if not events:
            return Changes(tuple(self.facts))
        kinds = frozenset(ENTITY_KIND.get(e.entity, "other") for e in events)
        return Changes(tuple(self.facts), kinds, events[0].seq, events[-1].seq)
