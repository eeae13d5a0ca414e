"""The core packages never import Qt or the UI (STYLE.md habit 1); checked on the source, statically."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "evaldesk"
CORE = ["rubrics", "scoring", "store", "services", "export"]
# services may not import the UI; the pure engine may not import the store either.
FORBIDDEN = {
    "rubrics": (
        "PySide6",
        "evaldesk.ui",
        "evaldesk.store",
        "evaldesk.services",
        "evaldesk.export",
        "sqlalchemy",
    ),
    "scoring": (
        "PySide6",
        "evaldesk.ui",
        "evaldesk.store",
        "evaldesk.services",
        "evaldesk.export",
        "sqlalchemy",
    ),
    "store": ("PySide6", "evaldesk.ui", "evaldesk.services", "evaldesk.export"),
    "services": ("PySide6", "evaldesk.ui"),
    "export": ("PySide6", "evaldesk.ui", "evaldesk.services"),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def violations(package: str) -> list[str]:
    bad = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        for lineno, name in imported_modules(path):
            for prefix in FORBIDDEN[package]:
                if name == prefix or name.startswith(prefix + "."):
                    bad.append(f"{path.relative_to(PACKAGE.parent)}:{lineno} imports {name}")
    return bad


@pytest.mark.parametrize("package", CORE)
def test_core_package_does_not_import_forbidden_layers(package: str) -> None:
    assert violations(package) == []


def test_checker_catches_a_violation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "evaldesk" / "scoring"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text(
        "from PySide6.QtCore import QObject\nimport evaldesk.ui.app\n", encoding="utf-8"
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path / "evaldesk")
    assert len(violations("scoring")) == 2


def test_importing_the_engine_and_cli_does_not_load_qt() -> None:
    code = (
        "import sys, evaldesk.scoring, evaldesk.rubrics.registry, evaldesk.cli; "
        "evaldesk.cli.build_parser(); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
