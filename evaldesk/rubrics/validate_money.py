"""Checks of a rubric's ``subsidies`` block against the rest of the rubric.

Errors: a reference to an item, rule, part or input that does not exist; a count taken from a
rule with no target where an over-target rate needs one; overlapping places. Warnings: places
with gaps (a place that earns nothing between two that do).
"""

from __future__ import annotations

from collections import Counter

from evaldesk.kinds.base import RuleModel
from evaldesk.rubrics import model as m
from evaldesk.rubrics.model_money import Condition, RuleRef, Subsidies


def _rule(rubric: m.Rubric, ref: RuleRef) -> RuleModel | None:
    item = rubric.item(ref.item)
    if item is None:
        return None
    return next((r for r in item.rules if r.id == ref.rule), None)


def _check_ref(rubric: m.Rubric, ref: RuleRef, where: str, errors: list[str]) -> RuleModel | None:
    if rubric.item(ref.item) is None:
        errors.append(f"{where}: item {ref.item!r} is not in the rubric")
        return None
    rule = _rule(rubric, ref)
    if rule is None:
        errors.append(f"{where}: item {ref.item} has no rule {ref.rule!r}")
    return rule


def _needs_target(rule: RuleModel | None, where: str, errors: list[str]) -> None:
    if rule is not None and getattr(rule, "target", None) is None:
        errors.append(
            f"{where}: rule {rule.id} ({rule.kind}) has no target; pick a rule with a target"
        )


def _check_conditions(
    rubric: m.Rubric,
    conditions: list[Condition],
    flags: set[str],
    where: str,
    errors: list[str],
) -> None:
    for condition in conditions:
        if condition.kind == "flag":
            if condition.flag is None:
                errors.append(f"{where}: a 'flag' condition needs 'flag' (an input id)")
            elif condition.flag not in flags:
                errors.append(f"{where}: flag {condition.flag!r} is not a flag input")
        if condition.kind == "reached":
            if not condition.rules:
                errors.append(f"{where}: a 'reached' condition needs 'rules'")
            for ref in condition.rules:
                _needs_target(_check_ref(rubric, ref, where, errors), where, errors)


def subsidy_problems(rubric: m.Rubric) -> tuple[list[str], list[str]]:
    block: Subsidies | None = rubric.subsidies
    errors: list[str] = []
    warnings: list[str] = []
    if block is None:
        return errors, warnings
    inputs = {i.id: i.kind for i in block.inputs}
    flags = {k for k, v in inputs.items() if v == "flag"}
    ids = [a.id for a in block.rank_awards] + [a.id for a in block.lump_sums]
    ids += [a.id for a in block.per_person] + list(inputs)
    for dupe, n in Counter(ids).items():
        if n > 1:
            errors.append(f"subsidies: id {dupe!r} is used {n} times")

    parts = {p.id for p in rubric.parts}
    sections = {s.code for s in rubric.sections}
    for award in block.rank_awards:
        where = f"subsidies {award.id}"
        ref = award.ranked_by
        known = {"part": parts, "section": sections, "item": {i.code for i in rubric.items()}}
        if ref.scope != "total" and ref.id not in known[ref.scope]:
            errors.append(f"{where}: ranked_by {ref.scope} {ref.id!r} is not in the rubric")
        _check_conditions(rubric, award.conditions, flags, where, errors)
        taken: set[int] = set()
        for band in sorted(award.places, key=lambda b: b.first):
            if band.last < band.first:
                errors.append(f"{where}: places {band.first}–{band.last} run backwards")
                continue
            span = set(range(band.first, band.last + 1))
            if span & taken:
                errors.append(f"{where}: place {min(span & taken)} is given two amounts")
            taken |= span
        if taken and taken != set(range(1, max(taken) + 1)):
            warnings.append(f"{where}: places are not consecutive from 1")

    for lump in block.lump_sums:
        where = f"subsidies {lump.id}"
        if (lump.amount is None) == (lump.scaled is None):
            errors.append(f"{where}: give exactly one of 'amount' or 'scaled'")
        if lump.scaled is not None:
            rule = _check_ref(rubric, lump.scaled.of, where, errors)
            if lump.scaled.measure == "target":
                _needs_target(rule, where, errors)
        _check_conditions(rubric, lump.conditions, flags, where, errors)

    for per in block.per_person:
        where = f"subsidies {per.id}"
        if (per.count is None) == (not per.inputs):
            errors.append(f"{where}: give exactly one of 'count' (a rule) or 'inputs'")
        if per.count is not None:
            rule = _check_ref(rubric, per.count, where, errors)
            if per.over_rate is not None:
                _needs_target(rule, where, errors)
        elif per.over_rate is not None:
            errors.append(f"{where}: 'over_rate' needs 'count' (a rule with a target)")
        for name in per.inputs:
            if inputs.get(name) != "count":
                errors.append(f"{where}: {name!r} is not a count input")
    return errors, warnings
