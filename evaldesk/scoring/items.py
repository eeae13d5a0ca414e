"""One item's score from its rules' outcomes (docs/rubric-format.md, "How an item is scored").

    clamp(start + Σ contribution(rule), 0, item points)

``start`` is the item's points no rule claims as its budget, so an item made only of deductions
starts full. Deductions that share one clause's budget (``budget_of``) lose at most that
budget. A triggered negative score or item veto decides the item outright; a veto of a wider
scope or a grade cap is handed back to the section as an escalation.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from evaldesk import kinds
from evaldesk.kinds.base import ZERO, Context, Finding, Override, RuleModel
from evaldesk.kinds.fact import RuleFact
from evaldesk.messages import msg
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import ReviewScores
from evaldesk.scoring.report import Explanation, ItemResult, ItemStatus

MESSAGES: dict[str, tuple[str, str]] = {
    "engine.item_floor": ("本项最低0分", "the item scores at least 0"),
    "engine.item_ceiling": ("不超过本项分值{points}分", "at most the item's {points} points"),
    "engine.pool_capped": ("本条分值扣完为止", "at most this clause's points are lost"),
}


def rule_key(rule: RuleModel, position: int) -> str:
    """The key a rule's facts are stored under: its id, else its position (1, 2, ...)."""
    return rule.id or str(position)


@dataclass(frozen=True, slots=True)
class ScoredItem:
    result: ItemResult
    #: triggered vetoes whose scope is wider than the item (section, part, total) or that cap
    #: the grade: the section applies them
    escalations: tuple[Override, ...] = ()


def explain(code: str, rule: str, found: tuple[Finding, ...]) -> list[Explanation]:
    return [Explanation(code, rule, f.wording, f.effect, f.detail, f.pending) for f in found]


@dataclass(frozen=True, slots=True)
class ItemPlan:
    """What scoring an item needs of its rules, worked out once per item: a rubric never changes
    once loaded, and every tick rescores every item."""

    #: (fact key, rule, kind) of the rules that add to or take from the item
    scoring: tuple[tuple[str, RuleModel, kinds.RuleKind[Any]], ...]
    #: (fact key, rule, kind) of the event rules (vetoes, negative scores)
    overrides: tuple[tuple[str, RuleModel, kinds.RuleKind[Any]], ...]
    #: the item's points, when its one scoring rule takes them as its own budget
    lone: Decimal | None
    #: the points no rule claims as its budget: an item made only of deductions starts full
    start: Decimal
    #: rule key -> the clause budget it shares with other rules (``budget_of``)
    sharing: dict[str, str]


_plans: dict[int, tuple[m.Item, ItemPlan]] = {}


def plan_of(item: m.Item) -> ItemPlan:
    hit = _plans.get(id(item))
    if hit is not None and hit[0] is item:  # the item is kept, so its id is not reused
        return hit[1]
    if len(_plans) >= 4096:
        _plans.clear()
    keyed = [(rule_key(r, n), r, kinds.of(r)) for n, r in enumerate(item.rules, start=1)]
    scoring = tuple(k for k in keyed if k[2].role != "override")
    lone = item.points if len(scoring) == 1 and scoring[0][1].points is None else None
    claimed = ZERO
    for _, rule, kind in scoring:
        if rule.points is not None:
            claimed += rule.points
        elif lone is not None and kind.takes_item_points(rule):
            claimed += lone
    plan = ItemPlan(
        scoring=scoring,
        overrides=tuple(k for k in keyed if k[2].role == "override"),
        lone=lone,
        start=ZERO if item.bonus else max(ZERO, (item.points or ZERO) - claimed),
        sharing={r.budget_of: r.budget_of for _, r, _ in keyed if r.budget_of is not None},
    )
    _plans[id(item)] = (item, plan)
    return plan


def score_item(
    item: m.Item,
    section: m.Section,
    facts: dict[str, RuleFact],
    ctx: Context,
    *,
    bonus: bool,
    evidence: int = 0,
    review: ReviewScores | None = None,
    interpretations: tuple[str, ...] = (),
) -> ScoredItem:
    code = item.code
    ctx.code, ctx.item_points = code, item.points or ZERO
    plan = plan_of(item)
    lone, sharing = plan.lone, plan.sharing
    now = best = plan.start

    explanations: list[Explanation] = []
    unmet: list[Explanation] = []
    problems = []
    pools: dict[str, list[Decimal]] = {}
    lost = unknown = False
    for key, rule, kind in plan.scoring:
        ctx.budget = kind.budget(rule, lone)
        out = kind.score(rule, facts.get(key), ctx)
        lines = explain(code, key, out.findings)
        explanations += lines
        if out.lost and kind.role == "record":
            unmet += lines
        problems += [p.located(item=code) for p in out.problems]
        lost = lost or out.lost
        unknown = unknown or out.assessed != "all"
        pool = rule.budget_of or sharing.get(key)
        if pool is None:
            now, best = now + out.now, best + out.best
        else:
            sums = pools.setdefault(pool, [ZERO, ZERO])
            sums[0] += out.now
            sums[1] += out.best
    for pool, (pool_now, pool_best) in pools.items():
        # One clause's deductions stop at its own budget ("扣完为止").
        if pool_now < 0:
            worst_only = pool_best > pool_now  # the worst case stands in for a missing fact
            explanations.append(
                Explanation(
                    code, pool, msg("kind.capped"), -pool_now, msg("engine.pool_capped"), worst_only
                )
            )
        now, best = now + max(ZERO, pool_now), best + max(ZERO, pool_best)

    decided: Decimal | None = None
    escalations: list[Override] = []
    for key, rule, kind in plan.overrides:
        ctx.budget = ZERO
        out = kind.score(rule, facts.get(key), ctx)
        if out.override is None:
            continue
        explanations += explain(code, key, out.findings)
        lost = True
        if out.override.item_score is not None:
            # A negative score (−penalty) wins over an item veto (0).
            score = out.override.item_score
            decided = score if decided is None else min(decided, score)
        else:
            escalations.append(out.override)

    if decided is not None:
        now = best = decided
    else:
        now, clamp_line = _clamp(code, now, item.points)
        best, _ = _clamp(code, best, item.points)
        if clamp_line is not None:
            explanations.append(clamp_line)

    status: ItemStatus = "not_met" if lost else ("not_assessed" if unknown else "met")
    result = ItemResult(
        code=code,
        title=item.title,
        section=section.code,
        max=item.points,
        score=now,
        best=best,
        status=status,
        pending=unknown,
        explanations=tuple(explanations),
        bonus=bonus,
        evidence_required=item.evidence_required and not bonus,
        evidence_attached=evidence,
        initial=review.initial if review is not None else None,
        final=review.final if review is not None else None,
        vetoed=decided is not None,
        problems=tuple(problems),
        unmet=tuple(unmet),
        interpretations=interpretations,
    )
    ctx.statuses[code] = status
    return ScoredItem(result, tuple(escalations))


def _clamp(code: str, value: Decimal, top: Decimal | None) -> tuple[Decimal, Explanation | None]:
    """The value within 0..top, and the line that says why it was cut ("扣完为止")."""
    if value < 0:
        return ZERO, Explanation(code, "", msg("kind.capped"), -value, msg("engine.item_floor"))
    if top is not None and value > top:
        return top, Explanation(code, "", msg("engine.item_ceiling", points=top), top - value)
    return value, None
