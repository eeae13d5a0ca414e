"""The real things the attacks work on, made once per run: a demo office and its package.

The office is `evaldesk demo` (hunan rubric, 2025, seed 7: the release fixtures' recipe), so
its audit log, approvals (quarters 1-3 approved on 2026-01-10) and evidence are what the app
writes. Each attack that changes the office works on its own copy.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

PASSPHRASE = "attack-passphrase"
YEAR = 2025
#: The byte-flip families work on this committed package (release 0.1.0's, never regenerated),
#: so the same seed flips the same bytes in every run, before and after a change.
FIXED_PACKAGE = (
    Path(__file__).resolve().parents[2]
    / "tests/fixtures/release-0.1.0/hunan-rsxczx-2021/package.zip"
)


@dataclass
class Workspace:
    root: Path
    office: Path  # the demo data folder (never changed: copy it first)
    package: Path  # the office's signed package for YEAR, made by the code under test
    fixed_package: Path = FIXED_PACKAGE

    def copy_office(self, name: str) -> Path:
        target = self.root / "copies" / name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(self.office, target, ignore=shutil.ignore_patterns(".evaldesk.lock"))
        return target

    def scratch(self, name: str) -> Path:
        folder = self.root / "scratch" / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder


def make_workspace(root: Path | None = None) -> Workspace:
    root = Path(root or tempfile.mkdtemp(prefix="evaldesk-attacks-"))
    os.environ.setdefault("EVALDESK_LOG_DIR", str(root / "logs"))
    from evaldesk.demo import build_demo
    from evaldesk.services.export import export_year

    office = root / "office"
    if not office.exists():
        build_demo(office, rubric="hunan-rsxczx-2021", year=YEAR, seed=7)
    package = root / "package.zip"
    if not package.exists():
        export_year(office, YEAR, package, PASSPHRASE, today=date(YEAR + 1, 1, 15))
    return Workspace(root, office, package)


def cleanup(ws: Workspace) -> None:
    shutil.rmtree(ws.root, ignore_errors=True)
