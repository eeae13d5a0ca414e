"""`evaldesk verify PACKAGE.zip [--pubkey KEY.pem] [--trust FILE|DIR | --data-dir DIR] [--json]`.

Exit 0 when the package is intact and its signer is not untrusted: without a trust list the
answer is "intact, signer not verified" with the fingerprint to compare by phone or letter.
With a trust list (``--trust``, or the trusted keys of the office in ``--data-dir``) exit 1
unless the signer is on it. Exit 1 when any check fails, 2 when the package or a key cannot be
read at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evaldesk.commands.bounded import read_bounded
from evaldesk.commands.common import print_json
from evaldesk.commands.language import help_text
from evaldesk.messages import msg, plain, semicolons


def register(sub: Any) -> None:
    p = sub.add_parser("verify", help=help_text("cli.help.verify"))
    p.add_argument("package", type=Path, metavar="PACKAGE.zip")
    p.add_argument(
        "--pubkey", type=Path, metavar="KEY.pem", help=help_text("cli.help.verify_pubkey")
    )
    p.add_argument(
        "--trust", type=Path, metavar="FILE|DIR", help=help_text("cli.help.verify_trust")
    )
    p.add_argument(
        "--data-dir",
        dest="store_dir",
        type=Path,
        metavar="DIR",
        help=help_text("cli.help.verify_data_dir"),
    )
    p.add_argument("--json", action="store_true", help=help_text("cli.help.verify_json"))
    p.set_defaults(handler=cmd_verify)


def _trust(args: argparse.Namespace) -> Any:
    from evaldesk.export.trust import load_trust

    if args.trust is not None:
        return load_trust(args.trust)
    if args.store_dir is not None:
        from evaldesk.services.keys import office_trust

        return office_trust(args.store_dir)
    return None


def cmd_verify(args: argparse.Namespace) -> int:
    from evaldesk.export.keys import load_public_pem
    from evaldesk.export.verify import verify_package

    expected = None
    if args.pubkey is not None:
        expected = load_public_pem(read_bounded(args.pubkey, "key"), str(args.pubkey))
    report = verify_package(args.package, expected, trust=_trust(args))
    if args.json:
        print_json(report.to_json())
    else:
        _print(report, args.package)
    return 0 if report.ok else 1


def _print(report: Any, package: Path) -> None:
    from evaldesk.export.verify import CHECKS

    info = report.info
    if info:
        print(
            msg(
                "verify.answer.package",
                office=info.get("Source-Organization", "?"),
                year=info.get("EvalDesk-Year", "?"),
                package_id=info.get("External-Identifier", "?"),
            )
        )
        print(
            msg(
                "verify.answer.rubric",
                title=info.get("EvalDesk-Rubric-Title", ""),
                doc_number=info.get("EvalDesk-Rubric-Doc-Number", ""),
            )
            .text()
            .rstrip()
        )
        print(
            msg(
                "verify.answer.score",
                score=info.get("EvalDesk-Self-Score", "?"),
                grade=info.get("EvalDesk-Grade") or "—",
            )
        )
        _print_status(report)
    if report.fingerprint:
        print(msg("verify.answer.fingerprint", fingerprint=report.fingerprint))
    for r in report.rotations:
        endorsed = (
            msg("verify.answer.rotation_endorsed")
            if r.endorsed
            else msg("verify.answer.rotation_unendorsed", reason=r.reason)
        )
        print(msg("verify.answer.rotation", old=r.old, new=r.new, date=r.day, endorsed=endorsed))
    print(msg("verify.answer.payload", files=report.files, bytes=report.bytes))
    for check in CHECKS:
        status = msg(f"verify.status.{report.status(check)}")
        print(msg("verify.cli.check", check=msg(f"verify.check.{check}"), status=status))
    for note in report.notes:
        print(f"  {note}")
    where = str(package)
    if not report.intact:
        for p in report.problems:
            print(
                msg(
                    "verify.answer.problem",
                    code=p.code,
                    where=msg("verify.cli.where", path=p.path) if p.path else "",
                    text=p.message,
                )
            )
        print(msg("verify.answer.failed", path=where, count=len(report.problems)))
    elif report.signer == "untrusted":
        for p in report.problems:
            print(msg("verify.answer.problem", code=p.code, where="", text=p.message))
        print(msg("verify.answer.untrusted", path=where))
    elif report.signer == "trusted" and report.via_rotation:
        label = report.signer_label or ""
        print(
            msg("verify.answer.trusted_rotation", path=where, old=report.via_rotation, label=label)
        )
    elif report.signer == "trusted":
        print(msg("verify.answer.trusted", path=where, label=report.signer_label or "--pubkey"))
    else:
        print(msg("verify.answer.unverified", path=where))
    if report.intact and report.draft:
        print(msg("verify.answer.draft_note"))


def _print_status(report: Any) -> None:
    """Draft (草稿) and why, or final and who approved the year (format 3 on)."""
    from evaldesk.export.approval import local_time

    info = report.info
    if report.package_status is None:
        fmt = info.get("EvalDesk-Package-Format", "1")
        print(msg("verify.answer.no_status", format=fmt))
        return
    if report.draft:
        reasons: list[Any] = list(report.draft_reasons) or [
            plain(info.get("EvalDesk-Draft-Reason", "") or "?")
        ]
        print(msg("verify.answer.draft", reasons=semicolons(reasons)))
    else:
        year = report.year_approval or {}
        print(
            msg(
                "verify.answer.final",
                name=str(year.get("name") or "?"),
                at=local_time(str(year.get("at") or "")),
            )
        )
    if report.comments is not None:
        print(msg("verify.answer.comments", total=report.comments, open=report.comments_open))
