"""Recording facts: ticks, counts, values, form fields — each one read–merge–write.

Every function here does its whole change in one write transaction (the rubric it checks
against, the fact as stored, the merged value, the write and its audit row) and returns the
:class:`~evaldesk.store.changes.Changes` it made: the live score applies them without reading
the fact back, and undo replays their inverse (:func:`replay`). A rule's facts are validated
once, here, by :func:`validated`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from evaldesk.decimals import fmt_points
from evaldesk.errors import FactsError, InputError
from evaldesk.kinds import rows as row_values
from evaldesk.kinds.base import Row
from evaldesk.messages import Origin, msg
from evaldesk.rubrics.model import Rubric
from evaldesk.rubrics.rows import find_row
from evaldesk.rubrics.schema_errors import value_problem
from evaldesk.scoring.check import facts_problems
from evaldesk.scoring.facts import Facts, IndicatorRow, RuleFact, Status
from evaldesk.services.actor import Actor
from evaldesk.services.form_values import clean_profile_value, parse_number
from evaldesk.services.roles import require
from evaldesk.services.rubric import year_rubric, year_rubric_in
from evaldesk.services.validation import unknown_item_message
from evaldesk.store import Store
from evaldesk.store.changes import Changes, FactChange
from evaldesk.store.tx import Tx

#: Where a rule's recorded values are described (named in "unknown field" problems).
DOC = "docs/facts-format.md"

RULE_SCOPES = ("item", "section", "whole")
Merge = Callable[[dict[str, Any] | None], dict[str, Any] | None]


def rule_fact_json(fact: RuleFact) -> dict[str, Any]:
    """As stored: only the fields set, Decimals as exact strings."""
    return fact.model_dump(mode="json", exclude_none=True)


def validated(
    rubric: Rubric, scope: str, code: str, rule_id: str, data: dict[str, Any] | RuleFact | None
) -> dict[str, Any] | None:
    """The one check a rule's facts pass before they are stored: the fields and their bounds,
    then what the rule reads (its kind's fields, its lines, levels, grades ...). Returns the
    data as stored (None clears)."""
    if data is None:
        return None
    if isinstance(data, RuleFact):
        fact = data
    else:
        try:
            fact = RuleFact.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise InputError(
                msg(
                    "facts.bad_field",
                    Origin(item=code),
                    code=code,
                    where=where,
                    problem=value_problem(first, doc=DOC),
                )
            ) from None
    if scope == "item" and rubric.item(code) is None:
        raise InputError(unknown_item_message(code, rubric))
    if scope == "item":
        facts = Facts.model_construct(items={code: {rule_id: fact}})
    elif scope == "section":
        facts = Facts.model_construct(sections={code: {rule_id: fact}})
    else:
        facts = Facts.model_construct(whole={rule_id: fact})
    problems = facts_problems(rubric, facts)
    if problems:
        raise FactsError(problems[0], problems)
    return rule_fact_json(fact)


def _scope_code(scope: str, code: str) -> str:
    if scope not in RULE_SCOPES:
        raise InputError(msg("facts.bad_scope", scope=scope))
    return code if scope != "whole" else ""


def update_rule_fact(
    store: Store,
    actor: Actor,
    year: int,
    code: str,
    rule_id: str,
    merge: Merge,
    *,
    scope: str = "item",
) -> Changes:
    """Read one rule's facts, ``merge`` them, check the result and store it: one transaction."""
    require(actor, "facts.edit")
    where = _scope_code(scope, code)
    with store.write(actor.name) as tx:
        rubric = year_rubric_in(store, tx, year).rubric
        store.facts.update(
            tx,
            year,
            scope,
            where,
            rule_id,
            lambda old: validated(rubric, scope, code, rule_id, merge(old)),
        )
    return tx.changes()


def set_rule_fact(
    store: Store,
    actor: Actor,
    year: int,
    code: str,
    rule_id: str,
    fact: RuleFact | dict[str, Any] | None,
    *,
    scope: str = "item",
) -> Changes:
    """Record (or with None clear) the facts of one rule. ``scope``: item, section or whole."""
    data = rule_fact_json(fact) if isinstance(fact, RuleFact) else fact
    return update_rule_fact(store, actor, year, code, rule_id, lambda _old: data, scope=scope)


def record(
    store: Store,
    actor: Actor,
    year: int,
    row: Row | tuple[str, str, str, str | None],
    raw: Any,
    *,
    unit: str | None = None,
) -> Changes:
    """Set one row of an item (a tick, a count, a value) from what was typed or picked."""
    if not isinstance(row, Row):
        row = find_row(year_rubric(store, year).rubric, unit, row)
    value = row_values.parse_value(row, raw)
    return update_rule_fact(
        store,
        actor,
        year,
        row.item_code,
        row.rule_id,
        lambda old: row_values.with_value(row, old, value),
    )


def current_rule_fact(
    store: Store, year: int, code: str, rule_id: str, scope: str = "item"
) -> RuleFact | None:
    row = store.facts.get(year, scope, code if scope != "whole" else "", rule_id)
    return None if row is None else RuleFact.model_validate(row.value)


def tick(
    store: Store, actor: Actor, year: int, code: str, rule_id: str, status: Status | None
) -> Changes:
    """Tick a whole rule met / not met / not assessed (None clears it)."""

    def merge(old: dict[str, Any] | None) -> dict[str, Any] | None:
        data = {k: v for k, v in (old or {}).items() if k != "status"}
        if status is not None:
            data["status"] = status
        return data or None

    return update_rule_fact(store, actor, year, code, rule_id, merge)


def tick_line(
    store: Store,
    actor: Actor,
    year: int,
    code: str,
    rule_id: str,
    line_id: str,
    status: Status | None,
) -> Changes:
    """Tick one line of a checklist rule, keeping the other lines."""

    def merge(old: dict[str, Any] | None) -> dict[str, Any] | None:
        data = dict(old or {})
        lines = dict(data.get("lines") or {})
        if status is None:
            lines.pop(line_id, None)
        else:
            lines[line_id] = status
        if lines:
            data["lines"] = lines
        else:
            data.pop("lines", None)
        return data or None

    return update_rule_fact(store, actor, year, code, rule_id, merge)


def set_group_values(
    store: Store,
    actor: Actor,
    year: int,
    code: str,
    rule_id: str,
    values: Mapping[str, Decimal | str | int | None],
) -> Changes:
    """A ranking rule's values of other units (``RuleFact.group``: unit id -> its measure).

    Only the units given change: a value sets it, None or "" removes it; the rule's other facts
    (this unit's own actual, its precondition tick) are kept."""
    rubric = year_rubric(store, year).rubric
    item = rubric.item(code)
    if item is None:
        raise InputError(unknown_item_message(code, rubric))
    rule = next((r for i, r in enumerate(item.rules, 1) if (r.id or str(i)) == rule_id), None)
    if rule is None or rule.kind != "ranking":
        raise InputError(msg("facts.not_ranking", Origin(item=code), code=code, rule=rule_id))
    given: dict[str, str | None] = {}
    for unit_id, value in values.items():
        unit = rubric.unit(unit_id)
        if unit is None:
            raise InputError(
                msg("facts.not_unit", Origin(item=code), code=code, unit=unit_id, rubric=rubric.id)
            )
        given[unit.id] = _decimal_text(value, f"{code} {unit.name}")

    def merge(old: dict[str, Any] | None) -> dict[str, Any] | None:
        data = dict(old or {})
        group = dict(data.get("group") or {})
        for unit_id, text in given.items():
            if text is None:
                group.pop(unit_id, None)
            else:
                group[unit_id] = text
        if group:
            data["group"] = group
        else:
            data.pop("group", None)
        return data or None

    return update_rule_fact(store, actor, year, code, rule_id, merge)


def replay(store: Store, actor: Actor, changes: Changes) -> Changes:
    """Write each fact of ``changes`` as its ``new`` value (undo passes ``changes.inverse()``,
    redo the changes themselves), checked as any new value is; one transaction."""
    needs = {"review": "review.scores", "interp": "interpretations.set"}
    for scope in {c.scope for c in changes.facts}:
        require(actor, needs.get(scope, "facts.edit"))
    with store.write(actor.name) as tx:
        for change in changes.facts:
            _replay_one(store, tx, change)
    return tx.changes()


def _replay_one(store: Store, tx: Tx, change: FactChange) -> None:
    value = change.new
    if change.scope in RULE_SCOPES and value is not None:
        rubric = year_rubric_in(store, tx, change.year).rubric
        code = change.code if change.scope != "whole" else ""
        value = validated(rubric, change.scope, code, change.key, value)
    store.facts.set(tx, change.year, change.scope, change.code, change.key, value)


def _decimal_text(value: Decimal | str | int | None, what: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return fmt_points(parse_number(str(value), what))


def set_rating(store: Store, actor: Actor, year: int, rating: str | None) -> Changes:
    """For rated rubrics (好/较好/一般): the result chosen by the evaluator."""
    require(actor, "facts.edit")
    rubric = year_rubric(store, year).rubric
    levels = rubric.rating.levels if rubric.rating else []
    if rating is not None and rating not in levels:
        raise InputError(
            msg(
                "facts.bad_rating",
                rating=rating,
                rubric=rubric.id,
                levels=levels or msg("services.none"),
            )
        )
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, "rating", "", "", rating)
    return tx.changes()


def set_table_cell(
    store: Store,
    actor: Actor,
    year: int,
    table_id: str,
    row_id: str,
    column_id: str,
    value: Decimal | str | int | None,
) -> Changes:
    """A cell of a report form's table (e.g. 支出合计 of 局机关), as an exact decimal."""
    require(actor, "facts.edit")
    rubric = year_rubric(store, year).rubric
    tables = {t.id: t for t in (rubric.form.tables if rubric.form else [])}
    table = tables.get(table_id)
    if table is None:
        raise InputError(msg("form_values.no_table", rubric=rubric.id, table=table_id))
    if row_id not in {r.id for r in table.rows} or column_id not in {c.id for c in table.columns}:
        raise InputError(msg("facts.no_cell", table=table.title, cell=f"{row_id}.{column_id}"))
    text = _decimal_text(value, f"{table.title} {row_id}.{column_id}")
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, "table", table_id, f"{row_id}.{column_id}", text)
    return tx.changes()


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
) -> Changes:
    """A profile field of a report form, or a sign-off block's ``<id>.opinion/.signer/.date``.

    Number and date fields are checked and stored in one form (evaldesk.services.form_values);
    a value that is not a number or a date is refused and nothing is stored."""
    require(actor, "facts.edit")
    rubric = year_rubric(store, year).rubric
    if field_id not in _profile_keys(rubric):
        raise InputError(msg("form_values.no_profile_field", rubric=rubric.id, field=field_id))
    text = clean_profile_value(rubric, field_id, value)
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, "profile", "", field_id, text)
    return tx.changes()


