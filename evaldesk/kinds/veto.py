"""One-vote veto (一票否决): zeroes its scope (the item, its section, its part or the total), or
caps the grade instead ("不得评为好")."""

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
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.messages import Message, msg, plain

Scope = Literal["item", "section", "part", "total"]


class Veto(RuleModel):
    """One-vote veto (一票否决): zeroes its scope, or caps the rating (rules out 好)."""

    kind: Literal["veto"]
    scope: Scope = "item"
    grade_cap: str | None = Field(
        default=None, description="Instead of zeroing: the best grade still possible."
    )


class VetoKind(RuleKind[Veto]):
    name = "veto"
    model = Veto
    role = "override"
    title = msg("kind.veto.title")
    fact_fields = (FactField("triggered", msg("kind.field.triggered")),)
    params = (
        Param(
            "scope",
            "choice",
            msg("kind.veto.param.scope"),
            choices=("item", "section", "part", "total"),
        ),
        Param("grade_cap", "text", msg("kind.veto.param.grade_cap")),
    )
    section_rule = True
    whole_rule = True
    messages = {
        "kind.veto.title": ("一票否决", "Veto"),
        "kind.veto.param.scope": ("否决范围", "what it zeroes"),
        "kind.veto.param.grade_cap": ("或：最高等次", "or: the best grade left"),
        "kind.veto.scope.item": ("本项", "this item"),
        "kind.veto.scope.section": ("本部分", "this section"),
        "kind.veto.scope.part": ("本板块", "this part"),
        "kind.veto.scope.total": ("总分", "the total"),
        "kind.veto.zeroes": ("一票否决：{scope}不得分", "veto: {scope} scores nothing"),
        "kind.veto.caps": (
            "一票否决：评价不得高于“{grade}”",
            "veto: the grade cannot be better than “{grade}”",
        ),
        "kind.veto.unknown_grade": (
            "grade_cap “{grade}” 不是本细则的等次",
            "grade_cap {grade!r} is not a grade of this rubric",
        ),
    }

    def effect_text(self, rule: Veto) -> Message:
        if rule.grade_cap:
            return msg("kind.veto.caps", grade=rule.grade_cap)
        return msg("kind.veto.zeroes", scope=msg(f"kind.veto.scope.{rule.scope}"))

    def score(self, rule: Veto, fact: RuleFact | None, ctx: Context) -> Outcome:
        if fact is None or not fact.triggered:
            return Outcome(ZERO, ZERO)
        finding = Finding(plain(rule.text), ZERO, self.effect_text(rule))
        if rule.grade_cap:
            does = Override(grade_cap=rule.grade_cap)
        elif rule.scope == "item":
            does = Override(item_score=ZERO)
        else:
            does = Override(scope=rule.scope)
        return Outcome(ZERO, ZERO, (finding,), lost=True, override=does)

    def takes_item_points(self, rule: Veto) -> bool:
        return False

    def describe(self, rule: Veto, rubric: RubricFacts) -> Message:
        return self.effect_text(rule)

    def problems(self, rule: Veto, rubric: RubricFacts) -> tuple[list[Message], list[Message]]:
        if rule.grade_cap and rule.grade_cap not in rubric.grade_names:
            return [msg("kind.veto.unknown_grade", grade=rule.grade_cap)], []
        return [], []

    def rows(self, rule: Veto, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        return [
            Row(code, rule_id, self.name, "triggered", None, rule.text, "event", choice="event")
        ]

    def demo_fact(
        self, rule: Veto, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        return {"triggered": False}

    def random_fact(self, rule: Veto, rnd: random.Random) -> dict[str, Any] | None:
        return {"triggered": rnd.random() < 0.1}

    def sample(self, n: int) -> dict[str, Any]:
        return {"kind": "veto", "text": "此项不得分"}


KIND = VetoKind()
