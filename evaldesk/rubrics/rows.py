"""The rows the clerk fills in under a rubric item, for one unit: each rule's kind lists them."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from evaldesk import kinds
from evaldesk.kinds.base import Row, RowContext, Target
from evaldesk.kinds.ranking import Ranking, peers
from evaldesk.kinds.targets import target_in_force
from evaldesk.rubrics import model as m


def row_context(rubric: m.Rubric, unit: str | None) -> RowContext:
    """What a kind needs to list its rows: the unit's targets (by table) and its peers."""
    own = rubric.unit(unit) if unit is not None else None
    unit_id = own.id if own is not None else unit
    return RowContext(
        unit=unit_id,
        group=own.group if own is not None else None,
        targets={
            key: table.values[unit_id]
            for key, table in rubric.targets.items()
            if unit_id is not None and unit_id in table.values
        },
        target_units={key: table.unit_label for key, table in rubric.targets.items()},
        target_titles={key: table.title for key, table in rubric.targets.items()},
        unit_groups={u.id: u.group for u in rubric.units},
    )


def item_rows(item: m.Item, rubric: m.Rubric, unit: str | None) -> list[Row]:
    """The rows of ``item``, rule by rule, in the rubric's order."""
    ctx = row_context(rubric, unit)
    rows: list[Row] = []
    for position, rule in enumerate(item.rules, start=1):
        rows += kinds.of(rule).rows(rule, item.code, rule.id or str(position), ctx)
    if len(item.rules) == 1 and item.points is not None:
        # A clause alone on its item earns the item's points: say so on its tick ("得5分").
        rows = [
            replace(r, effect=item.points)
            if r.choice == "award" and r.effect is None and r.key is None
            else r
            for r in rows
        ]
    return rows


def find_row(rubric: m.Rubric, unit: str | None, ident: tuple[str, str, str, str | None]) -> Row:
    """The row ``(item code, rule id, field, key)`` names; KeyError if the rubric has none."""
    item = rubric.item(ident[0])
    if item is not None:
        for row in item_rows(item, rubric, unit):
            if row.ident == ident:
                return row
    raise KeyError(ident)


def peer_units(rubric: m.Rubric, unit: str | None, rule: Ranking) -> list[m.Unit]:
    """The units a ranking rule ranks together with ``unit`` (itself excluded)."""
    ctx = row_context(rubric, unit)
    ids = peers(rule, ctx.unit, ctx.unit_groups)
    return [u for u in rubric.units if u.id in ids]


def unit_target(rubric: m.Rubric, target: Target | None, unit: str | None) -> Decimal | None:
    """The target a rule compares with for ``unit``: its number, or the unit's table row."""
    return target_in_force(target, row_context(rubric, unit))


def ranking_rule(item: m.Item | None) -> tuple[str, Ranking] | None:
    """The item's first ranking rule and its id."""
    for position, rule in enumerate(item.rules if item is not None else [], start=1):
        if isinstance(rule, Ranking):
            return rule.id or str(position), rule
    return None
