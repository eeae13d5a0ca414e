"""store.audit: read the audit log and verify its hash chain."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evaldesk.messages import Message
from evaldesk.store import jsonval
from evaldesk.store.audit import AuditEvent, verify_chain
from evaldesk.store.models import AuditRow
from evaldesk.store.parts.base import Part
from evaldesk.store.tx import Tx

AuditRec = AuditEvent  # one recorded change, as listeners and readers see it


def last_seq(s: Session) -> int:
    """The newest audit row's number: every change adds one, so it is a change counter."""
    return int(s.scalar(select(func.max(AuditRow.seq))) or 0)


class AuditPart(Part):
    def last_seq(self) -> int:
        with self._store.read() as s:
            return last_seq(s)

    def rows(
        self,
        *,
        entity: str | None = None,
        entity_id: str | None = None,
        newest_first: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[AuditRec]:
        with self._store.read() as s:
            query = select(AuditRow)
            if entity is not None:
                query = query.where(AuditRow.entity == entity)
            if entity_id is not None:
                query = query.where(AuditRow.entity_id == entity_id)
            order = AuditRow.seq.desc() if newest_first else AuditRow.seq.asc()
            rows = s.scalars(query.order_by(order).offset(offset).limit(limit))
            return [
                AuditRec(
                    r.seq,
                    r.at,
                    r.actor,
                    r.action,
                    r.entity,
                    r.entity_id,
                    None if r.old is None else jsonval.loads(r.old),
                    None if r.new is None else jsonval.loads(r.new),
                )
                for r in rows
            ]

    def record(self, tx: Tx, action: str, entity: str, entity_id: object, detail: object) -> None:
        """An event that changes no table (a login, a backup, a failed login)."""
        tx.log(action, entity, entity_id, None, detail)

    def verify(self) -> list[Message]:
        """Problems in the hash chain (empty when intact). Streams the rows."""
        with self._store.read() as s:
            result = s.execute(
                select(
                    AuditRow.seq,
                    AuditRow.at,
                    AuditRow.actor,
                    AuditRow.action,
                    AuditRow.entity,
                    AuditRow.entity_id,
                    AuditRow.old,
                    AuditRow.new,
                    AuditRow.prev_hash,
                    AuditRow.hash,
                )
                .order_by(AuditRow.seq)
                .execution_options(yield_per=2000)
            )
            return verify_chain(iter(tuple(r) for r in result))
