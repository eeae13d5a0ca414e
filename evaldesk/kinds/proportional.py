"""Proportional to completion, with an optional floor: "未完成按比例扣分，未达70%不得分"."""

from __future__ import annotations

import random
from decimal import ROUND_FLOOR, Decimal
from typing import Any, Literal

from pydantic import Field

from evaldesk.kinds.base import (
    HUNDRED,
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
    cents,
    earned,
    full,
    q,
    target_of,
    unrecorded,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.kinds.targets import (
    describe_target,
    target_in_force,
    target_problems,
    target_row_fields,
)
from evaldesk.messages import Message, msg


class Proportional(RuleModel):
    """Proportional to completion, with an optional floor: "未完成按比例扣分，未达70%不得分"."""

    kind: Literal["proportional"]
    target: Target | None = None
    floor_ratio: Decimal | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Below this completion ratio the score is 0, e.g. 0.7.",
    )


class ProportionalKind(RuleKind[Proportional]):
    name = "proportional"
    model = Proportional
    role = "award"
    title = msg("kind.proportional.title")
    fact_fields = (
        FactField("actual", msg("kind.field.actual")),
        FactField("target", msg("kind.field.target")),
    )
    params = (
        Param("target", "decimal", msg("kind.param.target"), minimum=ZERO),
        Param(
            "floor_ratio",
            "decimal",
            msg("kind.proportional.param.floor"),
            minimum=ZERO,
            maximum=Decimal(1),
        ),
    )
    needs_budget = True
    messages = {
        "kind.proportional.title": ("按完成比例得分", "Proportional to completion"),
        "kind.proportional.param.floor": (
            "最低完成比例（未达不得分）",
            "lowest completion that scores",
        ),
        "kind.proportional.done": (
            "完成{actual}/{target}={pct}%",
            "{actual} of {target} done = {pct}%",
        ),
        "kind.proportional.below_floor": (
            "{done}，未达{floor}%不得分",
            "{done}: below {floor}%, no points",
        ),
        "kind.proportional.describe": (
            "按完成比例得分{target}{floor}{budget}",
            "points in proportion to completion{target}{floor}{budget}",
        ),
        "kind.proportional.describe.floor": ("，未达{floor}%不得分", "; below {floor}% no points"),
    }

    def score(self, rule: Proportional, fact: RuleFact | None, ctx: Context) -> Outcome:
        actual = fact.actual if fact is not None else None
        if actual is None:
            return unrecorded(rule, ctx, msg("kind.actual_missing"))
        target = target_of(rule.target, fact, ctx)
        if target is None:
            return unrecorded(rule, ctx, msg("kind.target_missing_pick_unit"))
        ratio = actual / target
        if ratio >= 1:
            return full(ctx)
        done = msg(
            "kind.proportional.done", actual=actual, target=target, pct=cents(ratio * HUNDRED)
        )
        if rule.floor_ratio is not None and ratio < rule.floor_ratio:
            below = msg(
                "kind.proportional.below_floor", done=done, floor=rule.floor_ratio * HUNDRED
            )
            return earned(rule, ctx, ZERO, below)
        return earned(rule, ctx, q(ctx.budget * ratio, ctx.precision), done, short=True)

    def describe(self, rule: Proportional, rubric: RubricFacts) -> Message:
        floor = (
            msg("kind.proportional.describe.floor", floor=rule.floor_ratio * HUNDRED)
            if rule.floor_ratio is not None
            else ""
        )
        budget = msg("kind.describe.budget", points=rule.points) if rule.points is not None else ""
        return msg(
            "kind.proportional.describe",
            target=describe_target(rule.target),
            floor=floor,
            budget=budget,
        )

    def problems(
        self, rule: Proportional, rubric: RubricFacts
    ) -> tuple[list[Message], list[Message]]:
        return target_problems(rule.target, rubric), []

    def rows(self, rule: Proportional, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        return target_row_fields(self.name, rule, rule.target, code, rule_id, ctx)

    def demo_fact(
        self, rule: Proportional, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        return completion_demo(rule.target, rnd, ctx)

    def random_fact(self, rule: Proportional, rnd: random.Random) -> dict[str, Any] | None:
        return {"actual": str(Decimal(rnd.randint(0, 2000)) / 10)}

    def sample(self, n: int) -> dict[str, Any]:
        return {
            "kind": "proportional",
            "text": "未达70%不得分",
            "target": {"key": "tgt"},
            "floor_ratio": "0.7",
        }


def completion_demo(
    target: Target | None, rnd: random.Random, ctx: RowContext | None = None
) -> dict[str, Any]:
    """A plausible completion against the target the rubric gives the office's unit; where it
    gives none (no target, or no unit to read a table with) the demo records one itself."""
    fact: dict[str, Any] = {}
    given = target_in_force(target, ctx or RowContext())
    if given is None:
        given = Decimal(1000)
        fact["target"] = str(given)
    share = Decimal(rnd.choice(["0.97", "1", "1", "1.02", "0.985"]))
    # Counts of people, visits or trainings are whole: 2 × 0.97 is 1 training, not 1.94.
    step = Decimal(1) if given == given.to_integral_value() else Decimal("0.01")
    fact["actual"] = str((given * share).quantize(step, ROUND_FLOOR))
    return fact


KIND = ProportionalKind()
