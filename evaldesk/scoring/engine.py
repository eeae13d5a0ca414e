"""score(rubric, facts, unit) -> ScoreReport. Pure: no I/O, no Qt, no SQL.

Read top to bottom: the unit decides its targets and group; each section scores its items
(scoring/items.py) and then its own rules; whole-rubric vetoes run last; the sections make the
total (scoring/totals.py), the total makes the grade, and a veto may cap it. Each rule is scored
by its kind (evaldesk/kinds/). A full rescore of a real rubric (8–150 items) takes well under a
millisecond (bench/bench_scoring.py), so the engine never reuses an earlier report.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from evaldesk import kinds
from evaldesk.errors import FactsError
from evaldesk.kinds.base import ZERO, Context
from evaldesk.messages import Message, msg
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import Facts
from evaldesk.scoring.indicator_scores import with_indicator_scores
from evaldesk.scoring.items import explain, rule_key, score_item
from evaldesk.scoring.marks import in_force, marks, uses
from evaldesk.scoring.report import Explanation, ItemResult, ScoreReport, SectionResult
from evaldesk.scoring.totals import (
    Vetoes,
    chosen_rating,
    column_totals,
    compose,
    describe_total,
    grade_of,
    grade_order,
)

__all__ = ["describe_total", "grade_of", "score"]

MESSAGES: dict[str, tuple[str, str]] = {
    "engine.unknown_unit": (
        "细则 {rubric} 中没有单位 {unit}（已有：{known}）",
        "unknown unit {unit!r} for rubric {rubric} (known: {known})",
    ),
    "engine.rating_not_a_level": (
        "评价等次“{rating}”不是以下之一：{levels}",
        "rating {rating!r} is not one of {levels}",
    ),
    "engine.rating_capped": (
        "所选等次“{grade}”不符合规定（一票否决，不得确定为“{grade}”），按“{cap}”计",
        "the rating “{grade}” is ruled out by a veto; “{cap}” counts instead",
    ),
}

WHOLE = "总分"  # the code whole-rubric rules' explanations carry


def score(rubric: m.Rubric, facts: Facts, unit: str | None = None) -> ScoreReport:
    """Score ``facts`` against ``rubric``; ``unit`` (or ``facts.unit``) selects per-unit targets."""
    stated = rubric
    rubric = in_force(stated, facts.interpretations)
    if rubric.form is not None and rubric.form.indicators is not None and facts.indicators:
        facts = with_indicator_scores(rubric, facts)
    ctx = unit_context(rubric, facts, unit if unit is not None else facts.unit)
    vetoes = Vetoes(grade_order(rubric))
    marked = marks(stated)
    sections = [
        score_section(rubric, section, facts, ctx, vetoes, marked) for section in rubric.sections
    ]

    whole: list[Explanation] = []
    for n, rule in enumerate(rubric.rules, start=1):
        key = rule_key(rule, n)
        ctx.code, ctx.budget = WHOLE, ZERO
        out = kinds.of(rule).score(rule, facts.whole.get(key), ctx)
        whole += explain(WHOLE, key, out.findings)
        if out.override is not None and out.override.grade_cap:
            vetoes.cap(out.override.grade_cap)
        elif out.override is not None:
            vetoes.total = True

    totals = compose(rubric, sections, vetoes)
    total, attainable = (ZERO, ZERO) if vetoes.total else (totals.total, totals.attainable)
    items = [i for s in sections for i in s.items]
    problems: list[Message] = [p for i in items for p in i.problems]
    if rubric.kind == "rating" and rubric.rating is not None:
        grade = chosen_rating(rubric, facts)
        if facts.rating is not None and grade is None:
            levels = rubric.rating.levels
            problems.append(msg("engine.rating_not_a_level", rating=facts.rating, levels=levels))
    else:
        grade = grade_of(rubric, total)
    capped = vetoes.capped(grade)
    if capped != grade and rubric.kind == "rating":
        problems.append(msg("engine.rating_capped", grade=grade, cap=capped))
    ranked = {i.code for i in rubric.items() if any(r.kind == "ranking" for r in i.rules)}
    # Items whose result waits on other units' figures (a ranking).
    pending = [i.code for i in items if i.pending and i.code in ranked]
    ceiling = None
    if rubric.kind == "rating" and vetoes.order:
        ceiling = vetoes.grade_cap or vetoes.order[0]
        if facts.rating is None:
            pending.append("rating")
    return ScoreReport(
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        unit=ctx.unit,
        total=total,
        max=totals.max,
        bonus=totals.bonus,
        bonus_added=totals.bonus_added,
        interpretations=uses(stated, facts.interpretations),
        total_interpretations=marked.get("total", ()),
        attainable=attainable,
        grade=capped,
        sections=tuple(sections),
        parts=tuple(
            replace(p, interpretations=marked.get(f"part:{p.id}", ())) for p in totals.parts
        ),
        explanations=tuple(whole),
        vetoed=vetoes.total,
        grade_cap=vetoes.grade_cap,
        rating_ceiling=ceiling,
        unmet=tuple(e for i in items for e in i.unmet),
        pending=tuple(pending),
        problems=tuple(problems),
        counts=dict(facts.counts),
        columns=column_totals(items) if facts.review else dict(_NO_COLUMNS),
    )


_NO_COLUMNS: dict[str, Decimal | None] = {"initial": None, "final": None}


def unit_context(rubric: m.Rubric, facts: Facts, unit: str | None) -> Context:
    """The unit's group and its row of every target table (a unit may be named by id or name)."""
    found = rubric.unit(unit) if unit is not None else None
    if unit is not None and found is None and rubric.units:
        known = [u.name for u in rubric.units]
        raise FactsError(msg("engine.unknown_unit", unit=unit, rubric=rubric.id, known=known))
    unit_id = found.id if found is not None else unit
    targets = {
        key: table.values[unit_id]
        for key, table in rubric.targets.items()
        if unit_id is not None and unit_id in table.values
    }
    return Context(
        unit=unit_id,
        group=found.group if found is not None else None,
        counts=facts.counts,
        targets=targets,
        unit_groups={u.id: u.group for u in rubric.units},
        precision=rubric.precision,
    )


