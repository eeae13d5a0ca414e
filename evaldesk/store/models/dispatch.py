"""Quarterly dispatch records (季度调度): one per quarter, due the 25th of its last month."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from evaldesk.store.models.base import Base


class DispatchRecord(Base):
    __tablename__ = "dispatch_records"
    __table_args__ = (
        UniqueConstraint("year_id", "quarter", name="uq_dispatch_year_quarter"),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("years.id"))
    quarter: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    submitted_date: Mapped[date | None] = mapped_column(Date)
    progress: Mapped[str] = mapped_column(
        Text, default="{}", comment="JSON: section code -> progress text"
    )
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(String(40))
    updated_by: Mapped[str] = mapped_column(Text)
