"""Places in a rubric file, named as a clerk finds them: 项目 一.2, 规则 1（per_count）, 条目 3.

The validator walks the loaded rubric and the loader walks the raw data under a pydantic
location; both name a place here, so a problem reads the same whichever found it.
"""

from __future__ import annotations

from typing import Any

from evaldesk.messages import msg
from evaldesk.rubrics.where import Loc, Spot

#: Lists whose entries are named by their id (or position): key -> where-key.
_ENTRIES = {"lines": "where.line", "tiers": "where.tier", "levels": "where.level"}


def section(index: int, code: str) -> Spot:
    return Spot(("sections", index), (msg("where.section", code=code),))


def item(section_index: int, index: int, code: str) -> Spot:
    # An item code is unique in the rubric: its section need not be named too.
    loc = ("sections", section_index, "items", index)
    return Spot(loc, (msg("where.item", code=code),), code)


def rule(owner: Spot, index: int, rule_id: Any, kind: Any) -> Spot:
    return owner.child("rules", index, name=msg("where.rule", id=str(rule_id), kind=str(kind)))


def whole_rule(index: int, rule_id: Any, kind: Any) -> Spot:
    return rule(Spot((), (msg("where.whole"),)), index, rule_id, kind)


def in_data(data: Any, loc: Loc) -> tuple[Spot, Loc]:
    """The named place a pydantic location of raw rubric data is in, and the rest of the path
    after the last named entry (``("sections", 0, "items", 1, "rules", 0, "cap")`` ->
    项目 一.2：规则 1（per_count）, ``("cap",)``)."""
    names: tuple[Any, ...] = ()
    code: str | None = None
    rest: list[str | int] = []
    cursor: Any = data
    i = 0
    while i < len(loc):
        part = loc[i]
        index = loc[i + 1] if i + 1 < len(loc) else None
        value = cursor.get(part) if isinstance(cursor, dict) else None
        entry = _entry(value, index)
        if isinstance(cursor, dict) and part in cursor and entry is not None:
            assert isinstance(index, int)
            if part == "items":
                code = str(entry.get("code", f"#{index + 1}"))
                names, rest = (msg("where.item", code=code),), []
            elif part == "sections":
                names, rest = (msg("where.section", code=entry.get("code", f"#{index + 1}")),), []
            elif part == "rules":
                rid, kind = str(entry.get("id", index + 1)), entry.get("kind")
                named = (
                    msg("where.rule", id=rid, kind=str(kind))
                    if kind is not None
                    else msg("where.rule_id", id=rid)
                )
                names, rest = (*names, named), []
            elif part in _ENTRIES:
                names, rest = (*names, msg(_ENTRIES[part], id=entry.get("id", index + 1))), []
            else:
                rest += [part, index]
            cursor = entry
            i += 2
            continue
        in_mapping = isinstance(cursor, dict) and part in cursor
        in_list = isinstance(cursor, list) and isinstance(part, int) and part < len(cursor)
        if in_mapping or in_list:
            cursor = cursor[part]
            rest.append(part)
        elif not (isinstance(cursor, dict) and part == cursor.get("kind")):
            rest.append(part)  # (a discriminator tag in the location has no data of its own)
        i += 1
    return Spot(loc, names, code), tuple(rest)


def _entry(value: Any, index: Any) -> dict[str, Any] | None:
    if isinstance(value, list) and isinstance(index, int) and 0 <= index < len(value):
        found = value[index]
        return found if isinstance(found, dict) else None
    return None
