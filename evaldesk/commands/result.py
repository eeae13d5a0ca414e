"""`evaldesk result import|show`: on a unit's side, the results its receiving office sent back.

    evaldesk result import --data-dir DIR RESULT.zip [--accept FINGERPRINT] [--json]
    evaldesk result show --data-dir DIR [--year Y] [--json]

Exit 1 when the result is refused or waits for the issuer's fingerprint to be confirmed (the
first result, or after the issuer rotated its key: compare it with the one on the result's
cover, then run again with ``--accept``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evaldesk.commands import bounded
from evaldesk.commands.common import add_data_dir, print_json, resolve_data_dir
from evaldesk.commands.language import help_text
from evaldesk.messages import msg


def register(sub: Any) -> None:
    parser = sub.add_parser("result", help=help_text("cli.help.result"))
    rsub = parser.add_subparsers(dest="result_command", metavar="import|show", required=True)
    p = rsub.add_parser("import", help=help_text("cli.help.result_import"))
    add_data_dir(p)
    p.add_argument("package", type=Path, metavar="RESULT.zip")
    p.add_argument("--accept", metavar="FINGERPRINT", help=help_text("cli.help.result_accept"))
    p.add_argument("--json", action="store_true", help=help_text("cli.help.json"))
    p.set_defaults(handler=cmd_import)
    p = rsub.add_parser("show", help=help_text("cli.help.result_show"))
    add_data_dir(p)
    p.add_argument("--year", type=bounded.year, help=help_text("cli.help.latest_year"))
    p.add_argument("--json", action="store_true", help=help_text("cli.help.json"))
    p.set_defaults(handler=cmd_show)


def cmd_import(args: argparse.Namespace) -> int:
    from evaldesk.services.actor import system_actor
    from evaldesk.services.results import import_result
    from evaldesk.store import open_store

    with open_store(resolve_data_dir(args)) as store:
        outcome = import_result(store, system_actor(), args.package, accept=args.accept)
    if args.json:
        print_json(outcome.to_json())
    else:
        print(
            msg(
                f"cli.collect.status.{outcome.status}", file=args.package.name, text=outcome.message
            )
        )
        if outcome.fingerprint and outcome.status != "imported":
            print(msg("cli.collect.fingerprint", fingerprint=outcome.fingerprint))
        for problem in outcome.problems[:10]:
            print(f"    {problem}")
        if outcome.status == "confirm":
            print(
                msg(
                    "cli.result.how_to_accept",
                    fingerprint=(outcome.fingerprint or "").replace(" ", ""),
                )
            )
    return 0 if outcome.status == "imported" else 1


def cmd_show(args: argparse.Namespace) -> int:
    from evaldesk.services.records_lookup import latest_year
    from evaldesk.services.results import results
    from evaldesk.store import open_store

    with open_store(resolve_data_dir(args), daily_backup=False) as store:
        year = args.year if args.year is not None else latest_year(store)
        found = results(store, year)
    if args.json:
        print_json([{**r.audit(), "result": r.result} for r in found])
        return 0
    if not found:
        print(msg("cli.result.none", year=year))
        return 0
    last = found[-1]
    final = last.result.get("final", {})
    print(
        msg(
            "cli.result.summary",
            year=year,
            issuer=last.issuer,
            self=last.result.get("self", {}).get("total") or "—",
            final=final.get("total") or "—",
            place=final.get("place") or "—",
            of=final.get("of") or "—",
        )
    )
    for item in last.result.get("items", []):
        print(
            f"  {item['code']:<10} {item.get('self') or '—':>6} {item.get('final') or '—':>6}  "
            f"{item['title']}"
        )
    return 0
