"""The Linux build scripts run as root against a Debian 11 root, never in CI; CI at least
parses them (``bash -n``), so a syntax error does not wait for the next release build."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted((ROOT / "installer").rglob("*.sh"))


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_script_parses(script: Path) -> None:
    done = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_old_glibc_scripts_are_there() -> None:
    names = {p.name for p in SCRIPTS}
    assert {"build_old_glibc.sh", "smoke_in_root.sh", "deb_in_root.sh", "oldroot-lib.sh"} <= names
