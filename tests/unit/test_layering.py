"""The layers of DESIGN.md, checked on the source, statically (STYLE.md habit 1).

* each package keeps away from the packages above it and from the libraries it must not need
  (FORBIDDEN; every import counts, function-local and ``if TYPE_CHECKING:`` ones included);
* no import cycles among ``evaldesk.*`` modules. A function-local import, kept lazy for
  start-up time, still runs, so it counts; an ``if TYPE_CHECKING:`` import never runs (it is
  how two modules name each other's types), so it does not. CYCLES_LEFT names the few left in
  code being rewritten elsewhere;
* the UI reads through the services: no ``<anything>.store.<part>.<method>(...)`` in
  ``evaldesk/ui`` (handing ``ctx.store`` to a service is how it should be).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "evaldesk"

QT, SQL, PDF = "PySide6", "sqlalchemy", "reportlab"
#: What sits on top of the core: the programs, and the demo office they make (never the core's).
APPS = ("evaldesk.ui", "evaldesk.commands", "evaldesk.demo")
#: Package -> the modules it must not import (a name and everything under it).
#: A new package gets a line; a package above another names it here.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "rubrics": (
        QT,
        SQL,
        PDF,
        *APPS,
        "evaldesk.services",
        "evaldesk.store",
        "evaldesk.export",
        "evaldesk.scoring",
    ),
    "scoring": (QT, SQL, PDF, *APPS, "evaldesk.services", "evaldesk.store", "evaldesk.export"),
    # The receiving office's own logic (rankings, ballots, finals): pure, on top of the engine.
    "collect": (QT, SQL, PDF, *APPS, "evaldesk.services", "evaldesk.store", "evaldesk.export"),
    "store": (QT, PDF, *APPS, "evaldesk.services", "evaldesk.export"),
    "export": (QT, *APPS, "evaldesk.services"),
    "services": (QT, PDF, *APPS),
    "ui": ("evaldesk.store", "evaldesk.commands", "evaldesk.export", "evaldesk.demo"),
    "demo": (QT, "evaldesk.ui", "evaldesk.commands"),
    # Rule kinds sit below both the rubric model and the engine.
    "kinds": (
        QT,
        SQL,
        PDF,
        *APPS,
        "evaldesk.services",
        "evaldesk.store",
        "evaldesk.export",
        "evaldesk.scoring",
        "evaldesk.rubrics",
    ),
    # Messages are the bottom: they gather the wording of the layers above by name only.
    "messages": (
        QT,
        SQL,
        PDF,
        *APPS,
        "evaldesk.services",
        "evaldesk.store",
        "evaldesk.export",
        "evaldesk.scoring",
        "evaldesk.rubrics",
        "evaldesk.kinds",
    ),
}


# ----------------------------------------------------------------- reading the imports


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(tree: ast.Module) -> set[ast.AST]:
    """The statements under ``if TYPE_CHECKING:``."""
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for statement in node.body:
                found.update(ast.walk(statement))
    return found


def imports(path: Path, *, run_only: bool = False) -> Iterator[tuple[int, str]]:
    """(line, module) of every import in the file, wherever it stands; relative ones resolved.

    ``from a import b`` gives ``a.b`` when that is a module of ours, else ``a``. With
    ``run_only``, the imports under ``if TYPE_CHECKING:`` are left out.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    skipped = _type_checking_only(tree) if run_only else set()
    here = module_name(path).split(".")
    if path.name != "__init__.py":
        here = here[:-1]  # the package a relative import starts from
    for node in ast.walk(tree):
        if node in skipped:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                start = here[: len(here) - node.level + 1]
                base = ".".join([*start, *([node.module] if node.module else [])])
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                yield node.lineno, submodule if _is_module(submodule) else base


def _is_module(name: str) -> bool:
    parts = name.split(".")
    if parts[0] != PACKAGE.name:
        return False
    path = PACKAGE.parent.joinpath(*parts)
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


# ----------------------------------------------------------------- forbidden layers


def violations(package: str) -> list[str]:
    bad = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        for lineno, name in imports(path):
            for prefix in FORBIDDEN[package]:
                if name == prefix or name.startswith(prefix + "."):
                    bad.append(f"{path.relative_to(PACKAGE.parent)}:{lineno} imports {name}")
    return bad


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_forbidden_layers(package: str) -> None:
    assert violations(package) == []


