"""Ticking and filling rubric items: one RuleFact per (item, rule), checked against the rubric.

The live score (evaldesk.services.live.LiveScore) hears each change and rescores without
reloading anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from evaldesk.decimals import fmt_points
from evaldesk.errors import FactsError, InputError
from evaldesk.rubrics.model import Rubric
from evaldesk.scoring.check import facts_problems
from evaldesk.scoring.facts import Facts, IndicatorRow, RuleFact, Status
from evaldesk.services.actor import Actor
from evaldesk.services.form_values import clean_profile_value, parse_number
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric
from evaldesk.services.validation import unknown_item_message
from evaldesk.store import Store


def rule_fact_json(fact: RuleFact) -> dict[str, Any]:
    """As stored: only the fields set, Decimals as exact strings."""
    return fact.model_dump(mode="json", exclude_none=True)


def _as_rule_fact(fact: RuleFact | dict[str, Any]) -> RuleFact:
    if isinstance(fact, RuleFact):
        return fact
    try:
        return RuleFact.model_validate(fact)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{where}: {first['msg']}") from None


def _check(rubric: Rubric, scope: str, code: str, rule_id: str, fact: RuleFact) -> None:
    if scope == "item" and rubric.item(code) is None:
        raise InputError(unknown_item_message(code, rubric))
    if scope == "item":
        facts = Facts(items={code: {rule_id: fact}})
    elif scope == "section":
        facts = Facts(sections={code: {rule_id: fact}})
    else:
        facts = Facts(whole={rule_id: fact})
    problems = facts_problems(rubric, facts)
    if problems:
        raise FactsError(problems[0], problems)


def set_rule_fact(
    store: Store,
    actor: Actor,
    year: int,
    code: str,
    rule_id: str,
    fact: RuleFact | dict[str, Any] | None,
    *,
    scope: str = "item",
) -> RuleFact | None:
    """Record (or with None clear) the facts of one rule. ``scope``: item, section or whole."""
    require(actor, "facts.edit")
    if scope not in ("item", "section", "whole"):
        raise InputError(f"scope must be item, section or whole (got {scope!r})")
    rubric = year_rubric(store, year).rubric
    value = None
    if fact is not None:
        checked = _as_rule_fact(fact)
        _check(rubric, scope, code, rule_id, checked)
        value = rule_fact_json(checked)
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, scope, code if scope != "whole" else "", rule_id, value)
    return None if value is None else RuleFact.model_validate(value)


def current_rule_fact(
    store: Store, year: int, code: str, rule_id: str, scope: str = "item"
) -> RuleFact | None:
    row = store.facts.get(year, scope, code if scope != "whole" else "", rule_id)
    return None if row is None else RuleFact.model_validate(row.value)


def tick(
    store: Store, actor: Actor, year: int, code: str, rule_id: str, status: Status | None
) -> RuleFact | None:
    """Tick a whole rule met / not met / not assessed (None clears it)."""
    current = current_rule_fact(store, year, code, rule_id)
    base = current.model_dump(exclude_none=True) if current else {}
    base.pop("status", None)
    if status is not None:
        base["status"] = status
    return set_rule_fact(store, actor, year, code, rule_id, base or None)


def tick_line(
    store: Store,
    actor: Actor,
    year: int,
    code: str,
    rule_id: str,
    line_id: str,
    status: Status | None,
) -> RuleFact | None:
    """Tick one line of a checklist rule, keeping the other lines."""
    current = current_rule_fact(store, year, code, rule_id)
    base = current.model_dump(exclude_none=True) if current else {}
    lines = dict(base.get("lines") or {})
    if status is None:
        lines.pop(line_id, None)
    else:
        lines[line_id] = status
    if lines:
        base["lines"] = lines
    else:
        base.pop("lines", None)
    return set_rule_fact(store, actor, year, code, rule_id, base or None)


def set_group_values(
    store: Store,
    actor: Actor,
    year: int,
    code: str,
    rule_id: str,
    values: Mapping[str, Decimal | str | int | None],
) -> RuleFact | None:
    """A ranking rule's values of other units (``RuleFact.group``: unit id -> its measure).

    Only the units given change: a value sets it, None or "" removes it; the rule's other facts
    (this unit's own actual, its precondition tick) are kept."""
    rubric = year_rubric(store, year).rubric
    item = rubric.item(code)
    if item is None:
        raise InputError(unknown_item_message(code, rubric))
    rule = next((r for i, r in enumerate(item.rules, 1) if (r.id or str(i)) == rule_id), None)
    if rule is None or rule.kind != "ranking":
        raise InputError(f"{code}: rule {rule_id!r} is not a ranking rule")
    current = current_rule_fact(store, year, code, rule_id)
    base = current.model_dump(exclude_none=True) if current else {}
    group: dict[str, Decimal] = dict(base.get("group") or {})
    for unit_id, value in values.items():
        unit = rubric.unit(unit_id)
        if unit is None:
            raise InputError(f"{code}: {unit_id!r} is not a unit of {rubric.id}")
        text = _decimal_text(value, f"{code} {unit.name}")
        if text is None:
            group.pop(unit.id, None)
        else:
            group[unit.id] = Decimal(text)
    if group:
        base["group"] = group
    else:
        base.pop("group", None)
    return set_rule_fact(store, actor, year, code, rule_id, base or None)


def _decimal_text(value: Decimal | str | int | None, what: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return fmt_points(parse_number(str(value), what))


def set_rating(store: Store, actor: Actor, year: int, rating: str | None) -> None:
    """For rated rubrics (好/较好/一般): the result chosen by the evaluator."""
    require(actor, "facts.edit")
    rubric = year_rubric(store, year).rubric
    levels = rubric.rating.levels if rubric.rating else []
    if rating is not None and rating not in levels:
        raise InputError(
            f"{rating!r} is not a rating of {rubric.id} (ratings: {'、'.join(levels) or 'none'})"
        )
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, "rating", "", "", rating)


def set_table_cell(
    store: Store,
    actor: Actor,
    year: int,
    table_id: str,
    row_id: str,
    column_id: str,
    value: Decimal | str | int | None,
) -> None:
    """A cell of a report form's table (e.g. 支出合计 of 局机关), as an exact decimal."""
    require(actor, "facts.edit")
    rubric = year_rubric(store, year).rubric
    tables = {t.id: t for t in (rubric.form.tables if rubric.form else [])}
    table = tables.get(table_id)
    if table is None:
        raise InputError(f"{rubric.id} has no form table {table_id!r}")
    if row_id not in {r.id for r in table.rows} or column_id not in {c.id for c in table.columns}:
        raise InputError(f"table {table.title} has no cell {row_id}.{column_id}")
    text = _decimal_text(value, f"{table.title} {row_id}.{column_id}")
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, "table", table_id, f"{row_id}.{column_id}", text)


