"""pydantic's validation errors as catalog messages, placed where they are in the file.

pydantic words its errors in English ("Input should be a valid decimal"); a Chinese reader must
not see that. Each error has a type (``missing``, ``greater_than_equal``, ...) and a context
(the bound, the expected values): both are data, so each type maps to a catalog key with the
values it needs. Our own validators raise ``refused(msg(...))`` (evaldesk/kinds/fact.py): the
error type is then a catalog key and the context its arguments. A type not mapped here keeps
pydantic's text under ``value.invalid`` (logged, so it can be mapped).

Used for rubric files (evaldesk/rubrics/loader.py), facts files and subsidy inputs
(evaldesk/scoring/facts.py, subsidies.py); each says how a location is named (``spot_of``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from evaldesk.messages import Message, catalog, msg
from evaldesk.rubrics.where import Loc, Locator, Spot, path_text

log = logging.getLogger("evaldesk.rubrics.schema_errors")

#: (spot with the names of the entries the path passes through, the rest of the path)
SpotOf = Callable[[Any, Loc], tuple[Spot, Loc]]

MESSAGES: dict[str, tuple[str, str]] = {
    "value.missing": ("缺少 {field}", "'{field}' is missing"),
    "value.owner_needs": ("{owner}：缺少 {field}", "{owner} needs '{field}'"),
    "value.unknown_field": (
        "未知字段“{field}”（请检查拼写，格式见 {doc}）",
        "unknown field '{field}' (check the spelling; see {doc})",
    ),
    "value.unknown_tag": (
        "未知的 {field}“{tag}”；可用的有：{expected}",
        "unknown {field} '{tag}'; expected one of: {expected}",
    ),
    "value.not_a_number": ("应为数字，实际是“{input}”", "expected a number, got '{input}'"),
    "value.not_whole": ("应为整数，实际是“{input}”", "expected a whole number, got '{input}'"),
    "value.not_text": ("应为文字，实际是“{input}”", "expected text, got '{input}'"),
    "value.not_bool": (
        "应为 true 或 false，实际是“{input}”",
        "expected true or false, got '{input}'",
    ),
    "value.not_list": ("应为列表，实际是“{input}”", "expected a list, got '{input}'"),
    "value.not_mapping": (
        "应为映射（名称: 值），实际是“{input}”",
        "expected a mapping (name: value), got '{input}'",
    ),
    "value.greater_than": (
        "必须大于 {limit}（实际是 {input}）",
        "must be greater than {limit} (got {input})",
    ),
    "value.at_least": (
        "不能小于 {limit}（实际是 {input}）",
        "must be at least {limit} (got {input})",
    ),
    "value.not_negative": ("不能为负数（实际是 {input}）", "must not be negative (got {input})"),
    "value.less_than": (
        "必须小于 {limit}（实际是 {input}）",
        "must be less than {limit} (got {input})",
    ),
    "value.at_most": (
        "不能大于 {limit}（实际是 {input}）",
        "must be at most {limit} (got {input})",
    ),
    "value.not_one_of": (
        "应为以下之一：{expected}（实际是“{input}”）",
        "must be one of {expected} (got '{input}')",
    ),
    "value.too_few": (
        "至少需要 {least} 项（现有 {actual} 项）",
        "needs at least {least} entries (has {actual})",
    ),
    "value.too_many": (
        "最多 {most} 项（现有 {actual} 项）",
        "has at most {most} entries (has {actual})",
    ),
    "value.empty_text": ("不能为空", "must not be empty"),
    "value.text_too_short": ("至少需要 {least} 个字符", "needs at least {least} characters"),
    "value.text_too_long": ("最多 {most} 个字符", "has at most {most} characters"),
    "value.pattern": (
        "“{input}”的格式不符（应符合 {pattern}）",
        "'{input}' does not match {pattern}",
    ),
    # the schema's two patterns, in words (a rubric author need not read a regular expression)
    "value.id_chars": (
        "“{input}”不能作编号：只能用小写英文字母、数字和 . _ -，并以字母或数字开头",
        "'{input}' cannot be an id: use lowercase letters, digits and . _ - only, starting "
        "with a letter or a digit",
    ),
    "value.money_id_chars": (
        "“{input}”不能作编号：只能用小写英文字母、数字和 _，并以字母或数字开头",
        "'{input}' cannot be an id: use lowercase letters, digits and _ only, starting with a "
        "letter or a digit",
    ),
    "value.invalid": ("取值无效（{text}）", "{text}"),
}

#: The schema's patterns (rubrics/model.py, model_money.py) -> their wording.
_PATTERNS = {
    r"^[a-z0-9][a-z0-9._-]*$": "value.id_chars",
    r"^[a-z0-9][a-z0-9_]*$": "value.money_id_chars",
}

_NUMBER = {
    "decimal_parsing",
    "decimal_type",
    "int_parsing",
    "int_parsing_size",
    "int_type",
    "float_parsing",
    "float_type",
}
_SIMPLE = {
    "int_from_float": "value.not_whole",
    "string_type": "value.not_text",
    "bool_type": "value.not_bool",
    "bool_parsing": "value.not_bool",
    "list_type": "value.not_list",
    "tuple_type": "value.not_list",
    "set_type": "value.not_list",
    "dict_type": "value.not_mapping",
    "model_type": "value.not_mapping",
    "model_attributes_type": "value.not_mapping",
    "dataclass_type": "value.not_mapping",
}
_BOUNDS = {
    "greater_than": ("gt", "value.greater_than"),
    "greater_than_equal": ("ge", "value.at_least"),
    "less_than": ("lt", "value.less_than"),
    "less_than_equal": ("le", "value.at_most"),
}
#: pydantic writes expected values as their reprs: "'met', 'not_met' or 'not_assessed'"
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")


def shown(value: Any) -> str:
    """A value as the person wrote it, short: 四, 1.5, true, null, [1, 2]."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _values(listing: Any) -> list[str]:
    """The values of pydantic's listing of literals or tags (their reprs), as a list."""
    found = _QUOTED.findall(str(listing))
    return found or [str(listing)]


