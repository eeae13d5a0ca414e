"""The app's raster icons, drawn from resources/icons/evaldesk.svg (the one committed icon).

    python installer/make_icons.py          writes resources/icons/evaldesk.ico (gitignored)

The Windows build (build.ps1) runs it before PyInstaller: the spec and the Inno Setup script
take evaldesk.ico when it exists. installer/linux/make_deb.py draws its PNGs with ``render``.
QtSvg draws, Pillow writes the multi-size .ico (both are dependencies of the app).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "evaldesk.svg"
ICO = ROOT / "resources" / "icons" / "evaldesk.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, svg: Path = SVG) -> Any:
    """A size x size QImage of the SVG (an offscreen QGuiApplication is made if none exists)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        render.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def write_ico(path: Path = ICO) -> Path:
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render(max(ICO_SIZES)).save(buffer, "PNG")
    big = Image.open(io.BytesIO(bytes(buffer.data().data())))
    big.save(path, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return path


if __name__ == "__main__":
    print("wrote", write_ico())
