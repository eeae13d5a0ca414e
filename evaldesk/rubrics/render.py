"""Readable text of a rubric (`evaldesk rubrics show`) and one-line rule summaries.

The labels (总分, 构成, 评估内容 ...) are catalog wording (evaldesk/rubrics/render_wording.py),
so the text follows the current language; the rubric's own words (titles, 评分标准, notes) are
quoted as they are.
"""

from __future__ import annotations

from typing import Any

from evaldesk import kinds
from evaldesk.errors import NotFound
from evaldesk.kinds.base import RubricFacts
from evaldesk.messages import Message, clauses, language, msg
from evaldesk.rubrics import model as m
from evaldesk.rubrics.loader import LoadedRubric
from evaldesk.rubrics.render_money import plus, subsidies_text, targets_text


def describe_rule(rule: Any, view: RubricFacts) -> str:
    """What the engine does with this rule, in one line (the source wording is shown beside it)."""
    return kinds.of(rule).describe(rule, view).text()


def _t(key: str, /, **args: Any) -> str:
    return msg(key, **args).text()


def render_text(loaded: LoadedRubric, unit: str | None = None) -> str:
    """The whole rubric; with ``unit``, that unit's own targets instead of the full tables."""
    r = loaded.rubric
    chosen = r.unit(unit) if unit is not None else None
    if unit is not None and chosen is None:
        known = [msg("rubric.unit_named", id=u.id, name=u.name) for u in r.units]
        raise NotFound(
            msg("rubric.no_unit", unit=unit, rubric=r.id, known=known or msg("rubric.no_units"))
        )
    out = _head(loaded)
    view = r.kind_view()
    for section in r.sections:
        out.append("")
        out += _section(r, section, view)
    for rule in r.rules:
        out.append(
            _t(
                "rubric.show.whole_rule",
                id=rule.id,
                text=rule.text,
                describe=describe_rule(rule, view),
            )
        )
    for extra in (targets_text(r, chosen), subsidies_text(r.subsidies)):
        if extra:
            out.append("")
            out.extend(extra)
    if r.form is not None:
        out.append("")
        out += _form(r.form)
    if r.notes:
        out.append("")
        out.append(_t("rubric.show.notes"))
        out.extend(f"  {i}. {note}" for i, note in enumerate(r.notes, 1))
    if loaded.warnings:
        out.append("")
        out.append(_t("rubric.show.warnings"))
        out.extend(f"  ! {w}" for w in loaded.warning_texts())
    return "\n".join(out)


def _head(loaded: LoadedRubric) -> list[str]:
    r = loaded.rubric
    out = [r.title]
    meta = [
        x
        for x in (r.issuer, r.doc_number, _t("rubric.show.year", year=r.year) if r.year else "")
        if x
    ]
    if meta:
        out.append(_gap().join(meta))
    out.append(_t("rubric.show.ids", id=r.id, version=r.version, sha=loaded.sha256[:16]))
    if r.total is not None:
        out.append(_t("rubric.show.total", points=r.total))
    if r.parts:
        parts = [msg("rubric.show.part", title=p.title, percent=p.weight * 100) for p in r.parts]
        out.append(_t("rubric.show.parts", parts=plus(parts)))
    if r.grades:
        bands = sorted(r.grades, key=lambda b: b.min, reverse=True)
        listed = clauses(msg("rubric.show.band", grade=b.grade, min=b.min) for b in bands)
        out.append(_t("rubric.show.grades", bands=listed))
    if r.rating:
        out.append(_t("rubric.show.rating", levels=r.rating.levels))
    if r.columns and len(r.columns) > 1:
        out.append(_t("rubric.show.columns", labels=[c.label for c in r.columns]))
    if r.units:
        groups = {g.id: g.name for g in r.unit_groups}
        units = [
            msg("rubric.show.unit_in_group", name=u.name, group=groups.get(u.group, ""))
            if u.group
            else u.name
            for u in r.units
        ]
        out.append(_t("rubric.show.units", units=units))
    return out


