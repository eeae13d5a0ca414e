"""Changing a rubric as values: every function returns a new Rubric, the one given is left as
it was (the engine caches per object; a rubric in use by a year is never edited in place).

A suggested rule (an import's reading of the criteria) is an interpretation of kind
``suggested``: it scores, marked ※, and blocks a final export. The person confirms it
(:func:`confirm_item`), replaces it (:func:`set_item_rules`, which confirms what they chose) or
leaves a manual score. A confirmed value the source does not print stays marked, as an
``assumed`` interpretation: who decided it is the office, not the source.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from evaldesk.messages import msg
from evaldesk.rubrics.addresses import covers, readable, unmarked
from evaldesk.rubrics.dump import dump, rubric_data
from evaldesk.rubrics.loader import LoadedRubric, load_data
from evaldesk.rubrics.model import Interpretation, Item, Rubric

SUGGESTED = "suggested"


def _rule_addresses(item: Item) -> list[str]:
    return [
        f"item[{item.code}].rules[{rule.id or index}]" for index, rule in enumerate(item.rules, 1)
    ]


def _is_for(interp: Interpretation, code: str) -> bool:
    return all(
        a == f"item[{code}]" or a.startswith((f"item[{code}].", f"item[{code}]["))
        for a in interp.applies_to
    )


def suggestion_of(rubric: Rubric, code: str) -> Interpretation | None:
    """The unconfirmed suggestion covering the item's rules, if any."""
    return next(
        (i for i in rubric.interpretations if i.kind == SUGGESTED and _is_for(i, code)), None
    )


def suggested_items(rubric: Rubric) -> list[str]:
    """Codes of the items whose rules are still suggestions, in the rubric's order."""
    return [i.code for i in rubric.items() if suggestion_of(rubric, i.code) is not None]


def file_name(rubric: Rubric) -> str:
    """The file a rubric is saved as in the data folder, and named by in its problems."""
    return f"{rubric.id}.v{rubric.version}.yaml"


def _with(rubric: Rubric, **changes: Any) -> Rubric:
    """A new rubric with top-level fields replaced, validated as a whole; a value that does not
    fit is refused (RubricError) with the places and words of `evaldesk rubrics validate`."""
    data = rubric.model_dump(mode="python")
    data.update(changes)
    try:
        return Rubric.model_validate(data)
    except ValidationError:
        load_data(data, file_name(rubric))  # raises RubricError, every problem placed
        raise


def with_fields(rubric: Rubric, **changes: Any) -> Rubric:
    """The rubric with top-level fields (title, parts, grades, units ...) replaced."""
    return _with(rubric, **changes)


def _replace_item(rubric: Rubric, code: str, item: dict[str, Any]) -> list[dict[str, Any]]:
    sections = []
    for section in rubric.sections:
        data = section.model_dump(mode="python")
        data["items"] = [
            item if i.code == code else i.model_dump(mode="python") for i in section.items
        ]
        sections.append(data)
    return sections


def confirm_item(rubric: Rubric, code: str, who: str) -> Rubric:
    """The item's suggested rules, confirmed as they are."""
    found = suggestion_of(rubric, code)
    if found is None:
        return rubric
    kept = [i for i in rubric.interpretations if i is not found]
    return _marked(
        _with(rubric, interpretations=[i.model_dump() for i in kept]), code, who, found.source
    )


def _confirmed_id(rubric: Rubric, code: str) -> str:
    position = next(n for n, i in enumerate(rubric.items(), 1) if i.code == code)
    return f"confirmed-{position}"


def _marked(rubric: Rubric, code: str, who: str, source: str) -> Rubric:
    """The item's rules as the office decided them: a number they hold that the source does
    not print stays marked, as the office's (kind ``office``)."""
    item = rubric.item(code)
    assert item is not None
    ident = _confirmed_id(rubric, code)
    others = [i for i in rubric.interpretations if i.id != ident]
    candidate = _with(rubric, interpretations=[i.model_dump() for i in others])
    rules = _rule_addresses(item)
    if not any(any(covers(a, n.address) for a in rules) for n in unmarked(candidate)):
        return candidate
    confirmed = {
        "id": ident,
        "kind": "office",
        "applies_to": rules,
        "title": msg("import.confirmed.title", code=code).text("zh"),
        "reason": msg("import.confirmed.reason", who=who).text("zh"),
        "source": source,
    }
    return _with(candidate, interpretations=[*(i.model_dump() for i in others), confirmed])


def set_item_rules(rubric: Rubric, code: str, rules: list[dict[str, Any]], who: str) -> Rubric:
    """The item with these rules (the person's choice: another kind, other parameters, or a
    manual score), confirmed."""
    item = rubric.item(code)
    if item is None:
        raise KeyError(code)
    data = item.model_dump(mode="python")
    data["rules"] = [{**r, "id": r.get("id") or str(n)} for n, r in enumerate(rules, 1)]
    old = suggestion_of(rubric, code)
    interps = [i.model_dump() for i in rubric.interpretations if i is not old]
    changed = _with(rubric, sections=_replace_item(rubric, code, data), interpretations=interps)
    source = old.source if old is not None else item.criteria
    return _marked(changed, code, who, source)


