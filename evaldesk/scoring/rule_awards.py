"""Award kinds: what a rule earns towards its budget (0..points), and minimums and bonuses."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import RuleFact
from evaldesk.scoring.report import Line
from evaldesk.scoring.rule_base import (
    CENT,
    HUNDRED,
    KNOWN,
    NO_LINES,
    ONE,
    UNKNOWN,
    ZERO,
    Ctx,
    Detail,
    Outcome,
    award,
    pct,
    pending_award,
    q,
    resolve_target,
)


def proportional(rule: m.Proportional, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = ZERO if rule.points is None else rule.points
    actual = fact.actual if fact is not None else None
    target = resolve_target(rule.target, fact, ctx)
    if actual is None:
        return pending_award(rule, budget, code, "未填报完成数")
    if target is None:
        return pending_award(rule, budget, code, "缺少目标值（请选择单位或填写目标）")
    ratio = actual / target
    if ratio >= ONE:
        return (budget, budget, NO_LINES, KNOWN, False, False)
    detail = ("完成{}/{}={}%", actual, target, q(ratio * HUNDRED, CENT))
    if rule.floor_ratio is not None and ratio < rule.floor_ratio:
        floor = ("{}，未达{}%不得分", detail, rule.floor_ratio * HUNDRED)
        return award(rule, ZERO, budget, code, floor)
    return award(rule, q(budget * ratio, ctx.precision), budget, code, detail)


def measure_value(
    measure: str, target: Any, fact: RuleFact | None, ctx: Ctx
) -> tuple[Decimal | None, Detail]:
    """The number a tiers/growth/ranking rule compares, and a short description of it."""
    if fact is None:
        return None, "未填报"
    if measure == "value":
        value = fact.value if fact.value is not None else fact.actual
        return value, ("未填报" if value is None else ("实际{}", value))
    if measure == "completion_pct":
        t = resolve_target(target, fact, ctx)
        if fact.actual is None or t is None:
            return None, "未填报完成数" if fact.actual is None else "缺少目标值"
        value = fact.actual * HUNDRED / t
        return value, ("完成率{}%", q(value, CENT))
    if fact.actual is None or fact.last_year is None:
        return None, "需要本年数和上年数"
    if measure == "growth_abs":
        diff = fact.actual - fact.last_year
        return diff, ("比上年{}{}", "+" if diff >= 0 else "", diff)
    if fact.last_year == 0:
        ctx.problems.append("上年数为0，无法计算增长率")
        return None, "上年数为0，无法计算增长率"
    growth = (fact.actual - fact.last_year) * HUNDRED / fact.last_year
    return growth, ("比上年增长{}%", q(growth, CENT))


def pick_tier(tiers: list[m.Tier], value: Decimal) -> m.Tier | None:
    best: m.Tier | None = None
    for tier in tiers:
        ok = value >= tier.min if tier.inclusive else value > tier.min
        if ok and (best is None or tier.points > best.points):
            best = tier
    return best


@dataclass(slots=True)
class TiersSpec:
    rule: m.Tiers | m.Growth
    budget: Decimal
    target: Any
    #: (min, inclusive, points) per tier, in the rubric's order
    tiers: tuple[tuple[Decimal, bool, Decimal], ...]


def prepare_tiers(rule: m.Tiers | m.Growth) -> TiersSpec:
    return TiersSpec(
        rule,
        rule.points if rule.points is not None else max(t.points for t in rule.tiers),
        rule.target if isinstance(rule, m.Tiers) else None,
        tuple((t.min, t.inclusive, t.points) for t in rule.tiers),
    )


def tiers(spec: TiersSpec, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    rule = spec.rule
    budget = spec.budget
    value, detail = measure_value(rule.measure, spec.target, fact, ctx)
    if value is None:
        return pending_award(rule, budget, code, detail)
    # The highest tier reached (the first of equals), as pick_tier.
    earned: Decimal | None = None
    for low, inclusive, points in spec.tiers:
        if (value >= low if inclusive else value > low) and (earned is None or points > earned):
            earned = points
    if earned is None:
        earned = ZERO
    elif budget < earned:
        earned = budget
    return award(rule, earned, budget, code, detail)


def all_or_nothing(rule: m.AllOrNothing, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = ZERO if rule.points is None else rule.points
    if rule.target is not None or (fact is not None and fact.target is not None):
        target = resolve_target(rule.target, fact, ctx)
        actual = fact.actual if fact is not None else None
        if actual is None or target is None:
            return pending_award(
                rule, budget, code, "未填报完成数" if actual is None else "缺少目标值"
            )
        if actual >= target:
            return (budget, budget, NO_LINES, KNOWN, False, False)
        return award(rule, ZERO, budget, code, ("目标{}，实际{}", target, actual))
    status = fact.status if fact is not None else None
    if status == "met":
        return (budget, budget, NO_LINES, KNOWN, False, False)
    if status == "not_met":
        return award(rule, ZERO, budget, code, "未达到")
    return pending_award(rule, budget, code, "未评估")


def ranking(rule: m.Ranking, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = ZERO if rule.points is None else rule.points
    if ctx.group is None or ctx.group not in rule.steps:
        return pending_award(rule, budget, code, "本单位不在排名分组中（请选择单位）")
    if rule.gate is not None:
        status = fact.status if fact is not None else None
        if status == "not_met":
            return award(rule, ZERO, budget, code, f"未{rule.gate}，不参加排名")
        if status != "met":
            return pending_award(rule, budget, code, f"待确认是否{rule.gate}")
    value, detail = measure_value(rule.measure, rule.target, fact, ctx)
    if value is None and fact is not None and fact.group and ctx.unit_id in fact.group:
        value = fact.group[ctx.unit_id]
        detail = ("{}", value)
    if value is None:
        return pending_award(rule, budget, code, detail)
    if rule.eligible_min is not None and value < rule.eligible_min:
        return award(rule, ZERO, budget, code, ("{}，未完成任务不参加排名", detail))
    others = fact.group if fact is not None and fact.group else None
    if not others:
        return pending_award(rule, budget, code, ("{}，待同组排名数据", detail))
    groups = ctx.unit_groups if rule.pool == "group" else None
    higher = 0
    for unit, other in others.items():
        if unit == ctx.unit_id or (groups and groups.get(unit) != ctx.group):
            continue
        if rule.eligible_min is not None and other < rule.eligible_min:
            continue
        if other > value:
            higher += 1
    earned = max(ZERO, budget - rule.steps[ctx.group] * higher)
    return award(rule, earned, budget, code, ("{}，组内第{}名", detail, higher + 1))


def prepare_graded_votes(rule: m.GradedVotes) -> tuple[m.GradedVotes, Decimal]:
    return rule, rule.points if rule.points is not None else max(rule.grades.values())


def graded_votes(
    spec: tuple[m.GradedVotes, Decimal], fact: RuleFact | None, ctx: Ctx, code: str
) -> Outcome:
    rule, budget = spec
    votes: dict[str, int] = dict(fact.votes) if fact is not None and fact.votes else {}
    if fact is not None and fact.ballots:
        counted = _count_ballots(rule, fact.ballots, ctx)
        if not votes:
            votes = counted
    total = sum(votes.values())
    if total == 0:
        return pending_award(rule, budget, code, "未录入评估票数")
    grades = rule.grades
    points = ZERO
    unknown: str | None = None
    for g, n in votes.items():
        value = grades.get(g)
        if value is None:
            if unknown is None:
                unknown = g
            value = ZERO
        points += value * n
    if unknown is not None:
        ctx.problems.append(f"item {code}: unknown grade {unknown!r} (known: {', '.join(grades)})")
    average = q(points / total, ctx.precision)
    earned = budget if budget < average else average
    return award(rule, earned, budget, code, ("{}，平均{}分", _Tally(votes), average))


class _Tally:
    """ "A3票，B2票": written only when the explanation is read."""

    __slots__ = ("votes",)

    def __init__(self, votes: dict[str, int]) -> None:
        self.votes = votes  # a copy made for this outcome: never changed afterwards

    def __str__(self) -> str:
        return "，".join(f"{g}{n}票" for g, n in self.votes.items())


def _count_ballots(rule: m.GradedVotes, ballots: list[Any], ctx: Ctx) -> dict[str, int]:
    counted: dict[str, int] = {}
    for ballot in ballots:
        given = list(ballot.grades.values())
        for grade, share in rule.quotas.items():
            used = sum(1 for g in given if g == grade)
            if not given:
                continue
            if rule.quota_rounding == "half_up":
                allowed = (share * len(given)).to_integral_value(ROUND_HALF_UP)
                over = used > allowed
                limit = f"{fmt_points(allowed)}个（{pct(share * HUNDRED)}×{len(given)}四舍五入）"
            else:
                over = Decimal(used) / len(given) > share
                limit = pct(share * HUNDRED)
            if over:
                ctx.problems.append(
                    f"评估人{ballot.voter}：{grade}等次{used}/{len(given)}，超过{limit}的比例限制"
                )
        if ctx.unit_id is not None and ctx.unit_id in ballot.grades:
            grade = ballot.grades[ctx.unit_id]
            counted[grade] = counted.get(grade, 0) + 1
    return counted


def manual(rule: m.Manual, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = ZERO if rule.points is None else rule.points
    score = fact.score if fact is not None else None
    if score is None:
        return pending_award(rule, budget, code, "未评分", rule.min if rule.min > 0 else ZERO)
    if score < rule.min or score > budget:
        ctx.problems.append(
            f"item {code}: score {fmt_points(score)} is outside {fmt_points(rule.min)}..{fmt_points(budget)}"
        )
        score = min(max(score, rule.min), budget)
    return award(rule, score, budget, code, ("评定{}分", score))


def minimum(rule: m.Minimum, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    rid = rule.id or ""
    if fact is None or (fact.status is None and fact.actual is None):
        line: Line = (code, rid, rule.text, ZERO, "未填报", True)
        return (ZERO, ZERO, (line,), UNKNOWN, False, False)
    if fact.actual is not None and rule.per and fact.target is None:
        why = f"缺少{rule.per}个数（请填写 target）"
        line = (code, rid, rule.text, ZERO, why, True)
        return (ZERO, ZERO, (line,), UNKNOWN, False, False)
    detail: Detail
    if fact.actual is not None:
        need = rule.minimum * (fact.target if rule.per and fact.target is not None else ONE)
        met = fact.actual >= need
        if need > 0:  # minimum 0: a value recorded for the report, not a requirement
            detail = ("实际{}{}，最低要求{}{}", fact.actual, rule.unit_label, need, rule.unit_label)
        else:
            detail = ("实际{}{}", fact.actual, rule.unit_label)
    else:
        met = fact.status == "met"
        detail = "" if met else "未达到最低要求"
    if met:
        # Rated rubrics report what was achieved (funds, projects, people trained), not only gaps.
        shown: tuple[Line, ...] = ((code, rid, rule.text, ZERO, detail),) if detail else ()
        return (ZERO, ZERO, shown, KNOWN, False, False)
    line = (code, rid, rule.text, ZERO, detail)
    return (ZERO, ZERO, (line,), KNOWN, True, False)


def bonus(rule: m.Bonus, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    occurrences = fact.occurrences if fact is not None and fact.occurrences else {}
    lines: list[Line] = []
    gained = ZERO
    rid = rule.id or ""
    for level in rule.levels:
        n = occurrences.get(level.id, 0)
        if n:
            amount = level.points * n
            detail: Detail = ("{}次 × {}分", n, level.points)
            if level.cap is not None and amount > level.cap:
                amount = level.cap
                detail = ("{}，最多{}分", detail, level.cap)
            gained += amount
            lines.append((code, rid, level.text, amount, detail))
    cap = rule.cap if rule.cap is not None else rule.points
    if cap is not None and gained > cap:
        lines.append((code, rid, "加分上限", cap - gained, ("最多加{}分", cap)))
        gained = cap
    # Unrecorded: nothing earned yet, but the cap is still attainable.
    best = cap if fact is None and cap is not None else gained
    return (gained, best, tuple(lines), KNOWN if fact is not None else UNKNOWN, False, False)
