#!/usr/bin/env python3
"""The pictures of the in-app help (F1): resources/help/images/<screen>_<lang>.png.

Each is the real view on the demo office (湘人社发〔2021〕46号), signed in as the person who
does that task, in a window of WINDOW size (the view alone, without navigation and score
strip: a whole 1366-pixel window scaled to the help's width left its text unreadable), scaled
to HELP_WIDTH and reduced to a palette so the whole set stays a few hundred KB.
Run it under Xvfb when a screen changes, and look at the pictures:

    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python scripts/help_images.py [--lang zh_CN|en|all]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import make_demo, signed_in, wait  # noqa: E402

OUT = ROOT / "resources" / "help" / "images"
#: As wide as the help dialog's text column: shown at its own size, never scaled again.
HELP_WIDTH = 660
WINDOW = (980, 640)
COLOURS = 64
#: (picture, user, view) in the order of the help page's sections.
SCREENS = (
    ("ledger", "clerk", "ledger"),
    ("dispatch", "clerk", "dispatch"),
    ("rubric", "clerk", "rubric"),
    ("review", "head", "review"),
    ("export", "clerk", "export"),
)


def small_png(widget: Any) -> bytes:
    """The widget as a scaled, palette PNG (PIL: Qt writes only full-colour PNGs)."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt

    picture = widget.grab(widget.childrenRect())  # no empty space below a short form
    if picture.width() > HELP_WIDTH:
        picture = picture.scaledToWidth(HELP_WIDTH, Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
    out = io.BytesIO()
    image.quantize(COLOURS, method=Image.Quantize.MEDIANCUT).save(out, "PNG", optimize=True)
    return out.getvalue()


def shoot(lang: str, folder: Path, passwords: dict[str, str]) -> list[Path]:
    from PySide6.QtCore import QRect

    from evaldesk.ui import i18n

    i18n.install(lang)
    saved: list[Path] = []
    for user in ("clerk", "head"):
        controller = signed_in(folder, user, passwords, lang)
        window = controller.window
        window.setGeometry(QRect(0, 0, *WINDOW))
        wait(1200)
        for name, who, key in SCREENS:
            if who != user:
                continue
            view = window.show_view(key)
            if key == "rubric":
                losing = window.ctx.report().largest_losses(1)
                if losing:
                    view.show_item(losing[0].code)
            wait(400)
            path = OUT / f"{name}_{lang}.png"
            path.write_bytes(small_png(view))
            saved.append(path)
        window.close()
        controller.shutdown()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="all", choices=("all", "zh_CN", "en"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="help-images-"))
    os.environ["EVALDESK_SETTINGS"] = str(work / "settings.ini")
    os.environ.setdefault("EVALDESK_LOG_DIR", str(work / "logs"))
    folder = work / "demo"
    passwords = make_demo(folder, "hunan-rsxczx-2021")
    from evaldesk.ui.app import create_application

    create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("zh_CN", "en") if args.lang == "all" else (args.lang,):
        for path in shoot(lang, folder, passwords):
            print(f"saved {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KB)")
    total = sum(p.stat().st_size for p in OUT.glob("*.png"))
    print(f"all help pictures: {total // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
