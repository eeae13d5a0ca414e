"""Semantic checks a schema cannot express: errors that stop loading, warnings kept for display.

Warnings are for suspicious but loadable data, as found in the real documents: a section
whose items do not add up to its stated total, a rule that can award more than its item's
points, per-unit targets that do not add up to the stated total.

Every problem is a message placed where it is (evaldesk/rubrics/where.py): the loader passes
a Locator that knows the file and finds each place's line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from evaldesk import kinds
from evaldesk.messages import Message, msg
from evaldesk.rubrics import model as m
from evaldesk.rubrics import spots
from evaldesk.rubrics.validate_money import subsidy_problems
from evaldesk.rubrics.validate_rest import form_problems, target_problems
from evaldesk.rubrics.where import Locator, Spot

ZERO = Decimal(0)


@dataclass
class Found:
    """Errors and warnings found so far, each placed in the file."""

    locator: Locator = field(default_factory=Locator)
    errors: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)

    def error(self, spot: Spot, problem: Message) -> None:
        self.errors.append(self.locator.place(spot, problem))

    def warn(self, spot: Spot, problem: Message) -> None:
        self.warnings.append(self.locator.place(spot, problem))


def rule_max(rule: Any, item_points: Decimal | None) -> Decimal | None:
    """The most a rule can add to its item (None for pure deductions and overrides)."""
    return kinds.of(rule).max_award(rule, item_points)


def _overrides(rule: Any) -> bool:
    return kinds.of(rule).role == "override"


def _rule_problems(rule: Any, spot: Spot, rubric: m.Rubric, found: Found) -> None:
    """The kind's own checks, each placed at the rule."""
    errors, warnings = kinds.of(rule).problems(rule, rubric.kind_view())
    for problem in errors:
        found.error(spot, problem)
    for problem in warnings:
        found.warn(spot, problem)


def semantic_problems(
    rubric: m.Rubric, locator: Locator | None = None
) -> tuple[list[Message], list[Message]]:
    """(errors, warnings) of a rubric that its schema let through."""
    found = Found(locator or Locator())
    _code_problems(rubric, found)
    _structure_problems(rubric, found)
    groups = {g.id for g in rubric.unit_groups}
    for s_index, section in enumerate(rubric.sections):
        _section_problems(rubric, s_index, section, groups, found)
    _total_problems(rubric, found)
    target_problems(rubric, found.error, found.warn)
    form_problems(rubric, found.error, found.warn)
    subsidy_problems(rubric, found.error, found.warn)
    for index, rule in enumerate(rubric.rules):
        spot = spots.whole_rule(index, rule.id, rule.kind)
        _rule_problems(rule, spot, rubric, found)
        if not kinds.of(rule).whole_rule:
            found.error(spot, msg("rubric.whole_rule_kind"))
        if rule.budget_of is not None:
            found.error(spot, msg("rubric.budget_of_outside_item"))
    return found.errors, found.warnings


def _code_problems(rubric: m.Rubric, found: Found) -> None:
    """Section and item codes are unique (facts, the ledger and the UI address items by code);
    the problem is placed at the last use of a code."""
    for code, n in Counter(s.code for s in rubric.sections).items():
        if n > 1:
            last = max(i for i, s in enumerate(rubric.sections) if s.code == code)
            found.error(spots.section(last, code), msg("rubric.code_reused", n=n))
    places = [
        (s_index, index, item.code)
        for s_index, section in enumerate(rubric.sections)
        for index, item in enumerate(section.items)
    ]
    for code, n in Counter(code for _, _, code in places).items():
        if n > 1:
            s_index, index, _ = [p for p in places if p[2] == code][-1]
            found.error(spots.item(s_index, index, code), msg("rubric.code_reused", n=n))


def _structure_problems(rubric: m.Rubric, found: Found) -> None:
    if rubric.parts:
        weights = sum((p.weight for p in rubric.parts), ZERO)
        if weights != 1:
            spot = Spot(("parts",), (msg("where.composition"),))
            found.warn(spot, msg("rubric.weights_not_one", total=weights))
    groups = {g.id for g in rubric.unit_groups}
    for index, unit in enumerate(rubric.units):
        if unit.group is not None and unit.group not in groups:
            spot = Spot(("units", index, "group"), (msg("where.unit", id=unit.id),))
            found.error(spot, msg("rubric.unknown_group", group=unit.group))
    if rubric.kind == "rating" and rubric.rating is None:
        found.error(Spot(("kind",)), msg("rubric.rating_needs_levels"))