def set_indicators(
    store: Store,
    actor: Actor,
    year: int,
    item_code: str,
    rows: list[IndicatorRow] | list[dict[str, Any]] | None,
) -> Changes:
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
            raise InputError(
                msg(
                    "facts.bad_indicator",
                    Origin(item=item_code),
                    code=item_code,
                    problem=value_problem(first, doc=DOC),
                )
            ) from None
        value = [r.model_dump(mode="json", exclude_none=True) for r in checked]
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, "indicators", item_code, "", value)
    return tx.changes()


def set_text_rows(
    store: Store, actor: Actor, year: int, table_id: str, rows: list[dict[str, str]] | None
) -> Changes:
    """Rows of a text table of a report form, e.g. 评价人员 (None clears)."""
    require(actor, "facts.edit")
    rubric = year_rubric(store, year).rubric
    tables = {t.id: t for t in (rubric.form.text_tables if rubric.form else [])}
    table = tables.get(table_id)
    if table is None:
        raise InputError(msg("form_values.no_text_table", rubric=rubric.id, table=table_id))
    columns = {c.id for c in table.columns}
    clean: list[dict[str, str]] = []
    for row in rows or []:
        unknown = set(row) - columns
        if unknown:
            raise InputError(msg("facts.no_columns", table=table.title, columns=sorted(unknown)))
        clean.append({k: str(v).strip() for k, v in row.items()})
    with store.write(actor.name) as tx:
        store.facts.set(tx, year, "texts", table_id, "", clean or None)
    return tx.changes()
