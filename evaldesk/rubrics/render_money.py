"""Readable Chinese text of a rubric's per-unit targets and its subsidies block (`rubrics show`)."""

from __future__ import annotations

from evaldesk.decimals import fmt_points as f
from evaldesk.rubrics import model as m
from evaldesk.rubrics.model_money import Condition, Subsidies


def targets_text(rubric: m.Rubric, unit: m.Unit | None = None) -> list[str]:
    """Every target table: one unit's own targets, or all units with the 合计."""
    if not rubric.targets:
        return []
    if unit is not None:
        out = [f"【本单位目标任务：{unit.name}】"]
        for key, table in rubric.targets.items():
            value = table.values.get(unit.id)
            shown = f"{f(value)}{table.unit_label}" if value is not None else "—"
            out.append(f"  {table.title}：{shown}　（{key}）")
        return out
    out = ["【目标任务分解表】"]
    names = {u.id: u.name for u in rubric.units}
    for key, table in rubric.targets.items():
        total = f"合计{f(table.total)}{table.unit_label}：" if table.total is not None else ""
        cells = "、".join(f"{names.get(uid, uid)}{f(v)}" for uid, v in table.values.items())
        within = f"（其中项，属于 {table.within}）" if table.within else ""
        out.append(f"  {table.title}{within}（{key}）：{total}{cells}")
    return out


def _conditions(conditions: list[Condition]) -> str:
    return "；".join(c.text or c.kind for c in conditions)


def subsidies_text(block: Subsidies | None) -> list[str]:
    if block is None:
        return []
    out = [f"【{block.title}】"]
    for award in block.rank_awards:
        places = "，".join(
            f"第{p.first}名" + (f"至第{p.last}名" if p.last != p.first else "") + f"{f(p.amount)}元"
            for p in award.places
        )
        cond = f"（条件：{_conditions(award.conditions)}）" if award.conditions else ""
        out.append(f"  {award.title}：{places}{cond}")
    for lump in block.lump_sums:
        if lump.amount is not None:
            amount = f"{f(lump.amount)}元"
        elif lump.scaled is not None:
            amount = "，".join(
                f"≥{f(b.min)}：{f(b.amount)}元"
                for b in sorted(lump.scaled.bands, key=lambda b: b.min)
            )
        else:
            amount = ""
        out.append(f"  {lump.title}：{amount}（条件：{_conditions(lump.conditions)}）")
    for per in block.per_person:
        over = f"，超额部分每人{f(per.over_rate)}元" if per.over_rate is not None else ""
        out.append(f"  {per.title}：每人{f(per.rate)}元{over}")
    if block.notes:
        out.extend(f"  说明：{note}" for note in block.notes)
    return out
