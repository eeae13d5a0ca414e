"""Readable text of a rubric's per-unit targets and its subsidies block (`rubrics show`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from evaldesk.messages import Message, clauses, msg, semicolons
from evaldesk.rubrics import model as m
from evaldesk.rubrics.model_money import Condition, Subsidies


def _t(key: str, /, **args: Any) -> str:
    return msg(key, **args).text()


def plus(parts: Iterable[Message]) -> Message | str:
    """Parts added up: "季度调度×40%＋综合评估×60%"."""
    out: Message | str = ""
    for part in parts:
        out = part if out == "" else msg("rubric.show.plus", a=out, b=part)
    return out


def targets_text(rubric: m.Rubric, unit: m.Unit | None = None) -> list[str]:
    """Every target table: one unit's own targets, or all units with the 合计."""
    if not rubric.targets:
        return []
    if unit is not None:
        out = [_t("rubric.show.own_targets", unit=unit.name)]
        for key, table in rubric.targets.items():
            value = table.values.get(unit.id)
            shown = (
                msg("rubric.show.amount", value=value, unit=table.unit_label)
                if value is not None
                else "—"
            )
            out.append("  " + _t("rubric.show.own_target", title=table.title, value=shown, key=key))
        return out
    out = [_t("rubric.show.target_tables")]
    names = {u.id: u.name for u in rubric.units}
    for key, table in rubric.targets.items():
        total = (
            msg("rubric.show.target_total", total=table.total, unit=table.unit_label)
            if table.total is not None
            else ""
        )
        cells = [
            msg("rubric.show.unit_value", name=names.get(uid, uid), value=v)
            for uid, v in table.values.items()
        ]
        within = msg("rubric.show.within", key=table.within) if table.within else ""
        line = _t(
            "rubric.show.target_table",
            title=table.title,
            within=within,
            key=key,
            total=total,
            cells=cells,
        )
        out.append("  " + line)
    return out


def _conditions(conditions: list[Condition]) -> Any:
    return semicolons(c.text or c.kind for c in conditions)


def subsidies_text(block: Subsidies | None) -> list[str]:
    if block is None:
        return []
    out = [_t("rubric.show.heading", title=block.title)]
    for award in block.rank_awards:
        places = clauses(
            msg("rubric.show.place", first=p.first, amount=p.amount)
            if p.last == p.first
            else msg("rubric.show.places", first=p.first, last=p.last, amount=p.amount)
            for p in award.places
        )
        cond = (
            msg("rubric.show.conditions", conditions=_conditions(award.conditions))
            if award.conditions
            else ""
        )
        out.append(
            "  " + _t("rubric.show.award", title=award.title, places=places, conditions=cond)
        )
    for lump in block.lump_sums:
        amount: Any = ""
        if lump.amount is not None:
            amount = msg("rubric.show.yuan", amount=lump.amount)
        elif lump.scaled is not None:
            amount = clauses(
                msg("rubric.show.band_yuan", min=b.min, amount=b.amount)
                for b in sorted(lump.scaled.bands, key=lambda b: b.min)
            )
        conditions = _conditions(lump.conditions)
        out.append(
            "  " + _t("rubric.show.lump", title=lump.title, amount=amount, conditions=conditions)
        )
    for per in block.per_person:
        over = msg("rubric.show.over_rate", rate=per.over_rate) if per.over_rate is not None else ""
        out.append("  " + _t("rubric.show.per_person", title=per.title, rate=per.rate, over=over))
    out.extend("  " + _t("rubric.show.note", note=note) for note in block.notes)
    return out
