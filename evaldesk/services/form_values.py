"""Values typed into a report form: numbers and dates checked before they are stored.

A number field holds the exact decimal as text ("987.68", thousands separators dropped); a
date field holds the date the way the finance bureau's form prints it ("2023年2月20日"),
whichever of the usual ways it was typed in. Anything else is refused with a message that
says what to type, and nothing is stored.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from evaldesk.decimals import fmt_points
from evaldesk.errors import InputError
from evaldesk.messages import msg
from evaldesk.rubrics.model import Rubric

_SEPARATORS = str.maketrans("", "", ",，  ")
_DATE = re.compile(r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$")


def parse_number(text: str, what: str) -> Decimal:
    """``text`` as an exact Decimal ("1,209.14" -> 1209.14); InputError when it is not one."""
    cleaned = text.strip().translate(_SEPARATORS)
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise InputError(msg("form.not_number", what=what, text=text.strip())) from None
    if not number.is_finite():
        raise InputError(msg("form.not_number", what=what, text=text.strip()))
    return number


def parse_date(text: str, what: str) -> date:
    """2023-02-20, 2023/2/20, 2023.2.20 or 2023年2月20日 (spaces allowed) -> a date."""
    found = _DATE.match(text.strip())
    if found is None:
        raise InputError(msg("form.not_date", what=what, text=text.strip()))
    year, month, day = (int(g) for g in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(msg("form.not_calendar_date", what=what, text=text.strip())) from None


def date_text(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def field_type(rubric: Rubric, field_id: str) -> tuple[str, str]:
    """(type, label) of a profile field; sign-off ``<block>.date`` keys are dates."""
    form = rubric.form
    if form is not None:
        for f in form.profile:
            if f.id == field_id:
                return f.type, f.label
        block, _, part = field_id.rpartition(".")
        for b in form.signoff:
            if not isinstance(b, str) and b.id == block:
                return (
                    "date" if part == "date" else "multiline" if part == "opinion" else "text"
                ), (f"{b.title}·{part}")
    return "text", field_id


def clean_profile_value(rubric: Rubric, field_id: str, value: str | None) -> str | None:
    """The text to store for a profile field (None clears it); InputError for a bad number or date."""
    if value is None or not value.strip():
        return None
    kind, label = field_type(rubric, field_id)
    if kind == "number":
        return fmt_points(parse_number(value, label))
    if kind == "date":
        return date_text(parse_date(value, label))
    if kind == "multiline":
        return value.strip("\n ").replace("\r\n", "\n")
    return value.strip()
