"""The office profile and its assessment years, each pinned to the rubric it was created with."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from evaldesk.store.models.base import Base


class Office(Base):
    """The one office this data folder belongs to (a single row, id 1)."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text, comment="unit id within the rubric (towns)")
    region: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))


class Year(Base):
    """An assessment year. The rubric text is copied in so an old year always scores the same."""

    __tablename__ = "years"
    __table_args__ = (UniqueConstraint("year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    year: Mapped[int] = mapped_column(Integer)
    rubric_id: Mapped[str] = mapped_column(String(120))
    rubric_version: Mapped[int] = mapped_column(Integer)
    rubric_sha256: Mapped[str] = mapped_column(String(64))
    rubric_title: Mapped[str] = mapped_column(Text)
    rubric_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
