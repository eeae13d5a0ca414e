"""Ledger entries (台账): work received, its deadline and when it was done."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from evaldesk.store.models.base import Base

#: Stored values; the Chinese labels are the GUI's and the reports' business.
SOURCES = ("assigned", "inspection", "public", "other")  # 上级交办 督导发现 群众反映 其他
STATUSES = ("open", "in_progress", "done", "cancelled")  # 待办 办理中 已办结 已撤销


class LedgerEntry(Base):
    __tablename__ = "ledger_entries"
    __table_args__ = (
        CheckConstraint("source IN ('assigned','inspection','public','other')", name="source"),
        CheckConstraint("status IN ('open','in_progress','done','cancelled')", name="status"),
        CheckConstraint("(status = 'done') = (done_date IS NOT NULL)", name="done_date"),
        CheckConstraint("deadline >= received_date", name="deadline"),
        CheckConstraint("done_date IS NULL OR done_date >= received_date", name="done_order"),
        CheckConstraint("length(trim(title)) > 0", name="title"),
        # The overdue count reads only this index (covering).
        Index("ix_ledger_overdue", "year_id", "deadline", "status", "done_date"),
        # One index per sortable column: (year_id, column) ends with the rowid, so a page
        # sorted by the column with the id as tie-breaker is read in index order, unsorted,
        # and a keyset page starts with a seek to its first row (store/ledger_query.py).
        # Sorted by the id itself: without this one SQLite sorted the whole year per page.
        Index("ix_ledger_id", "year_id", "id"),
        Index("ix_ledger_received", "year_id", "received_date"),
        Index("ix_ledger_deadline", "year_id", "deadline"),
        Index("ix_ledger_done", "year_id", "done_date"),
        Index("ix_ledger_title", "year_id", "title"),
        Index("ix_ledger_status", "year_id", "status"),
        Index("ix_ledger_source", "year_id", "source"),
        Index("ix_ledger_item", "year_id", "item_code"),
        Index("ix_ledger_responsible", "year_id", "responsible"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("years.id"))
    source: Mapped[str] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(Text, default="")
    received_date: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))
    done_date: Mapped[date | None] = mapped_column(Date)
    item_code: Mapped[str | None] = mapped_column(Text)
    #: 每年重复: a new year proposes the entry again, same month and day (migration 0008)
    repeats_yearly: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(40))
    updated_by: Mapped[str] = mapped_column(Text)
