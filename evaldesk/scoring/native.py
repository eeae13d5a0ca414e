"""Which scoring engine runs: the mypyc-compiled modules, or the .py files they are built from.

setup.py compiles the modules in COMPILED into extension modules beside their sources, and
Python's import system prefers an extension module to a .py file of the same name. After an
edit or a git checkout that would silently run an old build, so the compiled modules are used
only when each is newer than its source. Otherwise (or with EVALDESK_PURE_PYTHON=1) a finder put
first on sys.meta_path loads the .py files, which give the same results, only slower.

Imported by evaldesk/scoring/__init__.py before any of the compiled modules.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import logging
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE = "evaldesk.scoring"
#: Kept in step with NATIVE_SOURCES in setup.py (tests/unit/test_native_engine.py).
COMPILED = (
    "engine",
    "plan",
    "totals",
    "report",
    "rule_base",
    "rule_awards",
    "rule_deductions",
    "rule_judged",
    "rules",
)
#: The runtime library mypyc builds for the group (group_name in setup.py).
RUNTIME = "native__mypyc"

_HERE = Path(__file__).resolve().parent
log = logging.getLogger(__name__)


def _built(name: str, where: Path = _HERE) -> Path | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = where / f"{name}{suffix}"
        if path.exists():
            return path
    return None


def compiled_files(where: Path = _HERE) -> list[Path]:
    """The compiled modules and the group's runtime library present in ``where``."""
    found = (_built(name, where) for name in (*COMPILED, RUNTIME))
    return [path for path in found if path is not None]


def build_state(where: Path = _HERE) -> tuple[bool, str]:
    """(use the compiled modules?, why) for the package directory ``where``."""
    if os.environ.get("EVALDESK_PURE_PYTHON"):
        return False, "EVALDESK_PURE_PYTHON is set"
    built = {name: _built(name, where) for name in (*COMPILED, RUNTIME)}
    if not any(built.values()):
        return False, "not compiled (no C compiler or mypyc when it was installed)"
    missing = [name for name, path in built.items() if path is None]
    if missing:
        return False, f"partly compiled (missing {', '.join(missing)}): reinstall to rebuild"
    for name in COMPILED:
        source = where / f"{name}.py"
        binary = built[name]
        assert binary is not None
        # A frozen app ships no sources beside its compiled modules: nothing to be stale against.
        if source.exists() and source.stat().st_mtime > binary.stat().st_mtime:
            return False, f"{name}.py changed after it was compiled: `pip install -e .` rebuilds it"
    return True, "compiled with mypyc"


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Finds the compiled modules' .py files before the extension modules beside them."""

    def __init__(self, where: Path) -> None:
        self.where = where

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in COMPILED:
            return None
        return importlib.util.spec_from_file_location(fullname, self.where / f"{name}.py")


USE_COMPILED, REASON = build_state()
if not USE_COMPILED and any(_built(name) for name in COMPILED):
    if not any(isinstance(f, _SourceFirst) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFirst(_HERE))
    log.info("scoring engine: pure Python (%s)", REASON)


def running_compiled() -> bool:
    """Whether the engine that scores in this process is the compiled one."""
    engine = sys.modules.get(f"{PACKAGE}.engine")
    origin = getattr(engine, "__file__", None) or ""
    return origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def describe() -> str:
    """One line for benchmarks and diagnostics: which engine runs, and why."""
    return "compiled (mypyc)" if running_compiled() else f"pure Python ({REASON})"
