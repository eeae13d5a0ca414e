"""One entry of the error-message catalog: English wording -> pattern, and its rendering."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

CONTEXT = "ErrorText"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
#: Parts that are phrases of the catalog themselves (the "what" of a lock message, an OS
#: error, a problem inside "cannot export: ..."): translated in turn when the catalog has them.
NESTED = frozenset({"what", "scope", "where", "error", "problem", "problems", "roles"})
#: Parts that never hold a space (years, quarters, numbers, ids): matching them as "anything"
#: would let a short phrase such as "quarter {quarter} of {year}" swallow a whole unknown
#: message and translate half of it.
WORDS = frozenset({"year", "quarter", "id", "n", "max", "total", "done", "errno"})
#: How an audit actor is written ("user:wang"); a message shows the name only.
_ACTOR = re.compile(r"^(?:user|cli|system):")


def compile_template(source: str, groups: dict[str, str] | None = None) -> re.Pattern[str]:
    """``"quarter {q} of {year}"`` -> ``quarter (?P<q>.+?) of (?P<year>.+?)`` (whole text);
    a name used twice must match the same text twice."""
    groups = groups or {}
    out: list[str] = []
    seen: set[str] = set()
    last = 0
    for found in _PLACEHOLDER.finditer(source):
        out.append(re.escape(source[last : found.start()]))
        name = found.group(1)
        if name in seen:
            out.append(f"(?P={name})")
        else:
            default = r"\S+?" if name in WORDS else ".+?"
            out.append(f"(?P<{name}>{groups.get(name, default)})")
            seen.add(name)
        last = found.end()
    out.append(re.escape(source[last:]))
    return re.compile("".join(out), re.DOTALL)


@dataclass(frozen=True)
class Template:
    """A message: its English wording (``{name}`` for each variable part) and its pattern."""

    source: str
    groups: dict[str, str] = field(default_factory=dict)
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", compile_template(self.source, self.groups))

    @property
    def literal_length(self) -> int:
        """How much fixed text the wording has: longer ones are tried first (more specific)."""
        return len(_PLACEHOLDER.sub("", self.source))

    def render(self, found: re.Match[str], nested: Callable[[str], str]) -> str:
        text = QCoreApplication.translate(CONTEXT, self.source)
        for name, value in found.groupdict().items():
            if name in NESTED:
                value = nested(value)
            elif name == "who":
                value = _ACTOR.sub("", value)
            text = text.replace("{" + name + "}", value)
        return text


def m(source: str, **groups: str) -> Template:
    """A catalog entry; ``groups`` gives a part a narrower pattern than "anything"."""
    return Template(source, dict(groups))
