"""Deduction per step of shortfall: "每少一个百分点扣1分", "每少10人扣1分", "有效率每低1个百分点扣0.5分"."""

from __future__ import annotations

import random
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any, Literal

from pydantic import Field

from evaldesk.kinds.base import (
    HUNDRED,
    ZERO,
    Context,
    FactField,
    Finding,
    Outcome,
    Param,
    Points,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
    Target,
    cents,
    full,
    q,
    target_of,
    worst_loss,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.kinds.proportional import completion_demo
from evaldesk.kinds.targets import describe_target, target_problems, target_row_fields
from evaldesk.messages import Message, msg, plain

_ROUNDING = {"floor": ROUND_FLOOR, "ceil": ROUND_CEILING}


class Shortfall(RuleModel):
    """Deduction per step of shortfall: "每少一个百分点扣1分", "每少10人扣1分"."""

    kind: Literal["shortfall"]
    measure: Literal["completion_pct", "units", "value"] = Field(
        description="completion_pct: 100*actual/target; units: target-actual; value: required level minus actual level."
    )
    target: Target | None = None
    step: Points = Field(default=Decimal(1), gt=0)
    points_each: Points
    cap: Points | None = None
    rounding: Literal["floor", "exact", "ceil"] = Field(
        default="floor", description="floor counts whole steps only (每少10人: 15 short = 1 step)."
    )


class ShortfallKind(RuleKind[Shortfall]):
    name = "shortfall"
    model = Shortfall
    role = "deduction"
    title = msg("kind.shortfall.title")
    fact_fields = (
        FactField("actual", msg("kind.field.actual")),
        FactField("target", msg("kind.field.target")),
    )
    params = (
        Param(
            "measure",
            "choice",
            msg("kind.shortfall.param.measure"),
            True,
            choices=("completion_pct", "units", "value"),
        ),
        Param("target", "decimal", msg("kind.param.target"), minimum=ZERO),
        Param("step", "decimal", msg("kind.shortfall.param.step"), minimum=ZERO),
        Param("points_each", "decimal", msg("kind.shortfall.param.points_each"), True, ZERO),
        Param("cap", "decimal", msg("kind.param.cap"), minimum=ZERO),
        Param(
            "rounding",
            "choice",
            msg("kind.shortfall.param.rounding"),
            choices=("floor", "exact", "ceil"),
        ),
    )
    section_rule = True
    messages = {
        "kind.shortfall.title": ("按差额扣分", "Per step of shortfall"),
        "kind.shortfall.param.measure": ("比较什么", "what is compared"),
        "kind.shortfall.param.step": ("每少多少算一档", "size of one step"),
        "kind.shortfall.param.points_each": ("每档扣分", "points per step"),
        "kind.shortfall.param.rounding": ("不足一档时", "part of a step"),
        "kind.shortfall.done_pct": ("完成{pct}%", "{pct}% done"),
        "kind.shortfall.levels": ("目标{target}，实际{actual}", "target {target}, actual {actual}"),
        "kind.shortfall.capped": ("{detail}，扣至上限{cap}分", "{detail}, capped at {cap}"),
        "kind.shortfall.describe": (
            "按{measure}差额，每{step}扣{each}分{target}{cap}{budget}",
            "by the shortfall in {measure}: {each} points per {step}{target}{cap}{budget}",
        ),
        "kind.shortfall.measure.completion_pct": ("完成率(%)", "completion (%)"),
        "kind.shortfall.measure.units": ("差额", "units short"),
        "kind.shortfall.measure.value": ("实际值", "the value"),
        "kind.shortfall.no_target": (
            "没有目标值，须随数据填写",
            "no target; it must be entered with the facts",
        ),
    }

    def score(self, rule: Shortfall, fact: RuleFact | None, ctx: Context) -> Outcome:
        actual = fact.actual if fact is not None else None
        target = target_of(rule.target, fact, ctx)
        if actual is None or target is None:
            worst = worst_loss(rule.cap, ctx)
            why = msg("kind.actual_missing" if actual is None else "kind.target_missing")
            finding = Finding(plain(rule.text), -worst, why, pending=True)
            return Outcome(ctx.budget - worst, ctx.budget, (finding,), "none")
        detail: Message
        if rule.measure == "completion_pct":
            achieved = actual * HUNDRED / target
            short = HUNDRED - achieved
            detail = msg("kind.shortfall.done_pct", pct=cents(achieved))
        else:
            short = target - actual
            detail = msg("kind.shortfall.levels", target=target, actual=actual)
        if short <= ZERO:
            return full(ctx)
        steps = short / rule.step
        if rule.rounding in _ROUNDING:
            steps = steps.to_integral_value(_ROUNDING[rule.rounding])
        loss = steps * rule.points_each
        cap = rule.cap if rule.cap is not None else (ctx.budget if ctx.budget > ZERO else None)
        if cap is not None and loss > cap:
            loss = cap
            detail = msg("kind.shortfall.capped", detail=detail, cap=cap)
        loss = q(loss, ctx.precision)
        if not loss:
            return full(ctx)
        left = ctx.budget - loss
        return Outcome(left, left, (Finding(plain(rule.text), -loss, detail),), lost=True)

    def shares_budget(self, rule: Shortfall) -> bool:
        return True

    def describe(self, rule: Shortfall, rubric: RubricFacts) -> Message:
        cap = (
            msg("kind.describe.cap", cap=rule.cap)
            if rule.cap is not None
            else msg("kind.describe.until_zero")
        )
        budget = msg("kind.describe.budget", points=rule.points) if rule.points is not None else ""
        return msg(
            "kind.shortfall.describe",
            measure=msg(f"kind.shortfall.measure.{rule.measure}"),
            step=rule.step,
            each=rule.points_each,
            target=describe_target(rule.target),
            cap=cap,
            budget=budget,
        )

    def problems(self, rule: Shortfall, rubric: RubricFacts) -> tuple[list[Message], list[Message]]:
        warnings = []
        if rule.measure in ("units", "value") and rule.target is None:
            warnings.append(msg("kind.shortfall.no_target"))
        return target_problems(rule.target, rubric), warnings

    def rows(self, rule: Shortfall, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        return target_row_fields(self.name, rule, rule.target, code, rule_id, ctx)

    def demo_fact(
        self, rule: Shortfall, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        return completion_demo(rule.target, rnd, ctx)

    def random_fact(self, rule: Shortfall, rnd: random.Random) -> dict[str, Any] | None:
        return {"actual": str(Decimal(rnd.randint(0, 2000)) / 10)}

    def sample(self, n: int) -> dict[str, Any]:
        return {
            "kind": "shortfall",
            "text": "每少一个百分点扣1分",
            "measure": "completion_pct",
            "target": 100,
            "points_each": 1,
        }


KIND = ShortfallKind()
