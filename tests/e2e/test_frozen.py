"""Smoke test of the frozen app (PyInstaller onedir in dist/evaldesk/), run as a county PC would.

Skipped unless a bundle built from the current sources exists (installer/build.sh writes
dist/evaldesk.build.json with a fingerprint of the sources), or EVALDESK_BUILD_FROZEN=1 asks
this module to build it first (scripts/dev.py test does, on Linux). Everything runs in a
subprocess against the bundle; nothing is imported from it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = [pytest.mark.frozen, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"


def _contents() -> ModuleType:
    spec = importlib.util.spec_from_file_location("contents", ROOT / "installer" / "contents.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("contents", module)
    spec.loader.exec_module(module)
    return module


contents = _contents()
BUNDLE = DIST / contents.BUNDLE_NAME


def _fresh() -> bool:
    info = contents.read_build_info(DIST)
    return (
        contents.executables(BUNDLE)["cli"].is_file()
        and info is not None
        and info.get("fingerprint") == contents.source_fingerprint()
    )


def _build() -> None:
    if sys.platform != "linux":
        pytest.skip("EVALDESK_BUILD_FROZEN builds on Linux only; on Windows run build.ps1")
    done = subprocess.run(
        ["bash", str(ROOT / "installer" / "build.sh"), "--no-smoke", "--python", sys.executable],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if done.returncode != 0:
        pytest.fail(f"installer/build.sh failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")


@pytest.fixture(scope="module")
def exe() -> dict[str, Path]:
    if not _fresh():
        if os.environ.get("EVALDESK_BUILD_FROZEN") == "1":
            _build()
        elif not contents.executables(BUNDLE)["cli"].is_file():
            pytest.skip(
                "no frozen bundle in dist/evaldesk: run installer/build.sh "
                "(or set EVALDESK_BUILD_FROZEN=1 to build it here)"
            )
        else:
            pytest.skip(
                "dist/evaldesk was built from other sources: rebuild with installer/build.sh "
                "(or set EVALDESK_BUILD_FROZEN=1)"
            )
    return contents.executables(BUNDLE)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "EVALDESK_LOG_DIR": str(tmp_path / "logs"),
        "PYTHONPATH": "",  # the bundle must not find the source tree
        "PYTHONUTF8": "1",
    }


def run(
    cmd: list[str | Path], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in cmd],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
        cwd=Path(env["EVALDESK_LOG_DIR"]).parent,  # the test's tmp_path, not the source tree
    )


def test_version(exe: dict[str, Path], env: dict[str, str]) -> None:
    from evaldesk import __version__

    done = run([exe["cli"], "--version"], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"EvalDesk {__version__}"


def test_rubrics_are_found_in_the_bundle(exe: dict[str, Path], env: dict[str, str]) -> None:
    """resource_path() in the frozen app: the built-in rubrics are read from _internal/."""
    from evaldesk.rubrics.registry import builtins

    done = run([exe["cli"], "rubrics", "list", "--json"], env)
    assert done.returncode == 0, done.stderr
    listed = {r["id"]: r["sha256"] for r in json.loads(done.stdout)}
    assert listed == {rid: lr.sha256 for rid, lr in builtins().items()}
    first = sorted(listed)[0]
    shown = run([exe["cli"], "rubrics", "show", first, "--json"], env)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["id"] == first


def test_bundle_holds_the_listed_data_and_no_excluded_qt_parts(exe: dict[str, Path]) -> None:
    internal = BUNDLE / "_internal"
    missing = [rel for rel in contents.shipped_relpaths() if not (internal / rel).is_file()]
    assert not missing, f"data files missing from the bundle: {missing}"
    qm = sorted(p.name for p in internal.rglob("Qt/translations/*.qm"))
    assert set(qm) <= set(contents.QT_TRANSLATIONS_KEPT), qm
    names = {p.name for p in internal.rglob("*") if p.is_file()}
    for module in contents.QT_EXCLUDED_MODULES:
        assert not any(n.startswith(f"{module}.") for n in names), f"PySide6.{module} is bundled"
    assert not any("Qt6Quick" in n or "Qt6WebEngine" in n or "Qt6Qml" in n for n in names)


@pytest.mark.skipif(sys.platform != "linux", reason="ELF dependency check")
def test_every_bundled_library_finds_its_dependencies(exe: dict[str, Path]) -> None:
    """Every library the bundle needs is in the bundle, except the host's own (SYSTEM_LIBS)."""
    internal = BUNDLE / "_internal"
    names = {p.name for p in internal.rglob("*")}
    problems = []
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        for needed in contents.elf_needed(str(path)):
            if needed in names or contents.is_system_lib(needed) or _glibc_part(needed):
                continue
            problems.append(f"{path.relative_to(internal)} needs {needed}")
    assert not problems, "\n".join(problems)


