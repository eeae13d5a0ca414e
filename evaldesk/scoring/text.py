"""Plain-text rendering of a ScoreReport (CLI), the same lines the UI and PDF show."""

from __future__ import annotations

from evaldesk.decimals import fmt_points as f
from evaldesk.scoring.report import ScoreReport

_STATUS = {"met": "达标", "not_met": "失分", "not_assessed": "未评"}
#: Rated rubrics move no points: an item is done, not done, or not yet recorded.
_RATED_STATUS = {"met": "已落实", "not_met": "未落实", "not_assessed": "未填报"}


def render_report(report: ScoreReport, *, all_items: bool = False) -> str:
    out: list[str] = []
    rated = report.rating_ceiling is not None
    if rated:
        out.append(f"评价等次：{report.grade or '待评定'}　最高可评：{report.rating_ceiling}")
    else:
        top = f" / {f(report.max)}" if report.max is not None else ""
        grade = f"　等次：{report.grade}" if report.grade else ""
        out.append(f"自评得分：{f(report.total)}{top}{grade}")
        if report.bonus:
            out.append(f"其中加分：{f(report.bonus)}")
        out.append(f"最高可得：{f(report.attainable)}")
    if report.grade_cap:
        out.append(f"一票否决：评价不得高于“{report.grade_cap}”")
    if report.vetoed:
        out.append("一票否决：总分不得分")
    for part in report.parts:
        out.append(
            f"  {part.title}：{f(part.score)} / {f(part.max) if part.max is not None else '-'} × {f(part.weight * 100)}% = {f(part.weighted)}"
        )
    for section in report.sections:
        cap = f" / {f(section.max)}" if section.max is not None else ""
        bonus = f"（加分 {f(section.bonus)}）" if section.bonus else ""
        shown = "" if rated else f"：{f(section.score)}{cap}{bonus}"
        out.append(f"【{section.code}】{section.title}{shown}")
        for line in section.explanations:
            out.append(f"      {line.line()}")
        for item in section.items:
            if not all_items and item.status == "met" and not item.explanations:
                continue
            cap = f" / {f(item.max)}" if item.max is not None else ""
            evidence = "　缺佐证" if item.missing_evidence else ""
            shown = "" if rated else f"{f(item.score)}{cap}　"
            out.append(
                f"  {item.code} {item.title}：{shown}{(_RATED_STATUS if rated else _STATUS)[item.status]}{evidence}"
            )
            for line in item.explanations:
                out.append(f"      {line.line()}")
    for line in report.explanations:
        out.append(f"  {line.line()}")
    if report.unmet:
        out.append("未达最低要求：")
        out.extend(f"  {line.code} {line.line()}" for line in report.unmet)
    if report.pending:
        out.append("待定：" + "、".join(report.pending))
    for problem in report.problems:
        out.append(f"注意：{problem}")
    return "\n".join(out)