def value_problem(error: ErrorDetails, *, doc: str) -> Message:
    """What is wrong with one value, without where it is (``missing`` is placed by the caller,
    which knows the owner)."""
    kind = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    given = shown(error.get("input"))
    field = str(error["loc"][-1]) if error["loc"] else ""
    if catalog.wording(kind) is not None:
        return Message(kind, ctx)  # our own validators: the type is the key (refused())
    if kind == "missing":
        return msg("value.missing", field=field)
    if kind == "extra_forbidden":
        return msg("value.unknown_field", field=field, doc=doc)
    if kind == "union_tag_invalid":
        name = _values(ctx.get("discriminator"))[0]
        expected = _values(ctx.get("expected_tags"))
        return msg("value.unknown_tag", field=name, tag=shown(ctx.get("tag")), expected=expected)
    if kind == "union_tag_not_found":
        return msg("value.missing", field=_values(ctx.get("discriminator"))[0])
    if kind in _NUMBER:
        return msg("value.not_a_number", input=given)
    if kind == "finite_number":
        return msg("number.not_finite")
    if kind in _SIMPLE:
        return Message(_SIMPLE[kind], {"input": given})
    if kind == "string_pattern_mismatch":
        worded = _PATTERNS.get(str(ctx.get("pattern")))
        if worded is not None:
            return msg(worded, input=given)
        return msg("value.pattern", input=given, pattern=ctx.get("pattern"))
    if kind in _BOUNDS:
        name, key = _BOUNDS[kind]
        limit = ctx.get(name)
        if kind == "greater_than_equal" and limit == 0:
            key = "value.not_negative"
        return msg(key, limit=_number(limit), input=given)
    if kind in ("literal_error", "enum"):
        return msg("value.not_one_of", expected=_values(ctx.get("expected")), input=given)
    if kind in ("too_short", "too_long"):
        if kind == "too_short":
            return msg(
                "value.too_few", least=ctx.get("min_length"), actual=ctx.get("actual_length")
            )
        return msg("value.too_many", most=ctx.get("max_length"), actual=ctx.get("actual_length"))
    if kind == "string_too_short":
        least = ctx.get("min_length")
        return msg("value.empty_text") if least == 1 else msg("value.text_too_short", least=least)
    if kind == "string_too_long":
        return msg("value.text_too_long", most=ctx.get("max_length"))
    log.info("pydantic error type %r has no message of its own: %s", kind, error["msg"])
    return msg("value.invalid", text=error["msg"])


def _number(value: Any) -> Any:
    return value if isinstance(value, Decimal | int) else shown(value)


def placed(
    exc: ValidationError, data: Any, locator: Locator, spot_of: SpotOf, *, doc: str
) -> list[Message]:
    """Every error of ``exc`` as a message placed in its file: "x.yaml:12：项目 一.2：…"."""
    out = []
    for error in exc.errors():
        loc: Loc = tuple(error["loc"])
        spot, rest = spot_of(data, loc)
        problem = value_problem(error, doc=doc)
        if error["type"] == "missing" and not rest[:-1] and spot.names:
            # "规则 1（per_count）缺少 points_each": the entry it belongs to is the subject
            owner = msg("value.owner_needs", owner=spot.names[-1], field=problem.args["field"])
            out.append(locator.place(Spot(spot.loc, spot.names[:-1], spot.item), owner))
            continue
        tail = rest[:-1] if error["type"] in ("missing", "extra_forbidden") else rest
        field = [msg("where.field", path=path_text(tail))] if tail else []
        out.append(locator.place(spot, problem, tail=field))
    return out
