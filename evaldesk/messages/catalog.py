"""The one catalog: every message key with its Chinese and English wording.

The wording lives beside the code that uses it, one ``MESSAGES`` mapping per module listed in
:data:`SOURCES` (``key -> (中文, English)``); a rule kind's wording lives in the kind's own
module. This module only gathers them, on first use, so importing a message costs nothing and
the core packages do not import each other through the catalog.

Wordings are ``str.format`` templates over the message's named arguments. Arguments are
written out before they are inserted: Decimals exactly (4, 0.5), nested messages in the same
language, lists joined with 、 or ", ".
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

from evaldesk.decimals import fmt_points
from evaldesk.messages import Lang, Message

log = logging.getLogger("evaldesk.messages")

Wording = tuple[str, str]  # (中文, English)

#: Modules holding a MESSAGES mapping. A module added here is all a new domain needs.
SOURCES: tuple[str, ...] = (
    "evaldesk.messages.common",
    "evaldesk.export.wording",
    "evaldesk.commands.wording",
    "evaldesk.services.wording",
    "evaldesk.store.wording",
)

_catalog: dict[str, Wording] | None = None
_unknown_logged: set[str] = set()


def catalog() -> dict[str, Wording]:
    """Every key with its wording; a key defined twice is a programming error."""
    global _catalog
    if _catalog is None:
        merged: dict[str, Wording] = {}
        for name, messages in _modules(SOURCES):
            for key, wording in messages.items():
                if key in merged:
                    raise RuntimeError(f"message key {key!r} is defined twice (again in {name})")
                merged[key] = wording
        _catalog = merged
    return _catalog


def _load(name: str) -> ModuleType:
    """The wording module ``name``, without running its package's ``__init__`` when the package
    is not imported yet: a wording module is data only, and importing evaldesk.store for its
    wording cost `evaldesk verify` 0.7 s of SQLAlchemy imports. A module that is not a plain
    file beside its package (a frozen build's archive) is imported as usual."""
    if name in sys.modules:
        return sys.modules[name]
    package = name.rpartition(".")[0]
    if package and package not in sys.modules:
        root = Path(__file__).resolve().parents[2]
        path = root.joinpath(*name.split(".")).with_suffix(".py")
        if path.is_file():
            spec = importlib.util.spec_from_file_location(name, path)
            if spec is not None and spec.loader is not None:
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                return module
    return importlib.import_module(name)


def _modules(names: Iterable[str]) -> Iterable[tuple[str, Mapping[str, Wording]]]:
    for name in names:
        module = _load(name)
        yield name, module.MESSAGES
        # A package of kinds (or any registry) may hand over its members' wording too.
        for member_name, member in getattr(module, "MESSAGE_MEMBERS", lambda: ())():
            yield f"{name}:{member_name}", member


def render(message: Message, lang: Lang) -> str:
    wording = catalog().get(message.key)
    args = {k: _arg_text(v, lang) for k, v in message.args.items()}
    if wording is None:
        if message.key not in _unknown_logged:
            _unknown_logged.add(message.key)
            log.warning("message key %r is not in the catalog", message.key)
        shown = "，".join(f"{k}={v}" for k, v in args.items())
        return f"{message.key}（{shown}）" if shown else message.key
    template = wording[0] if lang == "zh" else wording[1]
    try:
        return template.format_map(args)
    except (KeyError, IndexError, ValueError) as exc:
        log.warning("message %r cannot be worded with %r: %s", message.key, sorted(args), exc)
        return template


def _arg_text(value: Any, lang: Lang) -> str:
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, Decimal):
        return fmt_points(value)
    if isinstance(value, list | tuple | set | frozenset):
        joiner = "、" if lang == "zh" else ", "
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return joiner.join(_arg_text(v, lang) for v in items)
    if value is None:
        return "—"
    return str(value)


def reset() -> None:
    """Forget the gathered catalog (tests that add a source)."""
    global _catalog
    _catalog = None
