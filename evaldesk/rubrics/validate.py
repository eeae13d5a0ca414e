"""Semantic checks a schema cannot express: errors that stop loading, warnings kept for display.

Warnings are for suspicious but loadable data, as found in the real documents: a section
whose items do not add up to its stated total, a rule that can award more than its item's
points, per-unit targets that do not add up to the stated total.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from evaldesk import kinds
from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.rubrics.validate_money import subsidy_problems

ZERO = Decimal(0)


def rule_max(rule: Any, item_points: Decimal | None) -> Decimal | None:
    """The most a rule can add to its item (None for pure deductions and overrides)."""
    return kinds.of(rule).max_award(rule, item_points)


def _overrides(rule: Any) -> bool:
    return kinds.of(rule).role == "override"


def _rule_problems(
    rule: Any, where: str, rubric: m.Rubric, errors: list[str], warnings: list[str]
) -> None:
    """The kind's own checks, each prefixed with where the rule is."""
    label = f"{where}: rule {rule.id} ({rule.kind})"
    found_errors, found_warnings = kinds.of(rule).problems(rule, rubric.kind_view())
    # English until the validator speaks in messages (issue 13): the UI still translates it.
    errors.extend(f"{label}: {e.text('en')}" for e in found_errors)
    warnings.extend(f"{label}: {w.text('en')}" for w in found_warnings)


def semantic_problems(rubric: m.Rubric) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []

    section_codes = Counter(s.code for s in rubric.sections)
    for code, n in section_codes.items():
        if n > 1:
            errors.append(f"section {code}: the code is used {n} times")
    item_codes = Counter(i.code for i in rubric.items())
    for code, n in item_codes.items():
        if n > 1:
            errors.append(f"item {code}: the code is used {n} times")

    part_ids = {p.id for p in rubric.parts}
    if rubric.parts:
        weights = sum((p.weight for p in rubric.parts), ZERO)
        if weights != 1:
            warnings.append(f"composition: part weights add up to {fmt_points(weights)}, not 1")
    groups = {g.id for g in rubric.unit_groups}
    for unit in rubric.units:
        if unit.group is not None and unit.group not in groups:
            errors.append(f"unit {unit.id}: group {unit.group!r} is not in 'unit_groups'")
    unit_ids = {u.id for u in rubric.units}

    if rubric.kind == "rating" and rubric.rating is None:
        errors.append("a rubric of kind 'rating' needs 'rating' with its levels")

    for section in rubric.sections:
        if section.part is not None and section.part not in part_ids:
            errors.append(f"section {section.code}: part {section.part!r} is not in 'parts'")
        if rubric.parts and section.part is None and not section.bonus:
            errors.append(
                f"section {section.code}: the rubric has parts, so the section needs 'part'"
            )
        for rule in section.rules:
            _rule_problems(rule, f"section {section.code}", rubric, errors, warnings)
            if rule.budget_of is not None:
                errors.append(
                    f"section {section.code}: rule {rule.id}: 'budget_of' only works between rules of one item"
                )
            if not kinds.of(rule).section_rule:
                errors.append(
                    f"section {section.code}: rule {rule.id} ({rule.kind}): only deductions and vetoes apply to a whole section"
                )
        item_sum = ZERO
        for item in section.items:
            where = f"item {item.code}"
            ids = Counter(r.id for r in item.rules)
            for rid, n in ids.items():
                if n > 1:
                    errors.append(f"{where}: rule id {rid!r} is used {n} times")
            if item.applies_to:
                for group in item.applies_to:
                    if group not in groups:
                        errors.append(
                            f"{where}: applies_to group {group!r} is not in 'unit_groups'"
                        )
            scoring = [r for r in item.rules if not _overrides(r)]
            for rule in item.rules:
                _rule_problems(rule, where, rubric, errors, warnings)
            _budget_of_problems(item, where, errors)
            if len(scoring) > 1:
                for rule in scoring:
                    if kinds.of(rule).needs_budget and rule.points is None:
                        errors.append(
                            f"{where}: rule {rule.id} ({rule.kind}) needs 'points' because the item has several rules"
                        )
            if rubric.kind == "points" and not item.rules and not item.bonus:
                warnings.append(f"{where}: no scoring rule; it always scores its full points")
            if item.points is not None:
                awarded = ZERO
                for rule in scoring:
                    top = rule_max(rule, None if len(scoring) > 1 else item.points)
                    if top is not None:
                        awarded += top
                    if rule.kind == "bonus" or item.bonus:
                        continue
                    if top is not None and top > item.points:
                        warnings.append(
                            f"{where}: rule {rule.id} ({rule.kind}) can award {fmt_points(top)} points but the item has {fmt_points(item.points)}"
                        )
                if len(scoring) > 1 and awarded > item.points and not item.bonus:
                    warnings.append(
                        f"{where}: its rules can award {fmt_points(awarded)} points in all but the item has {fmt_points(item.points)}"
                    )
                if not item.bonus:
                    item_sum += item.points
        if section.points is not None and section.items and not section.bonus:
            applicable = _items_for_any_group(section, groups)
            if applicable != section.points and item_sum != section.points:
                warnings.append(
                    f"section {section.code}: items add up to {fmt_points(applicable)} but the section is {fmt_points(section.points)}"
                )

    if rubric.total is not None and rubric.kind == "points" and not rubric.parts:
        stated = [s.points for s in rubric.sections if not s.bonus]
        if all(p is not None for p in stated):
            total = sum((p for p in stated if p is not None), ZERO)
            if total != rubric.total:
                warnings.append(
                    f"sections add up to {fmt_points(total)} but the rubric total is {fmt_points(rubric.total)}"
                )

    for key, table in rubric.targets.items():
        for unit_id in table.values:
            if unit_ids and unit_id not in unit_ids:
                errors.append(f"targets {key}: unit {unit_id!r} is not in 'units'")
        if unit_ids:
            missing = [u for u in unit_ids if u not in table.values]
            if missing:
                warnings.append(
                    f"targets {key} ({table.title}): no target for {', '.join(sorted(missing))}"
                )
        if table.total is not None:
            total = sum(table.values.values(), ZERO)
            if total != table.total:
                warnings.append(
                    f"targets {key} ({table.title}): units add up to {fmt_points(total)} but 合计 is {fmt_points(table.total)}"
                )
        if table.within is not None:
            parent = rubric.targets.get(table.within)
            if parent is None:
                errors.append(f"targets {key}: within {table.within!r} is not a target key")
            else:
                for unit_id, value in table.values.items():
                    whole = parent.values.get(unit_id)
                    if whole is not None and value > whole:
                        warnings.append(
                            f"targets {key}: {unit_id} has {fmt_points(value)}, more than its {parent.title} {fmt_points(whole)}"
                        )

    if rubric.form is not None:
        cells = _form_cells(rubric.form)
        for check in rubric.form.checks:
            refs = (
                [check.total, *check.parts]
                if isinstance(check, m.SumCheck)
                else [check.stated, *check.numerator, check.denominator]
            )
            for ref in refs:
                if ref not in cells:
                    errors.append(
                        f"form check {check.text or check.kind}: unknown cell {ref!r} (use table.row.column)"
                    )
        _form_problems(rubric, errors, warnings)

    money_errors, money_warnings = subsidy_problems(rubric)
    errors.extend(money_errors)
    warnings.extend(money_warnings)

    for rule in rubric.rules:
        _rule_problems(rule, "rubric", rubric, errors, warnings)
        if not kinds.of(rule).whole_rule:
            errors.append(
                f"rubric: rule {rule.id} ({rule.kind}): only vetoes apply to the whole rubric"
            )
        if rule.budget_of is not None:
            errors.append(
                f"rubric: rule {rule.id}: 'budget_of' only works between rules of one item"
            )
    return errors, warnings


