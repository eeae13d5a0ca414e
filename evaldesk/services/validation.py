"""Field problems the GUI shows beside each field, and the CLI as lines: messages with the
field as their origin."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from evaldesk.errors import InputError
from evaldesk.messages import Message, Origin, msg, semicolons
from evaldesk.rubrics.model import Rubric

#: The fields a field problem can name, with their labels (ledger entries, dispatch reports,
#: the export form). A field not listed here is named as it is.
FIELD_LABELS: dict[str, Message] = {
    "title": msg("field.title"),
    "source": msg("field.source"),
    "status": msg("field.status"),
    "received_date": msg("field.received_date"),
    "deadline": msg("field.deadline"),
    "done_date": msg("field.done_date"),
    "item_code": msg("field.item_code"),
    "description": msg("field.description"),
    "responsible": msg("field.responsible"),
    "submitted_date": msg("field.submitted_date"),
    "progress": msg("field.progress"),
    "out": msg("field.out"),
    "passphrase": msg("field.passphrase"),
    "repeat": msg("field.repeat"),
}


def field_label(name: str) -> Message | str:
    return FIELD_LABELS.get(name, name)


def field_problem(name: str, problem: Message) -> Message:
    """``problem`` as the problem of the field ``name`` (its origin names the field)."""
    return problem.located(field=name)


def field_line(name: str, problem: Message) -> Message:
    """One field problem with its field's label: "办理时限：…"."""
    return msg("fields.problem", Origin(field=name), field=field_label(name), problem=problem)


def field_lines(fields: Mapping[str, Message]) -> Message:
    """Every field problem with its field's label: "事项：…；办理时限：…"."""
    return msg(
        "fields.invalid",
        problems=semicolons(field_line(name, problem) for name, problem in fields.items()),
    )


class InvalidFields(InputError):
    """One or more fields are wrong. ``fields`` maps field name -> what to fix (a message whose
    origin is the field)."""

    def __init__(self, fields: Mapping[str, Message]) -> None:
        self.fields = {name: field_problem(name, problem) for name, problem in fields.items()}
        super().__init__(field_lines(self.fields))


def unknown_item_message(code: str, rubric: Rubric) -> Message:
    codes = [i.code for i in rubric.items()]
    close = difflib.get_close_matches(code, codes, n=3, cutoff=0.5)
    where = Origin(item=code)
    if close:
        return msg("items.unknown_close", where, code=code, rubric=rubric.id, close=close)
    return msg(
        "items.unknown_some", where, code=code, rubric=rubric.id, n=len(codes), codes=codes[:5]
    )


def check_item_code(code: str | None, rubric: Rubric) -> Message | None:
    if code is None or rubric.item(code) is not None:
        return None
    return unknown_item_message(code, rubric)


def raise_if(problems: Iterable[tuple[str, Message | None]]) -> None:
    found = {name: problem for name, problem in problems if problem is not None}
    if found:
        raise InvalidFields(found)
