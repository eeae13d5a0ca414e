"""Deduction kinds (checklist, per_count, shortfall, nested_caps) and the overrides.

Each kind's spec is prepared once per rubric (``prepare_*``): budget, cap and line values are
fixed by the rubric, so a rescore only reads the facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Final

from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import RuleFact, Status
from evaldesk.scoring.report import Line
from evaldesk.scoring.rule_base import (
    HUNDRED,
    KNOWN,
    NO_LINES,
    PARTIAL,
    QUIET,
    UNKNOWN,
    ZERO,
    Cents,
    Ctx,
    Detail,
    Outcome,
    RuleSpec,
    budget_of,
    q,
    resolve_target,
    target_parts,
    worst_deduction,
)

_NO_MARKS: Final[dict[str, Status]] = {}
_NO_DEVIATIONS: Final[dict[str, Decimal]] = {}


def _full(budget: Decimal) -> Outcome:
    """The outcome of a deduction kind that lost nothing."""
    return (budget, budget, NO_LINES, KNOWN, False, False)


def _capped(cap: Decimal | None, budget: Decimal) -> Decimal | None:
    """The most a deduction may take: its cap, else its budget when it has one."""
    return cap if cap is not None else (budget if budget > ZERO else None)


@dataclass(slots=True)
class ChecklistSpec(RuleSpec):
    cap: Decimal | None
    #: (line id, text, value, -value, why when not met) per line
    lines: tuple[tuple[str, str, Decimal, Decimal, str], ...]
    #: the outcome when every line is met
    full: Outcome

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        marks = fact.lines if fact is not None else None
        if marks is None:
            marks = _NO_MARKS
        lines: list[Line] = []
        loss_now = loss_best = ZERO
        seen = 0
        known_loss = False
        rid = self.rid
        for lid, text, value, negated, why in self.lines:
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
            return self.full
        cap = self.cap
        if cap is not None:
            if loss_now > cap:
                # part of the excess only stands in for unticked lines
                unsure = loss_best < loss_now
                lines.append((code, rid, "扣完为止", loss_now - cap, ("最多扣{}分", cap), unsure))
                loss_now = cap
            if cap < loss_best:
                loss_best = cap
        budget = self.budget
        now = budget - loss_now
        if seen == len(self.lines):  # every line ticked: the two losses are the same sum
            return (now, now, tuple(lines), KNOWN, known_loss, False)
        state = UNKNOWN if seen == 0 else PARTIAL
        return (now, budget - loss_best, tuple(lines), state, known_loss, False)


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
    return ChecklistSpec(
        rule.id or "",
        rule.text,
        budget,
        _capped(rule.cap, budget),
        tuple(lines),
        _full(budget - ZERO),
    )


@dataclass(slots=True)
class PerCountSpec(RuleSpec):
    rule_cap: Decimal | None
    cap: Decimal | None
    source: str | None  # a key of the counts, None for the rule's own fact
    points_each: Decimal
    unit_label: str
    full: Outcome

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        count = fact.count if fact is not None else None
        if self.source is not None:
            count = ctx.counts.get(self.source, count)
        if count is None:
            budget = self.budget
            worst = worst_deduction(self.rule_cap, budget, ctx)
            line: Line = (code, self.rid, self.text, -worst, "未填报次数，按最不利计", True)
            return (budget - worst, budget, (line,), UNKNOWN, False, False)
        if not count:
            return self.full
        loss = self.points_each * count
        cap = self.cap
        detail: Detail
        if cap is not None and loss > cap:
            loss = cap
            detail = ("{}{} × {}分，扣至上限{}分", count, self.unit_label, self.points_each, cap)
        else:
            detail = ("{}{} × {}分", count, self.unit_label, self.points_each)
        line = (code, self.rid, self.text, -loss, detail)
        loss = self.budget - loss
        return (loss, loss, (line,), KNOWN, True, False)


def prepare_per_count(rule: m.PerCount) -> PerCountSpec:
    budget = budget_of(rule)
    return PerCountSpec(
        rid=rule.id or "",
        text=rule.text,
        budget=budget,
        rule_cap=rule.cap,
        cap=_capped(rule.cap, budget),
        source=None if rule.source == "fact" else rule.source,
        points_each=rule.points_each,
        unit_label=rule.unit_label,
        full=_full(budget),
    )


@dataclass(slots=True)
class ShortfallSpec(RuleSpec):
    rule_cap: Decimal | None
    cap: Decimal | None
    target: Decimal | None
    target_key: str | None
    completion: bool  # measure completion_pct: the shortfall is in percentage points
    step: Decimal
    rounding: str | None  # a decimal rounding mode; None for exact steps
    points_each: Decimal
    full: Outcome

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        budget = self.budget
        actual: Decimal | None = None
        override: Decimal | None = None
        if fact is not None:
            actual = fact.actual
            override = fact.target
        target = resolve_target(self.target, self.target_key, override, ctx)
        if actual is None or target is None:
            worst = worst_deduction(self.rule_cap, budget, ctx)
            why = "未填报完成数" if actual is None else "缺少目标值"
            line: Line = (code, self.rid, self.text, -worst, why, True)
            return (budget - worst, budget, (line,), UNKNOWN, False, False)
        detail: Detail
        if self.completion:
            achieved = actual * HUNDRED / target
            short = HUNDRED - achieved
            detail = ("完成{}%", Cents(achieved))
        else:
            short = target - actual
            detail = ("目标{}，实际{}", target, actual)
        if short <= ZERO:
            return self.full
        steps = short / self.step
        if self.rounding is not None:
            steps = steps.to_integral_value(self.rounding)
        loss = steps * self.points_each
        cap = self.cap
        if cap is not None and loss > cap:
            loss = cap
            detail = ("{}，扣至上限{}分", detail, cap)
        loss = q(loss, ctx.precision)
        if not loss:
            return self.full
        line = (code, self.rid, self.text, -loss, detail)
        loss = budget - loss
        return (loss, loss, (line,), KNOWN, True, False)


_ROUNDING = {"floor": ROUND_FLOOR, "ceil": ROUND_CEILING}


def prepare_shortfall(rule: m.Shortfall) -> ShortfallSpec:
    budget = budget_of(rule)
    target, key = target_parts(rule.target)
    return ShortfallSpec(
        rid=rule.id or "",
        text=rule.text,
        budget=budget,
        rule_cap=rule.cap,
        cap=_capped(rule.cap, budget),
        target=target,
        target_key=key,
        completion=rule.measure == "completion_pct",
        step=rule.step,
        rounding=_ROUNDING.get(rule.rounding),
        points_each=rule.points_each,
        full=_full(budget),
    )


@dataclass(slots=True)
class NestedCapsSpec(RuleSpec):
    gate: str | None
    #: (id, text) per indicator
    indicators: tuple[tuple[str, str], ...]
    step_pct: Decimal
    points_each: Decimal
    indicator_cap: Decimal
    total_cap: Decimal

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        budget = self.budget
        deviations: dict[str, Decimal] | None = None
        if fact is not None:
            if self.gate is not None:
                status = fact.status
                if status is None or status == "not_assessed":
                    return self.pending(code, "未评估")
                if status == "not_met":
                    return self.award(ZERO, code, self.gate)
            deviations = fact.deviations
        elif self.gate is not None:
            return self.pending(code, "未评估")
        if deviations is None:
            deviations = _NO_DEVIATIONS
        lines: list[Line] = []
        loss_now = loss_best = ZERO
        seen = 0
        rid = self.rid
        indicator_cap = self.indicator_cap
        for ind_id, ind_text in self.indicators:
            dev = deviations.get(ind_id)
            if dev is None:
                loss_now += indicator_cap
                lines.append((code, rid, ind_text, -indicator_cap, "未填报偏离度", True))
                continue
            seen += 1
            loss = (dev / self.step_pct).to_integral_value(ROUND_FLOOR) * self.points_each
            if indicator_cap < loss:
                loss = indicator_cap
            if loss:
                lines.append((code, rid, ind_text, -loss, ("偏离{}%", Cents(dev))))
            loss_now += loss
            loss_best += loss
        total_cap = self.total_cap
        if loss_now > total_cap:
            extra = loss_now - total_cap
            lines.append((code, rid, "总计扣完为止", extra, ("最多扣{}分", total_cap)))
        if total_cap < loss_now:
            loss_now = total_cap
        if total_cap < loss_best:
            loss_best = total_cap
        now = budget - loss_now
        if seen == len(self.indicators):  # every deviation given: the two losses are the same sum
            return (now, now, tuple(lines), KNOWN, loss_best > ZERO, False)
        state = UNKNOWN if seen == 0 else PARTIAL
        return (now, budget - loss_best, tuple(lines), state, loss_best > ZERO, False)


def prepare_nested_caps(rule: m.NestedCaps) -> NestedCapsSpec:
    return NestedCapsSpec(
        rid=rule.id or "",
        text=rule.text,
        budget=budget_of(rule),
        gate=rule.gate,
        indicators=tuple((ind.id, ind.text) for ind in rule.indicators),
        step_pct=rule.step_pct,
        points_each=rule.points_each,
        indicator_cap=rule.indicator_cap,
        total_cap=rule.total_cap,
    )


@dataclass(slots=True)
class OverrideSpec(RuleSpec):
    """Veto and negative rules: only report whether the event happened."""

    effect: Decimal  # -penalty for a negative score, 0 for a veto
    why: str

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        if fact is None or not fact.triggered:
            return QUIET
        line: Line = (code, self.rid, self.text, self.effect, self.why)
        return (ZERO, ZERO, (line,), KNOWN, True, True)


_SCOPE = {"item": "本项", "section": "本部分", "part": "本板块", "total": "总分"}


def prepare_override(rule: m.Veto | m.Negative) -> OverrideSpec:
    if isinstance(rule, m.Negative):
        effect, why = -rule.penalty, "倒扣"
    else:
        what = (
            f"评价不得高于“{rule.grade_cap}”" if rule.grade_cap else f"{_SCOPE[rule.scope]}不得分"
        )
        effect, why = ZERO, f"一票否决：{what}"
    return OverrideSpec(rule.id or "", rule.text, budget_of(rule), effect, why)
