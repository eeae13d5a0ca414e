"""The language the command line answers in, chosen before the parser is built.

``--lang zh|en`` wherever it stands on the line, else the locale (LC_ALL, LC_MESSAGES, LANG;
on Windows the display language). It is read from the raw arguments first because the parser
itself speaks: its help texts are worded when it is built, and its usage errors while it
parses.

argparse words its own messages ("the following arguments are required: %s", "invalid
choice: ...") through the gettext functions it imported as ``argparse._`` and
``argparse.ngettext``. :func:`argparse_speaking` puts functions there that look the format
string up in the catalog's ``argparse.*`` entries (evaldesk/commands/wording.py) and hand back
the Chinese format string; argparse fills it in as usual. The finished text is never parsed.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from evaldesk.commands import wording
from evaldesk.messages import Lang, language
from evaldesk.messages.locale import language_for, system_language

OPTION = "--lang"


def lang_given(argv: Sequence[str]) -> str | None:
    """The value of the last ``--lang X`` or ``--lang=X`` before a ``--``, if any."""
    found: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == OPTION and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith(OPTION + "="):
            found = arg.split("=", 1)[1]
    return found


def choose(argv: Sequence[str], env: Mapping[str, str] | None = None) -> Lang:
    """``--lang``'s language, else the locale's."""
    return language_for(lang_given(argv)) or system_language(os.environ if env is None else env)


def help_text(key: str, **args: object) -> str:
    """A help text of the command line (``cli.help.*``) in the current language.

    Read from this package's own wording, not through the whole catalog: the parser is built
    on every start, the GUI's included, and gathering every rule kind's wording would cost half
    a second before the first window paints. A key that is not there fails the first time the
    parser is built (every command-line test builds it)."""
    zh, en = wording.MESSAGES[key]
    return (zh if language() == "zh" else en).format(**args)


def argparse_chinese() -> dict[str, str]:
    """argparse's format strings (its gettext msgids) -> their Chinese (from this package's
    wording, for the reason given in :func:`help_text`)."""
    return {en: zh for key, (zh, en) in wording.MESSAGES.items() if key.startswith("argparse.")}


@contextmanager
def argparse_speaking(lang: Lang) -> Iterator[None]:
    """While the parser is built and parses, argparse's own messages are in ``lang``.

    The hooks are put back afterwards: argparse is shared by the whole process (pytest runs
    the command line in-process too)."""
    if lang != "zh":
        yield
        return
    table = argparse_chinese()
    saved: tuple[Callable[..., str], Callable[..., str]] = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]

    def gettext(text: str) -> str:
        return table.get(text, text)

    def ngettext(one: str, many: str, n: int) -> str:
        chosen = one if n == 1 else many
        return table.get(chosen, chosen)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
