"""installer/linux/make_deb.py: the .deb's layout as the UOS app store wants it, built from a
stand-in bundle (the real bundle is installed with dpkg in installer/linux/deb_in_root.sh)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or shutil.which("dpkg-deb") is None,
    reason=".deb packages are built on Debian-based Linux (dpkg-deb)",
)


def _make_deb() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_deb", ROOT / "installer/linux/make_deb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_deb = _make_deb()


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "bundle"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    exe = folder / "evaldesk"
    exe.write_text("#!/bin/sh\necho EvalDesk stand-in\n", encoding="utf-8")
    exe.chmod(0o755)
    return folder


def test_the_package_has_the_app_store_layout(bundle: Path, tmp_path: Path) -> None:
    deb = make_deb.build(bundle, tmp_path / "out", "amd64", "1.2.3")

    def field(name: str) -> str:
        done = subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True)
        return done.stdout.strip()

    appid = make_deb.APPID
    assert field("Package") == appid
    assert field("Version") == "1.2.3"
    assert "libc6 (>= 2.28)" in field("Depends")
    tree = tmp_path / "x"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
    app = tree / "opt" / "apps" / appid
    assert (app / "files" / "evaldesk").stat().st_mode & 0o111
    manifest = json.loads((app / "info").read_text(encoding="utf-8"))
    assert (manifest["appid"], manifest["version"], manifest["arch"]) == (appid, "1.2.3", ["amd64"])
    desktop = (app / "entries" / "applications" / f"{appid}.desktop").read_text(encoding="utf-8")
    assert f"Exec=/opt/apps/{appid}/files/evaldesk" in desktop
    assert "Name[zh_CN]=自评台账" in desktop
    icons = app / "entries" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{appid}.svg").is_file()
    assert (icons / "48x48" / "apps" / f"{appid}.png").is_file()
    # Every link outside /opt/apps points into the package (absolute, so re-rooted here).
    links = [p for p in tree.rglob("*") if p.is_symlink()]
    assert tree / "usr" / "bin" / "evaldesk" in links
    for path in links:
        target = tree / str(path.readlink()).lstrip("/")
        assert target.exists(), f"{path.relative_to(tree)} -> {path.readlink()} is dangling"
    postrm = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True
    ).stdout
    assert b"postrm" in postrm


def test_a_folder_that_is_no_bundle_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="not a one-folder bundle"):
        make_deb.build(tmp_path, tmp_path / "out", "amd64", "1.0")
