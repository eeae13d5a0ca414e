"""Checks of a rubric's ``subsidies`` block against the rest of the rubric.

Errors: a reference to an item, rule, part or input that does not exist; a count taken from a
rule with no target where an over-target rate needs one; overlapping places. Warnings: places
with gaps (a place that earns nothing between two that do). Each problem is handed to
``error`` or ``warn`` with the spot it is at (the validator places it in the file).
"""

from __future__ import annotations

from collections import Counter

from evaldesk.kinds.base import RuleModel
from evaldesk.messages import msg
from evaldesk.rubrics import model as m
from evaldesk.rubrics.model_money import Condition, RuleRef, Subsidies
from evaldesk.rubrics.validate_rest import Report
from evaldesk.rubrics.where import Spot


def _rule(rubric: m.Rubric, ref: RuleRef) -> RuleModel | None:
    item = rubric.item(ref.item)
    if item is None:
        return None
    return next((r for r in item.rules if r.id == ref.rule), None)


def _check_ref(rubric: m.Rubric, ref: RuleRef, here: Spot, error: Report) -> RuleModel | None:
    if rubric.item(ref.item) is None:
        error(here, msg("rubric.subsidy.unknown_item", item=ref.item))
        return None
    rule = _rule(rubric, ref)
    if rule is None:
        error(here, msg("rubric.subsidy.unknown_rule", item=ref.item, rule=ref.rule))
    return rule


def _needs_target(rule: RuleModel | None, here: Spot, error: Report) -> None:
    if rule is not None and getattr(rule, "target", None) is None:
        error(here, msg("rubric.subsidy.needs_target", rule=rule.id, kind=rule.kind))


def _check_conditions(
    rubric: m.Rubric, conditions: list[Condition], flags: set[str], here: Spot, error: Report
) -> None:
    for index, condition in enumerate(conditions):
        at = here.child("conditions", index)
        if condition.kind == "flag":
            if condition.flag is None:
                error(at, msg("rubric.subsidy.flag_needs_flag"))
            elif condition.flag not in flags:
                error(at, msg("rubric.subsidy.not_a_flag", flag=condition.flag))
        if condition.kind == "reached":
            if not condition.rules:
                error(at, msg("rubric.subsidy.reached_needs_rules"))
            for ref in condition.rules:
                _needs_target(_check_ref(rubric, ref, at, error), at, error)


def subsidy_problems(rubric: m.Rubric, error: Report, warn: Report) -> None:
    block: Subsidies | None = rubric.subsidies
    if block is None:
        return
    top = Spot(("subsidies",), (msg("where.subsidies"),))
    inputs = {i.id: i.kind for i in block.inputs}
    flags = {k for k, v in inputs.items() if v == "flag"}
    ids = [a.id for a in block.rank_awards] + [a.id for a in block.lump_sums]
    ids += [a.id for a in block.per_person] + list(inputs)
    for dupe, n in Counter(ids).items():
        if n > 1:
            error(top, msg("rubric.subsidy.id_reused", id=dupe, n=n))

    parts = {p.id for p in rubric.parts}
    sections = {s.code for s in rubric.sections}
    for index, award in enumerate(block.rank_awards):
        here = _spot("rank_awards", index, award.id)
        ref = award.ranked_by
        known = {"part": parts, "section": sections, "item": {i.code for i in rubric.items()}}
        if ref.scope != "total" and ref.id not in known[ref.scope]:
            problem = msg("rubric.subsidy.ranked_by_unknown", scope=ref.scope, id=ref.id)
            error(here.child("ranked_by"), problem)
        _check_conditions(rubric, award.conditions, flags, here, error)
        taken: set[int] = set()
        for band in sorted(award.places, key=lambda b: b.first):
            if band.last < band.first:
                problem = msg("rubric.subsidy.places_backwards", first=band.first, last=band.last)
                error(here.child("places"), problem)
                continue
            span = set(range(band.first, band.last + 1))
            if span & taken:
                problem = msg("rubric.subsidy.place_twice", place=min(span & taken))
                error(here.child("places"), problem)
            taken |= span
        if taken and taken != set(range(1, max(taken) + 1)):
            warn(here.child("places"), msg("rubric.subsidy.places_gap"))

    for index, lump in enumerate(block.lump_sums):
        here = _spot("lump_sums", index, lump.id)
        if (lump.amount is None) == (lump.scaled is None):
            error(here, msg("rubric.subsidy.amount_or_scaled"))
        if lump.scaled is not None:
            rule = _check_ref(rubric, lump.scaled.of, here.child("scaled"), error)
            if lump.scaled.measure == "target":
                _needs_target(rule, here.child("scaled"), error)
        _check_conditions(rubric, lump.conditions, flags, here, error)

    for index, per in enumerate(block.per_person):
        here = _spot("per_person", index, per.id)
        if (per.count is None) == (not per.inputs):
            error(here, msg("rubric.subsidy.count_or_inputs"))
        if per.count is not None:
            rule = _check_ref(rubric, per.count, here.child("count"), error)
            if per.over_rate is not None:
                _needs_target(rule, here.child("count"), error)
        elif per.over_rate is not None:
            error(here.child("over_rate"), msg("rubric.subsidy.over_rate_needs_count"))
        for name in per.inputs:
            if inputs.get(name) != "count":
                error(here.child("inputs"), msg("rubric.subsidy.not_a_count", input=name))


def _spot(key: str, index: int, ident: str) -> Spot:
    return Spot(("subsidies", key, index), (msg("where.subsidy", id=ident),))
