"""Ranking within the unit's group: "排名第一的主功能区得满分，其后依次递减0.5分".

The unit's place is counted among the values the other units of its group (or of all units)
recorded; each unit ahead costs ``steps[group]`` points.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from evaldesk.kinds.base import (
    ZERO,
    Context,
    FactField,
    Outcome,
    Param,
    Points,
    Row,
    RowContext,
    RubricFacts,
    RuleKind,
    RuleModel,
    Target,
    earned,
    field_label,
    unrecorded,
)
from evaldesk.kinds.fact import RuleFact
from evaldesk.kinds.measures import measure
from evaldesk.kinds.targets import target_problems, target_row_fields
from evaldesk.messages import Message, clauses, msg

#: The units of the synthetic benchmark rubric (bench/synthetic.py), ranked in random facts.
SAMPLE_UNITS = ("m1", "m2", "m3", "t1", "t2", "t3")


class Ranking(RuleModel):
    """Ranking within the unit's group: "排名第一的主功能区得满分，其后依次递减0.5分"."""

    kind: Literal["ranking"]
    steps: dict[str, Points] = Field(description="Points lost per place, by unit group id.")
    measure: Literal["value", "completion_pct"] = "completion_pct"
    target: Target | None = None
    eligible_min: Decimal | None = Field(
        default=None,
        description="Only units whose measure reaches this take part (e.g. 100 = task completed).",
    )
    gate: str | None = Field(
        default=None,
        description="Precondition ticked in the fact's status (e.g. 完成全年居民养老保险任务); not met gives 0.",
    )
    gate_item: str | None = Field(
        default=None,
        description=(
            "Instead of a tick: the code of an earlier item whose result is the precondition "
            "(met when it scores its full points, not met when it lost points). The rule's "
            "`gate` then only words it."
        ),
    )
    pool: Literal["group", "all"] = Field(
        default="group",
        description="group: rank within the unit's group; all: rank every unit together (镇区).",
    )


def peers(rule: Ranking, unit: str | None, unit_groups: dict[str, str | None] | Any) -> list[str]:
    """The units ``unit`` is ranked with (itself excluded)."""
    if unit is None or unit not in unit_groups:
        return []
    own = unit_groups[unit]
    return [u for u, g in unit_groups.items() if u != unit and (rule.pool == "all" or g == own)]


