"""Readable Chinese text of a rubric (`evaldesk rubrics show`) and one-line rule summaries."""

from __future__ import annotations

from typing import Any

from evaldesk import kinds
from evaldesk.decimals import fmt_points as f
from evaldesk.errors import NotFound
from evaldesk.kinds.base import RubricFacts
from evaldesk.rubrics.loader import LoadedRubric
from evaldesk.rubrics.render_money import subsidies_text, targets_text


def describe_rule(rule: Any, view: RubricFacts) -> str:
    """What the engine does with this rule, in one line (the source wording is shown beside it)."""
    return kinds.of(rule).describe(rule, view).text()


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
    view = r.kind_view()
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
                out.append(f"      规则{rule.id}：{describe_rule(rule, view)}{shared}")
            if item.note:
                out.append(_indent("说明", item.note))
        for rule in section.rules:
            out.append(f"  本部分规则{rule.id}：{rule.text}　→ {describe_rule(rule, view)}")
    for rule in r.rules:
        out.append(f"整体规则{rule.id}：{rule.text}　→ {describe_rule(rule, view)}")
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
