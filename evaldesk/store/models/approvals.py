"""Approvals: a head approves a quarter (1-4) or the whole year (quarter 0), which locks it.

A row stays after an unlock (unlocked_* filled), so the history of approvals is kept.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from evaldesk.store.models.base import Base


class Approval(Base):
    __tablename__ = "approvals"
    __table_args__ = (
        CheckConstraint("quarter BETWEEN 0 AND 4", name="quarter"),
        Index("ix_approvals_scope", "year_id", "quarter"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("years.id"))
    quarter: Mapped[int] = mapped_column(Integer, comment="0 = the whole year")
    approved_by: Mapped[str] = mapped_column(Text)
    approved_at: Mapped[str] = mapped_column(String(40))
    comment: Mapped[str] = mapped_column(Text, default="")
    unlocked_by: Mapped[str | None] = mapped_column(Text)
    unlocked_at: Mapped[str | None] = mapped_column(String(40))
    unlock_reason: Mapped[str | None] = mapped_column(Text)