def _glibc_part(name: str) -> bool:
    return name.split(".so")[0] in {
        "libc", "libm", "libdl", "libpthread", "librt", "libutil", "libresolv", "libcrypt",
        "ld-linux-x86-64", "ld-linux-aarch64", "linux-vdso",
    }  # fmt: skip


def test_demo_then_score(exe: dict[str, Path], env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "office"
    made = run([exe["cli"], "demo", "--data-dir", data], env, timeout=300)
    assert made.returncode == 0, made.stderr
    scored = run([exe["cli"], "score", "--data-dir", data, "--json"], env)
    assert scored.returncode == 0, scored.stderr
    report = json.loads(scored.stdout)
    assert report, "score --json printed an empty report"
    checked = run([exe["cli"], "check", "--data-dir", data], env)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_export_then_verify(exe: dict[str, Path], env: dict[str, str], tmp_path: Path) -> None:
    """The signed package from the bundle: the PDF (fonts, the cover's QR code), the workbooks
    and the signature, then the bundle's own verify."""
    data = tmp_path / "office"
    made = run([exe["cli"], "demo", "--data-dir", data], env, timeout=300)
    assert made.returncode == 0, made.stderr
    year = json.loads(run([exe["cli"], "score", "--data-dir", data, "--json"], env).stdout)["year"]
    package = tmp_path / "package.zip"
    exported = run(
        [exe["cli"], "export", "--data-dir", data, "--year", str(year), "--out", package],
        {**env, "EVALDESK_PASSPHRASE": "frozen smoke test"},
        timeout=300,
    )
    assert exported.returncode == 0, exported.stdout + exported.stderr
    verified = run([exe["cli"], "verify", package, "--json"], env)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert json.loads(verified.stdout)["valid"] is True


def demo_account(demo_output: str) -> tuple[str, str] | None:
    """(username, password) of the first account `evaldesk demo` printed, if any."""
    rows = demo_output.split("accounts", 1)[-1].splitlines()[1:]
    for row in rows:
        parts = row.split()
        if len(parts) >= 3:
            return parts[1], parts[2]
    return None


def test_gui_starts_shows_and_closes(
    exe: dict[str, Path], env: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "office"
    # In English whatever the machine's locale: demo_account reads the English account list.
    made = run([exe["cli"], "demo", "--data-dir", data, "--lang", "en"], env, timeout=300)
    assert made.returncode == 0, made.stderr
    account = demo_account(made.stdout)
    assert account is not None, f"no account in the demo's output:\n{made.stdout}"
    # Signed in straight away, so the first window painted is the main window.
    env = {**env, "EVALDESK_AUTOLOGIN": account[0], "EVALDESK_AUTOLOGIN_PASSWORD": account[1]}
    started = time.perf_counter()
    # The console executable: on Windows the windowed one has no stdout to report on.
    # EVALDESK_SMOKE_EXIT waits for the main window painted with the office's score, so this
    # proves the frozen app opens the store (migrations, rubric, fonts), not only a window.
    done = run([exe["cli"], "--data-dir", data], {**env, "EVALDESK_SMOKE_EXIT": "1"}, timeout=90)
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke: main window painted" in done.stdout, done.stdout + done.stderr
    print(f"frozen GUI start, first paint and exit: {elapsed:.2f} s")
