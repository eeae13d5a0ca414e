"""The core's error messages in the interface language.

A catalog message (``exc.msg.key != "text"``: the services, the rule kinds, the engine) is
worded in the interface language as it is. The packages not converted yet (the store, the
export, the rubric loader) still write English sentences; the UI shows those to people who
read Chinese through the patterns below, so every place that puts an exception's text on the
screen goes through :func:`error_text` (and a field problem through :func:`message_text`).
This module goes when the last of them speaks in messages (issue 13).

The catalog (``catalog_*.py`` beside this file) holds one :class:`Template` per message: the
English wording with ``{name}`` for each variable part, marked with ``QT_TRANSLATE_NOOP`` so
lupdate puts it in the ``.ts`` where it gets its Chinese wording. The English template is turned
into a regular expression (literal text escaped, each ``{name}`` a named group), so the catalog
cannot drift from the wording it translates without the coverage test noticing
(tests/ui/test_error_text.py reads every message of the core with ``ast``). The variable parts
(numbers, names, item codes, file names, Chinese text inside the message) are copied unchanged;
a part named in ``template.NESTED`` may itself be a phrase of the catalog (the "what" of a lock
message, an operating-system error) and is translated in turn.

A message the catalog does not know is shown as it is (and logged once at debug level in
Chinese, so it can be added).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from evaldesk.errors import EvalDeskError
from evaldesk.messages import Message
from evaldesk.ui import i18n
from evaldesk.ui.error_text.template import CONTEXT, Template
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("evaldesk.ui.error_text")


def _catalog() -> list[Template]:
    from evaldesk.ui.error_text import catalog_export, catalog_services, catalog_store

    found = [*catalog_services.TEMPLATES, *catalog_store.TEMPLATES, *catalog_export.TEMPLATES]
    # The most fixed text first: "cannot write in {path}: {error}" before "cannot write {path}:
    # {error}", which would also match it.
    return sorted(found, key=lambda t: -t.literal_length)


_templates: list[Template] | None = None
_unknown: set[str] = set()


def templates() -> list[Template]:
    global _templates
    if _templates is None:
        _templates = _catalog()
    return _templates


def find_template(text: str) -> tuple[Template, re.Match[str]] | None:
    """The catalog entry whose wording matches all of ``text``, with the match."""
    for template in templates():
        found = template.pattern.fullmatch(text)
        if found is not None:
            return template, found
    return None


def _match(text: str) -> str | None:
    hit = find_template(text)
    if hit is None:
        return None
    template, found = hit
    return template.render(found, lambda part: _translate(part, nested=True))


def _translate(text: str, *, nested: bool = False) -> str:
    stripped = text.strip()
    if not stripped:
        return text
    if nested and "; " in stripped:
        # "; ".join(problems) inside a message: each problem on its own, when all are known
        parts = [_match(part) for part in stripped.split("; ")]
        if all(part is not None for part in parts):
            return "；".join(part for part in parts if part is not None)
    done = _match(stripped)
    if done is not None:
        return done
    if "\n" in stripped:
        return "\n".join(_translate(line) if line.strip() else line for line in text.split("\n"))
    if not nested and stripped not in _unknown:
        _unknown.add(stripped)
        log.debug("no %s wording for the error message %r", i18n.current(), stripped)
    return text


def chinese() -> bool:
    """True when the interface is not in English (the source language of the messages)."""
    return i18n.current() != "en"


def message_text(text: Message | str) -> str:
    """One message of the core (an error's message, a field problem) in the interface language.

    A catalog message is worded as it is; only text from the packages not yet converted to
    messages goes through the patterns."""
    if isinstance(text, Message):
        return text.text()
    if not chinese():
        return text
    return _translate(text)


FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("ErrorText", "Title"),
    "source": QT_TRANSLATE_NOOP("ErrorText", "Source"),
    "status": QT_TRANSLATE_NOOP("ErrorText", "Status"),
    "received_date": QT_TRANSLATE_NOOP("ErrorText", "Received"),
    "deadline": QT_TRANSLATE_NOOP("ErrorText", "Deadline"),
    "done_date": QT_TRANSLATE_NOOP("ErrorText", "Done date"),
    "item_code": QT_TRANSLATE_NOOP("ErrorText", "Rubric item"),
    "description": QT_TRANSLATE_NOOP("ErrorText", "Description"),
    "responsible": QT_TRANSLATE_NOOP("ErrorText", "Responsible"),
    "submitted_date": QT_TRANSLATE_NOOP("ErrorText", "Submitted on"),
    "progress": QT_TRANSLATE_NOOP("ErrorText", "Progress"),
}


def field_label(name: str) -> str:
    """The label of a ledger or dispatch field named in a field problem (its name if unknown)."""
    label = FIELD_LABELS.get(name)
    return QCoreApplication.translate(CONTEXT, label) if label else name


def field_problems(problems: Iterable[tuple[str, Message | str]], sep: str = "\n") -> str:
    """``field: problem`` lines, both parts in the interface language."""
    colon = "：" if chinese() else ": "
    return sep.join(f"{field_label(k)}{colon}{message_text(v)}" for k, v in problems)


def error_text(exc: BaseException) -> str:
    """What to show for ``exc``: an EvalDeskError's message and hint in the interface language;
    anything else as ``str(exc)``."""
    if isinstance(exc, EvalDeskError) and exc.msg.key != "text":
        # Already a catalog message: worded in the interface language, nothing to match.
        return str(exc)
    if not isinstance(exc, EvalDeskError) or not chinese():
        return str(exc)
    from evaldesk.services.validation import InvalidFields

    if isinstance(exc, InvalidFields):
        return field_problems(exc.fields.items())
    text = message_text(exc.message)
    if exc.hint:
        text = f"{text}\n{message_text(exc.hint)}"
    return text
