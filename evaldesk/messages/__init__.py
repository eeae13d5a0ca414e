"""Messages for people, as data: a key, named arguments and where the message came from.

The core never writes a sentence for a person. It returns or raises a :class:`Message`;
the wording, Chinese and English, lives in one catalog (evaldesk/messages/catalog.py lists
where) and is chosen when the message is shown: by the UI language in the GUI, by the locale
or ``--lang`` on the command line. Machine output (``--json``, the signed package) carries the
key, the arguments and the Chinese text, whatever the language. Nothing parses the text back.

    raise Locked(msg("lock.year_approved", year=2025, head="李建国"))
    problems.append(msg("facts.unknown_item", origin=Origin(item="一.9"), code="一.9"))
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import PurePath
from typing import Any, Literal

from evaldesk.decimals import fmt_points
from evaldesk.messages import catalog

log = logging.getLogger("evaldesk.messages")

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

#: The language messages are shown in when the caller does not say (set by the GUI or the CLI).
_language: Lang = "zh"


def set_language(lang: Lang) -> None:
    global _language
    _language = lang


def language() -> Lang:
    return _language


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a message came from; every part optional."""

    file: str | None = None
    line: int | None = None
    item: str | None = None
    field: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in _origin_parts(self) if v is not None}


def _origin_parts(origin: Origin) -> tuple[tuple[str, Any], ...]:
    return (
        ("file", origin.file),
        ("line", origin.line),
        ("item", origin.item),
        ("field", origin.field),
    )


@dataclass(frozen=True, slots=True, eq=True)
class Message:
    """One message for a person. ``args`` are the named values its wording refers to."""

    key: str
    args: Mapping[str, Any] = field(default_factory=dict)
    origin: Origin | None = None

    def text(self, lang: Lang | None = None) -> str:
        return _render(self, lang or _language)

    def __str__(self) -> str:
        return self.text()

    def located(self, **where: Any) -> Message:
        """The same message with (more of) its origin filled in."""
        parts = dict(_origin_parts(self.origin or Origin()))
        parts.update({k: v for k, v in where.items() if v is not None})
        return Message(self.key, self.args, Origin(**parts))

    def to_json(self) -> dict[str, Any]:
        """Key, arguments, origin and the Chinese text: what machine output carries."""
        out: dict[str, Any] = {
            "key": self.key,
            "args": {k: _json_arg(v) for k, v in self.args.items()},
            "text": self.text("zh"),
        }
        if self.origin is not None and self.origin.to_json():
            out["origin"] = self.origin.to_json()
        return out

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Series:
    """Values written one after another: 、 (or "，", "；") in Chinese, ", " / "; " in English."""

    items: tuple[Any, ...]
    sep: Literal["、", "，", "；"] = "、"


def clauses(items: Any) -> Series:
    """Clauses of one sentence: "主功能区每名递减0.5分，镇每名递减0.25分"."""
    return Series(tuple(items), "，")


def semicolons(items: Any) -> Series:
    """Parts of a list of rules or tiers: "≥10得1分；≥30得3分"."""
    return Series(tuple(items), "；")


def msg(key: str, origin: Origin | None = None, /, **args: Any) -> Message:
    """A message by its catalog key: ``msg("verify.truncated", path=p)``."""
    return Message(key, args, origin)


@functools.lru_cache(maxsize=4096)
def plain(text: str) -> Message:
    """Text that is the same in every language (a file's own words, a name, a number).

    Cached: a rule's own wording is quoted on every rescore, and messages never change."""
    return Message("text", {"text": text})


def as_message(value: Message | str) -> Message:
    return value if isinstance(value, Message) else plain(value)


_unknown_logged: set[str] = set()


def _render(message: Message, lang: Lang) -> str:
    found = catalog.wording(message.key)
    args = {k: _arg_text(v, lang) for k, v in message.args.items()}
    if found is None:
        if message.key not in _unknown_logged:
            _unknown_logged.add(message.key)
            log.warning("message key %r is not in the catalog", message.key)
        shown = "，".join(f"{k}={v}" for k, v in args.items())
        return f"{message.key}（{shown}）" if shown else message.key
    template = found[0] if lang == "zh" else found[1]
    try:
        return template.format_map(args)
    except (KeyError, IndexError, ValueError) as exc:
        log.warning("message %r cannot be worded with %r: %s", message.key, sorted(args), exc)
        return template


def _arg_text(value: Any, lang: Lang) -> str:
    """An argument written out: Decimals exactly (4, 0.5), nested messages in the same
    language, lists joined with 、 (or the series' own separator) or ", "."""
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, Decimal):
        return fmt_points(value)
    if isinstance(value, Series):
        joiner = value.sep if lang == "zh" else ("; " if value.sep == "；" else ", ")
        return joiner.join(_arg_text(v, lang) for v in value.items)
    if isinstance(value, list | tuple | set | frozenset):
        joiner = "、" if lang == "zh" else ", "
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return joiner.join(_arg_text(v, lang) for v in items)
    if value is None:
        return "—"
    return str(value)


def _json_arg(value: Any) -> Any:
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, Decimal):
        return fmt_points(value)
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, Series):
        return [_json_arg(v) for v in value.items]
    if isinstance(value, list | tuple | set | frozenset):
        return [_json_arg(v) for v in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)


def texts(messages: list[Message] | tuple[Message, ...], lang: Lang | None = None) -> list[str]:
    return [m.text(lang) for m in messages]


__all__ = [
    "LANGS",
    "Lang",
    "Message",
    "Origin",
    "Series",
    "as_message",
    "clauses",
    "language",
    "msg",
    "plain",
    "semicolons",
    "set_language",
    "texts",
]
