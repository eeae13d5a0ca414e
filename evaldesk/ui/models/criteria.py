"""The rows under a rubric item: one per rule, or per checklist line / bonus level / indicator.

Plain data, no Qt: what the clerk can record for each rule kind (the RuleFact field it fills),
how the current value is read from a RuleFact and how an edit turns into the new RuleFact
that ``services.facts.set_rule_fact`` stores. The rubric tree model and the undo commands
are built on these.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from evaldesk.decimals import fmt_points
from evaldesk.errors import InputError
from evaldesk.rubrics import model as m
from evaldesk.scoring.facts import RuleFact

#: Editors: a tick (met / not met / not assessed), an event (happened / did not / not
#: assessed), a whole number, a decimal number, or nothing (read-only, e.g. counted from the
#: ledger). GROUP: a ranking rule's figures of the other units, entered in the panel beside
#: the tree (evaldesk.ui.widgets.ranking_group); the row shows how many are entered.
STATUS, EVENT, INT, DECIMAL, READONLY = "status", "event", "int", "decimal", "readonly"
GROUP = "group"

#: RuleFact fields that hold a mapping (key -> value) rather than one value.
MAPPED = frozenset({"lines", "occurrences", "deviations", "votes"})

#: Counting sources the store fills (not entered by hand).
COUNTED = {
    "ledger_overdue": "ledger",
    "dispatch_missing": "dispatch",
    "dispatch_late": "dispatch",
    "dispatch_not_on_time": "dispatch",
}


@dataclass(frozen=True, slots=True)
class Criterion:
    item_code: str
    rule_id: str
    kind: str  # the rule kind
    field: str  # the RuleFact field this row fills
    key: str | None  # line / level / indicator id or grade, for mapped fields
    text: str  # the wording shown (the line's, the level's, or the rule's)
    editor: str  # STATUS, EVENT, INT, DECIMAL or READONLY
    label: str = ""  # what the value is ("actual", "last year", "count", ...), English source
    target: Decimal | None = None  # the unit's own target, when the rule compares with one
    unit_label: str = ""
    effect: Decimal | None = None  # points per line / level / occurrence (signed)
    source: str | None = None  # counting source for per_count rules filled by the store
    peers: int = 0  # GROUP: how many other units the rule ranks this one with

    @property
    def ident(self) -> tuple[str, str, str, str | None]:
        return (self.item_code, self.rule_id, self.field, self.key)


def rule_id(rule: Any, index: int) -> str:
    return str(rule.id or index)


def resolve_target(rubric: m.Rubric, target: m.Target | None, unit: str | None) -> Decimal | None:
    """The target a rule compares with: a number, or the unit's row of a targets table."""
    if target is None:
        return None
    if isinstance(target, Decimal):
        return target
    table = rubric.targets.get(target.key)
    if table is None or unit is None:
        return None
    return table.values.get(unit)


def peer_units(rubric: m.Rubric, unit_id: str | None, rule: m.Ranking) -> list[m.Unit]:
    """The units a ranking rule ranks together with ``unit_id`` (itself excluded)."""
    own = rubric.unit(unit_id) if unit_id else None
    if own is None:
        return []
    return [
        u for u in rubric.units if u.id != own.id and (rule.pool == "all" or u.group == own.group)
    ]


def _target_label(rubric: m.Rubric, target: m.Target | None) -> str:
    if isinstance(target, m.TargetRef):
        table = rubric.targets.get(target.key)
        return table.unit_label if table is not None else ""
    return ""


