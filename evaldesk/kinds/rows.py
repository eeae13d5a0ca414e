"""A row's value: read from a RuleFact, parsed from what a person typed, merged into the fact.

A :class:`~evaldesk.kinds.base.Row` is one value the clerk records for a rule (a checklist
line's tick, a count, an actual value); its kind lists its rows. These functions are the same
for every kind: the services use them for the read–merge–write of a tick, the UI to show and
edit the value.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from evaldesk.decimals import fmt_points
from evaldesk.errors import InputError
from evaldesk.kinds.base import Row
from evaldesk.kinds.fact import MAX_VALUE, RuleFact
from evaldesk.messages import Origin, msg

#: RuleFact fields that hold a mapping (key -> value) rather than one value.
MAPPED = frozenset({"lines", "occurrences", "deviations", "votes"})

MESSAGES: dict[str, tuple[str, str]] = {
    "row.not_a_status": (
        "{code}：{value} 不是 符合 / 不符合 / 未评估 之一",
        "{code}: {value} is not met / not_met / not_assessed",
    ),
    "row.not_an_event": ("{code}：{value} 不是 发生 / 未发生", "{code}: {value} is not yes / no"),
    "row.not_a_number": ("{code}：“{value}”不是数字", "{code}: “{value}” is not a number"),
    "row.too_large": (
        "{code}：“{value}”太大（应小于 10^15）",
        "{code}: “{value}” is too large (it must be below 10^15)",
    ),
    "row.negative": ("{code}：“{value}”不能为负数", "{code}: “{value}” must not be negative"),
    "row.not_whole": ("{code}：“{value}”应为整数", "{code}: “{value}” must be a whole number"),
    "row.too_precise": (
        "{code}：“{value}”最多六位小数",
        "{code}: “{value}” may have at most six decimals",
    ),
    "row.target_fixed": (
        "{code}：目标由{source}规定为 {target}，单位不能另设；清空已填的目标即按此目标计算",
        "{code}: the target is {target}, given by {source}; the office cannot set another one "
        "(clearing a target entered before makes this one count)",
    ),
    "row.read_only": (
        "{code}：此项数值自动统计，不需手工填写",
        "{code}: this value is counted, not entered by hand",
    ),
}


def value_of(row: Row, fact: RuleFact | None) -> Any:
    """The recorded value of a row (None when nothing is recorded)."""
    if fact is None:
        return None
    value = getattr(fact, row.field)
    if row.field in MAPPED:
        return None if value is None else value.get(row.key)
    return value


def parse_value(row: Row, raw: Any) -> Any:
    """Text or a number from an editor -> the value to store; InputError says what to fix."""
    where = Origin(item=row.item_code, field=row.field)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if row.field == "target" and row.fixed_by is not None:
        given = f"{display(row.target)}{row.unit_label}"
        raise InputError(
            msg("row.target_fixed", where, code=row.item_code, target=given, source=row.fixed_by)
        )
    if row.editor == "status":
        if raw not in ("met", "not_met", "not_assessed"):
            raise InputError(msg("row.not_a_status", where, code=row.item_code, value=str(raw)))
        return None if raw == "not_assessed" else raw
    if row.editor == "event":
        if raw in (True, "yes", "true", 1):
            return True
        if raw in (False, "no", "false", 0):
            return False
        if raw == "not_assessed":
            return None
        raise InputError(msg("row.not_an_event", where, code=row.item_code, value=str(raw)))
    if row.editor in ("int", "decimal"):
        text = str(raw).strip().replace(",", "").replace("，", "").replace("%", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise InputError(
                msg("row.not_a_number", where, code=row.item_code, value=str(raw))
            ) from None
        if not number.is_finite():
            raise InputError(msg("row.not_a_number", where, code=row.item_code, value=str(raw)))
        if abs(number) >= MAX_VALUE:
            raise InputError(msg("row.too_large", where, code=row.item_code, value=str(raw)))
        if number < 0 and row.field != "score":
            raise InputError(msg("row.negative", where, code=row.item_code, value=str(raw)))
        if row.editor == "int":
            if number != number.to_integral_value():
                raise InputError(msg("row.not_whole", where, code=row.item_code, value=str(raw)))
            return int(number)
        if number != number.quantize(Decimal("0.000001")):
            raise InputError(msg("row.too_precise", where, code=row.item_code, value=str(raw)))
        return number
    raise InputError(msg("row.read_only", where, code=row.item_code))


def with_value(row: Row, fact: dict[str, Any] | None, value: Any) -> dict[str, Any] | None:
    """The rule's fact data after setting this row to ``value`` (None: no facts left).

    ``fact`` is the stored data (or None); the rule's other fields (other checklist lines, last
    year's value) are kept."""
    data: dict[str, Any] = dict(fact or {})
    if row.field in MAPPED:
        mapping = dict(data.get(row.field) or {})
        if value is None:
            mapping.pop(row.key, None)
        else:
            mapping[row.key] = value
        if mapping:
            data[row.field] = mapping
        else:
            data.pop(row.field, None)
    elif value is None:
        data.pop(row.field, None)
    else:
        data[row.field] = value
    return data or None


def display(value: Any) -> str:
    """The value as text for a table cell (empty when not recorded)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return fmt_points(value)
    return str(value)
