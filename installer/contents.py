"""What goes into the frozen app: data files, Qt parts left out, and the build fingerprint.

Read by ``installer/evaldesk.spec`` at build time and by the tests (standard library only, so
the tests can import it without PyInstaller). Data files keep their source-tree layout inside
the bundle, because :func:`evaldesk.resources.resource_path` (and ``Path(__file__)`` in
``evaldesk.store``) look them up by that same relative path from ``sys._MEIPASS``.
"""

from __future__ import annotations

import ast
import hashlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "EvalDesk"
BUNDLE_NAME = "evaldesk"  # dist/evaldesk/ and the executable's name


@dataclass(frozen=True)
class DataSet:
    """Files matching ``patterns`` under ``folder`` (relative to the project root)."""

    folder: str
    patterns: tuple[str, ...]
    why: str
    required: bool = False  # the build fails when a required set is empty
    recursive: bool = False


# Every non-Python file the app reads at run time. tests/unit/test_bundle_contents.py fails when
# a file under evaldesk/ or resources/ is not covered here, so a new kind of data file is never
# silently missing from the installer.
DATA: tuple[DataSet, ...] = (
    DataSet("evaldesk/rubrics/data", ("*.yaml",), "built-in rubrics", required=True),
    # Alembic reads env.py, the template and every revision from the file system, not from the
    # frozen archive, so the migration scripts ship as source files.
    DataSet(
        "evaldesk/store/migrations",
        ("*.py", "*.mako", "*.ini"),
        "Alembic migrations (run at open)",
        recursive=True,
    ),
    DataSet("resources/translations", ("*.qm",), "UI translations (built from .ts)"),
    DataSet(
        "resources/help", ("*.html", "*.png"), "in-app help (F1), its pictures", recursive=True
    ),
    DataSet("resources/fonts", ("*.ttf", "*.ttc", "*.txt"), "bundled CJK font and its licence"),
    DataSet(
        "resources/icons",
        ("*.png", "*.svg", "*.ico", "*.icns"),
        "application and toolbar icons",
        recursive=True,
    ),
    # Anything else the package carries as package data (pyproject's [tool.setuptools.package-data])
    # so a data file added inside evaldesk/ is shipped without touching this list.
    DataSet(
        "evaldesk",
        ("*.yaml", "*.json", "*.ini", "*.mako", "*.qm", "*.png", "*.svg", "*.ico", "*.txt"),
        "package data",
        recursive=True,
    ),
    DataSet(
        "resources/demo",
        ("*.json", "*.yaml", "*.csv", "*.txt", "*.pdf", "*.png", "*.jpg", "*.xlsx", "*.docx"),
        "demo office data",
        recursive=True,
    ),
)

# Files in the source tree that are deliberately not shipped (sources of built files, notes).
NOT_SHIPPED_SUFFIXES = (".ts", ".md", ".pyc", ".pro", ".qrc")

# Qt for Python modules the app must not pull in. PyInstaller collects a Qt module (its shared
# libraries, plugins and translations) only when something imports it; listing the big ones
# here also keeps a stray import from adding tens of megabytes unnoticed. The GUI may use
# QtWidgets, QtGui, QtCore, QtSvg/QtSvgWidgets and QtPrintSupport (PDFs are previewed with
# pypdfium2: QtPdf is not in every PySide6-Essentials build).
# tests/unit/test_bundle_contents.py fails if evaldesk/ imports any module listed here.
QT_EXCLUDED_MODULES: tuple[str, ...] = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
)

# Python packages that are development tools or optional extras of our dependencies.
PY_EXCLUDED_MODULES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "IPython",
    "numpy",
    "pandas",
    "matplotlib",
    "pdfplumber",
    "pdfminer",
    # Pillow's AVIF codec (4.7 MB; scans and photos arrive as JPEG/PNG/PDF; without it Pillow
    # simply reports AVIF as unsupported) and its Tk bridge.
    "PIL._avif",
    "PIL._imagingtk",
    "PIL.ImageTk",
    # python-docx reads tables with lxml.etree only; lxml's other compiled parts (~3 MB) stay out.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "alembic.testing",
    "sqlalchemy.testing",
    "PyInstaller",
)

# Qt's own translations: Chinese is the default UI language and English needs none.
QT_TRANSLATIONS_KEPT: tuple[str, ...] = ("qtbase_zh_CN.qm",)

# Qt plugins (folder/name without "lib" and suffix; * as wildcard) that a desktop app on a
# county PC never loads: embedded and remote display back-ends, the virtual keyboard (it pulls
# in QtQuick and QML, ~20 MB), the GTK theme (it pulls in the host's GTK/cairo/pango stack),
# input devices for framebuffer use, and network plugins of an offline app. xcb and wayland
# (desktops), offscreen and minimal (tests, the headless smoke run) and windows stay.
QT_PLUGINS_DROPPED: tuple[str, ...] = (
    "platforms/qeglfs",
    "platforms/qlinuxfb",
    "platforms/qminimalegl",
    "platforms/qvkkhrdisplay",
    "platforms/qvnc",
    "platforms/qdirect2d",
    "platforminputcontexts/qtvirtualkeyboardplugin",
    "platformthemes/qgtk3",
    "egldeviceintegrations/*",
    "generic/*",
    "networkinformation/*",
    "tls/*",
)

