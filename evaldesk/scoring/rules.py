"""One spec class per rule kind, and :func:`prepare`, which makes a rule's spec once per rubric.

The specs live in :mod:`rule_deductions`, :mod:`rule_awards` and :mod:`rule_judged`; :mod:`rule_base` says what
they share (:class:`RuleSpec`, the :data:`Outcome` its ``run`` returns, the :class:`Ctx` it
reads). The engine calls ``spec.run(fact, ctx, item_code)``: a method of a plain class, so a
compiled build dispatches it without a generic Python call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from evaldesk.scoring.rule_awards import (
    prepare_all_or_nothing,
    prepare_bonus,
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
from evaldesk.scoring.rule_judged import prepare_graded_votes, prepare_manual

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
    "pct",
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
