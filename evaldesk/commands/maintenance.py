"""`evaldesk check`, `evaldesk backup`, `evaldesk restore` on a data folder.

These run without a login, as the system actor ``cli:<OS user>`` (evaldesk.services.actor).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evaldesk.commands.common import add_data_dir, print_json, resolve_data_dir
from evaldesk.commands.language import help_text
from evaldesk.errors import CheckFailed
from evaldesk.messages import msg

#: ``check --json`` layout (docs/store.md): 2 = problems and notes are message objects.
CHECK_JSON_VERSION = 2


def register(sub: Any) -> None:
    p = sub.add_parser("check", help=help_text("cli.help.check"))
    add_data_dir(p)
    p.add_argument("--json", action="store_true", help=help_text("cli.help.json"))
    p.add_argument(
        "--anchor",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help=help_text("cli.help.check_anchor"),
    )
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help=help_text("cli.help.backup"))
    add_data_dir(p)
    p.add_argument("--out", type=Path, metavar="FILE", help=help_text("cli.help.backup_out"))
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help=help_text("cli.help.restore"))
    add_data_dir(p)
    p.add_argument("source", type=Path, metavar="FROM", help=help_text("cli.help.restore_from"))
    p.set_defaults(handler=cmd_restore)


def cmd_check(args: argparse.Namespace) -> int:
    from evaldesk.services.maintenance import check

    data_dir = resolve_data_dir(args)
    report = check(data_dir, anchor_files=args.anchor)
    if args.json:
        print_json(
            {
                "format": "evaldesk-check",
                "version": CHECK_JSON_VERSION,
                "data_dir": str(data_dir),
                "ok": report.ok,
                "problems": [m.to_json() for m in report.problems],
                "notes": [m.to_json() for m in report.notes],
                "counts": report.counts,
            }
        )
        return 0 if report.ok else 1
    if not report.ok:
        for note in report.notes:
            print(msg("cli.check.note", note=note))
        for problem in report.problems:
            print(msg("cli.check.problem", problem=problem))
        raise CheckFailed(
            msg("cli.check.failed", n=len(report.problems), path=data_dir), report.problems
        )
    counts = report.counts
    print(
        msg(
            "cli.check.ok",
            path=data_dir,
            rows=counts.get("audit_rows", 0),
            files=counts.get("evidence_files", 0),
        )
    )
    for note in report.notes:
        print(msg("cli.check.note", note=note))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from evaldesk.services.actor import system_actor
    from evaldesk.services.maintenance import backup

    target = backup(resolve_data_dir(args), system_actor(), args.out)
    print(msg("cli.backup.written", path=target))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from evaldesk.services.actor import system_actor
    from evaldesk.services.maintenance import restore_backup

    data_dir = resolve_data_dir(args)
    report = restore_backup(data_dir, system_actor(), args.source)
    print(msg("cli.restore.done", source=report.source, path=data_dir))
    if report.replaced is not None:
        print(msg("cli.restore.replaced", path=report.replaced))
    if report.evidence_restored or report.evidence_replaced:
        print(
            msg(
                "cli.restore.evidence",
                restored=report.evidence_restored,
                replaced=report.evidence_replaced,
            )
        )
    for warning in report.warnings:
        print(msg("cli.warning", warning=warning))
    return 0
