"""The score report: plain data with explanations, printed alike by UI, PDF and CLI.

The classes are slotted dataclasses, not frozen ones: a rescore builds one per item and per
explanation, and a frozen dataclass costs five times as much to construct. Treat them as
read-only: nothing changes a report once the engine has returned it.

Its ``to_json`` is the stable ``--json`` layout (docs/score-json.md); bump
:data:`SCORE_JSON_VERSION` whenever that layout changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from evaldesk.decimals import fmt_points
from evaldesk.messages import Lang, Message

ItemStatus = Literal["met", "not_met", "not_assessed"]

#: Version of the ``--json`` layout (docs/score-json.md). Bump on any incompatible change.
SCORE_JSON_VERSION = 2


@dataclass(slots=True)
class Explanation:
    """One rule applied: its source wording and its effect on the score.

    ``effect`` is signed relative to the item's maximum: ``-2`` means two points lost, ``+3``
    a bonus earned. ``pending`` marks a line that assumes the worst only because the fact is
    not recorded yet.
    """

    code: str
    rule: str
    wording: Message
    effect: Decimal
    reason: Message | None = None
    pending: bool = False

    @property
    def text(self) -> str:
        return self.wording.text()

    @property
    def detail(self) -> str:
        return self.reason.text() if self.reason is not None else ""

    def line(self, lang: Lang | None = None) -> str:
        """The ready-to-print sentence: "未制定方案，扣2分 −2（…）"."""
        detail = self.reason.text(lang) if self.reason is not None else ""
        tail = f"（{detail}）" if detail else ""
        flag = "〔待评〕" if self.pending else ""
        text = self.wording.text(lang)
        if not self.effect:
            # Vetoes that cap a grade, ticks and minimums of rated rubrics move no points.
            return f"{flag}{text}{tail}"
        sign = "+" if self.effect > 0 else "−"
        return f"{flag}{text} {sign}{fmt_points(abs(self.effect))}{tail}"

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "text": self.wording.text("zh"),
            "wording": self.wording.to_json(),
            "effect": _num(self.effect),
            "detail": self.reason.to_json() if self.reason is not None else None,
            "pending": self.pending,
            "line": self.line("zh"),
        }


@dataclass(slots=True)
class ItemResult:
    code: str
    title: str
    section: str
    max: Decimal | None
    score: Decimal
    best: Decimal
    status: ItemStatus
    #: some of what its rules read is not recorded yet
    pending: bool = False
    explanations: tuple[Explanation, ...] = ()
    bonus: bool = False
    evidence_required: bool = True
    evidence_attached: int = 0
    initial: Decimal | None = None
    final: Decimal | None = None
    #: a veto or a negative score decided the item
    vetoed: bool = False
    #: problems found while scoring it (e.g. a ballot over its quota)
    problems: tuple[Message, ...] = ()
    #: minimum requirements recorded as not reached (rated rubrics)
    unmet: tuple[Explanation, ...] = ()
    #: ids of the interpretations bearing on this item (values the source does not print)
    interpretations: tuple[str, ...] = ()

    @property
    def columns(self) -> dict[str, Decimal | None]:
        """The score columns side by side: 自评分 (computed), 初评分 and 审定分 (entered by reviewers)."""
        return {"self": self.score, "initial": self.initial, "final": self.final}

    @property
    def loss(self) -> Decimal:
        """Points lost against the maximum (0 for bonus items)."""
        if self.bonus or self.max is None:
            return Decimal(0)
        return self.max - self.score

    @property
    def missing_evidence(self) -> bool:
        return self.evidence_required and self.evidence_attached == 0

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "section": self.section,
            "max": _num(self.max),
            "score": _num(self.score),
            "best": _num(self.best),
            "status": self.status,
            "bonus": self.bonus,
            "vetoed": self.vetoed,
            "pending": self.pending,
            "evidence": {"required": self.evidence_required, "attached": self.evidence_attached},
            "columns": {k: _num(v) for k, v in self.columns.items()},
            "explanations": [e.to_json() for e in self.explanations],
            "interpretations": list(self.interpretations),
        }


@dataclass(slots=True)
class SectionResult:
    code: str
    title: str
    part: str | None
    max: Decimal | None
    score: Decimal
    best: Decimal
    bonus: Decimal
    items: tuple[ItemResult, ...]
    explanations: tuple[Explanation, ...] = ()
    vetoed: bool = False
    is_bonus: bool = False
    columns: dict[str, Decimal | None] = field(default_factory=dict)
    interpretations: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "part": self.part,
            "max": _num(self.max),
            "score": _num(self.score),
            "best": _num(self.best),
            "bonus": _num(self.bonus),
            "vetoed": self.vetoed,
            "columns": {k: _num(v) for k, v in self.columns.items()},
            "explanations": [e.to_json() for e in self.explanations],
            "items": [i.code for i in self.items],
            "interpretations": list(self.interpretations),
        }


@dataclass(slots=True)
class PartResult:
    id: str
    title: str
    weight: Decimal
    max: Decimal | None
    score: Decimal
    best: Decimal
    weighted: Decimal
    #: the bonus inside this part, and what it adds to the total once weighted
    bonus: Decimal = Decimal(0)
    bonus_weighted: Decimal = Decimal(0)
    interpretations: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "weight": _num(self.weight),
            "max": _num(self.max),
            "score": _num(self.score),
            "best": _num(self.best),
            "weighted": _num(self.weighted),
            "bonus": _num(self.bonus),
            "bonus_weighted": _num(self.bonus_weighted),
            "interpretations": list(self.interpretations),
        }


@dataclass(frozen=True, slots=True)
class InterpretationUse:
    """An interpretation in force for this report: what the rubric decides where its source is
    silent, and the value an office set for it, if any."""

    id: str
    kind: str
    title: str
    reason: str
    source: str
    document: str
    applies_to: tuple[str, ...]
    settable: bool
    value: Decimal | None = None
    set_by_office: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "reason": self.reason,
            "source": self.source,
            "document": self.document or None,
            "applies_to": list(self.applies_to),
            "settable": self.settable,
            "value": _num(self.value),
            "set_by_office": self.set_by_office,
        }


@dataclass(slots=True)
class ScoreReport:
    rubric_id: str
    rubric_version: int
    unit: str | None
    total: Decimal
    max: Decimal | None
    bonus: Decimal
    attainable: Decimal
    grade: str | None
    sections: tuple[SectionResult, ...]
    parts: tuple[PartResult, ...]
    explanations: tuple[Explanation, ...] = ()
    vetoed: bool = False
    grade_cap: str | None = None
    pending: tuple[str, ...] = ()
    problems: tuple[Message, ...] = ()
    columns: dict[str, Decimal | None] = field(default_factory=dict)
    #: The ledger and dispatch counts the counting rules read (e.g. ledger_overdue).
    counts: dict[str, int] = field(default_factory=dict)
    #: Rated rubrics: the best level the rules still allow (the first level unless a veto caps it).
    rating_ceiling: str | None = None
    #: Minimum requirements recorded as not reached (rated rubrics), one line each.
    unmet: tuple[Explanation, ...] = ()
    #: What the bonus adds to the total (the bonus inside a weighted part counts at its weight).
    bonus_added: Decimal = Decimal(0)
    #: The interpretations in force, and the ids bearing on the total, its maximum and grade.
    interpretations: tuple[InterpretationUse, ...] = ()
    total_interpretations: tuple[str, ...] = ()

    def items(self) -> list[ItemResult]:
        return [item for section in self.sections for item in section.items]

    def item(self, code: str) -> ItemResult | None:
        for section in self.sections:
            for item in section.items:
                if item.code == code:
                    return item
        return None

    def largest_losses(self, n: int = 10) -> list[ItemResult]:
        losing = [i for i in self.items() if i.loss > 0]
        losing.sort(key=lambda i: (-i.loss, i.code))
        return losing[:n]

    def to_json(self) -> dict[str, Any]:
        """The stable ``--json`` layout documented in docs/score-json.md."""
        return {
            "format": "evaldesk-score",
            "version": SCORE_JSON_VERSION,
            "rubric": {"id": self.rubric_id, "version": self.rubric_version},
            "unit": self.unit,
            "total": _num(self.total),
            "max": _num(self.max),
            "bonus": _num(self.bonus),
            "bonus_added": _num(self.bonus_added),
            "attainable": _num(self.attainable),
            "grade": self.grade,
            "grade_cap": self.grade_cap,
            "rating_ceiling": self.rating_ceiling,
            "unmet": [{"item": e.code, **e.to_json()} for e in self.unmet],
            "vetoed": self.vetoed,
            "columns": {k: _num(v) for k, v in self.columns.items()},
            "composite": [p.to_json() for p in self.parts],
            "sections": [s.to_json() for s in self.sections],
            "items": {i.code: i.to_json() for i in self.items()},
            "explanations": [e.to_json() for e in self.explanations],
            "counts": dict(self.counts),
            "pending": list(self.pending),
            "problems": [p.to_json() for p in self.problems],
            "interpretations": [i.to_json() for i in self.interpretations],
            "total_interpretations": list(self.total_interpretations),
        }


def _num(value: Decimal | None) -> str | None:
    """Decimals go to JSON as strings so no reader turns 0.05 into a float."""
    return None if value is None else fmt_points(value)
