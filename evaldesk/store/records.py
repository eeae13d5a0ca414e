"""Plain, immutable rows handed to services and the UI (never live ORM objects)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from evaldesk.messages import Message, msg
from evaldesk.store import jsonval
from evaldesk.store.models import (
    Approval,
    Comment,
    DispatchRecord,
    Evidence,
    EvidenceLink,
    LedgerEntry,
    Office,
    User,
    Year,
)


def snapshot(record: Any) -> dict[str, Any]:
    """The record as plain JSON-ready data (for the audit log)."""
    return dict(asdict(record))


@dataclass(frozen=True, slots=True)
class OfficeRec:
    name: str
    unit: str | None
    region: str
    contact: str

    @staticmethod
    def of(row: Office) -> OfficeRec:
        return OfficeRec(row.name, row.unit, row.region, row.contact)


@dataclass(frozen=True, slots=True)
class YearRec:
    id: int
    year: int
    rubric_id: str
    rubric_version: int
    rubric_sha256: str
    rubric_title: str

    @staticmethod
    def of(row: Year) -> YearRec:
        return YearRec(
            row.id, row.year, row.rubric_id, row.rubric_version, row.rubric_sha256, row.rubric_title
        )


@dataclass(frozen=True, slots=True)
class LedgerRec:
    id: int
    year: int
    source: str
    title: str
    description: str
    responsible: str
    received_date: date
    deadline: date
    status: str
    done_date: date | None
    item_code: str | None
    updated_at: str
    updated_by: str
    repeats_yearly: bool = False

    @staticmethod
    def of(row: LedgerEntry, year: int) -> LedgerRec:
        return LedgerRec(
            row.id,
            year,
            row.source,
            row.title,
            row.description,
            row.responsible,
            row.received_date,
            row.deadline,
            row.status,
            row.done_date,
            row.item_code,
            row.updated_at,
            row.updated_by,
            bool(row.repeats_yearly),
        )

    def audit_data(self) -> dict[str, Any]:
        data = snapshot(self)
        data.pop("updated_at")
        data.pop("updated_by")
        if not data.get("repeats_yearly"):
            # Absent unless set: the audit rows and fingerprints of earlier versions stay valid.
            data.pop("repeats_yearly", None)
        return data


@dataclass(frozen=True, slots=True)
class DispatchRec:
    id: int
    year: int
    quarter: int
    due_date: date
    submitted_date: date | None
    progress: dict[str, str]
    note: str

    @staticmethod
    def of(row: DispatchRecord, year: int) -> DispatchRec:
        return DispatchRec(
            row.id,
            year,
            row.quarter,
            row.due_date,
            row.submitted_date,
            dict(jsonval.loads(row.progress)),
            row.note,
        )


@dataclass(frozen=True, slots=True)
class LinkRec:
    kind: str  # item / ledger / dispatch
    item_code: str | None
    ledger_id: int | None
    dispatch_id: int | None

    @property
    def target(self) -> str:
        if self.kind == "item":
            return f"item:{self.item_code}"
        if self.kind == "ledger":
            return f"ledger:{self.ledger_id}"
        return f"dispatch:{self.dispatch_id}"

    def label(self) -> Message:
        """What the link points to, for a person: "评分项目 一.1", "台账事项 #12"."""
        if self.kind == "item":
            return msg("evidence_rec.link_item", code=self.item_code)
        if self.kind == "ledger":
            return msg("evidence_rec.link_ledger", id=self.ledger_id)
        return msg("evidence_rec.link_dispatch", id=self.dispatch_id)

    @staticmethod
    def of(row: EvidenceLink) -> LinkRec:
        return LinkRec(row.kind, row.item_code, row.ledger_id, row.dispatch_id)


@dataclass(frozen=True, slots=True)
class EvidenceRec:
    id: int
    year: int
    sha256: str
    size: int
    mime: str
    original_name: str
    note: str
    added_at: str
    added_by: str
    links: tuple[LinkRec, ...] = ()

    @staticmethod
    def of(row: Evidence, year: int, links: tuple[LinkRec, ...] = ()) -> EvidenceRec:
        return EvidenceRec(
            row.id,
            year,
            row.sha256,
            row.size,
            row.mime,
            row.original_name,
            row.note,
            row.added_at,
            row.added_by,
            links,
        )


@dataclass(frozen=True, slots=True)
class UserRec:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    last_login_at: str | None

    @staticmethod
    def of(row: User) -> UserRec:
        return UserRec(
            row.id, row.username, row.display_name, row.role, row.active, row.last_login_at
        )


@dataclass(frozen=True, slots=True)
class ApprovalRec:
    id: int
    year: int
    quarter: int  # 0 = the whole year
    approved_by: str
    approved_at: str
    comment: str
    unlocked_by: str | None
    unlocked_at: str | None
    unlock_reason: str | None

    @property
    def active(self) -> bool:
        return self.unlocked_at is None

    @staticmethod
    def of(row: Approval, year: int) -> ApprovalRec:
        return ApprovalRec(
            row.id,
            year,
            row.quarter,
            row.approved_by,
            row.approved_at,
            row.comment,
            row.unlocked_by,
            row.unlocked_at,
            row.unlock_reason,
        )


@dataclass(frozen=True, slots=True)
class CommentRec:
    id: int
    year: int
    item_code: str
    author: str
    created_at: str
    text: str
    resolved_by: str | None = None
    resolved_at: str | None = None

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None

    @staticmethod
    def of(row: Comment, year: int) -> CommentRec:
        return CommentRec(
            row.id,
            year,
            row.item_code,
            row.author,
            row.created_at,
            row.text,
            row.resolved_by,
            row.resolved_at,
        )
