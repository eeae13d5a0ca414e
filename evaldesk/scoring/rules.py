"""One evaluator per rule kind.

Each evaluator returns an :class:`Outcome`: the rule's contribution to its item now and at
best, the explanation lines and whether its facts are known. Contributions are signed:
deduction kinds give ``-loss``, award kinds give what they earn (``0..points``).

"Now" is deliberately pessimistic: a fact not yet recorded counts as the worst case, so the
live score only rises as items are confirmed; "best" treats it as met, which gives the
maximum still attainable.

Details are :class:`Lazy` texts: they are formatted only if someone reads them, which keeps a
full rescore of a thousand items cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import RuleFact
from evaldesk.scoring.report import Explanation, Lazy

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")

UNKNOWN, PARTIAL, KNOWN = 0, 1, 2

Detail = str | Lazy


@dataclass(slots=True)
class Ctx:
    """What rules may read besides their own fact."""

    unit_id: str | None
    group: str | None
    counts: dict[str, int]
    targets: dict[str, m.TargetTable]
    precision: Decimal
    problems: list[str]
    unit_groups: dict[str, str | None]
    item_points: Decimal = ZERO


#: (now, best, lines, state, known_loss, triggered): a plain tuple, because a full rescore makes
#: one per rule and a tuple costs a third of a dataclass. ``triggered``: a veto / negative happened.
Outcome = tuple[Decimal, Decimal, Sequence[Explanation], int, bool, bool]
NO_LINES: tuple[Explanation, ...] = ()
_QUIET: Outcome = (ZERO, ZERO, NO_LINES, KNOWN, False, False)


def q(value: Decimal, precision: Decimal) -> Decimal:
    return value.quantize(precision, rounding=ROUND_HALF_UP)


def pct(value: Decimal) -> str:
    return f"{fmt_points(q(value, CENT))}%"


def resolve_target(target: m.Target | None, fact: RuleFact | None, ctx: Ctx) -> Decimal | None:
    if fact is not None and fact.target is not None:
        return fact.target
    if target is None:
        return None
    if isinstance(target, Decimal):
        return target
    table = ctx.targets.get(target.key)
    if table is None or ctx.unit_id is None:
        return None
    return table.values.get(ctx.unit_id)


def _worst_deduction(rule_cap: Decimal | None, budget: Decimal, ctx: Ctx) -> Decimal:
    if rule_cap is not None:
        return rule_cap
    return budget if budget > 0 else ctx.item_points


def _budget(rule: Any) -> Decimal:
    points: Decimal | None = rule.points
    return points if points is not None else ZERO


def _rid(rule: Any) -> str:
    return rule.id or ""


# --------------------------------------------------------------------------- deductions


def checklist(rule: m.Checklist, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    marks = fact.lines if fact is not None and fact.lines else {}
    lines: list[Explanation] = []
    budget = _budget(rule)
    awarding = rule.lines[0].award is not None
    if awarding and rule.points is None:
        budget = sum((ln.award or ZERO for ln in rule.lines), ZERO)
    loss_now = loss_best = ZERO
    seen = 0
    known_loss = False
    rid = _rid(rule)
    for ln in rule.lines:
        mark = marks.get(ln.id)
        if mark == "met":
            seen += 1
            continue
        value = (ln.award if awarding else ln.deduct) or ZERO
        loss_now += value
        if mark == "not_met":
            seen += 1
            loss_best += value
            known_loss = True
            tick = ln.award is None and ln.deduct is None
            lines.append(Explanation(code, rid, ln.text, -value, "未落实" if tick else ""))
        else:
            lines.append(Explanation(code, rid, ln.text, -value, pending=True))
    cap = rule.cap if rule.cap is not None else (budget if budget > 0 else None)
    if cap is not None:
        if loss_now > cap:
            unsure = loss_best < loss_now  # part of the excess only stands in for unticked lines
            excess = loss_now - cap
            lines.append(
                Explanation(code, rid, "扣完为止", excess, Lazy("最多扣{}分", cap), unsure)
            )
            loss_now = cap
        loss_best = min(loss_best, cap)
    state = KNOWN if seen == len(rule.lines) else (UNKNOWN if seen == 0 else PARTIAL)
    return (budget - loss_now, budget - loss_best, lines, state, known_loss, False)


def per_count(rule: m.PerCount, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = _budget(rule)
    count = fact.count if fact is not None else None
    if rule.source != "fact":
        count = ctx.counts.get(rule.source, count)
    if count is None:
        worst = _worst_deduction(rule.cap, budget, ctx)
        line = Explanation(
            code, _rid(rule), rule.text, -worst, "未填报次数，按最不利计", pending=True
        )
        return (budget - worst, budget, (line,), UNKNOWN, False, False)
    if not count:
        return (budget, budget, NO_LINES, KNOWN, False, False)
    loss = rule.points_each * count
    cap = rule.cap if rule.cap is not None else (budget if budget > 0 else None)
    if cap is not None and loss > cap:
        loss = cap
        detail = Lazy("{}{} × {}分，扣至上限{}分", count, rule.unit_label, rule.points_each, cap)
    else:
        detail = Lazy("{}{} × {}分", count, rule.unit_label, rule.points_each)
    line = Explanation(code, _rid(rule), rule.text, -loss, detail)
    loss = budget - loss
    return (loss, loss, (line,), KNOWN, True, False)


_ROUNDING = {"floor": ROUND_FLOOR, "ceil": ROUND_CEILING}


def shortfall(rule: m.Shortfall, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = _budget(rule)
    actual = fact.actual if fact is not None else None
    target = resolve_target(rule.target, fact, ctx)
    if actual is None or target is None:
        worst = _worst_deduction(rule.cap, budget, ctx)
        why = "未填报完成数" if actual is None else "缺少目标值"
        line = Explanation(code, _rid(rule), rule.text, -worst, why, pending=True)
        return (budget - worst, budget, (line,), UNKNOWN, False, False)
    detail: Detail
    if rule.measure == "completion_pct":
        achieved = actual * HUNDRED / target
        short = HUNDRED - achieved
        detail = Lazy("完成{}%", q(achieved, CENT))
    else:
        short = target - actual
        detail = Lazy("目标{}，实际{}", target, actual)
    if short <= 0:
        return (budget, budget, NO_LINES, KNOWN, False, False)
    steps = short / rule.step
    if rule.rounding != "exact":
        steps = steps.to_integral_value(rounding=_ROUNDING[rule.rounding])
    loss = steps * rule.points_each
    cap = rule.cap if rule.cap is not None else (budget if budget > 0 else None)
    if cap is not None and loss > cap:
        loss = cap
        detail = Lazy("{}，扣至上限{}分", detail, cap)
    loss = q(loss, ctx.precision)
    if not loss:
        return (budget, budget, NO_LINES, KNOWN, False, False)
    line = Explanation(code, _rid(rule), rule.text, -loss, detail)
    loss = budget - loss
    return (loss, loss, (line,), KNOWN, True, False)


# --------------------------------------------------------------------------- awards


def _award(rule: Any, earned: Decimal, budget: Decimal, code: str, detail: Detail) -> Outcome:
    loss = budget - earned
    if loss > 0:
        line = Explanation(code, _rid(rule), rule.text, -loss, detail)
        return (earned, earned, (line,), KNOWN, True, False)
    return (earned, earned, NO_LINES, KNOWN, False, False)


def _pending_award(
    rule: Any, budget: Decimal, code: str, why: Detail, low: Decimal = ZERO
) -> Outcome:
    line = Explanation(code, _rid(rule), rule.text, low - budget, why, pending=True)
    return (low, budget, (line,), UNKNOWN, False, False)


def proportional(rule: m.Proportional, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = _budget(rule)
    actual = fact.actual if fact is not None else None
    target = resolve_target(rule.target, fact, ctx)
    if actual is None:
        return _pending_award(rule, budget, code, "未填报完成数")
    if target is None:
        return _pending_award(rule, budget, code, "缺少目标值（请选择单位或填写目标）")
    ratio = actual / target
    if ratio >= ONE:
        return (budget, budget, NO_LINES, KNOWN, False, False)
    detail = Lazy("完成{}/{}={}%", actual, target, q(ratio * HUNDRED, CENT))
    if rule.floor_ratio is not None and ratio < rule.floor_ratio:
        floor = Lazy("{}，未达{}%不得分", detail, rule.floor_ratio * HUNDRED)
        return _award(rule, ZERO, budget, code, floor)
    return _award(rule, q(budget * ratio, ctx.precision), budget, code, detail)


def measure_value(
    measure: str, target: Any, fact: RuleFact | None, ctx: Ctx
) -> tuple[Decimal | None, Detail]:
    """The number a tiers/growth/ranking rule compares, and a short description of it."""
    if fact is None:
        return None, "未填报"
    if measure == "value":
        value = fact.value if fact.value is not None else fact.actual
        return value, ("未填报" if value is None else Lazy("实际{}", value))
    if measure == "completion_pct":
        t = resolve_target(target, fact, ctx)
        if fact.actual is None or t is None:
            return None, "未填报完成数" if fact.actual is None else "缺少目标值"
        value = fact.actual * HUNDRED / t
        return value, Lazy("完成率{}%", q(value, CENT))
    if fact.actual is None or fact.last_year is None:
        return None, "需要本年数和上年数"
    if measure == "growth_abs":
        diff = fact.actual - fact.last_year
        return diff, Lazy("比上年{}{}", "+" if diff >= 0 else "", diff)
    if fact.last_year == 0:
        ctx.problems.append("上年数为0，无法计算增长率")
        return None, "上年数为0，无法计算增长率"
    growth = (fact.actual - fact.last_year) * HUNDRED / fact.last_year
    return growth, Lazy("比上年增长{}%", q(growth, CENT))


def pick_tier(tiers: list[m.Tier], value: Decimal) -> m.Tier | None:
    best: m.Tier | None = None
    for tier in tiers:
        ok = value >= tier.min if tier.inclusive else value > tier.min
        if ok and (best is None or tier.points > best.points):
            best = tier
    return best


def tiers(rule: m.Tiers | m.Growth, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = rule.points if rule.points is not None else max(t.points for t in rule.tiers)
    target = rule.target if isinstance(rule, m.Tiers) else None
    value, detail = measure_value(rule.measure, target, fact, ctx)
    if value is None:
        return _pending_award(rule, budget, code, detail)
    tier = pick_tier(rule.tiers, value)
    earned = min(tier.points, budget) if tier is not None else ZERO
    return _award(rule, earned, budget, code, detail)


def all_or_nothing(rule: m.AllOrNothing, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = _budget(rule)
    if rule.target is not None or (fact is not None and fact.target is not None):
        target = resolve_target(rule.target, fact, ctx)
        actual = fact.actual if fact is not None else None
        if actual is None or target is None:
            return _pending_award(
                rule, budget, code, "未填报完成数" if actual is None else "缺少目标值"
            )
        if actual >= target:
            return (budget, budget, NO_LINES, KNOWN, False, False)
        return _award(rule, ZERO, budget, code, Lazy("目标{}，实际{}", target, actual))
    status = fact.status if fact is not None else None
    if status == "met":
        return (budget, budget, NO_LINES, KNOWN, False, False)
    if status == "not_met":
        return _award(rule, ZERO, budget, code, "未达到")
    return _pending_award(rule, budget, code, "未评估")


def ranking(rule: m.Ranking, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = _budget(rule)
    if ctx.group is None or ctx.group not in rule.steps:
        return _pending_award(rule, budget, code, "本单位不在排名分组中（请选择单位）")
    if rule.gate is not None:
        status = fact.status if fact is not None else None
        if status == "not_met":
            return _award(rule, ZERO, budget, code, f"未{rule.gate}，不参加排名")
        if status != "met":
            return _pending_award(rule, budget, code, f"待确认是否{rule.gate}")
    value, detail = measure_value(rule.measure, rule.target, fact, ctx)
    if value is None and fact is not None and fact.group and ctx.unit_id in fact.group:
        value = fact.group[ctx.unit_id]
        detail = Lazy("{}", value)
    if value is None:
        return _pending_award(rule, budget, code, detail)
    if rule.eligible_min is not None and value < rule.eligible_min:
        return _award(rule, ZERO, budget, code, Lazy("{}，未完成任务不参加排名", detail))
    others = fact.group if fact is not None and fact.group else None
    if not others:
        return _pending_award(rule, budget, code, Lazy("{}，待同组排名数据", detail))
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
    return _award(rule, earned, budget, code, Lazy("{}，组内第{}名", detail, higher + 1))


def nested_caps(rule: m.NestedCaps, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = _budget(rule)
    if rule.gate is not None:
        status = fact.status if fact is not None else None
        if status is None or status == "not_assessed":
            return _pending_award(rule, budget, code, "未评估")
        if status == "not_met":
            return _award(rule, ZERO, budget, code, rule.gate)
    deviations = fact.deviations if fact is not None and fact.deviations else {}
    lines: list[Explanation] = []
    loss_now = loss_best = ZERO
    seen = 0
    rid = _rid(rule)
    for ind in rule.indicators:
        dev = deviations.get(ind.id)
        if dev is None:
            loss_now += rule.indicator_cap
            lines.append(
                Explanation(code, rid, ind.text, -rule.indicator_cap, "未填报偏离度", pending=True)
            )
            continue
        seen += 1
        steps = (dev / rule.step_pct).to_integral_value(rounding=ROUND_FLOOR)
        loss = min(steps * rule.points_each, rule.indicator_cap)
        if loss:
            lines.append(Explanation(code, rid, ind.text, -loss, Lazy("偏离{}%", q(dev, CENT))))
        loss_now += loss
        loss_best += loss
    if loss_now > rule.total_cap:
        extra = loss_now - rule.total_cap
        lines.append(
            Explanation(code, rid, "总计扣完为止", extra, Lazy("最多扣{}分", rule.total_cap))
        )
    loss_now = min(loss_now, rule.total_cap)
    loss_best = min(loss_best, rule.total_cap)
    state = KNOWN if seen == len(rule.indicators) else (UNKNOWN if seen == 0 else PARTIAL)
    return (budget - loss_now, budget - loss_best, lines, state, loss_best > 0, False)


def graded_votes(rule: m.GradedVotes, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    budget = rule.points if rule.points is not None else max(rule.grades.values())
    votes: dict[str, int] = dict(fact.votes) if fact is not None and fact.votes else {}
    if fact is not None and fact.ballots:
        counted = _count_ballots(rule, fact.ballots, ctx)
        if not votes:
            votes = counted
    total = sum(votes.values())
    if total == 0:
        return _pending_award(rule, budget, code, "未录入评估票数")
    unknown = [g for g in votes if g not in rule.grades]
    if unknown:
        ctx.problems.append(
            f"item {code}: unknown grade {unknown[0]!r} (known: {', '.join(rule.grades)})"
        )
    points = sum((rule.grades.get(g, ZERO) * n for g, n in votes.items()), ZERO)
    average = q(points / total, ctx.precision)
    tally = "，".join(f"{g}{n}票" for g, n in votes.items())
    return _award(rule, min(average, budget), budget, code, Lazy("{}，平均{}分", tally, average))


def _count_ballots(rule: m.GradedVotes, ballots: list[Any], ctx: Ctx) -> dict[str, int]:
    counted: dict[str, int] = {}
    for ballot in ballots:
        given = list(ballot.grades.values())
        for grade, share in rule.quotas.items():
            used = sum(1 for g in given if g == grade)
            if not given:
                continue
            if rule.quota_rounding == "half_up":
                allowed = (share * len(given)).to_integral_value(rounding=ROUND_HALF_UP)
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
    budget = _budget(rule)
    score = fact.score if fact is not None else None
    if score is None:
        return _pending_award(rule, budget, code, "未评分", rule.min if rule.min > 0 else ZERO)
    if score < rule.min or score > budget:
        ctx.problems.append(
            f"item {code}: score {fmt_points(score)} is outside {fmt_points(rule.min)}..{fmt_points(budget)}"
        )
        score = min(max(score, rule.min), budget)
    return _award(rule, score, budget, code, Lazy("评定{}分", score))


def minimum(rule: m.Minimum, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    rid = _rid(rule)
    if fact is None or (fact.status is None and fact.actual is None):
        line = Explanation(code, rid, rule.text, ZERO, "未填报", pending=True)
        return (ZERO, ZERO, (line,), UNKNOWN, False, False)
    if fact.actual is not None and rule.per and fact.target is None:
        why = f"缺少{rule.per}个数（请填写 target）"
        line = Explanation(code, rid, rule.text, ZERO, why, pending=True)
        return (ZERO, ZERO, (line,), UNKNOWN, False, False)
    detail: Detail
    if fact.actual is not None:
        need = rule.minimum * (fact.target if rule.per and fact.target is not None else ONE)
        met = fact.actual >= need
        if need > 0:  # minimum 0: a value recorded for the report, not a requirement
            detail = Lazy(
                "实际{}{}，最低要求{}{}", fact.actual, rule.unit_label, need, rule.unit_label
            )
        else:
            detail = Lazy("实际{}{}", fact.actual, rule.unit_label)
    else:
        met = fact.status == "met"
        detail = "" if met else "未达到最低要求"
    if met:
        # Rated rubrics report what was achieved (funds, projects, people trained), not only gaps.
        shown = [Explanation(code, rid, rule.text, ZERO, detail)] if detail else []
        return (ZERO, ZERO, shown, KNOWN, False, False)
    line = Explanation(code, rid, rule.text, ZERO, detail)
    return (ZERO, ZERO, (line,), KNOWN, True, False)


def bonus(rule: m.Bonus, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    occurrences = fact.occurrences if fact is not None and fact.occurrences else {}
    lines: list[Explanation] = []
    gained = ZERO
    rid = _rid(rule)
    for level in rule.levels:
        n = occurrences.get(level.id, 0)
        if n:
            amount = level.points * n
            detail: Detail = Lazy("{}次 × {}分", n, level.points)
            if level.cap is not None and amount > level.cap:
                amount = level.cap
                detail = Lazy("{}，最多{}分", detail, level.cap)
            gained += amount
            lines.append(Explanation(code, rid, level.text, amount, detail))
    cap = rule.cap if rule.cap is not None else rule.points
    if cap is not None and gained > cap:
        lines.append(Explanation(code, rid, "加分上限", cap - gained, Lazy("最多加{}分", cap)))
        gained = cap
    # Unrecorded: nothing earned yet, but the cap is still attainable.
    best = cap if fact is None and cap is not None else gained
    return (gained, best, lines, KNOWN if fact is not None else UNKNOWN, False, False)


_SCOPE = {"item": "本项", "section": "本部分", "part": "本板块", "total": "总分"}


def override(rule: m.Veto | m.Negative, fact: RuleFact | None, ctx: Ctx, code: str) -> Outcome:
    """Veto and negative rules: only report whether the event happened."""
    if fact is None or not fact.triggered:
        return _QUIET
    if isinstance(rule, m.Negative):
        line = Explanation(code, _rid(rule), rule.text, -rule.penalty, "倒扣")
    else:
        what = (
            f"评价不得高于“{rule.grade_cap}”" if rule.grade_cap else f"{_SCOPE[rule.scope]}不得分"
        )
        line = Explanation(code, _rid(rule), rule.text, ZERO, f"一票否决：{what}")
    return (ZERO, ZERO, (line,), KNOWN, True, True)


Evaluator = Callable[[Any, RuleFact | None, Ctx, str], Outcome]

EVALUATORS: dict[str, Evaluator] = {
    "checklist": checklist,
    "per_count": per_count,
    "shortfall": shortfall,
    "proportional": proportional,
    "tiers": tiers,
    "growth": tiers,
    "all_or_nothing": all_or_nothing,
    "ranking": ranking,
    "nested_caps": nested_caps,
    "graded_votes": graded_votes,
    "manual": manual,
    "minimum": minimum,
    "bonus": bonus,
    "veto": override,
    "negative": override,
}
