"""A write transaction: the session, who is acting, and the audit rows of this change."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from evaldesk.store.audit import AuditEvent, AuditWriter


@dataclass
class Tx:
    session: Session
    actor: str
    audit: AuditWriter = field(init=False)

    def __post_init__(self) -> None:
        self.audit = AuditWriter(self.session)

    def log(self, action: str, entity: str, entity_id: object, old: Any, new: Any) -> AuditEvent:
        """Record one change in the audit chain (same transaction as the change itself)."""
        return self.audit.append(self.actor, action, entity, entity_id, old, new)

    @property
    def events(self) -> list[AuditEvent]:
        return self.audit.events
