"""Plausible facts for any rubric: most items met, a few points lost, some not yet assessed."""

from __future__ import annotations

import random
from typing import Any

from evaldesk import kinds
from evaldesk.rubrics import model as m


def demo_rule_fact(rule: Any, rnd: random.Random) -> dict[str, Any] | None:
    """Facts for one rule, or None to leave it not assessed (or read from the ledger)."""
    return kinds.of(rule).demo_fact(rule, rnd)


def demo_facts(rubric: m.Rubric, rnd: random.Random) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(scope, code, rule id, fact) for most rules; about one item in eight is left open."""
    out: list[tuple[str, str, str, dict[str, Any]]] = []
    for item in rubric.items():
        if rnd.random() < 0.12:
            continue
        for index, rule in enumerate(item.rules, start=1):
            fact = demo_rule_fact(rule, rnd)
            if fact is not None:
                out.append(("item", item.code, rule.id or str(index), fact))
    for section in rubric.sections:
        for index, rule in enumerate(section.rules, start=1):
            fact = demo_rule_fact(rule, rnd)
            if fact is not None:
                out.append(("section", section.code, rule.id or str(index), fact))
    for index, rule in enumerate(rubric.rules, start=1):
        fact = demo_rule_fact(rule, rnd)
        if fact is not None:
            out.append(("whole", "", rule.id or str(index), fact))
    return out
