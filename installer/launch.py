"""Entry script of the frozen app; PyInstaller runs it as ``__main__`` in every executable.

The windowed Windows executable has no console, so ``sys.stdout``/``sys.stderr`` are None;
commands that write to them (run from evaldesk.exe by mistake) must not crash on that.
"""

from __future__ import annotations

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from evaldesk.cli import main  # noqa: E402

raise SystemExit(main())
