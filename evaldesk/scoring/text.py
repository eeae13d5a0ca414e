"""Plain-text rendering of a ScoreReport (CLI), the same lines the UI and PDF show.

The labels are catalog wording (``score.text.*`` in evaldesk/scoring/wording.py): the text
follows the current language, the rubric's titles and codes are quoted as they are.
"""

from __future__ import annotations

from typing import Any

from evaldesk.messages import Message, msg
from evaldesk.scoring.report import ItemResult, ScoreReport


def _t(key: str, /, **args: Any) -> str:
    return msg(key, **args).text()


def render_report(report: ScoreReport, *, all_items: bool = False) -> str:
    out: list[str] = []
    rated = report.rating_ceiling is not None
    if rated:
        grade = report.grade or msg("score.text.to_be_rated")
        out.append(_t("score.text.rated", grade=grade, ceiling=report.rating_ceiling))
    else:
        top = msg("score.text.of_max", max=report.max) if report.max is not None else ""
        grade_part = msg("score.text.grade", grade=report.grade) if report.grade else ""
        out.append(_t("score.text.total", total=report.total, max=top, grade=grade_part))
        if report.bonus:
            out.append(_t("score.text.bonus", bonus=report.bonus))
        out.append(_t("score.text.attainable", attainable=report.attainable))
    if report.grade_cap:
        out.append(_t("score.text.grade_capped", grade=report.grade_cap))
    if report.vetoed:
        out.append(_t("score.text.vetoed"))
    for part in report.parts:
        shown_part = _t(
            "score.text.part",
            title=part.title,
            score=part.score,
            max=part.max if part.max is not None else "-",
            percent=part.weight * 100,
            weighted=part.weighted,
        )
        out.append("  " + shown_part)
    for section in report.sections:
        cap = msg("score.text.of_max", max=section.max) if section.max is not None else ""
        bonus = msg("score.text.section_bonus", bonus=section.bonus) if section.bonus else ""
        shown = (
            ""
            if rated
            else msg("score.text.section_score", score=section.score, max=cap, bonus=bonus)
        )
        out.append(_t("score.text.section", code=section.code, title=section.title, score=shown))
        for line in section.explanations:
            out.append(f"      {line.line()}")
        for item in section.items:
            if not all_items and item.status == "met" and not item.explanations:
                continue
            out.append("  " + _item_line(item, rated))
            for line in item.explanations:
                out.append(f"      {line.line()}")
    for line in report.explanations:
        out.append(f"  {line.line()}")
    if report.unmet:
        out.append(_t("score.text.unmet"))
        out.extend(f"  {line.code} {line.line()}" for line in report.unmet)
    if report.pending:
        out.append(_t("score.text.pending", codes=list(report.pending)))
    for problem in report.problems:
        out.append(_t("score.text.note", problem=problem))
    return "\n".join(out)


def _item_line(item: ItemResult, rated: bool) -> str:
    status = msg(f"score.text.{'rated_' if rated else ''}status.{item.status}")
    score: Message | str = ""
    if not rated:
        cap = msg("score.text.of_max", max=item.max) if item.max is not None else ""
        score = msg("score.text.item_score", score=item.score, max=cap)
    evidence = msg("score.text.no_evidence") if item.missing_evidence else ""
    return _t(
        "score.text.item",
        code=item.code,
        title=item.title,
        score=score,
        status=status,
        evidence=evidence,
    )
