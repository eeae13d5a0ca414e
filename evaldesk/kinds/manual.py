"""A score entered by the evaluator within bounds ("择优加分", indicator scores)."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any, Literal

from evaldesk.kinds.base import (
    ZERO,
    Context,
    FactField,
    Outcome,
    Param,
    Points,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
    earned,
    unrecorded,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.messages import Message, msg


class Manual(RuleModel):
    """A score entered by the evaluator within bounds ("择优加分", indicator scores)."""

    kind: Literal["manual"]
    min: Points = Decimal(0)


class ManualKind(RuleKind[Manual]):
    name = "manual"
    model = Manual
    role = "award"
    title = msg("kind.manual.title")
    fact_fields = (FactField("score", msg("kind.manual.field.score")),)
    params = (Param("min", "decimal", msg("kind.manual.param.min")),)
    needs_budget = True
    messages = {
        "kind.manual.title": ("评定分数", "Score entered"),
        "kind.manual.field.score": ("评定分数", "score"),
        "kind.manual.param.min": ("最低分", "lowest score"),
        "kind.manual.not_scored": ("未评分", "not scored"),
        "kind.manual.scored": ("评定{score}分", "scored {score}"),
        "kind.manual.out_of_bounds": (
            "项目 {code}：评分 {score} 超出 {low}–{high} 的范围",
            "item {code}: score {score} is outside {low}..{high}",
        ),
        "kind.manual.score_outside": (
            "评分 {score} 超出 {low}–{high} 的范围",
            "score {score} is outside {low}..{high}",
        ),
        "kind.manual.describe": ("评定分数 {low}–{high}", "score given {low}–{high}"),
        "kind.manual.item_points": ("本项分值", "the item's points"),
    }

    def score(self, rule: Manual, fact: RuleFact | None, ctx: Context) -> Outcome:
        given = fact.score if fact is not None else None
        if given is None:
            return unrecorded(rule, ctx, msg("kind.manual.not_scored"), max(rule.min, ZERO))
        problems: tuple[Message, ...] = ()
        if given < rule.min or given > ctx.budget:
            problems = (
                msg(
                    "kind.manual.out_of_bounds",
                    code=ctx.code,
                    score=given,
                    low=rule.min,
                    high=ctx.budget,
                ),
            )
            given = min(max(given, rule.min), ctx.budget)
        out = earned(rule, ctx, given, msg("kind.manual.scored", score=given))
        return Outcome(out.now, out.best, out.findings, out.assessed, out.lost, problems=problems)

    def describe(self, rule: Manual, rubric: RubricFacts) -> Message:
        high = rule.points if rule.points is not None else msg("kind.manual.item_points")
        return msg("kind.manual.describe", low=rule.min, high=high)

    def fact_problems(self, rule: Manual, fact: RuleFact, rubric: RubricFacts) -> list[Message]:
        if fact.score is None:
            return []
        top = rule.points
        if fact.score < rule.min or (top is not None and fact.score > top):
            high = top if top is not None else msg("kind.manual.item_points")
            return [msg("kind.manual.score_outside", score=fact.score, low=rule.min, high=high)]
        return []

    def rows(self, rule: Manual, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        return [
            Row(
                code,
                rule_id,
                self.name,
                "score",
                None,
                rule.text,
                "decimal",
                msg("kind.manual.field.score"),
                effect=rule.points,
            )
        ]

    def demo_fact(
        self, rule: Manual, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        top = rule.points or Decimal(0)
        return {"score": str((top * Decimal("0.75")).quantize(Decimal("0.5")))}

    def random_fact(self, rule: Manual, rnd: random.Random) -> dict[str, Any] | None:
        return {"score": str(Decimal(rnd.randint(0, 40)) / 10)}

    def sample(self, n: int) -> dict[str, Any]:
        return {"kind": "manual", "text": "择优"}


KIND = ManualKind()
