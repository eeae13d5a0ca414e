"""Threshold tiers: "调撤率达到10%的得1分 … 达到50%的得5分（低于10%不得分）".

The highest tier the measured value reaches gives its points (none reached: 0). ``measure``
says what is measured: a value, a completion rate against a target, or growth on last year.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from evaldesk.kinds.base import (
    ZERO,
    Context,
    FactField,
    Outcome,
    Param,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
    Target,
    Tier,
    earned,
    field_label,
    unrecorded,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.kinds.measures import Measure, measure
from evaldesk.kinds.targets import target_problems, target_row_fields
from evaldesk.messages import Message, Series, msg, semicolons


class Tiers(RuleModel):
    """Threshold tiers: "调撤率达到10%的得1分 … 达到50%的得5分（低于10%不得分）"."""

    kind: Literal["tiers"]
    measure: Measure = "value"
    target: Target | None = None
    tiers: list[Tier] = Field(min_length=1)


def reached(tiers: list[Tier], value: Decimal, budget: Decimal) -> Decimal:
    """The points of the highest tier ``value`` reaches (0 if none), at most ``budget``."""
    points = [t.points for t in tiers if (value >= t.min if t.inclusive else value > t.min)]
    return min(max(points), budget) if points else ZERO


def score_tiers(
    rule: RuleModel,
    tiers: list[Tier],
    kind: Measure,
    target: Target | None,
    fact: RuleFact | None,
    ctx: Context,
) -> Outcome:
    measured = measure(kind, target, fact, ctx)
    problems = (measured.problem,) if measured.problem is not None else ()
    if measured.value is None:
        out = unrecorded(rule, ctx, measured.detail)
    else:
        out = earned(rule, ctx, reached(tiers, measured.value, ctx.budget), measured.detail)
    return Outcome(out.now, out.best, out.findings, out.assessed, out.lost, problems=problems)


def describe_tiers(tiers: list[Tier]) -> Series:
    ordered = sorted(tiers, key=lambda t: (t.min, t.inclusive))
    return semicolons(
        msg("kind.tiers.describe.tier", op="≥" if t.inclusive else ">", min=t.min, points=t.points)
        for t in ordered
    )


def growth_rows(kind: str, rule: RuleModel, code: str, rule_id: str) -> list[Row]:
    this_year = field_label(rule, "actual", msg("kind.field.this_year"))
    last_year = field_label(rule, "last_year", msg("kind.field.last_year"))
    return [
        Row(code, rule_id, kind, "actual", None, rule.text, "decimal", this_year),
        Row(code, rule_id, kind, "last_year", None, rule.text, "decimal", last_year),
    ]


class TiersKind(RuleKind[Tiers]):
    name = "tiers"
    model = Tiers
    role = "award"
    title = msg("kind.tiers.title")
    fact_fields = (
        FactField("value", msg("kind.field.value")),
        FactField("actual", msg("kind.field.actual")),
        FactField("target", msg("kind.field.target")),
        FactField("last_year", msg("kind.field.last_year")),
    )
    params = (
        Param(
            "measure",
            "choice",
            msg("kind.tiers.param.measure"),
            choices=("value", "completion_pct", "growth_pct", "growth_abs"),
        ),
        Param("target", "decimal", msg("kind.param.target"), minimum=ZERO),
        Param("tiers", "tiers", msg("kind.tiers.param.tiers"), required=True),
    )
    messages = {
        "kind.tiers.title": ("分档得分", "Tiers"),
        "kind.tiers.param.measure": ("按什么分档", "what is measured"),
        "kind.tiers.param.tiers": ("各档门槛及得分", "thresholds and their points"),
        "kind.tiers.describe": (
            "按{measure}分档：{tiers}{budget}",
            "tiers by {measure}: {tiers}{budget}",
        ),
        "kind.tiers.describe.tier": ("{op}{min}得{points}分", "{op}{min}: {points} points"),
    }

    def natural_budget(self, rule: Tiers) -> Decimal:
        return max(t.points for t in rule.tiers)

    def score(self, rule: Tiers, fact: RuleFact | None, ctx: Context) -> Outcome:
        return score_tiers(rule, rule.tiers, rule.measure, rule.target, fact, ctx)

    def max_award(self, rule: Tiers, item_points: Decimal | None) -> Decimal | None:
        top = self.natural_budget(rule)
        return top if rule.points is None else max(top, rule.points)

    def describe(self, rule: Tiers, rubric: RubricFacts) -> Message:
        budget = msg("kind.describe.budget", points=rule.points) if rule.points is not None else ""
        return msg(
            "kind.tiers.describe",
            measure=msg(f"kind.measure.{rule.measure}"),
            tiers=describe_tiers(rule.tiers),
            budget=budget,
        )

    def problems(self, rule: Tiers, rubric: RubricFacts) -> tuple[list[Message], list[Message]]:
        return target_problems(rule.target, rubric), []

    def rows(self, rule: Tiers, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        if rule.measure in ("growth_pct", "growth_abs"):
            return growth_rows(self.name, rule, code, rule_id)
        if rule.measure == "completion_pct":
            return target_row_fields(self.name, rule, rule.target, code, rule_id, ctx)
        return [
            Row(
                code,
                rule_id,
                self.name,
                "value",
                None,
                rule.text,
                "decimal",
                field_label(rule, "value", msg("kind.field.value")),
            )
        ]

    def demo_fact(
        self, rule: Tiers, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        top = max(t.min for t in rule.tiers)
        return {"value": str(top if rnd.random() < 0.6 else rule.tiers[0].min)}

    def random_fact(self, rule: Tiers, rnd: random.Random) -> dict[str, Any] | None:
        return {"value": rnd.randint(0, 80)}

    def sample(self, n: int) -> dict[str, Any]:
        return {
            "kind": "tiers",
            "text": "分档",
            "tiers": [{"min": 10, "points": 1}, {"min": 30, "points": 3}, {"min": 50, "points": 5}],
        }


KIND = TiersKind()
