"""The mypyc-compiled scoring engine (setup.py) and its pure-Python fallback (scoring/native.py).

Both must give the same reports, an old build must never run against newer sources, and on the
CI machine (a C compiler and mypyc at hand) the compiled engine must really be the one running:
dev.py sets EVALDESK_REQUIRE_NATIVE=1 there, so a build that silently fell back fails here.
"""

from __future__ import annotations

import ast
import importlib.machinery
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from evaldesk.scoring import native

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "evaldesk" / "scoring"
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
compiled_here = pytest.mark.skipif(
    not native.running_compiled(), reason="the scoring engine is not compiled in this install"
)


def _setup_sources() -> list[str]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "NATIVE_SOURCES" for t in node.targets
        ):
            return [ast.literal_eval(e) for e in node.value.elts]  # type: ignore[attr-defined]
    raise AssertionError("setup.py has no NATIVE_SOURCES")


def test_setup_compiles_exactly_the_modules_the_loader_guards() -> None:
    assert _setup_sources() == [f"evaldesk/scoring/{name}.py" for name in native.COMPILED]
    setup_text = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert f'group_name="{native.PACKAGE}.{native.RUNTIME.removesuffix("__mypyc")}"' in setup_text


def _fake_build(where: Path, *, newer_than_sources: bool = True) -> None:
    """Sources and extension files with real mtimes; build_state only compares them."""
    for name in native.COMPILED:
        (where / f"{name}.py").write_text("# source\n", encoding="utf-8")
    stamp = 1_700_000_000
    for name in (*native.COMPILED, native.RUNTIME):
        binary = where / f"{name}{SUFFIX}"
        binary.write_bytes(b"\x7fELF")
        os.utime(binary, (stamp, stamp))
    for name in native.COMPILED:
        offset = -10 if newer_than_sources else 10
        os.utime(where / f"{name}.py", (stamp + offset, stamp + offset))


def test_a_complete_fresh_build_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVALDESK_PURE_PYTHON", raising=False)
    _fake_build(tmp_path)
    assert native.build_state(tmp_path) == (True, "compiled with mypyc")


def test_a_source_edited_after_the_build_falls_back_and_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVALDESK_PURE_PYTHON", raising=False)
    _fake_build(tmp_path)
    later = (tmp_path / f"rules{SUFFIX}").stat().st_mtime + 5
    os.utime(tmp_path / "rules.py", (later, later))
    use, why = native.build_state(tmp_path)
    assert not use
    assert "rules.py changed after it was compiled" in why


def test_a_partial_build_or_none_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVALDESK_PURE_PYTHON", raising=False)
    for name in native.COMPILED:
        (tmp_path / f"{name}.py").write_text("# source\n", encoding="utf-8")
    assert native.build_state(tmp_path)[0] is False
    _fake_build(tmp_path)
    (tmp_path / f"{native.RUNTIME}{SUFFIX}").unlink()
    use, why = native.build_state(tmp_path)
    assert not use and native.RUNTIME in why


def test_a_frozen_app_without_sources_uses_its_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVALDESK_PURE_PYTHON", raising=False)
    _fake_build(tmp_path)
    for name in native.COMPILED:
        (tmp_path / f"{name}.py").unlink()
    assert native.build_state(tmp_path)[0] is True


def test_the_environment_switch_forces_pure_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_build(tmp_path)
    monkeypatch.setenv("EVALDESK_PURE_PYTHON", "1")
    assert native.build_state(tmp_path) == (False, "EVALDESK_PURE_PYTHON is set")


def test_ci_runs_the_compiled_engine() -> None:
    if not os.environ.get("EVALDESK_REQUIRE_NATIVE"):
        pytest.skip("EVALDESK_REQUIRE_NATIVE is not set (only where a compiler is expected)")
    assert native.running_compiled(), native.describe()


def _python(code: str, pythonpath: Path, **env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "EVALDESK_PURE_PYTHON"}
    environment.update(PYTHONPATH=str(pythonpath), **env)
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=pythonpath,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


_WHICH = (
    "import evaldesk.scoring as s, evaldesk.scoring.engine as e, evaldesk.scoring.rules as r;"
    "from evaldesk.scoring import native; print(native.describe()); print(e.__file__);"
    "print(r.__file__)"
)


@compiled_here
def test_a_stale_build_in_a_real_tree_runs_the_sources(tmp_path: Path) -> None:
    copy = tmp_path / "evaldesk"
    shutil.copytree(ROOT / "evaldesk", copy, ignore=shutil.ignore_patterns("__pycache__"))
    fresh = _python(_WHICH, tmp_path).splitlines()
    assert fresh[0] == "compiled (mypyc)"
    assert fresh[1].endswith(SUFFIX) and fresh[2].endswith(SUFFIX)

    (copy / "scoring" / "rules.py").touch()
    stale = _python(_WHICH, tmp_path).splitlines()
    assert stale[0].startswith("pure Python (rules.py changed after it was compiled")
    # Every compiled module comes from its source, not only the edited one: mixing the two
    # would hand pure objects to compiled code that checks their native types.
    assert stale[1] == str(copy / "scoring" / "engine.py")
    assert stale[2] == str(copy / "scoring" / "rules.py")


@compiled_here
def test_pure_python_gives_the_reference_reports_too() -> None:
    """The reference test, run again with the compiled modules switched off."""
    tests = [
        ROOT / "tests" / "unit" / f"{name}.py"
        for name in ("test_score_reference", "test_incremental")
    ]
    code = (
        "import sys, pytest, evaldesk.scoring.engine; from evaldesk.scoring import native;"
        "assert not native.running_compiled(), native.describe();"
        f"sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', *{[str(t) for t in tests]!r}]))"
    )
    out = _python(code, ROOT, EVALDESK_PURE_PYTHON="1")
    assert " passed" in out and "failed" not in out, out[-3000:]