# Linux: libraries that must come from the PC itself, not from the build machine, because they
# talk to its X server, fonts, session bus, printers and GL drivers and read its configuration
# (a bundled fontconfig older than the system's fonts.conf loses fonts). Every desktop has
# them; Qt 6's extra xcb-util libraries (libxcb-cursor0 is missing on many systems) stay bundled.
SYSTEM_LIBS: tuple[str, ...] = (
    "libX11.so.*",
    "libX11-xcb.so.*",
    "libXau.so.*",
    "libXdmcp.so.*",
    "libXext.so.*",
    "libXrender.so.*",
    "libxcb.so.*",
    "libxcb-glx.so.*",
    "libxcb-randr.so.*",
    "libxcb-render.so.*",
    "libxcb-shape.so.*",
    "libxcb-shm.so.*",
    "libxcb-sync.so.*",
    "libxcb-xfixes.so.*",
    "libxcb-xinerama.so.*",
    "libxcb-xkb.so.*",
    "libwayland-*.so.*",
    "libGL.so.*",
    "libGLX.so.*",
    "libGLdispatch.so.*",
    "libOpenGL.so.*",
    "libEGL.so.*",
    "libdrm.so.*",
    "libgbm.so.*",
    "libfontconfig.so.*",
    "libfreetype.so.*",
    "libglib-2.0.so.*",
    "libgobject-2.0.so.*",
    "libgio-2.0.so.*",
    "libgmodule-2.0.so.*",
    "libgthread-2.0.so.*",
    "libdbus-1.so.*",
    "libsystemd.so.*",
    "libcups.so.*",
)


def _files(ds: DataSet, root: Path) -> Iterator[Path]:
    base = root / ds.folder
    if not base.is_dir():
        return
    for pattern in ds.patterns:
        found = base.rglob(pattern) if ds.recursive else base.glob(pattern)
        for path in found:
            if path.is_file() and "__pycache__" not in path.parts:
                yield path


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) pairs, as PyInstaller's ``datas``."""
    out: dict[Path, str] = {}
    for ds in DATA:
        files = sorted(set(_files(ds, root)))
        if ds.required and not files:
            raise SystemExit(f"build: no {ds.why} found in {root / ds.folder}")
        for path in files:
            out[path] = path.parent.relative_to(root).as_posix()
    return [(str(src), dest) for src, dest in sorted(out.items())]


def shipped_relpaths(root: Path = ROOT) -> set[str]:
    return {(Path(dest) / Path(src).name).as_posix() for src, dest in data_files(root)}


def data_files_in_tree(root: Path = ROOT) -> set[str]:
    """Non-Python files under evaldesk/ and resources/ that the app may read at run time."""
    found: set[str] = set()
    for top in ("evaldesk", "resources"):
        base = root / top
        if not base.is_dir():
            continue
        for path in base.rglob("*"):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            if path.suffix == ".py" and "migrations" not in path.parts:
                continue
            if path.suffix in NOT_SHIPPED_SUFFIXES or path.name.startswith("."):
                continue
            found.add(path.relative_to(root).as_posix())
    return found