def _section_problems(
    rubric: m.Rubric, s_index: int, section: m.Section, groups: set[str], found: Found
) -> None:
    here = spots.section(s_index, section.code)
    if section.part is not None and section.part not in {p.id for p in rubric.parts}:
        found.error(here.child("part"), msg("rubric.unknown_part", part=section.part))
    if rubric.parts and section.part is None and not section.bonus:
        found.error(here, msg("rubric.section_needs_part"))
    for index, rule in enumerate(section.rules):
        spot = spots.rule(here, index, rule.id, rule.kind)
        _rule_problems(rule, spot, rubric, found)
        if rule.budget_of is not None:
            found.error(spot, msg("rubric.budget_of_outside_item"))
        if not kinds.of(rule).section_rule:
            found.error(spot, msg("rubric.section_rule_kind"))
    item_sum = ZERO
    for index, item in enumerate(section.items):
        _item_problems(rubric, spots.item(s_index, index, item.code), item, groups, found)
        if item.points is not None and not item.bonus:
            item_sum += item.points
    if section.points is not None and section.items and not section.bonus:
        applicable = _items_for_any_group(section, groups)
        if applicable != section.points and item_sum != section.points:
            problem = msg("rubric.items_vs_section", total=applicable, points=section.points)
            found.warn(here, problem)


def _item_problems(
    rubric: m.Rubric, here: Spot, item: m.Item, groups: set[str], found: Found
) -> None:
    rule_spots = [spots.rule(here, i, r.id, r.kind) for i, r in enumerate(item.rules)]
    ids = Counter(r.id for r in item.rules)
    for rid, n in ids.items():
        if n > 1:
            last = max(i for i, r in enumerate(item.rules) if r.id == rid)
            found.error(rule_spots[last], msg("rubric.rule_id_reused", id=rid, n=n))
    for group in item.applies_to or []:
        if group not in groups:
            found.error(here.child("applies_to"), msg("rubric.applies_to_unknown", group=group))
    scoring = [(s, r) for s, r in zip(rule_spots, item.rules, strict=True) if not _overrides(r)]
    for spot, rule in zip(rule_spots, item.rules, strict=True):
        _rule_problems(rule, spot, rubric, found)
    _budget_of_problems(item, rule_spots, found)
    if len(scoring) > 1:
        for spot, rule in scoring:
            if kinds.of(rule).needs_budget and rule.points is None:
                found.error(spot, msg("rubric.needs_points"))
    if rubric.kind == "points" and not item.rules and not item.bonus:
        found.warn(here, msg("rubric.no_rule"))
    if item.points is None:
        return
    awarded = ZERO
    for spot, rule in scoring:
        top = rule_max(rule, None if len(scoring) > 1 else item.points)
        if top is not None:
            awarded += top
        if rule.kind == "bonus" or item.bonus:
            continue
        if top is not None and top > item.points:
            found.warn(spot, msg("rubric.rule_over_item", top=top, points=item.points))
    if len(scoring) > 1 and awarded > item.points and not item.bonus:
        found.warn(here, msg("rubric.rules_over_item", total=awarded, points=item.points))


def _budget_of_problems(item: m.Item, rule_spots: list[Spot], found: Found) -> None:
    rules = {r.id: r for r in item.rules}
    for spot, rule in zip(rule_spots, item.rules, strict=True):
        if rule.budget_of is None:
            continue
        at = spot.child("budget_of")
        owner = rules.get(rule.budget_of)
        if owner is None or owner is rule:
            found.error(at, msg("rubric.budget_of_not_a_rule", ref=rule.budget_of))
        elif owner.points is None or owner.budget_of is not None:
            found.error(at, msg("rubric.budget_of_needs_points", ref=rule.budget_of))
        if not kinds.of(rule).shares_budget(rule):
            found.error(at, msg("rubric.budget_of_deductions_only"))
        elif rule.points is not None:
            found.error(at, msg("rubric.budget_of_no_points"))


def _total_problems(rubric: m.Rubric, found: Found) -> None:
    if rubric.total is None or rubric.kind != "points" or rubric.parts:
        return
    stated = [s.points for s in rubric.sections if not s.bonus]
    if all(p is not None for p in stated):
        total = sum((p for p in stated if p is not None), ZERO)
        if total != rubric.total:
            problem = msg("rubric.sections_vs_total", total=total, points=rubric.total)
            found.warn(Spot(("total",)), problem)


def _items_for_any_group(section: m.Section, groups: set[str]) -> Decimal:
    """Largest item sum any unit group sees (items can apply to some groups only)."""
    if not any(i.applies_to for i in section.items):
        return sum((i.points or ZERO for i in section.items if not i.bonus), ZERO)
    best = ZERO
    for group in groups or {""}:
        total = sum(
            (
                i.points or ZERO
                for i in section.items
                if not i.bonus and (not i.applies_to or group in i.applies_to)
            ),
            ZERO,
        )
        best = max(best, total)
    return best
