"""Award kinds: what a rule earns towards its budget (0..points), and minimums and bonuses."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import RuleFact
from evaldesk.scoring.report import Line
from evaldesk.scoring.rule_base import (
    HUNDRED,
    KNOWN,
    NO_LINES,
    ONE,
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
)

_NO_OCCURRENCES: Final[dict[str, int]] = {}


def _full(budget: Decimal) -> Outcome:
    """The outcome of an award kind that earned its whole budget."""
    return (budget, budget, NO_LINES, KNOWN, False, False)


@dataclass(slots=True)
class ProportionalSpec(RuleSpec):
    target: Decimal | None
    target_key: str | None
    floor_ratio: Decimal | None
    floor_pct: Decimal  # floor_ratio in percent, for the explanation
    full: Outcome

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        if fact is None:
            return self.pending(code, "未填报完成数")
        actual = fact.actual
        if actual is None:
            return self.pending(code, "未填报完成数")
        target = resolve_target(self.target, self.target_key, fact.target, ctx)
        if target is None:
            return self.pending(code, "缺少目标值（请选择单位或填写目标）")
        ratio = actual / target
        if ratio >= ONE:
            return self.full
        detail = ("完成{}/{}={}%", actual, target, Cents(ratio * HUNDRED))
        if self.floor_ratio is not None and ratio < self.floor_ratio:
            return self.award(ZERO, code, ("{}，未达{}%不得分", detail, self.floor_pct))
        return self.award(q(self.budget * ratio, ctx.precision), code, detail)


def prepare_proportional(rule: m.Proportional) -> ProportionalSpec:
    budget = budget_of(rule)
    target, key = target_parts(rule.target)
    return ProportionalSpec(
        rid=rule.id or "",
        text=rule.text,
        budget=budget,
        target=target,
        target_key=key,
        floor_ratio=rule.floor_ratio,
        floor_pct=(rule.floor_ratio or ZERO) * HUNDRED,
        full=_full(budget),
    )


def measure_value(
    measure: str, target: Decimal | None, key: str | None, fact: RuleFact | None, ctx: Ctx
) -> tuple[Decimal | None, Detail]:
    """The number a tiers/growth/ranking rule compares, and a short description of it."""
    if fact is None:
        return None, "未填报"
    if measure == "value":
        value = fact.value
        if value is None:
            value = fact.actual
        return value, ("未填报" if value is None else ("实际{}", value))
    actual = fact.actual
    if measure == "completion_pct":
        t = resolve_target(target, key, fact.target, ctx)
        if actual is None or t is None:
            return None, "未填报完成数" if actual is None else "缺少目标值"
        value = actual * HUNDRED / t
        return value, ("完成率{}%", Cents(value))
    last_year = fact.last_year if actual is not None else None
    if actual is None or last_year is None:
        return None, "需要本年数和上年数"
    if measure == "growth_abs":
        diff = actual - last_year
        return diff, ("比上年{}{}", "+" if diff >= 0 else "", diff)
    if last_year == 0:
        ctx.problems.append("上年数为0，无法计算增长率")
        return None, "上年数为0，无法计算增长率"
    growth = (actual - last_year) * HUNDRED / last_year
    return growth, ("比上年增长{}%", Cents(growth))


@dataclass(slots=True)
class TiersSpec(RuleSpec):
    """Tiers and growth."""

    measure: str
    target: Decimal | None
    target_key: str | None
    #: (min, inclusive, points) per tier, in the rubric's order
    tiers: tuple[tuple[Decimal, bool, Decimal], ...]

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        budget = self.budget
        value, detail = measure_value(self.measure, self.target, self.target_key, fact, ctx)
        if value is None:
            return self.pending(code, detail)
        # The highest tier reached (the first of equals).
        earned: Decimal | None = None
        for low, inclusive, points in self.tiers:
            if (value >= low if inclusive else value > low) and (earned is None or points > earned):
                earned = points
        if earned is None:
            earned = ZERO
        elif budget < earned:
            earned = budget
        return self.award(earned, code, detail)


def prepare_tiers(rule: m.Tiers | m.Growth) -> TiersSpec:
    target, key = target_parts(rule.target if isinstance(rule, m.Tiers) else None)
    return TiersSpec(
        rid=rule.id or "",
        text=rule.text,
        budget=rule.points if rule.points is not None else max(t.points for t in rule.tiers),
        measure=rule.measure,
        target=target,
        target_key=key,
        tiers=tuple((t.min, t.inclusive, t.points) for t in rule.tiers),
    )


@dataclass(slots=True)
class AllOrNothingSpec(RuleSpec):
    target: Decimal | None
    target_key: str | None
    full: Outcome

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        override = fact.target if fact is not None else None
        if override is not None or self.target is not None or self.target_key is not None:
            target = resolve_target(self.target, self.target_key, override, ctx)
            actual = fact.actual if fact is not None else None
            if actual is None or target is None:
                return self.pending(code, "未填报完成数" if actual is None else "缺少目标值")
            if actual >= target:
                return self.full
            return self.award(ZERO, code, ("目标{}，实际{}", target, actual))
        status = fact.status if fact is not None else None
        if status == "met":
            return self.full
        if status == "not_met":
            return self.award(ZERO, code, "未达到")
        return self.pending(code, "未评估")


def prepare_all_or_nothing(rule: m.AllOrNothing) -> AllOrNothingSpec:
    budget = budget_of(rule)
    target, key = target_parts(rule.target)
    return AllOrNothingSpec(rule.id or "", rule.text, budget, target, key, _full(budget))


@dataclass(slots=True)
class RankingSpec(RuleSpec):
    steps: dict[str, Decimal]
    measure: str
    target: Decimal | None
    target_key: str | None
    eligible_min: Decimal | None
    gate: str | None
    by_group: bool  # rank within the unit's group, not among all units

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        group = ctx.group
        if group is None or group not in self.steps:
            return self.pending(code, "本单位不在排名分组中（请选择单位）")
        if self.gate is not None:
            status = fact.status if fact is not None else None
            if status == "not_met":
                return self.award(ZERO, code, f"未{self.gate}，不参加排名")
            if status != "met":
                return self.pending(code, f"待确认是否{self.gate}")
        value, detail = measure_value(self.measure, self.target, self.target_key, fact, ctx)
        others = fact.group if fact is not None else None
        unit_id = ctx.unit_id
        if value is None and others and unit_id is not None and unit_id in others:
            value = others[unit_id]
            detail = ("{}", value)
        if value is None:
            return self.pending(code, detail)
        eligible_min = self.eligible_min
        if eligible_min is not None and value < eligible_min:
            return self.award(ZERO, code, ("{}，未完成任务不参加排名", detail))
        if not others:
            return self.pending(code, ("{}，待同组排名数据", detail))
        groups = ctx.unit_groups if self.by_group else None
        higher = 0
        for unit, other in others.items():
            if unit == unit_id or (groups and groups.get(unit) != group):
                continue
            if eligible_min is not None and other < eligible_min:
                continue
            if other > value:
                higher += 1
        earned = max(ZERO, self.budget - self.steps[group] * higher)
        return self.award(earned, code, ("{}，组内第{}名", detail, higher + 1))


def prepare_ranking(rule: m.Ranking) -> RankingSpec:
    target, key = target_parts(rule.target)
    return RankingSpec(
        rid=rule.id or "",
        text=rule.text,
        budget=budget_of(rule),
        steps=dict(rule.steps),
        measure=rule.measure,
        target=target,
        target_key=key,
        eligible_min=rule.eligible_min,
        gate=rule.gate,
        by_group=rule.pool == "group",
    )


@dataclass(slots=True)
class MinimumSpec(RuleSpec):
    minimum: Decimal
    per: str | None
    unit_label: str

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        rid = self.rid
        if fact is None:
            return _unrecorded(code, rid, self.text, "未填报")
        actual = fact.actual
        status = fact.status if actual is None else None
        if actual is None and status is None:
            return _unrecorded(code, rid, self.text, "未填报")
        detail: Detail
        if actual is not None:
            target = fact.target if self.per else None
            if self.per and target is None:
                return _unrecorded(code, rid, self.text, f"缺少{self.per}个数（请填写 target）")
            need = self.minimum * (target if target is not None else ONE)
            met = actual >= need
            unit_label = self.unit_label
            if need > 0:  # minimum 0: a value recorded for the report, not a requirement
                detail = ("实际{}{}，最低要求{}{}", actual, unit_label, need, unit_label)
            else:
                detail = ("实际{}{}", actual, unit_label)
        else:
            met = status == "met"
            detail = "" if met else "未达到最低要求"
        if met:
            # Rated rubrics report what was achieved (funds, projects, people trained), not only gaps.
            shown: tuple[Line, ...] = ((code, rid, self.text, ZERO, detail),) if detail else ()
            return (ZERO, ZERO, shown, KNOWN, False, False)
        line: Line = (code, rid, self.text, ZERO, detail)
        return (ZERO, ZERO, (line,), KNOWN, True, False)


def _unrecorded(code: str, rid: str, text: str, why: str) -> Outcome:
    line: Line = (code, rid, text, ZERO, why, True)
    return (ZERO, ZERO, (line,), UNKNOWN, False, False)


def prepare_minimum(rule: m.Minimum) -> MinimumSpec:
    return MinimumSpec(
        rule.id or "", rule.text, budget_of(rule), rule.minimum, rule.per, rule.unit_label
    )


@dataclass(slots=True)
class BonusSpec(RuleSpec):
    #: (level id, text, points, cap) per level
    levels: tuple[tuple[str, str, Decimal, Decimal | None], ...]
    cap: Decimal | None  # the rule's cap, else its points

    def run(self, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
        occurrences = fact.occurrences if fact is not None else None
        if occurrences is None:
            occurrences = _NO_OCCURRENCES
        lines: list[Line] = []
        gained = ZERO
        rid = self.rid
        for level_id, level_text, level_points, level_cap in self.levels:
            n = occurrences.get(level_id, 0)
            if n:
                amount = level_points * n
                detail: Detail = ("{}次 × {}分", n, level_points)
                if level_cap is not None and amount > level_cap:
                    amount = level_cap
                    detail = ("{}，最多{}分", detail, level_cap)
                gained += amount
                lines.append((code, rid, level_text, amount, detail))
        cap = self.cap
        if cap is not None and gained > cap:
            lines.append((code, rid, "加分上限", cap - gained, ("最多加{}分", cap)))
            gained = cap
        # Unrecorded: nothing earned yet, but the cap is still attainable.
        best = cap if fact is None and cap is not None else gained
        return (gained, best, tuple(lines), KNOWN if fact is not None else UNKNOWN, False, False)


def prepare_bonus(rule: m.Bonus) -> BonusSpec:
    return BonusSpec(
        rid=rule.id or "",
        text=rule.text,
        budget=budget_of(rule),
        levels=tuple((lv.id, lv.text, lv.points, lv.cap) for lv in rule.levels),
        cap=rule.cap if rule.cap is not None else rule.points,
    )
