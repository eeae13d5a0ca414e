"""What the head approved, as the package records it: each quarter's and the year's approval,
the review comments and whether each was resolved, the interpretations in force, and whether
the package is a draft (草稿) or final (定稿).

A package is final only when the head approved the full year and the rubric has no
``suggested`` (unconfirmed) interpretation; anything else is a draft, marked on every page of
the PDF, in bag-info.txt and in data/approval.json (docs/package-format.md, format 3).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from evaldesk.decimals import fmt_points
from evaldesk.messages import Message, msg
from evaldesk.scoring.report import InterpretationUse, ScoreReport

if TYPE_CHECKING:
    from evaldesk.export.snapshot import CheckOverride

YEAR = 0
QUARTERS = (1, 2, 3, 4)
DRAFT, FINAL = "draft", "final"
#: bag-info.txt's EvalDesk-Status: the machine word first, then the word printed on the PDF.
STATUS_FIELD = "EvalDesk-Status"
STATUS_TEXT = {DRAFT: "draft 草稿", FINAL: "final 定稿"}
APPROVAL_JSON = "data/approval.json"
APPROVAL_JSON_VERSION = 1
SUGGESTED = "suggested"


@dataclass(frozen=True, slots=True)
class ApprovalMark:
    """One approval of a quarter (1-4) or the whole year (0), as the store keeps it."""

    quarter: int
    by: str  # the audit actor, e.g. "user:lijg"
    name: str  # the person's display name, e.g. 李建国
    at: str  # ISO timestamp (UTC)
    comment: str = ""
    #: set when a head lifted this approval again (it then locks nothing)
    unlocked_by: str | None = None
    unlocked_name: str | None = None
    unlocked_at: str | None = None
    unlock_reason: str | None = None

    @property
    def active(self) -> bool:
        return self.unlocked_at is None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "quarter": self.quarter,
            "by": self.by,
            "name": self.name,
            "at": self.at,
            "comment": self.comment,
        }
        if not self.active:
            out |= {
                "unlocked_by": self.unlocked_by,
                "unlocked_name": self.unlocked_name,
                "unlocked_at": self.unlocked_at,
                "unlock_reason": self.unlock_reason,
            }
        return out


@dataclass(frozen=True, slots=True)
class ReviewComment:
    """A review comment (审核意见) on an item and whether it was resolved."""

    id: int
    item_code: str
    text: str
    by: str
    name: str
    at: str
    resolved_by: str | None = None
    resolved_name: str | None = None
    resolved_at: str | None = None

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "item": self.item_code,
            "text": self.text,
            "by": self.by,
            "name": self.name,
            "at": self.at,
            "resolved": self.resolved,
            "resolved_by": self.resolved_by,
            "resolved_name": self.resolved_name,
            "resolved_at": self.resolved_at,
        }


@dataclass(frozen=True, slots=True)
class Review:
    """The year's approvals (every one, lifted ones included) and its review comments."""

    approvals: tuple[ApprovalMark, ...] = ()
    comments: tuple[ReviewComment, ...] = ()

    def approval(self, quarter: int) -> ApprovalMark | None:
        """The approval in force for ``quarter`` (0: the whole year), if any."""
        found = [a for a in self.approvals if a.quarter == quarter and a.active]
        return found[-1] if found else None

    @property
    def year(self) -> ApprovalMark | None:
        return self.approval(YEAR)

    @property
    def lifted(self) -> tuple[ApprovalMark, ...]:
        return tuple(a for a in self.approvals if not a.active)

    @property
    def open_comments(self) -> tuple[ReviewComment, ...]:
        return tuple(c for c in self.comments if not c.resolved)


def suggested(report: ScoreReport) -> tuple[InterpretationUse, ...]:
    return tuple(i for i in report.interpretations if i.kind == SUGGESTED)


def draft_reasons(review: Review, report: ScoreReport) -> tuple[Message, ...]:
    """Why a package of this data is a draft; empty when it can be final."""
    out: list[Message] = []
    if review.year is None:
        out.append(msg("package.draft.not_approved"))
    unconfirmed = suggested(report)
    if unconfirmed:
        out.append(msg("package.draft.suggested", titles=[i.title for i in unconfirmed]))
    return tuple(out)


def status(review: Review, report: ScoreReport) -> str:
    return DRAFT if draft_reasons(review, report) else FINAL


def _value(use: InterpretationUse) -> str | None:
    return None if use.value is None else fmt_points(use.value)


def approval_json(
    review: Review, report: ScoreReport, override: CheckOverride | None = None
) -> bytes:
    """data/approval.json: the signed record of what the head approved (docs/package-format.md).

    The interpretations are referenced by id: their wording and values are in score.json's
    ``interpretations`` (the same ids)."""
    reasons = draft_reasons(review, report)
    approvals: dict[str, Any] = {
        "year": _mark(review.approval(YEAR)),
        "quarters": {str(q): _mark(review.approval(q)) for q in QUARTERS},
    }
    data: dict[str, Any] = {
        "format": "evaldesk-approval",
        "version": APPROVAL_JSON_VERSION,
        "status": DRAFT if reasons else FINAL,
        "draft": bool(reasons),
        "draft_reasons": [m.to_json() for m in reasons],
        "approvals": approvals,
        "unlocked": [a.to_json() for a in review.lifted],
        "comments": [c.to_json() for c in review.comments],
        "comments_open": len(review.open_comments),
        "interpretations": {
            "see": "score.json#/interpretations",
            "in_force": [i.id for i in report.interpretations],
            "set_by_office": {i.id: _value(i) for i in report.interpretations if i.set_by_office},
            "suggested": [i.id for i in suggested(report)],
        },
        "check_override": None
        if override is None
        else {"by": override.by, "at": override.at, "reason": override.reason},
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _mark(mark: ApprovalMark | None) -> dict[str, Any] | None:
    return None if mark is None else mark.to_json()


def mark_text(mark: ApprovalMark | None) -> str:
    """bag-info's summary of one approval: ``2025-01-10T03:00:00+00:00 李建国 (user:lijg): 同意报送``."""
    if mark is None:
        return "not approved 未审核"
    text = f"{mark.at} {mark.name} ({mark.by})"
    return f"{text}: {mark.comment}" if mark.comment else text


def bag_info_fields(review: Review, report: ScoreReport) -> Iterator[tuple[str, str]]:
    """The approval record summarised in bag-info.txt (signed with the tag manifest)."""
    reasons = draft_reasons(review, report)
    yield STATUS_FIELD, STATUS_TEXT[DRAFT if reasons else FINAL]
    yield "EvalDesk-Draft-Reason", "; ".join(m.text("zh") for m in reasons)
    yield "EvalDesk-Approval-Year", mark_text(review.year)
    for quarter in QUARTERS:
        yield f"EvalDesk-Approval-Q{quarter}", mark_text(review.approval(quarter))
    yield (
        "EvalDesk-Review-Comments",
        f"{len(review.comments)} total, {len(review.open_comments)} open",
    )
    uses = report.interpretations
    yield (
        "EvalDesk-Interpretations",
        f"{len(uses)} in force, {sum(1 for i in uses if i.set_by_office)} set by the office, "
        f"{len(suggested(report))} suggested",
    )


def parse_status(value: str | None) -> str | None:
    """``draft`` / ``final`` from bag-info's EvalDesk-Status, or None when it says neither."""
    if not value:
        return None
    word = value.split()[0].lower()
    return word if word in (DRAFT, FINAL) else None


def local_time(iso: str) -> str:
    """A stored UTC timestamp as the office's local date and minute: ``2025-01-10 11:00``."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16].replace("T", " ")
