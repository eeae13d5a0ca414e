"""Negative score (倒扣): "不得分并倒扣5分" sets the item to −penalty when it happens."""

from __future__ import annotations

import random
from typing import Any, Literal

from pydantic import Field

from evaldesk.kinds.base import (
    ZERO,
    Context,
    FactField,
    Finding,
    Outcome,
    Override,
    Param,
    Points,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.messages import Message, msg, plain


class Negative(RuleModel):
    """Negative score (倒扣): "不得分并倒扣5分" sets the item to -penalty when it happens."""

    kind: Literal["negative"]
    penalty: Points = Field(ge=0)


class NegativeKind(RuleKind[Negative]):
    name = "negative"
    model = Negative
    role = "override"
    title = msg("kind.negative.title")
    fact_fields = (FactField("triggered", msg("kind.field.triggered")),)
    params = (Param("penalty", "decimal", msg("kind.negative.param.penalty"), True, ZERO),)
    messages = {
        "kind.negative.title": ("倒扣", "Negative score"),
        "kind.negative.param.penalty": ("倒扣分数", "points taken below zero"),
        "kind.negative.why": ("倒扣", "negative score"),
        "kind.negative.describe": (
            "发生即本项记−{penalty}分（倒扣）",
            "when it happens the item scores −{penalty}",
        ),
    }

    def score(self, rule: Negative, fact: RuleFact | None, ctx: Context) -> Outcome:
        if fact is None or not fact.triggered:
            return Outcome(ZERO, ZERO)
        finding = Finding(plain(rule.text), -rule.penalty, msg("kind.negative.why"))
        return Outcome(
            ZERO, ZERO, (finding,), lost=True, override=Override(item_score=-rule.penalty)
        )

    def takes_item_points(self, rule: Negative) -> bool:
        return False

    def describe(self, rule: Negative, rubric: RubricFacts) -> Message:
        return msg("kind.negative.describe", penalty=rule.penalty)

    def rows(self, rule: Negative, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        return [
            Row(
                code,
                rule_id,
                self.name,
                "triggered",
                None,
                rule.text,
                "event",
                effect=-rule.penalty,
                choice="event",
            )
        ]

    def demo_fact(
        self, rule: Negative, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        return {"triggered": False}

    def random_fact(self, rule: Negative, rnd: random.Random) -> dict[str, Any] | None:
        return {"triggered": rnd.random() < 0.1}

    def sample(self, n: int) -> dict[str, Any]:
        return {"kind": "negative", "text": "倒扣5分", "penalty": 5}


KIND = NegativeKind()
