"""A minimum requirement checked against a value (rated rubrics): "至少到每个定点帮扶县调研考察一次".

It moves no points: a rated rubric's result is a grade, and an unmet minimum is listed for the
evaluator (and rules out the best grade where the rubric says so).
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
    Finding,
    Outcome,
    Param,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
    field_label,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.messages import Message, msg, plain


class Minimum(RuleModel):
    """A minimum requirement checked against a value (rated rubrics)."""

    kind: Literal["minimum"]
    minimum: Decimal = Decimal(1)
    per: str | None = Field(
        default=None, description="Name of the count the minimum applies to, e.g. '定点帮扶县'."
    )
    unit_label: str = ""


class MinimumKind(RuleKind[Minimum]):
    name = "minimum"
    model = Minimum
    role = "record"
    title = msg("kind.minimum.title")
    fact_fields = (
        FactField("status", msg("kind.field.status")),
        FactField("actual", msg("kind.field.actual")),
        FactField("target", msg("kind.minimum.field.per")),
    )
    params = (
        Param("minimum", "decimal", msg("kind.minimum.param.minimum"), minimum=ZERO),
        Param("per", "text", msg("kind.minimum.param.per")),
        Param("unit_label", "text", msg("kind.minimum.param.unit_label")),
    )
    messages = {
        "kind.minimum.title": ("最低要求", "Minimum requirement"),
        "kind.minimum.field.per": ("涉及个数", "how many it applies to"),
        "kind.minimum.field.per_count": ("{per}个数", "number of {per}"),
        "kind.minimum.field.reaching": ("达到要求的{per}数", "{per} that reach it"),
        "kind.minimum.param.minimum": ("最低数量", "minimum"),
        "kind.minimum.param.per": ("按什么计（如定点帮扶县）", "counted per (e.g. county)"),
        "kind.minimum.param.unit_label": ("单位", "unit"),
        "kind.minimum.not_recorded": ("未填报", "not recorded"),
        "kind.minimum.per_missing": (
            "缺少{per}个数（请填写 target）",
            "the number of {per} is missing (fill in target)",
        ),
        "kind.minimum.actual_vs_need": (
            "实际{actual}{unit}，最低要求{need}{unit}",
            "actual {actual} {unit}, at least {need} {unit} required",
        ),
        "kind.minimum.actual": ("实际{actual}{unit}", "actual {actual} {unit}"),
        "kind.minimum.not_reached": ("未达到最低要求", "the minimum is not reached"),
        "kind.minimum.describe.record": ("记录数值（{unit}）", "record the value ({unit})"),
        "kind.minimum.describe.record_plain": ("记录数值", "record the value"),
        "kind.minimum.describe.per": (
            "最低要求：每个{per}均达到（不少于{minimum}）",
            "minimum: every {per} reaches it (at least {minimum})",
        ),
        "kind.minimum.describe": (
            "最低要求：不少于{minimum}{unit}",
            "minimum: at least {minimum} {unit}",
        ),
    }

    def score(self, rule: Minimum, fact: RuleFact | None, ctx: Context) -> Outcome:
        actual = fact.actual if fact is not None else None
        status = fact.status if fact is not None and actual is None else None
        if actual is None and status is None:
            return _unrecorded(rule, msg("kind.minimum.not_recorded"))
        detail: Message | None
        if actual is not None:
            per_count = fact.target if fact is not None and rule.per else None
            if rule.per and per_count is None:
                return _unrecorded(rule, msg("kind.minimum.per_missing", per=rule.per))
            need = rule.minimum * (per_count if per_count is not None else Decimal(1))
            met = actual >= need
            if need > 0:  # a minimum of 0 records a value for the report; it requires nothing
                detail = msg(
                    "kind.minimum.actual_vs_need", actual=actual, unit=rule.unit_label, need=need
                )
            else:
                detail = msg("kind.minimum.actual", actual=actual, unit=rule.unit_label)
        else:
            met = status == "met"
            detail = None if met else msg("kind.minimum.not_reached")
        if met:
            # Rated rubrics report what was achieved (funds, projects, people trained), not only gaps.
            shown = (Finding(plain(rule.text), ZERO, detail),) if detail is not None else ()
            return Outcome(ZERO, ZERO, shown)
        return Outcome(ZERO, ZERO, (Finding(plain(rule.text), ZERO, detail),), lost=True)

    def takes_item_points(self, rule: Minimum) -> bool:
        return False

    def describe(self, rule: Minimum, rubric: RubricFacts) -> Message:
        if rule.minimum == 0:
            if rule.unit_label:
                return msg("kind.minimum.describe.record", unit=rule.unit_label)
            return msg("kind.minimum.describe.record_plain")
        if rule.per:
            # actual counts the 定点帮扶县 that reach the minimum, so the unit is theirs
            return msg("kind.minimum.describe.per", per=rule.per, minimum=rule.minimum)
        return msg("kind.minimum.describe", minimum=rule.minimum, unit=rule.unit_label)

    def rows(self, rule: Minimum, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        if rule.per:
            # "每个定点帮扶县至少…": actual counts the counties that reach it, target how many
            # counties there are; both are the office's to enter.
            per = msg("kind.minimum.field.per_count", per=rule.per)
            return [
                Row(
                    code,
                    rule_id,
                    self.name,
                    "actual",
                    None,
                    rule.text,
                    "decimal",
                    field_label(rule, "actual", msg("kind.minimum.field.reaching", per=rule.per)),
                ),
                Row(
                    code,
                    rule_id,
                    self.name,
                    "target",
                    None,
                    rule.text,
                    "decimal",
                    field_label(rule, "target", per),
                ),
            ]
        if rule.minimum != 1:
            return [
                Row(
                    code,
                    rule_id,
                    self.name,
                    "actual",
                    None,
                    rule.text,
                    "decimal",
                    field_label(rule, "actual", msg("kind.field.actual")),
                    target=rule.minimum,
                    unit_label=rule.unit_label,
                )
            ]
        return [
            Row(code, rule_id, self.name, "status", None, rule.text, "status", choice="require")
        ]

    def demo_fact(
        self, rule: Minimum, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        reached = max(Decimal(1), rule.minimum) + rnd.choice([0, 1, 2])
        if rule.per:  # every county reaches it: as many as there are
            return {"actual": str(reached), "target": str(reached)}
        return {"actual": str(reached)}

    def random_fact(self, rule: Minimum, rnd: random.Random) -> dict[str, Any] | None:
        return {"actual": rnd.randint(0, 3)}

    def sample(self, n: int) -> dict[str, Any]:
        return {"kind": "minimum", "text": "至少一次", "minimum": 1, "unit_label": "次"}


def _unrecorded(rule: Minimum, why: Message) -> Outcome:
    return Outcome(ZERO, ZERO, (Finding(plain(rule.text), ZERO, why, pending=True),), "none")


KIND = MinimumKind()
