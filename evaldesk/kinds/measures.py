"""The number a tiers, growth or ranking rule compares, read from a fact."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from evaldesk.kinds.base import HUNDRED, Context, Target, cents, target_of
from evaldesk.kinds.fact import RuleFact
from evaldesk.messages import Message, msg

Measure = Literal["value", "completion_pct", "growth_pct", "growth_abs"]

MESSAGES: dict[str, tuple[str, str]] = {
    "kind.measure.value": ("实际值", "the value"),
    "kind.measure.completion_pct": ("完成率(%)", "completion (%)"),
    "kind.measure.growth_pct": ("比上年增长率(%)", "growth on last year (%)"),
    "kind.measure.growth_abs": ("比上年增加数", "increase on last year"),
    "kind.measure.not_recorded": ("未填报", "not recorded"),
    "kind.measure.actual": ("实际{value}", "actual {value}"),
    "kind.measure.completion": ("完成率{pct}%", "{pct}% complete"),
    "kind.measure.needs_both_years": (
        "需要本年数和上年数",
        "needs this year's and last year's figures",
    ),
    "kind.measure.growth_abs_value": ("比上年{sign}{diff}", "{sign}{diff} on last year"),
    "kind.measure.growth_pct_value": ("比上年增长{pct}%", "{pct}% growth on last year"),
    "kind.measure.last_year_zero": (
        "上年数为0，无法计算增长率",
        "last year's figure is 0: no growth rate can be computed",
    ),
}


@dataclass(frozen=True, slots=True)
class Measured:
    """The compared number (None when it cannot be known yet), why, and a problem to fix."""

    value: Decimal | None
    detail: Message
    problem: Message | None = None


def measure(kind: Measure, target: Target | None, fact: RuleFact | None, ctx: Context) -> Measured:
    if fact is None:
        return Measured(None, msg("kind.measure.not_recorded"))
    if kind == "value":
        value = fact.value if fact.value is not None else fact.actual
        if value is None:
            return Measured(None, msg("kind.measure.not_recorded"))
        return Measured(value, msg("kind.measure.actual", value=value))
    actual = fact.actual
    if kind == "completion_pct":
        goal = target_of(target, fact, ctx)
        if actual is None or goal is None:
            return Measured(
                None, msg("kind.actual_missing" if actual is None else "kind.target_missing")
            )
        pct = actual * HUNDRED / goal
        return Measured(pct, msg("kind.measure.completion", pct=cents(pct)))
    last_year = fact.last_year
    if actual is None or last_year is None:
        return Measured(None, msg("kind.measure.needs_both_years"))
    if kind == "growth_abs":
        diff = actual - last_year
        sign = "+" if diff >= 0 else ""
        return Measured(diff, msg("kind.measure.growth_abs_value", sign=sign, diff=diff))
    if last_year == 0:
        zero = msg("kind.measure.last_year_zero")
        return Measured(None, zero, zero)
    growth = (actual - last_year) * HUNDRED / last_year
    return Measured(growth, msg("kind.measure.growth_pct_value", pct=cents(growth)))