class RankingKind(RuleKind[Ranking]):
    name = "ranking"
    model = Ranking
    role = "award"
    title = msg("kind.ranking.title")
    fact_fields = (
        FactField("value", msg("kind.field.value")),
        FactField("actual", msg("kind.field.actual")),
        FactField("target", msg("kind.field.target")),
        FactField("group", msg("kind.ranking.field.group")),
    )
    params = (
        Param("steps", "map", msg("kind.ranking.param.steps"), required=True),
        Param(
            "measure",
            "choice",
            msg("kind.ranking.param.measure"),
            choices=("value", "completion_pct"),
        ),
        Param("target", "decimal", msg("kind.param.target"), minimum=ZERO),
        Param("eligible_min", "decimal", msg("kind.ranking.param.eligible_min")),
        Param("gate", "text", msg("kind.param.gate")),
        Param("pool", "choice", msg("kind.ranking.param.pool"), choices=("group", "all")),
    )
    needs_budget = True
    messages = {
        "kind.ranking.title": ("组内排名得分", "Ranking"),
        "kind.ranking.field.group": ("同组其他单位的数值", "the other units' values"),
        "kind.ranking.param.steps": ("每落后一名扣分（按分组）", "points per place, by group"),
        "kind.ranking.param.measure": ("按什么排名", "what is ranked"),
        "kind.ranking.param.eligible_min": ("参加排名的最低值", "lowest value that takes part"),
        "kind.ranking.param.pool": ("排名范围", "ranked among"),
        "kind.ranking.not_in_group": (
            "本单位不在排名分组中（请选择单位）",
            "this unit is in no ranked group (choose the unit)",
        ),
        "kind.ranking.gate_not_met": ("未{gate}，不参加排名", "not {gate}: not ranked"),
        "kind.ranking.gate_unknown": ("待确认是否{gate}", "to confirm: {gate}"),
        "kind.ranking.gate_waits": (
            "待{item}评定：是否{gate}",
            "waiting for {item}'s result: {gate}",
        ),
        "kind.ranking.unknown_gate_item": (
            "前提项目 {item} 不在本细则中",
            "gate_item {item} is not an item of this rubric",
        ),
        "kind.ranking.value": ("{value}", "{value}"),
        "kind.ranking.not_eligible": (
            "{detail}，未完成任务不参加排名",
            "{detail}: task not completed, not ranked",
        ),
        "kind.ranking.waiting": (
            "{detail}，待同组排名数据",
            "{detail}: waiting for the group's figures",
        ),
        "kind.ranking.place": ("{detail}，组内第{place}名", "{detail}: place {place} in the group"),
        "kind.ranking.describe": (
            "{pool}{gate}：第一名满分，{steps}{budget}",
            "{pool}{gate}: first place full points, {steps}{budget}",
        ),
        "kind.ranking.describe.all": ("全部单位统一排名", "all units ranked together"),
        "kind.ranking.describe.group": ("组内排名", "ranked within the group"),
        "kind.ranking.describe.gate": ("（限{gate}的单位）", " (units that {gate} only)"),
        "kind.ranking.describe.step": ("{group}每名递减{step}分", "{group} −{step} per place"),
        "kind.ranking.unknown_group": (
            "单位分组 {group} 不在 unit_groups 中",
            "unit group {group!r} is not in 'unit_groups'",
        ),
        "kind.ranking.unknown_unit": (
            "排名数值中有未知单位 {unit}",
            "unknown unit {unit!r} in group values",
        ),
    }

    def score(self, rule: Ranking, fact: RuleFact | None, ctx: Context) -> Outcome:
        group = ctx.group
        if group is None or group not in rule.steps:
            return unrecorded(rule, ctx, msg("kind.ranking.not_in_group"))
        if rule.gate_item is not None:
            result = ctx.statuses.get(rule.gate_item, "not_assessed")
            gate = rule.gate or rule.gate_item
            if result == "not_met":
                return earned(rule, ctx, ZERO, msg("kind.ranking.gate_not_met", gate=gate))
            if result != "met":
                why = msg("kind.ranking.gate_waits", gate=gate, item=rule.gate_item)
                return unrecorded(rule, ctx, why)
        elif rule.gate is not None:
            status = fact.status if fact is not None else None
            if status == "not_met":
                return earned(rule, ctx, ZERO, msg("kind.ranking.gate_not_met", gate=rule.gate))
            if status != "met":
                return unrecorded(rule, ctx, msg("kind.ranking.gate_unknown", gate=rule.gate))
        measured = measure(rule.measure, rule.target, fact, ctx)
        value, detail = measured.value, measured.detail
        others = fact.group if fact is not None else None
        if value is None and others and ctx.unit is not None and ctx.unit in others:
            value = others[ctx.unit]
            detail = msg("kind.ranking.value", value=value)
        if value is None:
            return unrecorded(rule, ctx, detail)
        if rule.eligible_min is not None and value < rule.eligible_min:
            return earned(rule, ctx, ZERO, msg("kind.ranking.not_eligible", detail=detail))
        if not others:
            return unrecorded(rule, ctx, msg("kind.ranking.waiting", detail=detail))
        ahead = 0
        for unit, other in others.items():
            if unit == ctx.unit:
                continue
            if rule.pool == "group" and ctx.unit_groups and ctx.unit_groups.get(unit) != group:
                continue
            if rule.eligible_min is not None and other < rule.eligible_min:
                continue
            if other > value:
                ahead += 1
        points = max(ZERO, ctx.budget - rule.steps[group] * ahead)
        return earned(rule, ctx, points, msg("kind.ranking.place", detail=detail, place=ahead + 1))

    def describe(self, rule: Ranking, rubric: RubricFacts) -> Message:
        names = rubric.group_names
        steps = clauses(
            msg("kind.ranking.describe.step", group=names.get(g, g), step=s)
            for g, s in rule.steps.items()
        )
        pool = msg(
            "kind.ranking.describe.all" if rule.pool == "all" else "kind.ranking.describe.group"
        )
        gate = msg("kind.ranking.describe.gate", gate=rule.gate) if rule.gate else ""
        budget = msg("kind.describe.budget", points=rule.points) if rule.points is not None else ""
        return msg("kind.ranking.describe", pool=pool, gate=gate, steps=steps, budget=budget)

    def problems(self, rule: Ranking, rubric: RubricFacts) -> tuple[list[Message], list[Message]]:
        errors = target_problems(rule.target, rubric)
        errors += [
            msg("kind.ranking.unknown_group", group=g)
            for g in rule.steps
            if g not in rubric.group_ids
        ]
        if rule.gate_item is not None and rule.gate_item not in rubric.item_codes:
            errors.append(msg("kind.ranking.unknown_gate_item", item=rule.gate_item))
        return errors, []

    def reads(self, rule: Ranking) -> frozenset[str]:
        ticked = rule.gate is not None and rule.gate_item is None
        return super().reads(rule) | ({"status"} if ticked else set())

    def fact_problems(self, rule: Ranking, fact: RuleFact, rubric: RubricFacts) -> list[Message]:
        if not fact.group or not rubric.unit_ids:
            return []
        return [
            msg("kind.ranking.unknown_unit", unit=u) for u in fact.group if u not in rubric.unit_ids
        ]

    def rows(self, rule: Ranking, code: str, rule_id: str, ctx: RowContext) -> list[Row]:
        out: list[Row] = []
        if rule.gate and rule.gate_item is None:
            out.append(
                Row(
                    code,
                    rule_id,
                    self.name,
                    "status",
                    None,
                    rule.gate,
                    "status",
                    msg("kind.field.precondition"),
                    choice="gate",
                )
            )
        if rule.measure == "value":
            out.append(
                Row(
                    code,
                    rule_id,
                    self.name,
                    "value",
                    None,
                    rule.text,
                    "decimal",
                    field_label(rule, "value", msg("kind.field.value")),
                )
            )
        else:
            out.extend(target_row_fields(self.name, rule, rule.target, code, rule_id, ctx))
        others = len(peers(rule, ctx.unit, ctx.unit_groups))
        if others:
            out.append(
                Row(
                    code,
                    rule_id,
                    self.name,
                    "group",
                    None,
                    rule.text,
                    "group",
                    msg("kind.ranking.field.group"),
                    peers=others,
                )
            )
        return out

    def demo_fact(
        self, rule: Ranking, rnd: random.Random, ctx: RowContext | None = None
    ) -> dict[str, Any] | None:
        return None  # needs the other units' values: left for the office to enter

    def random_fact(self, rule: Ranking, rnd: random.Random) -> dict[str, Any] | None:
        return {
            "value": rnd.randint(90, 130),
            "group": {u: rnd.randint(90, 130) for u in SAMPLE_UNITS},
        }

    def sample(self, n: int) -> dict[str, Any]:
        return {
            "kind": "ranking",
            "text": "排名",
            "measure": "value",
            "eligible_min": 100,
            "steps": {"main": "0.5", "town": "0.25"},
        }


KIND = RankingKind()