def score_section(
    rubric: m.Rubric,
    section: m.Section,
    facts: Facts,
    ctx: Context,
    vetoes: Vetoes,
    marked: dict[str, tuple[str, ...]],
) -> SectionResult:
    applying = [i for i in section.items if not i.applies_to or ctx.group in i.applies_to]
    items: list[ItemResult] = []
    for item in applying:
        is_bonus = item.bonus or section.bonus
        scored = score_item(
            item,
            section,
            facts.items.get(item.code, {}),
            ctx,
            bonus=is_bonus,
            evidence=facts.evidence.get(item.code, 0),
            review=facts.review.get(item.code),
            interpretations=marked.get(f"item:{item.code}", ()),
        )
        for override in scored.escalations:
            vetoes.escalate(override, section.code, section.part)
        items.append(scored.result)
    now = sum((i.score for i in items if not i.bonus), ZERO)
    best = sum((i.best for i in items if not i.bonus), ZERO)
    bonus = sum((i.score for i in items if i.bonus), ZERO)
    item_max = sum((i.points or ZERO for i in applying if not (i.bonus or section.bonus)), ZERO)

    explanations: list[Explanation] = []
    own = facts.sections.get(section.code, {})
    ctx.code = section.code
    ctx.item_points = section.points if section.points is not None else item_max
    for n, rule in enumerate(section.rules, start=1):
        kind, key = kinds.of(rule), rule_key(rule, n)
        ctx.budget = kind.budget(rule, None)
        out = kind.score(rule, own.get(key), ctx)
        explanations += explain(section.code, key, out.findings)
        if out.override is not None:
            vetoes.escalate(out.override, section.code, section.part)
        elif kind.role != "override":
            now, best = now + out.now, best + out.best
    if section.rules:
        now, best = max(ZERO, now), max(ZERO, best)
    vetoed = section.code in vetoes.sections
    if vetoed:
        now = best = bonus = ZERO
    return SectionResult(
        code=section.code,
        title=section.title,
        part=section.part,
        max=section.points if section.points is not None else (item_max if items else None),
        score=now,
        best=best,
        bonus=bonus,
        items=tuple(items),
        explanations=tuple(explanations),
        vetoed=vetoed,
        is_bonus=section.bonus,
        columns=column_totals(items) if facts.review else dict(_NO_COLUMNS),
        interpretations=marked.get(f"section:{section.code}", ()),
    )
