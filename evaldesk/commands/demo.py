"""`evaldesk demo --data-dir DIR`: a populated demo office (a newcomer sees a living office)."""

from __future__ import annotations

import argparse
from typing import Any

from evaldesk.commands import bounded
from evaldesk.commands.common import add_data_dir, resolve_data_dir
from evaldesk.commands.language import help_text
from evaldesk.messages import msg

DEFAULT_RUBRIC = "hunan-rsxczx-2021"


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help=help_text("cli.help.demo"))
    add_data_dir(p)
    p.add_argument(
        "--rubric",
        default=DEFAULT_RUBRIC,
        metavar="ID|FILE",
        help=help_text("cli.help.demo_rubric", rubric=DEFAULT_RUBRIC),
    )
    p.add_argument("--year", type=bounded.year, help=help_text("cli.help.demo_year"))
    p.add_argument("--seed", type=bounded.seed, default=2021, help=help_text("cli.help.demo_seed"))
    p.add_argument("--unit", metavar="UNIT", help=help_text("cli.help.demo_unit"))
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from evaldesk.demo import build_demo
    from evaldesk.services.roles import ROLE_NAMES

    data_dir = resolve_data_dir(args)
    result = build_demo(
        data_dir, rubric=args.rubric, year=args.year, seed=args.seed, unit=args.unit
    )
    print(msg("cli.demo.created", path=data_dir))
    print(
        msg("cli.demo.office", office=result.office, year=result.year, rubric=result.rubric_title)
    )
    grade = msg("cli.demo.grade", grade=result.grade) if result.grade else ""
    print(
        msg(
            "cli.demo.counts",
            entries=result.entries,
            overdue=result.overdue,
            evidence=result.evidence,
            total=result.total,
            grade=grade,
        )
    )
    print(msg("cli.demo.accounts"))
    for username, role, display, password in result.accounts:
        print(
            msg(
                "cli.demo.account",
                role=ROLE_NAMES.get(role, role),
                username=username,
                password=password,
                name=display,
            )
        )
    return 0
