"""Interpretations: what a rubric file decides where its source document is silent.

* :func:`interpretation_problems` — the file's interpretations are well formed: each names
  values the rubric has, an office-settable one names numbers that share one value, one
  taken from another document names it;
* :func:`unprinted_problems` — ``rubrics validate`` fails on a number that the source does not
  print (see evaldesk/rubrics/addresses.py) and no interpretation marks;
* :func:`with_office_values` — the rubric with the values an office set where the source is
  silent, each within the interpretation's bounds (the year scores against this rubric);
* :func:`bearing_on` — which interpretations bear on an item, a section, a part or the total,
  so every place that shows such a value can mark it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from evaldesk.errors import InputError
from evaldesk.messages import Message, msg
from evaldesk.rubrics import model as m
from evaldesk.rubrics.addresses import addresses, covers, numbers, optional_numbers, unmarked

MESSAGES: dict[str, tuple[str, str]] = {
    "interp.duplicate_id": ("解释口径编号 {id} 重复", "interpretation id {id!r} is used twice"),
    "interp.unknown_address": (
        "解释口径 {id}：{address} 不是本细则中的数值或条目",
        "interpretation {id}: {address} is not a value or entry of this rubric",
    ),
    "interp.settable_not_a_number": (
        "解释口径 {id} 可由单位设定，但 {address} 不是一个数值",
        "interpretation {id} is settable but {address} is not a number",
    ),
    "interp.settable_values_differ": (
        "解释口径 {id} 可由单位设定，它所指的数值应相同（现为 {values}）",
        "interpretation {id} is settable, so the values it names must be equal (they are {values})",
    ),
    "interp.needs_document": (
        "解释口径 {id} 取自其他文件，须写明文件（document）",
        "interpretation {id} is taken from another document: name it in 'document'",
    ),
    "interp.unprinted": (
        "{address} = {value}：原文未印此数，也未标为解释口径",
        "{address} = {value}: the source does not print this number and no interpretation marks it",
    ),
    "interp.unknown": ("本细则没有解释口径 {id}", "this rubric has no interpretation {id!r}"),
    "interp.not_settable": (
        "解释口径 {id} 由发文或考核机关确定，单位不能设定",
        "interpretation {id} belongs to the issuing or receiving office; a unit cannot set it",
    ),
    "interp.out_of_bounds": (
        "{title}：{value} 超出允许范围 {low}–{high}",
        "{title}: {value} is outside {low}–{high}",
    ),
    "interp.kind.derived": ("推算", "derived"),
    "interp.kind.assumed": ("假定", "assumed"),
    "interp.kind.other_document": ("取自其他文件", "from another document"),
    "interp.kind.addition": ("增补", "added"),
    "interp.kind.office": ("单位设定", "set by the office"),
    "interp.kind.suggested": ("建议（未确认）", "suggested, not confirmed"),
}


def interpretation_problems(rubric: m.Rubric) -> tuple[list[Message], list[Message]]:
    errors: list[Message] = []
    for id_, n in Counter(i.id for i in rubric.interpretations).items():
        if n > 1:
            errors.append(msg("interp.duplicate_id", id=id_))
    known = addresses(rubric)
    by_address = {n.address: n for n in numbers(rubric)}
    optional = optional_numbers(rubric)
    for interp in rubric.interpretations:
        for address in interp.applies_to:
            if address not in known:
                errors.append(msg("interp.unknown_address", id=interp.id, address=address))
        if interp.kind == "other_document" and not interp.document:
            errors.append(msg("interp.needs_document", id=interp.id))
        if interp.settable:
            values = {by_address[a].value for a in interp.applies_to if a in by_address}
            for address in interp.applies_to:
                if address in known and address not in by_address and address not in optional:
                    errors.append(
                        msg("interp.settable_not_a_number", id=interp.id, address=address)
                    )
            if len(values) > 1:
                errors.append(
                    msg("interp.settable_values_differ", id=interp.id, values=sorted(values))
                )
    return errors, []


def unprinted_problems(rubric: m.Rubric) -> list[Message]:
    """Numbers neither printed nor marked: ``rubrics validate`` refuses the file."""
    return [msg("interp.unprinted", address=n.address, value=n.value) for n in unmarked(rubric)]


def settable(rubric: m.Rubric) -> list[m.Interpretation]:
    return [i for i in rubric.interpretations if i.settable]


def default_value(rubric: m.Rubric, interp: m.Interpretation) -> Decimal | None:
    """The one value an interpretation decides (None when it names none, or several that
    differ: a rule, a set of grade bands)."""
    by_address = {n.address: n for n in numbers(rubric)}
    found = {by_address[a].value for a in interp.applies_to if a in by_address}
    return found.pop() if len(found) == 1 else None


def default_values(rubric: m.Rubric) -> dict[str, Decimal | None]:
    """:func:`default_value` of every interpretation, walking the rubric's numbers once."""
    by_address = {n.address: n.value for n in numbers(rubric)}
    out: dict[str, Decimal | None] = {}
    for interp in rubric.interpretations:
        found = {by_address[a] for a in interp.applies_to if a in by_address}
        out[interp.id] = found.pop() if len(found) == 1 else None
    return out


def check_office_value(rubric: m.Rubric, interp_id: str, value: Decimal) -> m.Interpretation:
    """The interpretation an office sets, after checking it may and the value is in bounds."""
    interp = next((i for i in rubric.interpretations if i.id == interp_id), None)
    if interp is None:
        raise InputError(msg("interp.unknown", id=interp_id))
    if not interp.settable:
        raise InputError(msg("interp.not_settable", id=interp_id))
    bounds = interp.bounds or m.Bounds()
    low = bounds.min if bounds.min is not None else Decimal(0)
    high = bounds.max
    if value < low or (high is not None and value > high):
        shown = high if high is not None else "∞"
        raise InputError(
            msg("interp.out_of_bounds", title=interp.title, value=value, low=low, high=shown)
        )
    return interp


