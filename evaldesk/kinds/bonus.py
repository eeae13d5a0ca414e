"""Bonus per occurrence with an optional cap: "受到省委、省政府通报表彰的加3分/次"."""

from __future__ import annotations

import random
from collections import Counter
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from evaldesk.kinds.base import (
    ZERO,
    Context,
    FactField,
    Finding,
    Outcome,
    Param,
    Part,
    Points,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.messages import Message, msg, plain, semicolons


class BonusLevel(Part):
    id: str = Field(min_length=1, max_length=40)
    text: str
    points: Points
    cap: Points | None = Field(
        default=None, description='Most this level can add ("1项1分，最多2分").'
    )


class Bonus(RuleModel):
    """Bonus per occurrence with an optional cap: "受到省委、省政府通报表彰的加3分/次"."""

    kind: Literal["bonus"]
    levels: list[BonusLevel] = Field(min_length=1)
    cap: Points | None = None


class BonusKind(RuleKind[Bonus]):
    name = "bonus"
    model = Bonus
    role = "award"
    title = msg("kind.bonus.title")
    fact_fields = (FactField("occurrences", msg("kind.bonus.field.occurrences")),)
    params = (
        Param("levels", "levels", msg("kind.bonus.param.levels"), required=True),
        Param("cap", "decimal", msg("kind.bonus.param.cap"), minimum=ZERO),
    )
    messages = {
        "kind.bonus.title": ("按次加分", "Bonus per occurrence"),
        "kind.bonus.field.occurrences": ("次数", "times"),
        "kind.bonus.param.levels": ("各级表彰及每次加分", "levels and points per time"),
        "kind.bonus.param.cap": ("最多加分", "most points added"),
        "kind.bonus.times": ("{n}次 × {points}分", "{n} × {points} points"),
        "kind.bonus.times_capped": ("{detail}，最多{cap}分", "{detail}, at most {cap}"),
        "kind.bonus.cap_reached": ("加分上限", "bonus cap"),
        "kind.bonus.cap": ("最多加{cap}分", "at most {cap} points added"),
        "kind.bonus.describe": ("加分：{levels}{cap}", "bonus: {levels}{cap}"),
        "kind.bonus.describe.level": ("{text} +{points}/次{cap}", "{text} +{points} each{cap}"),
        "kind.bonus.describe.level_cap": ("（最多{cap}分）", " (at most {cap})"),
        "kind.bonus.describe.cap": ("，最多加{cap}分", "; at most {cap} in all"),
        "kind.bonus.duplicate_level": ("加分档编号重复", "duplicate level id"),
        "kind.bonus.unknown_level": (
            "没有编号为 {level} 的加分档（已有：{known}）",
            "unknown bonus level {level!r} (levels: {known})",
        ),
    }

    def score(self, rule: Bonus, fact: RuleFact | None, ctx: Context) -> Outcome:
        occurrences = (fact.occurrences if fact is not None else None) or {}
        findings: list[Finding] = []
        gained = ZERO
        for level in rule.levels:
            n = occurrences.get(level.id, 0)
            if not n:
                continue
            amount = level.points * n
            detail = msg("kind.bonus.times", n=n, points=level.points)
            if level.cap is not None and amount > level.cap:
                amount = level.cap
                detail = msg("kind.bonus.times_capped", detail=detail, cap=level.cap)
            gained += amount
            findings.append(Finding(plain(level.text), amount, detail))
        # Without a cap of its own, a bonus stops at its budget, if it has one.
        cap = rule.cap
        if cap is None and (rule.points is not None or ctx.budget):
            cap = ctx.budget
        if cap is not None and gained > cap:
            findings.append(
                Finding(msg("kind.bonus.cap_reached"), cap - gained, msg("kind.bonus.cap", cap=cap))
            )
            gained = cap
        if fact is None:  # nothing earned yet, but the cap is still attainable
            return Outcome(gained, cap if cap is not None else gained, tuple(findings), "none")
        return Outcome(gained, gained, tuple(findings))

    def max_award(self, rule: Bonus, item_points: Decimal | None) -> Decimal | None:
        return rule.cap if rule.cap is not None else rule.points

    def describe(self, rule: Bonus, rubric: RubricFacts) -> Message:
        levels = semicolons(
            msg(
                "kind.bonus.describe.level",
                text=level.text[:16] + "…",
                points=level.points,
                cap=msg("kind.bonus.describe.level_cap", cap=level.cap)
                if level.cap is not None
                else "",
            )
            for level in rule.levels
        )
        cap = msg("kind.bonus.describe.cap", cap=rule.cap) if rule.cap is not None else ""
        return msg("kind.bonus.describe", levels=levels, cap=cap)

    def problems(self, rule: Bonus, rubric: RubricFacts) -> tuple[list[Message], list[Message]]:
        if any(n > 1 for n in Counter(lv.id for lv in rule.levels).values()):
            return [msg("kind.bonus.duplicate_level")], []
        return [], []

    def fact_problems(self, rule: Bonus, fact: RuleFact, rubric: RubricFacts) -> list[Message]:
        known = sorted(lv.id for lv in rule.levels)
        return [
            msg("kind.bonus.unknown_level", level=level, known=known)
            for level in (fact.occurrences or {})
            if level not in known
        ]

    def rows(self, rule: Bonus, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        return [
            Row(
                code,
                rule_id,
                self.name,
                "occurrences",
                level.id,
                level.text,
                "int",
                msg("kind.bonus.field.occurrences"),
                effect=level.points,
            )
            for level in rule.levels
        ]

    def demo_fact(
        self, rule: Bonus, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        if rnd.random() < 0.5:
            return None
        return {"occurrences": {rule.levels[-1].id: 1}}

    def random_fact(self, rule: Bonus, rnd: random.Random) -> dict[str, Any] | None:
        return {"occurrences": {lv.id: rnd.randint(0, 2) for lv in rule.levels}}

    def sample(self, n: int) -> dict[str, Any]:
        return {
            "kind": "bonus",
            "text": "加分",
            "levels": [
                {"id": "n", "text": "国家", "points": 5},
                {"id": "p", "text": "省", "points": 3},
            ],
        }


KIND = BonusKind()
