"""The score report: plain data with explanations, printed alike by UI, PDF and CLI.

The classes are slotted but not frozen: a report is built a thousand items at a time on every
tick, and frozen dataclasses cost five times as much to construct. Treat them as read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final, Literal

from evaldesk.decimals import fmt_points

ItemStatus = Literal["met", "not_met", "not_assessed"]

#: Version of the ``--json`` layout (docs/score-json.md). Bump on any incompatible change.
SCORE_JSON_VERSION = 1


class Lazy:
    """Text formatted only when read: most explanation details are never displayed."""

    __slots__ = ("args", "template")

    def __init__(self, template: str, *args: Any) -> None:
        self.template = template
        self.args = args

    def __str__(self) -> str:
        return self.template.format(
            *(fmt_points(a) if isinstance(a, Decimal) else a for a in self.args)
        )


@dataclass(slots=True)
class Explanation:
    """One rule applied: its source wording and its effect on the score.

    ``effect`` is signed relative to the item's maximum: ``-2`` means two points lost, ``+3``
    a bonus earned. ``pending`` marks a line that assumes the worst only because the fact is
    not recorded yet. ``why`` is the detail, possibly still unformatted (read ``detail``).
    """

    code: str
    rule: str
    text: str
    effect: Decimal
    why: str | Lazy = ""
    pending: bool = False

    @property
    def detail(self) -> str:
        why = self.why
        if not isinstance(why, str):
            why = self.why = str(why)
        return why

    def line(self) -> str:
        detail = self.detail
        tail = f"（{detail}）" if detail else ""
        flag = "〔待评〕" if self.pending else ""
        if not self.effect:
            # Vetoes that cap a grade, ticks and minimums of rated rubrics move no points.
            return f"{flag}{self.text}{tail}"
        sign = "+" if self.effect > 0 else "−"
        amount = fmt_points(abs(self.effect))
        return f"{flag}{self.text} {sign}{amount}{tail}"

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "text": self.text,
            "effect": _num(self.effect),
            "detail": self.detail,
            "pending": self.pending,
            "line": self.line(),
        }


#: An explanation not built yet: ``Explanation(*line)`` once its ``why`` (index 4), if a tuple,
#: is turned into ``Lazy(*why)`` (recursively). Evaluators return these instead of objects:
#: a full rescore makes a thousand lines and most are never read.
Line = tuple[Any, ...]

#: What an item keeps from its plan: title, section, max, bonus, evidence_required.
ItemStatic = tuple[str, str, Decimal | None, bool, bool]


def _lazy(recipe: tuple[Any, ...]) -> Lazy:
    return Lazy(recipe[0], *(_lazy(a) if type(a) is tuple else a for a in recipe[1:]))


def explain(line: Line) -> Explanation:
    """The explanation a :data:`Line` stands for."""
    if len(line) > 4 and type(line[4]) is tuple:
        return Explanation(line[0], line[1], line[2], line[3], _lazy(line[4]), *line[5:])
    return Explanation(*line)


_NO_EXTRA: Final[tuple[bool, tuple[Any, ...], tuple[str, ...], tuple[Explanation, ...]]] = (
    False,
    (),
    (),
    (),
)


class ItemResult:
    """One item's result. Plain slots rather than a dataclass: a rescore builds a thousand.

    ``explanations`` is built from the item's lines on first read (then kept); the fields a
    plan fixes (title, section, max, bonus, evidence_required) are shared with it, and the
    rarely set ones (vetoed, escalations, problems, unmet) live together in one slot.
    """

    __slots__ = (
        "_explained",
        "_extra",
        "_lines",
        "_static",
        "best",
        "code",
        "evidence_attached",
        "final",
        "initial",
        "pending",
        "score",
        "status",
    )

    _explained: tuple[Explanation, ...]

    def __init__(
        self,
        code: str,
        static: ItemStatic,
        score: Decimal,
        best: Decimal,
        status: ItemStatus,
        pending: bool,
        lines: tuple[Line, ...],
        evidence_attached: int = 0,
        initial: Decimal | None = None,
        final: Decimal | None = None,
        extra: tuple[bool, tuple[Any, ...], tuple[str, ...], tuple[Explanation, ...]] | None = None,
    ) -> None:
        self.code = code
        self._static = static
        self.score = score
        self.best = best
        self.status = status
        self.pending = pending
        self._lines = lines
        self.evidence_attached = evidence_attached
        self.initial = initial
        self.final = final
        #: (vetoed, escalations, problems, unmet), None when all are empty
        self._extra = extra

    @property
    def explanations(self) -> tuple[Explanation, ...]:
        try:
            return self._explained
        except AttributeError:
            built = self._explained = tuple(map(explain, self._lines))
            return built

    @property
    def title(self) -> str:
        return self._static[0]

    @property
    def section(self) -> str:
        return self._static[1]

    @property
    def max(self) -> Decimal | None:
        return self._static[2]

    @property
    def bonus(self) -> bool:
        return self._static[3]

    @property
    def evidence_required(self) -> bool:
        return self._static[4]

    @property
    def vetoed(self) -> bool:
        return (self._extra or _NO_EXTRA)[0]

    @property
    def escalations(self) -> tuple[Any, ...]:
        """Vetoes this item raised on its section, part or the total (replayed when reused)."""
        return (self._extra or _NO_EXTRA)[1]

    @property
    def problems(self) -> tuple[str, ...]:
        """Problems found while scoring this item (e.g. a ballot over its quota)."""
        return (self._extra or _NO_EXTRA)[2]

    @property
    def unmet(self) -> tuple[Explanation, ...]:
        """Minimum requirements recorded as not reached (rated rubrics)."""
        return (self._extra or _NO_EXTRA)[3]

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.code,
            self._static,
            self.score,
            self.best,
            self.status,
            self.explanations,
            self.evidence_attached,
            self.initial,
            self.final,
            self.vetoed,
            self.pending,
            self.escalations,
            self.problems,
            self.unmet,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ItemResult)
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"ItemResult(code={self.code!r}, title={self.title!r}, section={self.section!r}, "
            f"max={self.max!r}, score={self.score!r}, best={self.best!r}, "
            f"status={self.status!r}, explanations={self.explanations!r})"
        )

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
        }


class SectionResult:
    """One section's result. Plain slots rather than a dataclass, as :class:`ItemResult`: a
    compiled build constructs a dataclass through its interpreted ``__init__``, and a rescore
    builds one per section.
    """

    __slots__ = (
        "best",
        "bonus",
        "code",
        "columns",
        "explanations",
        "is_bonus",
        "items",
        "max",
        "part",
        "score",
        "title",
        "vetoed",
    )

    def __init__(
        self,
        code: str,
        title: str,
        part: str | None,
        max: Decimal | None,
        score: Decimal,
        best: Decimal,
        bonus: Decimal,
        items: tuple[ItemResult, ...],
        explanations: tuple[Explanation, ...] = (),
        vetoed: bool = False,
        is_bonus: bool = False,
        columns: dict[str, Decimal | None] | None = None,
    ) -> None:
        self.code = code
        self.title = title
        self.part = part
        self.max = max
        self.score = score
        self.best = best
        self.bonus = bonus
        self.items = items
        self.explanations = explanations
        self.vetoed = vetoed
        self.is_bonus = is_bonus
        self.columns: dict[str, Decimal | None] = {} if columns is None else columns

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.code,
            self.title,
            self.part,
            self.max,
            self.score,
            self.best,
            self.bonus,
            self.items,
            self.explanations,
            self.vetoed,
            self.is_bonus,
            self.columns,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, SectionResult)
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"SectionResult(code={self.code!r}, title={self.title!r}, part={self.part!r}, "
            f"max={self.max!r}, score={self.score!r}, best={self.best!r}, bonus={self.bonus!r})"
        )

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

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "weight": _num(self.weight),
            "max": _num(self.max),
            "score": _num(self.score),
            "best": _num(self.best),
            "weighted": _num(self.weighted),
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
    problems: tuple[str, ...] = ()
    columns: dict[str, Decimal | None] = field(default_factory=dict)
    #: The ledger and dispatch counts the counting rules read (e.g. ledger_overdue).
    counts: dict[str, int] = field(default_factory=dict)
    #: Rated rubrics: the best level the rules still allow (the first level unless a veto caps it).
    rating_ceiling: str | None = None
    #: Minimum requirements recorded as not reached (rated rubrics), one line each.
    unmet: tuple[Explanation, ...] = ()

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
            "problems": list(self.problems),
        }


def _num(value: Decimal | None) -> str | None:
    """Decimals go to JSON as strings so no reader turns 0.05 into a float."""
    return None if value is None else fmt_points(value)
