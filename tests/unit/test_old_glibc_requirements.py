"""The old-glibc bundles' pinned wheels must all install on their glibc floor, so that a later
pin cannot raise it unnoticed: installer/linux/requirements-glibc228-amd64.txt on glibc 2.28
(UOS V20), requirements-glibc231-arm64.txt on glibc 2.31 (no PySide6 aarch64 wheel exists for
2.28).

pip resolves each list as for CPython 3.11 on such a machine, wheels only (``--dry-run
--report``; it asks the package index, as the bundle build does).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "installer" / "linux"
#: requirements file -> (wheel architecture, glibc floor)
TARGETS = {
    "requirements-glibc228-amd64.txt": ("x86_64", (2, 28)),
    "requirements-glibc231-arm64.txt": ("aarch64", (2, 31)),
}
LEGACY = {"manylinux1": (2, 5), "manylinux2010": (2, 12), "manylinux2014": (2, 17)}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(requirements: Path) -> dict[str, str]:
    found = {}
    for line in requirements.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, sep, version = line.partition("==")
            assert sep, f"{requirements.name}: '{line}' is not pinned with =="
            found[canonical(name)] = version.strip()
    return found


def glibc_needed(wheel: str) -> tuple[int, int] | None:
    """The oldest glibc a wheel's platform tags accept (None for a pure-Python wheel); a
    linux_* tag (not manylinux) is no promise at all."""
    platforms = wheel.removesuffix(".whl").split("-")[-1].split(".")
    if platforms == ["any"]:
        return None
    needs = []
    for tag in platforms:
        m = re.match(r"manylinux_(\d+)_(\d+)_", tag)
        legacy = tag.split("_", 1)[0]
        if m:
            needs.append((int(m.group(1)), int(m.group(2))))
        elif legacy in LEGACY:
            needs.append(LEGACY[legacy])
    assert needs, f"{wheel} has no manylinux tag"
    return min(needs)


def test_tags_are_read_like_pip_reads_them() -> None:
    assert glibc_needed("a-1-cp39-abi3-manylinux_2_28_x86_64.whl") == (2, 28)
    assert glibc_needed("b-1-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl") == (2, 17)
    assert glibc_needed("c-1-py3-none-any.whl") is None
    assert glibc_needed("d-1-cp311-cp311-manylinux_2_34_x86_64.whl") == (2, 34)


@pytest.mark.parametrize("name", TARGETS)
def test_every_runtime_dependency_is_pinned(name: str) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = (
        project["project"]["dependencies"] + project["project"]["optional-dependencies"]["build"]
    )
    names = {canonical(re.split(r"[<>=!~;\[ ]", dep, maxsplit=1)[0]) for dep in wanted}
    pinned = pins(FOLDER / name)
    assert not names - set(pinned), f"not pinned in {name}: {names - set(pinned)}"
    assert pinned["pyside6-essentials"] == pinned["shiboken6"]


@pytest.mark.parametrize("name", TARGETS)
def test_the_pinned_wheels_install_on_the_glibc_floor(name: str) -> None:
    arch, floor = TARGETS[name]
    requirements = FOLDER / name
    # pip takes --platform literally (no "and older"): every tag glibc `floor` accepts.
    platforms = [f"manylinux_2_{minor}_{arch}" for minor in range(floor[1], 4, -1)]
    platforms += [f"{legacy}_{arch}" for legacy in LEGACY]
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
         "--report", "-", "--only-binary=:all:", "--python-version", "3.11",
         "--implementation", "cp", "--abi", "cp311",
         *(arg for p in platforms for arg in ("--platform", p)), "-r", str(requirements)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, f"pip cannot resolve {name}:\n{done.stderr[-3000:]}"
    report = json.loads(done.stdout)
    pinned = pins(requirements)
    problems = []
    for item in report["install"]:
        name, version = canonical(item["metadata"]["name"]), item["metadata"]["version"]
        wheel = item["download_info"]["url"].rsplit("/", 1)[-1]
        if pinned.get(name) != version:
            problems.append(f"{name} {version} is pulled in but not pinned")
        needs = glibc_needed(wheel)
        if needs is not None and needs > floor:
            problems.append(f"{wheel} needs glibc {needs[0]}.{needs[1]}")
    assert not problems, "\n".join(problems)
    assert {canonical(i["metadata"]["name"]) for i in report["install"]} == set(pinned)
