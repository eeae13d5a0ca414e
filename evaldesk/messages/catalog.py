"""The one catalog: every message key with its Chinese and English wording.

The wording lives beside the code that uses it, one ``MESSAGES`` mapping per module listed in
:data:`SOURCES` (``key -> (中文, English)``); a rule kind's wording lives in the kind's own
module. This module only gathers them, on first use, so importing a message costs nothing and
the core packages do not import each other through the catalog.

Wordings are ``str.format`` templates over the message's named arguments; evaldesk.messages
writes the arguments out and fills them in. This module imports nothing of evaldesk's itself:
it loads the modules in SOURCES by name, on first use, so that the bottom of the package does
not import the layers above it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping

Wording = tuple[str, str]  # (中文, English)

#: Modules holding a MESSAGES mapping. A module added here is all a new domain needs.
SOURCES: tuple[str, ...] = (
    "evaldesk.messages.common",
    "evaldesk.kinds",
    "evaldesk.scoring.items",
    "evaldesk.scoring.engine",
    "evaldesk.services.wording",
    "evaldesk.services.wording_ledger",
    "evaldesk.services.os_error",
    "evaldesk.commands.wording",
    "evaldesk.demo.wording",
)

_catalog: dict[str, Wording] | None = None


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


def _modules(names: Iterable[str]) -> Iterable[tuple[str, Mapping[str, Wording]]]:
    for name in names:
        module = importlib.import_module(name)
        yield name, module.MESSAGES
        # A package of kinds (or any registry) may hand over its members' wording too.
        for member_name, member in getattr(module, "MESSAGE_MEMBERS", lambda: ())():
            yield f"{name}:{member_name}", member


def wording(key: str) -> Wording | None:
    return catalog().get(key)


def reset() -> None:
    """Forget the gathered catalog (tests that add a source)."""
    global _catalog
    _catalog = None
