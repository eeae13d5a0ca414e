"""Readable Chinese text of a rubric (`evaldesk rubrics show`) and one-line rule summaries."""

from __future__ import annotations

from typing import Any

from evaldesk.decimals import fmt_points as f
from evaldesk.errors import NotFound
from evaldesk.rubrics import model as m
from evaldesk.rubrics.loader import LoadedRubric
from evaldesk.rubrics.render_money import subsidies_text, targets_text

_SOURCES = {
    "fact": "填报次数",
    "ledger_overdue": "台账中未按期办结的事项数",
    "dispatch_missing": "未报送调度的季度数",
    "dispatch_late": "逾期报送调度的季度数",
    "dispatch_not_on_time": "未按时报送调度的季度数",
}
_MEASURES = {
    "value": "实际值",
    "completion_pct": "完成率(%)",
    "growth_pct": "比上年增长率(%)",
    "growth_abs": "比上年增加数",
    "units": "差额",
}


def _target(target: Any) -> str:
    if target is None:
        return ""
    if isinstance(target, m.TargetRef):
        return f"，目标取分解表“{target.key}”"
    return f"，目标{f(target)}"


def _tiers(tiers: list[m.Tier]) -> str:
    parts = []
    for t in sorted(tiers, key=lambda t: (t.min, t.inclusive)):
        op = "≥" if t.inclusive else ">"
        parts.append(f"{op}{f(t.min)}得{f(t.points)}分")
    return "；".join(parts)


def describe_rule(rule: Any, groups: dict[str, str] | None = None) -> str:
    """What the engine does with this rule, in one line (the source wording is shown beside it).

    ``groups`` maps unit group ids to their names (主功能区, 镇) for ranking steps.
    """
    kind = rule.kind
    budget = f"（本条{f(rule.points)}分）" if rule.points is not None else ""
    if kind == "checklist":
        if all(ln.award is None and ln.deduct is None for ln in rule.lines):
            return f"逐项确认：{'；'.join(f'{ln.id}. {ln.text}' for ln in rule.lines)}"
        if rule.lines[0].award is not None:
            return f"逐项得分：{'；'.join(f'{ln.id}. +{f(ln.award)}' for ln in rule.lines)}{budget}"
        cap = f"，最多扣{f(rule.cap)}分" if rule.cap is not None else ""
        return (
            f"逐项扣分：{'；'.join(f'{ln.id}. −{f(ln.deduct)}' for ln in rule.lines)}{cap}{budget}"
        )
    if kind == "per_count":
        cap = f"，最多扣{f(rule.cap)}分" if rule.cap is not None else "，扣完为止"
        return (
            f"按{_SOURCES[rule.source]}，每{rule.unit_label}扣{f(rule.points_each)}分{cap}{budget}"
        )
    if kind == "proportional":
        floor = f"，未达{f(rule.floor_ratio * 100)}%不得分" if rule.floor_ratio is not None else ""
        return f"按完成比例得分{_target(rule.target)}{floor}{budget}"
    if kind == "shortfall":
        cap = f"，最多扣{f(rule.cap)}分" if rule.cap is not None else "，扣完为止"
        return f"按{_MEASURES.get(rule.measure, rule.measure)}差额，每{f(rule.step)}扣{f(rule.points_each)}分{_target(rule.target)}{cap}{budget}"
    if kind in ("tiers", "growth"):
        return f"按{_MEASURES[rule.measure]}分档：{_tiers(rule.tiers)}{budget}"
    if kind == "all_or_nothing":
        return f"达到得满分，否则不得分{_target(rule.target)}{budget}"
    if kind == "ranking":
        names = groups or {}
        steps = "，".join(f"{names.get(g, g)}每名递减{f(s)}分" for g, s in rule.steps.items())
        pool = "全部单位统一排名" if rule.pool == "all" else "组内排名"
        gate = f"（限{rule.gate}的单位）" if rule.gate else ""
        return f"{pool}{gate}：第一名满分，{steps}{budget}"
    if kind == "bonus":
        levels = "；".join(
            f"{lv.text[:16]}… +{f(lv.points)}/次"
            + (f"（最多{f(lv.cap)}分）" if lv.cap is not None else "")
            for lv in rule.levels
        )
        cap = f"，最多加{f(rule.cap)}分" if rule.cap is not None else ""
        return f"加分：{levels}{cap}"
    if kind == "veto":
        scope = {"item": "本项", "section": "本部分", "part": "本板块", "total": "总分"}[rule.scope]
        return (
            f"一票否决：评价不得高于“{rule.grade_cap}”"
            if rule.grade_cap
            else f"一票否决：{scope}不得分"
        )
    if kind == "negative":
        return f"发生即本项记−{f(rule.penalty)}分（倒扣）"
    if kind == "nested_caps":
        return (
            f"每偏离{f(rule.step_pct)}%扣{f(rule.points_each)}分，单个指标最多扣{f(rule.indicator_cap)}分，"
            f"总计最多扣{f(rule.total_cap)}分{budget}"
        )
    if kind == "graded_votes":
        grades = "、".join(f"{g}={f(p)}" for g, p in rule.grades.items())
        quotas = "、".join(f"{g}≤{f(q * 100)}%" for g, q in rule.quotas.items())
        return f"等次评价取平均：{grades}" + (f"；比例限制 {quotas}" if quotas else "")
    if kind == "manual":
        return f"评定分数 {f(rule.min)}–{f(rule.points) if rule.points is not None else '本项分值'}"
    if kind == "minimum":
        if rule.minimum == 0:
            return f"记录数值（{rule.unit_label}）" if rule.unit_label else "记录数值"
        if rule.per:
            # actual counts the 定点帮扶县 that reach the minimum, so the unit is theirs
            return f"最低要求：每个{rule.per}均达到（不少于{f(rule.minimum)}）"
        return f"最低要求：不少于{f(rule.minimum)}{rule.unit_label}"
    return str(kind)