def _budget_of_problems(item: m.Item, where: str, errors: list[str]) -> None:
    rules = {r.id: r for r in item.rules}
    for rule in item.rules:
        if rule.budget_of is None:
            continue
        label = f"{where}: rule {rule.id} ({rule.kind})"
        owner = rules.get(rule.budget_of)
        deducting = kinds.of(rule).shares_budget(rule)
        if owner is None or owner is rule:
            errors.append(f"{label}: budget_of {rule.budget_of!r} is not another rule of the item")
        elif owner.points is None or owner.budget_of is not None:
            errors.append(
                f"{label}: budget_of {rule.budget_of!r} must name a rule with its own 'points'"
            )
        if not deducting:
            errors.append(
                f"{label}: only deductions (per_count, shortfall, checklist) can use budget_of"
            )
        elif rule.points is not None:
            errors.append(f"{label}: a rule with budget_of takes no 'points' of its own")


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


def _form_cells(form: m.Form) -> set[str]:
    cells = set()
    for table in form.tables:
        for row in table.rows:
            for col in table.columns:
                cells.add(f"{table.id}.{row.id}.{col.id}")
    return cells


def _duplicates(ids: list[str]) -> list[str]:
    return [key for key, n in Counter(ids).items() if n > 1]


def _form_problems(rubric: m.Rubric, errors: list[str], warnings: list[str]) -> None:
    """Ids a form refers to must exist and be unique (the UI and PDF address them by id)."""
    form = rubric.form
    if form is None:
        return
    profile = [p.id for p in form.profile]
    blocks = [b.id for b in form.signoff if isinstance(b, m.SignoffBlock)]
    named = {
        "profile field": profile,
        "table": [t.id for t in form.tables],
        "text table": [t.id for t in form.text_tables],
        "sign-off block": blocks,
        "form check": [c.id for c in form.checks if c.id is not None],
    }
    for what, ids in named.items():
        for dup in _duplicates(ids):
            errors.append(f"form: {what} id {dup!r} is used more than once")
    for field, ref in (("overall_score", form.overall_score), ("grade_field", form.grade_field)):
        if ref is not None and ref not in profile:
            errors.append(f"form: {field} {ref!r} is not a profile field id")
    if form.grade_field is not None and not rubric.grades:
        errors.append("form: grade_field needs the rubric's 'grades'")
    if form.indicators is not None:
        for item in rubric.items():
            if not any(r.kind == "manual" for r in item.rules):
                warnings.append(
                    f"item {item.code}: the form has an indicator table but the item has no 'manual' rule to take the indicators' scores"
                )
