"""`evaldesk export --data-dir DIR --year Y --out PACKAGE.zip`: the signed year-end package.

The work is ``evaldesk.services.export.export_year`` (store -> snapshot -> signed package); this
command only gathers the passphrase and prints the result.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from evaldesk.commands import bounded
from evaldesk.commands.common import resolve_data_dir


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export", help="export the year's signed report package (PDF, Excel, evidence, signature)"
    )
    p.add_argument(
        "--data-dir",
        dest="store_dir",
        type=Path,
        help="data folder (default: the user's data folder)",
    )
    p.add_argument("--year", type=bounded.year, required=True, help="assessment year")
    p.add_argument(
        "--out", type=Path, required=True, metavar="PACKAGE.zip", help="package file to write"
    )
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="file whose first line is the signing key's passphrase (else EVALDESK_PASSPHRASE, else a prompt)",
    )
    p.add_argument(
        "--override-reason",
        metavar="TEXT",
        help="export although `check` finds the data and its audit log apart: a head's decision, "
        "with its reason (recorded in the audit log and carried in the package)",
    )
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from evaldesk.export.keys import has_key, passphrase_from_cli
    from evaldesk.services.export import export_year

    data_dir = resolve_data_dir(args)
    passphrase = passphrase_from_cli(args.passphrase_file, creating=not has_key(data_dir))
    result = export_year(
        data_dir, args.year, args.out, passphrase, override_reason=args.override_reason
    )
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{result.path}: {result.files} files, {result.size} bytes, report {result.pages} pages")
    print(f"package id {result.package_id}; key fingerprint {result.fingerprint}")
    print(f"fonts: {result.fonts}")
    return 0
