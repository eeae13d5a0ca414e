"""From section results to the report's totals: composite parts, grade, reviewers' columns."""

from __future__ import annotations

from decimal import Decimal

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import Facts
from evaldesk.scoring.plan import grade_bands
from evaldesk.scoring.report import ItemResult, PartResult, ScoreReport, SectionResult
from evaldesk.scoring.rules import ZERO, q


class Vetoes:
    """What vetoes decided while scoring: sections, parts or the total zeroed; a grade cap."""

    __slots__ = ("grade_cap", "parts", "sections", "total")

    def __init__(self) -> None:
        self.sections: set[str] = set()
        self.parts: set[str] = set()
        self.total = False
        self.grade_cap: str | None = None


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


def compose(
    rubric: m.Rubric, sections: list[SectionResult], vetoes: Vetoes, precision: Decimal
) -> tuple[list[PartResult], Decimal, Decimal, Decimal | None, Decimal]:
    bonus_total = sum((s.bonus for s in sections), ZERO)
    if not rubric.parts:
        total = sum((s.score for s in sections), ZERO) + bonus_total
        best = sum((s.best for s in sections), ZERO) + bonus_total
        maxes = [s.max for s in sections if not s.is_bonus]
        max_total = (
            rubric.total
            if rubric.total is not None
            else sum((x for x in maxes if x is not None), ZERO)
        )
        return [], q(total, precision), q(best, precision), max_total, bonus_total
    parts: list[PartResult] = []
    total = best = ZERO
    part_max_total = ZERO
    for part in rubric.parts:
        members = [s for s in sections if s.part == part.id]
        p_now = sum((s.score + s.bonus for s in members), ZERO)
        p_best = sum((s.best + s.bonus for s in members), ZERO)
        if part.id in vetoes.parts:
            p_now = p_best = ZERO
        p_max = (
            part.points
            if part.points is not None
            else sum((s.max or ZERO for s in members if not s.is_bonus), ZERO)
        )
        weighted = q(p_now * part.weight, precision)
        parts.append(
            PartResult(
                id=part.id,
                title=part.title,
                weight=part.weight,
                max=p_max,
                score=q(p_now, precision),
                best=q(p_best, precision),
                weighted=weighted,
            )
        )
        total += weighted
        best += q(p_best * part.weight, precision)
        part_max_total += p_max * part.weight
    loose = sum((s.score + s.bonus for s in sections if s.part is None), ZERO)
    loose_best = sum((s.best + s.bonus for s in sections if s.part is None), ZERO)
    return (
        parts,
        q(total + loose, precision),
        q(best + loose_best, precision),
        part_max_total,
        bonus_total,
    )


def rubric_grade(rubric: m.Rubric, total: Decimal, facts: Facts, problems: list[str]) -> str | None:
    if rubric.kind == "rating" and rubric.rating is not None:
        if facts.rating is not None and facts.rating not in rubric.rating.levels:
            problems.append(
                f"rating {facts.rating!r} is not one of {'、'.join(rubric.rating.levels)}"
            )
            return None
        return facts.rating
    return grade_of(rubric, total)


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