def mark_edits(before: Rubric, after: Rubric, who: str) -> Rubric:
    """``after`` with each number the person typed that the source does not print marked as the
    office's (kind ``office``, who entered it), so an edited rubric validates and the mark
    shows wherever the number does. Numbers already unmarked in ``before`` stay unmarked: an
    edit does not hide what was missing before it."""
    was = {n.address for n in unmarked(before)}
    new = [n for n in unmarked(after) if n.address not in was]
    if not new:
        return after
    # one mark per entry typed into (an item, a target table ...), naming its numbers
    entries: dict[str, list[str]] = {}
    for number in new:
        entries.setdefault(number.address.split("]", 1)[0] + "]", []).append(number.address)
    names = {u.id: u.name for u in after.units} | {k: t.title for k, t in after.targets.items()}
    taken = {i.id for i in after.interpretations}
    marks: list[dict[str, Any]] = []
    serial = 0
    for entry, numbers in entries.items():
        serial += 1
        while f"edited-{serial}" in taken:
            serial += 1
        what = readable(numbers[0] if len(numbers) == 1 else entry, "zh", names)
        marks.append(
            {
                "id": f"edited-{serial}",
                "kind": "office",
                "applies_to": numbers,
                "title": msg("import.edited.title", what=what).text("zh"),
                "reason": msg("import.edited.reason", who=who).text("zh"),
            }
        )
    kept = [i.model_dump() for i in after.interpretations]
    return _with(after, interpretations=[*kept, *marks])


def next_version(rubric: Rubric, taken: set[int] | None = None) -> Rubric:
    """The same rubric as a new version (above every version ``taken``)."""
    top = max([rubric.version, *(taken or set())])
    return rubric.model_copy(update={"version": top + 1})


def check(rubric: Rubric, name: str = "<rubric>") -> LoadedRubric:
    """Validate the rubric as a file would be (RubricError listing every problem)."""
    return load_data(rubric_data(rubric), name, strict=True)


def write_yaml(rubric: Rubric, path: Path) -> str:
    """Write the rubric as YAML, whole or not at all; returns the text written."""
    text = dump(rubric)
    partial = path.with_name(path.name + ".part")
    try:
        with open(partial, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return text


def with_item(rubric: Rubric, code: str, changes: dict[str, Any]) -> Rubric:
    """The item ``code`` with some of its fields changed (its code too); its rules' marks
    follow a new code."""
    item = rubric.item(code)
    if item is None:
        raise KeyError(code)
    data = {**item.model_dump(mode="python"), **changes}
    result = _with(rubric, sections=_replace_item(rubric, code, data))
    new_code = data["code"]
    if new_code == code:
        return result
    if rubric.item(new_code) is not None:
        # two items with one code could no longer be told apart: refused, as validate words it
        check(result, file_name(rubric))
    moved = [
        i.model_copy(
            update={
                "applies_to": [
                    f"item[{new_code}]" + a[len(f"item[{code}]") :]
                    if a == f"item[{code}]" or a.startswith((f"item[{code}].", f"item[{code}]["))
                    else a
                    for a in i.applies_to
                ]
            }
        ).model_dump()
        for i in result.interpretations
    ]
    return _with(result, interpretations=moved)


def with_section(rubric: Rubric, code: str, changes: dict[str, Any]) -> Rubric:
    sections = [
        {**s.model_dump(mode="python"), **changes}
        if s.code == code
        else s.model_dump(mode="python")
        for s in rubric.sections
    ]
    return _with(rubric, sections=sections)


def add_item(rubric: Rubric, section_code: str, code: str, title: str) -> Rubric:
    sections = []
    for section in rubric.sections:
        data = section.model_dump(mode="python")
        if section.code == section_code:
            data["items"] = [*data["items"], {"code": code, "title": title}]
        sections.append(data)
    return _with(rubric, sections=sections)


def add_section(rubric: Rubric, code: str, title: str) -> Rubric:
    return _with(
        rubric,
        sections=[
            *(s.model_dump(mode="python") for s in rubric.sections),
            {"code": code, "title": title},
        ],
    )


def remove_item(rubric: Rubric, code: str) -> Rubric:
    """The rubric without the item, and without the marks that named only it."""
    sections = []
    for section in rubric.sections:
        data = section.model_dump(mode="python")
        data["items"] = [i.model_dump(mode="python") for i in section.items if i.code != code]
        sections.append(data)
    interps = [i.model_dump() for i in rubric.interpretations if not _is_for(i, code)]
    return _with(rubric, sections=sections, interpretations=interps)


def targets_from_paste(rubric: Rubric, key: str, title: str, text: str) -> Rubric:
    """A per-unit target table pasted from Excel: one unit a line, its name (or id) and its
    target separated by a tab (or spaces); units not in the rubric are added."""
    from decimal import Decimal, InvalidOperation

    units = [u.model_dump(mode="python") for u in rubric.units]
    values: dict[str, Decimal] = {}
    for line in text.splitlines():
        parts = [p.strip() for p in (line.split("\t") if "\t" in line else line.rsplit(None, 1))]
        if len(parts) < 2 or not parts[0]:
            continue
        try:
            value = Decimal(parts[-1].replace(",", ""))
        except InvalidOperation:
            continue  # a header row
        name = parts[0]
        unit = rubric.unit(name) or next((u for u in units if u["name"] == name), None)
        if unit is None:
            unit_id = f"u{len(units) + 1}"
            units.append({"id": unit_id, "name": name})
        else:
            unit_id = unit.id if not isinstance(unit, dict) else unit["id"]
        values[unit_id] = value
    targets = {k: v.model_dump(mode="python") for k, v in rubric.targets.items()}
    targets[key] = {"title": title, "values": values}
    return _with(rubric, units=units, targets=targets)
