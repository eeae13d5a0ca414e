"""Field validation errors the GUI can show beside each field, and the CLI as lines."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from evaldesk.errors import InputError
from evaldesk.rubrics.model import Rubric


class InvalidFields(InputError):
    """One or more fields are wrong. ``fields`` maps field name -> what to fix."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.fields.items()))


def unknown_item_message(code: str, rubric: Rubric) -> str:
    codes = [i.code for i in rubric.items()]
    close = difflib.get_close_matches(code, codes, n=3, cutoff=0.5)
    hint = (
        f" (did you mean {'、'.join(close)}?)"
        if close
        else f" ({len(codes)} items, e.g. {'、'.join(codes[:5])})"
    )
    return f"there is no item {code!r} in {rubric.id}{hint}"


def check_item_code(code: str | None, rubric: Rubric) -> str | None:
    if code is None or rubric.item(code) is not None:
        return None
    return unknown_item_message(code, rubric)


def raise_if(problems: Iterable[tuple[str, str | None]]) -> None:
    found = {name: msg for name, msg in problems if msg}
    if found:
        raise InvalidFields(found)
