"""Keys a receiving office trusts (`evaldesk keys add|list|remove`, `verify --data-dir`).

A row stays after it is removed (removed_* filled), so the list's history is kept.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from evaldesk.store.models.base import Base


class TrustedKey(Base):
    __tablename__ = "trusted_keys"
    __table_args__ = (Index("ix_trusted_keys_fingerprint", "fingerprint"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), comment="SHA-256 of the raw key, hex")
    public_pem: Mapped[str | None] = mapped_column(Text, comment="when added from a key file")
    label: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[str] = mapped_column(String(40))
    added_by: Mapped[str] = mapped_column(Text)
    removed_at: Mapped[str | None] = mapped_column(String(40))
    removed_by: Mapped[str | None] = mapped_column(Text)
    remove_reason: Mapped[str | None] = mapped_column(Text)
