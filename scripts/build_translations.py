#!/usr/bin/env python3
"""Build the interface translations: resources/translations/*.ts -> .qm (pyside6-lrelease).

    python scripts/build_translations.py            build every .qm (run by scripts/dev.py test)
    python scripts/build_translations.py --update   first refresh the .ts from the sources
                                                     (pyside6-lupdate over evaldesk/ui)
    python scripts/build_translations.py --check    fail if a .ts has unfinished or missing
                                                     translations

The .ts files are in the repository; the .qm files are built (gitignored), never committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "evaldesk" / "ui"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    beside = Path(sys.executable).with_name(name + (".exe" if sys.platform == "win32" else ""))
    if beside.exists():
        return str(beside)
    raise SystemExit(f"{name} not found; install PySide6 (it ships {name})")


def python_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", *python_sources(), "-ts", str(ts)],
        check=True,
        cwd=ROOT,
    )


def build(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )
    return qm


def problems(ts: Path) -> list[str]:
    """Messages without a finished translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            if translation is None:
                out.append(f"{name}: {source!r} has no translation")
                continue
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text for f in translation.iter("numerusform")]
            text = translation.text if not forms else "".join(f or "" for f in forms)
            if kind == "unfinished" or not (text or "").strip():
                out.append(f"{name}: {source!r} is not translated")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts from the sources")
    parser.add_argument("--check", action="store_true", help="fail on untranslated messages")
    args = parser.parse_args(argv)
    files = sorted(TRANSLATIONS.glob("evaldesk_*.ts"))
    # Qt's own strings that Qt's catalogue leaves untranslated: written by hand, never updated.
    extras = sorted(TRANSLATIONS.glob("qtdialogs_*.ts"))
    if not files:
        print("no .ts files in", TRANSLATIONS)
        return 0
    failed = False
    for ts in files + extras:
        if args.update and ts not in extras:
            update(ts)
        if args.check:
            found = problems(ts)
            for line in found:
                print(f"{ts.name}: {line}")
            failed = failed or bool(found)
        qm = build(ts)
        print(f"built {qm.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
