"""The core's messages in the interface language. Only rendering: a message is data (a key, its
arguments, the catalog's wording), so nothing here reads text back.

* :func:`message_text`: one message (an error's, a field problem, a note);
* :func:`error_text`: what to show for an exception: an EvalDeskError's message and hint, a
  field error as one line per field with its label, anything else (a bug) as ``str(exc)``;
* :func:`field_problems`: ``field: problem`` lines, the labels from the catalog too.
"""

from __future__ import annotations

from collections.abc import Iterable

from evaldesk.errors import EvalDeskError
from evaldesk.messages import Lang, Message
from evaldesk.services.validation import InvalidFields, field_line
from evaldesk.ui import i18n


def language() -> Lang:
    """The interface language, as the catalog names it."""
    return "zh" if i18n.current().startswith("zh") else "en"


def message_text(message: Message) -> str:
    return message.text(language())


def field_problems(problems: Iterable[tuple[str, Message]], sep: str = "\n") -> str:
    """``label: problem`` for each (field, problem), both in the interface language."""
    return sep.join(message_text(field_line(name, problem)) for name, problem in problems)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, InvalidFields):
        return field_problems(exc.fields.items())
    if isinstance(exc, EvalDeskError):
        return "\n".join(message_text(m) for m in exc.messages())
    return str(exc)
