"""Texts that show a name of the program's insides instead of words: snake_case identifiers
(``dispatch_missing``), MIME types (``application/pdf``), audit actors (``user:clerk``), file
names of the package (``score.json``) and the English words the rubric files use as field names
(``target``, ``actual``, ``facts``). Shared by the screen and the PDF tests of issue 17.3.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

LEAKS = (
    ("snake_case", re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")),
    ("MIME type", re.compile(r"\b(?:application|image|text|video|audio)/[\w.+-]+")),
    ("audit actor", re.compile(r"\b(?:user|cli|system):\w")),
    ("file name", re.compile(r"\b[\w-]+\.(?:json|txt|pem|sig|yaml|yml)\b")),
    ("field name", re.compile(r"(?<![\w/])(?:target|actual|facts|last_year|count|score)(?![\w/])")),
)


def leaks(texts: Iterable[tuple[str, str]]) -> list[str]:
    """The texts showing an internal name, as "where: what (text)"."""
    found = []
    for where, text in texts:
        for what, pattern in LEAKS:
            match = pattern.search(text)
            if match:
                found.append(f"{where}: {what} {match.group(0)!r} in {text[:120]!r}")
    return found