def _section(r: m.Rubric, section: m.Section, view: RubricFacts) -> list[str]:
    points = (
        msg("rubric.show.section_points", points=section.points)
        if section.points is not None
        else ""
    )
    bonus = msg("rubric.show.bonus_section") if section.bonus else ""
    out = [
        _t(
            "rubric.show.section",
            code=section.code,
            title=section.title,
            points=points,
            bonus=bonus,
        )
    ]
    if section.content:
        out.append(_indent(msg("rubric.show.label.content"), section.content, pad=2))
    if section.note:
        out.append(_indent(msg("rubric.show.label.note"), section.note, pad=2))
    rated = r.kind == "rating"
    for item in section.items:
        out += _item(item, view, rated)
    for rule in section.rules:
        out.append(
            "  "
            + _t(
                "rubric.show.section_rule",
                id=rule.id,
                text=rule.text,
                describe=describe_rule(rule, view),
            )
        )
    return out


#: (field, label in a points rubric, label in a rated rubric)
_ITEM_TEXTS = (
    ("content", "rubric.show.label.assessed", "rubric.show.label.indicator"),
    ("criteria", "rubric.show.label.criteria", "rubric.show.label.explanation"),
    ("method", "rubric.show.label.method", "rubric.show.label.source"),
)


def _item(item: m.Item, view: RubricFacts, rated: bool) -> list[str]:
    if rated:
        points: Message | str = ""
    elif item.points is not None:
        points = msg("rubric.show.item_points", points=item.points)
    else:
        points = msg("rubric.show.item_unlimited")
    out = ["  " + _t("rubric.show.item", code=item.code, title=item.title, points=points)]
    for name, label, rated_label in _ITEM_TEXTS:
        text = getattr(item, name)
        if text:
            out.append(_indent(msg(rated_label if rated else label), text))
    for rule in item.rules:
        shared = msg("rubric.show.shared_budget", ref=rule.budget_of) if rule.budget_of else ""
        line = _t("rubric.show.rule", id=rule.id, describe=describe_rule(rule, view), shared=shared)
        out.append("      " + line)
    if item.note:
        out.append(_indent(msg("rubric.show.label.note"), item.note))
    return out


def _form(form: m.Form) -> list[str]:
    out = [_t("rubric.show.form")]
    if form.profile:
        out.append("  " + _t("rubric.show.profile", labels=[p.label for p in form.profile]))
    for table in form.tables:
        columns = [c.title for c in table.columns]
        out.append("  " + _t("rubric.show.table", title=table.title, columns=columns))
        out.append("    " + _t("rubric.show.rows", rows=[row.title for row in table.rows]))
    if form.indicators is not None:
        ind = form.indicators
        columns = [ind.content_label, ind.target_label, ind.completion_label, ind.score_label]
        out.append("  " + _t("rubric.show.table", title=ind.title, columns=columns))
    for text_table in form.text_tables:
        columns = [c.title for c in text_table.columns]
        out.append("  " + _t("rubric.show.table", title=text_table.title, columns=columns))
    for check in form.checks:
        out.append("  " + _t("rubric.show.check", check=check.text or check.kind))
    if form.overall_score is not None:
        out.append("  " + _t("rubric.show.score_checks"))
    out.append("  " + _t("rubric.show.tolerance", tolerance=form.tolerance))
    for block in form.signoff:
        if isinstance(block, str):
            out.append("  " + _t("rubric.show.signoff", block=block))
            continue
        pieces = [block.title]
        if block.signer:
            pieces.append(block.signer)
        if block.dated:
            pieces.append(_t("rubric.show.date_line"))
        out.append("  " + _t("rubric.show.signoff", block=_gap().join(pieces)))
    return out


def _gap() -> str:
    """The space between parts of one line: a full-width space in Chinese text."""
    return "　" if language() == "zh" else "  "


def _indent(label: Message, text: str, pad: int = 6) -> str:
    """``label：text``, further lines of the text lined up under the first."""
    lines = text.strip().splitlines()
    head = msg("rubric.show.labelled", label=label, text="").text()
    # as wide as the label: a full-width space for each wide character, a space for the rest
    under = "".join("　" if ord(ch) > 0x2E7F else " " for ch in head)
    space = " " * pad
    return "\n".join(
        f"{space}{head}{line}" if i == 0 else f"{space}{under}{line}"
        for i, line in enumerate(lines)
    )
