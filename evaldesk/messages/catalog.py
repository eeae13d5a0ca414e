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
import importlib.util
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import ModuleType

Wording = tuple[str, str]  # (中文, English)

#: Modules holding a MESSAGES mapping. A module added here is all a new domain needs.
SOURCES: tuple[str, ...] = (
    "evaldesk.messages.common",
    "evaldesk.kinds",
    "evaldesk.scoring.items",
    "evaldesk.scoring.engine",
    "evaldesk.rubrics.interpretations",
    "evaldesk.services.interpretations",
    "evaldesk.export.wording",
    "evaldesk.commands.wording",
    "evaldesk.services.wording",
    "evaldesk.store.wording",
    "evaldesk.store.wording_records",
    "evaldesk.rubrics.where",
    "evaldesk.rubrics.wording",
    "evaldesk.rubrics.schema_errors",
    "evaldesk.rubrics.render_wording",
    "evaldesk.rubrics.importing.wording",
    "evaldesk.scoring.wording",
    "evaldesk.scoring.form_wording",
    "evaldesk.services.wording_ledger",
    "evaldesk.messages.os_error",
    "evaldesk.demo.wording",
    "evaldesk.collect.wording",
    "evaldesk.services.wording_collect",
    "evaldesk.commands.wording_collect",
    "evaldesk.export.wording_results",
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


def _load(name: str) -> ModuleType:
    """The wording module ``name``, without running its package's ``__init__`` when the package
    is not imported yet: a wording module is data only, and importing evaldesk.store for its
    wording cost `evaldesk verify` 0.7 s of SQLAlchemy imports. A module that is not a plain
    file beside its package (a frozen build's archive) is imported as usual, and so is any
    module not named ``wording``: code (a dataclass, a registry) needs its package and a place
    in ``sys.modules``. (``wording_*`` modules, a package's second page of wording, are data
    only too.)"""
    if name in sys.modules:
        # import_module, not sys.modules[name]: a module another thread is still importing is
        # in sys.modules half made; import_module waits for it. (The loading worker read
        # evaldesk.scoring.wording's MESSAGES while the GUI thread imported it: an
        # AttributeError at start, now and then, shown in a dialog nobody could see in the
        # frozen app's smoke test, which hung.)
        return importlib.import_module(name)
    package, _, leaf = name.rpartition(".")
    if package and _is_wording(leaf) and package not in sys.modules:
        root = Path(__file__).resolve().parents[2]
        path = root.joinpath(*name.split(".")).with_suffix(".py")
        if path.is_file():
            spec = importlib.util.spec_from_file_location(name, path)
            if spec is not None and spec.loader is not None:
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                return module
    return importlib.import_module(name)


def _is_wording(leaf: str) -> bool:
    return leaf == "wording" or leaf.startswith("wording_")


def _modules(names: Iterable[str]) -> Iterable[tuple[str, Mapping[str, Wording]]]:
    for name in names:
        module = _load(name)
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
