"""Plausible facts for any rubric: most items met, a few points lost, some not yet assessed."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from evaldesk.rubrics import model as m


def _target(rule: Any) -> Decimal | None:
    target = getattr(rule, "target", None)
    return target if isinstance(target, Decimal) else None


def demo_rule_fact(rule: Any, rnd: random.Random) -> dict[str, Any] | None:
    """Facts for one rule, or None to leave it not assessed (or read from the ledger)."""
    kind = rule.kind
    if kind == "checklist":
        lines = {}
        for line in rule.lines:
            roll = rnd.random()
            lines[line.id] = (
                "met" if roll < 0.82 else ("not_met" if roll < 0.95 else "not_assessed")
            )
        return {"lines": lines}
    if kind == "per_count":
        return None if rule.source != "fact" else {"count": rnd.choice([0, 0, 0, 1, 2])}
    if kind in ("proportional", "shortfall", "all_or_nothing"):
        target = _target(rule)
        fact: dict[str, Any] = {}
        if target is None:
            target = Decimal(1000)
            fact["target"] = str(target)
        share = Decimal(rnd.choice(["0.97", "1", "1", "1.02", "0.985"]))
        fact["actual"] = str((target * share).quantize(Decimal("0.01")))
        if kind == "all_or_nothing" and rule.target is None:
            return {"status": "met"}
        return fact
    if kind == "minimum":
        return {"actual": str(max(Decimal(1), rule.minimum) + rnd.choice([0, 1, 2]))}
    if kind == "tiers":
        top = max(t.min for t in rule.tiers)
        return {"value": str(top if rnd.random() < 0.6 else rule.tiers[0].min)}
    if kind == "growth":
        return {"actual": "1035", "last_year": "1000"}
    if kind == "bonus":
        if rnd.random() < 0.5:
            return None
        return {"occurrences": {rule.levels[-1].id: 1}}
    if kind in ("veto", "negative"):
        return {"triggered": False}
    if kind == "nested_caps":
        return {"status": "met", "deviations": {ind.id: "4" for ind in rule.indicators}}
    if kind == "graded_votes":
        grades = list(rule.grades)
        votes = dict.fromkeys(grades, 0)
        votes[grades[0]] = 3
        if len(grades) > 1:
            votes[grades[1]] = 5
        return {"votes": votes}
    if kind == "manual":
        top = rule.points or Decimal(0)
        return {"score": str((top * Decimal("0.75")).quantize(Decimal("0.5")))}
    return None  # ranking needs the other units' values: left for the office to enter


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
