"""All or nothing: "完成得满分，未完成的不得分"; met by a tick, or by actual >= target."""

from __future__ import annotations

import random
from typing import Any, Literal

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
    earned,
    full,
    target_of,
    unrecorded,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.kinds.proportional import completion_demo
from evaldesk.kinds.targets import describe_target, target_problems, target_row_fields
from evaldesk.messages import Message, msg


class AllOrNothing(RuleModel):
    """All or nothing: "完成得满分，未完成的不得分"; met by a tick or by actual >= target."""

    kind: Literal["all_or_nothing"]
    target: Target | None = None


class AllOrNothingKind(RuleKind[AllOrNothing]):
    name = "all_or_nothing"
    model = AllOrNothing
    role = "award"
    title = msg("kind.all_or_nothing.title")
    fact_fields = (
        FactField("status", msg("kind.field.status")),
        FactField("actual", msg("kind.field.actual")),
        FactField("target", msg("kind.field.target")),
    )
    params = (Param("target", "decimal", msg("kind.param.target"), minimum=ZERO),)
    needs_budget = True
    messages = {
        "kind.all_or_nothing.title": ("达到得满分，否则不得分", "All or nothing"),
        "kind.all_or_nothing.short": (
            "目标{target}，实际{actual}",
            "target {target}, actual {actual}",
        ),
        "kind.all_or_nothing.not_reached": ("未达到", "not reached"),
        "kind.all_or_nothing.describe": (
            "达到得满分，否则不得分{target}{budget}",
            "full points when reached, none otherwise{target}{budget}",
        ),
    }

    def score(self, rule: AllOrNothing, fact: RuleFact | None, ctx: Context) -> Outcome:
        entered_target = fact.target if fact is not None else None
        if entered_target is not None or rule.target is not None:
            target = target_of(rule.target, fact, ctx)
            actual = fact.actual if fact is not None else None
            if actual is None or target is None:
                why = "kind.actual_missing" if actual is None else "kind.target_missing"
                return unrecorded(rule, ctx, msg(why))
            if actual >= target:
                return full(ctx)
            return earned(
                rule, ctx, ZERO, msg("kind.all_or_nothing.short", target=target, actual=actual)
            )
        status = fact.status if fact is not None else None
        if status == "met":
            return full(ctx)
        if status == "not_met":
            return earned(rule, ctx, ZERO, msg("kind.all_or_nothing.not_reached"))
        return unrecorded(rule, ctx, msg("kind.not_assessed"))

    def describe(self, rule: AllOrNothing, rubric: RubricFacts) -> Message:
        budget = msg("kind.describe.budget", points=rule.points) if rule.points is not None else ""
        return msg(
            "kind.all_or_nothing.describe", target=describe_target(rule.target), budget=budget
        )

    def problems(
        self, rule: AllOrNothing, rubric: RubricFacts
    ) -> tuple[list[Message], list[Message]]:
        return target_problems(rule.target, rubric), []

    def rows(self, rule: AllOrNothing, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        if rule.target is not None:
            return target_row_fields(self.name, rule, rule.target, code, rule_id, ctx)
        return [
            Row(
                code,
                rule_id,
                self.name,
                "status",
                None,
                rule.text,
                "status",
                effect=rule.points,
                choice="award",
            )
        ]

    def demo_fact(
        self, rule: AllOrNothing, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        fact = completion_demo(rule.target, rnd, ctx)  # draws like the others, so demos stay stable
        return fact if rule.target is not None else {"status": "met"}

    def random_fact(self, rule: AllOrNothing, rnd: random.Random) -> dict[str, Any] | None:
        if rule.target is not None:
            return {"actual": rnd.randint(50, 200)}
        return {"status": rnd.choice(["met", "not_met", "not_assessed"])}

    def sample(self, n: int) -> dict[str, Any]:
        return {"kind": "all_or_nothing", "text": "未完成不得分", "target": {"key": "tgt"}}


KIND = AllOrNothingKind()
