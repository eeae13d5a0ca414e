"""Report forms: indicator rows, the overall self-score and the grade, checked against the rubric.

Each scored item of a report rubric is a category (质量指标, 社会效益 ...) under which the office
lists its own indicators. A category's score is entered directly, or is the sum of its
indicators' scores when every indicator carries one (``with_indicator_scores``).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.engine import grade_of, score
from evaldesk.scoring.facts import Facts
from evaldesk.scoring.form_result import FormCheckResult, compare
from evaldesk.scoring.indicator_scores import manual_rule_id, with_indicator_scores

ZERO = Decimal(0)


def indicator_check(item: m.Item, facts: Facts, tolerance: Decimal) -> FormCheckResult:
    """Targets and completions filled; indicator scores complete, within the category's points
    and equal to the category score when both are given."""
    code = item.code
    top = fmt_points(item.points) if item.points is not None else "本类分值"
    base = FormCheckResult(
        id=f"indicators:{code}",
        kind="indicator",
        text=f"{item.title}：绩效目标、完成情况已填写，指标得分合计不超过{top}分",
        status="ok",
        unit="分",
        cells=(f"indicators.{code}",),
    )
    rows = facts.indicators.get(code, [])
    rid = manual_rule_id(item)
    fact = facts.items.get(code, {}).get(rid) if rid is not None else None
    entered = fact.score if fact is not None else None
    if not rows:
        return replace(
            base,
            status="not_filled",
            stated=entered,
            missing=(f"indicators.{code}",),
            detail=f"{item.title}未填写任何绩效指标",
        )
    blanks: list[str] = []
    for n, row in enumerate(rows, start=1):
        if not row.target.strip():
            blanks.append(f"第{n}行绩效目标")
        if not row.completion.strip():
            blanks.append(f"第{n}行完成情况")
    scored = [r.score for r in rows if r.score is not None]
    if scored and len(scored) < len(rows):
        blanks.extend(f"第{n}行得分" for n, r in enumerate(rows, start=1) if r.score is None)
    if blanks:
        return replace(
            base,
            status="not_filled",
            stated=entered,
            missing=tuple(blanks),
            detail="未填写：" + "、".join(blanks),
        )
    if not scored:
        how = f"{fmt_points(entered)}分" if entered is not None else "未评分"
        return replace(
            base,
            status="ok",
            stated=entered,
            detail=f"{len(rows)}项指标，按类别评分：{how}",
            stated_text=fmt_points(entered) if entered is not None else "",
        )
    total = sum(scored, ZERO)
    base = replace(base, computed=total, computed_text=fmt_points(total))
    if item.points is not None and total > item.points:
        return replace(
            base,
            status="mismatch",
            stated=entered,
            detail=f"指标得分合计{fmt_points(total)}分，超过本类分值{top}分",
        )
    if entered is None:
        return replace(
            base,
            status="ok",
            detail=f"指标得分合计{fmt_points(total)}分，计为本类得分",
        )
    status, difference = compare(total, entered, tolerance, at_stated_precision=False)
    return replace(
        base,
        status=status,
        stated=entered,
        difference=difference,
        detail=f"指标得分合计{fmt_points(total)}分，本类得分填报{fmt_points(entered)}分",
        stated_text=fmt_points(entered),
    )


def _parse(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _label(form: m.Form, field_id: str) -> str:
    return next((p.label for p in form.profile if p.id == field_id), field_id)


def score_and_grade(rubric: m.Rubric, form: m.Form, facts: Facts) -> list[FormCheckResult]:
    """The stated 综合得分 against the items' total, and the stated 等次 against the bands."""
    report = score(rubric, with_indicator_scores(rubric, facts))
    unscored = tuple(i.code for s in report.sections for i in s.items if i.status == "not_assessed")
    titles = {i.code: i.title for i in rubric.items()}
    total = None if unscored else report.total
    out: list[FormCheckResult] = []
    stated: Decimal | None = None
    if form.overall_score is not None:
        field = form.overall_score
        label = _label(form, field)
        raw = facts.profile.get(field, "").strip()
        stated = _parse(raw) if raw else None
        base = FormCheckResult(
            id="score",
            kind="score",
            text=f"{label}=各项得分合计",
            status="ok",
            unit="分",
            cells=(f"profile.{field}",),
            computed=total,
            computed_text=fmt_points(total) if total is not None else "",
            stated_text=raw,
        )
        if unscored or not raw:
            blanks = [f"未填写：{label}"] if not raw else []
            if unscored:
                blanks.append("未评分：" + "、".join(titles[c] for c in unscored))
            missing = ((f"profile.{field}",) if not raw else ()) + unscored
            out.append(
                replace(base, status="not_filled", missing=missing, detail="；".join(blanks))
            )
        elif stated is None or total is None:
            out.append(replace(base, status="mismatch", detail=f"填报的{label}“{raw}”不是数字"))
        else:
            # Scores are compared as they are: "100" for 99.6 is wrong, not a rounding.
            status, difference = compare(total, stated, form.tolerance, at_stated_precision=False)
            out.append(
                replace(
                    base,
                    status=status,
                    stated=stated,
                    difference=difference,
                    detail=f"各项得分合计{fmt_points(total)}分，填报{fmt_points(stated)}分",
                )
            )
    if form.grade_field is not None:
        out.append(_grade_check(rubric, form, facts, total if total is not None else stated))
    return out


def _grade_check(
    rubric: m.Rubric, form: m.Form, facts: Facts, basis: Decimal | None
) -> FormCheckResult:
    """The grade follows the computed total, or the stated score while items are unscored."""
    assert form.grade_field is not None
    field = form.grade_field
    label = _label(form, field)
    expected = grade_of(rubric, basis) if basis is not None else None
    stated = facts.profile.get(field, "").strip()
    base = FormCheckResult(
        id="grade",
        kind="grade",
        text=f"{label}与综合得分相符",
        status="ok",
        cells=(f"profile.{field}",),
        computed=basis,
        computed_text=expected or "",
        stated_text=stated,
    )
    why = f"综合得分{fmt_points(basis)}分对应“{expected}”" if basis is not None else ""
    if not stated or expected is None:
        blanks = ([label] if not stated else []) + (["综合得分"] if expected is None else [])
        detail = "；".join(x for x in (why, "未填写：" + "、".join(blanks)) if x)
        return replace(
            base,
            status="not_filled",
            missing=(f"profile.{field}",) if not stated else (),
            detail=detail,
        )
    good = stated == expected
    return replace(
        base,
        status="ok" if good else "mismatch",
        detail=why + ("" if good else f"，填报为“{stated}”"),
    )
