"""Checks of report forms (``kind: report``): table sums and ratios, indicators, score, grade.

``check_form(rubric, facts)`` is pure and returns one :class:`FormCheckResult` per check, in
the rubric's order, for the UI and the PDF to print alike. Nothing is hidden: a difference
within the tolerance is shown with its value, and a blank cell is "not filled" unless the
rubric says that blanks there mean 0 (then it is listed in ``zeroed``).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from evaldesk.decimals import fmt_points
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import Facts
from evaldesk.scoring.form_result import (
    STATUS_TEXT,
    CheckStatus,
    FormCheckResult,
    at_places,
    compare,
    places,
    text_of,
)
from evaldesk.scoring.form_scores import indicator_check, score_and_grade
from evaldesk.scoring.indicator_scores import with_indicator_scores

__all__ = [
    "STATUS_TEXT",
    "CheckStatus",
    "FormCheckResult",
    "check_form",
    "reported",
    "with_indicator_scores",
]

ZERO = Decimal(0)
HUNDRED = Decimal(100)


class _Cells:
    """Reads ``table.row.column`` cells from the facts and names them in Chinese."""

    def __init__(self, form: m.Form, facts: Facts) -> None:
        self._tables = facts.tables
        self._names: dict[str, tuple[str, str]] = {}
        for table in form.tables:
            for row in table.rows:
                for col in table.columns:
                    self._names[f"{table.id}.{row.id}.{col.id}"] = (
                        table.title,
                        f"{row.title}·{col.title}",
                    )

    def get(self, ref: str) -> Decimal | None:
        table, row, col = ref.split(".", 2)
        return self._tables.get(table, {}).get(row, {}).get(col)

    def names(self, refs: list[str], home: str) -> str:
        """Cells by row·column, with the table's title where it is not the check's own table."""
        out = []
        for ref in refs:
            title, cell = self._names.get(ref, ("", ref))
            out.append(cell if ref.split(".", 1)[0] == home else f"{title}·{cell}")
        return "；".join(out)


def _sum_check(
    check: m.SumCheck, cid: str, cells: _Cells, tolerance: Decimal, unit: str
) -> FormCheckResult:
    home = check.total.split(".", 1)[0]
    total = cells.get(check.total)
    base = FormCheckResult(
        id=cid,
        kind="sum",
        text=check.text or f"{cells.names([check.total], home)}=各项之和",
        status="ok",
        unit=unit,
        cells=(check.total, *check.parts),
        stated=total,
        stated_text=text_of(total),
    )
    if total is None and check.optional:
        return replace(base, status="not_applicable", detail="本行未填报")
    blank = [p for p in check.parts if cells.get(p) is None]
    missing = ([check.total] if total is None else []) + ([] if check.blank_as_zero else blank)
    zeroed = tuple(blank) if check.blank_as_zero else ()
    computed = None
    if check.blank_as_zero or not blank:
        computed = sum((cells.get(p) or ZERO for p in check.parts), ZERO)
        base = replace(base, computed=computed, computed_text=text_of(computed), zeroed=zeroed)
    if missing or computed is None or total is None:
        return replace(
            base,
            status="not_filled",
            missing=tuple(missing),
            detail="未填写：" + cells.names(missing, home),
        )
    status, difference = compare(computed, total, tolerance)
    detail = f"各项之和{text_of(computed)}，填报{text_of(total)}"
    if difference:
        detail += f"，相差{fmt_points(difference)}{unit}"
    if zeroed:
        detail += f"（空白栏按0计：{cells.names(list(zeroed), home)}）"
    return replace(base, status=status, difference=difference, detail=detail)


def _ratio_check(
    check: m.RatioCheck, cid: str, cells: _Cells, tolerance: Decimal
) -> FormCheckResult:
    home = check.stated.split(".", 1)[0]
    stated = cells.get(check.stated)
    base = FormCheckResult(
        id=cid,
        kind="ratio",
        text=check.text or cells.names([check.stated], home),
        status="ok",
        unit="%",
        cells=(check.stated, *check.numerator, check.denominator),
        stated=stated,
        stated_text=text_of(stated, "%"),
    )
    if stated is None and check.optional:
        return replace(base, status="not_applicable", detail="未填报比例")
    missing = [r for r in base.cells if cells.get(r) is None]
    if missing or stated is None:
        return replace(
            base,
            status="not_filled",
            missing=tuple(missing),
            detail="未填写：" + cells.names(missing, home),
        )
    values = [cells.get(r) or ZERO for r in check.numerator]
    denominator = cells.get(check.denominator) or ZERO
    if denominator == 0:
        return replace(
            base,
            status="mismatch",
            detail=f"{cells.names([check.denominator], home)}为0，无法计算比例，但填报了{text_of(stated, '%')}",
        )
    raw = (values[0] - sum(values[1:], ZERO)) / denominator * HUNDRED
    shown = at_places(raw, max(check.decimals, places(stated)))
    status, difference = compare(raw, stated, tolerance)
    detail = f"计算{text_of(shown, '%')}，填报{text_of(stated, '%')}"
    if places(stated) < places(shown):
        rounded = text_of(at_places(raw, places(stated)), "%")
        detail += f"（按填报精度{places(stated)}位小数为{rounded}）"
    if difference:
        detail += f"，相差{fmt_points(difference)}个百分点"
    return replace(
        base,
        status=status,
        computed=shown,
        computed_text=text_of(shown, "%"),
        difference=difference,
        detail=detail,
    )


def check_form(rubric: m.Rubric, facts: Facts) -> list[FormCheckResult]:
    """Every check of the rubric's form against the facts, in order; [] without a form."""
    form = rubric.form
    if form is None:
        return []
    cells = _Cells(form, facts)
    units = {t.id: t.unit_label for t in form.tables}
    out: list[FormCheckResult] = []
    for index, check in enumerate(form.checks, start=1):
        cid = check.id or str(index)
        if isinstance(check, m.SumCheck):
            unit = units.get(check.total.split(".", 1)[0], "")
            out.append(_sum_check(check, cid, cells, form.tolerance, unit))
        else:
            out.append(_ratio_check(check, cid, cells, form.tolerance))
    if form.indicators is not None:
        out.extend(indicator_check(item, facts, form.tolerance) for item in rubric.items())
    if form.overall_score is not None or form.grade_field is not None:
        out.extend(score_and_grade(rubric, form, facts))
    return out


def reported(results: list[FormCheckResult]) -> list[FormCheckResult]:
    """The results a reader must look at: differences (even within tolerance) and blanks."""
    return [r for r in results if r.reported]
