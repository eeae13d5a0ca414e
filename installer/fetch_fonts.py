"""Put the bundled CJK font into resources/fonts/ before a build (fonts are never committed).

    python installer/fetch_fonts.py [--require]

The font is WenQuanYi Micro Hei (文泉驿微米黑, wqy-microhei.ttc): TrueType outlines (ReportLab
can embed it in the PDF report; CFF/OTF fonts such as Noto CJK cannot be embedded), full GB 18030
coverage of common hanzi, about 5 MB. It is dual-licensed "Apache-2.0 or GPL-3+ with font
exception"; EvalDesk redistributes it under Apache-2.0, with the copyright file and the licence
text beside it in resources/fonts/.

Sources, first found wins: the file already in resources/fonts/; the installed Debian package
fonts-wqy-microhei (/usr/share/fonts/truetype/wqy/); ``apt-get download fonts-wqy-microhei``
unpacked with dpkg-deb (no root needed). Without any of them the build goes on with a warning:
the PDF report then uses the PC's fonts (Windows: SimFang/SimHei/SimKai/SimSun; Linux:
fontconfig) or ReportLab's non-embedded STSong-Light, and says so on the report.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "fonts"
FONT = "wqy-microhei.ttc"
PACKAGE = "fonts-wqy-microhei"
SYSTEM_DIR = Path("/usr/share/fonts/truetype/wqy")
COPYRIGHT = Path("/usr/share/doc") / PACKAGE / "copyright"
APACHE = Path("/usr/share/common-licenses/Apache-2.0")
NOTICE = """WenQuanYi Micro Hei (文泉驿微米黑), file wqy-microhei.ttc
Copyright 2008-2009 The WenQuanYi Project Board of Trustees, Qianqian Fang, mozbug;
based on Droid Sans Fallback, Droid Sans and Droid Sans Mono, Copyright 2006-2008 Google.
Licensed "Apache-2.0 or GPL-3+ with font exception"; EvalDesk redistributes it under the
Apache License, Version 2.0 (LICENSE-Apache-2.0.txt). Upstream: http://wenq.org/
Full copyright statement: wqy-microhei-copyright.txt
"""


def install_from(root: Path) -> bool:
    """Copy the font (and its Debian copyright file) found under ``root`` (``/`` or an
    unpacked .deb) into resources/fonts/."""
    font = root / SYSTEM_DIR.relative_to("/") / FONT
    if not font.is_file():
        return False
    TARGET.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(font, TARGET / FONT)
    copyright_file = root / COPYRIGHT.relative_to("/")
    if copyright_file.is_file():
        shutil.copyfile(copyright_file, TARGET / "wqy-microhei-copyright.txt")
    if APACHE.is_file():
        shutil.copyfile(APACHE, TARGET / "LICENSE-Apache-2.0.txt")
    (TARGET / "wqy-microhei-NOTICE.txt").write_text(NOTICE, encoding="utf-8")
    return True


def download_deb() -> bool:
    if not (shutil.which("apt-get") and shutil.which("dpkg-deb")):
        return False
    with tempfile.TemporaryDirectory() as tmp:
        got = subprocess.run(
            ["apt-get", "download", PACKAGE], cwd=tmp, capture_output=True, text=True
        )
        debs = list(Path(tmp).glob("*.deb"))
        if got.returncode != 0 or not debs:
            print(f"fetch_fonts: apt-get download {PACKAGE} failed: {got.stderr.strip()}")
            return False
        unpacked = Path(tmp) / "root"
        subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(unpacked)], check=True)
        return install_from(unpacked)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--require", action="store_true", help="fail when no font is found")
    args = parser.parse_args(argv)
    if (TARGET / FONT).is_file():
        print(f"fetch_fonts: {TARGET / FONT} is present")
        return 0
    if install_from(Path("/")) or download_deb():
        print(f"fetch_fonts: copied {FONT} into {TARGET}")
        return 0
    message = (
        f"fetch_fonts: no {FONT} found (install {PACKAGE}, or copy the file into {TARGET}); "
        "the bundle will rely on the PC's own fonts for the PDF report"
    )
    print(message, file=sys.stderr)
    return 1 if args.require else 0


if __name__ == "__main__":
    raise SystemExit(main())
