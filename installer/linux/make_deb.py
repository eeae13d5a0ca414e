"""Package a Linux bundle as a .deb in the layout of the UOS app store (also fine on Kylin and
Debian):

    python installer/linux/make_deb.py dist/old-glibc-amd64 [--arch amd64] [--out dist]

    /opt/apps/APPID/info                               the store's JSON manifest
    /opt/apps/APPID/files/                             the one-folder bundle (evaldesk, _internal/)
    /opt/apps/APPID/entries/applications/APPID.desktop
    /opt/apps/APPID/entries/icons/hicolor/{SIZE,scalable}/apps/APPID.{png,svg}
    /usr/bin/evaldesk -> /opt/apps/APPID/files/evaldesk  the launcher on PATH
    /usr/share/applications/APPID.desktop, /usr/share/icons/hicolor/...  links into entries/,
                                                       for menus that do not read /opt/apps

Uninstalling removes exactly these files: the offices' data folders (~/.local/share/EvalDesk,
or any --data-dir) are never part of the package, and postrm says where they stay. Needs
dpkg-deb; the PNG icons are drawn from resources/icons/evaldesk.svg by installer/make_icons.py
when PySide6 is at hand (the store wants PNGs; menus also take the SVG).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPID = "org.evaldesk.evaldesk"  # the store's app id; a vendor registering the app puts its own
NAME = "evaldesk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG = ROOT / "resources" / "icons" / "evaldesk.svg"
# Libraries the bundle leaves to the PC (installer/contents.py SYSTEM_LIBS), as Debian/UOS/Kylin
# packages; glibc 2.28 is UOS V20's.
DEPENDS = (
    "libc6 (>= 2.28), libx11-6, libx11-xcb1, libxcb1, libxcb-glx0, libxcb-randr0, libxcb-render0, "
    "libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-xinerama0, libxcb-xkb1, "
    "libgl1, libegl1, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3"
)
# The Wayland client libraries only matter in a Wayland session (on X11 Qt takes xcb); dbus-send
# lets the launcher find fcitx5/ibus (evaldesk/input_method.py).
RECOMMENDS = (
    "libwayland-client0, libwayland-cursor0, libwayland-egl1, "
    "fonts-wqy-microhei | fonts-noto-cjk, dbus-bin | dbus"
)

DESKTOP = """[Desktop Entry]
Type=Application
Name=EvalDesk
Name[zh_CN]=自评台账
GenericName=Self-assessment ledger
GenericName[zh_CN]=考核自评台账
Comment=Ledger, quarterly dispatch, evidence and self-score against the assessment rubric
Comment[zh_CN]=工作台账、季度调度、佐证资料与考核自评得分
Exec=/opt/apps/{appid}/files/evaldesk
Icon={appid}
Terminal=false
Categories=Office;
StartupWMClass=evaldesk
"""

POSTRM = """#!/bin/sh
set -e
if [ "$1" = remove ]; then
    echo "EvalDesk 已卸载；各用户的数据（~/.local/share/EvalDesk 或 --data-dir 指定的文件夹）均保留。"
    echo "EvalDesk was removed; users' data folders (~/.local/share/EvalDesk, or --data-dir) are kept."
fi
exit 0
"""


def control(version: str, arch: str, installed_kb: int) -> str:
    return (
        f"Package: {APPID}\nVersion: {version}\nArchitecture: {arch}\n"
        "Maintainer: EvalDesk <evaldesk@localhost>\nSection: office\nPriority: optional\n"
        f"Installed-Size: {installed_kb}\nDepends: {DEPENDS}\nRecommends: {RECOMMENDS}\n"
        "Description: EvalDesk 自评台账: offline self-assessment ledger\n"
        " Work ledger, quarterly dispatch records and evidence on one offline PC, the office's\n"
        " live self-score against the official rubric, and signed report packages.\n"
    )


def info(version: str, arch: str) -> str:
    manifest = {
        "appid": APPID,
        "name": "EvalDesk 自评台账",
        "version": version,
        "arch": [arch],
        "permissions": {
            "autostart": False,
            "notification": False,
            "trayicon": False,
            "clipboard": True,
            "account": False,
            "bluetooth": False,
            "camera": False,
            "audio_record": False,
            "installed_apps": False,
        },
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"


def draw_pngs(target: Path) -> list[int]:
    """PNG icons drawn from the SVG (installer/make_icons.py); [] where PySide6 is missing."""
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        from make_icons import render
    except ImportError:
        print("make_deb: PySide6 not found, SVG icon only", file=sys.stderr)
        return []
    for size in ICON_SIZES:
        folder = target / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not render(size, SVG).save(str(folder / f"{APPID}.png")):
            raise SystemExit(f"make_deb: cannot write the {size} px icon")
    return list(ICON_SIZES)


def link(path: Path, target: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target)


def build(bundle: Path, out: Path, arch: str, version: str) -> Path:
    if not (bundle / NAME).is_file() or not (bundle / "_internal").is_dir():
        raise SystemExit(f"make_deb: {bundle} is not a one-folder bundle (no {NAME}, _internal/)")
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("make_deb: dpkg-deb not found (package dpkg)")
    with tempfile.TemporaryDirectory() as tmp:
        pkg = Path(tmp) / "pkg"
        app = pkg / "opt" / "apps" / APPID
        shutil.copytree(bundle, app / "files", symlinks=True)
        (app / "info").write_text(info(version, arch), encoding="utf-8")
        entries = app / "entries"
        desktop = entries / "applications" / f"{APPID}.desktop"
        desktop.parent.mkdir(parents=True)
        desktop.write_text(DESKTOP.format(appid=APPID), encoding="utf-8")
        icons = entries / "icons" / "hicolor"
        (icons / "scalable" / "apps").mkdir(parents=True)
        shutil.copy(SVG, icons / "scalable" / "apps" / f"{APPID}.svg")
        sizes = draw_pngs(icons)
        link(pkg / "usr" / "bin" / NAME, f"/opt/apps/{APPID}/files/{NAME}")
        share = pkg / "usr" / "share"
        link(share / "applications" / f"{APPID}.desktop", "/" + desktop.relative_to(pkg).as_posix())
        for size in [f"{s}x{s}" for s in sizes] + ["scalable"]:
            name = f"{APPID}.{'svg' if size == 'scalable' else 'png'}"
            link(
                share / "icons" / "hicolor" / size / "apps" / name,
                f"/opt/apps/{APPID}/entries/icons/hicolor/{size}/apps/{name}",
            )
        debian = pkg / "DEBIAN"
        debian.mkdir()
        files = [p for p in pkg.rglob("*") if p.is_file() and not p.is_symlink()]
        size_kb = sum(p.stat().st_size for p in files) // 1024
        (debian / "control").write_text(control(version, arch, size_kb), encoding="utf-8")
        (debian / "postrm").write_text(POSTRM, encoding="utf-8")
        (debian / "postrm").chmod(0o755)
        out.mkdir(parents=True, exist_ok=True)
        deb = out / f"{APPID}_{version}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(pkg), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "bundle", type=Path, help="the one-folder bundle, e.g. dist/old-glibc-amd64"
    )
    parser.add_argument("--arch", default="amd64", choices=("amd64", "arm64"))
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", help="default: evaldesk.__version__ of this tree")
    args = parser.parse_args(argv)
    version = args.version
    if version is None:
        sys.path.insert(0, str(ROOT))
        from evaldesk import __version__ as version
    deb = build(args.bundle, args.out, args.arch, version)
    print(f"{deb} ({deb.stat().st_size / 1048576:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