def with_office_values(rubric: m.Rubric, values: Mapping[str, Decimal]) -> m.Rubric:
    """``rubric`` with each office-set interpretation's value at every address it names."""
    if not values:
        return rubric
    data = rubric.model_dump(mode="python")
    for interp_id, value in values.items():
        interp = check_office_value(rubric, interp_id, value)
        for address in interp.applies_to:
            _set(data, address, value)
    return m.Rubric.model_validate(data)


def _set(data: dict[str, Any], address: str, value: Decimal) -> None:
    """Put ``value`` at ``address`` in the dumped rubric (the addresses numbers() gives)."""
    head, _, field = address.rpartition(".")
    target = _find(data, head)
    target[field] = value


def _find(data: dict[str, Any], address: str) -> Any:
    if address.startswith("item["):
        code, rest = _bracket(address[len("item") :])
        found = next(i for s in data["sections"] for i in s["items"] if i["code"] == code)
        return _descend(found, rest)
    if address.startswith("section["):
        code, rest = _bracket(address[len("section") :])
        return _descend(next(s for s in data["sections"] if s["code"] == code), rest)
    if address.startswith("part["):
        pid, rest = _bracket(address[len("part") :])
        return _descend(next(p for p in data["parts"] if p["id"] == pid), rest)
    if address.startswith("grade["):
        grade, rest = _bracket(address[len("grade") :])
        return _descend(next(g for g in data["grades"] if g["grade"] == grade), rest)
    return _descend(data, "." + address if address else "")


def _bracket(text: str) -> tuple[str, str]:
    """ "[五.3].rules[1]" -> ("五.3", ".rules[1]")."""
    end = text.index("]")
    return text[1:end], text[end + 1 :]


def _descend(node: Any, rest: str) -> Any:
    while rest:
        if rest.startswith("."):
            rest = rest[1:]
            name = rest.split(".", 1)[0].split("[", 1)[0]
            node, rest = node[name], rest[len(name) :]
        else:
            key, rest = _bracket(rest)
            if isinstance(node, dict):
                node = node[key]
            else:
                node = (
                    next(
                        (e for e in node if any(e.get(k) == key for k in ("code", "id", "grade"))),
                        None,
                    )
                    or node[int(key) - 1]
                )
    return node


def bearing_on(rubric: m.Rubric) -> dict[str, list[str]]:
    """Place -> the ids of the interpretations bearing on it, so every place that shows such a
    value marks it. Places: ``item:<code>``, ``section:<code>``, ``part:<id>``, ``total`` (the
    total, its maximum and the grade), ``subsidies``, ``form``. A value that feeds a maximum
    (an item's or section's points, a part's points or weight) marks every maximum above it."""
    found: dict[str, list[str]] = {}
    sections = {s.code: s for s in rubric.sections}
    section_of = {i.code: s for s in rubric.sections for i in s.items}
    by_target = {
        key: [
            i.code
            for i in rubric.items()
            if any(getattr(getattr(r, "target", None), "key", None) == key for r in i.rules)
        ]
        for key in rubric.targets
    }
    all_numbers = numbers(rubric)

    def add(place: str, interp_id: str) -> None:
        ids = found.setdefault(place, [])
        if interp_id not in ids:
            ids.append(interp_id)

    def upwards(section: m.Section | None, interp_id: str) -> None:
        if section is None:
            return
        add(f"section:{section.code}", interp_id)
        if section.part:
            add(f"part:{section.part}", interp_id)
        add("total", interp_id)

    for interp in rubric.interpretations:
        for address in interp.applies_to:
            if address.startswith("item[") and "]" not in address[5:-1]:  # a whole item
                code = address[5:-1]
                add(f"item:{code}", interp.id)
                upwards(section_of.get(code), interp.id)
            elif address.startswith("item[") and ".rules[" in address:  # a rule of an item
                add(f"item:{address[5:].split('].rules[')[0]}", interp.id)
            elif address.startswith("section[") and ".rules[" in address:
                add(f"section:{address[8:].split('].rules[')[0]}", interp.id)
            elif address.startswith("rules["):  # a whole-rubric rule (a veto)
                add("total", interp.id)
            elif address.startswith("part["):  # a part, or a number it may leave out
                add(f"part:{address[5:].split(']')[0]}", interp.id)
                add("total", interp.id)
            for n in (n for n in all_numbers if covers(address, n.address)):
                if n.item is not None:
                    add(f"item:{n.item}", interp.id)
                    if n.address == f"item[{n.item}].points":
                        upwards(section_of.get(n.item), interp.id)
                elif n.section is not None:
                    if n.address == f"section[{n.section}].points":
                        upwards(sections.get(n.section), interp.id)
                    else:
                        add(f"section:{n.section}", interp.id)
                elif n.address.startswith("part["):
                    add(f"part:{n.address[5:].split(']')[0]}", interp.id)
                    add("total", interp.id)
                elif n.address.startswith("target["):
                    for code in by_target.get(n.address[7:].split("]")[0], []):
                        add(f"item:{code}", interp.id)
                elif n.address.startswith("subsidies"):
                    add("subsidies", interp.id)
                elif n.address.startswith("form"):
                    add("form", interp.id)
                elif n.address != "precision":  # the total, grades, whole-rubric rules
                    # (Rounding applies to every computed score alike: it is listed with the
                    # others, but does not mark the total.)
                    add("total", interp.id)
    return found
