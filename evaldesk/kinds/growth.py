"""Growth against last year in tiers: "增加的得2分，增加1%到2%之间的再得1分，超过2%（含2%）的再得2分"."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from evaldesk.kinds.base import (
    Context,
    FactField,
    Outcome,
    Param,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
    Tier,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.kinds.tiers import describe_tiers, growth_rows, score_tiers
from evaldesk.messages import Message, msg


class Growth(RuleModel):
    """Growth against last year in tiers."""

    kind: Literal["growth"]
    measure: Literal["growth_pct", "growth_abs"] = "growth_pct"
    tiers: list[Tier] = Field(min_length=1)


class GrowthKind(RuleKind[Growth]):
    name = "growth"
    model = Growth
    role = "award"
    title = msg("kind.growth.title")
    fact_fields = (
        FactField("actual", msg("kind.field.this_year")),
        FactField("last_year", msg("kind.field.last_year")),
    )
    params = (
        Param(
            "measure",
            "choice",
            msg("kind.tiers.param.measure"),
            choices=("growth_pct", "growth_abs"),
        ),
        Param("tiers", "tiers", msg("kind.tiers.param.tiers"), required=True),
    )
    messages = {"kind.growth.title": ("比上年增长分档", "Growth on last year")}

    def natural_budget(self, rule: Growth) -> Decimal:
        return max(t.points for t in rule.tiers)

    def score(self, rule: Growth, fact: RuleFact | None, ctx: Context) -> Outcome:
        return score_tiers(rule, rule.tiers, rule.measure, None, fact, ctx)

    def max_award(self, rule: Growth, item_points: Decimal | None) -> Decimal | None:
        top = self.natural_budget(rule)
        return top if rule.points is None else max(top, rule.points)

    def describe(self, rule: Growth, rubric: RubricFacts) -> Message:
        budget = msg("kind.describe.budget", points=rule.points) if rule.points is not None else ""
        return msg(
            "kind.tiers.describe",
            measure=msg(f"kind.measure.{rule.measure}"),
            tiers=describe_tiers(rule.tiers),
            budget=budget,
        )

    def rows(self, rule: Growth, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        return growth_rows(self.name, rule, code, rule_id)

    def demo_fact(
        self, rule: Growth, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        return {"actual": "1035", "last_year": "1000"}

    def random_fact(self, rule: Growth, rnd: random.Random) -> dict[str, Any] | None:
        return {"actual": rnd.randint(9000, 11000), "last_year": 10000}

    def sample(self, n: int) -> dict[str, Any]:
        return {
            "kind": "growth",
            "text": "增长",
            "tiers": [
                {"min": 0, "inclusive": False, "points": 2},
                {"min": 1, "points": 3},
                {"min": 2, "points": 4},
            ],
        }


KIND = GrowthKind()
