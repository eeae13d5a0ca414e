"""The core's messages in the interface language. Only rendering: a message is data (a key, its
arguments, the catalog's wording), so nothing here reads text back.

* :func:`message_text`: one message (an error's, a field problem, a note);
* :func:`error_text`: what to show for an exception: an EvalDeskError's message and hint, a
  field error as one line per field with its label, anything else (a bug) as ``str(exc)``;
* :func:`field_problems`: ``field: problem`` lines, the labels from the catalog too;
* :func:`problem_list`: the problems an error lists (a rubric file with five mistakes), with a
  heading for them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from evaldesk.errors import EvalDeskError
from evaldesk.messages import Lang, Message
from evaldesk.rubrics.where import without_file
from evaldesk.services.validation import InvalidFields, field_line
from evaldesk.ui import i18n
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP


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


def problem_list(exc: BaseException) -> tuple[str, list[str]] | None:
    """(heading, one line per problem) when ``exc`` lists several problems, else None.

    An error whose text is its problems (a rubric or facts file) gets a heading that counts
    them, and names the file once when they are all in one file (each line then starts at its
    line number); an error with a message of its own (a failed check) keeps it as the heading.
    """
    problems = getattr(exc, "problem_messages", None)
    if not isinstance(problems, list) or len(problems) < 2:
        return None
    if not getattr(exc, "listed", False):
        return error_text(exc), [message_text(p) for p in problems]
    files = {p.origin.file if p.origin is not None else None for p in problems}
    file = files.pop() if len(files) == 1 else None
    if file is None:
        heading = _translate(
            QT_TRANSLATE_NOOP("ErrorDialog", "%1 problems were found, each listed below:")
        )
        return heading.replace("%1", str(len(problems))), [message_text(p) for p in problems]
    heading = _translate(QT_TRANSLATE_NOOP("ErrorDialog", "%1 problems in %2, each listed below:"))
    heading = heading.replace("%1", str(len(problems))).replace("%2", file)
    return heading, [message_text(without_file(p)) for p in problems]


def _translate(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)
