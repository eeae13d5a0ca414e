"""Recorded facts of a year, one row per (scope, code, key).

scope   code            key             value (JSON)
item    item code       rule id         RuleFact (Decimals as strings)
section section code    rule id         RuleFact
whole   ""              rule id         RuleFact
review  item code       initial/final   "12.5"
rating  ""              ""              "好"
table   table id        "row.col"       "708.61" or null
profile ""              field id        "text" (sign-off blocks: "<block>.opinion" ...)
indicators item code    ""              [{"target": ..., "completion": ..., "score": "2"}]
texts   text table id   ""              [{"name": "张三", ...}]
subsidy flag/count/place input or award id  true / 12 / 3 (evaldesk.services.subsidies)
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from evaldesk.store.models.base import Base

FACT_SCOPES = (
    "item",
    "section",
    "whole",
    "review",
    "rating",
    "table",
    "profile",
    "indicators",
    "texts",
    "subsidy",
    "interp",
)


class FactRow(Base):
    __tablename__ = "facts"
    __table_args__ = (
        UniqueConstraint("year_id", "scope", "code", "key", name="uq_facts_year_scope_code_key"),
        CheckConstraint(
            "scope IN ('item','section','whole','review','rating','table','profile',"
            "'indicators','texts','subsidy','interp')",
            name="scope",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("years.id"))
    scope: Mapped[str] = mapped_column(String(10))
    code: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text)
    value: Mapped[str] = mapped_column(Text, comment="JSON")
    updated_at: Mapped[str] = mapped_column(String(40))
    updated_by: Mapped[str] = mapped_column(Text)


class Comment(Base):
    """A reviewer's comment on an item (审核意见). Its text is never edited; a head marks it
    resolved (整改完成) or open again, and the package records which."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("years.id"), index=True)
    item_code: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    resolved_by: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[str | None] = mapped_column(String(40))
