"""What the installer bundles (installer/contents.py), checked on the source tree without
building: every data file is listed, no excluded Qt module is imported, the pruning rules."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "installer" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


contents = _load("contents")


def test_every_data_file_in_the_tree_is_bundled() -> None:
    missing = contents.data_files_in_tree() - contents.shipped_relpaths()
    assert not missing, (
        f"files the app may read are not in the installer: {sorted(missing)}; "
        "add a DataSet for them in installer/contents.py"
    )


def test_rubrics_keep_their_source_layout() -> None:
    shipped = contents.shipped_relpaths()
    rubrics = {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "evaldesk/rubrics/data").glob("*.yaml")
    }
    assert rubrics and rubrics <= shipped


def test_required_data_missing_stops_the_build(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="built-in rubrics"):
        contents.data_files(tmp_path)


def test_no_excluded_qt_module_is_imported() -> None:
    assert contents.excluded_but_imported() == []


def test_an_excluded_qt_import_is_reported(tmp_path: Path) -> None:
    (tmp_path / "evaldesk" / "ui").mkdir(parents=True)
    (tmp_path / "evaldesk" / "ui" / "charts.py").write_text(
        "from PySide6 import QtCharts\nfrom PySide6.QtWidgets import QWidget\n"
        "from PySide6 import __version__\n",
        encoding="utf-8",
    )
    assert contents.qt_modules_imported(tmp_path) == {
        "QtCharts": ["evaldesk/ui/charts.py:1"],
        "QtWidgets": ["evaldesk/ui/charts.py:2"],
    }
    (problem,) = contents.excluded_but_imported(tmp_path)
    assert "PySide6.QtCharts is imported at evaldesk/ui/charts.py:1" in problem


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
        ("resources/translations/evaldesk_zh_CN.qm", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ],
)
def test_keep_in_bundle(dest: str, kept: bool) -> None:
    assert contents.keep_in_bundle(dest) is kept


def test_prune_drops_dropped_plugins_their_orphans_and_host_libraries() -> None:
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/w/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/p/libqxcb.so", "BINARY"),
        (
            "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
            "/p/vk.so",
            "BINARY",
        ),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/l/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/l/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/l/libQt6Quick.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libX11.so.6", "/s/libX11.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
    ]
    needs = {
        "/w/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/l/libQt6Widgets.so.6": ["libQt6Core.so.6"],
        "/p/libqxcb.so": ["libxcb-cursor.so.0", "libX11.so.6", "libQt6Core.so.6"],
        "/p/vk.so": ["libQt6Quick.so.6", "libQt6Core.so.6"],
        "/l/libQt6Quick.so.6": ["libQt6Core.so.6"],
    }
    kept, dropped = contents.prune_binaries(binaries, lambda src: needs.get(src, []))
    assert {Path(b[0]).name for b in kept} == {
        "QtWidgets.abi3.so",
        "libqxcb.so",
        "libQt6Widgets.so.6",
        "libQt6Core.so.6",
        "libxcb-cursor.so.0",
        "libpython3.11.so.1.0",
    }
    assert {Path(d).name for d in dropped} == {
        "libqtvirtualkeyboardplugin.so",
        "libQt6Quick.so.6",
        "libX11.so.6",
    }


def test_fingerprint_follows_the_sources(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(
        ROOT / "evaldesk", tree / "evaldesk", ignore=shutil.ignore_patterns("__pycache__")
    )
    before = contents.source_fingerprint(tree)
    assert contents.source_fingerprint(tree) == before
    rubric = next((tree / "evaldesk/rubrics/data").glob("*.yaml"))
    rubric.write_text(rubric.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert contents.source_fingerprint(tree) != before


def test_the_spec_is_valid_python() -> None:
    ast.parse((ROOT / "installer" / "evaldesk.spec").read_text(encoding="utf-8"))


@pytest.mark.skipif(
    sys.platform != "linux" or shutil.which("objdump") is None, reason="Linux with binutils"
)
def test_glibc_report_finds_the_newest_version(tmp_path: Path) -> None:
    glibc_report = _load("glibc_report")
    shutil.copyfile(Path(sys.executable).resolve(), tmp_path / "python")
    (tmp_path / "notes.txt").write_text("not an ELF file", encoding="utf-8")
    report = glibc_report.scan(tmp_path)
    assert report.files == 1
    newest = report.newest["GLIBC"]
    assert newest.startswith("2.")
    assert report.needers["GLIBC"] == ["python"]
    assert glibc_report.version_key("2.34") > glibc_report.version_key("2.4")
