"""Ranking items from the units' own figures: what a single unit cannot compute.

如皋 2021, 位次考核: "完成全年职工基本养老保险新增参保人数任务的，按参保完成率对镇和主功能区
分别进行排名：排名第一的主功能区得满分，其后的主功能区依次递减0.5分". Each unit's package
carries its facts; here each ranking rule gets its measure for every unit (the rule's own
``measure``: completion of the unit's target, or the value), only the units that pass its gate
take part (``gate_item``: the earlier item scored in full; ``gate``: the ticked precondition),
and the values go back into every unit's facts as the rule's ``group``. The rule kind itself
then does the rest, as documented in the rubric (``eligible_min``, the pool, ties: interpretation
``ranking-ties``, one place more for each unit with a higher value).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from evaldesk.kinds.measures import measure
from evaldesk.kinds.ranking import Ranking
from evaldesk.messages import Message, msg
from evaldesk.rubrics import model as m
from evaldesk.scoring.engine import unit_context
from evaldesk.scoring.facts import Facts
from evaldesk.scoring.items import rule_key
from evaldesk.scoring.report import ScoreReport


@dataclass(frozen=True, slots=True)
class RankedRule:
    item: str
    item_title: str
    rule_id: str
    rule: Ranking


@dataclass(frozen=True, slots=True)
class RankRow:
    """One unit under one ranking rule: its figure, whether it takes part, and why."""

    unit: str
    group: str | None
    value: Decimal | None
    taking_part: bool
    detail: Message
    place: int | None = None
    points: Decimal | None = None


def ranking_rules(rubric: m.Rubric) -> list[RankedRule]:
    out = []
    for item in rubric.items():
        for n, rule in enumerate(item.rules, start=1):
            if isinstance(rule, Ranking):
                out.append(RankedRule(item.code, item.title, rule_key(rule, n), rule))
    return out


def _gate(ranked: RankedRule, facts: Facts, first: ScoreReport | None) -> str:
    rule = ranked.rule
    if rule.gate_item is not None:
        found = first.item(rule.gate_item) if first is not None else None
        return found.status if found is not None else "not_assessed"
    if rule.gate is not None:
        fact = facts.items.get(ranked.item, {}).get(ranked.rule_id)
        return (fact.status if fact is not None else None) or "not_assessed"
    return "met"


def measure_rows(
    rubric: m.Rubric,
    ranked: RankedRule,
    facts: Mapping[str, Facts],
    first: Mapping[str, ScoreReport],
) -> list[RankRow]:
    """Every unit's figure for ``ranked`` (units without facts are left out)."""
    rule = ranked.rule
    groups = {u.id: u.group for u in rubric.units}
    rows = []
    for unit, unit_facts in facts.items():
        group = groups.get(unit)
        if group is None or group not in rule.steps:
            continue
        ctx = unit_context(rubric, unit_facts, unit)
        fact = unit_facts.items.get(ranked.item, {}).get(ranked.rule_id)
        measured = measure(rule.measure, rule.target, fact, ctx)
        gate = _gate(ranked, unit_facts, first.get(unit))
        words = rule.gate or rule.gate_item or ""
        if gate == "not_met":
            why = msg("collect.rank.gate_not_met", gate=words)
            rows.append(RankRow(unit, group, measured.value, False, why))
        elif gate != "met":
            why = msg("collect.rank.gate_waits", gate=words)
            rows.append(RankRow(unit, group, measured.value, False, why))
        elif measured.value is None:
            rows.append(RankRow(unit, group, None, False, measured.detail))
        elif rule.eligible_min is not None and measured.value < rule.eligible_min:
            why = msg("collect.rank.below_min", detail=measured.detail, least=rule.eligible_min)
            rows.append(RankRow(unit, group, measured.value, False, why))
        else:
            rows.append(RankRow(unit, group, measured.value, True, measured.detail))
    return _placed(rule, rows)


def _placed(rule: Ranking, rows: list[RankRow]) -> list[RankRow]:
    """Each taking part gets one place more than the units of its pool with a higher value
    (equal values share a place: interpretation ranking-ties)."""
    out = []
    for row in rows:
        if not row.taking_part or row.value is None:
            out.append(row)
            continue
        ahead = sum(
            1
            for other in rows
            if other.taking_part
            and other.value is not None
            and other.value > row.value
            and (rule.pool == "all" or other.group == row.group)
        )
        out.append(RankRow(row.unit, row.group, row.value, True, row.detail, place=ahead + 1))
    return out


def group_values(rows: list[RankRow]) -> dict[str, Decimal]:
    """What the rule's ``group`` fact gets: the figures of the units that take part (the rule
    itself leaves out those below its ``eligible_min``)."""
    return {r.unit: r.value for r in rows if r.value is not None and _counted(r)}


def _counted(row: RankRow) -> bool:
    return row.taking_part or row.detail.key == "collect.rank.below_min"
