"""Deduction kinds (checklist, per_count, shortfall, nested_caps) and the overrides.

The two kinds a rubric uses most, checklist and per_count, run from a spec prepared once per
rubric (:func:`prepare_checklist`, :func:`prepare_per_count`): their budget, cap and line
values are fixed by the rubric, so a rescore only reads the facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import RuleFact
from evaldesk.scoring.report import Line
from evaldesk.scoring.rule_base import (
    CENT,
    HUNDRED,
    KNOWN,
    NO_LINES,
    PARTIAL,
    QUIET,
    UNKNOWN,
    ZERO,
    Ctx,
    Detail,
    Outcome,
    award,
    budget_of,
    pending_award,
    q,
    resolve_target,
    worst_deduction,
)


@dataclass(slots=True)
class ChecklistSpec:
    rid: str
    budget: Decimal
    cap: Decimal | None
    #: (line id, text, value, -value, why when not met) per line
    lines: tuple[tuple[str, str, Decimal, Decimal, str], ...]
    #: the outcome when every line is met
    full: Outcome


def prepare_checklist(rule: m.Checklist) -> ChecklistSpec:
    budget = budget_of(rule)
    awarding = rule.lines[0].award is not None
    if awarding and rule.points is None:
        budget = sum((ln.award or ZERO for ln in rule.lines), ZERO)
    lines = []
    for ln in rule.lines:
        value = (ln.award if awarding else ln.deduct) or ZERO
        tick = ln.award is None and ln.deduct is None
        lines.append((ln.id, ln.text, value, -value, "未落实" if tick else ""))
    cap = rule.cap if rule.cap is not None else (budget if budget > ZERO else None)
    full_now = budget - ZERO
    return ChecklistSpec(
        rule.id or "",
        budget,
        cap,
        tuple(lines),
        (full_now, full_now, NO_LINES, KNOWN, False, False),
    )


def checklist(spec: ChecklistSpec, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    marks = fact.lines if fact is not None and fact.lines else {}
    lines: list[Line] = []
    loss_now = loss_best = ZERO
    seen = 0
    known_loss = False
    rid = spec.rid
    for lid, text, value, negated, why in spec.lines:
        mark = marks.get(lid)
        if mark == "met":
            seen += 1
            continue
        loss_now += value
        if mark == "not_met":
            seen += 1
            loss_best += value
            known_loss = True
            lines.append((code, rid, text, negated, why))
        else:
            lines.append((code, rid, text, negated, "", True))
    if not lines:
        return spec.full
    cap = spec.cap
    if cap is not None:
        if loss_now > cap:
            unsure = loss_best < loss_now  # part of the excess only stands in for unticked lines
            lines.append((code, rid, "扣完为止", loss_now - cap, ("最多扣{}分", cap), unsure))
            loss_now = cap
        if cap < loss_best:
            loss_best = cap
    size = len(spec.lines)
    state = KNOWN if seen == size else (UNKNOWN if seen == 0 else PARTIAL)
    budget = spec.budget
    return (budget - loss_now, budget - loss_best, tuple(lines), state, known_loss, False)


@dataclass(slots=True)
class PerCountSpec:
    rid: str
    text: str
    budget: Decimal
    rule_cap: Decimal | None
    cap: Decimal | None
    source: str | None  # a key of the counts, None for the rule's own fact
    points_each: Decimal
    unit_label: str
    full: Outcome


def prepare_per_count(rule: m.PerCount) -> PerCountSpec:
    budget = budget_of(rule)
    return PerCountSpec(
        rid=rule.id or "",
        text=rule.text,
        budget=budget,
        rule_cap=rule.cap,
        cap=rule.cap if rule.cap is not None else (budget if budget > ZERO else None),
        source=None if rule.source == "fact" else rule.source,
        points_each=rule.points_each,
        unit_label=rule.unit_label,
        full=(budget, budget, NO_LINES, KNOWN, False, False),
    )


def per_count(spec: PerCountSpec, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    count = fact.count if fact is not None else None
    if spec.source is not None:
        count = ctx.counts.get(spec.source, count)
    if count is None:
        budget = spec.budget
        worst = worst_deduction(spec.rule_cap, budget, ctx)
        line: Line = (code, spec.rid, spec.text, -worst, "未填报次数，按最不利计", True)
        return (budget - worst, budget, (line,), UNKNOWN, False, False)
    if not count:
        return spec.full
    loss = spec.points_each * count
    cap = spec.cap
    detail: Detail
    if cap is not None and loss > cap:
        loss = cap
        detail = ("{}{} × {}分，扣至上限{}分", count, spec.unit_label, spec.points_each, cap)
    else:
        detail = ("{}{} × {}分", count, spec.unit_label, spec.points_each)
    line = (code, spec.rid, spec.text, -loss, detail)
    loss = spec.budget - loss
    return (loss, loss, (line,), KNOWN, True, False)


_ROUNDING = {"floor": ROUND_FLOOR, "ceil": ROUND_CEILING}


def shortfall(rule: m.Shortfall, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = ZERO if rule.points is None else rule.points
    actual = fact.actual if fact is not None else None
    target = resolve_target(rule.target, fact, ctx)
    if actual is None or target is None:
        worst = worst_deduction(rule.cap, budget, ctx)
        why = "未填报完成数" if actual is None else "缺少目标值"
        line: Line = (code, rule.id or "", rule.text, -worst, why, True)
        return (budget - worst, budget, (line,), UNKNOWN, False, False)
    detail: Detail
    if rule.measure == "completion_pct":
        achieved = actual * HUNDRED / target
        short = HUNDRED - achieved
        detail = ("完成{}%", q(achieved, CENT))
    else:
        short = target - actual
        detail = ("目标{}，实际{}", target, actual)
    if short <= ZERO:
        return (budget, budget, NO_LINES, KNOWN, False, False)
    steps = short / rule.step
    if rule.rounding != "exact":
        steps = steps.to_integral_value(_ROUNDING[rule.rounding])
    loss = steps * rule.points_each
    cap = rule.cap if rule.cap is not None else (budget if budget > ZERO else None)
    if cap is not None and loss > cap:
        loss = cap
        detail = ("{}，扣至上限{}分", detail, cap)
    loss = q(loss, ctx.precision)
    if not loss:
        return (budget, budget, NO_LINES, KNOWN, False, False)
    line = (code, rule.id or "", rule.text, -loss, detail)
    loss = budget - loss
    return (loss, loss, (line,), KNOWN, True, False)


def nested_caps(rule: m.NestedCaps, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = ZERO if rule.points is None else rule.points
    if rule.gate is not None:
        status = fact.status if fact is not None else None
        if status is None or status == "not_assessed":
            return pending_award(rule, budget, code, "未评估")
        if status == "not_met":
            return award(rule, ZERO, budget, code, rule.gate)
    deviations = fact.deviations if fact is not None and fact.deviations else {}
    lines: list[Line] = []
    loss_now = loss_best = ZERO
    seen = 0
    rid = rule.id or ""
    indicator_cap = rule.indicator_cap
    for ind in rule.indicators:
        dev = deviations.get(ind.id)
        if dev is None:
            loss_now += indicator_cap
            lines.append((code, rid, ind.text, -indicator_cap, "未填报偏离度", True))
            continue
        seen += 1
        loss = (dev / rule.step_pct).to_integral_value(ROUND_FLOOR) * rule.points_each
        if indicator_cap < loss:
            loss = indicator_cap
        if loss:
            lines.append((code, rid, ind.text, -loss, ("偏离{}%", q(dev, CENT))))
        loss_now += loss
        loss_best += loss
    total_cap = rule.total_cap
    if loss_now > total_cap:
        extra = loss_now - total_cap
        lines.append((code, rid, "总计扣完为止", extra, ("最多扣{}分", total_cap)))
    if total_cap < loss_now:
        loss_now = total_cap
    if total_cap < loss_best:
        loss_best = total_cap
    size = len(rule.indicators)
    state = KNOWN if seen == size else (UNKNOWN if seen == 0 else PARTIAL)
    return (budget - loss_now, budget - loss_best, tuple(lines), state, loss_best > ZERO, False)


_SCOPE = {"item": "本项", "section": "本部分", "part": "本板块", "total": "总分"}


def override(rule: m.Veto | m.Negative, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    """Veto and negative rules: only report whether the event happened."""
    if fact is None or not fact.triggered:
        return QUIET
    if isinstance(rule, m.Negative):
        line: Line = (code, rule.id or "", rule.text, -rule.penalty, "倒扣")
    else:
        what = (
            f"评价不得高于“{rule.grade_cap}”" if rule.grade_cap else f"{_SCOPE[rule.scope]}不得分"
        )
        line = (code, rule.id or "", rule.text, ZERO, f"一票否决：{what}")
    return (ZERO, ZERO, (line,), KNOWN, True, True)
