"""The rubric compiled for scoring: flat per-item plans, made once per rubric and cached on it.

Each rule becomes a :class:`Plan` (its prepared spec, its id and what the engine needs of it)
and each item an :class:`ItemPlan`, so that a full rescore (engine.py) is a tight loop over
items that reads no rubric model attribute.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.report import ItemStatic
from evaldesk.scoring.rules import ZERO, RuleSpec, prepare


@dataclass(slots=True)
class Plan:
    """One rule ready to run: ``spec.run(...)``, and what the engine reads of the rule."""

    rule: Any  # the model, read only while compiling
    spec: RuleSpec
    rid: str  # the key of its facts: the rule's id, else its position
    kind: str
    override: bool
    scope: str  # for vetoes: item / section / part / total
    negative: Decimal | None
    grade_cap: str | None  # for vetoes that cap the grade


@dataclass(slots=True)
class ItemPlan:
    item: m.Item
    code: str
    max: Decimal | None
    start: Decimal
    floor: Decimal
    scoring: list[Plan]
    overrides: list[Plan]
    applies_to: frozenset[str] | None
    is_bonus: bool
    evidence_required: bool
    ranked: bool
    uses_counts: bool
    # rule id -> id of the rule whose budget it shares (the owner maps to itself); None if unused
    pools: dict[str, str] | None = None
    title: str = ""
    points: Decimal = ZERO  # max or 0
    # The item's only rule when nothing else is in play (no overrides, pools or minimums):
    # most items, scored by a shorter path.
    single: Plan | None = None
    #: the details of _clamp_line: at the floor, at the top
    texts: tuple[str, str] = ("", "")
    static: ItemStatic = ("", "", None, False, False)


#: code, plan, spec, rule id (the last two for single-rule items, else None, ""),
#: start (None for 0), floor, max, static fields, is_bonus, points, ranked
Row = tuple[
    str,
    ItemPlan,
    RuleSpec | None,
    str,
    Decimal | None,
    Decimal,
    Decimal | None,
    ItemStatic,
    bool,
    Decimal,
    bool,
]


@dataclass(slots=True)
class SectionPlan:
    section: m.Section
    items: list[ItemPlan]
    rules: list[Plan]
    # the section's own fields the loop reads
    code: str
    title: str
    part: str | None
    points: Decimal | None
    bonus: bool
    #: unit group -> sum of the points of the items that apply to it (filled on first use)
    maxima: dict[str | None, Decimal] = field(default_factory=dict)
    #: unit group -> the rows of the items that apply to it (filled on first use)
    rows: dict[str | None, list[Row]] = field(default_factory=dict)

    def rows_for(self, group: str | None) -> list[Row]:
        """What the engine loop unpacks per item, so it reads no plan attribute on the short path."""
        rows = self.rows.get(group)
        if rows is None:
            rows = self.rows[group] = [
                (
                    p.code,
                    p,
                    p.single.spec if p.single is not None else None,
                    p.single.rid if p.single is not None else "",
                    p.start if p.start else None,
                    p.floor,
                    p.max,
                    p.static,
                    p.is_bonus,
                    p.points,
                    p.ranked,
                )
                for p in self.items
                if p.applies_to is None or group in p.applies_to
            ]
        return rows

    def max_for(self, group: str | None) -> Decimal:
        total = self.maxima.get(group)
        if total is None:
            total = ZERO
            for plan in self.items:
                if not plan.is_bonus and (plan.applies_to is None or group in plan.applies_to):
                    total += plan.max or ZERO
            self.maxima[group] = total
        return total


@dataclass(slots=True)
class Compiled:
    sections: list[SectionPlan]
    whole: list[Plan]
    unit_groups: dict[str, str | None]
    grade_order: list[str]
    #: unit id -> target table key -> the unit's target (filled on first use)
    targets: dict[str | None, dict[str, Decimal]] = field(default_factory=dict)


def unit_targets(compiled: Compiled, rubric: m.Rubric, unit_id: str | None) -> dict[str, Decimal]:
    found = compiled.targets.get(unit_id)
    if found is None:
        found = compiled.targets[unit_id] = (
            {
                key: table.values[unit_id]
                for key, table in rubric.targets.items()
                if unit_id in table.values
            }
            if unit_id is not None
            else {}
        )
    return found


def rule_plans(rules: list[Any]) -> list[Plan]:
    plans = []
    for index, rule in enumerate(rules, start=1):
        rid = rule.id or str(index)
        plans.append(
            Plan(
                rule=rule,
                spec=prepare(rule),
                rid=rid,
                kind=rule.kind,
                override=rule.kind in m.OVERRIDE_KINDS,
                scope=getattr(rule, "scope", "item"),
                negative=rule.penalty if rule.kind == "negative" else None,
                grade_cap=getattr(rule, "grade_cap", None),
            )
        )
    return plans


def item_plan(item: m.Item, section: m.Section) -> ItemPlan:
    plans = rule_plans(item.rules)
    scoring = [p for p in plans if not p.override]
    # A lone award rule without a budget takes the item's points.
    if len(scoring) == 1 and scoring[0].rule.points is None and item.points is not None:
        rule = scoring[0].rule
        if rule.kind in m.AWARD_KINDS or (
            rule.kind == "checklist" and rule.lines[0].award is not None
        ):
            scoring[0].rule = rule.model_copy(update={"points": item.points})
            scoring[0].spec = prepare(scoring[0].rule)
    allocated = sum((p.rule.points for p in scoring if p.rule.points is not None), ZERO)
    if item.bonus:
        start = ZERO
    else:
        start = max(ZERO, (item.points or ZERO) - allocated)
    floor = min((-p.negative for p in plans if p.negative is not None), default=ZERO)
    is_bonus = item.bonus or section.bonus
    pools: dict[str, str] = {}
    for p in plans:
        if p.rule.budget_of is not None:
            pools[p.rid] = pools[p.rule.budget_of] = p.rule.budget_of
    overrides = [p for p in plans if p.override]
    single = (
        scoring[0]
        if len(scoring) == 1 and not overrides and not pools and scoring[0].kind != "minimum"
        else None
    )
    return ItemPlan(
        item=item,
        code=item.code,
        max=item.points,
        start=start,
        floor=floor,
        scoring=scoring,
        overrides=overrides,
        applies_to=frozenset(item.applies_to) if item.applies_to else None,
        is_bonus=is_bonus,
        evidence_required=item.evidence_required and not is_bonus,
        ranked=any(p.kind == "ranking" for p in plans),
        uses_counts=any(p.kind == "per_count" and p.rule.source != "fact" for p in plans),
        pools=pools or None,
        title=item.title,
        points=item.points or ZERO,
        single=single,
        texts=(
            f"本项最低{fmt_points(floor)}分",
            f"不超过本项分值{fmt_points(item.points) if item.points is not None else ''}分",
        ),
        static=(
            item.title,
            section.code,
            item.points,
            is_bonus,
            item.evidence_required and not is_bonus,
        ),
    )


def compile_rubric(rubric: m.Rubric) -> Compiled:
    cached = rubric._compiled
    if isinstance(cached, Compiled):
        return cached
    compiled = Compiled(
        sections=[
            SectionPlan(
                section=s,
                items=[item_plan(i, s) for i in s.items],
                rules=rule_plans(s.rules),
                code=s.code,
                title=s.title,
                part=s.part,
                points=s.points,
                bonus=s.bonus,
            )
            for s in rubric.sections
        ],
        whole=rule_plans(rubric.rules),
        unit_groups={u.id: u.group for u in rubric.units},
        grade_order=(
            rubric.rating.levels if rubric.rating else [g.grade for g in grade_bands(rubric)]
        ),
    )
    rubric._compiled = compiled
    return compiled


def grade_bands(rubric: m.Rubric) -> list[m.GradeBand]:
    return sorted(rubric.grades, key=lambda b: (b.min, b.inclusive), reverse=True)
