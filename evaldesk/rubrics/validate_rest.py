"""Checks of a rubric's per-unit target tables and of its report form.

Each problem is handed to ``error`` or ``warn`` with the spot it is at (the validator places
it in the file). Ids a form refers to must exist and be unique: the UI and the PDF address
cells, tables and profile fields by id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from decimal import Decimal

from evaldesk.messages import Message, msg
from evaldesk.rubrics import model as m
from evaldesk.rubrics import spots
from evaldesk.rubrics.where import Spot

#: Hands one problem over: (where it is, what it is).
Report = Callable[[Spot, Message], None]

ZERO = Decimal(0)


def target_problems(rubric: m.Rubric, error: Report, warn: Report) -> None:
    unit_ids = {u.id for u in rubric.units}
    for key, table in rubric.targets.items():
        here = Spot(("targets", key), (msg("where.targets", key=key),))
        titled = Spot(here.loc, (msg("where.targets_titled", key=key, title=table.title),))
        for unit_id in table.values:
            if unit_ids and unit_id not in unit_ids:
                error(
                    here.child("values", unit_id), msg("rubric.target_unknown_unit", unit=unit_id)
                )
        if unit_ids:
            missing = sorted(u for u in unit_ids if u not in table.values)
            if missing:
                warn(titled.child("values"), msg("rubric.target_missing_units", units=missing))
        if table.total is not None:
            total = sum(table.values.values(), ZERO)
            if total != table.total:
                problem = msg("rubric.targets_vs_total", total=total, stated=table.total)
                warn(titled.child("total"), problem)
        if table.within is not None:
            parent = rubric.targets.get(table.within)
            if parent is None:
                error(here.child("within"), msg("rubric.within_unknown", key=table.within))
                continue
            for unit_id, value in table.values.items():
                whole = parent.values.get(unit_id)
                if whole is not None and value > whole:
                    problem = msg(
                        "rubric.part_over_whole",
                        unit=unit_id,
                        value=value,
                        whole_title=parent.title,
                        whole=whole,
                    )
                    warn(here.child("values", unit_id), problem)


def form_problems(rubric: m.Rubric, error: Report, warn: Report) -> None:
    form = rubric.form
    if form is None:
        return
    cells = _form_cells(form)
    for index, check in enumerate(form.checks):
        here = Spot(
            ("form", "checks", index), (msg("where.form_check", name=check.text or check.kind),)
        )
        refs = (
            [check.total, *check.parts]
            if isinstance(check, m.SumCheck)
            else [check.stated, *check.numerator, check.denominator]
        )
        for ref in refs:
            if ref not in cells:
                error(here, msg("rubric.form_unknown_cell", cell=ref))
    _id_problems(rubric, form, error, warn)


def _form_cells(form: m.Form) -> set[str]:
    cells = set()
    for table in form.tables:
        for row in table.rows:
            for col in table.columns:
                cells.add(f"{table.id}.{row.id}.{col.id}")
    return cells


def _id_problems(rubric: m.Rubric, form: m.Form, error: Report, warn: Report) -> None:
    here = Spot(("form",), (msg("where.form"),))
    profile = [p.id for p in form.profile]
    named = {
        ("profile", "rubric.form_what.profile_field"): profile,
        ("tables", "rubric.form_what.table"): [t.id for t in form.tables],
        ("text_tables", "rubric.form_what.text_table"): [t.id for t in form.text_tables],
        ("signoff", "rubric.form_what.signoff_block"): [
            b.id for b in form.signoff if isinstance(b, m.SignoffBlock)
        ],
        ("checks", "rubric.form_what.check"): [c.id for c in form.checks if c.id is not None],
    }
    for (key, what), ids in named.items():
        for dup, n in Counter(ids).items():
            if n > 1:
                error(here.child(key), msg("rubric.form_id_reused", what=msg(what), id=dup))
    for name, ref in (("overall_score", form.overall_score), ("grade_field", form.grade_field)):
        if ref is not None and ref not in profile:
            error(here.child(name), msg("rubric.form_not_profile", field=name, ref=ref))
    if form.grade_field is not None and not rubric.grades:
        error(here.child("grade_field"), msg("rubric.grade_field_needs_grades"))
    if form.indicators is not None:
        for s_index, section in enumerate(rubric.sections):
            for index, item in enumerate(section.items):
                if not any(r.kind == "manual" for r in item.rules):
                    warn(
                        spots.item(s_index, index, item.code), msg("rubric.indicator_needs_manual")
                    )
