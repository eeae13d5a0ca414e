"""`evaldesk demo --data-dir DIR`: a populated demo office (a newcomer sees a living office)."""

from __future__ import annotations

import argparse
from typing import Any

from evaldesk.commands import bounded
from evaldesk.commands.common import add_data_dir, resolve_data_dir

DEFAULT_RUBRIC = "hunan-rsxczx-2021"


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="create a populated demo office in an empty data folder")
    add_data_dir(p)
    p.add_argument(
        "--rubric", default=DEFAULT_RUBRIC, metavar="ID|FILE", help=f"default: {DEFAULT_RUBRIC}"
    )
    p.add_argument(
        "--year", type=bounded.year, help="assessment year (default: last year, a full year)"
    )
    p.add_argument(
        "--seed", type=bounded.seed, default=2021, help="random seed (same seed, same office)"
    )
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from evaldesk.demo import build_demo

    data_dir = resolve_data_dir(args)
    result = build_demo(data_dir, rubric=args.rubric, year=args.year, seed=args.seed)
    print(f"demo office created in {data_dir}")
    print(f"  {result.office} — {result.year}年, {result.rubric_title}")
    print(
        f"  ledger entries: {result.entries} (overdue: {result.overdue}), "
        f"evidence files: {result.evidence}, live score: {result.total}"
        + (f" ({result.grade})" if result.grade else "")
    )
    print("accounts (the passwords are shown only this once; write them down):")
    for username, role, display, password in result.accounts:
        print(f"  {role:<6} {username:<8} {password}   {display}")
    return 0
