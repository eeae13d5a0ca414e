"""Entry script of the frozen app; PyInstaller runs it as ``__main__`` in every executable.

The windowed Windows executable has no console, so ``sys.stdout``/``sys.stderr`` are None;
commands that write to them (run from evaldesk.exe by mistake) must not crash on that.
On Linux it picks Qt's input-method module first (evaldesk/input_method.py).
"""

from __future__ import annotations

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from evaldesk import input_method  # noqa: E402

input_method.configure()  # before Qt starts: it reads QT_IM_MODULE once

from evaldesk.cli import main  # noqa: E402

raise SystemExit(main())
