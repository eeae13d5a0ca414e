"""From section results to the report's totals: vetoes, composite parts, grade, reviewers' columns."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from evaldesk.decimals import fmt_points
from evaldesk.kinds.base import ZERO, Override, q
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import Facts
from evaldesk.scoring.report import ItemResult, PartResult, ScoreReport, SectionResult


def grade_bands(rubric: m.Rubric) -> list[m.GradeBand]:
    return sorted(rubric.grades, key=lambda b: (b.min, b.inclusive), reverse=True)


def grade_order(rubric: m.Rubric) -> list[str]:
    """The grades, best first (a rated rubric's levels, else the bands from the top)."""
    return rubric.rating.levels if rubric.rating else [b.grade for b in grade_bands(rubric)]


@dataclass
class Vetoes:
    """What vetoes decided while scoring: sections, parts or the total zeroed; a grade cap."""

    order: list[str]
    sections: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)
    total: bool = False
    grade_cap: str | None = None

    def worse(self, a: str, b: str) -> bool:
        """True when grade ``a`` ranks below grade ``b``."""
        if a not in self.order or b not in self.order:
            return False
        return self.order.index(a) > self.order.index(b)

    def cap(self, grade: str) -> None:
        if self.grade_cap is None or self.worse(grade, self.grade_cap):
            self.grade_cap = grade

    def escalate(self, override: Override, section: str, part: str | None) -> None:
        """Apply a veto raised inside ``section`` whose reach is wider than one item."""
        if override.grade_cap:
            self.cap(override.grade_cap)
        elif override.scope == "section" or override.item_score is not None:
            self.sections.add(section)
        elif override.scope == "part" and part:
            self.parts.add(part)
        elif override.scope == "total":
            self.total = True

    def capped(self, grade: str | None) -> str | None:
        """``grade``, or the cap when a veto rules it out."""
        if grade is not None and self.grade_cap is not None and self.worse(self.grade_cap, grade):
            return self.grade_cap
        return grade


def column_totals(items: list[ItemResult]) -> dict[str, Decimal | None]:
    """Totals of the reviewers' columns, only where every item has a value."""
    out: dict[str, Decimal | None] = {}
    for column in ("initial", "final"):
        values = [getattr(i, column) for i in items if not i.bonus]
        out[column] = (
            sum((v for v in values if v is not None), ZERO)
            if values and all(v is not None for v in values)
            else None
        )
    return out


@dataclass(frozen=True, slots=True)
class Totals:
    parts: list[PartResult]
    total: Decimal
    attainable: Decimal
    max: Decimal | None
    bonus: Decimal
    #: what the bonus adds to the total (inside a weighted part it counts at the part's weight)
    bonus_added: Decimal


def compose(rubric: m.Rubric, sections: list[SectionResult], vetoes: Vetoes) -> Totals:
    """The total: the sections' sum, or their weighted parts (plus sections outside any part)."""
    precision = rubric.precision
    bonus_total = sum((s.bonus for s in sections), ZERO)
    if not rubric.parts:
        total = sum((s.score for s in sections), ZERO) + bonus_total
        best = sum((s.best for s in sections), ZERO) + bonus_total
        maxes = [s.max for s in sections if not s.is_bonus and s.max is not None]
        top = rubric.total if rubric.total is not None else sum(maxes, ZERO)
        return Totals([], q(total, precision), q(best, precision), top, bonus_total, bonus_total)
    parts: list[PartResult] = []
    total = best = top = added = ZERO
    for part in rubric.parts:
        members = [s for s in sections if s.part == part.id]
        summed_max = sum((s.max or ZERO for s in members if not s.is_bonus), ZERO)
        p_now = sum((s.score + s.bonus for s in members), ZERO)
        p_best = sum((s.best + s.bonus for s in members), ZERO)
        p_bonus = sum((s.bonus for s in members), ZERO)
        p_max = part.points if part.points is not None else summed_max
        if part.scale_to is not None and summed_max:
            # Where the source gives no formula an office may scale the sum to a full score.
            factor = part.scale_to / summed_max
            p_now, p_best, p_bonus, p_max = (
                p_now * factor,
                p_best * factor,
                p_bonus * factor,
                part.scale_to,
            )
        if part.id in vetoes.parts:
            p_now = p_best = p_bonus = ZERO
        weighted = q(p_now * part.weight, precision)
        bonus_weighted = q(p_bonus * part.weight, precision)
        parts.append(
            PartResult(
                id=part.id,
                title=part.title,
                weight=part.weight,
                max=p_max,
                score=q(p_now, precision),
                best=q(p_best, precision),
                weighted=weighted,
                bonus=q(p_bonus, precision),
                bonus_weighted=bonus_weighted,
            )
        )
        total += weighted
        best += q(p_best * part.weight, precision)
        top += p_max * part.weight
        added += bonus_weighted
    loose = [s for s in sections if s.part is None]
    total += sum((s.score + s.bonus for s in loose), ZERO)
    best += sum((s.best + s.bonus for s in loose), ZERO)
    added += sum((s.bonus for s in loose), ZERO)
    return Totals(parts, q(total, precision), q(best, precision), top, bonus_total, added)


def grade_of(rubric: m.Rubric, total: Decimal) -> str | None:
    """The grade band a total falls in (``min`` inclusive unless the band says otherwise)."""
    for band in grade_bands(rubric):
        if total > band.min or (band.inclusive and total == band.min):
            return band.grade
    return None


def describe_total(report: ScoreReport) -> str:
    """One line for status bars and logs: '86.5 / 100（良）'."""
    top = f" / {fmt_points(report.max)}" if report.max is not None else ""
    grade = f"（{report.grade}）" if report.grade else ""
    return f"{fmt_points(report.total)}{top}{grade}"


def chosen_rating(rubric: m.Rubric, facts: Facts) -> str | None:
    """A rated rubric's result as the evaluator chose it (None if not yet, or not a level)."""
    if rubric.rating is None or facts.rating not in rubric.rating.levels:
        return None
    return facts.rating
