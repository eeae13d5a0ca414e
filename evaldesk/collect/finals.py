"""The final score of a unit: its items as the receiving office computed them, except where a
reviewer gave a score (审定 over 初评), composed again by the engine's own composition.

A reviewed item scores the reviewer's number; its explanation starts with the reviewer's line
("审定：…", the number and the reason) and keeps the computed lines below it, so both are seen.
Sections, weighted parts, the bonus, vetoes and the grade are then composed exactly as the
engine composes them (evaldesk.scoring.totals). Nothing is scored twice: a unit's computed
report is the input (collect interpretation ``final-by-review``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from evaldesk.kinds.base import ZERO, q
from evaldesk.messages import msg
from evaldesk.rubrics import model as m
from evaldesk.scoring.engine import grade_of
from evaldesk.scoring.report import Explanation, ItemResult, ScoreReport, SectionResult
from evaldesk.scoring.totals import Vetoes, column_totals, compose, grade_order

REVIEW_RULE = "review"


@dataclass(frozen=True, slots=True)
class Review:
    """A reviewer's score of one item: the column (initial 初评 / final 审定), the number, why."""

    kind: str
    value: Decimal
    reason: str
    by: str = ""


def deciding(reviews: Mapping[str, Review]) -> Review | None:
    """The score that counts: 审定 when given, else 初评."""
    return reviews.get("final") or reviews.get("initial")


def _reviewed(item: ItemResult, review: Review) -> ItemResult:
    column = msg(f"collect.final.column.{review.kind}")
    line = Explanation(
        code=item.code,
        rule=REVIEW_RULE,
        wording=msg("collect.final.rule", column=column, reason=review.reason or "—"),
        effect=review.value - item.score,
        reason=msg("collect.final.replaces", computed=item.score, value=review.value),
    )
    full = item.max is not None and review.value >= item.max
    return replace(
        item,
        score=review.value,
        best=review.value,
        status="met" if full or item.bonus else "not_met",
        pending=False,
        explanations=(line, *item.explanations),
    )


def _section(section: SectionResult, decided: Mapping[str, Review]) -> SectionResult:
    if not any(i.code in decided for i in section.items):
        return section
    items = tuple(_reviewed(i, decided[i.code]) if i.code in decided else i for i in section.items)
    if section.vetoed:
        return replace(section, items=items)

    def base(of: tuple[ItemResult, ...]) -> Decimal:
        return sum((i.score for i in of if not i.bonus), ZERO)

    # What the section's own rules added (exact, unless they took it below zero, where the
    # engine stops: then the reviewed items lift it only by what they add).
    own = section.score - base(section.items)
    score = base(items) + own if own == 0 else max(ZERO, base(items) + own)
    return replace(
        section,
        items=items,
        score=score,
        best=max(score, section.best - base(section.items) + base(items)),
        bonus=sum((i.score for i in items if i.bonus), ZERO),
        columns=column_totals(list(items)),
    )


def with_reviews(
    rubric: m.Rubric, report: ScoreReport, decided: Mapping[str, Review]
) -> ScoreReport:
    """``report`` with the reviewed items at their reviewer's score, composed again."""
    if not decided:
        return report
    sections = [_section(s, decided) for s in report.sections]
    vetoes = Vetoes(grade_order(rubric))
    vetoes.sections = {s.code for s in sections if s.vetoed}
    vetoes.total = report.vetoed
    vetoes.grade_cap = report.grade_cap
    for part in report.parts:
        members = [s for s in report.sections if s.part == part.id]
        if part.score == 0 and sum((s.score + s.bonus for s in members), ZERO) > 0:
            vetoes.parts.add(part.id)  # the engine zeroed it: a veto of the part
    totals = compose(rubric, sections, vetoes)
    total, attainable = (ZERO, ZERO) if vetoes.total else (totals.total, totals.attainable)
    grade = report.grade if rubric.kind == "rating" else grade_of(rubric, total)
    items = [i for s in sections for i in s.items]
    return replace(
        report,
        total=q(total, rubric.precision),
        attainable=attainable,
        bonus=totals.bonus,
        bonus_added=totals.bonus_added,
        grade=vetoes.capped(grade),
        sections=tuple(sections),
        parts=tuple(
            replace(new, interpretations=old.interpretations)
            for new, old in zip(totals.parts, report.parts, strict=True)
        ),
        pending=tuple(p for p in report.pending if p not in decided),
        columns=column_totals(items),
    )
