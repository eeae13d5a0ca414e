#!/usr/bin/env python3
"""Run the attacks of issue 15 against the real code: `python bench/attacks/run.py`.

    python bench/attacks/run.py [--quick] [--seed N] [--keep DIR] [--list] [FAMILY ...]

Prints, per family and in total: tried / caught cleanly / accepted wrongly / crashed (plus the
attacks that were refused for the wrong reason, and flips that changed nothing any reader
uses), then every wrong or crashed case. Exit 1 when any attack was accepted wrongly, refused
for the wrong reason or crashed. The seeds are fixed: the same code gives the same counts.
``--quick`` runs the bounded subset that tests/integration/test_attacks.py runs in CI.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from core import Outcome, Result, Tally  # noqa: E402
from workspace import Workspace, cleanup, make_workspace  # noqa: E402

SEED = 15


@dataclass(frozen=True)
class Family:
    name: str
    run: Callable[[Workspace, int | None, int], Iterator[Result]]
    full: int | None  # None: its whole fixed set
    quick: int | None


def families() -> list[Family]:
    from flips import bag_flips, package_flips
    from hostile import hostile_zips
    from inputs import bad_facts, bad_rubrics, cli_args
    from locked import locked_period
    from tables import table_edits

    return [
        Family("package-flips", package_flips, 800, 40),
        Family("bag-flips", bag_flips, 400, 20),
        Family("hostile-zips", hostile_zips, None, None),
        Family("bad-facts", bad_facts, None, None),
        Family("bad-rubrics", bad_rubrics, None, None),
        Family("cli-args", cli_args, None, 8),
        Family("table-edits", table_edits, None, None),
        Family("locked-period", locked_period, None, None),
    ]


COLUMNS = (Outcome.CAUGHT, Outcome.WRONG, Outcome.CRASHED, Outcome.MISNAMED, Outcome.HARMLESS)


def run_family(ws: Workspace, family: Family, *, quick: bool, seed: int) -> Tally:
    tally = Tally(family.name)
    size = family.quick if quick else family.full
    for result in family.run(ws, size, seed):
        tally.add(result)
    return tally


def report(tallies: list[Tally], seconds: float) -> str:
    head = f"{'family':<16}{'tried':>7}" + "".join(f"{c.value:>28}" for c in COLUMNS)
    lines = [head, "-" * len(head)]
    total = Tally("total")
    for t in tallies:
        lines.append(f"{t.family:<16}{t.tried:>7}" + "".join(f"{t.counts[c]:>28}" for c in COLUMNS))
        total.counts.update(t.counts)
    lines.append("-" * len(head))
    lines.append(
        f"{'total':<16}{total.tried:>7}" + "".join(f"{total.counts[c]:>28}" for c in COLUMNS)
    )
    lines.append(f"({seconds:.0f} s)")
    for t in tallies:
        for r in t.bad:
            lines.append(f"  {t.family}: {r.outcome.value}: {r.case}: {r.detail}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("families", nargs="*", metavar="FAMILY")
    parser.add_argument("--quick", action="store_true", help="the bounded subset CI runs")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--keep", type=Path, help="work in (and keep) this folder")
    parser.add_argument("--list", action="store_true", help="list the families")
    args = parser.parse_args(argv)
    chosen = families()
    if args.list:
        for f in chosen:
            print(f"{f.name:<16} full {f.full or 'all'}, quick {f.quick or 'all'}")
        return 0
    if args.families:
        unknown = set(args.families) - {f.name for f in chosen}
        if unknown:
            parser.error(f"unknown families: {', '.join(sorted(unknown))}")
        chosen = [f for f in chosen if f.name in args.families]
    start = time.perf_counter()
    ws = make_workspace(args.keep)
    try:
        tallies = []
        for family in chosen:
            began = time.perf_counter()
            tallies.append(run_family(ws, family, quick=args.quick, seed=args.seed))
            print(
                f"  {family.name}: {tallies[-1].tried} tried in {time.perf_counter() - began:.0f} s",
                flush=True,
            )
    finally:
        if args.keep is None:
            cleanup(ws)
    print(report(tallies, time.perf_counter() - start))
    bad = sum(
        t.counts[o] for t in tallies for o in (Outcome.WRONG, Outcome.CRASHED, Outcome.MISNAMED)
    )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
