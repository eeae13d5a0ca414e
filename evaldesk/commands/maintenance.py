"""`evaldesk check`, `evaldesk backup`, `evaldesk restore` on a data folder.

These run without a login, as the system actor ``cli:<OS user>`` (evaldesk.services.actor).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evaldesk.commands.common import add_data_dir, print_json, resolve_data_dir
from evaldesk.errors import CheckFailed


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="verify the database, the audit chain and every evidence file; exit 1 on any problem",
    )
    add_data_dir(p)
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--anchor",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a package or backup zip kept elsewhere: the audit log must hold its audit head",
    )
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="back up the database and the evidence into one zip")
    add_data_dir(p)
    p.add_argument(
        "--out", type=Path, metavar="FILE", help="the zip to write (default: DIR/backups/...)"
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="put a backup (a zip from `evaldesk backup`, or backups/auto/*.sqlite3) in place",
    )
    add_data_dir(p)
    p.add_argument("source", type=Path, metavar="FROM", help="the backup to restore")
    p.set_defaults(handler=cmd_restore)


def cmd_check(args: argparse.Namespace) -> int:
    from evaldesk.services.maintenance import check

    data_dir = resolve_data_dir(args)
    report = check(data_dir, anchor_files=args.anchor)
    if args.json:
        print_json(
            {
                "data_dir": str(data_dir),
                "ok": report.ok,
                "problems": report.problems,
                "notes": report.notes,
                "counts": report.counts,
                "findings": [m.to_json() for m in report.findings],
                "remarks": [m.to_json() for m in report.remarks],
            }
        )
        return 0 if report.ok else 1
    if not report.ok:
        for note in report.notes:
            print(f"note: {note}")
        for problem in report.problems:
            print(f"problem: {problem}")
        raise CheckFailed(f"{len(report.problems)} problem(s) found in {data_dir}", report.problems)
    counts = report.counts
    print(
        f"ok: {data_dir}: database intact, audit chain of {counts.get('audit_rows', 0)} rows intact, "
        f"{counts.get('evidence_files', 0)} evidence file(s) verified"
    )
    for note in report.notes:
        print(f"note: {note}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from evaldesk.services.actor import system_actor
    from evaldesk.services.maintenance import backup

    target = backup(resolve_data_dir(args), system_actor(), args.out)
    print(f"backup written: {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from evaldesk.services.actor import system_actor
    from evaldesk.services.maintenance import restore_backup

    data_dir = resolve_data_dir(args)
    report = restore_backup(data_dir, system_actor(), args.source)
    print(f"restored {report.source} into {data_dir}")
    if report.replaced is not None:
        print(f"what it replaced is kept in {report.replaced}")
    if report.evidence_restored or report.evidence_replaced:
        print(
            f"evidence files restored: {report.evidence_restored} "
            f"(damaged copies replaced: {report.evidence_replaced})"
        )
    for warning in report.warnings:
        print(f"warning: {warning}")
    return 0
