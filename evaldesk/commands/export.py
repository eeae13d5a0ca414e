"""`evaldesk export --data-dir DIR --year Y --out PACKAGE.zip [--final]`: the signed package.

The work is ``evaldesk.services.export.export_year`` (store -> snapshot -> signed package); this
command only gathers the passphrase and prints the result, last whether the package is a draft
(and why) or final. ``--final`` refuses to write a draft.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from evaldesk.commands import bounded
from evaldesk.commands.common import add_data_dir, resolve_data_dir
from evaldesk.commands.language import help_text
from evaldesk.messages import msg


def register(sub: Any) -> None:
    p = sub.add_parser("export", help=help_text("cli.help.export"))
    add_data_dir(p)
    p.add_argument("--year", type=bounded.year, required=True, help=help_text("cli.help.year"))
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PACKAGE.zip",
        help=help_text("cli.help.export_out"),
    )
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=help_text("cli.help.passphrase_file"),
    )
    p.add_argument(
        "--override-reason",
        metavar="TEXT",
        help=help_text("cli.help.override_reason"),
    )
    p.add_argument("--final", action="store_true", help=help_text("cli.help.final"))
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from evaldesk.export.keys import has_key, passphrase_from_cli
    from evaldesk.services.export import export_year, status_message

    data_dir = resolve_data_dir(args)
    passphrase = passphrase_from_cli(args.passphrase_file, creating=not has_key(data_dir))
    result = export_year(
        data_dir,
        args.year,
        args.out,
        passphrase,
        override_reason=args.override_reason,
        final=args.final,
    )
    for warning in result.warnings:
        print(msg("cli.warning", warning=warning), file=sys.stderr)
    print(
        msg(
            "cli.export.written",
            path=result.path,
            files=result.files,
            size=result.size,
            pages=result.pages,
        )
    )
    print(msg("cli.export.package", id=result.package_id, fingerprint=result.fingerprint))
    print(msg("cli.export.fonts", fonts=result.fonts))
    print(status_message(result))
    return 0
