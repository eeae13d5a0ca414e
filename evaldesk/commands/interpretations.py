"""`evaldesk interpretations list|set|import`: the values an office sets where its rubric's
source document is silent (evaldesk/services/interpretations.py). Run without a login, as the
system actor, like the other maintenance commands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evaldesk.commands import bounded
from evaldesk.commands.common import add_data_dir, print_json, resolve_data_dir
from evaldesk.commands.language import help_text
from evaldesk.messages import msg


def register(sub: Any) -> None:
    parser = sub.add_parser("interpretations", help=help_text("cli.help.interp"))
    rsub = parser.add_subparsers(dest="interp_command", metavar="list|set|import", required=True)
    p = rsub.add_parser("list", help=help_text("cli.help.interp_list"))
    _common(p)
    p.add_argument("--json", action="store_true", help=help_text("cli.help.json"))
    p.set_defaults(handler=cmd_list)
    p = rsub.add_parser("set", help=help_text("cli.help.interp_set"))
    _common(p)
    p.add_argument("id", help=help_text("cli.help.interp_id"))
    p.add_argument("value", help=help_text("cli.help.interp_value"))
    p.set_defaults(handler=cmd_set)
    p = rsub.add_parser("import", help=help_text("cli.help.interp_import"))
    _common(p)
    p.add_argument("file", type=Path, help=help_text("cli.help.interp_file"))
    p.set_defaults(handler=cmd_import)


def _common(parser: Any) -> None:
    add_data_dir(parser)
    parser.add_argument("--year", type=bounded.year, help=help_text("cli.help.latest_year"))


def _open(args: argparse.Namespace) -> tuple[Any, int]:
    from evaldesk.services.records_lookup import latest_year
    from evaldesk.store import open_store

    store = open_store(resolve_data_dir(args))
    try:
        year = args.year if args.year is not None else latest_year(store)
    except BaseException:
        store.close()
        raise
    return store, year


def cmd_list(args: argparse.Namespace) -> int:
    from evaldesk.services.interpretations import settings

    store, year = _open(args)
    with store:
        found = settings(store, year)
    if args.json:
        print_json(
            [
                {
                    "id": s.interpretation.id,
                    "title": s.interpretation.title,
                    "default": s.default,
                    "value": s.value,
                    "in_force": s.in_force,
                    "applies_to": s.interpretation.applies_to,
                }
                for s in found
            ]
        )
        return 0
    if not found:
        print(msg("cli.interp.none").text())
    for s in found:
        bounds = s.interpretation.bounds
        low = bounds.min if bounds is not None and bounds.min is not None else 0
        high = bounds.max if bounds is not None and bounds.max is not None else "∞"
        office = msg("cli.interp.by_office") if s.value is not None else ""
        print(
            msg(
                "cli.interp.row",
                id=s.interpretation.id,
                title=s.interpretation.title,
                value=s.in_force,
                office=office,
                default=s.default,
                bounds=msg("cli.interp.bounds", low=low, high=high),
            ).text()
        )
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from evaldesk.services.actor import system_actor
    from evaldesk.services.interpretations import set_value, settings

    store, year = _open(args)
    back = args.value.strip().lower() in ("default", "默认", "")
    with store:
        set_value(store, system_actor(), year, args.id, None if back else args.value)
        now = next((s for s in settings(store, year) if s.interpretation.id == args.id), None)
    value = now.in_force if now is not None else None
    key = "cli.interp.cleared" if back else "cli.interp.set"
    print(msg(key, id=args.id, value=value).text())
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from evaldesk.services.actor import system_actor
    from evaldesk.services.interpretations import import_file

    store, year = _open(args)
    with store:
        changes = import_file(store, system_actor(), year, args.file)
    print(msg("cli.interp.imported", path=str(args.file), n=len(changes.facts)).text())
    return 0
