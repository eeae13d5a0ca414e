"""One spec class per rule kind, and :func:`prepare`, which makes a rule's spec once per rubric.

The specs live in :mod:`rule_deductions` and :mod:`rule_awards`; :mod:`rule_base` says what
they share (:class:`RuleSpec`, the :data:`Outcome` its ``run`` returns, the :class:`Ctx` it
reads). The engine calls ``spec.run(fact, ctx, item_code)``: a method of a plain class, so a
compiled build dispatches it without a generic Python call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from evaldesk.scoring.rule_awards import (
    measure_value,
    pick_tier,
    prepare_all_or_nothing,
    prepare_bonus,
    prepare_graded_votes,
    prepare_manual,
    prepare_minimum,
    prepare_proportional,
    prepare_ranking,
    prepare_tiers,
)
from evaldesk.scoring.rule_base import (
    CENT,
    HUNDRED,
    KNOWN,
    NO_LINES,
    ONE,
    PARTIAL,
    UNKNOWN,
    ZERO,
    Ctx,
    Outcome,
    RuleSpec,
    pct,
    q,
    resolve_target,
)
from evaldesk.scoring.rule_deductions import (
    prepare_checklist,
    prepare_nested_caps,
    prepare_override,
    prepare_per_count,
    prepare_shortfall,
)

__all__ = [
    "CENT",
    "HUNDRED",
    "KNOWN",
    "NO_LINES",
    "ONE",
    "PARTIAL",
    "UNKNOWN",
    "ZERO",
    "Ctx",
    "Outcome",
    "RuleSpec",
    "measure_value",
    "pct",
    "pick_tier",
    "prepare",
    "q",
    "resolve_target",
]

_PREPARE: dict[str, Callable[[Any], RuleSpec]] = {
    "checklist": prepare_checklist,
    "per_count": prepare_per_count,
    "shortfall": prepare_shortfall,
    "proportional": prepare_proportional,
    "tiers": prepare_tiers,
    "growth": prepare_tiers,
    "all_or_nothing": prepare_all_or_nothing,
    "ranking": prepare_ranking,
    "nested_caps": prepare_nested_caps,
    "graded_votes": prepare_graded_votes,
    "manual": prepare_manual,
    "minimum": prepare_minimum,
    "bonus": prepare_bonus,
    "veto": prepare_override,
    "negative": prepare_override,
}


def prepare(rule: Any) -> RuleSpec:
    """The spec a rule is scored from (made once per rubric; the rule is not read again)."""
    return _PREPARE[rule.kind](rule)
