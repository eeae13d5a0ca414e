"""Compile the scoring engine into the source tree before PyInstaller bundles it.

The bundle carries whichever evaldesk/scoring modules the tree holds, and a frozen app has no
sources beside them to notice an old build by (evaldesk/scoring/native.py). So the modules are
built now from the current sources (setup.py build_ext --inplace, with mypyc); if that is not
possible, any older build is removed and the bundle runs the sources instead, as pure Python.
Prints which engine the bundle will carry. Run by installer/build.sh and windows/build.ps1.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORING = ROOT / "evaldesk" / "scoring"


def main() -> int:
    subprocess.run(
        [sys.executable, "setup.py", "--quiet", "build_ext", "--inplace"], cwd=ROOT, check=False
    )
    sys.path.insert(0, str(ROOT))
    from evaldesk.scoring import native

    use, why = native.build_state(SCORING)
    if not use:
        for path in native.compiled_files(SCORING):
            path.unlink()
    print(f"== scoring engine: {'compiled (mypyc)' if use else f'pure Python ({why})'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