def _profile_keys(rubric: Rubric) -> set[str]:
    form = rubric.form
    if form is None:
        return set()
    keys = {f.id for f in form.profile}
    for block in form.signoff:
        if not isinstance(block, str):
            keys |= {f"{block.id}.opinion", f"{block.id}.signer", f"{block.id}.date"}
    return keys


def set_profile_field(
    store: Store, actor: Actor, year: int, field_id: str, value: str | None
) -> None:
    """A profile field of a report form, or a sign-off block's ``<id>.opinion/.signer/.date``.

    Number and date fields are checked and stored in one form (evaldesk.services.form_values);
    a value that is not a number or a date is refused and nothing is stored."""
    require(actor, "facts.edit")
    rubric = year_rubric(store, year).rubric
    if field_id not in _profile_keys(rubric):
        raise InputError(f"{rubric.id} has no profile field {field_id!r}")
    text = clean_profile_value(rubric, field_id, value)
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, "profile", "", field_id, text)


def set_indicators(
    store: Store,
    actor: Actor,
    year: int,
    item_code: str,
    rows: list[IndicatorRow] | list[dict[str, Any]] | None,
) -> None:
    """The office's own indicator rows under a category of a report form (None clears)."""
    require(actor, "facts.edit")
    rubric = year_rubric(store, year).rubric
    if rubric.item(item_code) is None:
        raise InputError(unknown_item_message(item_code, rubric))
    value = None
    if rows:
        try:
            checked = [
                r if isinstance(r, IndicatorRow) else IndicatorRow.model_validate(r) for r in rows
            ]
        except ValidationError as exc:
            first = exc.errors()[0]
            raise InputError(f"{item_code} indicator: {first['msg']}") from None
        value = [r.model_dump(mode="json", exclude_none=True) for r in checked]
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, "indicators", item_code, "", value)


def set_text_rows(
    store: Store, actor: Actor, year: int, table_id: str, rows: list[dict[str, str]] | None
) -> None:
    """Rows of a text table of a report form, e.g. 评价人员 (None clears)."""
    require(actor, "facts.edit")
    rubric = year_rubric(store, year).rubric
    tables = {t.id: t for t in (rubric.form.text_tables if rubric.form else [])}
    table = tables.get(table_id)
    if table is None:
        raise InputError(f"{rubric.id} has no text table {table_id!r}")
    columns = {c.id for c in table.columns}
    clean: list[dict[str, str]] = []
    for row in rows or []:
        unknown = set(row) - columns
        if unknown:
            raise InputError(f"{table.title} has no column(s) {', '.join(sorted(unknown))}")
        clean.append({k: str(v).strip() for k, v in row.items()})
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, "texts", table_id, "", clean or None)