def qt_modules_imported(root: Path = ROOT) -> dict[str, list[str]]:
    """Qt for Python modules imported anywhere in evaldesk/: module -> ["file:line", ...]."""
    found: dict[str, list[str]] = {}
    for path in sorted((root / "evaldesk").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
                if node.module == "PySide6":
                    names = [f"PySide6.{a.name}" for a in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    where = f"{path.relative_to(root).as_posix()}:{node.lineno}"
                    found.setdefault(parts[1], []).append(where)
    return found


def excluded_but_imported(root: Path = ROOT) -> list[str]:
    used = qt_modules_imported(root)
    return [
        f"PySide6.{mod} is imported at {', '.join(used[mod])} but listed in "
        "QT_EXCLUDED_MODULES (installer/contents.py); remove it from that list"
        for mod in QT_EXCLUDED_MODULES
        if mod in used
    ]


def excludes() -> list[str]:
    return [f"PySide6.{m}" for m in QT_EXCLUDED_MODULES] + list(PY_EXCLUDED_MODULES)


def imports_of_scripts(folder: Path) -> set[str]:
    """Top-level modules imported by Python files PyInstaller does not analyse (migrations)."""
    names: set[str] = set()
    if not folder.is_dir():
        return names
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return names


def _plugin_id(where: str) -> str | None:
    """The plugin's folder/name ("platforms/qxcb" for .../plugins/platforms/libqxcb.so)."""
    parts = where.split("/")
    if "plugins" not in parts[:-2]:
        return None
    folder, name = parts[-2], parts[-1].split(".")[0]
    return f"{folder}/{name.removeprefix('lib')}"


def keep_in_bundle(dest: str) -> bool:
    """False for a bundled file (its path inside the bundle) that the app never uses: Qt
    translations other than QT_TRANSLATIONS_KEPT and the Qt plugins in QT_PLUGINS_DROPPED."""
    where = dest.replace("\\", "/")
    if "/Qt/translations/" in where and where.endswith(".qm"):
        return where.rsplit("/", 1)[-1] in QT_TRANSLATIONS_KEPT
    plugin = _plugin_id(where)
    return plugin is None or not any(fnmatch(plugin, p) for p in QT_PLUGINS_DROPPED)


def _name(dest: str) -> str:
    return dest.replace("\\", "/").rsplit("/", 1)[-1]


def is_system_lib(dest: str) -> bool:
    return any(fnmatch(_name(dest), p) for p in SYSTEM_LIBS)


def _is_root(entry: tuple[str, str, str]) -> bool:
    """Binaries loaded for their own sake: Python extensions, Qt plugins, libpython (the
    bootloader loads it), and anything that is not a shared library."""
    dest, _, kind = entry
    name = _name(dest)
    return (
        kind == "EXTENSION"
        or _plugin_id(dest.replace("\\", "/")) is not None
        or name.startswith("libpython")
        or ".so" not in name
    )


def prune_binaries(
    binaries: list[tuple[str, str, str]], needed: Callable[[str], Iterable[str]]
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Linux: drop QT_PLUGINS_DROPPED, SYSTEM_LIBS and the shared libraries no kept binary
    needs any more (the dropped plugins' own dependencies). ``needed(path)`` gives a file's
    direct DT_NEEDED names. Returns the kept entries and the names of the dropped ones."""
    kept = [b for b in binaries if keep_in_bundle(b[0]) and not is_system_lib(b[0])]
    by_name = {_name(b[0]): b for b in kept}
    reached: set[str] = set()
    stack = [b for b in kept if _is_root(b)]
    while stack:
        for name in needed(stack.pop()[1]):
            if name in by_name and name not in reached:
                reached.add(name)
                stack.append(by_name[name])
    result = [b for b in kept if _is_root(b) or _name(b[0]) in reached]
    dropped = sorted({b[0] for b in binaries} - {b[0] for b in result})
    return result, dropped


def elf_needed(path: str) -> list[str]:
    """Direct DT_NEEDED entries of an ELF file (``objdump -p``; binutils is a PyInstaller
    requirement on Linux anyway)."""
    out = subprocess.run(
        ["objdump", "-p", path], capture_output=True, text=True, check=False
    ).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def source_fingerprint(root: Path = ROOT) -> str:
    """Hash of everything that ends up in the bundle from this tree (code and data), so a test
    can tell a bundle built from other sources from a current one."""
    h = hashlib.sha256()
    files = sorted(
        {p for p in (root / "evaldesk").rglob("*.py") if "__pycache__" not in p.parts}
        | {Path(src) for src, _ in data_files(root)}
        | {root / "installer" / n for n in ("evaldesk.spec", "contents.py", "launch.py")}
    )
    for path in files:
        if path.is_file():
            h.update(path.relative_to(root).as_posix().encode())
            h.update(b"\0")
            h.update(path.read_bytes())
            h.update(b"\0")
    return h.hexdigest()


def write_build_info(dist: Path, info: dict[str, object]) -> Path:
    """``dist/evaldesk.build.json`` beside the bundle (not inside it): what was built from what."""
    path = dist / f"{BUNDLE_NAME}.build.json"
    path.write_text(json.dumps(info, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read_build_info(dist: Path) -> dict[str, object] | None:
    path = dist / f"{BUNDLE_NAME}.build.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def executables(bundle: Path) -> dict[str, Path]:
    """The frozen app's executables: ``cli`` (console) and ``gui`` (windowed on Windows)."""
    if sys.platform == "win32":
        return {"cli": bundle / f"{BUNDLE_NAME}-cli.exe", "gui": bundle / f"{BUNDLE_NAME}.exe"}
    exe = bundle / BUNDLE_NAME
    return {"cli": exe, "gui": exe}


def build_info(build_seconds: int) -> dict[str, object]:
    """What the build used; run by the build scripts (PYTHONPATH=ROOT) in the interpreter
    that built the bundle."""
    import platform

    import evaldesk

    pyside6: str | None
    try:
        from PySide6 import __version__ as pyside6
    except ImportError:
        pyside6 = None
    return {
        "version": evaldesk.__version__,
        "fingerprint": source_fingerprint(),
        "build_seconds": build_seconds,
        "python": platform.python_version(),
        "pyside6": pyside6,
        "platform": sys.platform,
        "machine": platform.machine(),
        "libc": " ".join(platform.libc_ver()).strip(),
    }


if __name__ == "__main__":
    # python installer/contents.py SECONDS: write dist/evaldesk.build.json after a build.
    print("wrote", write_build_info(ROOT / "dist", build_info(int(sys.argv[1]))))
