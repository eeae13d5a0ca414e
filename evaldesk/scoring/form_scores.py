"""Report forms: indicator rows, the overall self-score and the grade, checked against the rubric.

Each scored item of a report rubric is a category (质量指标, 社会效益 ...) under which the office
lists its own indicators. A category's score is entered directly, or is the sum of its
indicators' scores when every indicator carries one (``with_indicator_scores``).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from evaldesk.decimals import fmt_points
from evaldesk.messages import Message, msg, semicolons
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
    top = (
        msg("form.points", points=item.points)
        if item.points is not None
        else msg("form.category_points")
    )
    base = FormCheckResult(
        id=f"indicators:{code}",
        kind="indicator",
        wording=msg("form.indicators_check", title=item.title, top=top),
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
            reason=msg("form.no_indicators", title=item.title),
        )
    blanks: list[Message] = []
    for n, row in enumerate(rows, start=1):
        if not row.target.strip():
            blanks.append(msg("form.row_target", n=n))
        if not row.completion.strip():
            blanks.append(msg("form.row_completion", n=n))
    scored = [r.score for r in rows if r.score is not None]
    if scored and len(scored) < len(rows):
        blanks.extend(
            msg("form.row_score", n=n) for n, r in enumerate(rows, start=1) if r.score is None
        )
    if blanks:
        return replace(
            base,
            status="not_filled",
            stated=entered,
            # the blanks as a person reads them ("第2行完成情况"): the form has no cell ids here
            missing=tuple(b.text("zh") for b in blanks),
            reason=msg("form.not_filled", cells=blanks),
        )
    if not scored:
        how = msg("form.points", points=entered) if entered is not None else msg("form.unscored")
        return replace(
            base,
            status="ok",
            stated=entered,
            reason=msg("form.scored_by_category", n=len(rows), how=how),
            stated_text=fmt_points(entered) if entered is not None else "",
        )
    total = sum(scored, ZERO)
    base = replace(base, computed=total, computed_text=fmt_points(total))
    if item.points is not None and total > item.points:
        return replace(
            base,
            status="mismatch",
            stated=entered,
            reason=msg("form.indicators_over", total=total, points=item.points),
        )
    if entered is None:
        return replace(base, status="ok", reason=msg("form.indicators_as_score", total=total))
    status, difference = compare(total, entered, tolerance, at_stated_precision=False)
    return replace(
        base,
        status=status,
        stated=entered,
        difference=difference,
        reason=msg("form.indicators_vs_entered", total=total, entered=entered),
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
            wording=msg("form.score_check", label=label),
            status="ok",
            unit="分",
            cells=(f"profile.{field}",),
            computed=total,
            computed_text=fmt_points(total) if total is not None else "",
            stated_text=raw,
        )
        if unscored or not raw:
            blanks = [msg("form.not_filled", cells=[label])] if not raw else []
            if unscored:
                blanks.append(msg("form.unscored_items", titles=[titles[c] for c in unscored]))
            missing = ((f"profile.{field}",) if not raw else ()) + unscored
            why = msg("form.parts", parts=semicolons(blanks))
            out.append(replace(base, status="not_filled", missing=missing, reason=why))
        elif stated is None or total is None:
            problem = msg("form.not_a_number", label=label, raw=raw)
            out.append(replace(base, status="mismatch", reason=problem))
        else:
            # Scores are compared as they are: "100" for 99.6 is wrong, not a rounding.
            status, difference = compare(total, stated, form.tolerance, at_stated_precision=False)
            out.append(
                replace(
                    base,
                    status=status,
                    stated=stated,
                    difference=difference,
                    reason=msg("form.score_vs_stated", total=total, stated=stated),
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
        wording=msg("form.grade_check", label=label),
        status="ok",
        cells=(f"profile.{field}",),
        computed=basis,
        computed_text=expected or "",
        stated_text=stated,
    )
    why = (
        msg("form.grade_expected", score=basis, grade=expected)
        if basis is not None and expected is not None
        else None
    )
    if not stated or why is None:
        blanks: list[Message | str] = [label] if not stated else []
        if expected is None:
            blanks.append(msg("form.overall_score"))
        parts = [why, msg("form.not_filled", cells=blanks)]
        return replace(
            base,
            status="not_filled",
            missing=(f"profile.{field}",) if not stated else (),
            reason=msg("form.parts", parts=semicolons(p for p in parts if p is not None)),
        )
    good = stated == expected
    return replace(
        base,
        status="ok" if good else "mismatch",
        reason=why if good else msg("form.grade_stated", why=why, stated=stated),
    )