def criteria_for(item: m.Item, rubric: m.Rubric, unit: str | None) -> list[Criterion]:
    """The editable rows of ``item``, in the rubric's order."""
    out: list[Criterion] = []
    code = item.code
    for index, rule in enumerate(item.rules, start=1):
        rid = rule_id(rule, index)
        kind = rule.kind
        text = rule.text or item.title

        def add(
            field: str,
            editor: str,
            label: str = "",
            *,
            _rid: str = rid,
            _kind: str = kind,
            _text: str = text,
            **kw: Any,
        ) -> None:
            key = kw.pop("key", None)
            wording = kw.pop("text", _text)
            out.append(Criterion(code, _rid, _kind, field, key, wording, editor, label, **kw))

        if isinstance(rule, m.Checklist):
            for line in rule.lines:
                effect = -line.deduct if line.deduct is not None else line.award
                add("lines", STATUS, key=line.id, text=line.text, effect=effect)
        elif isinstance(rule, m.PerCount):
            if rule.source == "fact":
                add("count", INT, "count", unit_label=rule.unit_label, effect=-rule.points_each)
            else:
                add(
                    "count",
                    READONLY,
                    "count",
                    unit_label=rule.unit_label,
                    effect=-rule.points_each,
                    source=rule.source,
                )
        elif isinstance(rule, m.Proportional | m.Shortfall):
            add(
                "actual",
                DECIMAL,
                "actual",
                target=resolve_target(rubric, rule.target, unit),
                unit_label=_target_label(rubric, rule.target),
            )
        elif isinstance(rule, m.Tiers):
            if rule.measure in ("growth_pct", "growth_abs"):
                add("actual", DECIMAL, "this year")
                add("last_year", DECIMAL, "last year")
            elif rule.measure == "completion_pct":
                add(
                    "actual",
                    DECIMAL,
                    "actual",
                    target=resolve_target(rubric, rule.target, unit),
                    unit_label=_target_label(rubric, rule.target),
                )
            else:
                add("value", DECIMAL, "value")
        elif isinstance(rule, m.Growth):
            add("actual", DECIMAL, "this year")
            add("last_year", DECIMAL, "last year")
        elif isinstance(rule, m.AllOrNothing):
            if rule.target is not None:
                add(
                    "actual",
                    DECIMAL,
                    "actual",
                    target=resolve_target(rubric, rule.target, unit),
                    unit_label=_target_label(rubric, rule.target),
                )
            else:
                add("status", STATUS)
        elif isinstance(rule, m.Ranking):
            if rule.gate:
                add("status", STATUS, "precondition", text=rule.gate)
            field = "value" if rule.measure == "value" else "actual"
            add(
                field,
                DECIMAL,
                "actual" if field == "actual" else "value",
                target=resolve_target(rubric, rule.target, unit),
                unit_label=_target_label(rubric, rule.target),
            )
            others = len(peer_units(rubric, unit, rule))
            if others:
                add("group", GROUP, "other units", peers=others)
        elif isinstance(rule, m.Bonus):
            for level in rule.levels:
                add("occurrences", INT, "times", key=level.id, text=level.text, effect=level.points)
        elif isinstance(rule, m.Veto | m.Negative):
            effect = -rule.penalty if isinstance(rule, m.Negative) else None
            add("triggered", EVENT, effect=effect)
        elif isinstance(rule, m.NestedCaps):
            if rule.gate:
                add("status", STATUS, "precondition", text=rule.gate)
            for ind in rule.indicators:
                add("deviations", DECIMAL, "deviation %", key=ind.id, text=ind.text)
        elif isinstance(rule, m.GradedVotes):
            for grade, points in rule.grades.items():
                add("votes", INT, "votes", key=grade, text=f"{grade}（{fmt_points(points)}分）")
        elif isinstance(rule, m.Manual):
            add("score", DECIMAL, "score", effect=rule.points)
        elif isinstance(rule, m.Minimum):
            if rule.per or rule.minimum != 1:
                add("actual", DECIMAL, "actual", target=rule.minimum, unit_label=rule.unit_label)
            else:
                add("status", STATUS)
    return out


# --------------------------------------------------------------------------- values


def value_of(c: Criterion, fact: RuleFact | None) -> Any:
    """The recorded value of a row (None when nothing is recorded)."""
    if fact is None:
        return None
    value = getattr(fact, c.field)
    if c.field in MAPPED:
        return None if value is None else value.get(c.key)
    return value


def parse_value(c: Criterion, raw: Any) -> Any:
    """Text or a number from an editor -> the value to store; InputError says what to fix."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if c.editor == STATUS:
        if raw not in ("met", "not_met", "not_assessed"):
            raise InputError(f"{c.item_code}: {raw!r} is not met / not_met / not_assessed")
        return None if raw == "not_assessed" else raw
    if c.editor == EVENT:
        if raw in (True, "yes", "true", 1):
            return True
        if raw in (False, "no", "false", 0):
            return False
        if raw == "not_assessed":
            return None
        raise InputError(f"{c.item_code}: {raw!r} is not yes / no")
    if c.editor in (INT, DECIMAL):
        text = str(raw).strip().replace(",", "").replace("，", "").replace("%", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise InputError(f"{c.item_code}: “{raw}” is not a number") from None
        if not number.is_finite():
            raise InputError(f"{c.item_code}: “{raw}” is not a number")
        if number < 0 and c.field != "score":
            raise InputError(f"{c.item_code}: “{raw}” must not be negative")
        if c.editor == INT:
            if number != number.to_integral_value():
                raise InputError(f"{c.item_code}: “{raw}” must be a whole number")
            return int(number)
        return number
    raise InputError(f"{c.item_code}: this value is not entered by hand")


def with_value(c: Criterion, fact: RuleFact | None, value: Any) -> dict[str, Any] | None:
    """The RuleFact data after setting this row to ``value`` (None: the rule has no facts left).

    The other fields of the rule (other checklist lines, last year's value) are kept.
    """
    data: dict[str, Any] = fact.model_dump(exclude_none=True) if fact is not None else {}
    if c.field in MAPPED:
        mapping = dict(data.get(c.field) or {})
        if value is None:
            mapping.pop(c.key, None)
        else:
            mapping[c.key] = value
        if mapping:
            data[c.field] = mapping
        else:
            data.pop(c.field, None)
    elif value is None:
        data.pop(c.field, None)
    else:
        data[c.field] = value
    return data or None


def display(c: Criterion, value: Any) -> str:
    """The value as text for a table cell (empty when not recorded)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return fmt_points(value)
    return str(value)
