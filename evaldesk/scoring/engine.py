"""score(rubric, facts, unit) -> ScoreReport. Pure: no I/O, no Qt, no SQL.

The rubric is compiled once into flat per-item plans (plan.py) so that a full rescore is a
tight loop over items that reads no rubric model attribute; that keeps a tick-to-total update
well inside one frame even for a thousand-item rubric (bench/bench_scoring.py). The totals,
parts and grade are worked out from the section results in totals.py.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal
from typing import Any, Final

from evaldesk.errors import FactsError
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import Facts, RuleFact
from evaldesk.scoring.indicator_scores import with_indicator_scores
from evaldesk.scoring.plan import ItemPlan, Plan, SectionPlan, compile_rubric, unit_targets
from evaldesk.scoring.report import (
    Explanation,
    ItemResult,
    ItemStatus,
    Line,
    ScoreReport,
    SectionResult,
    explain,
)
from evaldesk.scoring.rules import KNOWN, ZERO, Ctx
from evaldesk.scoring.totals import (
    Vetoes,
    column_totals,
    compose,
    describe_total,
    grade_of,
    rubric_grade,
)

__all__ = ["compile_rubric", "describe_total", "grade_of", "score"]

_EMPTY: Final[dict[str, RuleFact]] = {}
_NO_COLUMNS: Final[dict[str, Decimal | None]] = {"initial": None, "final": None}


def _clamp_line(plan: ItemPlan, effect: Decimal) -> Line:
    """Say why the rules' sum was cut: "扣完为止" at the floor, the item's points at the top."""
    if effect > 0:
        return (plan.code, "", "扣完为止", effect, plan.texts[0])
    return (plan.code, "", plan.texts[1], effect)


def _clamp(value: Decimal, low: Decimal, high: Decimal | None) -> Decimal:
    if value < low:
        return low
    if high is not None and value > high:
        return high
    return value


def _apply_override(plan: Plan, section: SectionPlan, vetoes: Vetoes, order: list[str]) -> None:
    if plan.kind != "veto":
        return
    grade_cap = plan.grade_cap
    if grade_cap:
        if vetoes.grade_cap is None or _worse(grade_cap, vetoes.grade_cap, order):
            vetoes.grade_cap = grade_cap
        return
    if plan.scope == "section":
        vetoes.sections.add(section.code)
    elif plan.scope == "part" and section.part:
        vetoes.parts.add(section.part)
    elif plan.scope == "total":
        vetoes.total = True


def _worse(a: str, b: str, order: list[str]) -> bool:
    """True when grade ``a`` ranks below grade ``b`` (order lists best first)."""
    try:
        return order.index(a) > order.index(b)
    except ValueError:
        return False


def score(
    rubric: m.Rubric,
    facts: Facts,
    unit: str | None = None,
    *,
    reuse: ScoreReport | None = None,
    changed: Collection[str] = (),
) -> ScoreReport:
    """Score ``facts`` against ``rubric``; ``unit`` (or ``facts.unit``) selects per-unit targets.

    For a live view, pass the previous report as ``reuse`` and the item codes whose facts
    changed since as ``changed``: other items are taken over unless what they read changed too
    (the ledger/dispatch counts, their evidence count or review scores, the unit). The result
    is the same as a full rescore; ``tests/unit/test_incremental.py`` holds it to that.
    """
    if rubric.form is not None and rubric.form.indicators is not None and facts.indicators:
        # Report forms: a category whose indicator rows all carry a score is scored by their
        # sum (the rubric's notes). Such forms are small, so they are always scored in full:
        # a derived score can change without its item's own facts changing.
        facts = with_indicator_scores(rubric, facts)
        reuse = None
    compiled = compile_rubric(rubric)
    unit_key = unit if unit is not None else facts.unit
    unit_obj = rubric.unit(unit_key) if unit_key is not None else None
    if unit_key is not None and unit_obj is None and rubric.units:
        known = "、".join(u.name for u in rubric.units)
        raise FactsError(f"unknown unit {unit_key!r} for rubric {rubric.id} (known: {known})")
    unit_id = unit_obj.id if unit_obj is not None else unit_key
    group = unit_obj.group if unit_obj is not None else None
    precision = rubric.precision
    problems: list[str] = []
    ctx = Ctx(
        unit_id=unit_id,
        group=group,
        counts=facts.counts,
        unit_targets=unit_targets(compiled, rubric, unit_id),
        precision=precision,
        problems=problems,
        unit_groups=compiled.unit_groups,
    )
    vetoes = Vetoes()
    order = compiled.grade_order
    fact_items = facts.items
    evidence = facts.evidence
    review = facts.review
    pending: list[str] = []
    unmet: list[Explanation] = []
    sections: list[SectionResult] = []
    previous = _reusable(reuse, rubric, unit_id)
    counts_same = previous is not None and reuse is not None and reuse.counts == facts.counts

    for splan in compiled.sections:
        section_code = splan.code
        results: list[ItemResult] = []
        base_now = base_best = bonus_now = ZERO
        for (
            code,
            plan,
            spec,
            rid,
            start,
            floor,
            high,
            static,
            is_bonus,
            points,
            ranked,
        ) in splan.rows_for(group):
            if previous is not None:
                old = previous.get(code)
                if (
                    old is not None
                    and code not in changed
                    and (counts_same or not plan.uses_counts)
                    and old.evidence_attached == evidence.get(code, 0)
                    and _same_review(old, review.get(code) if review else None)
                ):
                    extra = old._extra  # escalations, problems, unmet: mostly none
                    if extra is not None:
                        for rp in extra[1]:
                            _apply_override(rp, splan, vetoes, order)
                        problems.extend(extra[2])
                        unmet.extend(extra[3])
                    if old.pending and plan.ranked:
                        pending.append(code)
                    results.append(old)
                    if plan.is_bonus:
                        bonus_now += old.score
                    else:
                        base_now += old.score
                        base_best += old.best
                    continue
            seen_problems = len(problems)
            if spec is not None:
                rule_facts = fact_items.get(code)
                ctx.item_points = points
                now, best, o_lines, state, known_loss, _ = spec.run(
                    rule_facts.get(rid) if rule_facts is not None else None, ctx, code
                )
                # A known outcome gives one object for now and best (a rule's result then is
                # both): it is offset and clamped once.
                same = best is now
                if start is not None:
                    now = start + now
                    best = now if same else start + best
                if now < floor:
                    item_lines = (*o_lines, _clamp_line(plan, floor - now))
                    now = floor
                elif high is not None and now > high:
                    item_lines = (*o_lines, _clamp_line(plan, high - now))
                    now = high
                else:
                    item_lines = o_lines
                if same:
                    best = now
                elif best < floor:
                    best = floor
                elif high is not None and best > high:
                    best = high
                unknown = state != KNOWN
                if unknown and ranked:
                    pending.append(code)
                reviewed = review.get(code) if review else None
                result = ItemResult(
                    code,
                    static,
                    now,
                    best,
                    "not_met" if known_loss else ("not_assessed" if unknown else "met"),
                    unknown,
                    item_lines,
                    evidence.get(code, 0),
                    reviewed.initial if reviewed is not None else None,
                    reviewed.final if reviewed is not None else None,
                )
                if len(problems) > seen_problems:
                    result._extra = (False, (), tuple(problems[seen_problems:]), ())
                results.append(result)
                if is_bonus:
                    bonus_now += now
                else:
                    base_now += now
                    base_best += best
                continue
            escalations: list[Any] = []
            rule_facts = fact_items.get(code, _EMPTY)
            ctx.item_points = plan.max or ZERO
            now = best = plan.start
            lines: list[Line] = []
            known_loss = unknown = vetoed = False
            pooled: dict[str, list[Decimal]] | None = None
            item_unmet: list[int] | None = None  # indices into lines
            for rp in plan.scoring:
                o_now, o_best, o_lines, state, loss, _ = rp.spec.run(
                    rule_facts.get(rp.rid), ctx, code
                )
                if o_lines:
                    if loss and rp.kind == "minimum":
                        item_unmet = (item_unmet or []) + list(
                            range(len(lines), len(lines) + len(o_lines))
                        )
                    lines.extend(o_lines)
                pool = plan.pools.get(rp.rid) if plan.pools is not None else None
                if pool is not None:
                    if pooled is None:
                        pooled = {}
                    sums = pooled.setdefault(pool, [ZERO, ZERO])
                    sums[0] += o_now
                    sums[1] += o_best
                elif best is now and o_best is o_now:  # known so far: one sum serves both
                    now = best = now + o_now
                else:
                    now += o_now
                    best += o_best
                if loss:
                    known_loss = True
                if state != KNOWN:
                    unknown = True
            if pooled is not None:
                for pool, (pool_now, pool_best) in pooled.items():
                    # One clause's deductions stop at its own budget ("扣完为止").
                    if pool_now < 0:
                        unsure = pool_best > pool_now  # the worst case stands in for a missing fact
                        lines.append(
                            (code, pool, "扣完为止", -pool_now, "本条分值扣完为止", unsure)
                        )
                    now += max(ZERO, pool_now)
                    best += max(ZERO, pool_best)
            negative: Decimal | None = None
            for rp in plan.overrides:
                out = rp.spec.run(rule_facts.get(rp.rid), ctx, code)
                if out[5]:
                    lines.extend(out[2])
                    known_loss = True
                    if rp.negative is not None:
                        negative = -rp.negative
                    elif rp.scope == "item" and not rp.grade_cap:
                        vetoed = True
                    else:
                        escalations.append(rp)
                        _apply_override(rp, splan, vetoes, order)
            if negative is not None:
                now = best = negative
            elif vetoed:
                now = best = ZERO
            else:
                clamped = _clamp(now, plan.floor, plan.max)  # now itself when within bounds
                best = clamped if best is now else _clamp(best, plan.floor, plan.max)
                if clamped is not now:
                    lines.append(_clamp_line(plan, clamped - now))
                    now = clamped
            status: ItemStatus = "not_met" if known_loss else ("not_assessed" if unknown else "met")
            if unknown and plan.ranked:
                pending.append(code)
            reviewed = review.get(code) if review else None
            result = ItemResult(
                code,
                plan.static,
                now,
                best,
                status,
                unknown,
                tuple(lines),
                evidence.get(code, 0),
                reviewed.initial if reviewed else None,
                reviewed.final if reviewed else None,
            )
            item_vetoed = vetoed or negative is not None
            if item_vetoed or escalations or item_unmet or len(problems) > seen_problems:
                # The report's unmet lines are the item's own explanation objects (built here
                # only when there are some: a vetoed item's are built when read, as any other's).
                unmet_lines: tuple[Explanation, ...] = ()
                if item_unmet:
                    explained = result.explanations
                    unmet_lines = tuple(explained[i] for i in item_unmet)
                unmet.extend(unmet_lines)
                result._extra = (
                    item_vetoed,
                    tuple(escalations),
                    tuple(problems[seen_problems:]),
                    unmet_lines,
                )
            results.append(result)
            if plan.is_bonus:
                bonus_now += now
            else:
                base_now += now
                base_best += best

        section_lines: list[Line] = []
        if splan.rules:
            ctx.item_points = splan.points if splan.points is not None else splan.max_for(group)
            section_facts = facts.sections.get(section_code, _EMPTY)
            for rp in splan.rules:
                o_now, o_best, o_lines, _, _, triggered = rp.spec.run(
                    section_facts.get(rp.rid), ctx, section_code
                )
                section_lines.extend(o_lines)
                if rp.override:
                    if triggered:
                        if rp.scope == "item":
                            vetoes.sections.add(section_code)
                        else:
                            _apply_override(rp, splan, vetoes, order)
                    continue
                base_now += o_now
                base_best += o_best
            base_now = max(ZERO, base_now)
            base_best = max(ZERO, base_best)
        vetoed_section = section_code in vetoes.sections
        if vetoed_section:
            base_now = base_best = bonus_now = ZERO
        sections.append(
            SectionResult(
                code=section_code,
                title=splan.title,
                part=splan.part,
                max=splan.points
                if splan.points is not None
                else (splan.max_for(group) if results else None),
                score=base_now,
                best=base_best,
                bonus=bonus_now,
                items=tuple(results),
                explanations=tuple(map(explain, section_lines)),
                vetoed=vetoed_section,
                is_bonus=splan.bonus,
                columns=column_totals(results) if review else _NO_COLUMNS,
            )
        )

    whole_lines: list[Line] = []
    for rp in compiled.whole:
        out = rp.spec.run(facts.whole.get(rp.rid), ctx, "总分")
        whole_lines.extend(out[2])
        if out[5] and rp.kind == "veto":
            grade_cap = rp.grade_cap
            if grade_cap:
                if vetoes.grade_cap is None or _worse(grade_cap, vetoes.grade_cap, order):
                    vetoes.grade_cap = grade_cap
            else:
                vetoes.total = True

    parts, total, best_total, max_total, bonus_total = compose(rubric, sections, vetoes, precision)
    if vetoes.total:
        total = best_total = ZERO
    grade = rubric_grade(rubric, total, facts, problems)
    if (
        grade is not None
        and vetoes.grade_cap is not None
        and _worse(vetoes.grade_cap, grade, order)
    ):
        if rubric.kind == "rating":
            problems.append(
                f"所选等次“{grade}”不符合规定（一票否决，不得确定为“{grade}”），按“{vetoes.grade_cap}”计"
            )
        grade = vetoes.grade_cap
    ceiling: str | None = None
    if rubric.kind == "rating" and order:
        ceiling = vetoes.grade_cap or order[0]
        if facts.rating is None:
            pending.append("rating")
    return ScoreReport(
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        unit=unit_id,
        total=total,
        max=max_total,
        bonus=bonus_total,
        attainable=best_total,
        grade=grade,
        sections=tuple(sections),
        parts=tuple(parts),
        explanations=tuple(map(explain, whole_lines)),
        vetoed=vetoes.total,
        grade_cap=vetoes.grade_cap,
        rating_ceiling=ceiling,
        unmet=tuple(unmet),
        pending=tuple(pending),
        problems=tuple(problems),
        counts=dict(facts.counts),
        columns=column_totals([i for s in sections for i in s.items]) if review else _NO_COLUMNS,
    )


def _reusable(
    reuse: ScoreReport | None, rubric: m.Rubric, unit_id: str | None
) -> dict[str, ItemResult] | None:
    if reuse is None or reuse.rubric_id != rubric.id or reuse.rubric_version != rubric.version:
        return None
    if reuse.unit != unit_id:
        return None
    return {item.code: item for section in reuse.sections for item in section.items}


def _same_review(old: ItemResult, reviewed: Any) -> bool:
    if reviewed is None:
        return old.initial is None and old.final is None
    return bool(old.initial == reviewed.initial and old.final == reviewed.final)
