"""One evaluator per rule kind, and what each needs prepared once per rubric.

The evaluators live in :mod:`rule_deductions` and :mod:`rule_awards`; :mod:`rule_base` says
what they share (the :data:`Outcome` they return, the :class:`Ctx` they read).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from evaldesk.scoring.facts import RuleFact
from evaldesk.scoring.rule_awards import (
    all_or_nothing,
    bonus,
    graded_votes,
    manual,
    measure_value,
    minimum,
    pick_tier,
    prepare_graded_votes,
    prepare_tiers,
    proportional,
    ranking,
    tiers,
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
    pct,
    q,
    resolve_target,
)
from evaldesk.scoring.rule_deductions import (
    checklist,
    nested_caps,
    override,
    per_count,
    prepare_checklist,
    prepare_per_count,
    shortfall,
)

__all__ = [
    "CENT",
    "EVALUATORS",
    "HUNDRED",
    "KNOWN",
    "NO_LINES",
    "ONE",
    "PARTIAL",
    "UNKNOWN",
    "ZERO",
    "Ctx",
    "Evaluator",
    "Outcome",
    "measure_value",
    "pct",
    "pick_tier",
    "prepare",
    "q",
    "resolve_target",
]

#: Called as ``evaluate(prepare(rule), fact, ctx, item_code)``.
Evaluator = Callable[[Any, RuleFact | None, Ctx, str], Outcome]

EVALUATORS: dict[str, Evaluator] = {
    "checklist": checklist,
    "per_count": per_count,
    "shortfall": shortfall,
    "proportional": proportional,
    "tiers": tiers,
    "growth": tiers,
    "all_or_nothing": all_or_nothing,
    "ranking": ranking,
    "nested_caps": nested_caps,
    "graded_votes": graded_votes,
    "manual": manual,
    "minimum": minimum,
    "bonus": bonus,
    "veto": override,
    "negative": override,
}

_PREPARE: dict[str, Callable[[Any], Any]] = {
    "checklist": prepare_checklist,
    "per_count": prepare_per_count,
    "tiers": prepare_tiers,
    "growth": prepare_tiers,
    "graded_votes": prepare_graded_votes,
}


def prepare(rule: Any) -> Any:
    """What the rule's evaluator takes as its first argument: a spec, or the rule itself."""
    make = _PREPARE.get(rule.kind)
    return rule if make is None else make(rule)