def render_text(loaded: LoadedRubric, unit: str | None = None) -> str:
    """The whole rubric; with ``unit``, that unit's own targets instead of the full tables."""
    r = loaded.rubric
    chosen = r.unit(unit) if unit is not None else None
    if unit is not None and chosen is None:
        known = "、".join(f"{u.id}（{u.name}）" for u in r.units) or "（本考核办法不分单位）"
        raise NotFound(f"no unit {unit!r} in rubric {r.id}; units are: {known}")
    out: list[str] = []
    out.append(r.title)
    meta = [x for x in (r.issuer, r.doc_number, f"{r.year}年" if r.year else "") if x]
    if meta:
        out.append("　".join(meta))
    out.append(f"编号 {r.id}　版本 {r.version}　SHA-256 {loaded.sha256[:16]}…")
    if r.total is not None:
        out.append(f"总分 {f(r.total)} 分")
    if r.parts:
        out.append("构成：" + "＋".join(f"{p.title}×{f(p.weight * 100)}%" for p in r.parts))
    if r.grades:
        bands = sorted(r.grades, key=lambda b: b.min, reverse=True)
        out.append("等次：" + "，".join(f"{b.grade}≥{f(b.min)}" for b in bands))
    if r.rating:
        out.append("评价等次：" + "、".join(r.rating.levels))
    if r.columns and len(r.columns) > 1:
        out.append("分数栏：" + "、".join(c.label for c in r.columns))
    if r.units:
        groups = {g.id: g.name for g in r.unit_groups}
        out.append(
            "考核单位："
            + "、".join(
                f"{u.name}（{groups.get(u.group or '', '')}）" if u.group else u.name
                for u in r.units
            )
        )
    group_names = {g.id: g.name for g in r.unit_groups}
    for section in r.sections:
        out.append("")
        pts = f"（{f(section.points)}分）" if section.points is not None else ""
        out.append(
            f"【{section.code}】{section.title}{pts}" + ("　加分项" if section.bonus else "")
        )
        if section.content:
            out.append(_indent("主要内容", section.content, pad=2))
        if section.note:
            out.append(_indent("说明", section.note, pad=2))
        rated = r.kind == "rating"
        for item in section.items:
            if rated:
                pts = ""
            else:
                pts = "　" + (f"{f(item.points)}分" if item.points is not None else "不限")
            out.append(f"  {item.code} {item.title}{pts}")
            if item.content:
                out.append(_indent("评价指标" if rated else "评估内容", item.content))
            if item.criteria:
                out.append(_indent("指标说明" if rated else "评分标准", item.criteria))
            if item.method:
                out.append(_indent("数据来源" if rated else "评估方法", item.method))
            for rule in item.rules:
                shared = f"（与规则{rule.budget_of}共用分值）" if rule.budget_of else ""
                out.append(f"      规则{rule.id}：{describe_rule(rule, group_names)}{shared}")
            if item.note:
                out.append(_indent("说明", item.note))
        for rule in section.rules:
            out.append(f"  本部分规则{rule.id}：{rule.text}　→ {describe_rule(rule)}")
    for rule in r.rules:
        out.append(f"整体规则{rule.id}：{rule.text}　→ {describe_rule(rule)}")
    for extra in (targets_text(r, chosen), subsidies_text(r.subsidies)):
        if extra:
            out.append("")
            out.extend(extra)
    if r.form is not None:
        out.append("")
        out.append("【报告表】")
        if r.form.profile:
            out.append("  基本信息：" + "、".join(p.label for p in r.form.profile))
        for table in r.form.tables:
            out.append(f"  表 {table.title}：" + "、".join(c.title for c in table.columns))
            out.append("    行：" + "、".join(row.title for row in table.rows))
        if r.form.indicators is not None:
            ind = r.form.indicators
            out.append(
                f"  表 {ind.title}：{ind.content_label}、{ind.target_label}、{ind.completion_label}、{ind.score_label}"
            )
        for text_table in r.form.text_tables:
            out.append(
                f"  表 {text_table.title}：" + "、".join(c.title for c in text_table.columns)
            )
        for check in r.form.checks:
            out.append(f"  校验：{check.text or check.kind}")
        if r.form.overall_score is not None:
            out.append("  校验：综合得分与各项得分合计相符；评价等次与综合得分相符")
        out.append(f"  容差：{f(r.form.tolerance)}（百分点或金额单位）")
        for block in r.form.signoff:
            if isinstance(block, str):
                out.append(f"  签署：{block}")
            else:
                pieces = [block.title]
                if block.signer:
                    pieces.append(block.signer)
                if block.dated:
                    pieces.append("年　月　日")
                out.append("  签署：" + "　".join(pieces))
    if r.notes:
        out.append("")
        out.append("【解释说明】")
        out.extend(f"  {i}. {note}" for i, note in enumerate(r.notes, 1))
    if loaded.warnings:
        out.append("")
        out.append("【校验提示】")
        out.extend(f"  ! {w}" for w in loaded.warnings)
    return "\n".join(out)


def _indent(label: str, text: str, pad: int = 6) -> str:
    lines = text.strip().splitlines()
    space = " " * pad
    return "\n".join(
        f"{space}{label}：{line}" if i == 0 else f"{space}{'　' * len(label)}　{line}"
        for i, line in enumerate(lines)
    )
