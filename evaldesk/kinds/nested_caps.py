"""Nested caps: "偏离实际数量每10%扣5分，单个指标扣完10分为止，总计扣完20分为止"."""

from __future__ import annotations

import random
from decimal import ROUND_FLOOR, Decimal
from typing import Any, Literal

from pydantic import Field

from evaldesk.kinds.base import (
    ZERO,
    Assessed,
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
    cents,
    earned,
    unrecorded,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.messages import Message, msg, plain


class Indicator(Part):
    id: str = Field(min_length=1, max_length=40)
    text: str


class NestedCaps(RuleModel):
    """Nested caps: "偏离实际数量每10%扣5分，单个指标扣完10分为止，总计扣完20分为止"."""

    kind: Literal["nested_caps"]
    gate: str | None = Field(
        default=None, description="Precondition wording; when not met the rule gives 0."
    )
    indicators: list[Indicator] = Field(min_length=1)
    step_pct: Decimal = Field(gt=0)
    points_each: Points
    indicator_cap: Points
    total_cap: Points


class NestedCapsKind(RuleKind[NestedCaps]):
    name = "nested_caps"
    model = NestedCaps
    role = "award"
    title = msg("kind.nested_caps.title")
    fact_fields = (
        FactField("status", msg("kind.field.precondition")),
        FactField("deviations", msg("kind.nested_caps.field.deviations")),
    )
    params = (
        Param("gate", "text", msg("kind.param.gate")),
        Param("indicators", "lines", msg("kind.nested_caps.param.indicators"), required=True),
        Param("step_pct", "decimal", msg("kind.nested_caps.param.step"), True, ZERO),
        Param("points_each", "decimal", msg("kind.nested_caps.param.points_each"), True, ZERO),
        Param("indicator_cap", "decimal", msg("kind.nested_caps.param.indicator_cap"), True, ZERO),
        Param("total_cap", "decimal", msg("kind.nested_caps.param.total_cap"), True, ZERO),
    )
    needs_budget = True
    messages = {
        "kind.nested_caps.title": ("偏离度分项封顶扣分", "Nested caps"),
        "kind.nested_caps.field.deviations": ("偏离度(%)", "deviation (%)"),
        "kind.nested_caps.param.indicators": ("指标", "indicators"),
        "kind.nested_caps.param.step": ("每偏离多少(%)", "per how many % of deviation"),
        "kind.nested_caps.param.points_each": ("扣分", "points deducted"),
        "kind.nested_caps.param.indicator_cap": ("单个指标最多扣分", "most per indicator"),
        "kind.nested_caps.param.total_cap": ("总计最多扣分", "most in all"),
        "kind.nested_caps.unrecorded": ("未填报偏离度", "deviation not recorded"),
        "kind.nested_caps.deviation": ("偏离{pct}%", "{pct}% off"),
        "kind.nested_caps.total_capped": ("总计扣完为止", "total cap reached"),
        "kind.nested_caps.total_cap": ("最多扣{cap}分", "at most {cap} points deducted"),
        "kind.nested_caps.describe": (
            "每偏离{step}%扣{each}分，单个指标最多扣{indicator_cap}分，总计最多扣{total_cap}分{budget}",
            "{each} points per {step}% off, at most {indicator_cap} per indicator and {total_cap} in all{budget}",
        ),
        "kind.nested_caps.unknown_indicator": (
            "没有编号为 {indicator} 的指标（已有：{known}）",
            "unknown indicator {indicator!r} (indicators: {known})",
        ),
    }

    def score(self, rule: NestedCaps, fact: RuleFact | None, ctx: Context) -> Outcome:
        if rule.gate is not None:
            status = fact.status if fact is not None else None
            if status == "not_met":
                return earned(rule, ctx, ZERO, plain(rule.gate))
            if status != "met":
                return unrecorded(rule, ctx, msg("kind.not_assessed"))
        deviations = (fact.deviations if fact is not None else None) or {}
        findings: list[Finding] = []
        loss_now = loss_best = ZERO
        recorded = 0
        for indicator in rule.indicators:
            deviation = deviations.get(indicator.id)
            if deviation is None:
                loss_now += rule.indicator_cap
                unknown = msg("kind.nested_caps.unrecorded")
                findings.append(Finding(plain(indicator.text), -rule.indicator_cap, unknown, True))
                continue
            recorded += 1
            steps = (deviation / rule.step_pct).to_integral_value(ROUND_FLOOR)
            loss = min(steps * rule.points_each, rule.indicator_cap)
            if loss:
                off = msg("kind.nested_caps.deviation", pct=cents(deviation))
                findings.append(Finding(plain(indicator.text), -loss, off))
            loss_now += loss
            loss_best += loss
        if loss_now > rule.total_cap:
            capped = msg("kind.nested_caps.total_cap", cap=rule.total_cap)
            findings.append(
                Finding(msg("kind.nested_caps.total_capped"), loss_now - rule.total_cap, capped)
            )
        loss_now = min(loss_now, rule.total_cap)
        loss_best = min(loss_best, rule.total_cap)
        now = ctx.budget - loss_now
        lost = loss_best > ZERO
        if recorded == len(rule.indicators):
            return Outcome(now, now, tuple(findings), "all", lost)
        assessed: Assessed = "none" if recorded == 0 else "some"
        return Outcome(now, ctx.budget - loss_best, tuple(findings), assessed, lost)

    def describe(self, rule: NestedCaps, rubric: RubricFacts) -> Message:
        budget = msg("kind.describe.budget", points=rule.points) if rule.points is not None else ""
        return msg(
            "kind.nested_caps.describe",
            step=rule.step_pct,
            each=rule.points_each,
            indicator_cap=rule.indicator_cap,
            total_cap=rule.total_cap,
            budget=budget,
        )

    def reads(self, rule: NestedCaps) -> frozenset[str]:
        return frozenset({"deviations"} | ({"status"} if rule.gate else set()))

    def fact_problems(self, rule: NestedCaps, fact: RuleFact, rubric: RubricFacts) -> list[Message]:
        known = sorted(ind.id for ind in rule.indicators)
        return [
            msg("kind.nested_caps.unknown_indicator", indicator=i, known=known)
            for i in (fact.deviations or {})
            if i not in known
        ]

    def rows(self, rule: NestedCaps, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        out: list[Row] = []
        if rule.gate:
            out.append(
                Row(
                    code,
                    rule_id,
                    self.name,
                    "status",
                    None,
                    rule.gate,
                    "status",
                    msg("kind.field.precondition"),
                    choice="gate",
                )
            )
        deviation = msg("kind.nested_caps.field.deviations")
        out.extend(
            Row(code, rule_id, self.name, "deviations", ind.id, ind.text, "decimal", deviation)
            for ind in rule.indicators
        )
        return out

    def demo_fact(
        self, rule: NestedCaps, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        return {"status": "met", "deviations": {ind.id: "4" for ind in rule.indicators}}

    def random_fact(self, rule: NestedCaps, rnd: random.Random) -> dict[str, Any] | None:
        return {
            "status": rnd.choice(["met", "not_met", "not_assessed"]),
            "deviations": {ind.id: rnd.randint(0, 40) for ind in rule.indicators},
        }

    def sample(self, n: int) -> dict[str, Any]:
        return {
            "kind": "nested_caps",
            "text": "每10%扣5分",
            "gate": "按时上传",
            "step_pct": 10,
            "points_each": 5,
            "indicator_cap": 10,
            "total_cap": 20,
            "indicators": [
                {"id": "a", "text": "甲"},
                {"id": "b", "text": "乙"},
                {"id": "c", "text": "丙"},
            ],
        }


KIND = NestedCapsKind()
