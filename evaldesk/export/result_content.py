"""What the receiving office publishes, as plain data: one unit's result (its result package's
result.json, its PDF) and the year's summary (the ranking workbook, the summary PDF).

The services fill these from the office's state (evaldesk.services.collect_publish); the
writers here know nothing of the store. Texts are Chinese: what is sent and printed is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from evaldesk.decimals import fmt_points

RESULT_FORMAT = "evaldesk-result"
RESULT_VERSION = 1


def _num(value: Decimal | None) -> str | None:
    return None if value is None else fmt_points(value)


@dataclass(frozen=True)
class ItemLine:
    code: str
    title: str
    max: Decimal | None
    self_score: Decimal | None
    initial: Decimal | None
    final_review: Decimal | None
    computed: Decimal | None
    final: Decimal | None
    reasons: str  # the reviewers' reasons, in one text
    lines: tuple[str, ...]  # how the final came about

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "max": _num(self.max),
            "self": _num(self.self_score),
            "initial": _num(self.initial),
            "final_review": _num(self.final_review),
            "computed": _num(self.computed),
            "final": _num(self.final),
            "reasons": self.reasons,
            "lines": list(self.lines),
        }


@dataclass(frozen=True)
class RankLine:
    item: str
    title: str
    value: Decimal | None
    place: int | None
    points: Decimal | None
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "title": self.title,
            "value": _num(self.value),
            "place": self.place,
            "points": _num(self.points),
            "detail": self.detail,
        }


@dataclass(frozen=True)
class VoteLine:
    item: str
    sheet: str  # what the sheet is, e.g. 评议.1 厅领导小组成员评估（市州人社局）
    counts: dict[str, int]
    average: Decimal | None
    voters: int

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "sheet": self.sheet,
            "counts": dict(self.counts),
            "average": _num(self.average),
            "voters": self.voters,
        }


@dataclass(frozen=True)
class AwardLine:
    title: str
    amount: Decimal
    basis: str
    pending: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "amount": _num(self.amount),
            "basis": self.basis,
            "pending": self.pending,
        }


@dataclass(frozen=True)
class PartLine:
    title: str
    weight: Decimal
    self_score: Decimal | None
    final: Decimal | None


@dataclass(frozen=True)
class Issuer:
    name: str
    region: str
    approved_by: str
    approved_at: str  # ISO
    issued: date
    generator: str


@dataclass(frozen=True)
class UnitResult:
    year: int
    rubric_id: str
    rubric_title: str
    doc_number: str
    rubric_sha256: str
    issuer: Issuer
    unit_code: str
    unit_name: str
    rubric_unit: str | None
    group: str
    answers_package: str  # the unit package it answers (its package id)
    answers_digest: str
    answers_exported: str
    self_total: Decimal | None
    final_total: Decimal | None
    max: Decimal | None
    grade: str | None
    place: int | None
    of_units: int
    parts: tuple[PartLine, ...] = ()
    items: tuple[ItemLine, ...] = ()
    rankings: tuple[RankLine, ...] = ()
    votes: tuple[VoteLine, ...] = ()
    awards: tuple[AwardLine, ...] = ()
    differences: tuple[str, ...] = ()  # interpretations the unit used that differ
    decisions: tuple[str, ...] = ()  # the office's decisions and readings (※)

    @property
    def award_total(self) -> Decimal:
        return sum((a.amount for a in self.awards), Decimal(0))

    def to_json(self, fingerprint: str) -> dict[str, Any]:
        return {
            "format": RESULT_FORMAT,
            "version": RESULT_VERSION,
            "year": self.year,
            "rubric": {
                "id": self.rubric_id,
                "title": self.rubric_title,
                "doc_number": self.doc_number,
                "sha256": self.rubric_sha256,
            },
            "issuer": {
                "name": self.issuer.name,
                "region": self.issuer.region,
                "approved_by": self.issuer.approved_by,
                "approved_at": self.issuer.approved_at,
                "issued": self.issuer.issued.isoformat(),
            },
            "unit": {
                "code": self.unit_code,
                "name": self.unit_name,
                "rubric_unit": self.rubric_unit,
                "group": self.group,
            },
            "answers": {
                "package_id": self.answers_package,
                "content_sha256": self.answers_digest,
                "exported": self.answers_exported,
            },
            "self": {"total": _num(self.self_total)},
            "final": {
                "total": _num(self.final_total),
                "max": _num(self.max),
                "grade": self.grade,
                "place": self.place,
                "of": self.of_units,
                "parts": [
                    {
                        "title": p.title,
                        "weight": _num(p.weight),
                        "self": _num(p.self_score),
                        "final": _num(p.final),
                    }
                    for p in self.parts
                ],
            },
            "items": [i.to_json() for i in self.items],
            "rankings": [r.to_json() for r in self.rankings],
            "votes": [v.to_json() for v in self.votes],
            "awards": [a.to_json() for a in self.awards],
            "award_total": _num(self.award_total),
            "differences": list(self.differences),
            "decisions": list(self.decisions),
            "key_fingerprint": fingerprint,
            "generator": self.issuer.generator,
        }


@dataclass(frozen=True)
class RankingTable:
    """One ranking rule over all units (the workbook's and the summary's)."""

    item: str
    title: str
    rows: tuple[tuple[str, str, Decimal | None, int | None, Decimal | None, str], ...]
    #: (unit name, group, value, place, points, detail)


@dataclass(frozen=True)
class VoteTable:
    sheet: str
    grades: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...], Decimal | None], ...]  # unit, counts, average
    voters: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    year: int
    rubric_title: str
    doc_number: str
    issuer: Issuer
    parts: tuple[str, ...]  # part titles, in order
    units: tuple[UnitResult, ...]  # in place order
    missing: tuple[str, ...]  # units that sent nothing, or cannot be scored
    rankings: tuple[RankingTable, ...] = ()
    votes: tuple[VoteTable, ...] = ()
    decisions: tuple[str, ...] = ()
    fingerprint: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
