"""Evidence records (佐证资料) and their links to items, ledger entries and dispatch records.

The file itself lives in the content-addressed folder under its SHA-256; the original name is
kept here as text only and never used as a path.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from evaldesk.store.models.base import Base


class Evidence(Base):
    __tablename__ = "evidence"
    __table_args__ = (Index("ix_evidence_year", "year_id"), Index("ix_evidence_sha", "sha256"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("years.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    mime: Mapped[str] = mapped_column(String(120))
    original_name: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[str] = mapped_column(String(40))
    added_by: Mapped[str] = mapped_column(Text)


class EvidenceLink(Base):
    """Exactly one target per link: an item code, a ledger entry or a dispatch record."""

    __tablename__ = "evidence_links"
    __table_args__ = (
        CheckConstraint("kind IN ('item','ledger','dispatch')", name="kind"),
        CheckConstraint(
            "(kind = 'item' AND item_code IS NOT NULL AND ledger_id IS NULL AND dispatch_id IS NULL)"
            " OR (kind = 'ledger' AND ledger_id IS NOT NULL AND item_code IS NULL AND dispatch_id IS NULL)"
            " OR (kind = 'dispatch' AND dispatch_id IS NOT NULL AND item_code IS NULL AND ledger_id IS NULL)",
            name="one_target",
        ),
        # `target` repeats the one target as text ("item:一.1", "ledger:12") because SQLite's
        # unique indexes treat NULLs as distinct, so the nullable columns cannot be unique.
        UniqueConstraint("evidence_id", "target", name="uq_evidence_links_target"),
        Index("ix_evidence_links_item", "item_code"),
        Index("ix_evidence_links_ledger", "ledger_id"),
        Index("ix_evidence_links_dispatch", "dispatch_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"))
    kind: Mapped[str] = mapped_column(String(10))
    target: Mapped[str] = mapped_column(Text)
    item_code: Mapped[str | None] = mapped_column(Text)
    ledger_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"))
    dispatch_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch_records.id"))
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(Text)
