#!/usr/bin/env python3
"""Run the benchmarks: `python bench/run.py [name ...]`, a name per bench_<name>.py here (scoring,
instructions, store, export, ui, ui_records); all of them when none is given.

Benchmarks are not tests: they print figures and ratios against a baseline measured in the same
run, because this machine is shared and noisy. Each bench_<name>.py has a main() returning 0 when
its targets are met.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    names = argv or sorted(p.stem[len("bench_") :] for p in HERE.glob("bench_*.py"))
    failed = []
    for name in names:
        print(f"== {name}")
        module = importlib.import_module(f"bench_{name}")
        if module.main() != 0:
            failed.append(name)
    if failed:
        print("targets missed:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
