"""Start-up figures of a built bundle: median wall time of CLI commands and of the GUI's first
paint (offscreen), over several runs.

    python installer/measure.py dist/evaldesk [--runs 5] [--data-dir DIR]

The GUI figure comes from the hidden ``--smoke-exit-after-show`` option (the first-paint hook,
evaldesk/ui/first_paint.py): the time from launching the executable until it prints
"smoke: first paint", measured here from outside the process, so it includes the bootloader
and the interpreter start.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import contents


def timed(cmd: list[str], env: dict[str, str], marker: str | None = None) -> float | None:
    """Seconds until ``marker`` appears on stdout (or until exit); None when it failed."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    assert proc.stdout is not None
    seen: float | None = None
    for line in proc.stdout:
        if marker and seen is None and marker in line:
            seen = time.perf_counter() - start
    code = proc.wait(timeout=120)
    end = time.perf_counter() - start
    if code != 0:
        return None
    return seen if marker else end


def median(cmd: list[str], env: dict[str, str], runs: int, marker: str | None = None) -> str:
    times = [t for t in (timed(cmd, env, marker) for _ in range(runs)) if t is not None]
    if not times:
        return "failed"
    return f"{statistics.median(times):.3f} s (min {min(times):.3f}, {len(times)} runs)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, help="data folder for the GUI (default: empty)")
    args = parser.parse_args(argv)
    exes = contents.executables(args.bundle)
    cli = str(exes["cli"])
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EVALDESK_LOG_DIR": tmp}
        print(f"--version:            {median([cli, '--version'], env, args.runs)}")
        print(f"rubrics list --json:  {median([cli, 'rubrics', 'list', '--json'], env, args.runs)}")
        if (contents.ROOT / "evaldesk" / "ui" / "app.py").is_file():
            data = str(args.data_dir or Path(tmp) / "gui-data")
            gui = [cli, "--data-dir", data, "--smoke-exit-after-show"]
            print(f"GUI to first paint:   {median(gui, env, args.runs, 'smoke: first paint')}")
            print(f"GUI start and exit:   {median(gui, env, args.runs)}")
        else:
            print("GUI to first paint:   not measured (evaldesk/ui/app.py is not on this branch)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
