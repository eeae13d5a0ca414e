"""store.trust: the keys a receiving office trusts (audited; removed rows are kept)."""

from __future__ import annotations

from sqlalchemy import select

from evaldesk.errors import InputError, NotFound
from evaldesk.messages import msg
from evaldesk.store.clock import now_iso
from evaldesk.store.models import TrustedKey
from evaldesk.store.parts.base import Part
from evaldesk.store.tx import Tx


def _audit(row: TrustedKey) -> dict[str, object]:
    return {
        "fingerprint": row.fingerprint,
        "label": row.label,
        "removed_at": row.removed_at,
        "removed_by": row.removed_by,
        "remove_reason": row.remove_reason,
    }


class TrustPart(Part):
    def list(self, *, removed: bool = False) -> list[TrustedKey]:
        with self._store.read() as s:
            query = select(TrustedKey).order_by(TrustedKey.id)
            if not removed:
                query = query.where(TrustedKey.removed_at.is_(None))
            rows = list(s.scalars(query))
            for row in rows:
                s.expunge(row)
            return rows

    def add(self, tx: Tx, fingerprint: str, label: str, public_pem: str | None) -> TrustedKey:
        s = tx.session
        known = s.scalar(
            select(TrustedKey).where(
                TrustedKey.fingerprint == fingerprint, TrustedKey.removed_at.is_(None)
            )
        )
        if known is not None:
            raise InputError(
                msg("keys.already_trusted", fingerprint=fingerprint, label=known.label)
            )
        row = TrustedKey(
            fingerprint=fingerprint,
            public_pem=public_pem,
            label=label,
            added_at=now_iso(),
            added_by=tx.actor,
        )
        s.add(row)
        s.flush()
        tx.log("trust.add", "trusted_key", row.id, None, _audit(row))
        return row

    def remove(self, tx: Tx, fingerprint: str, reason: str) -> TrustedKey:
        s = tx.session
        row = s.scalar(
            select(TrustedKey).where(
                TrustedKey.fingerprint == fingerprint, TrustedKey.removed_at.is_(None)
            )
        )
        if row is None:
            raise NotFound(msg("keys.not_trusted", fingerprint=fingerprint))
        old = _audit(row)
        row.removed_at = now_iso()
        row.removed_by = tx.actor
        row.remove_reason = reason
        tx.log("trust.remove", "trusted_key", row.id, old, _audit(row))
        return row