def test_checker_catches_a_violation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "evaldesk" / "scoring"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text(
        "from PySide6.QtCore import QObject\nimport evaldesk.ui.app\n"
        "def later():\n    from evaldesk.store import open_store\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path / "evaldesk")
    assert len(violations("scoring")) == 3


# ----------------------------------------------------------------- import cycles


def import_graph() -> dict[str, dict[str, int]]:
    """Module -> the modules of ours it imports when it runs, each with the line of one import."""
    graph: dict[str, dict[str, int]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        edges = graph.setdefault(name, {})
        for lineno, target in imports(path, run_only=True):
            while target and not _is_module(target):
                target = target.rpartition(".")[0]  # ``import evaldesk.x.Name``-like spellings
            if target and target != name:
                edges.setdefault(target, lineno)
    return graph


def _shortest_way_back(graph: dict[str, dict[str, int]], start: str) -> list[str] | None:
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        module = queue.popleft()
        for target in graph.get(module, {}):
            if target == start:
                path = [module]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return path[::-1]
            if target not in came_from:
                came_from[target] = module
                queue.append(target)
    return None


def cycles(graph: dict[str, dict[str, int]]) -> dict[frozenset[str], str]:
    """The shortest cycle through each module that is on one, each told once: its modules ->
    ``a:12 -> b:30 -> a`` (a imports b on line 12, b imports a on line 30)."""
    told: dict[frozenset[str], str] = {}
    for start in sorted(graph):
        path = _shortest_way_back(graph, start)
        if path is None or frozenset(path) in told:
            continue
        steps = [f"{m}:{graph[m][n]}" for m, n in zip(path, [*path[1:], start], strict=True)]
        told[frozenset(path)] = " -> ".join([*steps, start])
    return told


#: Cycles left in code that is being rewritten elsewhere (issue 12), by their modules. The list
#: only shrinks: a cycle listed here that is gone fails the test until its line is removed.
CYCLES_LEFT: set[frozenset[str]] = set()


def test_no_import_cycles() -> None:
    found = cycles(import_graph())
    assert [text for modules, text in found.items() if modules not in CYCLES_LEFT] == []
    assert CYCLES_LEFT - found.keys() == set(), "gone: remove them from CYCLES_LEFT"


def test_cycle_detector_catches_a_planted_cycle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "evaldesk"
    (fake / "export").mkdir(parents=True)
    (fake / "__init__.py").write_text("", encoding="utf-8")
    (fake / "export" / "__init__.py").write_text("", encoding="utf-8")
    # A cycle behind a function-local import, and one of the relative kind...
    (fake / "export" / "pdf.py").write_text(
        "from evaldesk.export.pdf_body import story\n", encoding="utf-8"
    )
    (fake / "export" / "pdf_body.py").write_text(
        "def story():\n    from evaldesk.export import pdf\n", encoding="utf-8"
    )
    (fake / "a.py").write_text("from . import b\n", encoding="utf-8")
    (fake / "b.py").write_text("import evaldesk.a\n", encoding="utf-8")
    # ... and two modules naming each other's types only, which is no cycle.
    (fake / "types_a.py").write_text("import evaldesk.types_b\n", encoding="utf-8")
    (fake / "types_b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from evaldesk import types_a\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert list(cycles(import_graph()).values()) == [
        "evaldesk.a:1 -> evaldesk.b:1 -> evaldesk.a",
        "evaldesk.export.pdf:1 -> evaldesk.export.pdf_body:2 -> evaldesk.export.pdf",
    ]


# ----------------------------------------------------------------- the UI reads through services


def store_reads(folder: Path) -> list[str]:
    """``<anything>.store.<part>.<method>(...)`` calls (also ``store``/``_store`` as a name)."""
    found: list[tuple[Path, int, str]] = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            part = node.func.value
            if not isinstance(part, ast.Attribute):
                continue
            owner = part.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if name.lstrip("_") == "store":
                found.append((path, node.lineno, ast.unparse(node.func)))
    return [f"{p.relative_to(folder.parent)}:{n} {call}(...)" for p, n, call in sorted(found)]


def test_ui_reads_the_store_through_services() -> None:
    assert store_reads(PACKAGE / "ui") == []


def test_store_read_checker_catches_reads(tmp_path: Path) -> None:
    (tmp_path / "view.py").write_text(
        "def refresh(self, store):\n"
        "    users = self.ctx.store.users.list()\n"
        "    store.years.latest()\n"
        "    self._store.evidence.count(2024)\n"
        "    users_service.list_users(self.ctx.store)\n"  # fine: the service reads
        "    self.ctx.store.close()\n",  # fine: no part
        encoding="utf-8",
    )
    assert store_reads(tmp_path) == [
        f"{tmp_path.name}/view.py:2 self.ctx.store.users.list(...)",
        f"{tmp_path.name}/view.py:3 store.years.latest(...)",
        f"{tmp_path.name}/view.py:4 self._store.evidence.count(...)",
    ]


def test_importing_the_engine_and_cli_does_not_load_qt() -> None:
    code = (
        "import sys, evaldesk.scoring, evaldesk.rubrics.registry, evaldesk.cli; "
        "evaldesk.cli.build_parser(); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
